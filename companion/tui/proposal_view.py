"""A proposal under review: its hunks as diffs, each accepted or rejected with a key.

When every hunk has a decision, the view posts ``Decided`` with the accepted ones; the app applies them.
"""

from __future__ import annotations

from rich.text import Text
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.message import Message
from textual.reactive import reactive
from textual.widgets import Static

from companion.proposals import Hunk, Proposal
from companion.tui.side_by_side import SideBySideScreen

MARKS = {None: "  ", True: "✓ ", False: "✗ "}


class HunkView(Static):
    DEFAULT_CSS = """
    HunkView { padding: 0 1; margin-bottom: 1; }
    HunkView.-current { background: $boost; border-left: thick $accent; }
    HunkView.-accepted { color: $success; }
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
        Binding("j,down", "next_hunk", "Next", show=False),
        Binding("k,up", "previous_hunk", "Previous", show=False),
    ]

    current: reactive[int] = reactive(0)

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

    def show(self, proposal: Proposal) -> None:
        self.proposal = proposal
        self.decisions = {hunk.id: None for hunk in proposal.hunks}
        self.remove_children()
        self.mount_all(HunkView(id=f"hunk-{hunk.id}") for hunk in proposal.hunks)
        self.border_title = f"{proposal.path}: {len(proposal.hunks)} hunk(s) for “{proposal.request}”"
        self.add_class("-active")
        self.current = 0
        self.call_after_refresh(self._refresh_hunks)

    def update_proposal(self, proposal: Proposal) -> None:
        """The same proposal after its file changed: decisions kept, stale hunks disabled."""
        if self.proposal is None:
            return
        self.proposal = proposal
        for hunk in proposal.hunks:
            if hunk.stale:
                self.decisions[hunk.id] = False
        stale = sum(h.stale for h in proposal.hunks)
        self.border_title = f"{proposal.path}: {len(proposal.hunks)} hunk(s) for “{proposal.request}”" + (f", {stale} stale" if stale else "")
        self._refresh_hunks()

    def clear(self) -> None:
        self.proposal = None
        self.decisions = {}
        self.remove_children()
        self.remove_class("-active")

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
        if self.proposal is not None and self.proposal.hunks:
            self.app.push_screen(SideBySideScreen(self.proposal.path, self.proposal.hunks[self.current]))

    def action_next_hunk(self) -> None:
        if self.proposal and self.current < len(self.proposal.hunks) - 1:
            self.current += 1

    def action_previous_hunk(self) -> None:
        if self.current > 0:
            self.current -= 1

    def _decide(self, position: int, accept: bool) -> None:
        if self.proposal is None or not self.proposal.hunks:
            return
        if accept and self.proposal.hunks[position].stale:
            self.notify("This hunk is stale: its text changed on disk, so it cannot be accepted.", severity="warning")
            return
        self.decisions[self.proposal.hunks[position].id] = accept
        undecided = [i for i, hunk in enumerate(self.proposal.hunks) if self.decisions[hunk.id] is None]
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
        for position, hunk in enumerate(self.proposal.hunks):
            views = self.query(f"#hunk-{hunk.id}")
            if not views:
                continue
            view = views.first(HunkView)
            decision = self.decisions[hunk.id]
            view.update(self._render_hunk(hunk, decision))
            view.set_class(position == self.current, "-current")
            view.set_class(decision is True, "-accepted")
            view.set_class(decision is False and not hunk.stale, "-rejected")
            view.set_class(hunk.stale, "-stale")
            if position == self.current:
                self.scroll_to_widget(view, animate=False)

    def _render_hunk(self, hunk: Hunk, decision: bool | None) -> Text:
        label = f"{MARKS[decision]}hunk {hunk.id}" + (" — stale: its text changed on disk" if hunk.stale else "")
        text = Text(label + "\n", style="bold")
        for line in self.proposal.hunk_diff(hunk).splitlines():
            style = "green" if line.startswith("+") else "red" if line.startswith("-") else "cyan" if line.startswith("@@") else ""
            text.append(line + "\n", style="" if hunk.stale else style)
        return text
