"""One hunk, before and after, in two columns: for changes easier to judge whole than as a diff."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.screen import ModalScreen
from textual.widgets import Static

from companion.proposals import Hunk


class SideBySideScreen(ModalScreen[None]):
    DEFAULT_CSS = """
    SideBySideScreen { align: center middle; }
    SideBySideScreen > Horizontal { width: 95%; height: 80%; background: $surface; }
    SideBySideScreen Static { width: 1fr; height: 1fr; border: round $panel; padding: 0 1; overflow-y: auto; }
    SideBySideScreen #after { border: round $accent; }
    """
    BINDINGS = [Binding("escape,v,q", "dismiss", "Close")]

    def __init__(self, path: str, hunk: Hunk) -> None:
        super().__init__()
        self.path = path
        self.hunk = hunk

    def compose(self) -> ComposeResult:
        with Horizontal():
            before = Static(self.hunk.old or "(nothing: the hunk inserts text)", id="before", markup=False)
            before.border_title = f"{self.path}: now"
            after = Static(self.hunk.new or "(nothing: the hunk deletes this)", id="after", markup=False)
            after.border_title = "proposed" + (" (stale)" if self.hunk.stale else "")
            yield before
            yield after
