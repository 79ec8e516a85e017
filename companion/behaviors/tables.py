"""Tables, in Markdown (pipe tables) and in CSV files: a row added or removed, the rows sorted by a column, a
column added or removed, without the model (questions about a table: ``table_answers``).

Asked to "add a row for an Enterprise plan at $299 with 500 users and 10 TB" of a pricing table, the model
answered with its own instructions; "add Pedro Alves, pedro@example.com, Faro" of a CSV of contacts was proposed
as Ana's row overwritten with Pedro's; "sort the table by price, highest first" only took rows out; "add a
Support column" added a sentence about support above the table. A table says which value goes where: the header
names the columns, and each column's cells show its kind (an amount of money, a size, a count), so the request's
values can be put in their columns.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, replace
from pathlib import Path

from companion.behaviors.code_checks import REMOVES
from companion.behaviors.quoted import stem, words_in

CSV_SUFFIXES = {".csv": ",", ".tsv": "\t"}
_TOTAL_LABEL = re.compile(r"[\s*_:]*(?:grand\s+|sub-?)?(?:totals?|sum)[\s*_:]*", re.IGNORECASE)


@dataclass(frozen=True)
class Table:
    """One table of a text: where its lines stand, its header and its rows of cells, and how it is written."""

    start: int
    end: int
    header: list[str]
    rows: list[list[str]]
    delimiter: str | None
    """The CSV file's delimiter; None for a Markdown table."""
    row_lines: list[str]
    newline: str = "\n"
    aligned: bool = False
    """Whether every line of the table is as long as every other: its columns are padded to one width."""

    @property
    def total_row(self) -> int | None:
        """The index of the last row where it totals the rows above it by its first cell ("Total", "**Grand
        total**"); a row added or rows sorted stay above it, and its amounts are kept true (``table_totals``)."""
        if len(self.rows) >= 2 and _TOTAL_LABEL.fullmatch(self.rows[-1][0]):
            return len(self.rows) - 1
        return None

    @property
    def data_rows(self) -> list[list[str]]:
        """The rows but the total row: what is counted, summed and sorted."""
        return self.rows[:-1] if self.total_row is not None else self.rows

    def column_of(self, words: str) -> int | None:
        """The one column whose header has every word of ``words`` that names ("price" is "Price per month")."""
        asked = naming_stems(words)
        if not asked:
            return None
        found = [index for index, name in enumerate(self.header) if asked <= naming_stems(name)]
        return found[0] if len(found) == 1 else None

    def row_named(self, words: str) -> int | None:
        """The one row ``words`` names: by every word of its first cell, or else by one word only it has."""
        asked = naming_stems(words)
        whole = [index for index, row in enumerate(self.rows) if (label := naming_stems(row[0])) and label <= asked]
        if len(whole) == 1:
            return whole[0]
        if whole:
            return None
        labels = [naming_stems(row[0]) for row in self.rows]
        partly = [index for index, label in enumerate(labels)
                  if label & asked and not any(label & asked & other for other in labels if other is not label)]
        return partly[0] if len(partly) == 1 else None


def tables_in(text: str, path: Path | None = None) -> list[Table]:
    """The tables of ``text``: the whole of a CSV file (by ``path``'s suffix), else each Markdown pipe table."""
    if path is not None and path.suffix.lower() in CSV_SUFFIXES:
        table = _csv_table(text, CSV_SUFFIXES[path.suffix.lower()])
        return [] if table is None else [table]
    return _markdown_tables(text)


_DELIMITER_ROW = re.compile(r"^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$")


def _markdown_tables(text: str) -> list[Table]:
    lines = text.splitlines(keepends=True)
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line))
    tables, index = [], 0
    while index + 1 < len(lines):
        if "|" in lines[index] and _DELIMITER_ROW.match(lines[index + 1]):
            end = index + 2
            while end < len(lines) and "|" in lines[end] and lines[end].strip():
                end += 1
            header = _cells(lines[index])
            rows = [_cells(line) for line in lines[index + 2 : end]]
            if len(header) > 1 and len(_cells(lines[index + 1])) == len(header) and all(len(row) == len(header) for row in rows):
                written = [line.rstrip("\r\n") for line in lines[index:end]]
                tables.append(Table(offsets[index], offsets[end], header, rows, None, written[2:],
                                    aligned=len({len(line) for line in written}) == 1))
            index = end
        else:
            index += 1
    return tables


def _cells(line: str) -> list[str]:
    return [cell.strip() for cell in _raw_cells(line)]


def _csv_table(text: str, delimiter: str) -> Table | None:
    lines = text.splitlines()
    rows = list(csv.reader(lines, delimiter=delimiter))
    if len(rows) < 1 or len(rows[0]) < 2 or any(len(row) != len(rows[0]) for row in rows[1:]):
        return None  # ragged, or a quoted cell across lines: not a table this module can write back safely
    newline = "\r\n" if "\r\n" in text else "\n"
    return Table(0, len(text), rows[0], rows[1:], delimiter, lines[1:], newline)


# --- writing rows back --------------------------------------------------------------------------------------------

def _written(table: Table, cells: list[str]) -> str:
    """A row of ``cells`` written as the table writes its rows: CSV quoting, or a Markdown row with the pipes
    of the one above it, padded to its widths where the table's columns are aligned."""
    if table.delimiter is not None:
        out = io.StringIO()
        csv.writer(out, delimiter=table.delimiter, lineterminator="").writerow(cells)
        return out.getvalue()
    like = table.row_lines[-1] if table.row_lines else ""
    opens, closes = not like or like.lstrip().startswith("|"), not like or like.rstrip().endswith("|")
    widths = [len(raw) for raw in _raw_cells(like)] if table.aligned else []
    row = "|".join(f" {cell.ljust(widths[index] - 2)} " if index < len(widths) else f" {cell} "
                   for index, cell in enumerate(cells))
    return ("|" if opens else "") + row[0 if opens else 1 : len(row) if closes else -1] + ("|" if closes else "")


def _raw_cells(line: str) -> list[str]:
    inner = line.strip()
    inner = inner.removeprefix("|")
    inner = inner[:-1] if inner.endswith("|") and not inner.endswith("\\|") else inner
    return re.split(r"(?<!\\)\|", inner)


def _replaced(text: str, table: Table, header: list[str] | None, row_lines: list[str],
              delimiter_line: str | None = None) -> str:
    """``text`` with ``table``'s lines written anew: its header (when given), and ``row_lines``."""
    nl = table.newline
    lines = text[table.start : table.end].splitlines()
    head = lines[0] if header is None else _written(table, header)
    rule = [] if table.delimiter is not None else [delimiter_line or lines[1]]
    body = nl.join([head, *rule, *row_lines])
    ends_with_newline = text[table.start : table.end].endswith(("\n", "\r"))
    return text[: table.start] + body + (nl if ends_with_newline else "") + text[table.end :]


def table_meant(text: str, path: Path | None, request: str) -> Table | None:
    """The table a request means: the only one, or, of several, the one whose heading above it or whose
    column names have the request's words ("add a row for Lisbon to the trips table"), or else the one with a
    row it names."""
    tables = tables_in(text, path)
    if len(tables) <= 1:
        return tables[0] if tables else None
    asked = naming_stems(request)
    named = [table for table in tables if asked & (naming_stems(" ".join(table.header)) | _heading_above(text, table))]
    if len(named) != 1:  # else the one with a row the request names ("how much is the hotel?")
        named = [table for table in tables if table.row_named(request) is not None]
    return named[0] if len(named) == 1 else None


def _heading_above(text: str, table: Table) -> set[str]:
    headings = re.findall(r"^#{1,6}[ \t]+(.+?)[ \t#]*$", text[: table.start], re.MULTILINE)
    return naming_stems(headings[-1]) if headings else set()


# --- adding a row -------------------------------------------------------------------------------------------------

_ADDS_ROW = re.compile(
    r"^\s*(?:please\s+)?add\s+(?:(?:a|another|one\s+more|a\s+new)\s+)?(?:table\s+)?(?:row|line|entry|record)\s*"
    r"(?:for|about|with|of|:)\s*(?P<what>\S.*?)(?:\s+to\s+the\s+(?:table|csv|list|sheet))?[\s.!]*$"
    r"|^\s*(?:please\s+)?add\s+(?P<what2>\S.*?)\s+to\s+the\s+(?:table|csv|list|sheet)[\s.!]*$",
    re.IGNORECASE,
)
_ADDS = re.compile(r"^\s*(?:please\s+)?add\s+(?P<what>\S.*?)[\s.!]*$", re.IGNORECASE)
"""In a CSV file, "add" and the row's values, one to each column ("add Pedro Alves, pedro@example.com, Faro")."""
VALUE = re.compile(
    r"(?P<money>[£$€]\s?\d[\d,]*(?:\.\d+)?(?:\s?[kKmM]\b)?)"
    r"|(?P<number>(?<![\w.])\d[\d,]*(?:\.\d+)?)(?:\s?(?P<unit>[A-Za-z%]+))?"
)
_INTRODUCESVALUES = re.compile(r"\s+(?:at|with|for|costing|priced\s+at|that\s+costs?|of)\s+|\s*[,:;—–]\s*", re.IGNORECASE)
_UNIT_FAMILIES = ({"b", "kb", "mb", "gb", "tb", "pb", "kib", "mib", "gib", "tib"},
                  {"ms", "s", "sec", "secs", "min", "mins", "h", "hr", "hrs", "hour", "hours", "day", "days"},
                  {"mm", "cm", "m", "km", "in", "ft", "mi"}, {"mg", "g", "kg", "oz", "lb", "lbs"})


@dataclass(frozen=True)
class TableChange:
    text: str
    tentative: str = ""


def row_added(text: str, request: str, path: Path | None = None) -> TableChange | None:
    """``text`` with the row the request gives added to its one table: at the end (above a total row), or in its
    place where the rows are in alphabetical order; None where the request adds no row, or its values do not each fit one column.
    Cells the request gives no value for are left empty, and the change says so."""
    table = table_meant(text, path, request)
    found = _ADDS_ROW.match(request) or (table is not None and table.delimiter is not None and _ADDS.match(request))
    if table is None or not found:
        return None
    what = (found["what"] or found.groupdict().get("what2") or "").strip()
    cells = _given_in_order(what, len(table.header)) or _given_by_kind(what, table)
    if cells is None or not cells[0] or any(_same(cells[0], row[0]) for row in table.rows):
        return None
    if all(row[0][:1].isupper() for row in table.data_rows) and cells[0][:1].islower():
        cells[0] = cells[0][:1].upper() + cells[0][1:]  # "printing" among "Room hire" and "Refreshments"
    lines = list(table.row_lines)
    place = len(table.data_rows)
    labels = [row[0].casefold() for row in table.data_rows]
    if len(labels) >= 3 and labels == sorted(labels):
        place = next((index for index, label in enumerate(labels) if label > cells[0].casefold()), place)
    lines.insert(place, _written(table, cells))
    empty = [table.header[index] for index, cell in enumerate(cells) if not cell]
    note = f"The request gave no value for {', '.join(empty)}: that cell is left empty." if empty else ""
    return TableChange(_replaced(text, table, None, lines), note)


def _given_in_order(what: str, columns: int) -> list[str] | None:
    """The values of a row listed in the columns' order, split at pipes or commas, where there is one for each."""
    for pattern in (r"\s*\|\s*", r"\s*[,;]\s*(?:and\s+)?|\s+and\s+"):
        pieces = [piece.strip() for piece in re.split(pattern, what.strip().strip("|")) if piece.strip()]
        if len(pieces) == columns:
            return pieces
    return None


def _given_by_kind(what: str, table: Table) -> list[str] | None:
    """The row's cells where the request names the row and then gives values of the columns' kinds ("an
    Enterprise plan at $299 with 500 users and 10 TB"): each value goes to the one column its unit names or
    whose cells are of its kind; None where one fits no column, or two fit the same."""
    name_part = _INTRODUCESVALUES.split(what, maxsplit=1)[0]
    if VALUE.search(name_part):
        return None
    name_words = [word for word in name_part.split() if word.lower() not in ("a", "an", "the", "new")]
    if name_words and stem(name_words[-1].lower()) in naming_stems(table.header[0]) and len(name_words) > 1:
        name_words = name_words[:-1]  # "an Enterprise plan" is "Enterprise" in the column headed "Plan"
    cells = [" ".join(name_words)] + [""] * (len(table.header) - 1)
    for value in VALUE.finditer(what[len(name_part):]):
        column = _column_for(value, table)
        if column is None or column == 0 or cells[column]:
            return None
        cells[column] = _as_cells_are(value, [row[column] for row in table.rows])
    return cells if any(cells[1:]) else None


def _column_for(value: re.Match, table: Table) -> int | None:
    unit = (value["unit"] or "").lower()
    if unit and (named := table.column_of(unit)) is not None:
        return named
    kinds = [index for index in range(1, len(table.header)) if _fits(value, [row[index] for row in table.rows])]
    return kinds[0] if len(kinds) == 1 else None


def _fits(value: re.Match, cells: list[str]) -> bool:
    """Whether ``value`` is of the kind every cell of a column is: money of the same currency, a number with a
    unit of the same family as theirs, or a bare number where they are bare numbers."""
    seen = [VALUE.fullmatch(cell.strip()) for cell in cells]
    if not cells or not all(seen):
        return False
    if value["money"]:
        return all(cell["money"] and cell["money"][0] == value["money"][0] for cell in seen)
    unit = (value["unit"] or "").lower()
    units = {(cell["unit"] or "").lower() for cell in seen if cell["number"]}
    if not all(cell["number"] for cell in seen):
        return False
    return units == {unit} or any(unit in family and units <= family for family in _UNIT_FAMILIES)


def _as_cells_are(value: re.Match, cells: list[str]) -> str:
    """``value`` written as the column writes its values: "500 users" is "500" where the column holds bare numbers."""
    if value["money"]:
        return value["money"].replace(" ", "")
    if value["unit"] and all(re.fullmatch(r"\d[\d,]*(?:\.\d+)?", cell.strip()) for cell in cells):
        return value["number"]
    return value.group(0).strip()


# --- removing a row, sorting, columns -----------------------------------------------------------------------------

_REMOVES_ROW = re.compile(
    r"^\s*(?:please\s+)?(?:remove|delete|drop|take\s+out)\s+(?:the\s+)?(?:(?P<says>row|line|entry|record)\s+(?:for|of|about)\s+)?"
    r"(?P<what>\S.*?)(?:\s+(?P<says2>row|line|entry|record))?(?:\s+from\s+the\s+(?P<says3>table|csv|list|sheet))?[\s.!]*$",
    re.IGNORECASE,
)


def row_removed(text: str, request: str, path: Path | None = None) -> TableChange | None:
    """``text`` without the one row of its one table the request names ("remove the Business row", of a CSV
    file "remove Rita Lopes"); None otherwise. In Markdown the request must say it means a row or the table."""
    table = table_meant(text, path, request)
    found = _REMOVES_ROW.match(request)
    if table is None or not found or (table.delimiter is None and not (found["says"] or found["says2"] or found["says3"])):
        return None
    if table.column_of(found["what"]) is not None:
        return None  # "remove the Storage column" is a column
    row = table.row_named(found["what"])
    if row is None:
        return None
    return TableChange(_replaced(text, table, None, table.row_lines[:row] + table.row_lines[row + 1 :]))


_SORTS = re.compile(
    r"^\s*(?:please\s+)?(?:sort|order|rank|arrange)\s+(?:the\s+|these\s+|its\s+)?(?:\w+\s+)??by\s+(?:the\s+|their\s+|its\s+)?"
    r"(?P<column>[^,]+?)(?:[,\s]+(?:with\s+the\s+|in\s+)?(?P<order>(?:highest|largest|biggest|most\s+expensive|most|"
    r"newest|latest|lowest|smallest|cheapest|least|fewest|oldest|earliest)\s+first|(?:a|z)\s+to\s+(?:a|z)|"
    r"high\s+to\s+low|low\s+to\s+high|descending|ascending|reverse(?:\s+order)?|(?:de|a)scending\s+order))?[\s.!]*$",
    re.IGNORECASE,
)
_DESCENDING = re.compile(r"highest|largest|biggest|most|newest|latest|z\s+to|high\s+to|descending|reverse", re.IGNORECASE)
_SCALE = {"k": 1e3, "m": 1e6, "kb": 1e3, "mb": 1e6, "gb": 1e9, "tb": 1e12, "pb": 1e15,
          "kib": 2**10, "mib": 2**20, "gib": 2**30, "tib": 2**40}


def rows_sorted(text: str, request: str, path: Path | None = None) -> TableChange | None:
    """``text`` with its one table's rows sorted by the column the request names, by amount where every cell
    is one (money and sizes compared in one unit) and alphabetically otherwise, a total row staying last (the text
    as it was where they are in that order already); None otherwise."""
    table = table_meant(text, path, request)
    found = _SORTS.match(request)
    if table is None or not found or (column := table.column_of(found["column"])) is None:
        return None
    rows = table.data_rows
    amounts = [amount_of(row[column]) for row in rows]
    keys = amounts if all(amount is not None for amount in amounts) else [row[column].casefold() for row in rows]
    order = sorted(range(len(rows)), key=keys.__getitem__, reverse=bool(_DESCENDING.search(found["order"] or "")))
    lines = [table.row_lines[index] for index in order] + table.row_lines[len(rows):]
    return TableChange(_replaced(text, table, None, lines))  # the same text where they are in that order already


def amount_of(cell: str) -> float | None:
    value = VALUE.fullmatch(cell.strip())
    if not value:
        return None
    figure = value["money"] or value["number"]
    number = re.search(r"\d[\d,]*(?:\.\d+)?", figure)[0].replace(",", "")
    scale = (re.search(r"[kKmM]$", figure) or [""])[0] if value["money"] else (value["unit"] or "")
    return float(number) * _SCALE.get(scale.lower(), 1)


_ADDS_COLUMN = re.compile(
    r"^\s*(?:please\s+)?add\s+(?:a|an|another|a\s+new)\s+(?:(?:column\s+(?:for|called|named)\s+(?P<name>.+?))|(?P<name2>.+?)\s+column)"
    r"(?:\s+(?:with|saying|holding)\s+(?P<values>.+?))?(?:\s+to\s+the\s+(?:table|csv|sheet))?[\s.!]*$",
    re.IGNORECASE,
)
_REMOVES_COLUMN = re.compile(
    r"^\s*(?:please\s+)?(?:remove|delete|drop|take\s+out)\s+(?:the\s+)?(?:(?P<name>.+?)\s+column|column\s+(?P<name2>.+?))"
    r"(?:\s+from\s+the\s+(?:table|csv|sheet))?[\s.!]*$",
    re.IGNORECASE,
)


def column_changed(text: str, request: str, path: Path | None = None) -> TableChange | None:
    """``text`` with a column added to the end of its one table ("add a Support column", its values given in the
    rows' order or else left empty) or the column the request names removed; None otherwise."""
    table = table_meant(text, path, request)
    if table is None:
        return None
    if removing := _REMOVES_COLUMN.match(request):
        column = table.column_of(removing["name"] or removing["name2"])
        if column is None or column == 0:
            return None
        keep = [index for index in range(len(table.header)) if index != column]
        return _with_columns(text, table, [table.header[index] for index in keep],
                             [[row[index] for index in keep] for row in table.rows])
    adding = _ADDS_COLUMN.match(request)
    if not adding:
        return None
    name = (adding["name"] or adding["name2"]).strip().strip("\"'“”")
    if table.column_of(name) is not None or not name:
        return None
    if all(header[:1].isupper() for header in table.header) and name[:1].islower():
        name = name[:1].upper() + name[1:]
    values = _given_in_order(adding["values"], len(table.rows)) if adding["values"] else None
    if adding["values"] and values is None:
        return None
    change = _with_columns(text, table, [*table.header, name],
                           [[*row, values[index] if values else ""] for index, row in enumerate(table.rows)])
    return change if values else TableChange(change.text, f"The new column {name} is empty: fill in its cells.")


def _with_columns(text: str, table: Table, header: list[str], rows: list[list[str]]) -> TableChange:
    """``table`` written anew with these columns: the rows keep their form, not their old padding."""
    plain = Table(table.start, table.end, header, rows, table.delimiter, [], table.newline)
    rule = None if table.delimiter is not None else _written(plain, ["---"] * len(header))
    return TableChange(_replaced(text, plain, header, [_written(plain, row) for row in rows], rule))


_SETS_CELL = re.compile(
    r"^\s*(?:please\s+)?(?:change|set|make|update|raise|lower|increase|reduce|bump|cut|correct|fix)\s+(?P<what>\S.*?)\s+to\s+"
    r"(?P<value>\S.*?)(?:\s+(?:instead|now))?[\s.!]*$"
    r"|^\s*(?P<what2>\S.*?)\s+(?:is\s+now|should\s+be|will\s+be|has\s+changed\s+to|has\s+moved\s+to|moved\s+to)\s+"
    r"(?:(?:in|to|at)\s+)?(?P<value2>\S.*?)(?:\s+now)?[\s.!]*$"
    r"|^\s*(?P<what3>\S.*?)\s+(?:now\s+)?(?:includes|has|gets|costs|comes\s+with|allows)\s+(?P<value3>\S.*?)(?:\s+now)?[\s.!]*$",
    re.IGNORECASE,
)


def cell_set(text: str, request: str, path: Path | None = None) -> TableChange | None:
    """``text`` with the cell of the row and column the request names given its new value ("change Ana's city
    to Coimbra", "the Team price should be $35"), the column named by the value's kind where the request names
    none ("Team now includes 200 GB"); None where it names no one row and one column of the table."""
    table = table_meant(text, path, request)
    found = _SETS_CELL.match(request)
    if table is None or not found:
        return None
    what, value = next((found[what], found[value]) for what, value in (("what", "value"), ("what2", "value2"),
                                                                       ("what3", "value3")) if found[what])
    row = table.row_named(what)
    if row is None:
        return None
    naming = naming_stems(what) - naming_stems(table.rows[row][0])
    columns = [index for index in range(1, len(table.header)) if naming_stems(table.header[index]) & naming]
    given = VALUE.fullmatch(value.strip())
    if not columns and given and (by_kind := _column_for(given, table)):
        columns = [by_kind]  # "Team now includes 200 GB": the one column of sizes
    if len(columns) != 1:
        return None
    cells = list(table.rows[row])
    cells[columns[0]] = _as_cells_are(given, [r[columns[0]] for r in table.rows]) if given else value.strip().strip("\"“”")
    return None if cells == table.rows[row] else TableChange(with_row(text, table, row, cells))


def with_row(text: str, table: Table, row: int, cells: list[str]) -> str:
    """``text`` with row ``row`` of ``table`` given these cells, written as that row was."""
    lines = list(table.row_lines)
    lines[row] = _written(replace(table, row_lines=[lines[row]]), cells)
    return _replaced(text, table, None, lines)


# --- a check on the model's revisions --------------------------------------------------------------------------

_RESHAPES = re.compile(r"\b(?:turn|convert|rewrite|transpose|replace|merge|combine|split|restructure|reorgani[sz]e)\w*",
                       re.IGNORECASE)


def lost_rows(revised: str, original: str, request: str, path: Path | None = None) -> list[str]:
    """The first cells of the rows of ``original``'s tables that no row of the revision has, where the request
    asks to take nothing out and to reshape nothing: asked to add a contact, the model wrote the new one over Ana's."""
    if REMOVES.search(request) or _RESHAPES.search(request):
        return []
    kept = {_same_key(row[0]) for table in tables_in(revised, path) for row in table.rows}
    return [row[0] for table in tables_in(original, path) for row in table.rows if _same_key(row[0]) not in kept]


def _same_key(cell: str) -> str:
    return " ".join(cell.split()).casefold()


_NOT_NAMING = frozenset(stem(word) for word in re.findall(r"\w+", (
    "a an the of for per to in on at by with and or is are was what which who where when how much many does do "
    "it its this that table row column their there")))


def naming_stems(words: str) -> set[str]:
    return {stem(word.removesuffix("'s").removesuffix("’s")) for word in words_in(words)} - _NOT_NAMING


def _same(cell: str, other: str) -> bool:
    return cell.strip().casefold() == other.strip().casefold()
