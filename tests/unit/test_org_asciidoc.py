"""Org and AsciiDoc files are writing, as Markdown is: their "*" and "=" lines are headings, so sections are cut,
named, moved, deleted and counted by them, and the checks on a revision's headings hold for them; their markup
(``#+TITLE:``, ``:toc:``) is no word to spell-check."""

from pathlib import Path

import pytest

from companion.behaviors.counts import counted_answer
from companion.behaviors.prose_checks import headings_of
from companion.documents import Document, is_prose, language_for, split_sections
from companion.headings import headings_in
from companion.session import Session
from companion.workspace import Workspace
from tests.scripted import ScriptedEngine

GARDEN = """\
#+TITLE: Garden plan

* Spring
** Sow tomatos indoors in March
** Prune the apple tree befor the buds open

* Summer
- Water the beds every evening.
- Pick the beans while they are small.

* Autumn
Plant the garlic in October.
"""

GUIDE = """\
= Getting started with Tidy
:toc:

== Install

Run `pip install tidy`.

== First run

Point tidy at a folder.

== Troubleshooting

If nothing moves, check that the photos have EXIF dates.
"""


def test_org_and_asciidoc_files_are_writing_in_a_language_of_their_own():
    assert [(language_for(Path(name)), is_prose(Path(name))) for name in ("plan.org", "guide.adoc", "guide.asciidoc")] == [
        ("org", True), ("asciidoc", True), ("asciidoc", True)]


def test_a_heading_line_is_a_section_of_its_own_titled_with_the_headings_above_it():
    sections = split_sections(GARDEN, "org")
    assert "".join(section.text for section in sections) == GARDEN
    assert [(section.kind, section.title) for section in sections] == [
        ("paragraph", "#+TITLE: Garden plan"), ("atx_heading", "Spring"),
        ("atx_heading", "Spring > Sow tomatos indoors in March"),
        ("atx_heading", "Spring > Prune the apple tree befor the buds open"), ("atx_heading", "Summer"),
        ("paragraph", "Summer: - Water the beds every evening."), ("atx_heading", "Autumn"),
        ("paragraph", "Autumn: Plant the garlic in October.")]
    assert [section.title for section in split_sections(GUIDE, "asciidoc") if section.kind == "atx_heading"] == [
        "Getting started with Tidy", "Getting started with Tidy > Install", "Getting started with Tidy > First run",
        "Getting started with Tidy > Troubleshooting"]


def test_the_heading_checks_read_each_languages_marks_and_a_star_in_plain_text_is_a_bullet():
    assert headings_of(GARDEN, "org")[:2] == ["* Spring", "** Sow tomatos indoors in March"]
    assert headings_of(GUIDE, "asciidoc")[1] == "== Install"
    assert headings_of("* eggs\n* milk\n", "text") == [] and headings_in("* eggs\n* milk\n")[0] == []


@pytest.fixture
def session(repo):
    return Session(ScriptedEngine(lambda prompt: pytest.fail("the model was asked")), Workspace(repo), None)


@pytest.mark.parametrize(
    ("name", "text", "request_", "gone", "kept"),
    [
        ("garden.org", GARDEN, "delete the Summer section", ("* Summer\n- Water the beds every evening.\n"
                                                             "- Pick the beans while they are small.\n\n"), "* Autumn\n"),
        ("guide.adoc", GUIDE, "delete the troubleshooting section", ("\n\n== Troubleshooting\n\nIf nothing moves, check "
                                                                     "that the photos have EXIF dates."), "== First run\n"),
    ],
)
def test_a_section_named_by_its_heading_is_deleted_whole_without_the_model(repo, session, name, text, request_, gone, kept):
    (repo / name).write_text(text)
    result = session.propose_edit(name, request_).result()
    assert gone not in result and kept in result and len(result) == len(text) - len(gone)


def test_a_section_is_moved_by_its_heading_with_what_is_under_it(repo, session):
    (repo / "garden.org").write_text(GARDEN)
    moved = session.propose_edit("garden.org", "move Autumn above Summer").result()
    assert moved.index("* Autumn") < moved.index("Plant the garlic") < moved.index("* Summer") < moved.index("- Pick")


def test_typos_are_fixed_and_the_markup_left_alone(repo, session):
    (repo / "garden.org").write_text(GARDEN)
    fixed = session.propose_edit("garden.org", "fix the typos").result()
    assert "befor " not in fixed and "#+TITLE: Garden plan" in fixed
    text = ":toc:\n:sectnums:\n\nThe garden needs water.\n"
    (repo / "notes.adoc").write_text(text + "It needs sunlihgt.\n")
    assert session.propose_edit("notes.adoc", "fix the typos").result().startswith(":toc:\n:sectnums:\n")


@pytest.mark.parametrize(
    ("name", "text", "said"),
    [
        ("garden.org", GARDEN, "garden.org has 3 sections: “Spring”, “Summer”, “Autumn” (with 2 more headings under them)."),
        ("guide.adoc", GUIDE, "guide.adoc has 3 sections: “Install”, “First run”, “Troubleshooting”."),
        ("essay.md", "# Bike lanes\n\nWe need them.\n", "essay.md has no sections under its title, “Bike lanes”."),
        ("note.txt", "Call the plumber.\n", "note.txt has no headings, so no sections of its own."),
    ],
)
def test_sections_are_counted_by_their_headings(name, text, said):
    assert counted_answer("how many sections are there?", Document.from_text(Path(name), text)) == said
