"""The one GitPython wrapper: commit exactly the files companion changed, nothing else of the user's.

``git commit --only -- PATHS`` commits the working-tree content of those paths and leaves everything
else in the index (the user's staged work) exactly as it was. Errors become VcsError with a message
for the user; this module never prints.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import git

FALLBACK_IDENTITY = ("companion", "companion@localhost")


class VcsError(Exception):
    """Git refused; the message says why and what the user can do."""


@dataclass(frozen=True)
class Commit:
    sha: str
    message: str
    paths: tuple[str, ...]


class Vcs:
    """A git repository that contains the project folder."""

    def __init__(self, repo: git.Repo) -> None:
        self.repo = repo
        self.root = Path(repo.working_tree_dir).resolve()

    @classmethod
    def discover(cls, path: Path) -> "Vcs | None":
        """The repository containing ``path``, or None outside any repository (or in a bare one)."""
        try:
            repo = git.Repo(path, search_parent_directories=True)
        except (git.InvalidGitRepositoryError, git.NoSuchPathError):
            return None
        if repo.bare or repo.working_tree_dir is None:
            return None
        return cls(repo)

    def commit_paths(self, paths: list[Path], message: str) -> Commit:
        """Commit the current content of ``paths`` only; other staged and unstaged changes stay as they are."""
        self._refuse_in_progress_operation()
        relative = [path.resolve().relative_to(self.root).as_posix() for path in paths]
        try:
            self.repo.git.add("--", *relative)  # new files must be known to git before --only can commit them
            self.repo.git.commit("--only", "--no-verify", "-m", message, "--", *relative, env=self._identity_env())
        except git.GitCommandError as error:
            raise VcsError(f"git could not commit {', '.join(relative)}: {_git_reason(error)}") from error
        head = self.repo.head.commit
        return Commit(head.hexsha, message, tuple(relative))

    def _refuse_in_progress_operation(self) -> None:
        git_dir = Path(self.repo.git_dir)
        for marker, operation in (
            ("MERGE_HEAD", "a merge"),
            ("CHERRY_PICK_HEAD", "a cherry-pick"),
            ("REVERT_HEAD", "a revert"),
            ("rebase-merge", "a rebase"),
            ("rebase-apply", "a rebase"),
        ):
            if (git_dir / marker).exists():
                raise VcsError(
                    f"The repository is in the middle of {operation}; companion does not commit now. "
                    "The file was written; finish or abort the operation, then commit it yourself."
                )

    def _identity_env(self) -> dict[str, str]:
        """Use the user's git identity; only when git has none, commit as companion (instead of failing)."""
        env = {}
        for role in ("AUTHOR", "COMMITTER"):
            try:
                self.repo.git.var(f"GIT_{role}_IDENT")
            except git.GitCommandError:
                env[f"GIT_{role}_NAME"], env[f"GIT_{role}_EMAIL"] = FALLBACK_IDENTITY
        return env


def _git_reason(error: git.GitCommandError) -> str:
    text = (error.stderr or error.stdout or str(error)).strip()
    return text.removeprefix("stderr:").strip(" '\n") or f"exit status {error.status}"
