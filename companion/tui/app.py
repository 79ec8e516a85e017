"""The terminal UI: project files, the document, a request, the proposal under review, and a status line.

All blocking work (loading the model, generating, writing and committing) runs in thread workers; their
results reach widgets only through ``call_from_thread``, so the interface never freezes.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from textual import on, work
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.theme import Theme
from textual.widgets import DirectoryTree, Footer, Input, ProgressBar, Static

from companion.behaviors.comment import Review, suggestion_proposal
from companion.behaviors.edit import MalformedOutput
from companion.documents import Document, SelectionError
from companion.engine.base import Cancelled, CancelToken, EngineError
from companion.files import FileRefused
from companion.models import ModelError, Progress
from companion.proposals import Proposal
from companion.quick_actions import QuickAction
from companion.session import Answer, RequestError, Session
from companion.themes import ThemeError
from companion.tui.comments_view import CommentsView
from companion.tui.conversation_view import ConversationView
from companion.tui.document_view import DocumentView
from companion.tui.history_screen import HistoryScreen
from companion.tui.project_tree import ProjectTree
from companion.tui.proposal_view import ProposalView
from companion.tui.quick_action_commands import QuickActionCommands
from companion.tui.status_line import StatusLine
from companion.vcs import VcsError
from companion.watch import WatchEvent, WatchService, WatchSettings
from companion.watcher import FileChange, ProjectWatcher, WatchError
from companion.workspace import StaleProposal, Workspace

SessionLoader = Callable[[Progress], Session]
"""Builds the session (resolving, assembling and loading the model), reporting progress as it goes."""

SHOWN_ERRORS = (
    ModelError, EngineError, FileRefused, StaleProposal, MalformedOutput, SelectionError, RequestError, VcsError, OSError,
)


class CompanionApp(App):
    TITLE = "companion"
    COMMANDS = App.COMMANDS | {QuickActionCommands}
    CSS = """
    #main { height: 1fr; }
    #work { width: 1fr; }
    #stream { height: auto; max-height: 8; padding: 0 1; color: $text-muted; display: none; }
    #stream.-active { display: block; }
    #loading { height: 1; display: none; }
    #loading.-active { display: block; }
    #request { dock: bottom; }
    #work.-reviewing DocumentView { display: none; }
    #work.-reviewing ConversationView { display: none; }
    """

    BINDINGS = [
        Binding("escape", "cancel", "Cancel generation"),
        Binding("ctrl+r", "focus_request", "Request"),
        Binding("ctrl+z", "undo", "Undo last change", priority=True),
        Binding("ctrl+y", "history", "History", priority=True),
        Binding("f1", "toggle_help", "Keys"),
        Binding("ctrl+q", "quit", "Quit"),
    ]

    def __init__(
        self,
        workspace: Workspace,
        load_session: SessionLoader,
        themes: list[dict] = (),
        theme: str | None = None,
        quick_actions: list[QuickAction] = (),
        watch: WatchSettings | None = WatchSettings(),
    ) -> None:
        super().__init__()
        self.watch_settings = watch
        self._engine_lock = threading.Lock()  # requests and watched saves (markers) never run the model at once
        self.watch_service: WatchService | None = None
        self.watcher: ProjectWatcher | None = None
        self.quick_actions = list(quick_actions)
        for fields in themes:
            self.register_theme(Theme(**fields))
        if theme is not None:
            if theme not in self.available_themes:
                raise ThemeError(f"Unknown theme {theme!r}; available: {', '.join(sorted(self.available_themes))}.")
            self.theme = theme
        self.workspace = workspace
        self.load_session = load_session
        self.session: Session | None = None
        self.document: Document | None = None
        self.cancel_token: CancelToken | None = None

    def compose(self) -> ComposeResult:
        with Horizontal(id="main"):
            yield ProjectTree(self.workspace.root, id="files")
            with Vertical(id="work"):
                yield DocumentView(id="document")
                yield Static(id="stream")
                yield ProposalView(id="proposal")
                yield CommentsView(id="comments")
                yield ConversationView(id="conversation")
        yield ProgressBar(id="loading", show_eta=False)
        yield Input(placeholder="Ask, or ask for a change (select text first to target it); Ctrl+P for quick actions", id="request")
        yield StatusLine(id="status")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one(DocumentView).bind_quick_actions(self.quick_actions)
        self.query_one(StatusLine).state = "loading model…"
        self.query_one("#loading").add_class("-active")
        self.load_model()

    # --- model ---------------------------------------------------------------------------------------

    @work(thread=True, exclusive=True, group="model")
    def load_model(self) -> None:
        def progress(done: int, total: int) -> None:
            self.call_from_thread(self._show_loading, done, total)

        try:
            session = self.load_session(progress)
        except SHOWN_ERRORS as error:
            self.call_from_thread(self._model_failed, str(error))
            return
        self.call_from_thread(self._model_ready, session)

    def _show_loading(self, done: int, total: int) -> None:
        self.query_one("#loading", ProgressBar).update(total=total, progress=done)
        self.query_one(StatusLine).state = "preparing the default model (first run)…"

    def _model_ready(self, session: Session) -> None:
        self.session = session
        self.query_one("#loading").remove_class("-active")
        status = self.query_one(StatusLine)
        status.model = session.engine.info.name
        status.state = "ready"
        if notice := session.uncommitted_notice():
            self.notify(notice, severity="warning", timeout=30)
        if self.watch_settings is not None:
            self._start_watching(session)

    # --- watching ------------------------------------------------------------------------------------

    def _start_watching(self, session: Session) -> None:
        settings = self.watch_settings
        self.watch_service = WatchService(
            session, self._report_from_watcher,
            proactive_comments=settings.proactive_comments, debounce_seconds=settings.debounce_seconds,
        )
        watcher = ProjectWatcher(
            self.workspace.root, self._file_changed, debounce_seconds=settings.debounce_seconds,
            max_file_bytes=self.workspace.max_file_bytes, vcs=session.vcs,
        )
        try:
            watcher.start()
        except WatchError as error:
            self.notify(str(error), severity="warning", timeout=30)
            return
        self.watcher = watcher

    def _report_from_watcher(self, event: WatchEvent) -> None:
        if self.is_running:
            self.call_from_thread(self._watch_event, event)

    def _pending(self, relative: str) -> bool:
        return self.watch_service is not None and bool(self.watch_service.proposals.get(relative))

    def on_unmount(self) -> None:
        if self.watcher is not None:
            self.watcher.stop()

    def _file_changed(self, change: FileChange) -> None:
        """Called on the watcher's thread; markers and proactive comments may run the model, so it stays there."""
        if self.watch_service is not None and self.document is not None and change.path == self.document.path:
            self.watch_service.remember(self.workspace.relative(change.path), self.document.text)
        if self.watch_service is not None:
            try:
                with self._engine_lock:
                    self.watch_service.handle(change)
            except SHOWN_ERRORS as error:
                if self.is_running:
                    self.call_from_thread(self.notify, str(error), severity="error")

    def _watch_event(self, event: WatchEvent) -> None:
        current = self.workspace.relative(self.document.path) if self.document is not None else None
        tree = self.query_one(ProjectTree)
        if event.kind == "notice":
            self.notify(event.message, severity="warning", timeout=8)
            if event.message.startswith("Skipped"):
                tree.mark(self.workspace.root / event.path, "skipped")
        elif event.kind == "refreshed":
            tree.mark(self.workspace.root / event.path, "pending" if self._pending(event.path) else "changed")
        if event.kind == "refreshed" and event.path == current:
            self.open_file(self.document.path, keep_review=True)
        elif event.kind == "proposal_updated":
            view = self.query_one(ProposalView)
            if view.proposal is not None and view.proposal.request == event.proposal.request and view.proposal.path in (event.path, current):
                view.update_proposal(event.proposal)
        elif event.kind == "proposal":
            self.open_file(self.workspace.resolve(event.path), keep_review=True)
            self._show_proposal(event.proposal)
        elif event.kind == "review" and event.path == current:
            self._show_comments(event.review)
        elif event.kind == "answer":
            conversation = self.query_one(ConversationView)
            conversation.ask(f"{event.path}: {event.message}")
            conversation.finish(event.answer.text)

    def _model_failed(self, message: str) -> None:
        self.query_one("#loading").remove_class("-active")
        self.query_one(StatusLine).state = "no model"
        self.notify(message, title="The model could not be loaded", severity="error", timeout=30)

    # --- documents -----------------------------------------------------------------------------------

    @on(DirectoryTree.FileSelected)
    def open_selected_file(self, event: DirectoryTree.FileSelected) -> None:
        self.open_file(event.path)

    def open_file(self, path: Path, keep_review: bool = False) -> None:
        try:
            document = self.workspace.open_document(path)
        except (FileRefused, OSError) as error:
            self.notify(str(error), severity="warning")
            return
        if self.document is not None and self.document.path != document.path:
            self.query_one(CommentsView).dismiss()
        self.document = document
        self.query_one(DocumentView).show(document)
        if not keep_review:
            self._end_review()

    # --- requests ------------------------------------------------------------------------------------

    @on(Input.Submitted, "#request")
    def submit_request(self, event: Input.Submitted) -> None:
        request = event.value.strip()
        if request and self.start_request(request):
            event.input.clear()

    def action_quick_action(self, name: str) -> None:
        """A quick action's key, pressed in the document."""
        action = next((a for a in self.quick_actions if a.name == name), None)
        if action is not None:
            self.run_quick_action(action)

    def run_quick_action(self, action: QuickAction) -> None:
        if self.document is None:
            self.notify("Open a file first: quick actions work on the open document.", severity="warning")
            return
        has_selection = self.query_one(DocumentView).selection_span() is not None
        self.start_request(action.request, action.intent_for(has_selection))

    def start_request(self, request: str, intent: str | None = None) -> bool:
        """Send ``request`` to the model (routed unless ``intent`` is given); False when it cannot start."""
        if self.session is None:
            self.notify("The model is still loading; try again in a moment.", severity="warning")
            return False
        self.cancel_token = CancelToken()
        stream = self.query_one("#stream", Static)
        stream.update("")
        self.query_one(StatusLine).state = f"working on “{request}”…"
        path = self.document.path if self.document is not None else None
        self.handle_request(request, path, self.query_one(DocumentView).selection_span(), intent, self.cancel_token)
        return True

    @work(thread=True, exclusive=True, group="model")
    def handle_request(
        self, request: str, path: Path | None, selection: tuple[int, int] | None, intent: str | None, cancel: CancelToken
    ) -> None:
        streamed: list[str] = []
        try:
            with self._engine_lock:
                intent = intent or self.session.route(request, path, selection)
                self.call_from_thread(self._request_routed, request, intent)
                sink = self._answer_piece if intent == "answer" else self._edit_piece

                def on_text(piece: str) -> None:
                    streamed.append(piece)
                    self.call_from_thread(sink, piece, "".join(streamed))

                _, outcome = self.session.handle(request, path, selection=selection, intent=intent, cancel=cancel, on_text=on_text)
        except Cancelled:
            self.call_from_thread(self._generation_done, "cancelled")
            return
        except SHOWN_ERRORS as error:
            self.call_from_thread(self._generation_done, "ready", str(error), request)
            return
        self.call_from_thread(self._show_outcome, outcome)

    def _request_routed(self, request: str, intent: str) -> None:
        self.query_one(StatusLine).state = f"{intent}: “{request}”…"
        if intent == "answer":
            self.query_one(ConversationView).ask(request)
        else:
            self.query_one("#stream").add_class("-active")

    def _answer_piece(self, piece: str, text: str) -> None:
        self.query_one(ConversationView).append(piece)
        self.query_one(StatusLine).tokens_per_second = self.session.engine.last_stats.tokens_per_second

    def _edit_piece(self, piece: str, text: str) -> None:
        self.query_one("#stream", Static).update(text[-600:])
        self.query_one(StatusLine).tokens_per_second = self.session.engine.last_stats.tokens_per_second

    def _generation_done(self, state: str, error: str | None = None, request: str = "") -> None:
        self.cancel_token = None
        self.query_one("#stream").remove_class("-active")
        self.query_one(StatusLine).state = state
        if error:
            conversation = self.query_one(ConversationView)
            if conversation.answering:
                conversation.finish("")  # a failed answer reads "(no answer)", not what streamed
            else:
                conversation.tell(request, error)
            self.notify(error, severity="error", timeout=10)

    def _show_outcome(self, outcome: Answer | Proposal | Review) -> None:
        self._generation_done("ready")
        self.query_one(StatusLine).tokens_per_second = self.session.engine.last_stats.tokens_per_second
        if isinstance(outcome, Answer):
            self.query_one(ConversationView).finish(outcome.text)
        elif isinstance(outcome, Review):
            self._show_review(outcome)
        else:
            self._show_proposal(outcome)

    def _show_comments(self, review: Review) -> None:
        self.query_one(CommentsView).show(review)
        self.query_one(DocumentView).show_comments(review.comments)

    def _show_review(self, review: Review) -> None:
        view = self.query_one(CommentsView)
        self._show_comments(review)
        if review.comments:
            view.focus()  # the comments list, titled with their count, is what came of it
        else:
            left_out = review.left_out()
            message = "No comments." + (f" {left_out.capitalize()}." if left_out else "")
            self.query_one(ConversationView).tell(review.request, message)
            self.notify(message)

    def _show_proposal(self, proposal: Proposal) -> None:
        conversation = self.query_one(ConversationView)
        if not proposal.hunks:
            message = "No change was proposed: the text already does what was asked, or the model kept it as it was."
            conversation.tell(proposal.request, message)
            self.notify(message)
            return
        changes = f"{len(proposal.hunks)} change{'s' if len(proposal.hunks) > 1 else ''}"
        conversation.tell(proposal.request, f"{changes} proposed to {proposal.path}, to accept or reject.")
        self.query_one(StatusLine).state = "reviewing"
        view = self.query_one(ProposalView)
        if view.proposal is not None and self.watch_service is not None:
            self.watch_service.settle(view.proposal)
        view.show(proposal)
        self.query_one("#work").add_class("-reviewing")
        view.focus()
        if self.watch_service is not None:
            self.watch_service.track(proposal)
        if proposal.intent != "create":
            self.query_one(ProjectTree).mark(self.workspace.root / proposal.path, "pending")

    # --- comments ------------------------------------------------------------------------------------

    @on(CommentsView.Selected)
    def jump_to_comment(self, event: CommentsView.Selected) -> None:
        self.query_one(DocumentView).select_span(event.comment.start, event.comment.end)

    @on(DocumentView.CommentUnderCursor)
    def show_comment_under_cursor(self, event: DocumentView.CommentUnderCursor) -> None:
        comments = self.query_one(CommentsView)
        if comments.review is not None and event.index < comments.option_count:
            with comments.prevent(CommentsView.Selected):  # the user is moving in the text; do not jump
                comments.highlighted = event.index

    @on(CommentsView.SuggestionChosen)
    def propose_suggestion(self, event: CommentsView.SuggestionChosen) -> None:
        if self.document is None:
            return
        try:
            document = self.workspace.open_document(self.document.path)
        except (FileRefused, OSError) as error:
            self.notify(str(error), severity="error")
            return
        if document.text[event.comment.start : event.comment.end] != event.comment.quote:
            self.notify("The file changed since this comment; its text is no longer there.", severity="warning")
            return
        proposal = suggestion_proposal(document, event.comment, self.workspace.relative(document.path), self.session.engine.info.name)
        review = self.query_one(CommentsView).review
        if review is not None:
            self.session.record_comment(review, event.comment, "accepted")
        self._show_proposal(proposal)

    @on(CommentsView.Dismissed)
    def comments_dismissed(self, event: CommentsView.Dismissed) -> None:
        self.query_one(DocumentView).show_comments(())
        if self.session is not None:
            for comment in event.review.comments:
                self.session.record_comment(event.review, comment, "rejected")

    # --- review --------------------------------------------------------------------------------------

    def _end_review(self) -> None:
        self.query_one(ProposalView).clear()
        self.query_one("#work").remove_class("-reviewing")

    @on(ProposalView.Decided)
    def apply_decisions(self, event: ProposalView.Decided) -> None:
        self._end_review()
        self.query_one(DocumentView).focus()
        if self.watch_service is not None:
            self.watch_service.settle(event.proposal)
        self.query_one(ProjectTree).mark(self.workspace.root / event.proposal.path, None)
        rejected = [i for i in event.proposal.hunk_ids if i not in event.accepted]
        if rejected and self.session is not None:
            self.session.reject(event.proposal, rejected)
        if not event.accepted:
            self.query_one(StatusLine).state = "ready"
            self.notify("Proposal rejected; nothing was changed.")
            return
        self.query_one(StatusLine).state = "writing…"
        self.accept(event.proposal, event.accepted)

    @work(thread=True, exclusive=True, group="apply")
    def accept(self, proposal: Proposal, accepted: list[int]) -> None:
        try:
            result = self.session.accept(proposal, accepted)
        except SHOWN_ERRORS as error:
            self.call_from_thread(self._accept_done, str(error), "error")
            return
        created = result.applied.path if proposal.intent == "create" else None
        self.call_from_thread(self._accept_done, result.message, "information", created)

    def _accept_done(self, message: str, severity: str, created: Path | None = None) -> None:
        self.query_one(StatusLine).state = "ready"
        self.notify(message, severity=severity, timeout=8)
        if created is not None:
            self.query_one(ProjectTree).reload()
            self.open_file(created)
        elif self.document is not None and self.document.path.exists():
            self.open_file(self.document.path)

    # --- actions -------------------------------------------------------------------------------------

    def action_cancel(self) -> None:
        if self.cancel_token is not None:
            self.cancel_token.cancel()
            self.query_one(StatusLine).state = "cancelling…"

    def action_toggle_help(self) -> None:
        """Every key of the focused part of the screen, in a panel (F1 again hides it)."""
        if self.screen.query("HelpPanel"):
            self.action_hide_help_panel()
        else:
            self.action_show_help_panel()

    def action_focus_request(self) -> None:
        self.query_one("#request").focus()

    @work(thread=True, exclusive=True, group="apply")
    def action_undo(self) -> None:
        if self.session is None:
            return
        try:
            message = self.session.undo()
        except SHOWN_ERRORS as error:
            self.call_from_thread(self._accept_done, str(error), "error")
            return
        self.call_from_thread(self._accept_done, message, "information")

    def action_history(self) -> None:
        if self.session is None or self.document is None:
            self.notify("Open a file to see companion's changes to it.", severity="warning")
            return
        path = self.document.path
        entries = self.session.history(path)
        if not entries:
            self.notify(f"companion has not committed changes to {self.workspace.relative(path)}.")
            return

        def restore(sha: str | None) -> None:
            if sha is None:
                return
            try:
                self._show_proposal(self.session.restore(path, sha))
            except SHOWN_ERRORS as error:
                self.notify(str(error), severity="error")

        self.push_screen(HistoryScreen(self.workspace.relative(path), entries), restore)
