"""A Session is the product without a face: the TUI, the command line and the evals all drive one.

It gets its engine, workspace and repository from whoever builds it, so each can be real or scripted.
``handle`` routes a request to one behaviour and returns what that behaviour produced.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from companion.behaviors.answer import answer
from companion.behaviors.comment import Review, review
from companion.behaviors.create import propose_new_document
from companion.behaviors.edit import OnText, propose_edit
from companion.behaviors.prompts import INTENTS
from companion.behaviors.route import route
from companion.documents import Document
from companion.engine.base import CancelToken, Engine
from companion.proposals import Proposal
from companion.vcs import Commit, Vcs, VcsError
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
    def __init__(self, engine: Engine, workspace: Workspace, vcs: Vcs | None) -> None:
        self.engine = engine
        self.workspace = workspace
        self.vcs = vcs

    def open(self, path: str | Path) -> Document:
        return self.workspace.open_document(path)

    def route(self, request: str, path: str | Path | None = None, selection: Selection = None) -> str:
        _check_request(request)
        display = self.workspace.relative(Path(path)) if path else None
        return route(self.engine, request, display, selection is not None)

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
        return propose_edit(
            self.engine,
            document,
            request,
            display_path=self.workspace.relative(document.path),
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
        """Write the accepted hunks (all when None), then commit that file alone."""
        applied = self.workspace.apply(proposal, accepted)
        if self.vcs is None:
            return AcceptResult(applied, None, f"Wrote {proposal.path}; not a git repository, so nothing was committed.")
        try:
            commit = self.vcs.commit_paths([applied.path], commit_message(proposal.request))
        except VcsError as error:
            return AcceptResult(applied, None, f"Wrote {proposal.path}, but did not commit: {error}")
        return AcceptResult(applied, commit, f"Wrote {proposal.path} and committed {commit.sha[:8]}.")

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


def _check_request(request: str) -> None:
    if not request.strip():
        raise RequestError("The request is empty; say what to change or ask.")


def commit_message(request: str) -> str:
    first_line = " ".join(request.split())
    if len(first_line) > 72:
        first_line = first_line[:71] + "…"
    return f"companion: {first_line}"
