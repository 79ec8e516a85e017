"""companion's past changes to the open file; choosing one proposes restoring the file as it was then."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from companion.vcs import HistoryEntry


class HistoryScreen(ModalScreen[str | None]):
    """Dismissed with the chosen commit's sha, or None."""

    DEFAULT_CSS = """
    HistoryScreen { align: center middle; }
    HistoryScreen > #history-box { width: 90%; max-width: 100; height: auto; max-height: 80%; border: round $accent; background: $surface; padding: 0 1; }
    HistoryScreen OptionList { height: auto; max-height: 20; }
    """
    BINDINGS = [Binding("escape", "dismiss_none", "Close")]

    def __init__(self, path: str, entries: list[HistoryEntry]) -> None:
        super().__init__()
        self.path = path
        self.entries = entries

    def compose(self) -> ComposeResult:
        with Static(id="history-box") as box:
            box.border_title = f"companion's changes to {self.path}: Enter restores the file as it was after one"
            yield OptionList(*(Option(f"{e.sha[:8]}  {e.date[:16].replace('T', ' ')}  {e.summary}", id=e.sha) for e in self.entries))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def action_dismiss_none(self) -> None:
        self.dismiss(None)
