"""A release added to a changelog goes where its releases say new ones go, with a heading like theirs."""

from __future__ import annotations

import datetime as dt

import pytest

from companion.behaviors.changelog import release_added
from companion.behaviors.exact import exact_prose_change

TODAY = dt.date(2026, 11, 24)
NEWEST_FIRST = (
    "# Changelog\n\n"
    "## 0.3.1 - 2026-10-02\n- Fixed a crash on accented city names.\n\n"
    "## 0.3.0 - 2026-09-14\n- Added a --units option.\n"
)
OLDEST_FIRST = "# Changelog\n\n## [v1.0.0] (2026-01-02)\n\n* First release\n\n## [v1.1.0] (2026-02-02)\n\n* Dark mode\n"


def test_a_release_goes_above_the_newest_in_its_heading_and_list_form_dated_today():
    assert release_added(NEWEST_FIRST, "add an entry for 0.4.0 today: added hourly forecasts", TODAY) == (
        NEWEST_FIRST.replace("## 0.3.1", "## 0.4.0 - 2026-11-24\n- Added hourly forecasts.\n\n## 0.3.1"))


def test_where_the_oldest_comes_first_a_release_goes_last_and_items_split_at_semicolons():
    assert release_added(OLDEST_FIRST, "add a release for 1.2.0: export to CSV; fix the totals", TODAY) == (
        OLDEST_FIRST + "\n## [v1.2.0] (2026-11-24)\n\n* Export to CSV\n* Fix the totals\n")


CHANGES_RST = "Changelog\n=========\n\n1.2.0 (2026-10-02)\n------------------\n\n- Added ``--retries``.\n\n"


def test_a_release_named_before_its_kind_with_what_it_did_is_added_in_the_changelogs_words():
    assert release_added(NEWEST_FIRST, "add a 0.4.0 release that fixed the timeout", TODAY) == (
        NEWEST_FIRST.replace("## 0.3.1", "## 0.4.0 - 2026-11-24\n- Fixed the timeout.\n\n## 0.3.1"))


def test_in_restructuredtext_a_release_heading_is_underlined_as_long_as_itself():
    assert release_added(CHANGES_RST, "add a 1.2.1 release that fixed the timeout on large folders", TODAY) == (
        CHANGES_RST.replace("1.2.0 (", "1.2.1 (2026-11-24)\n------------------\n\n- Fixed the timeout on large "
                                       "folders.\n\n1.2.0 ("))


def test_a_date_given_is_the_releases_date():
    assert "## 0.4.0 - 2026-12-01\n" in release_added(NEWEST_FIRST, "add an entry for 0.4.0 dated 2026-12-01: x", TODAY)


@pytest.mark.parametrize(("text", "request_"), [
    (NEWEST_FIRST, "add an entry for 0.3.0: again"),  # there already
    ("# Notes\n\nNothing released.\n", "add an entry for 1.0.0: first"),  # not a changelog
    ("# Changelog\n\n## 1.0.0\n\n### Added\n\n- Export\n", "add an entry for 1.1.0: import"),  # sorted by kind
    (NEWEST_FIRST, "add an entry about the new forecasts"),  # no version
    (CHANGES_RST + "Added\n~~~~~\n\n- Status\n", "add a 1.3.0 release that adds sync"),  # sorted by kind, underlined
])
def test_no_release_is_added_where_the_changelog_cannot_say_how(text, request_):
    assert release_added(text, request_, TODAY) is None


def test_a_release_added_is_an_exact_change():
    assert "## 0.4.0 - " in exact_prose_change(NEWEST_FIRST, "add an entry for 0.4.0: hourly forecasts").text
