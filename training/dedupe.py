"""The proof that training never sees the held-out eval split, nor the fresh, blind and drafts splits written after it.

An example overlaps when its request equals a held-out request (ignoring case, spacing and punctuation)
or when its document shares a line of some length with a held-out document.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from training.examples import Example

EVALS = Path(__file__).resolve().parent.parent / "evals"
HELDOUT = (EVALS / "heldout.jsonl", EVALS / "fresh.jsonl", EVALS / "blind.jsonl", EVALS / "blind2.jsonl", EVALS / "drafts.jsonl")
MIN_SHARED_LINE = 30


def normalize(request: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", request.lower()))


def _lines(text: str) -> set[str]:
    return {line.strip() for line in text.splitlines() if len(line.strip()) >= MIN_SHARED_LINE}


@dataclass(frozen=True)
class HeldOut:
    requests: frozenset[str]
    lines: frozenset[str]

    @classmethod
    def load(cls, paths: tuple[Path, ...] = HELDOUT) -> HeldOut:
        cases = [json.loads(line) for path in paths for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        requests = frozenset(normalize(case["request"]) for case in cases)
        lines = frozenset(line for case in cases if case.get("document") for line in _lines(case["document"]))
        return cls(requests, lines)

    def overlap(self, example: Example) -> str | None:
        """Why the example must not be trained on, or None."""
        if normalize(example.request) in self.requests:
            return "held-out request"
        texts = [example.document or "", example.fields.get("original", ""), example.fields.get("text", ""), example.response]
        if any(_lines(text) & self.lines for text in texts):
            return "held-out document text"
        return None
