"""Whom a letter or an email is to and from is read from its greeting, its signature and its headers; a revision
must not lose them unasked; and a title asked to change stays a heading."""

from __future__ import annotations

from pathlib import Path

import pytest

from companion.behaviors.answer import answer
from companion.behaviors.edit import MalformedOutput
from companion.behaviors.letters import letter_answer, lost_parties, parties, signed_as
from companion.documents import Document
from companion.session import Session
from companion.vcs import Vcs
from companion.workspace import Workspace
from tests.scripted import ScriptedEngine

EMAIL = """Subject: Quarterly report moved to Friday

Dear Ms. Okafor,

I am writing to let you know that the quarterly report will now be ready on Friday 12 March.

Kind regards,
Tom Reyes
Finance team
tom.reyes@example.org
"""
NOTE = """Hi Dana,

Thanks for helping with the move on Saturday. We could not have carried the sofa without you.

See you soon,
Priya
"""


@pytest.mark.parametrize(("text", "reader", "writer"), [
    (EMAIL, "Ms. Okafor", "Tom Reyes, Finance team"),
    (NOTE, "Dana", "Priya"),
    ("Hi all,\n\nThe bins go out on Tuesday.\n\nThanks,\nJo\n", "all", "Jo"),
    ("To whom it may concern,\n\nI recommend her warmly.\n\nYours faithfully,\nDr. Ana Ruiz\n", "whoever reads it", "Dr. Ana Ruiz"),
    ("Dear Dr. Chen,\n\nThe samples are ready.\n\nBest,\nAmy\n\nP.S. Bring the cooler.\n", "Dr. Chen", "Amy"),
    ("Hey there, the report is late. Sorry.\n\n— Sam\n", "", "Sam"),
    ("To: Ana Silva\nFrom: Ben Ito\nSubject: Lunch\n\nShall we meet at noon?\n", "Ana Silva", "Ben Ito"),
])
def test_the_reader_is_whom_the_greeting_names_and_the_writer_who_signs(text, reader, writer):
    found = parties(text)
    assert (found.reader, found.writer) == (reader, writer)


@pytest.mark.parametrize("text", [
    "# Bike lanes\n\nMany people would like to cycle to work.\n\nThe council should vote for them.\n",
    "Hi Dana. Thanks for helping with the move.\n\nThanks for everything\n",
])
def test_prose_that_greets_no_one_and_is_not_signed_has_no_parties(text):
    assert parties(text) == parties("")


SIGNED = "From Tom Reyes, Finance team: it is signed “Kind regards, / Tom Reyes / Finance team / tom.reyes@example.org”."


@pytest.mark.parametrize(("question", "expected"), [
    ("who is this email to?", "To Ms. Okafor: it opens “Dear Ms. Okafor,”."),
    ("whom is it addressed to?", "To Ms. Okafor: it opens “Dear Ms. Okafor,”."),
    ("who is the recipient?", "To Ms. Okafor: it opens “Dear Ms. Okafor,”."),
    ("who wrote this?", SIGNED),
    ("who is the email from?", SIGNED),
])
def test_a_question_about_whom_a_letter_is_to_or_from_is_answered_from_its_own_lines(question, expected):
    assert letter_answer(question, Document.from_text(Path("email.md"), EMAIL)) == expected


def test_a_letter_without_the_part_asked_about_says_so_and_other_text_is_left_to_the_model():
    unsigned = Document.from_text(Path("note.txt"), "Hi Dana,\n\nThanks for Saturday.\n")
    assert letter_answer("who wrote this?", unsigned).startswith("It does not say who wrote it")
    unnamed = Document.from_text(Path("note.txt"), "Hey,\n\nThanks for Saturday.\n\nCheers,\nJo\n")
    assert letter_answer("who is it to?", unnamed) == "It does not name whom it is to: it opens “Hey,”."
    essay = Document.from_text(Path("essay.md"), "# Lanes\n\nThe council should vote for bike lanes.\n")
    assert letter_answer("who wrote this?", essay) is None
    assert letter_answer("what did Dana help with?", Document.from_text(Path("note.txt"), NOTE)) is None


def test_the_answer_is_given_without_the_model():
    never = ScriptedEngine(lambda prompt: pytest.fail("the model was asked"))
    assert answer(never, "who is the letter from?", Document.from_text(Path("note.txt"), NOTE)) == (
        "From Priya: it is signed “See you soon, / Priya”.")


@pytest.mark.parametrize(("revised", "request_", "lost"), [
    ("Thank you very much for your patience.", "make it more formal", "Priya"),
    ("See you soon, Priya, at the van keys.", "add a PS about the van keys", "Priya"),
    ("Kind regards,\nPriya", "make it more formal", ""),
    ("See you soon,\nPriya and Sam", "sign it from Priya and Sam", ""),
    ("See you soon,\nSam", "change Priya to Sam", ""),
])
def test_a_revision_keeps_the_name_under_the_closing_on_its_own_line_unless_asked(revised, request_, lost):
    assert lost_parties(revised, "See you soon,\nPriya", request_) == lost


def test_a_revision_keeps_the_person_its_greeting_names():
    assert lost_parties("Hello,\n\nThanks for Saturday.", "Hi Dana,\n\nThanks for Saturday.", "make it warmer") == "Hi Dana,"
    assert lost_parties("Dear Dana,\n\nThank you for Saturday.", "Hi Dana,\n\nThanks for Saturday.", "make it formal") == ""


def test_a_letter_whose_signature_the_model_replaces_is_not_proposed(repo):
    (repo / "note.txt").write_text(NOTE)
    engine = ScriptedEngine(lambda prompt: "Thank you very much for your patience while we built the house.")
    session = Session(engine, Workspace(repo), Vcs.discover(repo))
    with pytest.raises(MalformedOutput, match="drops “Priya”"):
        session.propose_edit("note.txt", "make it more formal", selection=(NOTE.index("See you"), len(NOTE)))


def test_a_title_asked_to_change_stays_a_heading(repo):
    (repo / "essay.md").write_text("# Why our town should build bike lanes\n\nMany people would like to cycle.\n")
    flattened = ScriptedEngine(lambda prompt: "The town should build bike lanes.")
    with pytest.raises(MalformedOutput, match="a heading fewer"):
        Session(flattened, Workspace(repo), Vcs.discover(repo)).propose_edit("essay.md", "give it a catchier title")
    retitled = ScriptedEngine(lambda prompt: "# Bike lanes now")
    assert Session(retitled, Workspace(repo), Vcs.discover(repo)).propose_edit("essay.md", "give it a catchier title").result() == (
        "# Bike lanes now\n\nMany people would like to cycle.\n")


@pytest.mark.parametrize(("request_", "signed"), [
    ("sign it Priya and Sam", "See you soon,\nPriya and Sam\n"),
    ("change the signature to Sam", "See you soon,\nSam\n"),
    ("sign off with warm wishes", "Warm wishes,\nPriya\n"),
    ("end with Cheers", "Cheers,\nPriya\n"),
    ("sign off with Kind regards instead", "Kind regards,\nPriya\n"),
])
def test_a_letter_is_signed_as_the_request_says_without_the_model(repo, request_, signed):
    (repo / "note.txt").write_text(NOTE)
    never = ScriptedEngine(lambda prompt: pytest.fail("the model was asked"))
    proposal = Session(never, Workspace(repo), Vcs.discover(repo)).propose_edit("note.txt", request_)
    assert proposal.result() == NOTE.replace("See you soon,\nPriya\n", signed)


@pytest.mark.parametrize(("text", "request_"), [
    (NOTE, "end with a question"),
    (NOTE, "sign it properly"),
    ("Thanks for Saturday.\n", "sign it Priya and Sam"),
])
def test_a_closing_that_is_no_closing_or_a_letter_with_no_signature_is_left_to_the_model(text, request_):
    assert signed_as(text, request_) is None


def test_a_translation_keeps_the_names_but_not_the_honorifics_or_roles_word_for_word():
    letter = "Dear Ms. Okafor,\n\nThe report is late.\n\nKind regards,\nTom Reyes\nFinance team\n"
    french = "Chère Madame Okafor,\n\nLe rapport est en retard.\n\nCordialement,\nTom Reyes\nÉquipe finance\n"
    assert lost_parties(french, letter, "translate it into French") == ""
    assert lost_parties(french.replace("Tom Reyes\n", ""), letter, "translate it into French") == "Tom Reyes"
