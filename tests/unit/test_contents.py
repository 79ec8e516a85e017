"""A table of contents is the document's headings as links, put under the title before the first section, or
written again where the document has one; the anchors are the ones Markdown renderers make."""

from __future__ import annotations

import pytest

from companion.behaviors.contents import contents_added

README = (
    "# weather-cli\n\nForecasts in your terminal.\n\n## Install\n\nRun `pipx install weather-cli`.\n\n"
    "### From source\n\nClone it.\n\n## Usage & options\n\n```sh\n# not a heading\nweather --city Oslo\n```\n\n"
    "## Usage & options\n\nAgain.\n"
)


def test_the_headings_under_the_title_are_listed_before_the_first_section():
    assert contents_added(README, "add a table of contents") == README.replace(
        "## Install\n",
        "## Contents\n\n- [Install](#install)\n  - [From source](#from-source)\n- [Usage & options](#usage--options)\n"
        "- [Usage & options](#usage--options-1)\n\n## Install\n", 1)


def test_a_contents_section_the_document_has_is_written_again_in_place():
    stale = "# Guide\n\n## Contents\n\n- [Old](#old)\n\n## Setup\n\nx\n\n## Use\n\ny\n"
    assert contents_added(stale, "update the toc") == (
        "# Guide\n\n## Contents\n\n- [Setup](#setup)\n- [Use](#use)\n\n## Setup\n\nx\n\n## Use\n\ny\n")


def test_without_one_title_the_two_highest_levels_are_listed():
    notes = "# Monday\n\n## Done\n\nx\n\n# Tuesday\n\ny\n"
    assert contents_added(notes, "insert a contents section").startswith(
        "# Contents\n\n- [Monday](#monday)\n  - [Done](#done)\n- [Tuesday](#tuesday)\n\n# Monday")


@pytest.mark.parametrize(("text", "request_"), [
    (README, "what does the contents say?"),
    ("# Note\n\n## Only one section\n\ntext\n", "add a table of contents"),
    ("# Guide\n\n## Contents\n\n- [Setup](#setup)\n- [Use](#use)\n\n## Setup\n\nx\n\n## Use\n\ny\n", "update the toc"),
])
def test_nothing_is_changed_without_a_request_for_one_or_headings_to_list_or_when_it_is_up_to_date(text, request_):
    assert contents_added(text, request_) is None
