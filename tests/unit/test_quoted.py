"""A question about a fact the user's prose states is answered by the sentence that states it, quoted."""

from __future__ import annotations

from pathlib import Path

import pytest

from companion.behaviors.answer import answer
from companion.behaviors.quoted import quoted_answer
from companion.documents import Document
from tests.scripted import ScriptedEngine

MINUTES = (
    "# Garden club, 3 November\n\n"
    "## Plant sale\n\n"
    "The sale is on Saturday 18 April. Joe will book the hall and Linh will make the posters.\n\n"
    "## Actions\n\n"
    "- Joe: book the church hall\n"
    "- Sam: measure plots 7 and 12\n\n"
    "Next meeting: Tuesday 1 December, 19:30.\n"
)
STORY = "# The lighthouse\n\nEvery evening, Mara climbed the hundred and twelve steps to light the lamp.\n"


def document(text: str, path: str = "notes.md") -> Document:
    return Document.from_text(Path(path), text)


@pytest.mark.parametrize(("question", "text", "expected"), [
    ("who is making the posters?", MINUTES,
     "The text says: “Joe will book the hall and Linh will make the posters.”"),
    ("when is the next meeting?", MINUTES, "The text says: “Next meeting: Tuesday 1 December, 19:30.”"),
    ("how many steps does Mara climb?", STORY,
     "The text says: “Every evening, Mara climbed the hundred and twelve steps to light the lamp.”"),
    ("how long does the sale take now?", "# Sale\n\nThe sale takes two hours. Doors open at ten.\n",
     "The text says: “The sale takes two hours.”"),  # "now" is how the question is put
    ("who books the hall?", MINUTES,
     "The text says:\n“Joe will book the hall and Linh will make the posters.”\n“Joe: book the church hall”"),
])
def test_the_sentences_with_every_word_the_question_asks_about_are_quoted(question, text, expected):
    assert quoted_answer(question, document(text)) == expected


TOURS = ("# Kayak tours\n\nOur tours leave from the harbour at 9am and 2pm. Every tour is two and a half hours on the water. "
         "We cancel tours when the wind is above 20 knots.\n")


@pytest.mark.parametrize(("question", "expected"), [
    ("how long is a tour?", "The text says: “Every tour is two and a half hours on the water.”"),
    ("what time do tours leave?", "The text says: “Our tours leave from the harbour at 9am and 2pm.”"),
])
def test_of_several_sentences_with_the_words_the_one_with_the_kind_of_answer_asked_for_is_quoted(question, expected):
    assert quoted_answer(question, document(TOURS)) == expected


@pytest.mark.parametrize(("question", "expected"), [
    ("what should I do if I see blight?", "“If you spot blight, remove the affected leaves.”"),  # seen or spotted alike
    ("what happens if I miss a work day?", "“If you miss a work day, we ask you to come to the next one.”"),
    ("what should we do about broken tools?", "“Report broken tools to the tool steward.”"),
    ("how big are the plots?", "“Plots are four metres by two.”"),  # the sentence with a size, of those about plots
    ("who is the tool steward?", "“Tool steward: Ben Hollis”"),  # the one with a name
])
def test_asked_what_to_do_if_something_happens_the_sentence_that_says_so_is_quoted(question, expected):
    handbook = ("# Handbook\n\nEach member gets one plot. Plots are four metres by two. Weed your plot weekly.\n\n"
                "If you spot blight, remove the affected leaves. Report broken tools to the tool steward.\n\n"
                "If you miss a work day, we ask you to come to the next one.\n\nTool steward: Ben Hollis\n")
    assert quoted_answer(question, document(handbook)) == f"The text says: {expected}"


@pytest.mark.parametrize("question", [
    "what rhyme scheme is this?",  # no sentence has those words
    "why did Joe book the hall?",  # a reason, which a sentence may not give
    "is the tone too blunt?",  # an opinion
    "what is this about?",  # asks about nothing the text names
    "when is the plant sale or the meeting or the hall?",  # no one sentence has every word
])
def test_other_questions_are_left_to_the_model(question):
    assert quoted_answer(question, document(MINUTES)) is None


FAQ = ("# Questions\n\n## Do you offer gift wrapping?\n\nWe wrap orders in recycled paper for £3. "
       "Add a note at checkout and we will write it on a card.\n\n## Where are you based?\n\n"
       "Our workshop is in Bristol. We are open for collections on Saturdays from 10am to 1pm.\n")


@pytest.mark.parametrize("question", ["how much is gift wrapping?", "how much does gift wrapping cost?"])
def test_a_question_whose_topic_only_the_heading_names_is_answered_from_the_text_under_it(question):
    assert quoted_answer(question, document(FAQ)) == "The text says: “We wrap orders in recycled paper for £3.”"


def test_under_a_heading_only_a_sentence_with_the_kind_of_answer_asked_for_is_quoted():
    assert quoted_answer("when is gift wrapping?", document(FAQ)) is None  # no time under that heading


def test_code_and_headings_are_not_quoted():
    assert quoted_answer("what does summary return?", document("def summary(values):\n    return {}\n", "stats.py")) is None
    assert quoted_answer("when is the plant sale?", document("## Plant sale\n\nSee you there.\n")) is None


def test_the_model_is_not_asked_where_the_text_states_the_answer():
    never = ScriptedEngine(lambda prompt: pytest.fail("the model was asked"))
    assert answer(never, "how many steps does Mara climb?", document(STORY)).startswith("The text says:")


AGENDA = "# Team meeting\n\n1. Welcome and apologies\n2. Q1 numbers (Sara)\n3. Hiring update (Ben)\n\nSnacks: Sofia.\n"


@pytest.mark.parametrize(("question", "expected"), [
    ("who is giving the hiring update?", "The text says: “Hiring update (Ben)”"),
    ("who's bringing snacks?", "The text says: “Snacks: Sofia.”"),
])
def test_asked_who_is_doing_a_thing_the_line_that_names_the_thing_and_someone_is_quoted(question, expected):
    assert quoted_answer(question, document(AGENDA)) == expected


def test_a_line_that_names_the_thing_and_no_one_is_not_an_answer_to_who():
    assert quoted_answer("who is giving the welcome?", document(AGENDA)) is None
