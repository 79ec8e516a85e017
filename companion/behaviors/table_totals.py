"""A table's total row kept true when its rows change: every change to a table (``tables``) goes through here.

Asked to "change the room hire to £1,300" of a grant proposal's budget, the cell was set and the "Total" row
under it left at £4,800, a sum that no longer added up, in a document going to a funder; "add a row for printing
at £200" went under the Total row. Where a total added up before the change, it is made to add up after it;
where it did not, it is left as the user wrote it, and the change says so.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import wraps
from pathlib import Path

from companion.behaviors.tables import (
    Table,
    TableChange,
    cell_set,
    column_changed,
    row_added,
    row_removed,
    rows_sorted,
    table_meant,
    tables_in,
    with_row,
)

TableChangeMaker = Callable[[str, str, "Path | None"], "TableChange | None"]

_AND_THE_TOTAL = re.compile(r"(?:\s*,)?\s+(?:and\s+)?(?:update|fix|adjust|recalculate|recompute|correct)\s+the\s+"
                            r"(?:grand\s+)?totals?(?:\s+row)?(?:\s+(?:too|as\s+well|to\s+match))?[\s.!]*$", re.IGNORECASE)
"""A change that also asks for the total ("change the room hire to £1,300 and update the total")."""
_THE_TOTAL_ALONE = re.compile(r"^\s*(?:please\s+)?(?:update|fix|adjust|recalculate|recompute|correct|redo)\s+the\s+"
                              r"(?:grand\s+)?totals?(?:\s+row)?[\s.!]*$", re.IGNORECASE)
_FIGURE = re.compile(r"(?P<before>[^\d-]*?)(?P<number>\d[\d,]*(?:\.\d+)?)(?P<after>\D*)")
_EMPHASIS = " *_"


def total_kept(change: TableChangeMaker) -> TableChangeMaker:
    """``change`` made to a table whose total row, in each column where it added up before, adds up after."""
    @wraps(change)
    def kept(text: str, request: str, path: Path | None = None) -> TableChange | None:
        asked = _AND_THE_TOTAL.search(request)
        plain = request[: asked.start()] if asked else request
        made = change(text, plain, path)
        table = table_meant(text, path, plain) if made is not None else None
        if table is None:
            return made
        changed = next((after for after in tables_in(made.text, path) if after.start == table.start), None)
        if changed is None or changed.header != table.header:
            return made  # a column added or taken out: each row keeps its cells, the totals with them
        totalled, notes = _totals_true(made.text, table, changed, always=bool(asked))
        return TableChange(totalled, " ".join(filter(None, [made.tentative, *notes])))
    return kept


def total_updated(text: str, request: str, path: Path | None = None) -> TableChange | None:
    """``text`` with its table's total row made to add up ("update the total", after the user changed a cell by
    hand; the text as it was where the total adds up already); None where the request asks something else."""
    table = table_meant(text, path, request) if _THE_TOTAL_ALONE.match(request) else None
    if table is None or table.total_row is None:
        return None
    totalled, notes = _totals_true(text, table, table, always=True)
    return TableChange(totalled, " ".join(notes))


def _totals_true(text: str, before: Table, after: Table, always: bool) -> tuple[str, list[str]]:
    """``text`` with ``after``'s total row summing its rows, in each column where ``before``'s did (or in every
    column of amounts, ``always``); and a note for each column whose total was wrong already and is left so."""
    if before.total_row is None or after.total_row is None:
        return text, []
    cells, notes = list(after.rows[after.total_row]), []
    for column in range(1, len(after.header)):
        written = before.rows[before.total_row][column]
        was, now = _sum(before.data_rows, column, written), _sum(after.data_rows, column, written)
        if was is None or now is None or abs(now - _figure_of(written)) <= 0.005:
            continue
        if not always and abs(was - _figure_of(written)) > 0.005:
            if abs(was - now) > 0.005:
                notes.append(f"The {before.rows[before.total_row][0].strip(_EMPHASIS)} row's {after.header[column]} "
                             f"({written}) did not add up before this change either (the rows above it make "
                             f"{_written_like(was, written, before.data_rows, column)}); it is left as you wrote it.")
            continue
        cells[column] = _written_like(now, written, after.data_rows, column)
        if elsewhere := _said_elsewhere(text, after, written.strip(_EMPHASIS)):
            notes.append(f"The total was {written.strip(_EMPHASIS)}, which the text says elsewhere too (“…{elsewhere}…”), "
                         "left as it was: check it.")
    if cells == after.rows[after.total_row]:
        return text, notes
    return with_row(text, after, after.total_row, cells), notes


def _said_elsewhere(text: str, table: Table, figure: str) -> str | None:
    """The words around ``figure`` where the text outside ``table`` says it ("asks the foundation for £4,800 to
    run…"): a figure the total was, that the change leaves behind."""
    outside = text[: table.start] + "\n" * 2 + text[table.end :]
    found = re.search(rf"(?<![\d,.]){re.escape(figure)}(?![\d]|[,.]\d)", outside)
    if found is None:
        return None
    line_start = outside.rfind("\n", 0, found.start()) + 1
    line_end = outside.find("\n", found.end())
    line, at = outside[line_start : line_end if line_end >= 0 else None], found.start() - line_start
    return " ".join(line[:at].split()[-5:] + line[at:].split()[:5])


def _sum(rows: list[list[str]], column: int, total: str) -> float | None:
    """The sum of a column's cells where each is a figure of the total's kind (its currency or unit; an empty
    cell or a dash counts nothing); None where one is not."""
    kind = _kind_of(total)
    if kind is None:
        return None
    figures = []
    for row in rows:
        cell = row[column].strip(_EMPHASIS)
        if cell in ("", "-", "–", "—"):
            continue
        if _kind_of(cell) != kind:
            return None
        figures.append(_figure_of(cell))
    return sum(figures) if figures else None


def _kind_of(cell: str) -> tuple[str, str] | None:
    found = _FIGURE.fullmatch(cell.strip().strip(_EMPHASIS))
    return None if found is None else (found["before"].strip(), found["after"].strip().lower())


def _figure_of(cell: str) -> float:
    return float(_FIGURE.fullmatch(cell.strip().strip(_EMPHASIS))["number"].replace(",", ""))


def _written_like(value: float, total: str, rows: list[list[str]], column: int) -> str:
    """``value`` written as the total cell writes its figure: its currency or unit, its emphasis, thousands
    separated where the column separates them, as many decimal places as the column's figures have (as few as
    the value needs, where they have more and fewer)."""
    found = _FIGURE.fullmatch(total.strip().strip(_EMPHASIS))
    figures = [found["number"], *(match["number"] for row in rows if (match := _FIGURE.fullmatch(row[column].strip(_EMPHASIS))))]
    places = {len(figure.partition(".")[2]) for figure in figures}
    separated = any("," in figure for figure in figures)
    number = f"{value:{',' if separated else ''}.{max(places)}f}"
    if len(places) > 1 and "." in number:
        number = number.rstrip("0").rstrip(".")  # "8 h" where the column has "4 h" and "2.5 h"
    stripped = total.strip()
    emphasis = stripped[: len(stripped) - len(stripped.lstrip(_EMPHASIS))]
    return f"{emphasis}{found['before']}{number}{found['after']}{emphasis[::-1]}"


TABLE_CHANGES = (total_updated, *(total_kept(change) for change in (row_added, row_removed, rows_sorted, column_changed,
                                                                     cell_set)))
"""The changes to a table made without the model, each ``(text, request, path) -> TableChange | None``."""
