"""The project's files, without the folders nobody edits by hand."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from textual.widgets import DirectoryTree

HIDDEN_NAMES = frozenset({".git", ".venv", "venv", "node_modules", "__pycache__", ".mypy_cache", ".pytest_cache", ".hypothesis"})


class ProjectTree(DirectoryTree):
    DEFAULT_CSS = """
    ProjectTree { width: 30; border-right: solid $panel; }
    """

    def filter_paths(self, paths: Iterable[Path]) -> Iterable[Path]:
        return [path for path in paths if path.name not in HIDDEN_NAMES]
