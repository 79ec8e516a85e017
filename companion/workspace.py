"""The project folder: which paths companion may touch, reading documents, and applying accepted hunks.

Every path goes through ``resolve`` first, so nothing (a model's output included) can make companion
read or write outside the project root or inside ``.git/``.
"""

from __future__ import annotations

import stat
from dataclasses import dataclass
from pathlib import Path

from companion.documents import Document
from companion.files import (
    ConcurrentEdit,
    FileRefused,
    content_hash,
    create_exclusive,
    read_text_file,
    write_atomic,
)
from companion.proposals import Proposal


class StaleProposal(Exception):
    """The file changed on disk after the proposal was made; applying it would overwrite the user's edit."""


@dataclass(frozen=True)
class Applied:
    path: Path
    accepted: tuple[int, ...]
    new_hash: str


class Workspace:
    """A project root and the rules for the files inside it."""

    def __init__(self, root: Path, max_file_bytes: int = 5_000_000) -> None:
        self.root = root.resolve()
        self.max_file_bytes = max_file_bytes

    def resolve(self, path: str | Path) -> Path:
        """An absolute path inside the project, symlinks followed; FileRefused for anything else."""
        candidate = Path(path)
        if not candidate.is_absolute():
            candidate = self.root / candidate
        resolved = candidate.resolve()
        if resolved != self.root and self.root not in resolved.parents:
            raise FileRefused(f"{path}: outside the project folder {self.root}; companion only touches files inside it.")
        if ".git" in resolved.relative_to(self.root).parts:
            raise FileRefused(f"{path}: inside .git/, which companion never edits.")
        return resolved

    def relative(self, path: Path) -> str:
        return self.resolve(path).relative_to(self.root).as_posix()

    def open_document(self, path: str | Path) -> Document:
        resolved = self.resolve(path)
        return Document.from_file_content(resolved, read_text_file(resolved, self.max_file_bytes))

    def apply(self, proposal: Proposal, accepted: list[int] | None = None) -> Applied:
        """Write the accepted hunks (all when None) atomically, refusing if the file changed since the proposal."""
        if proposal.intent == "create":
            return self._create(proposal, accepted)
        path = self.resolve(proposal.path)
        if not path.exists():
            raise StaleProposal(f"{proposal.path} no longer exists (deleted or renamed); the proposal was not applied.")
        current = read_text_file(path, self.max_file_bytes)
        self._check_fresh(path, current.content_hash, proposal)
        if current.mode is not None and not current.mode & stat.S_IWUSR:
            raise FileRefused(f"{proposal.path}: the file is read-only; make it writable to accept. Nothing was changed.")
        chosen = tuple(proposal.hunk_ids if accepted is None else accepted)
        data = current.encode(proposal.result(chosen))
        try:
            write_atomic(path, data, current.mode, precondition=lambda: self._check_fresh_on_disk(path, proposal),
                         expected_hash=proposal.original_hash)
        except ConcurrentEdit as error:
            raise StaleProposal(f"{error} Nothing of yours was overwritten; ask again for the current text.") from error
        except OSError as error:
            raise FileRefused(f"{proposal.path}: could not be written ({error.strerror or error}); the file is as it "
                              "was.") from error
        return Applied(path, chosen, content_hash(data))

    def check_fresh(self, proposal: Proposal) -> None:
        """StaleProposal unless the file is still exactly the version the proposal was made against."""
        if proposal.intent == "create":
            return
        path = self.resolve(proposal.path)
        if not path.exists():
            raise StaleProposal(f"{proposal.path} no longer exists (deleted or renamed); the proposal was not applied.")
        self._check_fresh_on_disk(path, proposal)

    def _create(self, proposal: Proposal, accepted: list[int] | None) -> Applied:
        path = self.resolve(proposal.path)
        chosen = tuple(proposal.hunk_ids if accepted is None else accepted)
        data = proposal.result(chosen).encode("utf-8")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            create_exclusive(path, data)
        except FileExistsError as error:
            raise StaleProposal(f"{proposal.path} was created meanwhile; the draft was not written over it.") from error
        except OSError as error:
            raise FileRefused(f"{proposal.path}: could not be created ({error.strerror or error}).") from error
        return Applied(path, chosen, content_hash(data))

    def _check_fresh_on_disk(self, path: Path, proposal: Proposal) -> None:
        try:
            data = path.read_bytes()
        except OSError as error:
            raise StaleProposal(f"{proposal.path} vanished while the proposal was applied; nothing was written.") from error
        self._check_fresh(path, content_hash(data), proposal)

    @staticmethod
    def _check_fresh(path: Path, current_hash: str, proposal: Proposal) -> None:
        if current_hash != proposal.original_hash:
            raise StaleProposal(
                f"{proposal.path} changed on disk since this proposal was made, so it was not applied and your "
                "version is untouched. Ask again to get a proposal for the current text."
            )
