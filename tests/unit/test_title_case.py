"""Headings are put in title case by rule: capitals for every word but the short joining words inside a heading;
words with capitals or digits inside, code, link targets and headings in fenced code stay as they are."""

from __future__ import annotations

import pytest

from companion.behaviors.route import route
from companion.behaviors.title_case import title_case, title_cased
from tests.scripted import ScriptedEngine

NOTES = "# my notes on the trip\n\n## day one: arrival in lisbon\n\nthe text stays.\n\n```md\n# not a heading\n```\n\n## where to eat ##\n"


def test_every_heading_is_title_cased_and_nothing_else_changes():
    assert title_cased(NOTES, "title case the headings") == NOTES.replace(
        "# my notes on the trip", "# My Notes on the Trip").replace(
        "## day one: arrival in lisbon", "## Day One: Arrival in Lisbon").replace("## where to eat ##", "## Where to Eat ##")


@pytest.mark.parametrize(("title", "expected"), [
    ("how to install the app on an iPhone", "How to Install the App on an iPhone"),
    ("what's new in v2: the API and `run_all` explained", "What's New in v2: The API and `run_all` Explained"),
    ("a guide to [the docs](https://x.org/the-docs) for beginners", "A Guide to [the Docs](https://x.org/the-docs) for Beginners"),
    ("step-by-step: getting started", "Step-by-Step: Getting Started"),
    ("what it is for", "What It Is For"),  # the last word takes a capital, whatever it is
    ("weather-cli", "weather-cli"),  # a project's name
])
def test_the_rule_keeps_joining_words_small_and_leaves_names_code_and_links_alone(title, expected):
    assert title_case(title) == expected


@pytest.mark.parametrize("request_", ["capitalize the headings", "use title case for all the headings",
                                      "put the headings in title case", "title-case every heading"])
def test_the_ways_to_ask_for_it(request_):
    assert title_cased("## a heading\n", request_) == "## A Heading\n"


@pytest.mark.parametrize(("text", "request_"), [
    ("## A Heading\n", "title case the headings"),  # already
    ("## a heading\n", "capitalize thursday"),
    ("## a heading\n", "use sentence case for the headings"),  # which capitals are names, no rule says
])
def test_nothing_is_changed_where_nothing_needs_it_or_it_is_not_asked(text, request_):
    assert title_cased(text, request_) is None


def test_it_is_routed_as_an_edit_without_the_model():
    commenting = ScriptedEngine(lambda prompt: pytest.fail("the model was asked"), choice=lambda prompt, choices: choices[-1])
    assert route(commenting, "capitalize the headings", "notes.md", False, document=NOTES) == "edit"
