"""A table's total row kept true when its rows change, and counted apart from them when asked about."""

from pathlib import Path

import pytest

from companion.behaviors.table_answers import table_answer
from companion.behaviors.table_totals import TABLE_CHANGES, total_kept, total_updated
from companion.behaviors.tables import cell_set, column_changed, row_added, row_removed, rows_sorted

BUDGET = """\
The circle asks the foundation for £4,800 to run weekly sessions.

| Item | Cost |
| --- | --- |
| Graded readers | £1,900 |
| Volunteer training | £1,200 |
| Room hire | £1,100 |
| Refreshments | £600 |
| Total | £4,800 |

Thank you.
"""


def change(request: str, text: str = BUDGET, path: Path | None = None):
    """The change the first of the table changes that takes the request makes, as the runtime asks them."""
    return next(made for maker in TABLE_CHANGES if (made := maker(text, request, path)) is not None)


def rows_of(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.startswith("| ") and "---" not in line][1:]


def test_a_cell_set_keeps_the_total_adding_up_and_points_at_the_old_total_said_elsewhere():
    made = change("change the room hire to £1,300")
    assert rows_of(made.text)[2:] == ["| Room hire | £1,300 |", "| Refreshments | £600 |", "| Total | £5,000 |"]
    assert "£4,800" in made.tentative and "asks the foundation for £4,800 to run weekly sessions." in made.tentative
    assert made.text.startswith("The circle asks the foundation for £4,800")  # the prose is the user's to change


def test_asking_to_update_the_total_too_is_the_same_change_not_a_cell_holding_those_words():
    assert change("change the room hire to £1,300 and update the total").text == change("change the room hire to £1,300").text


def test_a_row_added_goes_above_the_total_written_like_the_other_rows_and_counted_in_it():
    made = change("add a row for printing at £200")
    assert rows_of(made.text)[-2:] == ["| Printing | £200 |", "| Total | £5,000 |"]


def test_a_row_removed_is_taken_out_of_the_total():
    assert rows_of(change("remove the refreshments row").text)[-2:] == ["| Room hire | £1,100 |", "| Total | £4,200 |"]


def test_sorting_keeps_the_total_row_last():
    made = change("sort the table by cost, lowest first")
    assert [row.split("|")[1].strip() for row in rows_of(made.text)] == [
        "Refreshments", "Room hire", "Volunteer training", "Graded readers", "Total"]


def test_a_total_that_did_not_add_up_is_left_as_written_and_the_change_says_so():
    wrong = BUDGET.replace("| Total | £4,800 |", "| Total | £4,700 |")
    made = change("change the room hire to £1,300", wrong)
    assert rows_of(made.text)[-1] == "| Total | £4,700 |"
    assert "did not add up before this change either" in made.tentative and "£4,800" in made.tentative
    asked = change("change the room hire to £1,300 and update the total", wrong)
    assert rows_of(asked.text)[-1] == "| Total | £5,000 |"


def test_update_the_total_alone_sums_the_rows_above_it_and_is_no_change_where_it_adds_up():
    edited_by_hand = BUDGET.replace("| Room hire | £1,100 |", "| Room hire | £1,350 |")
    assert rows_of(change("update the total", edited_by_hand).text)[-1] == "| Total | £5,050 |"
    assert change("fix the total").text == BUDGET
    assert total_updated(BUDGET, "update the intro") is None


def test_the_total_keeps_its_emphasis_decimals_and_unit_in_every_column_it_sums():
    hours = ("| Task | Hours | Cost |\n| --- | --- | --- |\n| Design | 2.5 h | $1,200.00 |\n| Build | 4 h | $900.00 |\n"
             "| **Total** | **6.5 h** | **$2,100.00** |\n")
    made = change("add a row: Testing | 1.5 h | $150.00", hours)
    assert rows_of(made.text)[-1] == "| **Total** | **8 h** | **$2,250.00** |"


def test_a_csv_total_line_is_kept_too():
    csv = "item,cost\nchairs,120\ntables,300\ntotal,420\n"
    assert change("remove chairs", csv, Path("costs.csv")).text == "item,cost\ntables,300\ntotal,300\n"


@pytest.mark.parametrize("text", [
    "| Item | Note |\n| --- | --- |\n| Chairs | blue |\n| Total | many |\n",  # words, not amounts
    "| Item | Cost |\n| --- | --- |\n| Chairs | £120 |\n| Tables | $300 |\n| Total | £420 |\n",  # two currencies
])
def test_a_total_of_no_one_kind_of_amount_is_left_alone(text):
    made = change("add a row: Lamps | £50", text)
    assert rows_of(made.text)[-1] == rows_of(text)[-1]


def test_a_column_added_or_removed_leaves_the_total_row_with_its_cells():
    made = change("add a Supplier column", BUDGET)
    assert "| Total | £4,800 |  |" in made.text


def test_each_change_of_a_table_keeps_the_total():
    assert {maker.__name__ for maker in TABLE_CHANGES} >= {
        maker.__name__ for maker in (row_added, row_removed, rows_sorted, column_changed, cell_set)}
    assert total_kept(cell_set)(BUDGET, "make the intro friendlier") is None


def test_questions_count_and_sum_the_rows_above_the_total_and_say_where_it_disagrees():
    assert table_answer("what is the total cost?", BUDGET) == "Total Cost: £4,800 (over 4 rows)."
    assert table_answer("how many items are there?", BUDGET).startswith("4: Graded readers,")
    wrong = BUDGET.replace("| Total | £4,800 |", "| Total | £4,700 |")
    assert table_answer("what is the total cost?", wrong) == (
        "Total Cost: £4,800 (over 4 rows). The table's Total row says £4,700.")
