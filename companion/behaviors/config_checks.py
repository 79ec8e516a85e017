"""A check on the model's revision of a settings file (YAML, TOML, INI, a ``.env``): it keeps every setting.

Asked to "bump the version to 0.4.0" of a pyproject.toml, the model wrote the new version and dropped the
``[project]`` line above it, which would have moved every key of the table to the top level. A settings file is
a list of names, each with a value; a request that changes one value, or adds a setting, leaves every other name
where it was, so a revision that loses a name the request does not mention is refused."""

from __future__ import annotations

import re

from companion.behaviors.code_checks import REMOVES

_NAMED_LINE = re.compile(r"^[ \t]*(?:\[\[?(?P<table>[^\]\n]+)\]\]?|(?:export[ \t]+)?(?P<key>[\w.\"'-]+)[ \t]*[:=])",
                         re.MULTILINE)
"""A line that names a table or section ("[project]", "[[servers]]") or a setting ("port: 8000", "PORT=8000")."""


def lost_settings(revised: str, original: str, request: str) -> list[str]:
    """The lines of ``original`` whose table or setting name the revision no longer has, where the request asks
    to remove nothing and does not name it ("drop the debug setting", "rename port to http_port" may lose it)."""
    if REMOVES.search(request):
        return []
    kept = _names(revised)
    asked = set(re.findall(r"[a-z0-9]+", request.lower()))
    return [line.group(0).strip() for line in _NAMED_LINE.finditer(original)
            if _name(line) not in kept and not set(re.findall(r"[a-z0-9]+", _name(line).lower())) <= asked]


def _names(text: str) -> set[str]:
    return {_name(line) for line in _NAMED_LINE.finditer(text)}


def _name(line: re.Match) -> str:
    return (line["table"] or line["key"]).strip().strip("\"'")
