"""Proposals are independent hunks: any subset applies, and text outside the replaced regions never changes."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from companion.documents import Document
from companion.proposals import Replacement, build_proposal, fit_replacement

TEXT = "# Title\n\nFirst paragraph here.\nSecond line.\n\nClosing words.\n"


def propose(text: str, replacements: dict[int, str], path: str = "doc.md"):
    document = Document.from_text(Path(path), text)
    return document, build_proposal(
        document,
        "a request",
        [Replacement(document.sections[i].start, document.sections[i].end, new, i) for i, new in replacements.items()],
        display_path=path,
    )


def test_accepting_every_hunk_gives_the_new_section_and_keeps_the_rest():
    _, proposal = propose(TEXT, {1: "First paragraph, shorter.\nSecond line.\n"})
    assert proposal.result() == "# Title\n\nFirst paragraph, shorter.\nSecond line.\n\nClosing words.\n"


def test_rejecting_every_hunk_gives_the_original_byte_for_byte():
    _, proposal = propose(TEXT, {1: "Totally new.\n", 2: "New close.\n"})
    assert proposal.result([]) == TEXT


def test_changes_within_a_section_become_separate_line_hunks():
    text = "a\nb\nc\nd\ne\n"
    _, proposal = propose(text, {0: "A\nb\nc\nd\nE\n"}, "notes.txt")
    assert [(h.old, h.new) for h in proposal.hunks] == [("a\n", "A\n"), ("e\n", "E\n")]
    assert proposal.result([2]) == "a\nb\nc\nd\nE\n"


def test_a_replacement_keeps_the_blank_lines_that_separate_it_from_the_next_section():
    _, proposal = propose(TEXT, {1: "\n\nRewritten paragraph.\n\n\n\n"})
    assert proposal.result() == "# Title\n\nRewritten paragraph.\n\nClosing words.\n"


def test_model_text_takes_the_documents_crlf_line_endings():
    crlf = TEXT.replace("\n", "\r\n")
    _, proposal = propose(crlf, {1: "New one.\nNew two.\n"})
    assert proposal.result() == "# Title\r\n\r\nNew one.\r\nNew two.\r\n\r\nClosing words.\r\n"


def test_a_file_without_final_newline_still_has_none():
    _, proposal = propose("One.\n\nTwo.", {1: "Deux.\n"}, "a.txt")
    assert proposal.result() == "One.\n\nDeux."


def test_a_selection_inside_a_line_is_replaced_exactly():
    document = Document.from_text(Path("a.txt"), "The quick brown fox.\n")
    start, end = document.find("quick brown")
    proposal = build_proposal(document, "r", [Replacement(start, end, "slow red\n", 0)], display_path="a.txt")
    assert proposal.result() == "The slow red fox.\n"


def test_unified_diff_names_the_file_and_shows_the_change():
    _, proposal = propose(TEXT, {2: "Final words.\n"})
    diff = proposal.unified_diff()
    assert diff.startswith("--- a/doc.md\n+++ b/doc.md\n")
    assert "-Closing words.\n+Final words.\n" in diff


def test_a_hunk_diff_shows_that_hunk_alone():
    _, proposal = propose("a\nb\nc\nd\ne\nf\ng\nh\n", {0: "A\nb\nc\nd\ne\nf\ng\nH\n"}, "x.txt")
    first = proposal.hunk_diff(proposal.hunks[0])
    assert "-a\n+A\n" in first and "+H" not in first


def test_unknown_hunk_ids_are_refused():
    _, proposal = propose(TEXT, {1: "x\n"})
    with pytest.raises(ValueError, match="No hunk"):
        proposal.result([99])


def test_the_json_form_carries_the_hash_it_was_made_against():
    document, proposal = propose(TEXT, {1: "x\n"})
    data = proposal.to_json()
    assert data["original_sha256"] == document.content_hash
    assert data["hunks"][0]["section"] == 1


def test_fit_replacement_of_an_emptied_region_deletes_it():
    assert fit_replacement("old\n\n", "   \n", "\n") == ""


@settings(max_examples=200, deadline=None)
@given(
    lines=st.lists(st.text(alphabet="abc \t", max_size=6), min_size=1, max_size=12),
    new_lines=st.lists(st.text(alphabet="abcd ", max_size=6), max_size=12),
    subset=st.sets(st.integers(min_value=1, max_value=30)),
    crlf=st.booleans(),
)
def test_any_subset_of_hunks_applies_and_only_touches_the_region(lines, new_lines, subset, crlf):
    newline = "\r\n" if crlf else "\n"
    text = "Before.\n\n" + "\n".join(lines) + "\n\nAfter.\n"
    text = text.replace("\n", newline)
    document = Document.from_text(Path("t.txt"), text)
    middle = document.sections[1]
    proposal = build_proposal(
        document, "r", [Replacement(middle.start, middle.end, "\n".join(new_lines), 1)], display_path="t.txt"
    )
    accepted = [i for i in proposal.hunk_ids if i in subset]
    result = proposal.result(accepted)
    assert result.startswith(text[: middle.start]) and result.endswith(text[middle.end :])
    assert proposal.result([]) == text
    everything = proposal.result()
    assert everything.startswith(text[: middle.start]) and everything.endswith(text[middle.end :])
