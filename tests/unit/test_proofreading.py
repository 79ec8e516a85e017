"""Asked to proofread prose, the reviewer marks the slips that the words around them leave no doubt about, and
the words no dictionary has, each with its correction, beside whatever the model says."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from companion.behaviors.comment import review
from companion.behaviors.edit import MalformedOutput
from companion.behaviors.proofreading import (
    ASKS_FOR_PROOFREADING,
    proofreading_findings,
)
from companion.documents import Document
from tests.scripted import ScriptedEngine

MARATHON = (
    "# My First Marathon\n\nTraining was harder then I expected. Their were weeks when my knees hurt.\n\n"
    "It was the most proudest moment of my life.\n"
)


def slips(text: str) -> list[tuple[str, str]]:
    return [(text[finding.start : finding.end], finding.suggestion) for finding in proofreading_findings(text)]


@pytest.mark.parametrize(("text", "slip", "correction"), [
    ("Training was harder then I expected.", "harder then", "harder than"),
    ("It costs less then a coffee.", "less then", "less than"),
    ("Their were weeks of rain.", "Their were", "There were"),
    ("the most proudest moment", "most proudest", "proudest"),
    ("a more cheaper way", "more cheaper", "cheaper"),
    ("I could of come.", "could of", "could have"),
    ("It was a apple.", "a apple", "an apple"),
    ("We waited an week.", "an week", "a week"),
    ("An car stopped.", "An car", "A car"),
    ("We walked to the the shop.", "the the", "the"),
    ("I ate alot.", "alot", "a lot"),
    ("They was late.", "They was", "They were"),
    ("She don't know.", "She don't", "She doesn't"),
    ("Its a shame.", "Its a", "It's a"),
    ("The dog wagged it's own tail.", "it's own", "its own"),
    ("Your welcome.", "Your welcome", "You're welcome"),
    ("We camped by teh lake.", "teh", "the"),
])
def test_a_slip_the_words_around_it_leave_no_doubt_about_is_found_with_its_correction(text, slip, correction):
    assert (slip, correction) in slips(text)


@pytest.mark.parametrize("text", [
    "After then, we left.",  # "after" is no comparison
    "She was older, then she was wiser.",  # a comma: "then" is the next thing
    "Their work was done.",  # "their" before a noun
    "It was the most honest answer.",  # "honest" is no "hon" + "-est"
    "It took an hour and a unit test.",  # the sound, not the letter
    "Add an FAQ and a UI for model A and B.",  # letters and names are left alone
    "The --teacher-url URL flag. He had had enough. That that is wrong is plain.",
    "Of course it could, of course.",
    "The dog wagged its tail; it's late.",
    "Heading\n\nHeading again is a new paragraph, not a repeat.",
])
def test_words_that_are_right_where_they_stand_are_not_marked(text):
    assert slips(text) == []


def test_the_slips_of_a_text_come_in_their_order_each_once():
    assert slips(MARATHON) == [("harder then", "harder than"), ("Their were", "There were"),
                               ("most proudest", "proudest")]


@pytest.mark.parametrize(("request_text", "asks"), [
    ("proofread this and mark the mistakes", True), ("any grammar problems?? leave comments", True),
    ("check the spelling", True), ("what's wrong here, comment on it", True), ("review this", True),
    ("review", True), ("critique the pacing, inline please", False), ("which claims need a source?", False),
    ("review the tone and leave comments where it slips", False), ("any clichés? point them out", False),
])
def test_only_a_review_of_correctness_or_one_with_nothing_more_said_asks_for_proofreading(request_text, asks):
    assert bool(ASKS_FOR_PROOFREADING.search(request_text)) is asks


def engine_replying(comments: list[dict] | str) -> ScriptedEngine:
    reply = comments if isinstance(comments, str) else json.dumps({"comments": comments})
    return ScriptedEngine(lambda prompt: reply)


def reviewed(engine, text: str, request: str, path: str = "marathon.md"):
    return review(engine, Document.from_text(Path(path), text), request, display_path=path)


def test_a_proofreading_review_has_the_slips_beside_the_models_comments_in_the_texts_order():
    models = [{"quote": "It was the most proudest moment of my life.", "comment": "A bit grand.", "suggestion": None},
              {"quote": "Training was harder then I expected.", "comment": "Say how.", "suggestion": None}]
    result = reviewed(engine_replying(models), MARATHON, "proofread this and mark the mistakes")
    assert [comment.quote for comment in result.comments] == [
        "Training was harder then I expected.", "harder then", "Their were", "It was the most proudest moment of my life.",
        "most proudest"]
    than = next(comment for comment in result.comments if comment.quote == "harder then")
    assert (than.suggestion, than.line, than.column) == ("harder than", 3, 14)
    assert (result.produced, result.dropped, result.unfounded) == (5, 0, 0)


def test_where_the_models_review_cannot_be_read_the_slips_still_stand():
    result = reviewed(engine_replying("{not json"), MARATHON, "any grammar problems?")
    assert [comment.quote for comment in result.comments] == ["harder then", "Their were", "most proudest"]
    with pytest.raises(MalformedOutput):
        reviewed(engine_replying("{not json"), "All is well here.\n", "any grammar problems?")


def test_a_review_of_something_else_or_of_code_gets_the_models_comments_only():
    assert reviewed(engine_replying([]), MARATHON, "critique the pacing").comments == ()
    code = "# harder then\ndef f():\n    return teh\n"
    assert reviewed(engine_replying([]), code, "proofread this", path="f.py").comments == ()


def test_a_selection_is_proofread_alone():
    start = MARATHON.index("It was")
    result = review(engine_replying([]), Document.from_text(Path("marathon.md"), MARATHON), "proofread",
                    display_path="marathon.md", selection=(start, len(MARATHON)))
    assert [comment.quote for comment in result.comments] == ["most proudest"]
