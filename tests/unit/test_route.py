"""Which intent a request gets: the model's choice among the labels, except for a statement that dictates new
words for the open document or gives it a statement to make, which is an edit without asking, and a choice of
answer, comment or new document for a request that shows no sign of one, which is made again without it."""

from __future__ import annotations

import pytest

from companion.behaviors.route import route
from tests.scripted import ScriptedEngine

PLAN = "# Weekend in Porto\n\nWe arrive on Friday at 18:40.\n\n## Saturday\n\nThe bookshop.\n\n## Sunday\n\nFlight home at 20:15.\n"


def rewriting() -> ScriptedEngine:
    """A model that chooses a rewrite, a label that needs no sign in the request (``_SIGNS_OF``)."""
    return ScriptedEngine(lambda prompt: "", lambda prompt, choices: " rewrite")


def preferring(*intents: str) -> ScriptedEngine:
    """An engine whose choice is the first of ``intents`` it is offered."""
    return ScriptedEngine(lambda prompt: "", lambda prompt, choices: next(f" {i}" for i in intents if f" {i}" in choices))


@pytest.mark.parametrize("request_text", ["the flight home is at 21:05 now", "we arrive on Saturday instead",
                                          "change Friday to Thursday", "the flight should be at 21:05"])
def test_a_statement_that_dictates_new_words_for_the_document_is_an_edit(request_text):
    engine = rewriting()
    assert route(engine, request_text, "plan.md", False, document=PLAN) == "edit"
    assert route(engine, request_text, "plan.md", False) == "rewrite"  # without the text, the model decides


@pytest.mark.parametrize("request_text", ["mention that the museum is closed on Mondays", "say that we land in Porto",
                                          "note that breakfast is included", "Point out that the bookshop opens at ten"])
def test_a_request_that_gives_the_document_a_statement_to_make_is_an_edit(request_text):
    assert route(rewriting(), request_text, "plan.md", False) == "edit"


@pytest.mark.parametrize("request_text", ["why should the flight be at 21:05?", "what if we arrive on Saturday instead",
                                          "make the Sunday section more vivid"])
def test_questions_and_requests_that_dictate_nothing_new_are_left_to_the_model(request_text):
    assert route(rewriting(), request_text, "plan.md", False, document=PLAN) == "rewrite"


def test_a_statement_to_make_without_a_document_is_left_to_the_model():
    assert route(preferring("answer"), "mention that the museum is closed", None, False) == "answer"


@pytest.mark.parametrize(("request_text", "first_choice"), [
    ("mention my first aid certificate", "comment"), ("address it to Mr Okafor", "create"),
    ("return 404 if the user is missing", "answer"), ("log each failed attempt", "comment"),
    ("also test on python 3.12", "create"),  # "test" the verb, not "write tests"
    ("print an error and exit if no file is given", "create")])  # the file of a condition, not a new one
def test_a_label_the_request_shows_no_sign_of_is_chosen_again_without_it(request_text, first_choice):
    engine = preferring(first_choice, "answer", "comment", "create", "edit")
    assert route(engine, request_text, "letter.txt", False) == "edit"


@pytest.mark.parametrize(("request_text", "intent"), [
    ("what time do i land?", "answer"), ("summarise this in one sentence", "answer"), ("why november", "answer"),
    ("leave comments on anything that is vague", "comment"), ("any clichés? point them out", "comment"),
    ("proofread it and mark anything unclear", "comment"), ("review this code", "comment"),
    ("write a CONTRIBUTING guide for this project", "create"), ("draft a letter to the mayor based on this", "create"),
    ("add tests for the parser", "create"), ("a unit test for median", "create"),
    ("write a script that runs when the file changes", "create")])
def test_a_label_the_request_shows_signs_of_is_kept(request_text, intent):
    assert route(preferring(intent), request_text, "letter.txt", False) == intent


def test_without_a_document_the_model_chooses_between_answer_and_create_unchecked():
    assert route(preferring("answer"), "gimme a haiku abt rain", None, False) == "answer"


def test_only_the_intents_allowed_are_given():
    assert route(preferring("create", "answer"), "change Friday to Thursday", "plan.md", False,
                 allowed=("answer", "create"), document=PLAN) == "answer"
