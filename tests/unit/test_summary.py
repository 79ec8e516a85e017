"""A summary of the user's prose says only what the text says: the model's where its words are the text's, else
the text's own sentences that carry the most of it, as many as asked for."""

from __future__ import annotations

from pathlib import Path

import pytest

from companion.behaviors.answer import answer
from companion.behaviors.summary import (
    asks_for_summary,
    extracted_summary,
    grounded,
    summary_size,
)
from companion.documents import Document
from tests.scripted import ScriptedEngine

ESSAY = (
    "# Why Cities Should Plant More Trees\n\n"
    "Cities are getting hotter every summer. Asphalt soaks up heat, so streets without trees stay warm at night.\n\n"
    "## The case for trees\n\n"
    "A mature tree cools the street around it. Trees also absorb rainwater, which reduces flooding.\n\n"
    "## The objections\n\n"
    "Critics say trees are expensive to plant and maintain. Roots can crack pavements.\n"
)


def document(text: str = ESSAY, path: str = "essay.md") -> Document:
    return Document.from_text(Path(path), text)


@pytest.mark.parametrize(("request_", "asks"), [
    ("summarise this post in two sentences", True),
    ("tl;dr?", True),
    ("what is this essay about?", True),
    ("what are the main points?", True),
    ("can you sum it up", True),
    ("is the summary accurate?", False),
    ("add a summary at the top", False),
])
def test_a_summary_is_asked_for_in_many_words(request_, asks):
    assert asks_for_summary(request_) is asks


@pytest.mark.parametrize(("request_", "size"), [
    ("summarise this", 3), ("summarise it in two sentences", 2), ("give me a one-line summary", 1), ("tl;dr in 4 points", 4),
])
def test_the_summary_has_as_many_sentences_as_asked(request_, size):
    assert summary_size(request_) == size


def test_the_sentences_chosen_come_one_from_each_part_in_the_texts_order_and_unchanged():
    summary = extracted_summary("summarise the essay", document())
    lines = summary.splitlines()
    assert lines[0] == "Its main points, in its own words:"
    quoted = [line.removeprefix("- ") for line in lines[1:]]
    assert len(quoted) == 3
    assert all(sentence in ESSAY for sentence in quoted)
    assert sorted(quoted, key=ESSAY.index) == quoted
    assert len({ESSAY[: ESSAY.index(sentence)].count("##") for sentence in quoted}) == 3  # one from each part


def test_one_sentence_asked_for_is_quoted_alone():
    assert extracted_summary("one-sentence summary please", document()).startswith("In its own words: “")


def test_code_is_not_summarised_from_its_lines():
    assert extracted_summary("summarise this", document("def mean(values):\n    return 0\n", "stats.py")) is None


def test_a_summary_is_grounded_where_its_words_are_the_texts():
    assert grounded("Trees cool streets and absorb rainwater, which reduces flooding.", ESSAY)
    assert not grounded("Trees are a great way to reduce our carbon footprint and energy bills.", ESSAY)
    assert not grounded("The essay is a summary.", ESSAY)  # says nothing of what it says


def test_the_models_summary_stands_where_it_says_only_what_the_text_says():
    faithful = "Trees cool hot city streets and absorb rainwater, though critics say they are expensive."
    shown = []
    assert answer(ScriptedEngine(lambda prompt: faithful), "summarise this", document(), on_text=shown.append) == faithful
    assert shown == [faithful]  # whole, once settled


def test_a_summary_that_says_what_the_text_does_not_is_replaced_by_the_texts_own_sentences():
    invented = "Trees are a great way to reduce our carbon footprint and energy bills."
    shown = []
    reply = answer(ScriptedEngine(lambda prompt: invented), "summarise this", document(), on_text=shown.append)
    assert reply.startswith("Its main points, in its own words:")
    assert shown == [reply]  # the invented summary was never shown


def test_a_summary_the_model_cannot_finish_is_the_texts_own_sentences_not_an_error():
    looping = ScriptedEngine(lambda prompt: "It is a summary of the essay. " * 60)
    assert answer(looping, "summarise this", document()).startswith("Its main points, in its own words:")


LETTER = ("Subject: Report moved\nTo: Ana Okafor\n\nDear Ms. Okafor,\n\nThe quarterly report will now be ready on Friday, "
          "not Wednesday. The sales figures arrived late.\n\nIf you need a summary sooner, I can send the draft.\n\n"
          "See you soon,\nTom Reyes\n")


def test_a_letters_greeting_signature_and_headers_but_its_subject_are_no_points_of_it():
    points = extracted_summary("what are the main points?", document(LETTER, "email.md"))
    assert "Subject: Report moved" in points and "quarterly report" in points
    assert not any(part in points for part in ("Dear", "See you soon", "Tom Reyes", "To: Ana"))


def test_a_summary_that_says_the_whole_text_again_is_replaced_by_the_texts_central_sentences():
    copying = ScriptedEngine(lambda prompt: LETTER.replace("\n", " ") + "</answer>")
    reply = answer(copying, "summarise this email in one sentence", document(LETTER, "email.md"), display_path="email.md")
    assert reply == "In its own words: “The quarterly report will now be ready on Friday, not Wednesday.”"
    brief = ScriptedEngine(lambda prompt: "The quarterly report will be ready on Friday, not Wednesday.</answer>")
    assert answer(brief, "summarise this email in one sentence", document(LETTER, "email.md"), display_path="email.md") == (
        "The quarterly report will be ready on Friday, not Wednesday.")
