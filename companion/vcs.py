"""The one GitPython wrapper: commit exactly the files companion changed, nothing else of the user's.

``git commit --only -- PATHS`` commits the working-tree content of those paths and leaves everything
else in the index (the user's staged work) exactly as it was. Errors become VcsError with a message
for the user; this module never prints.
"""

from __future__ import annotations

import functools
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import ParamSpec, TypeVar

# Without a git executable GitPython raises at import; companion must still start, write and say why it
# commits nothing, so the import stays quiet and discover() checks for git itself.
os.environ.setdefault("GIT_PYTHON_REFRESH", "quiet")
import git

FALLBACK_IDENTITY = ("companion", "companion@localhost")
TRAILER = "Co-authored-by: companion <companion@localhost>"
"""Every companion commit ends with this trailer, which is how undo and history find them."""


class VcsError(Exception):
    """Git refused; the message says why and what the user can do."""


@dataclass(frozen=True)
class Commit:
    sha: str
    message: str
    paths: tuple[str, ...]


@dataclass(frozen=True)
class HistoryEntry:
    sha: str
    summary: str
    date: str


P = ParamSpec("P")
R = TypeVar("R")


def _refusals_explained(method: Callable[P, R]) -> Callable[P, R]:
    """Any other refusal of git's (a repository git calls of dubious ownership, a broken index) is a VcsError
    with git's own words, never a traceback."""

    @functools.wraps(method)
    def explained(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return method(*args, **kwargs)
        except git.GitCommandError as error:
            raise VcsError(f"git refused: {_git_reason(error)}") from error

    return explained


class Vcs:
    """A git repository that contains the project folder."""

    def __init__(self, repo: git.Repo) -> None:
        self.repo = repo
        # A path is a file's name, never a pattern: committing "notes[1].md" must not also commit "notes1.md".
        repo.git.update_environment(GIT_LITERAL_PATHSPECS="1")
        self.root = Path(repo.working_tree_dir).resolve()

    @classmethod
    def discover(cls, path: Path) -> Vcs | None:
        """The repository containing ``path``, or None without git, outside any repository or in a bare one."""
        if not git_installed():
            return None
        try:
            repo = git.Repo(path, search_parent_directories=True)
        except (git.InvalidGitRepositoryError, git.NoSuchPathError):
            return None
        if repo.bare or repo.working_tree_dir is None:
            return None
        return cls(repo)

    def holding(self, path: Path) -> Vcs:
        """The repository a file's commits go to: this one, or a submodule (or other repository) nested in it,
        which git will not commit the file from outside."""
        folder = next(folder for folder in path.parents if folder.exists())  # a new file's folder may not exist yet
        nested = Vcs.discover(folder)
        if nested is not None and nested.root != self.root and nested.root.is_relative_to(self.root):
            return nested
        return self

    def refusal(self) -> str | None:
        """Why git refuses to work in this repository at all (dubious ownership, say), or None when it works."""
        try:
            self.repo.git.rev_parse("--git-dir")
        except git.GitCommandError as error:
            return _git_reason(error)
        return None

    @property
    def detached(self) -> bool:
        return self.repo.head.is_detached

    @_refusals_explained
    def has_uncommitted_changes(self, path: Path) -> bool:
        """True when ``path`` differs from HEAD (or is untracked) — edits the user has not committed."""
        relative = self._relative(path)
        if self._unborn():
            return path.exists()
        if self.repo.git.ls_files("--", relative) == "":
            return path.exists() and not self._ignored([relative])
        return bool(self.repo.git.diff("HEAD", "--name-only", "--", relative))

    @_refusals_explained
    def snapshot_user_edits(self, path: Path) -> Commit | None:
        """Commit the user's uncommitted edits of ``path`` as their own, so companion's next commit holds only
        companion's change and undoing it can never take the user's work with it. None when there was nothing."""
        if not self.has_uncommitted_changes(path):
            return None
        return self.commit_paths([path], f"Snapshot of {self._relative(path)} before a companion change", trailer=False)

    @_refusals_explained
    def commit_paths(self, paths: list[Path], message: str, trailer: bool = True) -> Commit:
        """Commit the current content of ``paths`` only; other staged and unstaged changes stay as they are.

        With ``trailer`` (companion's own changes) the message ends with TRAILER, so the commit can be found."""
        self._refuse_in_progress_operation()
        relative = [self._relative(path) for path in paths]
        if trailer:
            message = f"{message}\n\n{TRAILER}"
        untracked = [path for path in relative if not self.repo.git.ls_files("--", path)]
        ignored = self._ignored(untracked)
        if ignored:
            raise VcsError(f"git ignores {', '.join(ignored)} (a .gitignore names it), so companion does not commit it.")
        try:
            if untracked:  # a new file must be known to git before --only can commit it
                self.repo.git.add("--intent-to-add", "--", *untracked)
            self.repo.git.commit("--only", "--no-verify", "-m", message, "--", *relative, env=self._identity_env())
        except git.GitCommandError as error:
            self._forget(untracked)
            raise VcsError(f"git could not commit {', '.join(relative)}: {_git_reason(error)}") from error
        head = self.repo.head.commit
        return Commit(head.hexsha, message, tuple(relative))

    @_refusals_explained
    def companion_commits(self, path: Path | None = None, limit: int = 50) -> list[HistoryEntry]:
        """companion's commits, newest first, optionally only those that changed ``path``."""
        if self._unborn():
            return []
        arguments = ["--format=%H%x00%s%x00%aI", f"--grep={TRAILER}", "--fixed-strings", f"-n{limit}", "HEAD"]
        if path is not None:
            arguments += ["--", self._relative(path)]
        output = self.repo.git.log(*arguments)
        return [HistoryEntry(*line.split("\0")) for line in output.splitlines() if line]

    @_refusals_explained
    def file_at(self, sha: str, path: Path) -> bytes:
        try:
            return self.repo.git.show(f"{sha}:{self._relative(path)}", stdout_as_string=False)
        except git.GitCommandError as error:
            raise VcsError(f"{self._relative(path)} does not exist in commit {sha[:8]}.") from error

    @_refusals_explained
    def undo_last(self) -> str:
        """Undo companion's last commit: drop it when it is HEAD and on no remote, else add a revert commit.

        Either way the user's uncommitted edits stay: ``reset --keep`` and ``revert`` refuse to touch a file
        the user has changed since, and the message then says so. Returns what was done, for the user."""
        self._refuse_in_progress_operation()
        found = self.companion_commits(limit=1)
        if not found:
            raise VcsError("There is no companion commit to undo.")
        last = found[0]
        try:
            if last.sha == self.repo.head.commit.hexsha and not self._published(last.sha) and self.repo.head.commit.parents:
                self.repo.git.reset("--keep", "HEAD~1")
                return f"Undid “{last.summary}” ({last.sha[:8]}): the commit is gone and its files are as they were before."
            self.repo.git.revert("--no-edit", last.sha, env=self._identity_env())
        except git.GitCommandError as error:
            if (Path(self.repo.git_dir) / "REVERT_HEAD").exists():  # it conflicted: put back what was there
                self.repo.git.revert("--abort")
                raise VcsError(
                    f"Could not undo “{last.summary}” ({last.sha[:8]}): later commits changed the same lines, so it "
                    "cannot be taken out on its own. Nothing was changed; edit those lines yourself, or restore an "
                    "earlier version from the file's history."
                ) from error
            raise VcsError(
                f"Could not undo {last.sha[:8]}: {_git_reason(error)}. Your files were not changed; commit or "
                "stash your edits to the same file, then undo again."
            ) from error
        return f"Reverted “{last.summary}” ({last.sha[:8]}) with a new commit {self.repo.head.commit.hexsha[:8]}."

    def _unborn(self) -> bool:
        """True before the first commit. Unlike GitPython's head.is_valid(), a git that refuses the repository
        raises (and is explained) instead of passing for a repository with no history."""
        try:
            self.repo.git.rev_parse("--verify", "--quiet", "HEAD")
        except git.GitCommandError as error:
            if error.status == 1:
                return True
            raise
        return False

    @_refusals_explained
    def is_ignored(self, path: Path) -> bool:
        """True when a .gitignore names ``path``: companion neither watches nor commits it."""
        return bool(self._ignored([self._relative(path)]))

    def _ignored(self, paths: list[str]) -> list[str]:
        """Those of ``paths`` (relative to the root) a .gitignore names. check-ignore reads paths as given, and refuses the literal-pathspec
        setting the other commands run with."""
        if not paths:
            return []
        try:
            output = self.repo.git.check_ignore("--", *paths, env={"GIT_LITERAL_PATHSPECS": "0"})
        except git.GitCommandError as error:
            if error.status == 1:  # none of them is ignored
                return []
            raise
        return output.splitlines()

    def _forget(self, untracked: list[str]) -> None:
        """After a failed commit, new files are untracked again: the user's index is as it was."""
        known = [path for path in untracked if self.repo.git.ls_files("--", path)]
        if known:
            self.repo.git.rm("--cached", "--quiet", "--", *known)

    def _published(self, sha: str) -> bool:
        return bool(self.repo.git.branch("-r", "--contains", sha).strip())

    def _relative(self, path: Path) -> str:
        path = path if path.is_absolute() else self.root / path
        return path.resolve().relative_to(self.root).as_posix()

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


def git_installed() -> bool:
    return shutil.which(os.environ.get("GIT_PYTHON_GIT_EXECUTABLE", "git")) is not None


def why_no_repository() -> str:
    """Why there is no Vcs (discover gave None), to begin a sentence for the user."""
    if not git_installed():
        return "Git is not installed (no git on PATH)"
    return "This project is not in a git repository"


def _git_reason(error: git.GitCommandError) -> str:
    text = (error.stderr or error.stdout or str(error)).strip()
    return text.removeprefix("stderr:").strip(" '\n") or f"exit status {error.status}"
