"""A request to split a paragraph in two breaks the one it names between two of its sentences, changing no word."""

from __future__ import annotations

import pytest

from companion.behaviors.exact import exact_prose_change
from companion.behaviors.splits import split_paragraph

STORY = (
    "# The Last Ferry\n\n"
    "The ferry left at six. Nora stood on the pier. Her phone had died. There would be no other boat.\n\n"
    "A man in a yellow coat came out. He sighed.\n\n"
    '"You\'ll be wanting a bed," he said. "It\'s warm."\n'
)


@pytest.mark.parametrize(("request_", "expected"), [
    ("split the first paragraph into two",
     STORY.replace("on the pier. Her phone", "on the pier.\n\nHer phone")),
    ("break the first paragraph after 'the ferry left'",
     STORY.replace("at six. Nora", "at six.\n\nNora")),
    ("split the paragraph about the yellow coat in half", STORY.replace("came out. He", "came out.\n\nHe")),
    ("split the last paragraph", STORY.replace('he said. "It', 'he said.\n\n"It')),
])
def test_the_paragraph_named_breaks_between_sentences_nearest_its_middle_or_after_the_words_given(request_, expected):
    assert split_paragraph(STORY, request_) == expected
    assert split_paragraph(STORY, request_).split() == STORY.split()  # not a word changed


def test_a_selected_paragraph_is_this_paragraph():
    assert split_paragraph("One. Two. Three. Four.\n", "split this paragraph") == "One. Two.\n\nThree. Four.\n"


@pytest.mark.parametrize("request_", [
    "split this paragraph",  # the document has three: which?
    "split the title",  # not a paragraph
    "break the second paragraph after 'nothing said here'",  # no such words
    "split the bill between us",  # names no paragraph
])
def test_no_split_where_no_one_paragraph_or_no_place_is_named(request_):
    assert split_paragraph(STORY, request_) is None


def test_a_split_is_an_exact_change():
    assert exact_prose_change(STORY, "split the first paragraph into two").text == split_paragraph(
        STORY, "split the first paragraph into two")
