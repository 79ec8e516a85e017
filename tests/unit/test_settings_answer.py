"""A question about what a setting of code or a settings file is gets the line that sets it, quoted, without the
model."""

from __future__ import annotations

from pathlib import Path

import pytest

from companion.behaviors.answer import answer
from companion.behaviors.settings_answer import setting_answer
from companion.documents import Document
from tests.scripted import ScriptedEngine

CART = "export interface Item {\n  price: number;\n}\n\nconst TAX_RATE = 0.2;\n\nexport function total() {}\n"
SETTINGS = '[server]\nport = 5000\ndebug = true\n\n[logging]\nlevel = "info"\n'
MODULE = "TIMEOUT_SECONDS = 30\nMAX_RETRIES = 3\n\n\ndef fetch(url, attempts=2):\n    pass\n"
DEPLOYMENT = 'spec:\n  replicas: 2\n  resources:\n    limits:\n      memory: "256Mi"\n    requests:\n      cpu: "1"\n'
SERVER = 'app.listen(3000, () => {\n  console.log("listening on 3000");\n});\n'


def document(text: str, path: str) -> Document:
    return Document.from_text(Path(path), text)


@pytest.mark.parametrize(("question", "text", "path", "line"), [
    ("what is the tax rate?", CART, "cart.ts", "const TAX_RATE = 0.2;"),
    ("what's the timeout?", MODULE, "fetch.py", "TIMEOUT_SECONDS = 30"),  # its unit need not be said
    ("what are the max retries?", MODULE, "fetch.py", "MAX_RETRIES = 3"),
    ("what is the default attempts?", MODULE, "fetch.py", "def fetch(url, attempts=2):"),
    ("what's the port?", SERVER, "server.js", "app.listen(3000, () => {"),
    ("what is debug set to?", SETTINGS, "settings.toml", "debug = true"),
    ("what is the log level?", SETTINGS, "settings.toml", 'level = "info"'),  # named with its section
    ("how many retries are allowed?", MODULE, "fetch.py", "MAX_RETRIES = 3"),
    ("how many replicas does it run?", DEPLOYMENT, "deployment.yaml", "replicas: 2"),
    ("what is the memory limit?", DEPLOYMENT, "deployment.yaml", 'memory: "256Mi"'),  # named with its parent
])
def test_the_line_that_sets_the_value_asked_about_is_quoted(question, text, path, line):
    assert setting_answer(question, document(text, path)) == f"The file says: `{line}`"


@pytest.mark.parametrize(("question", "text", "path"), [
    ("what does fetch do?", MODULE, "fetch.py"),  # not a value
    ("what is the total?", CART, "cart.ts"),  # no setting of that name
    ("what is the retries?", "MAX_RETRIES = 3\nMIN_RETRIES = 1\n", "fetch.py"),  # which?
    ("what is the rate?", "The rate is 5%.\n", "notes.md"),  # prose: the sentences' to answer
])
def test_other_questions_are_left_to_the_model(question, text, path):
    assert setting_answer(question, document(text, path)) is None


def test_the_model_is_not_asked_what_a_setting_is():
    never = ScriptedEngine(lambda prompt: pytest.fail("the model was asked"))
    assert answer(never, "what is the tax rate?", document(CART, "cart.ts")) == "The file says: `const TAX_RATE = 0.2;`"
