"""A document that is a list (a shopping list under a caption line, no blank line between) is edited as a list:
an item given outright is added to it, it is sorted, numbered, given checkboxes and reordered item by item, and
its items are counted, all without the model."""

from __future__ import annotations

from pathlib import Path

import pytest

from companion.behaviors.counts import counted_answer
from companion.behaviors.exact import exact_prose_change
from companion.documents import Document

SHOPPING = "Groceries for the weekend\n- eggs\n- oat milk\n- sourdough\n- tomatoes\n- basil\n- parmesan\n"
ESSAY = "# Why cities need trees\n\nShade cools the street.\n\nTrees also:\n\n- clean the air\n- slow the rain\n"


def changed(text: str, request: str) -> str | None:
    change = exact_prose_change(text, request)
    return None if change is None else change.text


@pytest.mark.parametrize(("request_", "expected"), [
    ("add coffee beans", SHOPPING + "- coffee beans\n"),
    ("we also need rice", SHOPPING + "- rice\n"),
    ("add coffee beans to the list", SHOPPING + "- coffee beans\n"),
    ("sort the list alphabetically",
     "Groceries for the weekend\n- basil\n- eggs\n- oat milk\n- parmesan\n- sourdough\n- tomatoes\n"),
    ("put tomatoes first", SHOPPING.replace("- eggs\n", "- tomatoes\n- eggs\n").replace("- sourdough\n- tomatoes\n", "- sourdough\n")),
    ("move the basil to the top", SHOPPING.replace("- eggs\n", "- basil\n- eggs\n").replace("- tomatoes\n- basil\n", "- tomatoes\n")),
    ("put the eggs last", SHOPPING.replace("- eggs\n", "") + "- eggs\n"),
    ("number the list", "Groceries for the weekend\n1. eggs\n2. oat milk\n3. sourdough\n4. tomatoes\n5. basil\n6. parmesan\n"),
    ("add checkboxes", SHOPPING.replace("- ", "- [ ] ")),
])
def test_a_list_under_its_caption_is_changed_as_a_list(request_, expected):
    assert changed(SHOPPING, request_) == expected


def test_an_item_it_has_already_leaves_it_as_it_is():
    assert changed(SHOPPING, "add eggs") == SHOPPING


@pytest.mark.parametrize("request_", [
    "add prices",  # to every item: the model's work
    "add a note about allergies",  # describes what to write
])
def test_an_add_that_is_not_an_item_is_left_to_the_model(request_):
    assert changed(SHOPPING, request_) is None


def test_an_item_named_by_no_list_is_not_added_to_the_list_in_an_essay():
    assert changed(ESSAY, "add examples") is None and changed(ESSAY, "add cooler streets") is None


def test_the_items_of_its_lists_are_counted_and_those_ticked_off_told():
    shopping = Document.from_text(Path("shopping.txt"), SHOPPING)
    assert counted_answer("how many items are on the list?", shopping) == "The list has 6 items."
    tasks = Document.from_text(Path("todo.md"), "# To do\n\n- [x] call Ana\n- [ ] pay rent\n  - by card\n\n## Later\n\n- paint\n")
    assert counted_answer("how many things are there?", tasks) == "The 2 lists have 3 items, 1 of them ticked off."


def test_a_question_about_items_of_a_text_with_no_list_is_the_models():
    assert counted_answer("how many points does it make?", Document.from_text(Path("essay.md"), "Shade cools.\n")) is None
