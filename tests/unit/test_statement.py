"""A statement the user gives the text to add is written in as they worded it where the model's revision does not
make it, in the paragraph that shares most words with it, in that paragraph's own form, and marked tentative."""

from __future__ import annotations

import pytest

from companion.behaviors.statement import AS_GIVEN, statement_added
from companion.session import Session
from companion.workspace import Workspace
from tests.scripted import ScriptedEngine

INVITE = (
    "Hi everyone,\n\n"
    "We are having a small party on Saturday to celebrate Anna's new job.\n"
    "It starts at 7 pm at our flat, 14 Rose Street.\n\n"
    "Please let us know by Wednesday if you can come.\n\n"
    "See you there,\nSam and Jo\n"
)
NOTES = "# Standup\n\n## Done\n\n- Maya finished the login page.\n- Tom fixed the upload crash.\n\n## Today\n\n1. Tom starts on the export.\n"
ESSAY = "# Swimming\n\nI learned to swim at forty. It was hard.\n\nBy the end of the summer I could swim two lengths.\n"


@pytest.mark.parametrize(
    ("text", "request_", "expected"),
    [
        # each sentence on its own line: a new line; the party's paragraph, not the greeting or the sign-off
        (INVITE, "add that there is no parking nearby", INVITE.replace("Rose Street.\n", "Rose Street.\nThere is no parking nearby.\n")),
        # a list: a new item like its neighbours, under the heading whose words it shares
        (NOTES, "mention that the export is half done", NOTES.replace("on the export.\n", "on the export.\n2. The export is half done.\n")),
        (NOTES, "add that Maya also fixed the login crash",
         NOTES.replace("upload crash.\n", "upload crash.\n- Maya also fixed the login crash.\n")),
        # running text: after the paragraph's last sentence
        (ESSAY, "include that I now swim every sunday.", ESSAY.replace("two lengths.", "two lengths. I now swim every sunday.")),
        # a sentence asked for by what it should say
        (ESSAY, "add a sentence to the second paragraph saying that I swim every Sunday now",
         ESSAY.replace("two lengths.", "two lengths. I swim every Sunday now.")),
        (INVITE, "add a line saying there is no parking nearby",
         INVITE.replace("Rose Street.\n", "Rose Street.\nThere is no parking nearby.\n")),
    ],
)
def test_the_statement_goes_where_its_words_are_in_the_form_of_that_paragraph(text, request_, expected):
    assert statement_added(text, request_) == expected


@pytest.mark.parametrize(
    "request_",
    [
        "say that the party starts at 8",  # may correct what the text says: left to the model
        "make it warmer",
        "add a line about parking",  # no statement given
        "mention that it is at our flat, 14 Rose Street",  # already said
        "mention that it starts at 8 pm",  # a value the text has another of: a correction, which adding would contradict
    ],
)
def test_only_an_outright_add_of_a_statement_not_yet_made_is_written_in(request_):
    assert statement_added(INVITE, request_) is None


def test_when_the_models_revision_does_not_make_the_statement_the_users_words_are_proposed_as_tentative(repo):
    (repo / "invite.txt").write_text(INVITE)
    elsewhere = ScriptedEngine(lambda prompt: "See you soon,\nSam and Jo\n</revised>")
    proposal = Session(elsewhere, Workspace(repo), None).propose_edit("invite.txt", "add that there is no parking nearby",
                                                                     selection=None)
    assert proposal.result() == INVITE.replace("Rose Street.\n", "Rose Street.\nThere is no parking nearby.\n")
    assert [hunk.tentative for hunk in proposal.hunks] == [AS_GIVEN]


def test_a_revision_that_makes_the_statement_is_the_models_own(repo):
    (repo / "essay.md").write_text(ESSAY)
    said = ScriptedEngine(lambda prompt: "I learned to swim at forty, and now I swim every Sunday. It was hard.\n</revised>")
    proposal = Session(said, Workspace(repo), None).propose_edit(
        "essay.md", "mention that I now swim every Sunday", selection="I learned to swim at forty. It was hard.")
    assert "and now I swim every Sunday" in proposal.result()
    assert not any(hunk.tentative for hunk in proposal.hunks)


def test_the_statement_goes_in_the_section_the_request_names_though_another_shares_more_of_its_words(repo):
    rota = "# Rota\n\n## Monday\n\nWe weed.\n\n## Friday\n\nWe water the beds and fill the water butts.\n"
    (repo / "rota.md").write_text(rota)
    elsewhere = ScriptedEngine(lambda prompt: "See you soon.\n</revised>")
    proposal = Session(elsewhere, Workspace(repo), None).propose_edit(
        "rota.md", "add a sentence to the Monday section saying the water is turned off", selection=None)
    assert proposal.result() == rota.replace("We weed.", "We weed. The water is turned off.")
    assert [hunk.tentative for hunk in proposal.hunks] == [AS_GIVEN]


def test_a_revision_that_only_rewords_words_the_text_had_does_not_make_the_statement(repo):
    activities = ("## Activities\n\n- Weekly sessions, with a volunteer for every four learners.\n"
                  "- A lending shelf of graded readers.\n")
    (repo / "plan.md").write_text(activities)
    reworded = ScriptedEngine(lambda prompt: "## Activities\n\n- Weekly sessions, with a volunteer for every learner.\n"
                                             "- A lending shelf of graded readers.\n</revised>")
    proposal = Session(reworded, Workspace(repo), None).propose_edit(
        "plan.md", "add a line to the Activities section saying sessions are free", selection=None)
    assert proposal.result() == activities + "- Sessions are free.\n"
    assert [hunk.tentative for hunk in proposal.hunks] == [AS_GIVEN]
