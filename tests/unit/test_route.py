"""Which intent a request gets: the model's choice among the labels, except for a statement that dictates new
words for the open document or gives it a statement to make, which is an edit without asking."""

from __future__ import annotations

import pytest

from companion.behaviors.route import route
from tests.scripted import ScriptedEngine

PLAN = "# Weekend in Porto\n\nWe arrive on Friday at 18:40.\n\n## Saturday\n\nThe bookshop.\n\n## Sunday\n\nFlight home at 20:15.\n"


def answering() -> ScriptedEngine:
    return ScriptedEngine(lambda prompt: "", lambda prompt, choices: " answer")


@pytest.mark.parametrize("request_text", ["the flight home is at 21:05 now", "we arrive on Saturday instead",
                                          "change Friday to Thursday", "the flight should be at 21:05"])
def test_a_statement_that_dictates_new_words_for_the_document_is_an_edit(request_text):
    engine = answering()
    assert route(engine, request_text, "plan.md", False, document=PLAN) == "edit"
    assert route(engine, request_text, "plan.md", False) == "answer"  # without the text, the model decides


@pytest.mark.parametrize("request_text", ["mention that the museum is closed on Mondays", "say that we land in Porto",
                                          "note that breakfast is included", "Point out that the bookshop opens at ten"])
def test_a_request_that_gives_the_document_a_statement_to_make_is_an_edit(request_text):
    assert route(answering(), request_text, "plan.md", False) == "edit"


@pytest.mark.parametrize("request_text", ["why should the flight be at 21:05?", "what if we arrive on Saturday instead",
                                          "make the Sunday section more vivid"])
def test_questions_and_requests_that_dictate_nothing_new_are_left_to_the_model(request_text):
    assert route(answering(), request_text, "plan.md", False, document=PLAN) == "answer"


def test_a_statement_to_make_without_a_document_is_left_to_the_model():
    assert route(answering(), "mention that the museum is closed", None, False) == "answer"


def test_only_the_intents_allowed_are_given():
    assert route(answering(), "change Friday to Thursday", "plan.md", False, allowed=("answer", "create"),
                 document=PLAN) == "answer"
