"""A Python module's unused imports are removed, or its imports sorted, exactly and without the model."""

from __future__ import annotations

import pytest

from companion.behaviors.imports import imports_tidied
from tests.scripted import proposed_without_the_model

MODULE = '''"""Report the largest files."""

from __future__ import annotations

import sys
import os
import json  # settings
from pathlib import Path
from typing import (
    Any,
    Optional,
    Iterable,
)
from collections import defaultdict, Counter

__all__ = ["main"]


def main(argv: Optional[list[str]] = None) -> "Iterable":
    settings = json.loads(Path(argv[0]).read_text())
    return Counter(settings)
'''


def test_unused_imports_are_removed_and_names_used_anywhere_else_are_kept():
    tidied = imports_tidied(MODULE, "remove the unused imports")
    assert "import sys\n" not in tidied and "import os\n" not in tidied and "defaultdict" not in tidied
    assert "    Any,\n" not in tidied
    assert "import json  # settings\n" in tidied  # its comment goes with it
    assert "from typing import (\n    Optional,\n    Iterable,\n)\n" in tidied  # used in a string annotation
    assert "from collections import Counter\n" in tidied
    assert "from __future__ import annotations\n" in tidied
    assert tidied.split("__all__")[1] == MODULE.split("__all__")[1]  # the code itself is untouched


def test_a_name_in_all_counts_as_used():
    code = "import os\nfrom .core import run\n\n__all__ = ['run']\n"
    assert imports_tidied(code, "remove unused imports") == "from .core import run\n\n__all__ = ['run']\n"


def test_imports_are_sorted_within_the_groups_the_author_made():
    tidied = imports_tidied(MODULE, "sort the imports")
    assert tidied.split("from __future__ import annotations\n\n")[1].startswith(
        "import json  # settings\nimport os\nimport sys\n"
        "from collections import Counter, defaultdict\nfrom pathlib import Path\n"
        "from typing import (\n    Any,\n    Iterable,\n    Optional,\n)\n\n__all__")
    assert sorted(tidied.replace(",", "").split()) == sorted(MODULE.replace(",", "").split())


@pytest.mark.parametrize("request_", ["remove the unused imports", "sort the imports"])
def test_nothing_changes_where_there_is_nothing_to_do(request_):
    code = "import os\nimport sys\n\nprint(os.sep, sys.argv)\n"
    assert imports_tidied(code, request_) == code


@pytest.mark.parametrize(("code", "request_"), [
    ("import os\n", "make the imports faster"),  # not a tidying
    ("import os\ndef broken(:\n", "remove the unused imports"),  # does not compile: the model's to answer
])
def test_other_requests_and_code_that_does_not_compile_are_left_to_the_model(code, request_):
    assert imports_tidied(code, request_) is None


def test_such_a_request_is_routed_as_an_edit_and_made_without_the_model(repo):
    proposal = proposed_without_the_model(repo, "report.py", MODULE, "remove the unused imports")
    assert "import sys\n" not in proposal.result()
