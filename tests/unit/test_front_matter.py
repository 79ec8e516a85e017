"""A post's front matter is changed as asked, without the model: tags added and removed in the list's own form,
the post published or made a draft."""

import pytest

from companion.behaviors.exact import exact_prose_change

POST = ('---\ntitle: "Why we moved to Lisbon"\ntags: [travel, lisbon]\ndraft: true\n---\n\n'
        "We moved to Lisbon in the spring.\n")
BLOCK = "---\ntitle: X\ntags:\n  - travel\n  - lisbon\ndraft: false\n---\nText.\n"


@pytest.mark.parametrize(("text", "request_", "old", "new"), [
    (POST, "add a tag for food", "[travel, lisbon]", "[travel, lisbon, food]"),
    (POST, "tag it with food", "[travel, lisbon]", "[travel, lisbon, food]"),
    (POST, "remove the lisbon tag", "[travel, lisbon]", "[travel]"),
    (POST, "publish it", "draft: true", "draft: false"),
    (POST, "turn off draft", "draft: true", "draft: false"),
    (BLOCK, "add food to the tags", "  - lisbon\n", "  - lisbon\n  - food\n"),
    (BLOCK, "untag travel", "  - travel\n", ""),
    (BLOCK, "unpublish it", "draft: false", "draft: true"),
])
def test_the_front_matter_changes_as_asked_and_nothing_else(text, request_, old, new):
    assert exact_prose_change(text, request_).text == text.replace(old, new)


@pytest.mark.parametrize("request_", ["mark it as a draft", "add the tag travel", "add a category for essays"])
def test_a_change_already_made_or_to_a_list_the_post_lacks_is_no_change(request_):
    assert exact_prose_change(POST, request_) is None


def test_a_text_without_front_matter_is_not_read_as_having_it():
    assert exact_prose_change("# Notes\n\n---\n\ndraft: true\n", "publish it") is None
