"""The project's files, without the folders nobody edits by hand, each marked with what companion knows of it."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from rich.style import Style
from rich.text import Text
from textual.widgets import DirectoryTree
from textual.widgets._directory_tree import DirEntry
from textual.widgets._tree import TreeNode

HIDDEN_NAMES = frozenset({".git", ".venv", "venv", "node_modules", "__pycache__", ".mypy_cache", ".pytest_cache", ".hypothesis"})
MARKS = {"pending": ("●", "a suggestion is waiting for review"), "changed": ("✎", "saved in the editor"),
         "skipped": ("⊘", "skipped: ignored, binary or too large")}


class ProjectTree(DirectoryTree):
    DEFAULT_CSS = """
    ProjectTree { width: 30; border-right: solid $panel; }
    """

    def __init__(self, path: Path, **kwargs) -> None:
        super().__init__(path, **kwargs)
        self.root.set_label(Text(path.name or str(path)))  # the folder's name: the full path wastes the narrow pane
        self.marks: dict[Path, str] = {}

    def mark(self, path: Path, kind: str | None) -> None:
        """Mark ``path`` as pending, changed or skipped (None clears the mark)."""
        if kind is None:
            self.marks.pop(path.resolve(), None)
        else:
            self.marks[path.resolve()] = kind
        self.refresh()

    def filter_paths(self, paths: Iterable[Path]) -> Iterable[Path]:
        return [path for path in paths if path.name not in HIDDEN_NAMES]

    def render_label(self, node: TreeNode[DirEntry], base_style: Style, style: Style) -> Text:
        label = super().render_label(node, base_style, style)
        kind = self.marks.get(node.data.path.resolve()) if node.data is not None else None
        if kind is not None:
            label.append(f" {MARKS[kind][0]}", style="bold yellow" if kind == "pending" else "dim")
        return label
