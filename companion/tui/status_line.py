"""One line at the bottom: the model, what it is doing, and how fast."""

from __future__ import annotations

from textual.reactive import reactive
from textual.widgets import Static


class StatusLine(Static):
    DEFAULT_CSS = """
    StatusLine { height: 1; background: $panel; color: $text; padding: 0 1; }
    """

    model: reactive[str] = reactive("")
    state: reactive[str] = reactive("starting")
    tokens_per_second: reactive[float] = reactive(0.0)

    def render(self) -> str:
        speed = f"  {self.tokens_per_second:.1f} tok/s" if self.tokens_per_second else ""
        return f"{self.model or 'no model'}  ·  {self.state}{speed}"
