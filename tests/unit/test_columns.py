"""A column asked for by name goes last among the columns of the one table named, before its constraints, typed
as asked or, marked tentative, from its name, without the model."""

from __future__ import annotations

import pytest

from companion.behaviors.columns import TYPE_GUESSED, column_added
from tests.scripted import proposed_without_the_model

SCHEMA = ("CREATE TABLE books (\n    id INTEGER PRIMARY KEY,\n    title TEXT NOT NULL\n);\n\n"
          "CREATE TABLE loans (\n    id INTEGER PRIMARY KEY,\n    book_id INTEGER NOT NULL,\n    returned_on DATE\n);\n")


@pytest.mark.parametrize(("request_", "line", "tentative"), [
    ("add a due_on date column to loans", "    due_on DATE\n", ""),
    ("add a fine_amount column to the loans table", "    fine_amount NUMERIC\n", TYPE_GUESSED),
    ("add column is_overdue to loans", "    is_overdue BOOLEAN\n", TYPE_GUESSED),
])
def test_the_column_goes_after_the_last_with_a_comma_before_it(request_, line, tentative):
    added = column_added(SCHEMA, request_)
    assert added.text == SCHEMA.replace("    returned_on DATE\n", "    returned_on DATE,\n" + line)
    assert added.tentative == tentative


def test_table_constraints_stay_last_and_the_schemas_own_case_is_kept():
    schema = "create table pets (\n  id integer,\n  name text,\n  primary key (id)\n);\n"
    assert column_added(schema, "add a born_on column to pets").text == schema.replace(
        "  name text,\n", "  name text,\n  born_on date,\n")


@pytest.mark.parametrize("request_", [
    "add a title column to books",  # there already
    "add a due_on column to members",  # no such table
    "add a due_on colour column to loans",  # not a type
    "add a due_on column to loans and fill it in",  # more than a column
])
def test_no_column_is_added_where_the_request_or_the_schema_leaves_doubt(request_):
    assert column_added(SCHEMA, request_) is None


def test_such_a_request_is_routed_as_an_edit_and_made_without_the_model(repo):
    proposal = proposed_without_the_model(repo, "schema.sql", SCHEMA, "add a due_on date column to loans")
    assert "    due_on DATE\n);" in proposal.result()
