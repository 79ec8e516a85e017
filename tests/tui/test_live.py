"""The TUI beside the editor: saves refresh the document, stale hunks are disabled, markers propose, undo and history."""

from __future__ import annotations

import asyncio

from companion.tui.app import CompanionApp
from companion.tui.document_view import DocumentView
from companion.tui.history_screen import HistoryScreen
from companion.tui.proposal_view import HunkView, ProposalView
from companion.session import Session
from companion.vcs import Vcs
from companion.watch import WatchSettings
from companion.workspace import Workspace
from tests.conftest import git
from tests.scripted import ScriptedEngine
from tests.tui.test_app import NOTES, ask, second_paragraph, settle

TIMEOUT = 10


def live_app(repo, engine) -> CompanionApp:
    (repo / "notes.md").write_text(NOTES)
    git(repo, "add", "notes.md")
    git(repo, "commit", "-qm", "notes")
    workspace = Workspace(repo)
    return CompanionApp(workspace, lambda progress: Session(engine, workspace, Vcs.discover(repo)), watch=WatchSettings(debounce_seconds=0.1))


async def until(pilot, condition) -> None:
    """Wait for the watcher (a real watchdog observer) to deliver, polling instead of sleeping a fixed time."""
    for _ in range(TIMEOUT * 20):
        if condition():
            return
        await asyncio.sleep(0.05)
        await pilot.pause()
    raise AssertionError("the watcher did not deliver in time")


async def test_a_save_in_the_editor_refreshes_the_document_and_disables_stale_hunks(repo):
    app = live_app(repo, ScriptedEngine(lambda prompt: "Second idea, refined.", second_paragraph))
    async with app.run_test() as pilot:
        await ask(app, pilot, "refine it")
        assert len(app.query_one(ProposalView).query(HunkView)) == 1
        users = NOTES.replace("Second idea.", "My own second idea.")
        (repo / "notes.md").write_text(users)
        view = app.query_one(ProposalView)
        await until(pilot, lambda: view.proposal is not None and view.proposal.stale)
        # the redrawn hunks get their classes after a refresh: on a loaded machine that comes a little later
        await until(pilot, lambda: any(hunk.has_class("-stale") for hunk in view.query(HunkView)))
        assert app.query_one(DocumentView).text == users
        assert view.query_one(HunkView).has_class("-stale")
        await pilot.press("a")  # refused: the hunk is stale
        await pilot.press("R")
        await settle(app, pilot)
        assert (repo / "notes.md").read_text() == users


async def test_a_marker_saved_in_the_editor_becomes_a_proposal_in_the_app(repo):
    app = live_app(repo, ScriptedEngine(lambda prompt: "First idea, made vivid."))
    async with app.run_test() as pilot:
        await settle(app, pilot)
        app.open_file(repo / "notes.md")
        (repo / "notes.md").write_text(NOTES.replace("First idea.\n", "First idea.\n<!-- AI: make it vivid -->\n"))
        view = app.query_one(ProposalView)
        await until(pilot, lambda: view.proposal is not None)
        assert view.proposal.request == "make it vivid"
        await pilot.press("A")
        await settle(app, pilot)
        assert (repo / "notes.md").read_text() == NOTES.replace("First idea.", "First idea, made vivid.")


async def test_undo_and_history_from_the_keyboard(repo):
    app = live_app(repo, ScriptedEngine(lambda prompt: "Second idea, refined.", second_paragraph))
    async with app.run_test() as pilot:
        await ask(app, pilot, "refine it")
        await pilot.press("a")
        await settle(app, pilot)
        refined = (repo / "notes.md").read_text()
        await pilot.press("ctrl+y")
        await pilot.pause()
        assert isinstance(app.screen, HistoryScreen)
        await pilot.press("escape")
        await pilot.press("ctrl+z")
        await settle(app, pilot)
        assert (repo / "notes.md").read_text() == NOTES != refined
        assert git(repo, "log", "-1", "--format=%s").strip() == "notes"
