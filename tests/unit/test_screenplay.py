"""A screenplay in Fountain is prose: its speakers' names and scene headings, written in capitals, are kept."""

from __future__ import annotations

import pytest

from companion.behaviors.edit import MalformedOutput
from companion.behaviors.prose_checks import dropped_capital_lines
from companion.documents import is_prose
from companion.session import Session
from companion.workspace import Workspace
from tests.scripted import ScriptedEngine

SCENE = ("INT. FERRY TERMINAL - NIGHT\n\nMAYA\nPlease. One ticket to the island.\n\n"
         "CLERK\nLast ferry left ten minutes ago.\n")


def test_a_fountain_file_is_prose(tmp_path):
    assert is_prose(tmp_path / "scene.fountain")


def test_a_revision_that_drops_a_speakers_name_is_refused(repo):
    (repo / "scene.fountain").write_text(SCENE)
    lines = "CLERK\nLast ferry left ten minutes ago."
    junk = ScriptedEngine(lambda prompt: "The clerk is on the ferry.\n</revised>")
    with pytest.raises(MalformedOutput, match="drops the line “CLERK”"):
        Session(junk, Workspace(repo), None).propose_edit("scene.fountain", "make this ruder", selection=lines)
    ruder = ScriptedEngine(lambda prompt: "CLERK\nYou missed it. Ten minutes ago.\n</revised>")
    assert Session(ruder, Workspace(repo), None).propose_edit("scene.fountain", "make this ruder", selection=lines).result() == (
        SCENE.replace("Last ferry left ten minutes ago.", "You missed it. Ten minutes ago."))


@pytest.mark.parametrize("request_", ["cut the clerk", "put the names in lower case"])
def test_capital_lines_may_go_where_the_request_cuts_or_recases(request_):
    assert dropped_capital_lines(SCENE.replace("CLERK\n", ""), SCENE, request_) is None
