"""The code rules whose answers are known: a named number given a new value, an optional field added."""

import random
import re

import pytest

from companion.documents import parses_cleanly
from training.rules import add_field, change_setting


@pytest.mark.parametrize(("code", "language", "name"), [
    ('const app = express();\nconst port = process.env.PORT || 3000;\n', "javascript", "port"),
    ("MAX_RETRIES = 3\n", "python", "MAX_RETRIES"),
    ("def fetch(url, timeout: int = 10):\n    return url\n", "python", "timeout"),
    ("export const PAGE_SIZE: number = 25;\n", "typescript", "PAGE_SIZE"),
])
def test_a_named_number_gets_a_new_value_and_the_request_says_which(code, language, name):
    for seed in range(6):
        request, revised = change_setting(code, random.Random(seed))
        old, new = code.split(), revised.split()
        assert len(old) == len(new) and sum(a != b for a, b in zip(old, new)) == 1
        changed = next(b for a, b in zip(old, new) if a != b)
        assert re.search(r"\d+", changed).group() in request
        assert name in request or name.lower().replace("_", " ") in request
        assert parses_cleanly(revised, language)


@pytest.mark.parametrize("code", [
    "total = count + 1\nhalf = total / 2\n",  # computed
    "def total(items):\n    total = 0\n    for item in items:\n        total += item\n    return total\n",  # an accumulator
    "let nextId = 1;\n",  # state, not a setting
])
def test_what_is_not_a_setting_is_left_alone(code):
    assert change_setting(code, random.Random(0)) is None


@pytest.mark.parametrize(("code", "language", "expected"), [
    ("export interface Item {\n  name: string;\n}\n", "typescript", "?: "),
    ("@dataclass\nclass Item:\n    name: str\n", "python", " | None = None"),
])
def test_an_optional_field_is_added_after_the_fields_there_are(code, language, expected):
    request, revised = add_field(code, random.Random(0))
    added = [line for line in revised.splitlines() if line not in code.splitlines()]
    assert len(added) == 1 and expected in added[0]
    assert revised.index(added[0]) > revised.index("name")
    assert "optional" in request and "Item" in request
    assert parses_cleanly(revised, language)
