"""The eval figures: shares over the cases that measure them, named slices, and the confusion matrix."""

from __future__ import annotations

from companion.evals.cases import parse_case
from companion.evals.metrics import compute, confusion, is_prose
from companion.evals.runner import CaseResult


def route_result(intent, expected, path=None, document=None, selection=None):
    case = parse_case({"id": f"{expected}-{intent}-{path}", "behavior": "route", "request": "r", "path": path,
                       "document": document, "selection": selection, "expect": {"intent": expected}})
    return CaseResult(case, 0.1, intent=intent)


def test_route_accuracy_per_intent_and_slices():
    results = [
        route_result("answer", "answer"),
        route_result("edit", "create"),
        route_result("edit", "edit", "a.py", "x = 1\n"),
        route_result("comment", "comment", "a.md", "# A\n", "# A"),
    ]
    metrics = compute(results)
    assert metrics["route.accuracy"] == 0.75
    assert metrics["route.accuracy.create"] == 0.0
    assert metrics["route.accuracy.no_document"] == 0.5
    assert metrics["route.accuracy.code"] == 1.0
    assert metrics["route.accuracy.with_selection"] == 1.0
    assert metrics["edit.valid"] is None and metrics["route.latency_ms_p50"] == 100.0
    assert confusion(results)["create"]["edit"] == 1


def test_prose_and_code_are_told_apart_by_extension():
    assert is_prose(route_result("answer", "answer", "notes.md", "x"))
    assert is_prose(route_result("answer", "answer", "NOTES", "x"))
    assert not is_prose(route_result("answer", "answer", "app.py", "x"))


def edit_result(valid, hit, preserved):
    case = parse_case({"id": "e", "behavior": "edit", "request": "r", "path": "a.txt", "document": "ab",
                       "selection": None, "expect": {"mode": "targeted", "changed": ["a"], "unchanged": ["b"]}})
    return CaseResult(case, 1.0, mode="targeted", valid=valid, target_hit=hit, preserved=preserved)


def test_an_edit_that_produced_no_proposal_fails_validity_and_target_but_not_preservation():
    metrics = compute([edit_result(True, True, True), edit_result(False, None, None)])
    assert metrics["edit.valid"] == 0.5
    assert metrics["edit.target_hit"] == 0.5
    assert metrics["edit.preservation"] == 1.0
    assert metrics["edit.mode_accuracy"] == 1.0
