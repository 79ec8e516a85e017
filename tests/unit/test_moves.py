"""A request that only moves a section, paragraph or line of prose is carried out exactly, without the model,
as one hunk: accepting half a move would lose the text moved."""

from __future__ import annotations

import pytest

from companion.behaviors.moves import moved
from companion.session import Session
from companion.workspace import Workspace
from tests.scripted import ScriptedEngine

CHANGELOG = (
    "# Changelog\n\n"
    "## 1.4.0 - 2026-10-02\n\n- Added `--since`.\n- Fixed a crash on an empty config.\n- Exports are UTF-8.\n\n"
    "## 1.3.1 - 2026-08-15\n\n- Fixed totals across midnight.\n"
)
NEWER, OLDER = CHANGELOG.split("\n\n", 1)[1].split("\n\n## 1.3.1")
OLDER = "## 1.3.1" + OLDER
STORY = (
    "# The keeper's cat\n\n"
    "Every evening the cat climbed to the lamp room.\n\n"
    "The keeper, Ewan, talked to her about the ships.\n\n"
    "After that, the ferry captain sent sardines every Christmas.\n"
)
TITLE, CLIMB, KEEPER, SARDINES = STORY.rstrip("\n").split("\n\n")
RESUME = "# Priya Raman\n\n## Skills\n\nPython, Go\n\n## Education\n\nBSc Computer Science, 2017\n"


@pytest.mark.parametrize(("text", "request_", "expected"), [
    (CHANGELOG, "move the 1.3.1 section above 1.4.0", f"# Changelog\n\n{OLDER.rstrip()}\n\n{NEWER}\n"),
    (CHANGELOG, "move the 1.4.0 section to the end", f"# Changelog\n\n{OLDER.rstrip()}\n\n{NEWER}\n"),
    (CHANGELOG, "move the first bullet down",
     CHANGELOG.replace("- Added `--since`.\n- Fixed a crash on an empty config.", "- Fixed a crash on an empty config.\n- Added `--since`.")),
    (STORY, "move the last paragraph to the top", f"{TITLE}\n\n{SARDINES}\n\n{CLIMB}\n\n{KEEPER}\n"),
    (STORY, "please move the paragraph about the ferry captain before the paragraph about the keeper.",
     f"{TITLE}\n\n{CLIMB}\n\n{SARDINES}\n\n{KEEPER}\n"),
    (STORY, "move the first paragraph after the last paragraph", f"{TITLE}\n\n{KEEPER}\n\n{SARDINES}\n\n{CLIMB}\n"),
    (STORY, "move the last paragraph up", f"{TITLE}\n\n{CLIMB}\n\n{SARDINES}\n\n{KEEPER}\n"),
    (RESUME, "move Education above Skills",  # a section by its heading alone
     "# Priya Raman\n\n## Education\n\nBSc Computer Science, 2017\n\n## Skills\n\nPython, Go\n"),
])
def test_the_piece_named_goes_where_asked_among_its_own_kind_and_every_byte_is_kept(text, request_, expected):
    assert moved(text, request_) == expected
    assert sorted(moved(text, request_)) == sorted(text)


@pytest.mark.parametrize("request_", [
    "move the first paragraph up",  # already first
    "move the last paragraph to the end",  # already last
    "move the title to the end",  # a title stands in no paragraph
    "move the paragraph about the cat above the keeper",  # the cat is in more than one
    "move the last sentence to the top",  # a sentence's place in its paragraph is the model's to choose
    "move the meeting to Friday",  # not a move of a piece of the text
])
def test_a_move_with_no_one_piece_or_no_new_place_is_left_to_the_model(request_):
    assert moved(STORY, request_) is None


TO_DO_LIST = ("## Work\n- [ ] Send the Q3 report to Dana\n\n"
        "## Home\n- [ ] Call the plumber about the leaking tap\n- [ ] Buy a present for Mum\n")


def test_a_task_named_by_some_of_its_words_goes_into_the_list_under_the_heading_named():
    assert moved(TO_DO_LIST, "move the plumber call to work") == (
        "## Work\n- [ ] Send the Q3 report to Dana\n- [ ] Call the plumber about the leaking tap\n\n"
        "## Home\n- [ ] Buy a present for Mum\n")
    assert moved(TO_DO_LIST, "move the call to work") == moved(TO_DO_LIST, "move the plumber call to work")
    assert moved(TO_DO_LIST + "- [ ] Call the bank\n", "move the call to work") is None  # two calls: which?


def test_a_numbered_list_is_counted_again_after_a_move():
    steps = "1. Soften the onion.\n2. Add the garlic.\n3. Simmer.\n"
    assert moved(steps, "move the simmer step to the top") == "1. Simmer.\n2. Soften the onion.\n3. Add the garlic.\n"


def test_a_move_is_proposed_without_the_model_as_one_hunk(repo):
    (repo / "CHANGELOG.md").write_text(CHANGELOG)
    refusing = ScriptedEngine(lambda prompt: pytest.fail("the model was asked"))
    proposal = Session(refusing, Workspace(repo), None).propose_edit("CHANGELOG.md", "move the 1.3.1 section above 1.4.0")
    assert len(proposal.hunks) == 1
    assert proposal.result() == moved(CHANGELOG, "move the 1.3.1 section above 1.4.0")
