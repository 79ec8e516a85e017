"""A screenplay in Fountain is prose: its speakers' names and scene headings, written in capitals, are kept. A
song's parts are named by their bracketed labels."""

from __future__ import annotations

from pathlib import Path

import pytest

from companion.behaviors.edit import MalformedOutput
from companion.behaviors.listed import listed_answer
from companion.behaviors.prose_checks import dropped_capital_lines
from companion.documents import Document, is_prose
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


SONG = ("Harbour Lights\n\n[Verse 1]\nThe gulls are gone,\nthe tide is turning grey.\n\n[Chorus]\nOh, harbour lights,\n"
        "I'm coming home tonight.\n\n[Verse 2]\nMy father's coat is on the hook.\n\n[Chorus]\nOh, harbour lights,\n"
        "I'm coming home tonight.\n")


@pytest.mark.parametrize(("question", "said"), [
    ("what is the chorus?", "Under “[Chorus]” the text says:\nOh, harbour lights,\nI'm coming home tonight."),
    ("what is verse 2?", "Under “[Verse 2]” the text says:\nMy father's coat is on the hook."),
])
def test_a_songs_part_is_answered_with_the_lines_under_its_bracketed_label_once(question, said):
    assert listed_answer(question, Document.from_text(Path("song.txt"), SONG)) == said


def test_a_label_sung_with_other_lines_each_time_is_not_one_part():
    changed = SONG.replace("I'm coming home tonight.\n", "I'm coming home.\n", 1)
    assert listed_answer("what is the chorus?", Document.from_text(Path("song.txt"), changed)) is None


def test_in_markdown_a_line_in_capitals_is_no_speaker(repo):
    (repo / "README.md").write_text("# Tidy\n\nSorts files.\n\n## License\n\nMIT\n")
    licence = ScriptedEngine(lambda prompt: "The MIT licence.\n</revised>")
    proposal = Session(licence, Workspace(repo), None).propose_edit("README.md", "say which licence", selection="MIT")
    assert proposal.result().endswith("## License\n\nThe MIT licence.\n")
