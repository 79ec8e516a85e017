"""A CSS property a request names in words is set exactly, without the model, in the rule it names."""

from __future__ import annotations

from pathlib import Path

import pytest

from companion.behaviors.stylesheets import declarations, property_set
from tests.scripted import proposed_without_the_model

CSS = """/* Maple Street Bakery */
body {
  font-family: Georgia, serif;
  color: #333;
}

header, .banner {
  background: #f4e1c1;
  padding: 2rem;
}

h1 { font-size: 2.5rem; color: #5a3e1b; }

@media (max-width: 600px) {
  h1 { font-size: 1.8rem; }
}
"""


def test_every_declaration_is_read_with_its_rules_selector_comments_passed_over():
    assert [(found.selector, found.name) for found in declarations(CSS)] == [
        ("body", "font-family"), ("body", "color"), ("header, .banner", "background"), ("header, .banner", "padding"),
        ("h1", "font-size"), ("h1", "color"), ("h1", "font-size")]


@pytest.mark.parametrize(("request_", "old", "new"), [
    ("change the font to Helvetica", "font-family: Georgia, serif", "font-family: Helvetica, sans-serif"),
    ("make the font Open Sans", "font-family: Georgia, serif", 'font-family: "Open Sans", sans-serif'),
    ("make the header background dark green", "background: #f4e1c1", "background: darkgreen"),
    ("set the banner's background colour to #fff8ee", "background: #f4e1c1", "background: #fff8ee"),
    ("change the body text colour to #222", "color: #333", "color: #222"),
    ("make the h1 colour navy", "color: #5a3e1b", "color: navy"),
    ("change the header padding to 1rem 2rem", "padding: 2rem", "padding: 1rem 2rem"),
])
def test_the_property_named_in_words_in_the_rule_named_gets_the_value_as_css_writes_it(request_, old, new):
    assert property_set(CSS, request_, Path("style.css")) == CSS.replace(old, new, 1)


@pytest.mark.parametrize("request_", [
    "change the colour to red",  # two rules set a colour: which?
    "set the h1 font size to 3rem",  # two h1 rules (one under @media): which?
    "make the header background sparkly",  # no such colour
    "make the h1 bigger",  # no value given
    "change the footer background to grey",  # no such rule
])
def test_no_property_is_set_where_the_request_does_not_say_which_or_gives_no_css_value(request_):
    assert property_set(CSS, request_, Path("style.css")) is None


def test_only_a_stylesheet_is_read_so():
    assert property_set(CSS, "change the font to Helvetica", Path("notes.md")) is None


def test_the_change_is_proposed_without_asking_the_model(repo):
    proposal = proposed_without_the_model(repo, "style.css", CSS, "make the header background dark green")
    assert proposal.result() == CSS.replace("#f4e1c1", "darkgreen")
