"""Tables in Markdown and CSV files: rows added in their columns, removed, sorted; columns added and removed;
cells set."""

from pathlib import Path

import pytest

from companion.behaviors.tables import (
    cell_set,
    column_changed,
    lost_rows,
    row_added,
    row_removed,
    rows_sorted,
)

PRICING = """\
# Plans

| Plan | Price per month | Users | Storage |
| --- | --- | --- | --- |
| Starter | $9 | 1 | 10 GB |
| Team | $29 | 10 | 100 GB |
| Business | $99 | 50 | 1 TB |

Write to sales@example.com.
"""
CONTACTS = "name,email,city\nAna Silva,ana@example.com,Lisbon\nJoão Rocha,joao@example.com,Porto\nRita Lopes,rita@example.com,Braga\n"
CSV = Path("contacts.csv")


@pytest.mark.parametrize("request_", [
    "add a row for an Enterprise plan at $299 with 500 users and 10 TB",
    "add a row: Enterprise | $299 | 500 | 10 TB",
    "add Enterprise, $299, 500 and 10 TB to the table",
])
def test_a_row_given_by_its_values_goes_under_the_last_row_each_value_in_its_column(request_):
    change = row_added(PRICING, request_)
    assert change.text == PRICING.replace("| 1 TB |\n", "| 1 TB |\n| Enterprise | $299 | 500 | 10 TB |\n")
    assert change.tentative == ""


def test_a_cell_the_request_gives_no_value_for_is_left_empty_and_the_change_says_so():
    change = row_added(PRICING, "add a row for Enterprise at $299")
    assert "| Enterprise | $299 |  |  |" in change.text
    assert "Users, Storage" in change.tentative


@pytest.mark.parametrize("request_", [
    "add a row for Enterprise at 10 apples",  # a value no column is of
    "add a row for Team at $39",  # a row the table has
    "add a paragraph about refunds",
])
def test_a_row_that_does_not_fit_the_table_is_left_to_the_model(request_):
    assert row_added(PRICING, request_) is None


def test_a_csv_row_goes_in_alphabetical_place_where_the_rows_are_in_that_order_and_is_quoted_as_csv():
    change = row_added(CONTACTS, "add Pedro Alves, pedro@example.com, Faro", CSV)
    assert change.text.splitlines()[3] == "Pedro Alves,pedro@example.com,Faro"
    assert change.text.count("\n") == CONTACTS.count("\n") + 1
    quoted = row_added(CONTACTS, "add a row: Costa, Zé | ze@example.com | Faro", CSV)
    assert quoted.text.splitlines()[2] == '"Costa, Zé",ze@example.com,Faro'


def test_a_padded_table_gets_a_padded_row():
    table = "| Name  | Age |\n| ----- | --- |\n| Ann   | 31  |\n"
    assert row_added(table, "add a row: Bo | 4").text.endswith("| Bo    | 4   |\n")


@pytest.mark.parametrize(("text", "request_", "path", "gone"), [
    (PRICING, "remove the Business row", None, "| Business | $99 | 50 | 1 TB |\n"),
    (PRICING, "delete the row for Starter", None, "| Starter | $9 | 1 | 10 GB |\n"),
    (CONTACTS, "remove Rita Lopes", CSV, "Rita Lopes,rita@example.com,Braga\n"),
    (CONTACTS, "delete João from the list", CSV, "João Rocha,joao@example.com,Porto\n"),
])
def test_the_one_row_the_request_names_is_removed(text, request_, path, gone):
    assert row_removed(text, request_, path).text == text.replace(gone, "")


def test_in_markdown_a_removal_that_does_not_say_row_or_table_is_not_a_row():
    assert row_removed(PRICING, "remove Business") is None


def test_rows_are_sorted_by_amount_where_every_cell_is_one_with_sizes_in_one_unit():
    rows = rows_sorted(PRICING, "sort the table by price, highest first").text.splitlines()[4:7]
    assert [row.split("|")[1].strip() for row in rows] == ["Business", "Team", "Starter"]
    storage = "| Disk | Size |\n| --- | --- |\n| a | 1 TB |\n| b | 20 GB |\n| c | 300 GB |\n"
    assert [line[2] for line in rows_sorted(storage, "sort by size").text.splitlines()[2:]] == ["b", "c", "a"]


def test_rows_already_in_the_order_asked_for_are_no_change_and_text_sorts_alphabetically():
    assert rows_sorted(PRICING, "sort by storage").text == PRICING  # not left to the model, which took rows out
    by_city = rows_sorted(CONTACTS, "sort by city", CSV).text.splitlines()
    assert [line.split(",")[2] for line in by_city[1:]] == ["Braga", "Lisbon", "Porto"]


def test_a_column_is_added_empty_or_with_its_values_and_removed_by_name():
    empty = column_changed(PRICING, "add a Support column")
    assert "| Plan | Price per month | Users | Storage | Support |" in empty.text
    assert "| --- | --- | --- | --- | --- |" in empty.text and "Support is empty" in empty.tentative
    filled = column_changed(PRICING, "add a column for support with Email, Chat, Phone")
    assert "| Business | $99 | 50 | 1 TB | Phone |" in filled.text and filled.tentative == ""
    assert column_changed(PRICING, "add a column for support with Email, Chat") is None  # three rows, two values
    assert "Storage" not in column_changed(PRICING, "remove the Storage column").text
    assert column_changed(CONTACTS, "add a phone column", CSV).text.startswith("name,email,city,phone\nAna Silva,ana@example.com,Lisbon,\n")


@pytest.mark.parametrize(("text", "request_", "path", "old", "new"), [
    (CONTACTS, "change Ana's city to Coimbra", CSV, "Ana Silva,ana@example.com,Lisbon", "Ana Silva,ana@example.com,Coimbra"),
    (CONTACTS, "Rita's email is now rita.lopes@example.com", CSV, "rita@example.com", "rita.lopes@example.com"),
    (PRICING, "change the Team price to $35", None, "| Team | $29 |", "| Team | $35 |"),
    (PRICING, "the Business storage should be 2 TB", None, "| 50 | 1 TB |", "| 50 | 2 TB |"),
    (PRICING, "Team now includes 200 GB", None, "| 10 | 100 GB |", "| 10 | 200 GB |"),  # the one column of sizes
    (PRICING, "Business now costs $119", None, "| $99 |", "| $119 |"),
])
def test_the_cell_of_the_row_and_column_the_request_names_gets_its_new_value(text, request_, path, old, new):
    assert cell_set(text, request_, path).text == text.replace(old, new)


def test_a_cell_whose_column_is_not_named_is_left_to_the_model():
    assert cell_set(CONTACTS, "João has moved to Faro", CSV) is None
    assert cell_set(PRICING, "change the intro to something friendlier") is None


def test_a_revision_that_loses_a_row_is_caught_unless_the_request_takes_one_out():
    overwritten = "name,email,city\nPedro Alves,pedro@example.com,Faro\nJoão Rocha,joao@example.com,Porto\nRita Lopes,rita@example.com,Braga\n"
    assert lost_rows(overwritten, CONTACTS, "add Pedro Alves, pedro@example.com, Faro", CSV) == ["Ana Silva"]
    assert lost_rows(overwritten, CONTACTS, "replace Ana with Pedro Alves", CSV) == []
    edited = PRICING.replace("$29", "$35")
    assert lost_rows(edited, PRICING, "make Team cheaper") == []
    assert lost_rows(PRICING.replace("| Starter | $9 | 1 | 10 GB |\n", ""), PRICING, "make Team cheaper") == ["Starter"]


def test_a_bare_number_goes_to_the_one_column_of_bare_numbers():
    scores = "| Name | Score |\n|:-----|------:|\n| Ann | 3 |\n| Bo | 10 |\n"
    assert row_added(scores, "add a row for Di with 5").text.endswith("| Bo | 10 |\n| Di | 5 |\n")
    change = row_added(PRICING, "add a row for Enterprise at $299 with 500")  # Users is the one column of counts
    assert "| Enterprise | $299 | 500 |  |" in change.text and "Storage" in change.tentative
    assert row_added(PRICING, "add a row for Enterprise at $299 with 500 seats") is None  # no column of seats


TRAVEL = ("# Travel\n\n## Trips\n\n| City | Days |\n| --- | --- |\n| Lisbon | 4 |\n\n"
          "## Budget\n\n| Item | Cost |\n| --- | --- |\n| Hotel | $400 |\n")


def test_of_several_tables_the_one_meant_is_the_one_its_heading_columns_or_rows_name():
    assert "| Lisbon | 4 |\n| Porto | 3 |\n" in row_added(TRAVEL, "add a row for Porto with 3 days to the trips table").text
    assert "| Hotel | $380 |" in cell_set(TRAVEL, "the hotel now costs $380").text
    assert row_added(TRAVEL, "add a row: Food | $120") is None  # which table is not said


def test_a_line_of_dashes_under_a_line_with_a_pipe_is_no_table_unless_it_has_a_cell_for_each_column():
    assert row_added("a | b\n---\n\nText.\n", "add a row: 1 | 2") is None
    assert row_added("|a|b|\n|-|-|\n|1|2|\n", "add a row: 3 | 4").text.endswith("| 3 | 4 |\n")
