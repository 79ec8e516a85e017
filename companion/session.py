"""A Session is the product without a face: the TUI, the command line and the evals all drive one.

It gets its engine, workspace and repository from whoever builds it, so each can be real or scripted.
``handle`` routes a request to one behaviour and returns what that behaviour produced.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from dataclasses import dataclass, replace
from pathlib import Path

from companion.behaviors.answer import answer
from companion.behaviors.blank import (
    asks_to_write,
    blank_answer,
    drafts_here,
    is_blank,
    nothing_to_change,
)
from companion.behaviors.comment import Comment, Review, review
from companion.behaviors.create import draft_into, propose_new_document
from companion.behaviors.edit import propose_edit
from companion.behaviors.prompts import INTENTS
from companion.behaviors.route import route
from companion.behaviors.streaming import OnText
from companion.documents import Document, language_for
from companion.engine.base import CancelToken, Engine
from companion.feedback import FeedbackLog
from companion.files import FileRefused, decode_bytes
from companion.headings import HEADING_MARKS, headings_marked_with
from companion.proposals import Proposal, Replacement, build_proposal
from companion.vcs import Commit, HistoryEntry, Vcs, VcsError, why_no_repository
from companion.workspace import Applied, Workspace

STYLE_FILE = Path(".companion") / "style.md"
Selection = str | tuple[int, int] | None
"""The selected text (unique in the file) or its (start, end) offsets."""


class RequestError(Exception):
    """The request cannot be carried out as given (empty, or about no document)."""


@dataclass(frozen=True)
class Answer:
    text: str


Outcome = Answer | Proposal | Review


@dataclass(frozen=True)
class AcceptResult:
    applied: Applied
    commit: Commit | None
    message: str


class Session:
    """``engine`` may be None for a session that only applies and commits (restoring from history)."""

    def __init__(
        self,
        engine: Engine | None,
        workspace: Workspace,
        vcs: Vcs | None,
        *,
        snapshot_user_edits: bool = True,
        feedback: FeedbackLog | None = None,
    ) -> None:
        self.engine = engine
        self.workspace = workspace
        self.vcs = vcs
        self.snapshot_user_edits = snapshot_user_edits
        self.feedback = feedback

    def open(self, path: str | Path) -> Document:
        return self.workspace.open_document(path)

    def route(self, request: str, path: str | Path | None = None, selection: Selection = None) -> str:
        _check_request(request)
        display = self.workspace.relative(Path(path)) if path else None
        text = self._text_of(path)
        with _headings_of(path):
            intent = route(self.engine, request, display, selection is not None, document=text)
        if intent == "create" and text is not None and is_blank(text) and drafts_here(request):
            return "edit"  # the blank document open is the one to write in
        return intent

    def _text_of(self, path: str | Path | None) -> str | None:
        """The open document's text for the router; None when there is none or it cannot be read (carrying the
        request out then says why)."""
        if path is None:
            return None
        try:
            return self.open(path).text
        except (FileRefused, OSError):
            return None

    def handle(
        self,
        request: str,
        path: str | Path | None = None,
        *,
        selection: Selection = None,
        intent: str | None = None,
        cancel: CancelToken | None = None,
        on_text: OnText | None = None,
    ) -> tuple[str, Outcome]:
        """Route ``request`` (unless ``intent`` is given) and carry it out: (intent, what it produced)."""
        intent = intent or self.route(request, path, selection)
        if intent not in INTENTS:
            raise RequestError(f"Unknown intent {intent!r}; expected one of {', '.join(INTENTS)}.")
        if intent == "answer":
            return intent, self.answer(request, path, selection=selection, cancel=cancel, on_text=on_text)
        if intent == "create":
            return intent, self.propose_new_document(request, cancel=cancel, on_text=on_text)
        if path is None:
            raise RequestError(f"“{request}” is about a document, but none is open. Open a file first.")
        if intent == "comment":
            return intent, self.review(path, request, selection=selection, cancel=cancel)
        proposal = self.propose_edit(
            path, request, selection=selection, rewrite=intent == "rewrite", cancel=cancel, on_text=on_text
        )
        return intent, proposal

    def propose_edit(
        self,
        path: str | Path,
        request: str,
        *,
        selection: Selection = None,
        rewrite: bool = False,
        cancel: CancelToken | None = None,
        on_text: OnText | None = None,
    ) -> Proposal:
        """A targeted edit of ``path`` (or a rewrite of all of it)."""
        _check_request(request)
        document, span = self._open_with_selection(path, selection)
        display = self.workspace.relative(document.path)
        if is_blank(document.text):
            if not asks_to_write(request):
                raise RequestError(nothing_to_change(display))
            return draft_into(self.engine, document, request, display_path=display, style=self.project_style(),
                              cancel=cancel, on_text=on_text)
        with _headings_of(path):
            return propose_edit(
                self.engine,
                document,
                request,
                display_path=display,
                selection=None if rewrite else span,
                rewrite=rewrite,
                style=self.project_style(),
                cancel=cancel,
                on_text=on_text,
            )

    def answer(
        self,
        request: str,
        path: str | Path | None = None,
        *,
        selection: Selection = None,
        cancel: CancelToken | None = None,
        on_text: OnText | None = None,
    ) -> Answer:
        _check_request(request)
        document, span = self._open_with_selection(path, selection) if path else (None, None)
        display = self.workspace.relative(document.path) if document else None
        if document is not None and is_blank(document.text) and (known := blank_answer(request, display)):
            if on_text:
                on_text(known)
            return Answer(known)
        with _headings_of(path):
            text = answer(
                self.engine, request, document, display_path=display, selection=span, style=self.project_style(),
                cancel=cancel, on_text=on_text,
            )
        return Answer(text)

    def propose_new_document(
        self, request: str, *, cancel: CancelToken | None = None, on_text: OnText | None = None
    ) -> Proposal:
        _check_request(request)
        return propose_new_document(
            self.engine, request, self.workspace.root, style=self.project_style(), cancel=cancel, on_text=on_text
        )

    def review(
        self, path: str | Path, request: str = "review", *, selection: Selection = None, cancel: CancelToken | None = None
    ) -> Review:
        document, span = self._open_with_selection(path, selection)
        with _headings_of(path):
            return review(
                self.engine,
                document,
                request,
                display_path=self.workspace.relative(document.path),
                selection=span,
                style=self.project_style(),
                cancel=cancel,
            )

    def accept(self, proposal: Proposal, accepted: list[int] | None = None) -> AcceptResult:
        """Write the accepted hunks (all when None), then commit that file alone.

        The user's uncommitted edits of the file are committed first, as their own snapshot (unless turned
        off), so companion's commit holds only companion's change and undoing it keeps the user's work."""
        self.workspace.check_fresh(proposal)
        snapshot_note = self._snapshot(proposal)
        applied = self.workspace.apply(proposal, accepted)
        result = self._commit(proposal, applied, snapshot_note)
        try:  # after the commit: the log is for the next round of training, never in the way of the user's work
            if self.feedback:
                self.feedback.hunks(proposal, list(applied.accepted), "accepted")
        except OSError as error:
            return replace(result, message=f"{result.message} The feedback log could not be written ({error.strerror}).")
        return result

    def _commit(self, proposal: Proposal, applied: Applied, snapshot_note: str) -> AcceptResult:
        if self.vcs is None:
            return AcceptResult(applied, None, f"Wrote {proposal.path}. {why_no_repository()}, so nothing was committed.")
        vcs = self.vcs.holding(applied.path)
        try:
            commit = vcs.commit_paths([applied.path], commit_message(proposal.request))
        except VcsError as error:
            return AcceptResult(applied, None, f"Wrote {proposal.path}, but did not commit: {error}")
        warning = " Warning: HEAD is detached, so the commit is on no branch." if vcs.detached else ""
        return AcceptResult(applied, commit, f"{snapshot_note}Wrote {proposal.path} and committed {commit.sha[:8]}.{warning}")

    def reject(self, proposal: Proposal, hunk_ids: list[int] | None = None) -> None:
        """Nothing is written; the decision goes to the feedback log."""
        if self.feedback:
            self.feedback.hunks(proposal, proposal.hunk_ids if hunk_ids is None else hunk_ids, "rejected")

    def record_comment(self, review: Review, comment: Comment, decision: str) -> None:
        """A comment's suggestion used ("accepted") or the comment dismissed ("rejected"), for the feedback log."""
        if self.feedback:
            self.feedback.comment(review.path, review.request, self.engine.info.name if self.engine else "", comment.quote,
                                  comment.text, comment.suggestion, decision)

    def uncommitted_notice(self) -> str | None:
        """Why accepted changes will not be committed in this project (no git, no repository, one git refuses),
        to say before the first is accepted; None when they will be."""
        if self.vcs is None:
            return f"{why_no_repository()}: accepted changes are written but not committed."
        if refusal := self.vcs.refusal():
            return f"git refuses this repository, so accepted changes are written but not committed: {refusal}"
        return None

    def undo(self) -> str:
        """Undo companion's last commit (see Vcs.undo_last)."""
        if self.vcs is None:
            raise VcsError(f"{why_no_repository()}, so there is no companion commit to undo.")
        return self.vcs.undo_last()

    def history(self, path: str | Path) -> list[HistoryEntry]:
        """companion's commits that changed ``path``, newest first."""
        if self.vcs is None:
            return []
        resolved = self.workspace.resolve(path)
        return self.vcs.holding(resolved).companion_commits(resolved)

    def restore(self, path: str | Path, sha: str) -> Proposal:
        return restore_proposal(self.workspace, self.vcs, path, sha)

    def _snapshot(self, proposal: Proposal) -> str:
        if self.vcs is None or not self.snapshot_user_edits or proposal.intent == "create":
            return ""
        try:
            resolved = self.workspace.resolve(proposal.path)
            snapshot = self.vcs.holding(resolved).snapshot_user_edits(resolved)
        except VcsError:
            return ""  # the commit after writing reports the same refusal
        return f"Committed your own edits of {proposal.path} first ({snapshot.sha[:8]}). " if snapshot else ""

    def project_style(self) -> str:
        """The user's voice and rules from .companion/style.md, when the project has one."""
        path = self.workspace.root / STYLE_FILE
        try:
            return path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            return ""

    def _open_with_selection(self, path: str | Path, selection: Selection) -> tuple[Document, tuple[int, int] | None]:
        document = self.open(path)
        span = document.find(selection) if isinstance(selection, str) else selection
        return document, span


def _headings_of(path: str | Path | None) -> AbstractContextManager[None]:
    """Read the headings of prose as the file's language marks them (Org's "*", AsciiDoc's "="), "#" otherwise."""
    return headings_marked_with(HEADING_MARKS.get(language_for(Path(path)), "#") if path else "#")


def _check_request(request: str) -> None:
    if not request.strip():
        raise RequestError("The request is empty; say what to change or ask.")


def restore_proposal(workspace: Workspace, vcs: Vcs | None, path: str | Path, sha: str) -> Proposal:
    """The file as it was after commit ``sha``, proposed as a change to review like any other."""
    if vcs is None:
        raise VcsError(f"{why_no_repository()}, so there is no history to restore from.")
    document = workspace.open_document(path)
    old = decode_bytes(vcs.holding(document.path).file_at(sha, document.path), document.path).text.replace("\r\n", "\n")
    relative = workspace.relative(document.path)
    return build_proposal(document, f"restore {relative} as of {sha[:8]}", [Replacement(0, len(document.text), old, 0)],
                          display_path=relative, intent="restore")


def commit_message(request: str) -> str:
    first_line = " ".join(request.split())
    if len(first_line) > 72:
        first_line = first_line[:71] + "…"
    return f"companion: {first_line}"
