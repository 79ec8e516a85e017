"""Asked to fix typos, each word no dictionary has is replaced by the likeliest word one edit away, and what a
dictionary cannot judge (names, code, the text's own terms, software words, British spellings) is left alone."""

from __future__ import annotations

import pytest

from companion.behaviors.exact import exact_prose_change
from companion.behaviors.typos import FROM_THE_DICTIONARY, likeliest_fix, typos_fixed

LETTER = (
    "Dear Ms Okafor,\n\n"
    "Thank you for your letter of 3 Novmber. I am writting to confirm that the deposit has been recieved.\n\n"
    "Teh keys will be in the lockbox. Let us know if you're arrival time changes.\n"
)


@pytest.mark.parametrize("request_", ["fix the typos", "please correct the spelling mistakes", "spellcheck this"])
def test_misspelt_words_get_their_likeliest_fix_with_their_capitals(request_):
    assert typos_fixed(LETTER, request_) == (
        LETTER.replace("Novmber", "November").replace("writting", "writing").replace("recieved", "received")
        .replace("Teh", "The"))


@pytest.mark.parametrize(("typo", "fix"), [
    ("watter", "water"),  # a doubled letter undone, though "matter" is commoner
    ("realy", "really"),  # not "relay"
    ("definate", "definite"),
    ("teh", "the"),
])
def test_the_fix_is_the_likeliest_word_one_edit_away(typo, fix):
    assert likeliest_fix(typo) == fix


@pytest.mark.parametrize("word", [
    "flavour", "neighbourhoods", "travelling",  # British spellings
    "trailhead", "offsite",  # two words run together
    "async", "json", "onboarding",  # software words
    "okafor", "xq",  # nothing near, or too short to judge
])
def test_words_a_dictionary_cannot_judge_are_not_fixed(word):
    assert likeliest_fix(word) is None


def test_names_code_addresses_and_the_texts_own_terms_are_left_alone():
    text = ("Theo met Priya at the cafe. Run `instal --fast` and see https://exmaple.com/docs.\n"
            "The frobnicator needs the frobnicator key.\n")
    assert typos_fixed(text, "fix the typos") is None


def test_typos_are_fixed_only_in_the_piece_named():
    fixed = typos_fixed("# Notes\n\nOne tpyo here.\n\n## Conclusion\n\nAnd teh end.\n", "fix the typo in the conclusion")
    assert fixed == "# Notes\n\nOne tpyo here.\n\n## Conclusion\n\nAnd the end.\n"


def test_a_text_with_no_typos_is_left_to_the_model():
    assert typos_fixed("All of these words are spelt right.\n", "fix the typos") is None
    assert typos_fixed(LETTER, "fix the grammar") is None


def test_a_fix_from_the_dictionary_is_marked_for_the_user_to_check():
    change = exact_prose_change(LETTER, "fix the typos")
    assert change.tentative == FROM_THE_DICTIONARY
