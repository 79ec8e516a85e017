"""A figure asked for by the words around it ("the adult price", "the warm-up") or a named number asked for by
its name's words ("keep snapshots for 60 days": ``KEEP_DAYS``) gets the new value without the model; where no
one figure fits, nothing is guessed."""

from __future__ import annotations

import pytest

from companion.behaviors.figures import figure_set, setting_set
from tests.scripted import proposed_without_the_model

PRICES = ("## Prices\n\nAdults pay £45 and children under 14 pay £30. Groups of six or more get 10% off.\n\n"
          "Tours leave at 9am and 2pm.\n")
SPEECH = "The speech runs 8 minutes.\n"
LESSON = ("## Warm-up (10 minutes)\n\nPupils count in halves.\n\n## Main activity (25 minutes)\n\nPupils fold paper.\n")
BACKUP = 'SOURCE="$HOME/Pictures"\nKEEP_DAYS=30\nLOG="$HOME/backup.log"\n'


@pytest.mark.parametrize(("request_", "old", "new"), [
    ("raise the adult price to £50", "Adults pay £45", "Adults pay £50"),
    ("children should be £25", "pay £30", "pay £25"),
    ("make the group discount 15%", "10% off", "15% off"),  # the only percentage
    ("change the price for groups to 15%", "10% off", "15% off"),
])
def test_the_figure_in_the_clause_the_request_names_gets_the_new_value(request_, old, new):
    assert figure_set(PRICES, request_) == PRICES.replace(old, new)


def test_several_figures_asked_at_once_each_get_theirs_in_the_texts_own_unit():
    assert figure_set(LESSON, "make the warm-up 5 minutes and the main activity 30") == (
        LESSON.replace("(10 minutes)", "(5 minutes)").replace("(25 minutes)", "(30 minutes)"))
    assert figure_set(LESSON, "make the main activity 1 hour") == LESSON.replace("(25 minutes)", "(1 hour)")


@pytest.mark.parametrize("request_", [
    "move the afternoon tour to 3pm",  # no clause says "afternoon": 9am is not the afternoon tour
    "change the price to £50",  # two prices, neither named
    "raise the adult price to 50%",  # no percentage by the adults
    "cut the intro to 2 sentences",  # not a figure the text writes
    "make the warm-up 5 minutes and rewrite the main activity",  # asks for more than figures
    "raise the adult price to £45",  # already so
    "make the speech 5 minutes",  # a shorter speech, not the figure that says how long it runs
])
def test_where_no_one_figure_fits_nothing_is_guessed(request_):
    assert figure_set(PRICES + LESSON + SPEECH, request_) is None


@pytest.mark.parametrize(("code", "request_", "old", "new"), [
    (BACKUP, "keep snapshots for 60 days", "KEEP_DAYS=30", "KEEP_DAYS=60"),
    ('SERVER="web1"\nKEEP_RELEASES=5\n', "keep 10 releases", "=5", "=10"),  # the unit names the setting
    ("TIMEOUT_SECONDS = 30\nMAX_RETRIES = 3\n", "set the timeout to 2 minutes", "= 30", "= 120"),
    ("TIMEOUT_SECONDS = 30\nMAX_RETRIES = 3\n", "retries should be 4", "RETRIES = 3", "RETRIES = 4"),
    ("const port = process.env.PORT || 3000;\n", "the default port should be 8080", "3000", "8080"),
    ("def fetch(url, timeout=10):\n    pass\n", "the default timeout should be 20", "=10", "=20"),
    ("function Counter({ start = 0, step = 1 }: Props) {}\n", "make the default step 5", "step = 1", "step = 5"),
    ("function Counter({start = 0, step = 1}) {}\n", "start should default to 10", "start = 0", "start = 10"),
    ("BUFFER_SIZE = 1024\n", "increase the buffer to 4096", "1024", "4096"),
    ("POLL_MS = 500  # how often to look\n", "set the poll interval to 2 seconds", "500", "2000"),
    ("const TAX_RATE = 0.2;\n", "set the tax rate to 5%", "0.2", "0.05"),  # a percentage as the fraction written
    ("VAT_PERCENT = 20\n", "set vat to 5%", "20", "5"),
    ("RATIO = 1.5\n", "the ratio should be 2.25", "1.5", "2.25"),
])
def test_the_named_number_whose_name_the_request_says_gets_the_value_in_its_own_unit(code, request_, old, new):
    assert setting_set(code, request_) == code.replace(old, new)


@pytest.mark.parametrize(("code", "request_"), [
    ("TIMEOUT = 30\n", "set the timeout to 2 minutes"),  # seconds or milliseconds?
    ("TIMEOUT_SECONDS = 30\n", "set the timeout to 1.5 seconds"),  # not a whole number of the code's unit
    ("MAX_RETRIES = 3\n", "set max retries to 2.5"),  # a whole number is written
    ("MAX_RETRIES = 3\nMIN_RETRIES = 1\n", "set retries to 5"),  # which?
    ("MAX_RETRIES = 3\n", "add a retry loop that tries 5 times"),  # asks for code, not a value
    ("KEEP_RELEASES = 5\nKEEP_DAYS = 30\n", "keep 10"),  # 10 of what?
    ("def total(items):\n    total = 0\n    return total\n", "set the total to 5"),  # an accumulator
])
def test_a_number_is_not_set_where_the_request_or_the_unit_leaves_doubt(code, request_):
    assert setting_set(code, request_) is None


def test_such_requests_are_routed_as_edits_and_made_without_the_model(repo):
    assert "KEEP_DAYS=60\n" in proposed_without_the_model(repo, "backup.sh", BACKUP, "keep snapshots for 60 days").result()
    assert "Adults pay £50" in proposed_without_the_model(repo, "prices.md", PRICES, "raise the adult price to £50").result()


def test_a_figure_asked_for_by_what_should_happen_after_it_gets_the_new_value():
    spec = "## Requirements\n\n3. A notebook can be shared with a link that expires after 7 days.\n"
    assert figure_set(spec, "links should expire after 30 days") == spec.replace("7 days", "30 days")
