"""A generation that has begun repeating itself is caught where the repetition starts, and nothing else is."""

from __future__ import annotations

from companion.behaviors.loops import RESTART_CHARS, RUN_CHARS, loop_start

LETTER = (
    "Dear Hiring Manager,\n\nI am writing to apply for the position of data analyst at Brightline. I have three "
    "years of experience cleaning, analysing and presenting data for a retail company.\n\nSincerely,\nLena Marsh\n"
)


def test_one_character_over_and_over_is_a_loop_from_where_it_began():
    # the adapter's answer to "convert this to typescript", as it streamed
    text = "export function formatDate(date: Date): Date {\n  return Math.round(x * 1" + "0" * RUN_CHARS
    assert loop_start(text) == text.index("10") + 1


def test_a_sentence_said_three_times_in_a_row_is_a_loop_from_its_first_saying():
    opening = "I am a strong candidate. "
    text = opening + "I have a strong background in data analysis. " * 3 + "I have a str"
    assert loop_start(text) == len(opening)


def test_a_short_run_is_not_a_loop():
    assert loop_start("Introduction\n" + "=" * 40 + "\n") is None
    assert loop_start("Good, good, good. " * 2) is None


def test_repetition_the_model_was_shown_is_not_a_loop():
    divider = "-" * (RUN_CHARS + 20)
    assert loop_start(f"Totals\n{divider}", shown=f"Totals\n{divider}\n") is None


def test_a_run_longer_than_the_one_shown_is_a_loop():
    assert loop_start("x = " + "9" * (RUN_CHARS + 40), shown="x = " + "9" * 20) is not None


def test_the_passage_begun_a_second_time_is_a_loop_from_the_second_beginning():
    text = LETTER + LETTER[:RESTART_CHARS]
    assert loop_start(text, shown=LETTER) == len(LETTER)


def test_a_passage_the_model_was_shown_twice_may_come_twice():
    refrain = LETTER[:RESTART_CHARS]
    shown = f"{refrain}\nverse\n{refrain}"
    assert loop_start(f"{refrain}\nnew verse\n{refrain}", shown=shown) is None


def test_a_second_copy_is_allowed_when_the_request_asks_for_one():
    assert loop_start(LETTER + LETTER[:RESTART_CHARS], shown=LETTER, restarts=False) is None


def test_an_ordinary_revision_is_not_a_loop():
    revised = LETTER.replace("a retail company", "a busy hospital, where every report reached the wards by eight")
    for end in range(1, len(revised) + 1):
        assert loop_start(revised[:end], shown=LETTER) is None


def test_a_few_sentences_gone_round_in_a_circle_are_a_loop_from_the_second_round():
    # the base weights' answer to "what is the total budget?" about a trip plan
    first = "The total budget is 240 euros. The food is 120 euros. "
    second = "The wine is 25 euros. The room is 240 euros. The food is 120 euros."
    text = first + second + " " + second
    assert loop_start(text[:-1]) is None
    assert loop_start(text) == text.index("The food is 120 euros.", len(first))
    assert loop_start(text, restarts=False) is None


def test_a_sentence_told_twice_or_as_often_as_shown_is_not_a_loop():
    told = "Water them every evening. "
    assert loop_start("Plant the beans. " + told + "Pick them young. " + told.strip()) is None
    assert loop_start(told * 3, shown=told * 3) is None


def test_one_sentence_told_again_with_other_endings_is_a_loop_from_its_third_telling():
    # the adapter's answer to "what does median do?" about a statistics module
    text = ("Median is the middle number in a list of numbers. It is the number that is closest to the middle. "
            "It is the number that is between the two numbers. It is the number that is the smallest number in the list.")
    assert loop_start(text) == text.index("It is the number that is the smallest")


def test_sentences_that_share_an_opening_twice_or_as_often_as_shown_are_not_a_loop():
    told_twice = "We will plant trees on every street. We will plant trees in every school yard. Then we rest."
    assert loop_start(told_twice) is None
    speech = "We shall fight on the beaches. We shall fight on the landing grounds. We shall fight in the fields."
    assert loop_start(speech, shown=speech) is None
    assert loop_start("- Add the flour.\n- Add the sugar.\n- Add the eggs.") is None  # too short to be one sentence
