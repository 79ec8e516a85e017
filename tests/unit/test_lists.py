"""A task the request ticks off, and an item it adds to a named list, are set exactly, without the model, in the
form of the list."""

from __future__ import annotations

import pytest

from companion.behaviors.lists import item_added, ticked
from companion.behaviors.moves import moved
from companion.behaviors.route import route
from companion.session import Session
from companion.workspace import Workspace
from tests.scripted import ScriptedEngine

TASKS = (
    "# This week\n\n"
    "- [ ] Book the dentist\n- [ ] Renew passport\n- [x] Pay the electricity bill\n\n"
    "## Later\n\n"
    "- Paint the shed\n- Sort the photos from Lisbon\n"
)
STEPS = "## Steps\n\n1. Soak the beans.\n2. Boil them.\n"


@pytest.mark.parametrize(("request_", "expected"), [
    ("tick off renew passport", TASKS.replace("[ ] Renew", "[x] Renew")),
    ("mark the dentist as done", TASKS.replace("[ ] Book", "[x] Book")),
    ("please check off Renew Passport.", TASKS.replace("[ ] Renew", "[x] Renew")),
    ("untick pay the electricity bill", TASKS.replace("[x] Pay", "[ ] Pay")),
    ("mark the electricity bill as not done", TASKS.replace("[x] Pay", "[ ] Pay")),
])
def test_the_one_task_named_is_ticked_or_unticked(request_, expected):
    assert ticked(TASKS, request_) == expected


@pytest.mark.parametrize("request_", [
    "tick off pay the electricity bill",  # already ticked
    "tick off the shed",  # not a task: no checkbox
    "tick off the",  # no word to find it by
    "check the quantities",  # a request for comments
])
def test_no_task_is_ticked_where_none_is_named_or_it_is_already_so(request_):
    assert ticked(TASKS, request_) is None


@pytest.mark.parametrize(("text", "request_", "expected"), [
    (TASKS, "add buy milk to this week", TASKS.replace("electricity bill\n", "electricity bill\n- [ ] Buy milk\n")),
    (TASKS, "put fix the gate on the later list", TASKS + "- Fix the gate\n"),
    (STEPS, "add serve with rice to the steps", STEPS + "3. Serve with rice\n"),
])
def test_an_item_given_outright_goes_last_in_the_list_under_the_heading_named_in_its_form(text, request_, expected):
    assert item_added(text, request_) == expected


@pytest.mark.parametrize("request_", [
    "add a dinner plan to this week",  # describes what to write: the model's work
    "add renew passport to this week",  # already there
    "add buy milk to the list",  # two lists: which is not said
    "add buy milk to saturday",  # no such heading
])
def test_no_item_is_added_where_it_is_described_there_already_or_the_list_is_unknown(request_):
    assert item_added(TASKS, request_) is None


def test_an_item_moved_under_another_heading_takes_that_lists_form():
    assert moved(TASKS, "move paint the shed to this week") == TASKS.replace(
        "electricity bill\n", "electricity bill\n- [ ] Paint the shed\n").replace("- Paint the shed\n", "")


def test_such_requests_are_routed_as_edits_and_made_without_the_model(repo):
    (repo / "todo.md").write_text(TASKS)
    commenting = ScriptedEngine(lambda prompt: pytest.fail("the model was asked"), choice=lambda prompt, choices: choices[-1])
    assert route(commenting, "mark the dentist as done", "todo.md", False, document=TASKS) == "edit"
    proposal = Session(commenting, Workspace(repo), None).propose_edit("todo.md", "add buy milk to this week")
    assert proposal.result() == item_added(TASKS, "add buy milk to this week")
