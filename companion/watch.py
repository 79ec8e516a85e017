"""What companion does when a watched file changes: the glue between the watcher and the session.

For each settled change it keeps pending proposals and comments honest (re-anchored or stale), acts on
new AI markers once, and, when the setting is on, comments on the sections that changed. It reports
everything as WatchEvents; the TUI shows them, ``companion watch --print`` prints them.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from companion.behaviors.comment import Review
from companion.behaviors.edit import MalformedOutput
from companion.engine.base import EngineError
from companion.files import FileRefused
from companion.markers import MarkerTracker, marker_proposal
from companion.proposals import Proposal
from companion.session import Answer, Session
from companion.staleness import rebase_proposal, rebase_review, vanished
from companion.watcher import FileChange


@dataclass(frozen=True)
class WatchSettings:
    """How the TUI watches the project (from Settings: proactive_comments, watch_debounce_ms)."""

    proactive_comments: bool = False
    debounce_seconds: float = 0.4


@dataclass(frozen=True)
class WatchEvent:
    kind: str
    """"notice", "proposal", "proposal_updated", "review", "answer" or "refreshed"."""
    path: str
    message: str = ""
    proposal: Proposal | None = None
    review: Review | None = None
    answer: Answer | None = None


class WatchService:
    def __init__(
        self,
        session: Session,
        report: Callable[[WatchEvent], None],
        *,
        proactive_comments: bool = False,
        debounce_seconds: float = 0.4,
    ) -> None:
        self.session = session
        self.report = report
        self.proactive_comments = proactive_comments
        self.debounce_seconds = debounce_seconds
        self.proposals: dict[str, list[Proposal]] = {}
        self.reviews: dict[str, Review] = {}
        self.markers = MarkerTracker()
        self._skipped: set[str] = set()
        self._last_text: dict[str, str] = {}
        self._last_comment: dict[str, float] = {}

    def track(self, proposal: Proposal) -> None:
        """A proposal the user has not decided on yet: kept honest until ``settle`` is called."""
        self.proposals.setdefault(proposal.path, []).append(proposal)

    def track_review(self, review: Review) -> None:
        self.reviews[review.path] = review

    def settle(self, proposal: Proposal) -> None:
        """The user accepted or rejected the proposal: stop tracking it."""
        remaining = [p for p in self.proposals.get(proposal.path, []) if p is not proposal]
        self.proposals[proposal.path] = remaining

    def remember(self, path: str, text: str) -> None:
        """The text the user last saw, so the next change can be compared with it."""
        self._last_text[path] = text

    def handle(self, change: FileChange) -> None:
        try:
            relative = self.session.workspace.relative(change.path)
        except FileRefused:
            return
        if change.kind == "deleted":
            self._deleted(relative)
        elif change.kind == "moved" and change.moved_to is not None:
            self._moved(relative, change.path, change.moved_to)
        elif change.skipped:
            if relative not in self._skipped:
                self._skipped.add(relative)
                self.report(WatchEvent("notice", relative, f"Skipped {change.skipped}."))
        else:
            self._modified(relative, change.path)

    def _deleted(self, relative: str) -> None:
        pending = self.proposals.get(relative, [])
        self.proposals[relative] = [vanished(p) for p in pending]
        for proposal in self.proposals[relative]:
            self.report(WatchEvent("proposal_updated", relative, proposal=proposal))
        if relative in self.reviews:
            self.reviews[relative] = rebase_review(self.reviews[relative], "")
        if pending or relative in self.reviews:
            self.report(WatchEvent("notice", relative, f"{relative} was deleted: its pending suggestions are stale and cannot be accepted."))

    def _moved(self, relative: str, source: Path, target: Path) -> None:
        try:
            new_relative = self.session.workspace.relative(target)
        except FileRefused:
            self._deleted(relative)
            return
        self.markers.moved(source, target)
        pending = self.proposals.pop(relative, [])
        review = self.reviews.pop(relative, None)
        if not pending and review is None:
            return
        try:
            text = self.session.open(target).text
        except FileRefused as error:
            self.proposals[relative] = pending
            self._deleted(relative)
            self.report(WatchEvent("notice", new_relative, str(error)))
            return
        self.proposals[new_relative] = [rebase_proposal(p, text, new_relative) for p in pending]
        for proposal in self.proposals[new_relative]:
            self.report(WatchEvent("proposal_updated", new_relative, proposal=proposal))
        if review is not None:
            self.reviews[new_relative] = rebase_review(review, text)
        self.report(WatchEvent("notice", new_relative, f"{relative} was renamed to {new_relative}; its pending suggestions follow it."))

    def _modified(self, relative: str, path: Path) -> None:
        try:
            document = self.session.open(path)
        except FileRefused as error:
            self.report(WatchEvent("notice", relative, str(error)))
            return
        previous = self._last_text.get(relative)
        self._last_text[relative] = document.text
        self.report(WatchEvent("refreshed", relative))
        if relative in self.proposals:
            self.proposals[relative] = [rebase_proposal(p, document.text) for p in self.proposals[relative]]
            for proposal in self.proposals[relative]:
                self.report(WatchEvent("proposal_updated", relative, proposal=proposal))
                if proposal.stale:
                    self.report(WatchEvent("notice", relative, f"{relative} changed: some suggestions no longer match it and are stale."))
        if relative in self.reviews:
            self.reviews[relative] = rebase_review(self.reviews[relative], document.text)
            self.report(WatchEvent("review", relative, review=self.reviews[relative]))
        try:
            handled_marker = self._markers(relative, path, document)
            if self.proactive_comments and not handled_marker and previous is not None and previous != document.text:
                self._comment_on_changes(relative, previous, document.text)
        except (MalformedOutput, EngineError, FileRefused) as error:
            self.report(WatchEvent("notice", relative, str(error)))

    def _markers(self, relative: str, path: Path, document) -> bool:
        markers = self.markers.new_markers(path, document.text)
        for marker in markers:
            if marker.kind == "ask":
                answer = self.session.answer(marker.request, path)
                self.report(WatchEvent("answer", relative, message=marker.request, answer=answer))
            else:
                proposal = marker_proposal(self.session.engine, document, marker, display_path=relative,
                                           style=self.session.project_style())
                self.track(proposal)
                self.report(WatchEvent("proposal", relative, proposal=proposal))
        return bool(markers)

    def _comment_on_changes(self, relative: str, previous: str, current: str) -> None:
        now = time.monotonic()
        if now - self._last_comment.get(relative, -1e9) < self.debounce_seconds:
            return
        self._last_comment[relative] = now
        span = changed_span(previous, current)
        if span is None:
            return
        document = self.session.open(relative)
        sections = [s for s in document.sections if s.start < span[1] and span[0] < s.end and s.text.strip()]
        if not sections:
            return
        review = self.session.review(relative, "review the part that just changed", selection=(sections[0].start, sections[-1].end))
        self.track_review(review)
        self.report(WatchEvent("review", relative, review=review))


def changed_span(before: str, after: str) -> tuple[int, int] | None:
    """The [start, end) of ``after`` that differs from ``before``: one span from the first difference to the
    last (linear time, so a save of a large file costs nothing noticeable)."""
    if before == after:
        return None
    prefix = 0
    limit = min(len(before), len(after))
    while prefix < limit and before[prefix] == after[prefix]:
        prefix += 1
    suffix = 0
    while suffix < limit - prefix and before[-1 - suffix] == after[-1 - suffix]:
        suffix += 1
    return prefix, max(len(after) - suffix, prefix + 1)
