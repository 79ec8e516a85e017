"""The figures of the shared format, plus named slices of them: each a share in [0, 1], or None when
no case in the run measures it. Latencies are medians in milliseconds."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from statistics import median

from companion import documents
from companion.behaviors.prompts import INTENTS
from companion.evals.runner import CaseResult


def is_prose(result: CaseResult) -> bool:
    """Text and Markdown (and files without an extension) are prose; everything else is code."""
    return documents.is_prose(Path(result.case.path or ""))


def share(results: list[CaseResult], passed: Callable[[CaseResult], bool | None]) -> float | None:
    verdicts = [passed(r) for r in results]
    counted = [v for v in verdicts if v is not None]
    return round(sum(counted) / len(counted), 4) if counted else None


def compute(results: list[CaseResult]) -> dict:
    route = [r for r in results if r.case.behavior == "route"]
    edit = [r for r in results if r.case.behavior == "edit"]
    comment = [r for r in results if r.case.behavior == "comment"]
    create = [r for r in results if r.case.behavior == "create"]
    metrics: dict[str, float | None] = {}

    correct = lambda r: r.intent == r.case.expect["intent"]  # noqa: E731
    metrics["route.accuracy"] = share(route, correct)
    for intent in INTENTS:
        metrics[f"route.accuracy.{intent}"] = share([r for r in route if r.case.expect["intent"] == intent], correct)
    metrics["route.accuracy.no_document"] = share([r for r in route if r.case.document is None], correct)
    metrics["route.accuracy.question_about_document"] = share(
        [r for r in route if r.case.document is not None and r.case.expect["intent"] == "answer"], correct
    )
    metrics["route.accuracy.with_selection"] = share([r for r in route if r.case.selection is not None], correct)
    metrics["route.accuracy.code"] = share([r for r in route if r.case.document is not None and not is_prose(r)], correct)

    metrics["edit.valid"] = share(edit, lambda r: r.valid)
    metrics["edit.mode_accuracy"] = share(
        [r for r in edit if "mode" in r.case.expect], lambda r: r.mode == r.case.expect["mode"]
    )
    metrics["edit.mode_accuracy.rewrite"] = share(
        [r for r in edit if r.case.expect.get("mode") == "rewrite"], lambda r: r.mode == "rewrite"
    )
    metrics["edit.target_hit"] = share(edit, lambda r: bool(r.target_hit))
    metrics["edit.target_hit.with_selection"] = share([r for r in edit if r.case.selection], lambda r: bool(r.target_hit))
    metrics["edit.target_hit.without_selection"] = share([r for r in edit if not r.case.selection], lambda r: bool(r.target_hit))
    # How much of target hit the model earns: the hits made without it (a rename, a move, imports tidied…) are the
    # runtime's rules, which any base model would get as well.
    metrics["edit.target_hit.by_the_model"] = share(edit, lambda r: bool(r.target_hit) and not r.by_rule)
    metrics["edit.made_without_the_model"] = share(edit, lambda r: bool(r.by_rule))
    # Stricter than target hit, where the request says literally what the new text holds ("change the beta date
    # to the 21st"): the target changed and the asked-for text is there. A case with no proposal fails it.
    metrics["edit.added_text"] = share(
        [r for r in edit if "added" in r.case.expect], lambda r: bool(r.target_hit) and bool(r.added)
    )
    # Preservation is judged on the proposals that were made: a case with no proposal changed nothing
    # (edit.valid already counts it as a failure).
    valid = [r for r in edit if r.valid]
    metrics["edit.preservation"] = share(valid, lambda r: bool(r.preserved))
    metrics["edit.preservation.code"] = share([r for r in valid if not is_prose(r)], lambda r: bool(r.preserved))

    produced = sum(r.produced for r in comment)
    metrics["comment.valid"] = share(comment, lambda r: r.valid)
    metrics["comment.anchor_validity"] = round(sum(r.anchored for r in comment) / produced, 4) if produced else None
    flags = [found for r in comment for found in r.flags_found]
    metrics["comment.flag_recall"] = round(sum(flags) / len(flags), 4) if flags else None
    code_flags = [found for r in comment if not is_prose(r) for found in r.flags_found]
    metrics["comment.flag_recall.code"] = round(sum(code_flags) / len(code_flags), 4) if code_flags else None
    metrics["comment.with_comments"] = share(comment, lambda r: len(r.comments) > 0 if r.valid else False)
    anchored = sum(r.anchored for r in comment)
    metrics["comment.unfounded"] = round(sum(r.unfounded for r in comment) / anchored, 4) if anchored else None

    # A draft refused (a loop before the body, the prompt's worked example borrowed) counts against both.
    metrics["create.valid"] = share(create, lambda r: r.valid)
    metrics["create.on_topic"] = share(create, lambda r: bool(r.on_topic))

    for name, group in (("route", route), ("edit", edit), ("comment", comment), ("create", create)):
        metrics[f"{name}.latency_ms_p50"] = round(median(r.seconds for r in group) * 1000, 1) if group else None
    return metrics


def confusion(results: list[CaseResult]) -> dict[str, dict[str, int]]:
    """expected intent → predicted intent → count, for route cases."""
    matrix = {expected: {predicted: 0 for predicted in INTENTS} for expected in INTENTS}
    for result in results:
        if result.case.behavior == "route" and result.intent in INTENTS:
            matrix[result.case.expect["intent"]][result.intent] += 1
    return matrix
