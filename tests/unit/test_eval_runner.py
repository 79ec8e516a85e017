"""An edit case run through the real editor: target hit says the span changed, added text says to what."""

from __future__ import annotations

import pytest

from companion.evals.cases import parse_case
from companion.evals.metrics import compute
from companion.evals.runner import run_case
from tests.scripted import ScriptedEngine

NOTES = "Decisions: the beta ships on the 14th.\n\nTom will escalate the keys issue.\n"


def date_case(**expect) -> dict:
    return {"id": "date", "behavior": "edit", "request": "change it to the 21st", "path": "notes.txt",
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


def test_cases_without_added_text_are_not_counted_in_it():
    result = run_case(engine_answering("on the 21st"), parse_case(date_case()))
    assert result.added is None
    assert compute([result])["edit.added_text"] is None


def test_added_text_must_be_a_list_of_strings():
    with pytest.raises(ValueError, match="added"):
        parse_case(date_case(added="21st"))
