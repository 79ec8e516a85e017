"""Pending suggestions follow their text when the file changes, and go stale when it is gone."""

from pathlib import Path

import pytest

from companion.behaviors.comment import Comment, Review
from companion.documents import Document
from companion.proposals import Replacement, build_proposal
from companion.staleness import rebase_proposal, rebase_review, vanished

TEXT = "# Notes\n\nThe first paragraph.\n\nThe second paragraph.\n\nThe third paragraph.\n"


def proposal_for(text=TEXT):
    document = Document.from_text(Path("notes.md"), text)
    start = text.index("The second")
    end = start + len("The second paragraph.\n")
    return build_proposal(document, "improve", [Replacement(start, end, "A better second paragraph.\n", 2)], display_path="notes.md")


def test_a_hunk_whose_text_moved_is_re_anchored_where_the_text_now_is():
    proposal = proposal_for()
    moved = "# Notes\n\nA new opening paragraph.\n\n" + TEXT.split("\n\n", 1)[1]
    rebased = rebase_proposal(proposal, moved)
    assert not rebased.stale
    assert rebased.result() == moved.replace("The second paragraph.", "A better second paragraph.")


def test_a_hunk_whose_text_was_edited_is_stale_and_cannot_be_accepted():
    rebased = rebase_proposal(proposal_for(), TEXT.replace("The second paragraph.", "My own second paragraph."))
    assert rebased.stale and rebased.hunk_ids == []
    with pytest.raises(ValueError, match="stale"):
        rebased.result([rebased.hunks[0].id])
    assert rebased.result() == TEXT.replace("The second paragraph.", "My own second paragraph.")


def test_an_ambiguous_new_position_is_stale_rather_than_a_guess():
    proposal = proposal_for()
    twice_alike = "A\n\nThe second paragraph.\n\nA\n\nThe second paragraph.\n\nA"
    assert rebase_proposal(proposal, twice_alike).stale


def test_among_several_occurrences_the_one_with_the_same_surroundings_wins():
    proposal = proposal_for()
    changed = "The second paragraph.\n\n" + TEXT
    rebased = rebase_proposal(proposal, changed)
    assert not rebased.stale
    assert rebased.result() == "The second paragraph.\n\n" + TEXT.replace("The second paragraph.", "A better second paragraph.")


def test_a_deleted_file_makes_every_hunk_stale():
    assert vanished(proposal_for()).hunk_ids == []


def test_comments_follow_their_quote_or_go_stale():
    comment = Comment(TEXT.index("The third"), TEXT.index("The third") + 20, "The third paragraph.", "Vague.", None, 7, 1)
    review = Review("notes.md", (comment,), produced=1, dropped=0)
    moved = rebase_review(review, "Intro.\n\n" + TEXT)
    assert moved.comments[0].line == 9 and not moved.comments[0].stale
    assert rebase_review(review, TEXT.replace("third", "last")).comments[0].stale
