"""A proposal under review, drawn inside the document: the unchanged text as it is, each hunk in place as
its removed lines and the lines that replace them, decided one by one with a key. Long lines wrap in
their text column, beside the line numbers and −/+ signs, so a paragraph on one line stays readable.

While a proposal is under review this view takes the document's place (the app hides the plain document).
Stale hunks (their text changed on disk) have no place in the new text; they are listed after it, struck
through. When every hunk has a decision, the view posts ``Decided`` with the accepted ones; the app applies them.
"""

from __future__ import annotations

import bisect

from rich.console import Group
from rich.table import Table
from rich.text import Text
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.message import Message
from textual.reactive import reactive
from textual.widgets import Static

from companion.proposals import Hunk, Proposal
from companion.tui.side_by_side import SideBySideScreen

MARKS = {None: "•", True: "✓", False: "✗"}


class ContextView(Static):
    """Unchanged lines of the document between two hunks."""

    DEFAULT_CSS = "ContextView { padding: 0 1; color: $text-muted; }"


class HunkView(Static):
    DEFAULT_CSS = """
    HunkView { padding: 0 1 0 0; border-left: blank; }
    HunkView.-current { background: $boost; border-left: thick $accent; }
    HunkView.-accepted { border-left: thick $success; }
    HunkView.-rejected { color: $text-muted; }
    HunkView.-stale { color: $text-disabled; text-style: strike; }
    """


class ProposalView(VerticalScroll, can_focus=True):
    DEFAULT_CSS = """
    ProposalView { height: 1fr; border: round $panel; display: none; }
    ProposalView.-active { display: block; }
    ProposalView:focus { border: round $accent; }
    """

    BINDINGS = [
        Binding("a", "accept", "Accept hunk"),
        Binding("r", "reject", "Reject hunk"),
        Binding("A", "accept_all", "Accept all"),
        Binding("R", "reject_all", "Reject all"),
        Binding("v", "side_by_side", "Side by side"),
        Binding("j,down,n", "next_hunk", "Next hunk", show=False),
        Binding("k,up,p", "previous_hunk", "Previous hunk", show=False),
    ]

    current: reactive[int] = reactive(0)
    """Position of the hunk in focus, in the order they are shown (through the document, then stale ones)."""

    class Decided(Message):
        """Every hunk has a decision; ``accepted`` lists the hunk ids to apply (possibly none)."""

        def __init__(self, proposal: Proposal, accepted: list[int]) -> None:
            super().__init__()
            self.proposal = proposal
            self.accepted = accepted

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.proposal: Proposal | None = None
        self.decisions: dict[int, bool | None] = {}
        self.order: list[Hunk] = []
        self._spans: dict[int, tuple[int, int]] = {}  # hunk id → the whole lines it is drawn over
        self._views: dict[int, HunkView] = {}
        self._lines = LineNumbers("")

    def show(self, proposal: Proposal) -> None:
        self.decisions = {hunk.id: None for hunk in proposal.hunks}
        self._draw(proposal)
        self.add_class("-active")
        self.current = 0

    def update_proposal(self, proposal: Proposal) -> None:
        """The same proposal after its file changed: decisions kept, stale hunks disabled."""
        if self.proposal is None:
            return
        for hunk in proposal.hunks:
            if hunk.stale:
                self.decisions[hunk.id] = False
        self._draw(proposal)
        self.current = min(self.current, max(len(self.order) - 1, 0))

    def clear(self) -> None:
        self.proposal = None
        self.decisions = {}
        self.order = []
        self._views = {}
        self.remove_children()
        self.remove_class("-active")

    def _draw(self, proposal: Proposal) -> None:
        self.proposal = proposal
        self.remove_children()
        self.mount_all(self._pieces(proposal))
        stale = sum(h.stale for h in proposal.hunks)
        self.border_title = f"{proposal.path}: {len(proposal.hunks)} hunk(s) for “{proposal.request}”" + (f", {stale} stale" if stale else "")
        self.border_subtitle = "a accept · r reject · A/R all · j/k move · v side by side"
        self.call_after_refresh(self._refresh_hunks)

    def _pieces(self, proposal: Proposal) -> list[Static]:
        """The document from top to bottom: context, hunk, context, …, then the stale hunks."""
        lines = self._lines = LineNumbers(proposal.original)
        live = sorted((h for h in proposal.hunks if not h.stale), key=lambda h: h.start)
        stale = [h for h in proposal.hunks if h.stale]
        self.order = live + stale
        self._spans = {}
        self._views = {hunk.id: HunkView() for hunk in self.order}
        pieces: list[Static] = []
        shown_to = 0
        for hunk in live:
            start, end = lines.line_start(hunk.start), lines.line_end(hunk.end)
            start = max(start, shown_to)  # two hunks on one line: the second starts where the first ended
            if start > shown_to:
                pieces.append(ContextView(lines.numbered(proposal.original[shown_to:start], shown_to)))
            pieces.append(self._views[hunk.id])
            self._spans[hunk.id] = (start, end)
            shown_to = max(end, shown_to)
        if shown_to < len(proposal.original):
            pieces.append(ContextView(lines.numbered(proposal.original[shown_to:], shown_to)))
        if stale:
            pieces.append(Static(Text("Stale: their text changed on disk, so they cannot be accepted", style="bold")))
            pieces += [self._views[hunk.id] for hunk in stale]
        return pieces

    def watch_current(self) -> None:
        self._refresh_hunks()

    def action_accept(self) -> None:
        self._decide(self.current, True)

    def action_reject(self) -> None:
        self._decide(self.current, False)

    def action_accept_all(self) -> None:
        self._decide_all(True)

    def action_reject_all(self) -> None:
        self._decide_all(False)

    def action_side_by_side(self) -> None:
        if self.order:
            self.app.push_screen(SideBySideScreen(self.proposal.path, self.order[self.current]))

    def action_next_hunk(self) -> None:
        if self.current < len(self.order) - 1:
            self.current += 1

    def action_previous_hunk(self) -> None:
        if self.current > 0:
            self.current -= 1

    def _decide(self, position: int, accept: bool) -> None:
        if not self.order:
            return
        if accept and self.order[position].stale:
            self.notify("This hunk is stale: its text changed on disk, so it cannot be accepted.", severity="warning")
            return
        self.decisions[self.order[position].id] = accept
        undecided = [i for i, hunk in enumerate(self.order) if self.decisions[hunk.id] is None]
        if not undecided:
            self._refresh_hunks()
            self._finish()
            return
        later = [i for i in undecided if i > position]
        self.current = later[0] if later else undecided[0]
        self._refresh_hunks()

    def _decide_all(self, accept: bool) -> None:
        if self.proposal is None:
            return
        stale = {hunk.id for hunk in self.proposal.hunks if hunk.stale}
        for hunk_id in self.decisions:
            if self.decisions[hunk_id] is None:
                self.decisions[hunk_id] = accept and hunk_id not in stale
        self._refresh_hunks()
        self._finish()

    def _finish(self) -> None:
        accepted = [hunk_id for hunk_id, decision in self.decisions.items() if decision]
        self.post_message(self.Decided(self.proposal, accepted))

    def _refresh_hunks(self) -> None:
        if self.proposal is None:
            return
        for position, hunk in enumerate(self.order):
            view = self._views[hunk.id]
            if not view.is_mounted:
                continue
            decision = self.decisions[hunk.id]
            view.update(self._render_hunk(hunk, decision))
            view.set_class(position == self.current, "-current")
            view.set_class(decision is True, "-accepted")
            view.set_class(decision is False and not hunk.stale, "-rejected")
            view.set_class(hunk.stale, "-stale")
            if position == self.current:
                self.scroll_to_center(view, animate=False)

    def _render_hunk(self, hunk: Hunk, decision: bool | None) -> Group:
        """The hunk's lines as they are (−) and as proposed (+), whole lines, numbered like the document."""
        state = {None: "undecided", True: "accepted", False: "rejected"}[decision]
        header = Text(f" {MARKS[decision]} hunk {hunk.id} of {len(self.order)}: {'stale' if hunk.stale else state}", style="bold")
        if hunk.tentative:
            header.append(f" · tentative: {hunk.tentative}", style="italic")
        if hunk.stale:
            before, after, first = hunk.old, hunk.new, None
        else:
            start, end = self._spans[hunk.id]
            original = self.proposal.original
            before = original[start:end]
            after = original[start : hunk.start] + hunk.new + original[hunk.end : end]
            first = self._lines.number(start)
        removed, added = ("red", "green") if not hunk.stale else ("", "")
        rows = numbered_grid(self._lines.width)
        for offset, line in enumerate(before.splitlines()):
            rows.add_row("" if first is None else str(first + offset), " - ", Text(line), style=removed)
        for line in after.splitlines():
            rows.add_row("", " + ", Text(line), style=added)
        if not before and not after:
            rows.add_row("", "   ", "(an empty line)")
        return Group(header, rows)


def numbered_grid(number_width: int) -> Table:
    """Rows of line number, sign and text, the text wrapping in its own column."""
    grid = Table.grid()
    grid.add_column(justify="right", width=number_width, no_wrap=True)
    grid.add_column(width=3, no_wrap=True)
    grid.add_column(ratio=1)
    return grid


class LineNumbers:
    """Line numbers of a text's offsets, and whole-line boundaries around them."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts = [0]
        for line in text.splitlines(keepends=True):
            self.starts.append(self.starts[-1] + len(line))
        self.width = max(len(str(len(self.starts))), 3)

    def number(self, offset: int) -> int:
        return bisect.bisect_right(self.starts, offset)

    def line_start(self, offset: int) -> int:
        return self.starts[self.number(offset) - 1] if offset < len(self.text) else offset

    def line_end(self, offset: int) -> int:
        """The end of the line ``offset`` is on, or ``offset`` itself when it starts a line (an exclusive end)."""
        if offset in self.starts or offset >= len(self.text):
            return offset
        return self.starts[self.number(offset)]

    def numbered(self, chunk: str, offset: int) -> Table:
        first = self.number(offset)
        grid = numbered_grid(self.width)
        for i, line in enumerate(chunk.splitlines()):
            grid.add_row(str(first + i), "   ", Text(line))
        return grid
