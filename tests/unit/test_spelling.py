"""Asked for American or British spelling, every word the two spell differently is changed, and nothing else."""

from __future__ import annotations

import pytest

from companion.behaviors.exact import exact_prose_change
from companion.behaviors.spelling import respelled

BRITISH = "My favourite colour is grey. We travelled to the theatre centre to organise the Programme.\n"
AMERICAN = "My favorite color is gray. We traveled to the theater center to organize the Program.\n"


@pytest.mark.parametrize("request_", ["use American spelling", "switch to US spelling", "americanize the spelling",
                                      "spell it the American way", "use American English spelling throughout"])
def test_british_words_are_spelt_the_american_way_with_their_capitals(request_):
    assert respelled(BRITISH, request_) == AMERICAN


def test_american_words_are_spelt_the_british_way_except_where_the_american_word_means_something_else():
    assert respelled(AMERICAN, "use British spelling") == BRITISH.replace("Programme", "Program")
    assert respelled("Write a program to check the tire.", "use British spelling") is None


def test_every_ending_is_changed_and_words_that_only_look_alike_are_not():
    text = "Colours coloured colourful; organisation organisers; cancelled but cancellation; our hour of flour.\n"
    assert respelled(text, "use American spelling") == (
        "Colors colored colorful; organization organizers; canceled but cancellation; our hour of flour.\n")


def test_code_and_web_addresses_keep_their_spelling():
    text = "The colour is set by `colour=` (see https://example.org/colour).\n\n```\ncolour = 1\n```\n"
    assert respelled(text, "use American spelling") == text.replace("The colour", "The color", 1)


@pytest.mark.parametrize(("text", "request_"), [
    (AMERICAN, "use American spelling"),  # nothing to change
    (BRITISH, "use a warmer tone"),  # not a request about spelling
])
def test_nothing_is_respelled_where_nothing_differs_or_nothing_is_asked(text, request_):
    assert respelled(text, request_) is None


def test_a_change_of_spelling_is_an_exact_change():
    assert exact_prose_change(BRITISH, "use American spelling").text == AMERICAN
