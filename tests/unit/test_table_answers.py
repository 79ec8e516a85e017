"""Questions about a table answered from its cells: one row's, the rows with a value, how many rows, a column's
total or average."""

import pytest

from companion.behaviors.table_answers import table_answer
from tests.unit.test_tables import CONTACTS, CSV, PRICING, TRAVEL


@pytest.mark.parametrize(("question", "answer"), [
    ("how much is the Team plan?", "Team: Price per month: $29"),
    ("how many users does Business allow?", "Business: Users: 50"),
    ("what does the Starter plan include?", "Starter: Price per month: $9; Users: 1; Storage: 10 GB"),
])
def test_a_question_about_one_row_is_answered_from_its_cells(question, answer):
    assert table_answer(question, PRICING) == answer


def test_a_question_naming_a_value_gets_the_rows_that_have_it():
    assert table_answer("who lives in Porto?", CONTACTS, CSV) == "João Rocha (city: Porto)"
    assert table_answer("what's Rita's email?", CONTACTS, CSV) == "Rita Lopes: email: rita@example.com"


def test_a_question_that_names_no_row_is_left_to_the_model():
    assert table_answer("what is the price per month?", PRICING) is None
    assert table_answer("how much is the Team plan?", "No table here.\n") is None


def test_of_several_tables_a_question_goes_to_the_one_with_the_row_it_names():
    assert table_answer("how much is the hotel?", TRAVEL) == "Hotel: Cost: $400"


@pytest.mark.parametrize(("question", "text", "answer"), [
    ("how many contacts are there?", CONTACTS, "3: Ana Silva, João Rocha, Rita Lopes."),
    ("how many plans are there?", PRICING, "3: Starter, Team, Business."),
    ("what is the total price per month?", PRICING, "Total Price per month: $137 (over 3 rows)."),
    ("what's the average price?", PRICING, "Average Price per month: $45.67 (over 3 rows)."),
    ("how many users are there?", PRICING, "Total Users: 61 (over 3 rows)."),
])
def test_rows_are_counted_and_a_column_of_amounts_summed(question, text, answer):
    assert table_answer(question, text, CSV if text is CONTACTS else None) == answer


def test_a_column_of_amounts_in_two_units_has_no_total():
    assert table_answer("what is the total storage?", PRICING) is None  # GB and TB
