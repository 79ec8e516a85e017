"""Behaviour eval cases in the shared JSONL format (shared/evals/cases.md), validated line by line."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from companion.behaviors.prompts import INTENTS

BEHAVIORS = ("route", "edit", "comment", "create")
"""The shared format's three, and ``create``: a new document drafted for the request (no document needed)."""


class CaseError(Exception):
    """A case file does not follow the format; the message names the line."""


@dataclass(frozen=True)
class Case:
    id: str
    behavior: str
    request: str
    path: str | None
    document: str | None
    selection: str | None
    expect: dict

    @property
    def selection_span(self) -> tuple[int, int] | None:
        if self.selection is None:
            return None
        start = self.document.index(self.selection)
        return start, start + len(self.selection)


def load_cases(path: Path) -> list[Case]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise CaseError(f"{path}: cannot be read ({error}).") from error
    cases, seen = [], set()
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            case = parse_case(json.loads(line))
        except (ValueError, TypeError, KeyError) as error:
            raise CaseError(f"{path}:{number}: {error}") from error
        if case.id in seen:
            raise CaseError(f"{path}:{number}: duplicate id {case.id!r}")
        seen.add(case.id)
        cases.append(case)
    return cases


def parse_case(data: dict) -> Case:
    case = Case(
        id=str(data["id"]),
        behavior=data["behavior"],
        request=data["request"],
        path=data.get("path"),
        document=data.get("document"),
        selection=data.get("selection"),
        expect=data["expect"],
    )
    if case.behavior not in BEHAVIORS:
        raise ValueError(f"behavior must be one of {BEHAVIORS}, not {case.behavior!r}")
    if not isinstance(case.request, str) or not isinstance(case.expect, dict):
        raise ValueError("request must be a string and expect an object")
    if (case.path is None) != (case.document is None):
        raise ValueError("path and document are both null or both set")
    if case.selection is not None and (case.document is None or case.document.count(case.selection) != 1):
        raise ValueError("selection must occur exactly once in document")
    if case.behavior == "route" and case.expect.get("intent") not in INTENTS:
        raise ValueError(f"route cases expect an intent among {INTENTS}")
    if case.behavior in ("edit", "comment") and case.document is None:
        raise ValueError(f"{case.behavior} cases need a document")
    if case.behavior == "edit":
        if case.expect.get("mode") not in (None, "targeted", "rewrite"):
            raise ValueError("edit mode must be targeted or rewrite")
        added = case.expect.get("added", [])
        if not isinstance(added, list) or not all(isinstance(text, str) and text for text in added):
            raise ValueError("added must be a list of non-empty strings")
        for key in ("changed", "unchanged"):
            for span in case.expect.get(key, []):
                if span not in case.document:
                    raise ValueError(f"{key} span {span[:40]!r} is not in the document")
    if case.behavior == "create":
        mentions = case.expect.get("mentions", [])
        if not isinstance(mentions, list) or not all(isinstance(word, str) and word for word in mentions):
            raise ValueError("mentions must be a list of non-empty strings")
    if case.behavior == "comment":
        for span in case.expect.get("flags", []):
            if span not in case.document:
                raise ValueError(f"flag span {span[:40]!r} is not in the document")
    return case
