"""What an SQL file does, statement by statement, read from its clauses: what a query selects and from where,
which rows, how it groups and orders them; what an insert, update or delete changes; what a table is made of.

Asked "what does this query do?" of a report of monthly revenue, the model answered "It returns the revenue for
the month." three times over until it was stopped. A statement says what it does in its own clauses, and the
outline (``outline.py``) shows them, each under the comment above it.
"""

from __future__ import annotations

import re

SQL_SUFFIXES = (".sql",)

_CLAUSES = re.compile(r"\b(FROM|WHERE|GROUP\s+BY|HAVING|ORDER\s+BY|LIMIT)\b", re.IGNORECASE)
_SELECT = re.compile(r"^(?:WITH\s.*?\)\s*)?SELECT\s+", re.IGNORECASE)
_SAID = {"FROM": "from", "WHERE": "where", "GROUP BY": "grouped by", "HAVING": "keeping groups where",
         "ORDER BY": "ordered by", "LIMIT": "at most"}


def sql_outline(sql: str) -> list[str]:
    """A line for each statement of ``sql``: what it does, in its own clauses, after the comment above it."""
    lines = []
    for statement in _statements(sql):
        comment = " ".join(re.findall(r"^[ \t]*--[ \t]*(.*?)[ \t]*$", statement, re.MULTILINE)).strip()
        code = " ".join(re.sub(r"--[^\n]*", "", statement).split())
        if not code:
            continue
        said = _described(code)
        lines.append(f"- {comment}: {said}" if comment else f"- {said[:1].upper()}{said[1:]}")
    return lines


def _statements(sql: str) -> list[str]:
    """The statements of ``sql``, split at semicolons outside quotes and comments."""
    pieces, start, quote = [], 0, ""
    index = 0
    while index < len(sql):
        char = sql[index]
        if quote:
            quote = "" if char == quote else quote
        elif char in "'\"":
            quote = char
        elif sql.startswith("--", index):
            index = sql.find("\n", index) if "\n" in sql[index:] else len(sql)
            continue
        elif char == ";":
            pieces.append(sql[start:index])
            start = index + 1
        index += 1
    pieces.append(sql[start:])
    return [piece for piece in pieces if piece.strip()]


def _described(code: str) -> str:
    verb = code.split(None, 1)[0].upper()
    if verb in ("SELECT", "WITH"):
        return _select(code)
    if found := re.match(r"INSERT\s+INTO\s+(?P<table>[\w.\"]+)\s*(?:\((?P<columns>[^)]*)\))?", code, re.IGNORECASE):
        columns = f" (`{' '.join(found['columns'].split())}`)" if found["columns"] else ""
        return f"inserts rows into `{found['table']}`{columns}"
    if found := re.match(r"UPDATE\s+(?P<table>[\w.\"]+)\s+SET\s+(?P<sets>.+?)(?:\s+WHERE\s+(?P<where>.+))?$", code, re.IGNORECASE):
        where = f" where `{found['where']}`" if found["where"] else " in every row"
        return f"updates `{found['table']}`: sets `{found['sets']}`{where}"
    if found := re.match(r"DELETE\s+FROM\s+(?P<table>[\w.\"]+)(?:\s+WHERE\s+(?P<where>.+))?$", code, re.IGNORECASE):
        return f"deletes from `{found['table']}` " + (f"the rows where `{found['where']}`" if found["where"] else "every row")
    if found := re.match(r"CREATE\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?(?P<table>[\w.\"]+)\s*\((?P<body>.*)\)", code, re.IGNORECASE):
        columns = [piece.split()[0] for piece in _top_level_commas(found["body"])
                   if piece.split() and piece.split()[0].upper() not in ("PRIMARY", "FOREIGN", "UNIQUE", "CHECK", "CONSTRAINT")]
        return f"creates the table `{found['table']}` with columns " + ", ".join(f"`{column}`" for column in columns)
    return f"`{code if len(code) <= 80 else code[:79] + '…'}`"


def _select(code: str) -> str:
    parts = _CLAUSES.split(code)
    selected = _SELECT.sub("", parts[0]).strip()
    said = [f"selects `{selected}`"]
    for keyword, clause in zip(parts[1::2], parts[2::2]):
        said.append(f"{_SAID[' '.join(keyword.upper().split())]} `{clause.strip()}`")
    return ", ".join(said)


def _top_level_commas(body: str) -> list[str]:
    pieces, depth, start = [], 0, 0
    for index, char in enumerate(body):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if char == "," and depth == 0:
            pieces.append(body[start:index])
            start = index + 1
    return [*pieces, body[start:]]
