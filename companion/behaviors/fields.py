"""An optional field added to a record type ("Item should have an optional sku field"), made without the model.

A TypeScript ``interface`` or object ``type`` gains ``sku?: string;``, a Python
dataclass ``sku: str | None = None`` (``Optional[str]`` where the module writes ``Optional``), after the fields
it has: a default has to come after the fields without one. The type is read from the name ("count",
"price" are numbers, "is_…" and "has…" true or false, "tags" a list, "…_at" a date); that is a guess, so the
hunk is marked tentative and says so. The small model had renamed a field instead, or put ``sku: number;`` in
the wrong place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_KINDS = "field|property|attribute|member"
_KIND = rf"(?:{_KINDS})"
_NAME = rf"\w+(?:\s+(?!(?:{_KINDS}|type|class|interface|to|on)\b)\w+)?"
"""A field's name, of one word or two ("restock date"), not running into the word for what it is."""
ADDS_OPTIONAL_FIELD = re.compile(
    rf"^\s*(?:please\s+)?(?:"
    rf"(?P<owner>\w+)\s+(?:should|must|needs\s+to|could)\s+(?:have|get|take)\s+an?\s+optional\s+(?P<field>{_NAME})(?:\s+{_KIND})?"
    rf"|(?:add|give)\s+an?\s+optional\s+(?P<field2>{_NAME})(?:\s+{_KIND})?\s+(?:to|on)\s+(?:the\s+)?(?P<owner2>\w+)"
    rf"|give\s+(?P<owner3>\w+)\s+an?\s+optional\s+(?P<field3>{_NAME})(?:\s+{_KIND})?"
    rf")(?:\s+(?:type|class|interface|dataclass|record))?[\s.!]*$",
    re.IGNORECASE,
)

TYPE_GUESSED = "the field's type is a guess from its name"

TS_RECORD = re.compile(r"^(?P<indent>[ \t]*)(?:export\s+)?(?:interface\s+(?P<name>\w+)(?:\s+extends\s+[\w, .<>]+)?\s*\{"
                       r"|type\s+(?P<alias>\w+)\s*=\s*\{)[ \t]*\n(?P<body>(?:(?P=indent)[ \t]+.*\n|[ \t]*\n)*?)(?P=indent)\}",
                       re.MULTILINE)
"""An interface, or a type that names an object's shape, with its members one a line."""
PY_DATACLASS = re.compile(r"^@(?:dataclasses\.)?dataclass(?:\(.*\))?[ \t]*\nclass (?P<name>\w+)(?:\(.*\))?:[ \t]*\n"
                          r"(?:[ \t]+(?:\"\"\"|''')(?:.|\n)*?(?:\"\"\"|''')[ \t]*\n(?:[ \t]*\n)*)?"
                          r"(?P<body>(?:[ \t]+\w+[ \t]*:.*\n)+)", re.MULTILINE)
"""A dataclass and the fields at the top of its body."""


@dataclass(frozen=True)
class FieldAdded:
    text: str
    """The whole code as changed."""
    tentative: str
    """Why the user should check it: the type was guessed."""


def optional_field_added(code: str, request: str, language: str) -> FieldAdded | None:
    """``code`` with the optional field the request names added to the record type it names; None where the
    request asks no such thing, the code has no one record of that name, or it has the field already."""
    found = ADDS_OPTIONAL_FIELD.match(request)
    if not found:
        return None
    owner = found["owner"] or found["owner2"] or found["owner3"]
    words = (found["field"] or found["field2"] or found["field3"]).split()
    if language == "python":
        return _added_to_dataclass(code, owner, "_".join(word.lower() for word in words))
    if language in ("typescript", "tsx"):
        return _added_to_interface(code, owner, words[0] + "".join(word[:1].upper() + word[1:] for word in words[1:]))
    return None


def _added_to_interface(code: str, owner: str, field: str) -> FieldAdded | None:
    records = [match for match in TS_RECORD.finditer(code) if (match["name"] or match["alias"]) == owner]
    if len(records) != 1 or re.search(rf"^[ \t]*(?:readonly\s+)?{re.escape(field)}\??\s*:", records[0]["body"], re.MULTILINE):
        return None
    record = records[0]
    members = [line for line in record["body"].splitlines() if line.strip()]
    indent = re.match(r"[ \t]*", members[-1]).group() if members else record["indent"] + "  "
    ending = ";" if not members or members[-1].rstrip().endswith(";") else ("," if members[-1].rstrip().endswith(",") else "")
    line = f"{indent}{field}?: {_type_of(field, 'typescript')}{ending}\n"
    at = record.start("body") + (len(record["body"].rstrip("\n \t")) + 1 if members else 0)  # after the last member
    return FieldAdded(code[:at] + line + code[at:], TYPE_GUESSED)


def _added_to_dataclass(code: str, owner: str, field: str) -> FieldAdded | None:
    records = [match for match in PY_DATACLASS.finditer(code) if match["name"] == owner]
    if len(records) != 1 or re.search(rf"^[ \t]+{re.escape(field)}[ \t]*:", records[0]["body"], re.MULTILINE):
        return None
    record = records[0]
    last = record["body"].splitlines()[-1]
    indent = re.match(r"[ \t]*", last).group()
    kind = _type_of(field, "python")
    if kind == "datetime" and not re.search(r"^(?:from datetime import .*\bdatetime\b|import datetime\b)", code, re.MULTILINE):
        kind = "str"  # not a name the module has
    elif kind == "datetime" and re.search(r"^import datetime\b", code, re.MULTILINE):
        kind = "datetime.datetime"
    writes_optional = re.search(r"\bOptional\[|^from typing import .*\bOptional\b", code, re.MULTILINE)
    optional = f"Optional[{kind}]" if writes_optional else f"{kind} | None"
    at = record.end("body")
    return FieldAdded(code[:at] + f"{indent}{field}: {optional} = None\n" + code[at:], TYPE_GUESSED)


def _type_of(field: str, language: str) -> str:
    """The type a field of this name most likely has."""
    words = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", field).lower().split("_")
    kinds = {
        "number": ({"count", "quantity", "qty", "number", "num", "age", "size", "total", "price", "amount", "cost",
                    "year", "seconds", "minutes", "hours", "days", "ms", "score", "rating", "weight", "height", "width",
                    "length", "priority", "discount", "index", "port", "limit", "max", "min", "rank"}, "number", "float"),
        "boolean": ({"is", "has", "can", "should", "enabled", "disabled", "active", "done", "visible"}, "boolean", "bool"),
        "date": ({"at", "date", "on", "time", "timestamp", "deadline"}, "Date", "datetime"),
        "list": ({"tags", "labels", "items", "names", "ids", "aliases"}, "string[]", "list[str]"),
    }
    for key, (names, typescript, python) in kinds.items():
        position = 0 if key == "boolean" else -1
        if words[position] in names:
            if python == "float" and words[-1] in {"count", "quantity", "qty", "number", "num", "age", "year", "priority",
                                                    "index", "port", "limit", "rank", "seconds", "minutes", "hours", "days"}:
                python = "int"
            return typescript if language == "typescript" else python
    return "string" if language == "typescript" else "str"
