"""A title over a line of one punctuation character is a heading in reStructuredText and plain text: it heads the
paragraphs under it, a revision may not drop it unasked, and its underline grows with a longer title."""

from __future__ import annotations

from pathlib import Path

import pytest

from companion.behaviors.edit import MalformedOutput
from companion.behaviors.exact import exact_prose_change
from companion.behaviors.prose_checks import headings_of
from companion.behaviors.removal import pieces_of
from companion.documents import Document
from companion.headings import underlined_heading
from companion.session import Session
from companion.vcs import Vcs
from companion.workspace import Workspace
from tests.scripted import ScriptedEngine

GUIDE = """Getting started
===============

This guide shows how to install the tool.

First sync
----------

Run ``syncer init``, then ``syncer push``.

Troubleshooting
---------------

If the push stops with a timeout, run it again with ``--retries 3``.
"""


@pytest.mark.parametrize(("block", "level"), [
    ("Getting started\n===============\n", 1),
    ("First sync\n----------\n\n", 2),
    ("Details\n~~~~~~~\n", 3),
    ("=====\nIntro\n=====\n", 1),
    ("A paragraph of text.\nIt goes on.\n", 0),
    ("----------\n", 0),
    ("Much too long a title\n---\n", 0),
])
def test_a_title_underlined_by_one_character_repeated_is_a_heading_ranked_by_that_character(block, level):
    assert underlined_heading(block) == level


def test_the_paragraphs_of_plain_text_sit_under_their_underlined_headings():
    document = Document.from_text(Path("guide.rst"), GUIDE)
    assert [(s.kind, s.title) for s in document.sections if s.text.strip()][:4] == [
        ("setext_heading", "Getting started"),
        ("paragraph", "Getting started: This guide shows how to install the tool."),
        ("setext_heading", "Getting started > First sync"),
        ("paragraph", "Getting started > First sync: Run ``syncer init``, then ``syncer push``."),
    ]


def session_for(repo, engine) -> Session:
    (repo / "guide.rst").write_text(GUIDE)
    return Session(engine, Workspace(repo), Vcs.discover(repo))


def test_a_revision_that_drops_an_underlined_heading_unasked_proposes_nothing(repo):
    junk = ScriptedEngine(lambda prompt: "The troubleshooting section is now friendlier.\n\nIf the push stops, try again.")
    with pytest.raises(MalformedOutput, match="drops the heading “Troubleshooting”"):
        session_for(repo, junk).propose_edit("guide.rst", "make the troubleshooting section friendlier")


def test_a_named_section_of_plain_text_is_its_heading_and_what_is_under_it(repo):
    kinder = ScriptedEngine(lambda prompt: "Troubleshooting\n---------------\n\nNo worries if the push stops with a "
                                           "timeout: run it again with ``--retries 3``.")
    assert session_for(repo, kinder).propose_edit("guide.rst", "make the troubleshooting section friendlier").result() == (
        GUIDE.replace("If the push", "No worries if the push").replace("a timeout, run", "a timeout: run"))


def test_a_longer_title_gets_an_underline_as_long(repo):
    renamed = ScriptedEngine(lambda prompt: "Your first sync\n----------")
    proposal = session_for(repo, renamed).propose_edit("guide.rst", "call the first sync section Your first sync",
                                                      selection="First sync\n----------")
    assert "Your first sync\n---------------\n\nRun" in proposal.result()
    shorter = ScriptedEngine(lambda prompt: "Sync\n----------")
    assert "\nSync\n----------\n\nRun" in session_for(repo, shorter).propose_edit(
        "guide.rst", "call the first sync section Sync", selection="First sync\n----------").result()


def test_a_section_renamed_whole_keeps_the_blank_line_before_the_next_heading(repo):
    renamed = ScriptedEngine(lambda prompt: "Your first sync\n----------\n\nRun ``syncer init``, then ``syncer push``.")
    assert session_for(repo, renamed).propose_edit("guide.rst", "rename the First sync section to Your first sync").result() == (
        GUIDE.replace("First sync\n----------", "Your first sync\n---------------"))


CHANGES = """Changelog
=========

1.2.0 (2026-10-02)
------------------

- Added ``--retries``.
- Fixed a crash on spaces.

1.1.0 (2026-08-15)
------------------

- Added ``syncer status``.
"""


@pytest.mark.parametrize(("text", "request_", "expected"), [
    (CHANGES, "add 'Added a --quiet flag' to 1.2.0", CHANGES.replace("spaces.\n", "spaces.\n- Added a --quiet flag.\n")),
    (CHANGES, "remove the 1.1.0 section", CHANGES[: CHANGES.index("\n1.1.0")]),
    (GUIDE, "delete the troubleshooting section", GUIDE[: GUIDE.index("\nTroubleshooting")]),
    (GUIDE, "move the troubleshooting section above first sync",
     GUIDE[: GUIDE.index("First sync")] + GUIDE[GUIDE.index("Troubleshooting") :] + "\n"
     + GUIDE[GUIDE.index("First sync") : GUIDE.index("\nTroubleshooting")]),
])
def test_sections_under_underlined_headings_take_items_go_and_move_without_the_model(text, request_, expected):
    assert exact_prose_change(text, request_).text == expected


def test_front_matter_between_dashes_is_no_heading():
    assert not [piece for piece in pieces_of("---\ntitle: Notes\n---\n\nHello.\n") if piece.kind == "section"]


def test_the_heading_checks_read_underlined_titles_but_not_front_matter():
    assert headings_of("---\ntitle: Notes\n---\n\nHello\n=====\n\n## Next\n", "markdown") == ["Hello", "## Next"]
    assert headings_of(GUIDE, "text") == ["Getting started", "First sync", "Troubleshooting"]
    assert headings_of("# not a heading in plain text\n", "text") == []
