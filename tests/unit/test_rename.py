"""A request to change a name everywhere is carried out exactly, without the model, in prose."""

from __future__ import annotations

import pytest

from companion.behaviors.rename import Renaming, renamed, renaming
from companion.session import Session
from companion.workspace import Workspace
from tests.scripted import ScriptedEngine

STORY = "Ada climbed the tower. ADA! called her brother.\nAda's lamp was lit; the adamant keeper slept.\n"


@pytest.mark.parametrize(("request_text", "expected"), [
    ("change Ada to Mara everywhere", Renaming("Ada", "Mara")),
    ("rename Ada to Mara", Renaming("Ada", "Mara")),
    ("replace 'Ada' with 'Mara' throughout the story", Renaming("Ada", "Mara")),
    ("please change ada to mara every time.", Renaming("ada", "mara")),
])
def test_a_request_to_rename_a_name_the_text_has_is_a_renaming(request_text, expected):
    assert renaming(request_text, STORY) == expected


@pytest.mark.parametrize("request_text", [
    "change Ada to Mara",  # once, somewhere: the model chooses where
    "rename the keeper to warden",  # describes what to rename
    "rename Grace to Mara",  # not in the text
    "change the tone to formal everywhere",
])
def test_other_requests_are_no_renaming(request_text):
    assert renaming(request_text, STORY) is None


def test_every_whole_word_occurrence_is_renamed_in_its_own_case():
    assert renamed(STORY, Renaming("ada", "mara")) == (
        "Mara climbed the tower. MARA! called her brother.\nMara's lamp was lit; the adamant keeper slept.\n")


class Refusing(ScriptedEngine):
    def __init__(self):
        super().__init__(lambda prompt: pytest.fail("the model was asked"))


def test_a_renaming_is_proposed_without_the_model_and_only_in_the_selection_when_there_is_one(repo):
    (repo / "story.md").write_text(STORY)
    session = Session(Refusing(), Workspace(repo), None)
    proposal = session.propose_edit("story.md", "change Ada to Mara everywhere", rewrite=True)
    assert proposal.result() == renamed(STORY, Renaming("Ada", "Mara"))
    first_line = STORY.splitlines(keepends=True)[0]
    proposal = session.propose_edit("story.md", "rename Ada to Mara", selection=first_line)
    assert proposal.result() == STORY.replace(first_line, "Mara climbed the tower. MARA! called her brother.\n")


def test_in_code_a_rename_is_left_to_the_model(repo):
    (repo / "tally.py").write_text("total = 0\nprint(total)\n")
    engine = ScriptedEngine(lambda prompt: "running_total = 0\nprint(running_total)")
    proposal = Session(engine, Workspace(repo), None).propose_edit("tally.py", "rename total to running_total everywhere",
                                                                  rewrite=True)
    assert engine.prompts and proposal.result() == "running_total = 0\nprint(running_total)\n"
