"""Cases run through the real behaviours: an edit's target hit says the span changed and added text says to
what, and the hits the runtime's rules made are told from the model's; a draft is on topic when its body says what the request is about."""

from __future__ import annotations

import pytest

from companion.evals.cases import parse_case
from companion.evals.metrics import compute
from companion.evals.runner import run_case
from tests.scripted import ScriptedEngine

NOTES = "Decisions: the beta ships on the 14th.\n\nTom will escalate the keys issue.\n"


def date_case(**expect) -> dict:
    return {"id": "date", "behavior": "edit", "request": "make it a week later", "path": "notes.txt",
            "document": NOTES, "selection": "on the 14th",
            "expect": {"mode": "targeted", "changed": ["on the 14th"], "unchanged": ["Tom will escalate"], **expect}}


def engine_answering(revision: str) -> ScriptedEngine:
    return ScriptedEngine(lambda prompt: revision + "\n</revised>", choice=lambda prompt, choices: "edit" if "edit" in choices else choices[0])


@pytest.mark.parametrize("revision, added", [("on the 21st", True), ("on the 12th", False)])
def test_a_change_of_the_target_counts_as_right_only_with_the_text_asked_for(revision, added):
    result = run_case(engine_answering(revision), parse_case(date_case(added=["21st"])))
    assert result.target_hit is True and result.added is added
    metrics = compute([result])
    assert metrics["edit.target_hit"] == 1.0
    assert metrics["edit.added_text"] == (1.0 if added else 0.0)


def test_a_hit_made_without_the_model_counts_in_target_hit_but_not_in_the_models_share_of_it():
    by_the_model = run_case(engine_answering("on the 21st"), parse_case(date_case()))
    renamed = run_case(engine_answering("unused"), parse_case(
        {**date_case(), "id": "rename", "request": "rename Tom to Ana", "selection": None,
         "expect": {"mode": "targeted", "changed": ["Tom will"], "unchanged": ["the beta ships"]}}))
    assert (by_the_model.by_rule, renamed.by_rule) == (False, True)
    metrics = compute([by_the_model, renamed])
    assert metrics["edit.target_hit"] == 1.0
    assert metrics["edit.target_hit.by_the_model"] == 0.5
    assert metrics["edit.made_without_the_model"] == 0.5


def test_cases_without_added_text_are_not_counted_in_it():
    result = run_case(engine_answering("on the 21st"), parse_case(date_case()))
    assert result.added is None
    assert compute([result])["edit.added_text"] is None


def test_added_text_must_be_a_list_of_strings():
    with pytest.raises(ValueError, match="added"):
        parse_case(date_case(added="21st"))


def draft_case(**expect) -> dict:
    return {"id": "chess", "behavior": "create", "request": "write a welcome email for the chess club", "path": None,
            "document": None, "selection": None, "expect": {"mentions": ["chess"], **expect}}


def engine_drafting(draft: str) -> ScriptedEngine:
    return ScriptedEngine(lambda prompt: "welcome.md" if prompt.endswith("<name>") else draft + "\n</document>")


@pytest.mark.parametrize("draft, on_topic", [
    ("# Welcome\n\nWelcome to the chess club: we meet on Tuesdays.", True),
    ("# Welcome to the chess club\n\nWe are glad you are here.", False),  # a title that repeats the request is not enough
])
def test_a_draft_is_on_topic_when_its_body_mentions_each_expected_word(draft, on_topic):
    result = run_case(engine_drafting(draft), parse_case(draft_case()))
    assert result.valid and result.on_topic is on_topic
    assert compute([result])["create.on_topic"] == (1.0 if on_topic else 0.0)


def test_a_draft_that_is_the_prompts_worked_example_is_refused_and_counts_against_both():
    lunch = "# Lunch\n\nHi all, let's have lunch together this Friday at 12:30 at the usual place. Reply by Thursday so I can book a table."
    result = run_case(engine_drafting(lunch), parse_case(draft_case()))
    assert "example from its own instructions" in result.error
    metrics = compute([result])
    assert metrics["create.valid"] == 0.0 and metrics["create.on_topic"] == 0.0


def test_mentions_must_be_a_list_of_strings():
    with pytest.raises(ValueError, match="mentions"):
        parse_case(draft_case(mentions="chess"))
