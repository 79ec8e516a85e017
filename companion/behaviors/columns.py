"""A column added to a table of an SQL schema ("add a due_on date column to loans"), made without the model.

Asked that of a lending library's schema, the model renamed the table ``loans`` ``due_dates``. The column goes
after the table's last column, before any table constraint, with a comma after the line before; it may be
null, as a column added to a table with rows must be. Its type is the one the request says, or else a guess
from its name ("…_on" a date, "…_at" a timestamp, "is_…" true or false, "…_id" an integer), and then the hunk
says so.
"""

from __future__ import annotations

import re

from companion.behaviors.fields import FieldAdded

ADDS_COLUMN = re.compile(
    r"^\s*(?:please\s+)?add\s+(?:an?\s+)?(?:new\s+)?(?:column\s+)?`?(?P<name>[A-Za-z_]\w*)`?(?:\s+(?P<type>(?!column\b)[a-z]+))?"
    r"(?:\s+column)?\s+(?:to|on|in)\s+(?:the\s+)?`?(?P<table>[A-Za-z_]\w*)`?(?:\s+table)?[\s.!]*$",
    re.IGNORECASE,
)
_TYPES = {"date": "DATE", "text": "TEXT", "string": "TEXT", "varchar": "TEXT", "int": "INTEGER", "integer": "INTEGER",
          "number": "INTEGER", "bool": "BOOLEAN", "boolean": "BOOLEAN", "timestamp": "TIMESTAMP", "datetime": "TIMESTAMP",
          "real": "REAL", "float": "REAL", "decimal": "NUMERIC", "numeric": "NUMERIC", "money": "NUMERIC"}
TYPE_GUESSED = "the column's type is a guess from its name"
_CONSTRAINT = re.compile(r"^\s*(?:PRIMARY\s+KEY|FOREIGN\s+KEY|UNIQUE|CHECK|CONSTRAINT)\b", re.IGNORECASE)


def column_added(schema: str, request: str) -> FieldAdded | None:
    """``schema`` with the column the request names added to the one ``CREATE TABLE`` of the table it names;
    None where the request asks no such thing, no one such table has its columns one to a line, or it has the
    column already."""
    found = ADDS_COLUMN.match(request)
    if not found or (found["type"] and found["type"].lower() not in _TYPES):
        return None
    tables = list(re.finditer(rf"^CREATE\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?[`\"]?{re.escape(found['table'])}[`\"]?\s*\(\s*\n"
                              r"(?P<body>(?:[ \t]+\S.*\n)+)\);", schema, re.IGNORECASE | re.MULTILINE))
    if len(tables) != 1:
        return None
    body = tables[0]["body"]
    lines = body.splitlines(keepends=True)
    if any(re.match(rf"\s*[`\"]?{re.escape(found['name'])}[`\"]?\s", line, re.IGNORECASE) for line in lines):
        return None
    columns = [index for index, line in enumerate(lines) if not _CONSTRAINT.match(line)]
    if not columns:
        return None
    last = columns[-1]
    upper = not re.search(r"\b(?:integer|text|date|varchar|int|boolean|timestamp|real|numeric)\b", body)
    kind = _TYPES[found["type"].lower()] if found["type"] else _guessed_type(found["name"])
    kind = kind if upper else kind.lower()
    indent = re.match(r"[ \t]*", lines[last]).group()
    more = last < len(lines) - 1  # constraints follow, so the new column needs its comma
    line = f"{indent}{found['name']} {kind}{',' if more else ''}\n"
    if not more:
        lines[last] = lines[last].rstrip("\n").rstrip(",") + ",\n"
    lines.insert(last + 1, line)
    start, end = tables[0].span("body")
    return FieldAdded(schema[:start] + "".join(lines) + schema[end:], "" if found["type"] else TYPE_GUESSED)


def _guessed_type(name: str) -> str:
    words = name.lower().split("_")
    if words[-1] in {"on", "date", "day", "birthday"}:
        return "DATE"
    if words[-1] in {"at", "time", "timestamp"}:
        return "TIMESTAMP"
    if words[0] in {"is", "has", "can"} or words[-1] in {"enabled", "active", "done", "flag"}:
        return "BOOLEAN"
    if words[-1] in {"id", "count", "quantity", "qty", "number", "age", "year", "position", "rank"}:
        return "INTEGER"
    if words[-1] in {"price", "amount", "cost", "total", "balance", "fee"}:
        return "NUMERIC"
    return "TEXT"
