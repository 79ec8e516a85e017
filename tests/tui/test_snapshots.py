"""How the main screens look, in dark and light, at a roomy size and at 80x24 (pytest-textual-snapshot).

Deterministic: a fixed project folder name, a scripted model, no watcher thread, no blinking cursors.
Update with `pytest tests/tui/test_snapshots.py --snapshot-update` after an intended change, and look at
the SVGs it writes before committing them.
"""

from __future__ import annotations

import pytest

from companion.session import Session
from companion.themes import load_theme_files
from companion.tui.app import CompanionApp
from companion.tui.document_view import DocumentView
from companion.tui.proposal_view import ProposalView
from companion.vcs import Vcs
from companion.workspace import Workspace
from tests.conftest import git
from tests.scripted import ScriptedEngine

ESSAY = (
    "# Why Cities Need Trees\n\nCities are getting hotter every summer. Asphalt stores heat all day.\n\n"
    "## The case for trees\n\nA mature tree cools the air around it through shade and evaporation.\n\n"
    "## Conclusion\n\nThe benefits outweigh the costs.\n"
)


@pytest.fixture
def demo(tmp_path):
    root = tmp_path / "demo-project"
    root.mkdir()
    git(root, "init", "-q", "-b", "main")
    (root / "essay.md").write_text(ESSAY)
    (root / "notes.txt").write_text("Ideas for the next post.\n")
    git(root, "add", ".")
    git(root, "-c", "user.name=A", "-c", "user.email=a@b", "commit", "-qm", "start")
    return root


REVIEW = ('{"comments": [{"quote": "Asphalt stores heat all day.", "comment": "Give a figure: how much hotter?"},'
          ' {"quote": "The benefits outweigh the costs.", "comment": "Which benefits? Name one."}]}')


def app_for(root, theme: str, intent: str = "edit") -> CompanionApp:
    reply = REVIEW if intent == "comment" else "## Conclusion\n\nThe benefits clearly outweigh the costs. Plant trees now."
    engine = ScriptedEngine(lambda prompt: reply, lambda prompt, choices: f" {intent}" if f" {intent}" in choices else choices[-1])
    workspace = Workspace(root)
    return CompanionApp(workspace, lambda progress: Session(engine, workspace, Vcs.discover(root)),
                        load_theme_files(), theme, watch=None)


async def model_done(app) -> None:
    busy = [w for w in app.workers if w.group == "model"]
    if busy:  # never an empty list: that waits for every worker, the file tree's endless loader included
        await app.workers.wait_for_complete(busy)


async def open_essay(pilot) -> None:
    app = pilot.app
    await model_done(app)
    app.open_file(app.workspace.root / "essay.md")
    for widget in app.query("DocumentView, Input"):
        widget.cursor_blink = False
    await pilot.pause()


async def ask(pilot, request: str) -> None:
    await open_essay(pilot)
    app = pilot.app
    app.query_one("#request").focus()
    await pilot.press(*request, "enter")
    await model_done(app)
    await pilot.pause()


async def review_a_proposal(pilot) -> None:
    await ask(pilot, "make the conclusion stronger")
    assert pilot.app.query_one(ProposalView).proposal is not None


async def show_comments(pilot) -> None:
    await ask(pilot, "review it: what could be better?")
    assert len(pilot.app.query_one(DocumentView).comments) == 2


@pytest.mark.parametrize("theme", ["companion-dark", "companion-light"])
def test_the_document_screen(snap_compare, demo, theme):
    assert snap_compare(app_for(demo, theme), run_before=open_essay, terminal_size=(110, 32))


@pytest.mark.parametrize("theme", ["companion-dark", "companion-light"])
def test_a_proposal_under_review(snap_compare, demo, theme):
    assert snap_compare(app_for(demo, theme), run_before=review_a_proposal, terminal_size=(110, 32))


@pytest.mark.parametrize("theme", ["companion-dark", "companion-light"])
def test_comments_drawn_on_the_document(snap_compare, demo, theme):
    assert snap_compare(app_for(demo, theme, intent="comment"), run_before=show_comments, terminal_size=(110, 32))


def test_review_fits_in_80_by_24(snap_compare, demo):
    assert snap_compare(app_for(demo, "companion-dark"), run_before=review_a_proposal, terminal_size=(80, 24))
