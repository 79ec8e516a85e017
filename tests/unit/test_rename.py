"""A request to rename, or to change a word everywhere, is carried out exactly, without the model."""

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
    assert renaming(request_text, STORY, "markdown") == expected


@pytest.mark.parametrize("request_text", [
    "change Ada to Mara",  # once, somewhere: the model chooses where
    "rename the keeper to warden",  # describes what to rename
    "rename Grace to Mara",  # not in the text
    "change the tone to formal everywhere",
])
def test_other_requests_are_no_renaming(request_text):
    assert renaming(request_text, STORY, "markdown") is None


def test_every_whole_word_occurrence_is_renamed_in_its_own_case():
    assert renamed(STORY, Renaming("ada", "mara"), "markdown") == (
        "Mara climbed the tower. MARA! called her brother.\nMara's lamp was lit; the adamant keeper slept.\n")


class Refusing(ScriptedEngine):
    def __init__(self):
        super().__init__(lambda prompt: pytest.fail("the model was asked"))


def test_a_renaming_is_proposed_without_the_model_and_only_in_the_selection_when_there_is_one(repo):
    (repo / "story.md").write_text(STORY)
    session = Session(Refusing(), Workspace(repo), None)
    proposal = session.propose_edit("story.md", "change Ada to Mara everywhere", rewrite=True)
    assert proposal.result() == renamed(STORY, Renaming("Ada", "Mara"), "markdown")
    first_line = STORY.splitlines(keepends=True)[0]
    proposal = session.propose_edit("story.md", "rename Ada to Mara", selection=first_line)
    assert proposal.result() == STORY.replace(first_line, "Mara climbed the tower. MARA! called her brother.\n")


ONCE = """let called = false;
export function once(fn) {
  return function (...args) {
    if (!called) {
      called = true;
      log("called", this.called);
      return fn.apply(this, args);  // called once
    }
  };
}
"""


def test_in_code_every_use_of_the_name_is_renamed_and_nothing_else(repo):
    (repo / "once.js").write_text(ONCE)
    proposal = Session(Refusing(), Workspace(repo), None).propose_edit("once.js", "rename called to done")
    assert proposal.result() == ONCE.replace("let called", "let done").replace("(!called)", "(!done)").replace(
        "called = true", "done = true")


def test_in_python_attributes_and_keyword_names_of_others_stay():
    code = "def f(when):\n    photo.when = when\n    g(when=when)\n    return f'{when:%Y}'\n"
    asked = renaming("rename when to taken", code, "python")
    assert renamed(code, asked, "python") == (
        "def f(taken):\n    photo.when = taken\n    g(when=taken)\n    return f'{taken:%Y}'\n")


@pytest.mark.parametrize("request_text", [
    "rename called to fn",  # taken: the rename would change what the code means
    "rename called to class",  # a keyword: the code would no longer parse
    "rename called to 'called once'",  # not a name
])
def test_in_code_a_rename_that_would_change_what_the_code_means_is_left_to_the_model(request_text):
    assert renaming(request_text, ONCE, "javascript") is None


TWO_ONCES = ONCE.replace("let called = false;\nexport function once(fn) {\n", "export function once(fn) {\n  let called = false;\n") + (
    "\nfunction twice(fn) {\n  let called = 0;\n  return () => called++ < 2 && fn();\n}\n")


def test_in_code_a_selection_says_which_name_and_its_definition_is_how_far(repo):
    (repo / "once.js").write_text(TWO_ONCES)
    session = Session(Refusing(), Workspace(repo), None)
    proposal = session.propose_edit("once.js", "rename called to done", selection="  let called = false;")
    once, twice = proposal.result().split("function twice")
    assert "called" not in once.replace('"called"', "").replace("this.called", "").replace("// called once", "")
    assert "let called = 0;" in twice and "called++" in twice
