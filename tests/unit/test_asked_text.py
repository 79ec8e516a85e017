"""Which requests dictate the words of their change, and what those words are."""

from __future__ import annotations

import pytest

from companion.behaviors.asked_text import AskedText, asked_text, dictated, has_text

PASSAGE = "I can start in September. It takes forty minutes on foot, ten minutes by bus.\nPORT = 3000\nKB = 1024\nflour = 'wholemeal'\n"


@pytest.mark.parametrize(
    ("request_", "asked"),
    [
        ("change september to october", "october"),
        ("change forty minutes to thirty-five minutes", "thirty-five minutes"),
        ("the default port should be 8080", "8080"),
        ("the flight is at 18:40 now", "18:40"),
        ("lunch moved to the 19th", "19th"),
        ("use rye flour instead of wholemeal", "rye flour"),
        ("human_size should use 1000 not 1024", "1000"),
        ("rename `PORT` to `HTTP_PORT`", "HTTP_PORT"),
        ('replace "September" with "early October"', "early October"),
        ("change it to Tuesday", "Tuesday"),
        ("move it to Friday please", "Friday"),
        ("we arrive on Saturday instead", "Saturday"),
        ("we meet in room C now", "room C"),
        ("it takes forty-five minutes, not forty", "forty-five minutes"),
        ("October, not September", "October"),
        # where the change goes is not part of the new text: "'silver' in the first verse" had gone into a song
        ("change 'september' to 'october' in the first paragraph", "october"),
        ("change forty minutes to an hour in the second sentence", "an hour"),
    ],
)
def test_a_substitution_names_the_text_it_asks_for(request_, asked):
    assert asked_text(request_, PASSAGE).new == asked


def test_the_text_to_replace_is_known_where_the_request_quotes_it_rather_than_describes_it():
    assert asked_text("change september to october", PASSAGE) == AskedText("october", "september", "october")
    assert asked_text("change forty minutes to the half hour", PASSAGE) == AskedText("half hour", "forty minutes", "the half hour")
    assert asked_text("change the month to October", PASSAGE) == AskedText("October", "September", "October")
    assert asked_text("change the month to October", "It may rain.") == AskedText("October")
    assert asked_text("the meeting is on Tuesday, not Monday", "We meet on Monday.") == AskedText("Tuesday", "Monday", "Tuesday")


def test_a_correction_that_says_more_than_the_value_puts_in_only_the_value_of_the_old_ones_kind():
    out_until = "- Priya is out until Monday.\n"
    assert asked_text("Priya is back on Friday, not Monday", out_until) == AskedText("Friday", "Monday", "Friday")
    assert asked_text("she is back on friday, not monday", out_until) == AskedText("Friday", "monday", "Friday")
    assert asked_text("by three seconds, not eleven", "She lost by eleven seconds.").new == "three seconds"  # no kind


@pytest.mark.parametrize(
    ("request_", "passage", "old"),
    [
        ("the flight home is at 18:40 now", "Pack early.\nThe flight home at 16:15 leaves from Terminal 1.\n", "16:15"),
        ("we arrive on Saturday instead", "We arrive on Friday at 18:40.", "Friday"),
        ("the hotel is 260 euros now", "Hotel: 240 euros for two nights.", "240 euros"),
        ("lunch moved to the 19th", "Lunch is on Friday the 12th.", "12th"),
        ("the hotel is 260 euros now", "Hotel: 240 euros. Food: 120 euros.", "240 euros"),  # the one after "Hotel"
        ("it is 260 euros now", "Hotel: 240 euros. Food: 120 euros.", ""),  # two of the kind: the model places it
        ("change it to Tuesday", "We meet on Monday and on Thursday.", ""),
        ("the deadline is in June now", "You may reply by email.", ""),
    ],
)
def test_where_the_passage_has_one_value_of_the_new_ones_kind_that_is_the_one_replaced(request_, passage, old):
    assert asked_text(request_, passage).old == old


CONTACT = "Call us on 555-0142 or write to shop@bakery.example.\nSee https://bakery.example/menu for prices.\n"
HOURS = "- Monday to Friday: 7am to 6pm\n- Saturday: 8am to 4pm\n- Sunday: closed\n"


@pytest.mark.parametrize(
    ("request_", "passage", "asked"),
    [
        ("change the phone number to 555-0199", CONTACT, AskedText("555-0199", "555-0142", "555-0199")),
        ("our number is now 020 7946 0958", CONTACT, AskedText("020 7946 0958", "555-0142", "020 7946 0958")),
        ("change the email to orders@bakery.example", CONTACT,
         AskedText("orders@bakery.example", "shop@bakery.example", "orders@bakery.example")),
        ("the menu link should be https://bakery.example/menu-2027", CONTACT,
         AskedText("https://bakery.example/menu-2027", "https://bakery.example/menu", "https://bakery.example/menu-2027")),
        ("change the Saturday hours to 9am to 3pm", HOURS, AskedText("9am to 3pm", "8am to 4pm", "9am to 3pm")),
    ],
)
def test_a_phone_number_an_email_a_web_address_or_hours_replace_the_one_of_their_kind(request_, passage, asked):
    assert asked_text(request_, passage) == asked


def test_a_date_or_a_version_is_no_phone_number():
    assert asked_text("change the phone number to 555-0199", "Released 2026-10-05 as version 1.4.0.\n").old == ""


METHOD = "1. Rest the batter for 30 minutes.\n2. Heat the pan.\n3. Pour in the batter and cook for a minute on each side.\n"


@pytest.mark.parametrize(
    ("request_", "asked"),
    [
        ("the batter should rest for an hour", AskedText("an hour", "30 minutes", "an hour")),
        ("rest the batter for half an hour instead", AskedText("half an hour", "30 minutes", "half an hour")),
        ("change 30 minutes to an hour", AskedText("an hour", "30 minutes", "an hour")),
        ("cook for two minutes on each side instead", AskedText("two minutes", "a minute", "two minutes")),
    ],
)
def test_a_duration_replaces_the_one_its_request_points_to(request_, asked):
    assert asked_text(request_, METHOD) == asked


def test_a_correction_may_say_what_the_text_says():
    terms = "First, the payment terms say 60 days; we agreed 30 days on the call."
    assert asked_text("the payment terms say 90 days, not 60", terms) == AskedText("90 days", "60", "90 days")


def test_words_given_after_a_value_place_it_and_are_not_put_in_again():
    assert asked_text("we meet at 10:00 in the lobby instead", "Breakfast at 8:00.\nWe meet at 9:30 in the lobby.\n") == AskedText("10:00", "9:30", "10:00")
    assert asked_text("we meet at 10:00 in the lobby instead", "Breakfast at 8:00 in the lobby.\nWe meet at 9:30 in the lobby.\n").old == ""


CHANGELOG = "# Changelog\n\n## 1.4.0 - 2026-10-02\n\n- Added `--since`.\n\n## 1.3.1 - 2026-08-15\n\n- Fixed totals.\n"
MENU = "Small pizza: 9 euros\nLarge pizza: 12 euros\nSalad: 7 euros\n"


@pytest.mark.parametrize(
    ("request_", "passage", "old"),
    [
        ("change the date of 1.4.0 to 2026-10-05", CHANGELOG, "2026-10-02"),
        ("change the 1.3.1 date to 2026-08-16", CHANGELOG, "2026-08-15"),
        ("change the price of the large pizza to 14 euros", MENU, "12 euros"),
        ("large pots should cost 6 pounds", "Small pots at 2 pounds and large pots at 5 pounds.", "5 pounds"),
        ("the plant sale is on Sunday 19 April now", "# Club, 3 November\nThe sale is on Saturday 18 April.\n", "Saturday 18 April"),
        ("the plant sale is in May now", "# Club, 3 November\nThe sale is on Saturday 18 April.\nRenewal due in January.\n", "April"),
        ("change the pizza price to 14 euros", MENU, ""),  # two pizzas: which one is not said
        ("change the date to 2026-10-05", CHANGELOG, ""),  # two dates: the model places it
    ],
)
def test_of_several_values_of_the_kind_the_one_on_the_line_the_request_describes_is_replaced(request_, passage, old):
    assert asked_text(request_, passage).old == old


@pytest.mark.parametrize(
    "request_",
    [
        "make it shorter",
        "the tone should be friendlier",  # describes the change, does not dictate its words
        "step 3 should say to stir now and then",
        "change the tone to formal",
        "convert this to typescript",
        "add a --count option to main",
        "use heapq instead",
        "put the focus on clarity instead",  # no value: a description
        "change forty minutes to September",  # the passage already says it
        "rename total to running_total",  # not in this passage: the locator chose another part
        "change minutes to hours",  # "minutes" is in it twice: one substitution would be half the change
        "wholemeal, not rye",  # the passage already says it
        "formal, not stiff",  # a tone, not a value
        "the cake should bake for a long time",  # no value
    ],
)
def test_other_requests_name_no_text(request_):
    assert asked_text(request_, PASSAGE) is None


def test_the_asked_for_text_is_found_whatever_its_case_and_spacing():
    assert has_text("I can start in\nOctober.", "october")
    assert not has_text("I can start in September.", "october")


def test_capitals_the_request_gives_are_asked_for():
    assert not has_text("# leaves", "Leaves")
    assert asked_text("the title should be Leaves", "# November\n\nand leaves are gathering in the hall.\n") == AskedText("Leaves")


def test_words_the_document_has_elsewhere_are_still_dictated_for_the_part_that_needs_them():
    plan = "We arrive on Friday.\n\n## Saturday\n\nThe bookshop.\n"
    assert asked_text("we arrive on Saturday instead", plan) is None
    assert dictated("we arrive on Saturday instead", plan) == AskedText("Saturday")
    assert dictated("make it friendlier", plan) is None


STORY = "She had promised her brother she would be there by six. Max barked at the door."


@pytest.mark.parametrize(("request_", "asked"), [
    ("she should be meeting her sister, not her brother", AskedText("her sister", "her brother", "her sister")),
    ("the dog is called Rex, not Max", AskedText("Rex", "Max", "Rex")),
    ("it's Rex, not Max", AskedText("Rex", "Max", "Rex")),
])
def test_a_correction_names_its_new_words_in_parallel_with_the_old_ones(request_, asked):
    assert asked_text(request_, STORY) == asked


@pytest.mark.parametrize("request_", [
    "write it for kids, not for her brother",  # the words before ", not" do not match the old ones
    "make it for sisters, not brother",  # one plain word: another audience, not another word
    "she should be meeting her sister, not her cousin",  # not in the passage
])
def test_a_correction_whose_words_are_not_parallel_dictates_nothing(request_):
    assert asked_text(request_, STORY) is None
