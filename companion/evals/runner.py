"""Running eval cases through the real behaviours, with the engine under test.

Each case runs on an in-memory Document, exactly as the session would build it from the file, so the
figures measure the same code paths users hit.
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from companion.behaviors.comment import review
from companion.behaviors.create import propose_new_document
from companion.behaviors.edit import MalformedOutput, propose_edit
from companion.behaviors.exact_edits import made_without_the_model
from companion.behaviors.route import route
from companion.behaviors.statement import AS_GIVEN
from companion.documents import Document
from companion.engine.base import Engine, EngineError
from companion.evals.cases import Case


@dataclass
class CaseResult:
    case: Case
    seconds: float
    intent: str | None = None
    mode: str | None = None
    valid: bool = False
    target_hit: bool | None = None
    preserved: bool | None = None
    added: bool | None = None
    """Whether the result has every string of the case's optional ``added`` (text a right revision brings in)."""
    produced: int = 0
    anchored: int = 0
    flags_found: list[bool] = field(default_factory=list)
    error: str | None = None
    hunks: list[tuple[str, str]] = field(default_factory=list)
    """An edit's proposed changes (old, new): target hit says which span changed, these show how, for a reader."""
    comments: list[tuple[str, str, str | None]] = field(default_factory=list)
    """A review's comments as shown (quote, text, suggestion), for a reader."""
    unfounded: int = 0
    """A review's comments left out though anchored (``companion.behaviors.comment.unfounded``)."""
    by_rule: bool | None = None
    """Whether an edit was made without the model (``made_without_the_model``, or a statement written in as the
    request worded it): the runtime's rules, not the distilled model, answered it."""
    draft: str | None = None
    on_topic: bool | None = None
    """Whether a draft's body (after its first line, which often only repeats the request) has every word of the
    case's ``mentions``."""


def run_case(engine: Engine, case: Case) -> CaseResult:
    started = time.perf_counter()
    result = CaseResult(case, 0.0)
    try:
        {"route": _route, "edit": _edit, "comment": _comment, "create": _create}[case.behavior](engine, case, result)
    except (MalformedOutput, EngineError) as error:
        result.error = str(error)
    result.seconds = time.perf_counter() - started
    return result


def run_cases(engine: Engine, cases: list[Case], progress: Callable[[int, int, CaseResult], None] | None = None) -> list[CaseResult]:
    results = []
    for number, case in enumerate(cases, 1):
        results.append(run_case(engine, case))
        if progress:
            progress(number, len(cases), results[-1])
    return results


def _route(engine: Engine, case: Case, result: CaseResult) -> None:
    result.intent = route(engine, case.request, case.path, case.selection is not None, document=case.document)


def _edit(engine: Engine, case: Case, result: CaseResult) -> None:
    document = Document.from_text(Path(case.path), case.document)
    has_selection = case.selection is not None
    decision = route(engine, case.request, case.path, has_selection, allowed=("edit", "rewrite"), document=case.document)
    result.mode = "rewrite" if decision == "rewrite" else "targeted"
    selection = None if result.mode == "rewrite" else case.selection_span
    proposal = propose_edit(
        engine,
        document,
        case.request,
        display_path=case.path,
        selection=selection,
        rewrite=result.mode == "rewrite",
    )
    result.by_rule = (made_without_the_model(document, case.request, selection, case.path) is not None
                      or any(hunk.tentative == AS_GIVEN for hunk in proposal.hunks))
    after = proposal.result()
    result.valid = True
    result.hunks = [(hunk.old, hunk.new) for hunk in proposal.hunks]
    changed = case.expect.get("changed", [])
    result.target_hit = all(_modified(case.document, span, proposal.hunks) for span in changed)
    result.preserved = all(span in after for span in case.expect.get("unchanged", []))
    if "added" in case.expect:
        result.added = all(text in after for text in case.expect["added"])


def _comment(engine: Engine, case: Case, result: CaseResult) -> None:
    document = Document.from_text(Path(case.path), case.document)
    outcome = review(engine, document, case.request, display_path=case.path, selection=case.selection_span)
    result.valid = True
    result.produced, result.anchored = outcome.produced, len(outcome.comments) + outcome.unfounded
    result.comments = [(c.quote, c.text, c.suggestion) for c in outcome.comments]
    result.unfounded = outcome.unfounded
    spans = [(c.start, c.end) for c in outcome.comments]
    result.flags_found = [
        any(_overlaps(span, start, end) for start, end in spans for span in _occurrences(case.document, flag))
        for flag in case.expect.get("flags", [])
    ]


def _create(engine: Engine, case: Case, result: CaseResult) -> None:
    with tempfile.TemporaryDirectory() as folder:
        proposal = propose_new_document(engine, case.request, Path(folder))
    result.valid = True
    result.draft = proposal.result()
    body = result.draft.partition("\n")[2].lower()
    result.on_topic = all(word.lower() in body for word in case.expect.get("mentions", []))


def _modified(document: str, span: str, hunks) -> bool:
    """A span counts as changed when a hunk replaces text overlapping one of its occurrences."""
    return any(_overlaps(occurrence, hunk.start, hunk.end) for occurrence in _occurrences(document, span) for hunk in hunks)


def _occurrences(document: str, span: str) -> list[tuple[int, int]]:
    found, start = [], document.find(span)
    while start != -1 and span:
        found.append((start, start + len(span)))
        start = document.find(span, start + 1)
    return found


def _overlaps(span: tuple[int, int], start: int, end: int) -> bool:
    return span[0] < max(end, start + 1) and start < span[1]
