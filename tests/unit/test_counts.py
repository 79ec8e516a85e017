"""A question about how long the text is gets figures counted from it, never a guess of the model's."""

from __future__ import annotations

from pathlib import Path

import pytest

from companion.behaviors.answer import answer
from companion.behaviors.code_counts import definitions_counted
from companion.behaviors.counts import counted_answer
from companion.documents import Document
from tests.scripted import ScriptedEngine

SPEECH = (
    "# Best man speech\n\n"
    "Good evening, everyone. I'm Dan, and I have known Rob since we were eleven.\n\n"
    "Rob and I met at school, when he sat on my sandwiches. He apologised for three weeks.\n\n"
    "Please raise your glasses to Rob and Aisha.\n"
)


def speech() -> Document:
    return Document.from_text(Path("speech.md"), SPEECH)


@pytest.mark.parametrize(("question", "expected"), [
    ("how many words are there?", "The document has 42 words."),
    ("word count?", "The document has 42 words."),
    ("how many sentences does it have", "The document has 5 sentences."),
    ("how many paragraphs are there?", "The document has 3 paragraphs."),
    ("how many words is the second paragraph?", "The second paragraph has 17 words."),
    ("how long is the speech?", ("The speech is 42 words long: under a minute to say aloud, at 130 words a minute, "
                                 "and under a minute to read.")),
])
def test_lengths_are_counted(question, expected):
    assert counted_answer(question, speech()) == expected


def test_the_time_to_say_a_longer_text_is_worked_out_from_its_words():
    talk = Document.from_text(Path("talk.txt"), "word " * 400)
    assert counted_answer("how long will it take to give this talk?", talk) == (
        "The talk is 400 words long: about 3 minutes to say aloud, at 130 words a minute, and about a minute and a "
        "half to read.")


def test_a_selection_is_counted_alone_and_code_in_lines():
    start = SPEECH.index("Rob and I")
    assert counted_answer("how many words?", speech(), (start, start + len("Rob and I met"))) == "The selection has 4 words."
    code = Document.from_text(Path("tool.py"), "import sys\n\n\ndef main():\n    print(sys.argv)\n")
    assert counted_answer("how long is this file?", code) == "The file has 5 lines."


@pytest.mark.parametrize("question", ["how long is lunch?", "how many guests are coming?", "how long does it simmer?"])
def test_questions_about_what_the_text_says_are_left_to_the_model(question):
    assert counted_answer(question, speech()) is None


def test_the_answer_is_given_without_the_model():
    asked = ScriptedEngine(lambda prompt: "10 minutes")
    shown = []
    assert answer(asked, "how long is the speech?", speech(), on_text=shown.append).startswith("The speech is 42 words")
    assert asked.prompts == [] and shown == [answer(asked, "how long is the speech?", speech())]


STOCK = '''\
LOW = 3


def restock(items, name, amount):
    def clamp(value):
        return max(value, 0)
    items[name] = clamp(items.get(name, 0) + amount)


class Shelf:
    def add(self, name):
        self.names.append(name)

    def remove(self, name):
        self.names.remove(name)


def test_restock():
    assert restock({}, "tea", 2) is None
'''


def test_the_functions_methods_classes_and_tests_of_code_are_counted_and_named_not_guessed():
    # the model had answered "There are 10 functions in the main program." of a module of two
    document = Document.from_text(Path("stock.py"), STOCK)
    assert definitions_counted("how many functions are there?", document) == (
        "stock.py has 2 functions: `restock`, `test_restock`.")  # a nested function or a method is no function of its own
    assert definitions_counted("how many methods does Shelf have?", document) == "`Shelf` has 2 methods: `add`, `remove`."
    assert definitions_counted("how many classes are there?", document) == "stock.py has 1 class: `Shelf`."
    assert definitions_counted("how many tests are there?", document) == "stock.py has 1 test: `test_restock`."
    assert definitions_counted("how many tests are there?", Document.from_text(Path("cart.test.js"), "it('adds', () => {});\n")) is None
