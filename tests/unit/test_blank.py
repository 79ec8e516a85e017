"""A blank document: nothing in it to change or ask about, but a request to write something is written into it."""

from __future__ import annotations

import pytest

from companion.session import RequestError, Session
from companion.vcs import Vcs
from companion.workspace import Workspace
from tests.conftest import git
from tests.scripted import ScriptedEngine, never_asked

DRAFT = "# Our community garden\n\nTwenty neighbours grow vegetables on the old car park.\n"


def blank_session(repo, engine, text: str = "") -> Session:
    (repo / "intro.md").write_text(text)
    return Session(engine, Workspace(repo), Vcs.discover(repo))


@pytest.mark.parametrize("request_text", ["fix the typos", "make it shorter", "proofread this", "rewrite it formally"])
def test_a_change_to_a_blank_document_is_refused_with_what_to_ask_instead(repo, request_text):
    with pytest.raises(RequestError, match=r"intro.md is empty: there is nothing in it to change yet\. Ask for something"):
        blank_session(repo, never_asked(), "\n\n").propose_edit("intro.md", request_text)


def test_a_question_about_a_blank_document_is_answered_from_what_it_is(repo):
    answer = blank_session(repo, never_asked()).answer("what is this about?", "intro.md")
    assert answer.text == "intro.md is empty: it has no text yet."


def test_a_question_about_something_else_goes_to_the_model(repo):
    engine = ScriptedEngine(lambda prompt: "The Green Fingers.")
    assert blank_session(repo, engine).answer("what is a good name for a garden club?", "intro.md").text == "The Green Fingers."


@pytest.mark.parametrize("request_text", ["write a short intro about our community garden",
                                          "add a paragraph about our community garden"])
def test_a_request_to_write_is_drafted_into_the_blank_document_and_accepting_writes_it_there(repo, request_text):
    session = blank_session(repo, ScriptedEngine(lambda prompt: DRAFT), "\n")
    proposal = session.propose_edit("intro.md", request_text)
    assert proposal.path == "intro.md" and proposal.result() == DRAFT
    session.accept(proposal)
    assert (repo / "intro.md").read_text() == DRAFT
    assert git(repo, "ls-files") == "README.md\nintro.md\n"


def test_the_router_asked_to_create_with_a_blank_document_open_writes_in_that_one_unless_another_file_is_named(repo):
    def choose(prompt, choices):
        return " create" if " create" in choices else choices[0]

    session = blank_session(repo, ScriptedEngine(lambda prompt: DRAFT, choose))
    assert session.route("write a short intro about our community garden", "intro.md") == "edit"
    assert session.route("write a shopping list in a new file", "intro.md") == "create"
    assert session.route("draft notes.md about the garden", "intro.md") == "create"
    (repo / "intro.md").write_text("Some words.\n")
    assert session.route("write a short intro about our community garden", "intro.md") == "create"
