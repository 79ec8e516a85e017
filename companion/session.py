"""A Session is the product without a face: the TUI, the command line and the evals all drive one.

It gets its engine, workspace and repository from whoever builds it, so each can be real or scripted.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from companion.behaviors.edit import OnText, propose_edit
from companion.documents import Document
from companion.engine.base import CancelToken, Engine
from companion.proposals import Proposal
from companion.vcs import Commit, Vcs, VcsError
from companion.workspace import Applied, Workspace

STYLE_FILE = Path(".companion") / "style.md"


class RequestError(Exception):
    """The request cannot be carried out as given (empty, or about no document)."""


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

    def propose_edit(
        self,
        path: str | Path,
        request: str,
        *,
        selection: str | tuple[int, int] | None = None,
        cancel: CancelToken | None = None,
        on_text: OnText | None = None,
    ) -> Proposal:
        """A targeted edit of ``path``; ``selection`` is the selected text (unique in the file) or its offsets."""
        if not request.strip():
            raise RequestError("The request is empty; say what to change.")
        document = self.open(path)
        span = document.find(selection) if isinstance(selection, str) else selection
        return propose_edit(
            self.engine,
            document,
            request,
            display_path=self.workspace.relative(document.path),
            selection=span,
            style=self.project_style(),
            cancel=cancel,
            on_text=on_text,
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


def commit_message(request: str) -> str:
    first_line = " ".join(request.split())
    if len(first_line) > 72:
        first_line = first_line[:71] + "…"
    return f"companion: {first_line}"
