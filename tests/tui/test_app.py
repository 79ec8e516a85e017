"""The TUI flow, driven by Pilot: request → diff → accept or reject → file and commit; cancel; errors."""

from __future__ import annotations

import threading

from companion.behaviors.edit import SECOND_CHOICE
from companion.session import Session
from companion.tui.app import CompanionApp
from companion.tui.document_view import DocumentView
from companion.tui.proposal_view import ContextView, HunkView, ProposalView
from companion.tui.status_line import StatusLine
from companion.vcs import Vcs
from companion.workspace import Workspace
from tests.conftest import git
from tests.scripted import ScriptedEngine

NOTES = "# Notes\n\nFirst idea.\n\nSecond idea.\n"


def make_app(repo, engine) -> CompanionApp:
    (repo / "notes.md").write_text(NOTES)
    git(repo, "add", "notes.md")
    git(repo, "commit", "-qm", "notes")
    workspace = Workspace(repo)
    return CompanionApp(workspace, lambda progress: Session(engine, workspace, Vcs.discover(repo)))


async def settle(app, pilot) -> None:
    """Wait for the app's own workers (DirectoryTree keeps a loader worker alive for good) and a refresh."""
    ours = [worker for worker in app.workers if worker.group in ("model", "apply")]
    if ours:  # an empty list would mean "wait for every worker", the endless loader included
        await app.workers.wait_for_complete(ours)
    await pilot.pause()


async def ask(app, pilot, request: str) -> None:
    await settle(app, pilot)
    app.open_file(app.workspace.root / "notes.md")
    app.query_one("#request").focus()
    await pilot.press(*request)
    await pilot.press("enter")
    await settle(app, pilot)


def shown(widget) -> str:
    """The text a widget shows on screen, row by row, as it is laid out at its current size."""
    from textual.geometry import Region

    return "\n".join(strip.text for strip in widget.render_lines(Region(0, 0, widget.size.width, widget.size.height)))


def choosing(intent: str = "edit", section: str = "3"):
    """The scripted model's choices: ``intent`` when routing, ``section`` when locating."""

    def choose(prompt, choices):
        return f" {intent}" if f" {intent}" in choices else section

    return choose


second_paragraph = choosing("edit", "3")  # [1] heading, [2] first idea, [3] second idea


async def test_request_diff_accept_writes_the_file_and_commits(repo):
    app = make_app(repo, ScriptedEngine(lambda prompt: "Second idea, refined.", second_paragraph))
    async with app.run_test() as pilot:
        await ask(app, pilot, "refine it")
        view = app.query_one(ProposalView)
        assert view.has_class("-active") and len(view.query(HunkView)) == 1
        assert not app.query_one(DocumentView).display, "the diff is drawn in the document's place"
        hunk = shown(view.query_one(HunkView))
        assert "5 - Second idea." in hunk and "+ Second idea, refined." in hunk, "in place, numbered like the document"
        assert "1   # Notes" in shown(view.query(ContextView).first())
        await pilot.press("a")
        await settle(app, pilot)
        assert (repo / "notes.md").read_text() == "# Notes\n\nFirst idea.\n\nSecond idea, refined.\n"
        assert git(repo, "log", "-1", "--format=%s").strip() == "companion: refine it"
        assert app.query_one(StatusLine).state == "ready"
        assert not view.has_class("-active") and app.query_one(DocumentView).display


async def test_rejecting_every_hunk_changes_nothing(repo):
    app = make_app(repo, ScriptedEngine(lambda prompt: "Replaced.", second_paragraph))
    async with app.run_test() as pilot:
        await ask(app, pilot, "replace it")
        await pilot.press("R")
        await settle(app, pilot)
        assert (repo / "notes.md").read_text() == NOTES
        assert git(repo, "log", "-1", "--format=%s").strip() == "notes"


async def test_each_hunk_is_decided_on_its_own(repo):
    def reply(prompt):
        return "# Notes\n\nFirst idea, changed.\n\nSecond idea, changed."

    app = make_app(repo, ScriptedEngine(reply, choosing("edit", "1")))
    async with app.run_test() as pilot:
        await ask(app, pilot, "change the notes")  # names the "Notes" heading: its whole block is edited
        assert len(app.query(HunkView)) == 2
        await pilot.press("r", "a")
        await settle(app, pilot)
        assert (repo / "notes.md").read_text() == "# Notes\n\nFirst idea.\n\nSecond idea, changed.\n"


async def test_the_selected_text_is_what_the_request_changes(repo):
    app = make_app(repo, ScriptedEngine(lambda prompt: "idea number one", choosing("edit")))
    async with app.run_test() as pilot:
        await settle(app, pilot)
        app.open_file(repo / "notes.md")
        document = app.query_one("#document")
        document.selection = document.selection.__class__((2, 6), (2, 10))  # "idea" on the line "First idea."
        app.query_one("#request").focus()
        await pilot.press(*"expand", "enter")
        await settle(app, pilot)
        await pilot.press("A")
        await settle(app, pilot)
        assert (repo / "notes.md").read_text() == NOTES.replace("First idea.", "First idea number one.")


async def test_escape_cancels_a_generation_promptly(repo):
    gate = threading.Event()
    app = make_app(repo, ScriptedEngine(lambda prompt: "a long answer that never ends", second_paragraph, gate))
    async with app.run_test() as pilot:
        await settle(app, pilot)
        app.open_file(repo / "notes.md")
        app.query_one("#request").focus()
        await pilot.press(*"slow", "enter")
        await pilot.pause()
        await pilot.press("escape")
        gate.set()
        await settle(app, pilot)
        assert app.query_one(StatusLine).state == "cancelled"
        assert not app.query_one(ProposalView).has_class("-active")
        assert (repo / "notes.md").read_text() == NOTES


async def test_an_edit_made_in_the_editor_meanwhile_is_kept_and_reported(repo):
    app = make_app(repo, ScriptedEngine(lambda prompt: "Replaced.", second_paragraph))
    async with app.run_test() as pilot:
        await ask(app, pilot, "replace it")
        (repo / "notes.md").write_text(NOTES + "\nA line typed in the editor.\n")
        await pilot.press("A")
        await settle(app, pilot)
        assert (repo / "notes.md").read_text().endswith("A line typed in the editor.\n")
        assert any("changed on disk" in str(n.message) for n in app._notifications)


async def test_a_model_that_fails_to_load_is_reported_and_the_ui_stays_usable(repo):
    from companion.models import ModelError

    def fail(progress):
        progress(50, 100)
        raise ModelError("Model file not found: /x.gguf")

    (repo / "notes.md").write_text(NOTES)
    app = CompanionApp(Workspace(repo), fail)
    async with app.run_test() as pilot:
        await settle(app, pilot)
        assert app.query_one(StatusLine).state == "no model"
        assert any("Model file not found" in str(n.message) for n in app._notifications)
        app.open_file(repo / "notes.md")
        assert app.document is not None


async def test_without_git_installed_changes_are_written_and_the_reason_shown(repo, tmp_path, monkeypatch):
    app = make_app(repo, ScriptedEngine(lambda prompt: "Second idea, refined.", second_paragraph))
    monkeypatch.setenv("PATH", str(tmp_path))  # a folder with no git in it
    async with app.run_test() as pilot:
        await ask(app, pilot, "refine it")
        assert any("Git is not installed" in str(note.message) for note in app._notifications)
        await pilot.press("a")
        await settle(app, pilot)
        assert (repo / "notes.md").read_text() == "# Notes\n\nFirst idea.\n\nSecond idea, refined.\n"
    monkeypatch.undo()
    assert git(repo, "log", "-1", "--format=%s").strip() == "notes", "nothing committed"


async def test_a_repository_git_refuses_is_reported_when_the_model_is_ready(repo):
    app = make_app(repo, ScriptedEngine(lambda prompt: "Second idea, refined.", second_paragraph))
    git(repo, "config", "core.repositoryformatversion", "99")  # as git refuses a repository of dubious ownership
    async with app.run_test() as pilot:
        await ask(app, pilot, "refine it")
        assert any("git refuses this repository" in str(note.message) for note in app._notifications)
        await pilot.press("a")
        await settle(app, pilot)
        assert (repo / "notes.md").read_text() == "# Notes\n\nFirst idea.\n\nSecond idea, refined.\n"
        assert any("did not commit: git refused" in str(note.message) for note in app._notifications)


async def test_a_project_the_system_will_not_watch_is_reported_and_requests_still_work(repo, monkeypatch):
    def refuse(self):
        raise OSError(28, "inotify watch limit reached")

    monkeypatch.setattr("watchdog.observers.api.BaseObserver.start", refuse)
    app = make_app(repo, ScriptedEngine(lambda prompt: "Second idea, refined.", second_paragraph))
    async with app.run_test() as pilot:
        await ask(app, pilot, "refine it")
        assert any("inotify watch limit reached" in str(note.message) for note in app._notifications)
        await pilot.press("a")
        await settle(app, pilot)
        assert git(repo, "log", "-1", "--format=%s").strip() == "companion: refine it"


async def test_the_configured_theme_is_applied(repo):
    from companion.themes import load_theme_files

    workspace = Workspace(repo)
    app = CompanionApp(workspace, lambda progress: Session(ScriptedEngine(str), workspace, None), load_theme_files(), "companion-light")
    async with app.run_test() as pilot:
        await settle(app, pilot)
        assert app.theme == "companion-light" and not app.current_theme.dark


async def test_a_question_is_answered_in_the_conversation_and_changes_nothing(repo):
    from companion.tui.conversation_view import ConversationView

    app = make_app(repo, ScriptedEngine(lambda prompt: "It lists two ideas.", choosing("answer")))
    async with app.run_test() as pilot:
        await ask(app, pilot, "who is this for?")
        assert app.query_one(ConversationView).answers == ["It lists two ideas."]
        assert not app.query_one(ProposalView).has_class("-active")
        assert (repo / "notes.md").read_text() == NOTES


async def test_an_answer_that_only_loops_reads_no_answer_and_says_why(repo):
    from companion.tui.conversation_view import ConversationView

    app = make_app(repo, ScriptedEngine(lambda prompt: "Ideas are good. " * 40, choosing("answer")))
    async with app.run_test() as pilot:
        await ask(app, pilot, "who is this for?")
        assert app.query_one(ConversationView).answers == ["(no answer)"]
        assert any("repeating itself" in str(note.message) for note in app._notifications)


async def test_what_came_of_each_request_for_a_change_stays_in_the_conversation(repo):
    from companion.tui.conversation_view import ConversationView

    replies = iter(["Second idea, refined.", "Ideas are good. " * 40, "Ideas are good. " * 40])
    app = make_app(repo, ScriptedEngine(lambda prompt: next(replies), second_paragraph))
    async with app.run_test() as pilot:
        await ask(app, pilot, "refine it")
        await pilot.press("R")
        await settle(app, pilot)
        await ask(app, pilot, "refine it again")  # the revision loops: refused
        outcomes = app.query_one(ConversationView).outcomes
        assert outcomes[0] == "› refine it: 1 change proposed to notes.md, to accept or reject."
        assert outcomes[1].startswith("› refine it again: The model began repeating itself")
        assert app.query_one(ConversationView).answers == [], "no question was asked"


async def test_comments_are_listed_and_a_suggestion_becomes_an_edit(repo):
    from companion.tui.comments_view import CommentsView

    review = '{"comments": [{"quote": "Second idea.", "comment": "Vague.", "suggestion": "Second idea: ship weekly."}]}'
    engine = ScriptedEngine(lambda prompt: review, choosing("comment"))
    app = make_app(repo, engine)
    async with app.run_test() as pilot:
        await ask(app, pilot, "comment on this")
        comments = app.query_one(CommentsView)
        assert comments.has_class("-active") and comments.option_count == 1
        assert app.query_one("#document").selected_text == "Second idea."
        await pilot.press("s")
        await pilot.pause()
        await pilot.press("a")
        await settle(app, pilot)
        assert (repo / "notes.md").read_text() == NOTES.replace("Second idea.", "Second idea: ship weekly.")


async def test_create_drafts_a_new_file_and_accepting_writes_and_commits_it(repo):
    engine = ScriptedEngine(lambda prompt: "plan.md" if "<name>" in prompt[-10:] else "# Plan\n\nStep one.", choosing("create"))
    app = make_app(repo, engine)
    async with app.run_test() as pilot:
        await ask(app, pilot, "write a plan for the launch")
        await pilot.press("A")
        await settle(app, pilot)
        assert (repo / "plan.md").read_text() == "# Plan\n\nStep one.\n"
        assert git(repo, "log", "-1", "--format=%s").strip() == "companion: write a plan for the launch"
        assert app.document.path == repo / "plan.md"


async def test_a_quick_action_skips_the_router(repo):
    from companion.quick_actions import quick_actions

    def never_route(prompt, choices):
        assert " answer" not in choices, "a quick action must not be routed"
        return choices[0]

    engine = ScriptedEngine(lambda prompt: "# Notes\n\nTwo ideas.", never_route)
    app = make_app(repo, engine)
    app.quick_actions = quick_actions({})
    async with app.run_test() as pilot:
        await settle(app, pilot)
        app.open_file(repo / "notes.md")
        shorter = next(a for a in app.quick_actions if a.name == "shorter")
        app.run_quick_action(shorter)
        await settle(app, pilot)
        assert app.query_one(ProposalView).proposal.intent == "rewrite"
        assert "Make this shorter" in engine.prompts[-1]


async def test_text_selected_with_the_mouse_and_a_quick_action_key_make_a_proposal_for_that_text(repo):
    from companion.quick_actions import quick_actions

    engine = ScriptedEngine(lambda prompt: "thought", choosing("edit"))
    app = make_app(repo, engine)
    app.quick_actions = quick_actions({})
    async with app.run_test() as pilot:
        await settle(app, pilot)
        app.open_file(repo / "notes.md")
        await pilot.pause()
        document = app.query_one(DocumentView)
        left, top = document.gutter.left + document.gutter_width, document.gutter.top  # inside border and padding, after the line numbers
        await pilot.mouse_down(DocumentView, offset=(left + 6, top + 2))  # "idea" on the line "First idea."
        await pilot.hover(DocumentView, offset=(left + 10, top + 2))
        await pilot.mouse_up(DocumentView, offset=(left + 10, top + 2))
        assert document.selected_text == "idea" and document.has_focus
        assert app.screen.active_bindings["s"].binding.description == "Shorter", "listed in the keys panel (F1)"
        await pilot.press("s")
        await settle(app, pilot)
        assert "Make this shorter" in engine.prompts[-1]
        assert app.query_one(ProposalView).proposal.intent == "edit"
        await pilot.press("a")
        await settle(app, pilot)
        assert (repo / "notes.md").read_text() == NOTES.replace("First idea.", "First thought.")
        assert git(repo, "log", "-1", "--format=%s").strip() == "companion: Make this shorter, keeping the meaning"


async def test_comments_are_drawn_on_their_text_and_follow_the_cursor(repo):
    from companion.tui.comments_view import CommentsView
    from companion.tui.document_view import COMMENT_MARKER

    review = ('{"comments": [{"quote": "First idea.", "comment": "Which idea?"},'
              ' {"quote": "Second idea.", "comment": "Say when."}]}')
    app = make_app(repo, ScriptedEngine(lambda prompt: review, choosing("comment")))
    async with app.run_test() as pilot:
        await ask(app, pilot, "comment on this")
        document, comments = app.query_one(DocumentView), app.query_one(CommentsView)
        assert [c.quote for c in document.comments] == ["First idea.", "Second idea."]
        marked = [row for row in range(5) if COMMENT_MARKER in document.render_line(row).text]
        assert marked == [2, 4], "a marker in the gutter of each commented line, and only there"
        comment_style = document.get_component_rich_style("document-view--comment", partial=True)
        assert any(span.style == comment_style for span in document.get_line(4).spans)
        assert not document.get_line(0).spans
        document.cursor_location = (4, 3)
        await pilot.pause()
        assert comments.highlighted == 1, "the comment under the cursor is the one shown"
        assert document.cursor_location == (4, 3), "moving through the text does not jump back to a span"
        comments.focus()
        await pilot.press("x")
        await pilot.pause()
        assert document.comments == () and not [row for row in range(5) if COMMENT_MARKER in document.render_line(row).text]


async def test_a_change_the_model_ranked_below_keeping_the_text_is_marked_tentative(repo):
    from textual.app import App

    from companion.documents import Document
    from companion.proposals import Replacement, build_proposal

    document = Document.from_text(repo / "letter.txt", "Thanks.\n\nKind regards,\nSam\n")
    start = document.text.index("Kind")
    proposal = build_proposal(document, "use a warmer sign-off", [
        Replacement(start, start + len("Kind regards,"), "Warm wishes,", 0, tentative=SECOND_CHOICE),
        Replacement(0, len("Thanks."), "Thank you.", 0),
    ], display_path="letter.txt")

    class Review(App):
        def compose(self):
            yield ProposalView()

    async with Review().run_test() as pilot:
        view = pilot.app.query_one(ProposalView)
        view.show(proposal)
        hunks: list[str] = []
        for _ in range(100):  # the hunks are drawn once mounted: later when the machine is busy
            await pilot.pause(0.05)
            hunks = [shown(hunk) for hunk in view.query(HunkView)]
            if len(hunks) == 2 and all(hunks):
                break
        first, second = (" ".join(hunk.split()) for hunk in hunks)  # the header wraps in a narrow pane
        assert "Thank you." in first and "tentative" not in first
        assert "Warm wishes," in second and "tentative: the model's first choice was to keep this text" in second


async def test_prose_wraps_at_the_edge_of_the_pane_and_code_does_not(repo):
    from companion.tui.comments_view import CommentsView
    from companion.tui.document_view import COMMENT_MARKER

    paragraph = " ".join(["Trees cool the streets around them through shade and evaporation."] * 4)
    code = "def f():\n    return '" + "x" * 200 + "'\n"
    review = '{"comments": [{"quote": "Trees cool the streets", "comment": "By how much?"}]}'
    app = make_app(repo, ScriptedEngine(lambda prompt: review, choosing("comment")))
    (repo / "essay.md").write_text(f"# Trees\n\n{paragraph}\n")
    (repo / "tool.py").write_text(code)
    async with app.run_test(size=(100, 40)) as pilot:
        await settle(app, pilot)
        document = app.query_one(DocumentView)
        app.open_file(repo / "essay.md")
        await pilot.pause()
        from textual.geometry import Offset

        rows = range(document.wrapped_document.height)
        paragraph_rows = [y for y in rows if document.wrapped_document.offset_to_location(Offset(0, y))[0] == 2]
        assert len(paragraph_rows) > 1, "the one long paragraph takes several screen rows"
        words = " ".join(document.render_line(y).text for y in paragraph_rows).split()
        assert words == ["3", *paragraph.split()], "all of it within the pane, numbered once"
        app.query_one("#request").focus()
        await pilot.press(*"comment on this", "enter")
        await settle(app, pilot)
        assert app.query_one(CommentsView).display
        marked = [y for y in rows if COMMENT_MARKER in document.render_line(y).text]
        assert marked == [paragraph_rows[0]], "the marker sits beside the line's number, not on each of its wrapped rows"

        app.open_file(repo / "tool.py")
        await pilot.pause()
        assert document.wrapped_document.height == document.document.line_count, "code keeps one screen row per line"


async def test_each_code_language_settings_and_pages_are_shown_in_colour_by_their_grammar(repo):
    app = make_app(repo, ScriptedEngine(choosing()))
    files = {"main.go": "package main\n\nfunc main() {}\n", "main.rs": "fn main() {}\n", "ci.yaml": "jobs: {}\n",
             "index.html": "<p>Hi</p>\n", "backup.sh": "echo hi\n", "wc.c": "int main(void) { return 0; }\n",
             "cart.cpp": "namespace shop {\nclass Cart {};\n}\n", "Main.java": "class Main {}\n", "notes.txt": "Plain.\n",
             "library.rb": "class Library\n  def lend(title)\n  end\nend\n", "contact.php": "<?php\nfunction send() {}\n",
             "init.lua": "vim.opt.number = true\n", "Cart.swift": "struct Cart {}\n",
             "Cart.cs": "class Cart { }\n", "Cart.kt": "class Cart\n"}
    async with app.run_test() as pilot:
        await settle(app, pilot)
        languages = {}
        for name, text in files.items():
            (repo / name).write_text(text)
            app.open_file(repo / name)
            await pilot.pause()
            languages[name] = app.query_one(DocumentView).language
    assert languages == {"main.go": "go", "main.rs": "rust", "ci.yaml": "yaml", "index.html": "html", "backup.sh": "bash",
                         "wc.c": "c", "cart.cpp": "cpp", "Main.java": "java", "notes.txt": None, "library.rb": "ruby",
                         "contact.php": "php", "init.lua": "lua", "Cart.swift": "swift",
                         "Cart.cs": "csharp", "Cart.kt": "kotlin"}
