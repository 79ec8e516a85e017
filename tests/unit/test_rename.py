"""A request to rename, or to change a word everywhere, is carried out exactly, without the model."""

from __future__ import annotations

import pytest

from companion.behaviors.edit import MalformedOutput
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


KEEPER = (
    "# The keeper\n\n"
    "The keeper, an old man called Ewan, kept a ferry ticket in his hat.\n\n"
    "One night Ewan woke as a ferry came round the point. He paid the bill.\n\n"
    "After that, the ferry captain sent sardines. Bill, his son, ate them.\n"
)


def substituting(old: str, new: str, in_paragraph: str) -> ScriptedEngine:
    """A model that makes the change asked, in the passage it is shown, where that passage has ``in_paragraph``."""
    def reply(prompt: str) -> str:
        passage = prompt.rsplit("<original>\n", 1)[1].split("\n</original>", 1)[0]
        return (passage.replace(old, new) if in_paragraph in passage else passage) + "\n</revised>"
    return ScriptedEngine(reply, choice=lambda prompt, choices: choices[-1])


def test_a_change_the_model_made_in_its_passage_is_offered_on_every_other_line_that_says_it(repo):
    (repo / "keeper.md").write_text(KEEPER)
    engine = substituting("ferry", "fishing boat", in_paragraph="the ferry captain")
    proposal = Session(engine, Workspace(repo), None).propose_edit("keeper.md", "change the ferry to a fishing boat")
    assert proposal.result() == KEEPER.replace("a ferry", "a fishing boat").replace("ferry", "fishing boat")
    reasons = {hunk.new.strip(): hunk.tentative for hunk in proposal.hunks}
    assert reasons == {
        "After that, the fishing boat captain sent sardines. Bill, his son, ate them.": "",
        "The keeper, an old man called Ewan, kept a fishing boat ticket in his hat.":
            "the same change where the text says “ferry” again",
        "One night Ewan woke as a fishing boat came round the point. He paid the bill.":
            "the same change where the text says “ferry” again",
    }


def test_an_a_or_an_before_the_word_is_made_to_agree_and_a_capitalised_name_is_only_that_name():
    liner = renamed(KEEPER, Renaming("ferry", "old liner"), "markdown")
    assert liner.count("an old liner") == 2 and "a old" not in liner
    assert "paid the bill" in renamed(KEEPER, Renaming("Bill", "Will"), "markdown")
    assert "Will, his son" in renamed(KEEPER, Renaming("Bill", "Will"), "markdown")


@pytest.mark.parametrize(("request_text", "engine"), [
    # the model changed more than the word: what else it would have done elsewhere is not known
    ("change the ferry to a fishing boat", ScriptedEngine(
        lambda prompt: "After that, the fishing boat captain kindly sent sardines. Bill, his son, ate them.\n</revised>",
        choice=lambda prompt, choices: choices[-1])),
    # the model did not make the change at all
    ("change Ewan to Callum", substituting("Ewan", "Callum", in_paragraph="nowhere")),
    # not a change of one word or phrase to another
    ("make the ferry a fishing boat", substituting("ferry", "fishing boat", in_paragraph="the ferry captain")),
])
def test_no_other_line_is_changed_where_the_model_did_not_make_just_that_change(repo, request_text, engine):
    (repo / "keeper.md").write_text(KEEPER)
    proposal = Session(engine, Workspace(repo), None).propose_edit("keeper.md", request_text)
    assert all(not hunk.tentative.startswith("the same change") for hunk in proposal.hunks)
    assert "a ferry came round" in proposal.result()


def test_a_revision_that_drops_sentences_to_put_the_new_words_in_is_refused(repo):
    (repo / "keeper.md").write_text(KEEPER)
    engine = ScriptedEngine(lambda prompt: "After that, a fishing boat came.\n</revised>", choice=lambda prompt, choices: choices[-1])
    with pytest.raises(MalformedOutput, match="drops “After that, the ferry captain sent sardines.”"):
        Session(engine, Workspace(repo), None).propose_edit("keeper.md", "change the ferry to a fishing boat").result()


def test_within_a_selection_the_change_stays_in_the_selection(repo):
    (repo / "keeper.md").write_text(KEEPER)
    engine = substituting("ferry", "fishing boat", in_paragraph="the ferry captain")
    selection = "After that, the ferry captain sent sardines."
    proposal = Session(engine, Workspace(repo), None).propose_edit("keeper.md", "change the ferry to a fishing boat",
                                                                  selection=selection)
    assert proposal.result() == KEEPER.replace("the ferry captain", "the fishing boat captain")
