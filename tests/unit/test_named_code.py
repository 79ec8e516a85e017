"""Asked what one named function does, the model is shown that function alone, and where its answer is not in the
code's words the user gets that function's outline, not a description of its neighbour."""

from __future__ import annotations

from pathlib import Path

import pytest

from companion.behaviors.answer import answer
from companion.behaviors.named_code import named_definition
from companion.documents import Document
from tests.scripted import ScriptedEngine

STOCK = '''"""Track stock levels for the shop."""

LOW = 3


def restock(items, name, amount):
    """Add amount to the item's stock, creating it if needed."""
    items[name] = items.get(name, 0) + amount
    return items[name]


def low_stock(items):
    return [name for name, count in items.items() if count <= LOW]
'''
DEPLOY = """\
#!/usr/bin/env bash
set -e

SERVER="web1.example.com"

build() {
  echo "Building site"
  npm ci
  npm run build
}

upload()
{
  rsync -az dist/ "$SERVER:/var/www/site/"
}

build
upload
"""


def document(text: str, path: str) -> Document:
    return Document.from_text(Path(path), text)


@pytest.mark.parametrize(("question", "name"), [
    ("what does low_stock do?", "low_stock"),
    ("explain restock", "restock"),
    ("how does the `restock()` function work?", "restock"),
    ("what is low_stock for?", "low_stock"),
])
def test_a_question_naming_one_definition_is_about_it(question, name):
    assert named_definition(question, document(STOCK, "stock.py")).name == name


@pytest.mark.parametrize(("question", "text", "path"), [
    ("what does this do?", STOCK, "stock.py"),  # the whole file: the outline's question
    ("what does upload do?", STOCK, "stock.py"),  # defined nowhere in it
    ("what does LOW do?", STOCK, "stock.py"),  # a constant, not a definition
    ("what does restock do?", "Restock the shelves on Monday.\n", "notes.md"),  # prose
])
def test_other_questions_name_no_definition(question, text, path):
    assert named_definition(question, document(text, path)) is None


def test_the_model_is_shown_only_the_definition_asked_about():
    prompts = []
    said = "It returns the names of the items whose count is at most LOW."
    reply = answer(ScriptedEngine(lambda prompt: prompts.append(prompt) or said), "what does low_stock do?",
                   document(STOCK, "stock.py"), display_path="stock.py")
    assert reply == said
    assert "def low_stock" in prompts[0] and "def restock" not in prompts[0]


def test_an_answer_about_the_neighbour_gives_way_to_the_definitions_outline():
    neighbours = ScriptedEngine(lambda prompt: "It adds the amount to the stock, creating it if needed. " * 20)
    assert answer(neighbours, "what does low_stock do?", document(STOCK, "stock.py")) == (
        "`low_stock`, read from its code:\n"
        "- `low_stock(items)`: Returns `[name for name, count in items.items() if count <= LOW]`.")


@pytest.mark.parametrize(("question", "said"), [
    ("what does build do?", "`build`, read from its code:\n- says “Building site”\n  - runs `npm ci`\n  - runs `npm run build`"),
    ("what does upload do?", '`upload`, read from its code:\n- runs `rsync -az dist/ "$SERVER:/var/www/site/"`'),
])
def test_a_shell_function_is_told_by_the_commands_it_runs(question, said):
    looping = ScriptedEngine(lambda prompt: "upload is a way to upload a file to the server. " * 20)
    assert answer(looping, question, document(DEPLOY, "deploy.sh")) == said


def test_a_definition_outlined_by_its_signature_alone_is_told_by_its_short_body():
    component = ("export function Counter({ start = 0 }) {\n  const [count, setCount] = useState(start);\n\n"
                 "  function reset() {\n    setCount(start);\n  }\n\n  return <button onClick={reset}>Reset</button>;\n}\n")
    wandering = ScriptedEngine(lambda prompt: "Reset is a button. " * 20)
    assert answer(wandering, "what does reset do?", document(component, "Counter.tsx")) == (
        "`reset`, read from its code:\n- `reset()`: runs `setCount(start);`.")
