"""A list is sorted by its items' words, or given another form, exactly: each item keeps its words, its checkbox
and the lines indented under it; a numbered list is counted again; prose and other lists are left alone."""

from __future__ import annotations

import pytest

from companion.behaviors.list_forms import restyled_list, sorted_list
from companion.behaviors.route import route
from companion.session import Session
from companion.workspace import Workspace
from tests.scripted import ScriptedEngine

PACKING = (
    "# Packing list\n\n## Clothes\n\n- walking boots\n- rain jacket\n- Socks\n- **fleece**\n- sun hat\n\n"
    "## Tips\n\n- Roll clothes instead of folding them.\n- Keep a charger in your day bag.\n"
)


def test_the_named_list_is_sorted_by_its_words_whatever_their_case_or_markup():
    assert sorted_list(PACKING, "sort the clothes alphabetically") == PACKING.replace(
        "- walking boots\n- rain jacket\n- Socks\n- **fleece**\n- sun hat",
        "- **fleece**\n- rain jacket\n- Socks\n- sun hat\n- walking boots")


def test_reverse_order_is_asked_for_in_words():
    assert "- walking boots\n- sun hat\n- Socks\n- rain jacket\n- **fleece**\n" in sorted_list(
        PACKING, "put the clothes in reverse alphabetical order")


def test_items_keep_the_lines_under_them_and_a_numbered_list_is_counted_again():
    steps = "1. Pack\n   - boots\n2. Book\n3. Charge [x]\n"
    assert sorted_list(steps, "alphabetize the list") == "1. Book\n2. Charge [x]\n3. Pack\n   - boots\n"


@pytest.mark.parametrize(("request_", "tips"), [
    ("turn the tips into a numbered list", "1. Roll clothes instead of folding them.\n2. Keep a charger in your day bag.\n"),
    ("number the tips", "1. Roll clothes instead of folding them.\n2. Keep a charger in your day bag.\n"),
    ("make the tips a checklist", "- [ ] Roll clothes instead of folding them.\n- [ ] Keep a charger in your day bag.\n"),
])
def test_a_list_takes_the_form_asked_for_and_keeps_its_order_and_words(request_, tips):
    assert restyled_list(PACKING, request_) == PACKING.replace(
        "- Roll clothes instead of folding them.\n- Keep a charger in your day bag.\n", tips)


def test_use_bullets_means_the_one_list_without_them_and_checkboxes_keep_their_state():
    text = "## Done\n\n1. [x] Book flights\n2. [ ] Renew passport\n   1. photos\n\n## Ideas\n\n- museum\n"
    assert restyled_list(text, "use bullets instead of numbers") == (
        "## Done\n\n- [x] Book flights\n- [ ] Renew passport\n   1. photos\n\n## Ideas\n\n- museum\n")


@pytest.mark.parametrize(("change", "text", "request_"), [
    (sorted_list, PACKING, "sort the list"),  # two lists: which?
    (sorted_list, "- apple\n- banana\n", "sort the list"),  # in order already
    (sorted_list, PACKING, "sort out the clothes"),
    (restyled_list, PACKING, "use numbers instead of bullets"),  # both lists have bullets
    (restyled_list, "## Tips\n\nRoll clothes. Keep a charger.\n", "turn the tips into a numbered list"),  # prose
    (restyled_list, PACKING, "turn the whole plan into a bulleted checklist"),
    (restyled_list, PACKING, "make the intro more inviting"),
])
def test_nothing_is_changed_where_the_request_or_the_list_is_not_clear(change, text, request_):
    assert change(text, request_) is None


def test_such_requests_are_routed_as_edits_and_made_without_the_model(repo):
    (repo / "packing.md").write_text(PACKING)
    commenting = ScriptedEngine(lambda prompt: pytest.fail("the model was asked"), choice=lambda prompt, choices: choices[-1])
    assert route(commenting, "sort the clothes alphabetically", "packing.md", False, document=PACKING) == "edit"
    proposal = Session(commenting, Workspace(repo), None).propose_edit("packing.md", "number the tips")
    assert "1. Roll clothes" in proposal.result()
