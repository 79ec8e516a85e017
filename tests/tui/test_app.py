"""The TUI flow, driven by Pilot: request → diff → accept or reject → file and commit; cancel; errors."""

from __future__ import annotations

import threading

from companion.session import Session
from companion.tui.app import CompanionApp
from companion.tui.proposal_view import HunkView, ProposalView
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


def second_paragraph(prompt, choices):
    return "3"  # [1] heading, [2] first idea, [3] second idea


async def test_request_diff_accept_writes_the_file_and_commits(repo):
    app = make_app(repo, ScriptedEngine(lambda prompt: "Second idea, refined.", second_paragraph))
    async with app.run_test() as pilot:
        await ask(app, pilot, "refine it")
        view = app.query_one(ProposalView)
        assert view.has_class("-active") and len(view.query(HunkView)) == 1
        assert "+Second idea, refined." in str(view.query_one(HunkView).render())
        await pilot.press("a")
        await settle(app, pilot)
        assert (repo / "notes.md").read_text() == "# Notes\n\nFirst idea.\n\nSecond idea, refined.\n"
        assert git(repo, "log", "-1", "--format=%s").strip() == "companion: refine it"
        assert app.query_one(StatusLine).state == "ready"
        assert not view.has_class("-active")


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

    app = make_app(repo, ScriptedEngine(reply, lambda prompt, choices: "1"))
    async with app.run_test() as pilot:
        await ask(app, pilot, "change the notes")  # names the "Notes" heading: its whole block is edited
        assert len(app.query(HunkView)) == 2
        await pilot.press("r", "a")
        await settle(app, pilot)
        assert (repo / "notes.md").read_text() == "# Notes\n\nFirst idea.\n\nSecond idea, changed.\n"


async def test_the_selected_text_is_what_the_request_changes(repo):
    app = make_app(repo, ScriptedEngine(lambda prompt: "idea number one"))
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


async def test_the_configured_theme_is_applied(repo):
    from companion.themes import load_theme_files

    workspace = Workspace(repo)
    app = CompanionApp(workspace, lambda progress: Session(ScriptedEngine(str), workspace, None), load_theme_files(), "companion-light")
    async with app.run_test() as pilot:
        await settle(app, pilot)
        assert app.theme == "companion-light" and not app.current_theme.dark
