"""Asked what a piece of code does, the user gets the model's explanation where it finished and speaks of the code's
own names, else an outline read from the code: definitions, what they return, routes, options, exports and what
runs as a script."""

from __future__ import annotations

from pathlib import Path

import pytest

from companion.behaviors.answer import answer
from companion.behaviors.outline import asks_what_code_does, grounded_in_code, outline
from companion.behaviors.returns import returns_answer
from companion.behaviors.usage import usage_answer
from companion.documents import Document
from tests.scripted import ScriptedEngine

FLASK = '''from flask import Flask, jsonify

app = Flask(__name__)


def find_book(book_id):
    """Look a book up by its id."""
    for book in BOOKS:
        if book["id"] == book_id:
            return book
    return None


@app.route("/books/<int:book_id>", methods=["DELETE"])
def delete_book(book_id):
    return "", 204


if __name__ == "__main__":
    app.run(debug=True, port=5000)
'''

WORDCOUNT = '''"""Count the words of a file."""
import argparse


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("path", help="the file to read")
    parser.add_argument("--top", type=int, default=10, help="how many words to show")
'''

HELPERS = '''// Text helpers shared by the pages.

function slugify(text) {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-");
}

// Shortens text to length characters.
const truncate = (text, length) => text.slice(0, length);

module.exports = { slugify, truncate };
'''

EXPRESS = '''const app = express();

app.get("/todos", (req, res) => {
  res.json(todos);
});

app.delete("/todos/:id", removeTodo);

app.listen(3000, () => {
  console.log("listening on 3000");
});
'''

CART = '''export interface Item {
  name: string;
  price: number;
}

export class Cart {
  private items: Item[] = [];

  add(item: Item): void {
    this.items.push(item);
  }
}
'''

BACKUP = '''#!/usr/bin/env bash
# Nightly backup of the documents folder.
set -euo pipefail

DEST="/mnt/backup"
KEEP_DAYS=7

log() {
  echo "$*" >> backup.log
}

echo "Backing up"
tar -czf "$DEST/docs.tar.gz" ~/Documents
echo "Done"
'''


def document(text: str, path: str) -> Document:
    return Document.from_text(Path(path), text)


@pytest.mark.parametrize("question", [
    "what does this code do?", "what does this script do", "explain this file", "explain what this code does",
    "how does it work?", "give me an overview of this module", "walk me through this", "summarize this file",
    "what is this file for?",
])
def test_questions_about_what_the_code_does_are_recognised(question):
    assert asks_what_code_does(question, document(FLASK, "app.py"))


@pytest.mark.parametrize(("question", "path"), [
    ("what does get_book return?", "app.py"),  # a part of it
    ("explain the slugify() call", "app.py"),
    ("what does this essay say?", "essay.md"),  # prose
    ("what is this about?", "notes.txt"),
])
def test_other_questions_are_not_about_what_the_code_does(question, path):
    assert not asks_what_code_does(question, document(FLASK, path))


def test_a_python_module_is_outlined_by_its_definitions_routes_and_what_it_runs():
    assert outline(document(FLASK, "app.py")) == (
        "app.py, read from its code:\n"
        "- `find_book(book_id)`: Look a book up by its id. Returns `book` or `None`.\n"
        "- `delete_book(book_id)`: Serves DELETE /books/<int:book_id>. Returns `\"\", 204`.\n"
        "- when run: `app.run(debug=True, port=5000)`"
    )


def test_a_command_line_script_lists_its_options_and_the_docstring_that_opens_it():
    assert outline(document(WORDCOUNT, "wordcount.py")) == (
        "wordcount.py, read from its code: Count the words of a file.\n"
        "- `main()`\n"
        "- command-line options: path (the file to read); --top (how many words to show, default 10)"
    )


def test_javascript_functions_keep_the_comment_above_them_and_a_chain_is_shown_on_one_line():
    assert outline(document(HELPERS, "helpers.js")) == (
        "helpers.js, read from its code: Text helpers shared by the pages.\n"
        "- `slugify(text)`: Returns `text.toLowerCase().replace(/[^a-z0-9]+/g, \"-\")`.\n"
        "- `truncate(text, length)`: Shortens text to length characters. Returns `text.slice(0, length)`.\n"
        "- exports `slugify`, `truncate`"
    )


def test_express_routes_say_what_they_send_or_which_handler_serves_them():
    assert outline(document(EXPRESS, "server.js")) == (
        "server.js, read from its code:\n"
        "- route GET /todos: responds `res.json(todos)`\n"
        "- route DELETE /todos/:id → `removeTodo`\n"
        "- when run: `app.listen(3000, …)`"
    )


def test_typescript_interfaces_list_their_members_and_classes_their_methods():
    assert outline(document(CART, "cart.ts")) == (
        "cart.ts, read from its code:\n"
        "- `interface Item`\n  - `name: string`\n  - `price: number`\n"
        "- `class Cart`\n  - `add(item: Item)`\n"
        "- exports `Item`, `Cart`"
    )


def test_a_shell_script_is_told_step_by_step_under_the_messages_it_prints():
    assert outline(document(BACKUP, "backup.sh")) == (
        "backup.sh, read from its code:\n"
        "- Nightly backup of the documents folder.\n"
        "- settings: `DEST=\"/mnt/backup\"`, `KEEP_DAYS=7`\n"
        "- function `log`\n"
        "- says “Backing up”\n"
        "  - runs `tar -czf \"$DEST/docs.tar.gz\" ~/Documents`\n"
        "- says “Done”"
    )


def test_a_selection_is_outlined_on_its_own():
    start = HELPERS.index("function slugify")
    end = HELPERS.index("// Shortens")
    assert outline(document(HELPERS, "helpers.js"), (start, end)) == (
        "The selection, read from its code:\n"
        "- `slugify(text)`: Returns `text.toLowerCase().replace(/[^a-z0-9]+/g, \"-\")`."
    )


def test_an_explanation_in_the_codes_own_words_is_grounded_and_one_that_invents_is_not():
    code = WORDCOUNT + "\ndef count_words(text):\n    return Counter(text.split())\n"
    assert grounded_in_code("It reads the file and counts the words. It then prints the results to the console.", code)
    assert not grounded_in_code("It creates a list of words in alphabetical order, one letter per line.", code)


def test_the_models_explanation_stands_where_it_finished_in_the_codes_words():
    said = "It reads the file and counts the words, then shows the top ones."
    shown = []
    code = document(WORDCOUNT, "wordcount.py")
    assert answer(ScriptedEngine(lambda prompt: said), "what does this do?", code, on_text=shown.append) == said
    assert shown == [said]  # whole, once settled


def test_an_explanation_that_runs_on_gives_way_to_the_outline():
    looping = ScriptedEngine(lambda prompt: "It reads the book data and returns the book id and title. " * 40)
    shown = []
    reply = answer(looping, "what does this code do?", document(FLASK, "app.py"), on_text=shown.append)
    assert reply.startswith("app.py, read from its code:\n- `find_book(book_id)`")
    assert shown == [reply]  # the looping answer was never shown


@pytest.mark.parametrize(("question", "text", "path", "said"), [
    ("what does find_book return?", FLASK, "app.py", "`find_book` returns `book` or `None`."),
    ("what does the delete route return?", FLASK, "app.py",
     "DELETE /books/<int:book_id> (`delete_book`) returns `\"\", 204`."),
    ("what does the get todos route send?", EXPRESS, "server.js", "GET /todos responds `res.json(todos)`."),
    ("what does truncate() return", HELPERS, "helpers.js", "`truncate` returns `text.slice(0, length)`."),
    ("what does main return?", WORDCOUNT, "wordcount.py", "`main` returns nothing: it has no return statement."),
])
def test_what_a_function_or_route_returns_is_read_from_its_return_statements(question, text, path, said):
    assert returns_answer(question, document(text, path)) == said


@pytest.mark.parametrize(("question", "text", "path"), [
    ("what does search return?", FLASK, "app.py"),  # no such function
    ("what does the get route return?", EXPRESS.replace("app.delete", "app.get"), "server.js"),  # which of two?
    ("what does this return?", FLASK, "app.py"),
    ("what does the report return?", "The report returns in May.\n", "notes.md"),  # prose
])
def test_a_question_naming_no_one_function_or_route_is_left_to_the_model(question, text, path):
    assert returns_answer(question, document(text, path)) is None


def test_the_model_is_not_asked_what_a_function_returns():
    never = ScriptedEngine(lambda prompt: pytest.fail("the model was asked"))
    assert answer(never, "what does find_book return?", document(FLASK, "app.py")) == "`find_book` returns `book` or `None`."


FLAGGED = WORDCOUNT + '    parser.add_argument("--ignore-case", action="store_true", help="fold case")\n'


@pytest.mark.parametrize(("question", "text", "path", "said"), [
    ("how do I run this?", FLAGGED, "wordcount.py",
     ("Run it with `python wordcount.py PATH [--top TOP] [--ignore-case]`:\n- `PATH`: the file to read\n"
      "- `--top TOP`: how many words to show (default 10)\n- `--ignore-case`: fold case")),
    ("what's the usage?", "import sys\n\nprint(open(sys.argv[1]).read(), sys.argv[2])\n", "cat.py",
     "Run it with `python cat.py ARG1 ARG2`."),
    ("how do i run it", FLASK, "app.py", "Run it with `python app.py`."),
    ("how can I use this script?", BACKUP, "backup.sh",
     "Run it with `bash backup.sh` (or `./backup.sh` once it is executable: `chmod +x backup.sh`)."),
])
def test_how_to_run_a_script_is_read_from_its_parser_and_main_block(question, text, path, said):
    assert usage_answer(question, document(text, path)) == said


TESTS = ("import pytest\n\n\ndef test_mean():\n    assert mean([1, 3]) == 2\n\n\nclass TestMedian:\n"
         "    @pytest.mark.slow\n    def test_odd(self):\n        assert median([3, 1, 2]) == 2\n")


def test_how_to_run_tests_is_the_pytest_command_with_the_tests_it_finds():
    assert usage_answer("how do I run the tests?", document(TESTS, "test_stats.py")) == (
        "Run them with `pytest test_stats.py` (2 tests: `test_mean`, `TestMedian::test_odd`); one alone with "
        "`pytest test_stats.py::test_mean`, or every test of the project with `pytest`.")


def test_a_module_that_is_no_script_is_said_to_be_imported_and_how():
    assert usage_answer("how do I run this?", document("def mean(values):\n    return sum(values) / len(values)\n\n\n"
                                                       "def _check(values):\n    pass\n", "stats.py")) == (
        "stats.py is a module to import rather than a script to run: running it defines one name and does nothing "
        "else (it has no `if __name__ == \"__main__\":` block). Use it from other code with `from stats import mean`.")


@pytest.mark.parametrize(("question", "text", "path"), [
    ("how do I run the tests?", WORDCOUNT, "wordcount.py"),  # not this file
    ("how do I run this?", HELPERS, "helpers.js"),
])
def test_code_that_is_no_script_or_another_question_is_left_to_the_model(question, text, path):
    assert usage_answer(question, document(text, path)) is None
