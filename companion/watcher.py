"""Watching the project folder: what the user saves in their editor reaches companion, debounced.

A watchdog observer reports raw events; editors save in several steps (temp file, rename, chmod), so
events are collected per path until the folder has been quiet for the debounce window, then reported
once as a FileChange. `.git/` is never reported; files git ignores, binary files and files over the
size limit are reported with the reason they are skipped, so the user can see why nothing happens.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from watchdog.events import FileSystemEvent, FileSystemEventHandler
from watchdog.observers import Observer

from companion.vcs import Vcs, VcsError

BINARY_PROBE = 8192


class WatchError(Exception):
    """The operating system will not let companion watch the project; the message says what to do."""


@dataclass(frozen=True)
class FileChange:
    path: Path
    kind: str
    """"modified" (created or changed), "deleted" or "moved" (then ``moved_to`` is the new path)."""
    moved_to: Path | None = None
    skipped: str | None = None
    """Why companion ignores this file (git-ignored, binary, too large), or None."""


class ProjectWatcher:
    def __init__(
        self,
        root: Path,
        on_change: Callable[[FileChange], None],
        *,
        debounce_seconds: float = 0.4,
        max_file_bytes: int = 5_000_000,
        vcs: Vcs | None = None,
    ) -> None:
        self.root = root.resolve()
        self.on_change = on_change
        self.debounce_seconds = debounce_seconds
        self.max_file_bytes = max_file_bytes
        self.vcs = vcs
        self._pending: dict[Path, FileChange] = {}
        self._lock = threading.Lock()
        self._timer: threading.Timer | None = None
        self._observer = Observer()
        self._observer.schedule(_Handler(self), str(self.root), recursive=True)

    def start(self) -> None:
        """Start watching, or WatchError when the system refuses (a folder tree over Linux's inotify limits)."""
        try:
            self._observer.start()
        except OSError as error:
            advice = " (on Linux: sudo sysctl fs.inotify.max_user_watches=524288)" if "inotify" in str(error) else ""
            raise WatchError(
                f"companion cannot watch {self.root}: {error.strerror or error}{advice}. Saves made in your editor "
                "are not seen; reopen a file to read it again."
            ) from error

    def stop(self) -> None:
        self._observer.stop()
        self._observer.join(timeout=5)
        with self._lock:
            if self._timer:
                self._timer.cancel()

    def __enter__(self) -> ProjectWatcher:
        self.start()
        return self

    def __exit__(self, *exc) -> None:
        self.stop()

    def record(self, event: FileSystemEvent) -> None:
        if event.is_directory:
            return
        source = Path(str(event.src_path)).resolve()
        target = Path(str(event.dest_path)).resolve() if getattr(event, "dest_path", "") else None
        if self._inside_git(source) and (target is None or self._inside_git(target)):
            return
        with self._lock:
            if event.event_type == "moved" and target is not None:
                if self._inside_git(source) or _looks_temporary(source):  # an editor's safe save: temp file renamed over
                    self._pending[target] = FileChange(target, "modified")
                else:
                    self._pending[source] = FileChange(source, "moved", moved_to=target)
                    self._pending.pop(target, None)
            elif event.event_type in ("created", "modified", "closed"):
                if source not in self._pending or self._pending[source].kind != "moved":
                    self._pending[source] = FileChange(source, "modified")
            elif event.event_type == "deleted":
                self._pending[source] = FileChange(source, "deleted")
            else:
                return
            if self._timer:
                self._timer.cancel()
            self._timer = threading.Timer(self.debounce_seconds, self._flush)
            self._timer.daemon = True
            self._timer.start()

    def _flush(self) -> None:
        with self._lock:
            pending, self._pending, self._timer = self._pending, {}, None
        for change in pending.values():
            change = self._classify(change)
            if change is not None:
                self.on_change(change)

    def _classify(self, change: FileChange) -> FileChange | None:
        """Settle what happened by looking at the disk now (the events may have raced each other)."""
        path = change.moved_to or change.path
        if change.kind == "modified" and not change.path.exists():
            return None  # created and removed again within the window: a temporary file
        if _looks_temporary(path):
            return None
        if change.kind == "deleted" and change.path.exists():
            change = FileChange(change.path, "modified")
        if change.kind == "deleted":
            return change
        reason = self.skip_reason(path)
        return FileChange(change.path, change.kind, change.moved_to, reason)

    def _ignored_by_git(self, path: Path) -> bool:
        try:
            return self.vcs is not None and self.vcs.is_ignored(path)
        except VcsError:
            return False  # git refuses the repository: said when the project was opened, and again on accepting

    def skip_reason(self, path: Path) -> str | None:
        relative = path.relative_to(self.root).as_posix()
        if self._ignored_by_git(path):
            return f"{relative}: ignored by the repository's ignore rules"
        try:
            size = path.stat().st_size
            with path.open("rb") as file:
                head = file.read(BINARY_PROBE)
        except OSError as error:
            return f"{relative}: cannot be read ({error.strerror})"
        if size > self.max_file_bytes:
            return f"{relative}: {size:,} bytes is over the {self.max_file_bytes:,}-byte limit (max_file_bytes)"
        if b"\0" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
            return f"{relative}: a binary file"
        return None

    def _inside_git(self, path: Path) -> bool:
        try:
            return ".git" in path.relative_to(self.root).parts
        except ValueError:
            return True  # outside the project: never reported


def _looks_temporary(path: Path) -> bool:
    """Editors' swap and backup files (vim, emacs, JetBrains), never documents."""
    name = path.name
    return name.endswith(("~", ".swp", ".swx", ".tmp", ".companion-tmp", "___jb_tmp___", "___jb_old___")) or name.startswith((".#", "#")) or name == "4913"


class _Handler(FileSystemEventHandler):
    def __init__(self, watcher: ProjectWatcher) -> None:
        self.watcher = watcher

    def on_any_event(self, event: FileSystemEvent) -> None:
        if event.event_type != "opened" and event.event_type != "closed_no_write":
            self.watcher.record(event)
