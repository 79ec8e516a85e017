"""The chat: questions the user asked and the answers, streamed in as the model writes them, and what came of each
request for a change, which a notification alone would show for a few seconds only."""

from __future__ import annotations

from textual.containers import VerticalScroll
from textual.widgets import Static


class ConversationView(VerticalScroll):
    DEFAULT_CSS = """
    ConversationView { height: auto; max-height: 14; border: round $panel; display: none; }
    ConversationView.-active { display: block; }
    ConversationView .question { color: $accent; text-style: bold; }
    ConversationView .answer { margin-bottom: 1; }
    ConversationView .outcome { color: $text-muted; }
    """

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self._answer: Static | None = None
        self._text = ""

    def ask(self, question: str) -> None:
        """Show the question and an empty answer that ``append`` fills in."""
        self.add_class("-active")
        self._text = ""
        self._answer = Static("…", classes="answer", markup=False)
        self.mount(Static(f"› {question}", classes="question", markup=False))
        self.mount(self._answer)
        self.scroll_end(animate=False)

    def tell(self, request: str, outcome: str) -> None:
        """Log what came of a request that asked for no answer: the change proposed, or why there is none."""
        self.add_class("-active")
        self.mount(Static(f"› {request}: {outcome}", classes="outcome", markup=False))
        self.scroll_end(animate=False)

    @property
    def answering(self) -> bool:
        return self._answer is not None

    def append(self, piece: str) -> None:
        if self._answer is None:
            return
        self._text += piece
        self._answer.update(self._text)
        self.scroll_end(animate=False)

    def finish(self, text: str) -> None:
        if self._answer is not None:
            self._answer.update(text or "(no answer)")
        self._answer = None

    @property
    def answers(self) -> list[str]:
        return [str(widget.render()) for widget in self.query(".answer")]

    @property
    def outcomes(self) -> list[str]:
        return [str(widget.render()) for widget in self.query(".outcome")]
