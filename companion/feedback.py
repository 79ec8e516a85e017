"""The feedback log: every accepted or rejected hunk and comment, kept for the next round of distillation.

One JSON line per decision in the platformdirs data folder. ``export_pairs`` turns it into preference
pairs in the training data's format (training/examples.py): the fields the runtime rendered, the text
the user chose, and the one they turned down.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

from companion.proposals import Hunk, Proposal

DECISIONS = ("accepted", "rejected")


class FeedbackLog:
    def __init__(self, path: Path) -> None:
        self.path = path

    def hunks(self, proposal: Proposal, hunk_ids: list[int], decision: str) -> None:
        by_id = {hunk.id: hunk for hunk in proposal.hunks}
        self._append([_hunk_record(proposal, by_id[i], decision) for i in hunk_ids if i in by_id])

    def comment(self, path: str, request: str, model: str, quote: str, text: str, suggestion: str | None, decision: str) -> None:
        self._append([{"kind": "comment", "time": _now(), "path": path, "request": request, "model": model, "quote": quote,
                       "comment": text, "suggestion": suggestion, "decision": _checked(decision)}])

    def records(self) -> list[dict]:
        """Every readable record; a line cut short by a crash is skipped, never fatal."""
        if not self.path.exists():
            return []
        records = []
        for line in self.path.read_text(encoding="utf-8", errors="replace").splitlines():
            try:
                records.append(json.loads(line))
            except ValueError:
                continue
        return records

    def _append(self, records: list[dict]) -> None:
        if not records:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self.path.open("a", encoding="utf-8") as log:
            log.write("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records))


def _hunk_record(proposal: Proposal, hunk: Hunk, decision: str) -> dict:
    return {"kind": "hunk", "time": _now(), "path": proposal.path, "request": proposal.request, "intent": proposal.intent,
            "model": proposal.model, "old": hunk.old, "new": hunk.new, "decision": _checked(decision)}


def export_pairs(log: FeedbackLog) -> list[dict]:
    """Preference pairs as training examples: ``response`` is what the user chose, ``rejected`` the other."""
    pairs = []
    for record in log.records():
        if record.get("kind") == "hunk" and record["old"] != record["new"]:
            chosen, other = (record["new"], record["old"]) if record["decision"] == "accepted" else (record["old"], record["new"])
            fields = {"path": record["path"], "request": record["request"], "original": record["old"].rstrip(), "context": ""}
            pairs.append({"task": "edit", "source": f"feedback:{record['model'] or 'unknown'}", "fields": fields,
                          "response": chosen.rstrip(), "meta": {"rejected": other.rstrip(), "decision": record["decision"]}})
        elif record.get("kind") == "comment":
            pairs.append({"task": "comment_feedback", "source": f"feedback:{record['model'] or 'unknown'}",
                          "fields": {"path": record["path"], "request": record["request"], "quote": record["quote"]},
                          "response": record["comment"], "meta": {"decision": record["decision"], "suggestion": record["suggestion"]}})
    return pairs


def _checked(decision: str) -> str:
    if decision not in DECISIONS:
        raise ValueError(f"decision must be one of {DECISIONS}")
    return decision


def _now() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%S%z")
