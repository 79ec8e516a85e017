"""Questions about a table of a Markdown or CSV file, answered from its cells: one row's ("how much is the Team
plan?"), the rows with a value ("who lives in Porto?"), how many rows there are, and a column's total or average.

Asked "how much is the Team plan?" of a pricing page, the model quoted the page's first sentence; asked "who
lives in Porto?" of a CSV of contacts, it answered "Ana Silva". A table's header names its columns and its first
column names its rows, so such a question points at cells, and the answer is theirs.
"""

from __future__ import annotations

import re
from pathlib import Path

from companion.behaviors.tables import (
    VALUE,
    Table,
    amount_of,
    naming_stems,
    table_meant,
)

_QUESTION = re.compile(r"^\s*(?:what|which|who|where|when|how|is|are|does|do)\b.*\?\s*$|^\s*(?:what|how\s+much|how\s+many)\b",
                       re.IGNORECASE)
_HOW_MUCH = re.compile(r"\bhow\s+much\b|\bcost|\bprice", re.IGNORECASE)


def table_answer(request: str, text: str, path: Path | None = None) -> str | None:
    """How many rows the table has or a column's total (``_counted``); else the cells of the one row a question
    names: the column it asks for ("how much is the Team plan?" is the money column's cell), or else the whole
    row, each cell under its header; where it names no row but a value of another column ("who lives in
    Porto?"), the rows that have it. None otherwise."""
    table = table_meant(text, path, request)
    if table is None or not _QUESTION.match(request):
        return None
    if (counted := _counted(table, request)) is not None:
        return counted
    row = table.row_named(request)
    if row is None:
        return _rows_with(table, request)
    cells = table.rows[row]
    asked = [index for index in range(1, len(table.header)) if naming_stems(table.header[index]) & naming_stems(request)]
    if not asked and _HOW_MUCH.search(request):
        asked = [index for index in range(1, len(table.header))
                 if all(VALUE.fullmatch(c[index].strip()) and VALUE.fullmatch(c[index].strip())["money"] for c in table.rows)]
    shown = asked if len(asked) == 1 else range(1, len(table.header))
    return f"{cells[0]}: " + "; ".join(f"{table.header[index]}: {cells[index] or '(empty)'}" for index in shown)


def _rows_with(table: Table, request: str) -> str | None:
    """The first cells of the rows with a cell, in one column other than the first, whose words the question
    has ("Porto" in "who lives in Porto?"), a line each; None where no such cell or they are in two columns."""
    asked = naming_stems(request)
    found = [(index, column) for index, row in enumerate(table.rows) for column in range(1, len(table.header))
             if not VALUE.fullmatch(row[column].strip()) and (words := naming_stems(row[column])) and words <= asked]
    if not found or len({column for _, column in found}) != 1:
        return None
    return "\n".join(f"{table.rows[index][0]} ({table.header[column]}: {table.rows[index][column]})" for index, column in found)


_COUNTS = re.compile(r"^\s*how\s+many\s+(?P<what>[a-z][\w -]*?)\s+(?:are\s+there|are\s+(?:listed|in\s+(?:the|this|it)\b.*)"
                     r"|do\s+(?:we|i|you)\s+have|(?:does|do)\s+(?:it|the\s+\w+)\s+(?:list|have))\s*\??\s*$", re.IGNORECASE)
_TOTALS = re.compile(r"^\s*what(?:'s|’s|\s+is|\s+are)\s+(?:the\s+)?(?P<how>total|sum|average|mean)\s+(?:of\s+)?(?:the\s+|all\s+(?:the\s+)?)?"
                     r"(?P<what>[^?]+?)\s*\??\s*$", re.IGNORECASE)


def _counted(table: Table, request: str) -> str | None:
    """How many rows the table has ("how many contacts are there?"), or a column's total or average ("what is
    the total cost?"), where every cell of it is an amount of one kind."""
    if found := _COUNTS.match(request):
        column = table.column_of(found["what"])
        if column is None or column == 0:
            names = ", ".join(row[0] for row in table.data_rows)
            return f"{len(table.data_rows)}: {names}." if len(table.data_rows) <= 12 else f"{len(table.data_rows)}."
        return _total(table, column, "total")
    if found := _TOTALS.match(request):
        column = table.column_of(found["what"])
        return None if column is None or column == 0 else _total(table, column, found["how"].lower())
    return None


def _total(table: Table, column: int, how: str) -> str | None:
    """A column's total or average over the rows above its total row, if it has one, with what that row says where
    it says otherwise."""
    rows = table.data_rows
    cells = [VALUE.fullmatch(row[column].strip()) for row in rows]
    if not cells or not all(cells) or len({(cell["money"] or "")[:1] + (cell["unit"] or "").lower() for cell in cells}) != 1:
        return None  # not all amounts, or of more than one currency or unit: no sum to give
    amounts = [amount_of(row[column]) for row in rows]
    value = sum(amounts) / len(amounts) if how in ("average", "mean") else sum(amounts)
    first = cells[0]
    places = 2 if how in ("average", "mean") or any("." in (cell["money"] or cell["number"] or "") for cell in cells) else 0
    shown = f"{value:,.{places}f}".rstrip("0").rstrip(".") if places else f"{value:,.0f}"
    if first["money"]:
        shown = f"{first['money'][0]}{shown}"
    elif first["unit"]:
        shown = f"{shown} {first['unit']}"
    word = "Average" if how in ("average", "mean") else "Total"
    answer = f"{word} {table.header[column]}: {shown} (over {len(rows)} rows)."
    if word == "Total" and table.total_row is not None and amount_of(said := table.rows[-1][column]) not in (None, value):
        answer += f" The table's {table.rows[-1][0]} row says {said}."
    return answer
