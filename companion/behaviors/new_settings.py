"""A setting added to a settings file (a ``.env``, INI, TOML or YAML file) as the request gives it, without the model.

Asked to "add SENTRY_DSN=https://key@sentry.example/1" of a ``.env`` file, the model repeated itself until it was
stopped; asked to "add a timeout of 30 to the server section" of an INI file, it added no timeout. The request
gives the name and the value, and the file says how they are written: ``NAME=value`` or ``name = value`` or
``name: value``, its names in capitals, snake_case or kebab-case, a TOML string in quotes, and, where the request
names a section (``[server]``, or YAML's ``server:``), the line goes last among that section's settings.
"""

from __future__ import annotations

import re
from pathlib import Path

from companion.behaviors.labels import labelled_values

_DICTATED = re.compile(
    r"^\s*(?:please\s+)?add\s+(?:the\s+)?(?:(?:line|setting|entry|variable)\s+)?[`\"']?(?P<key>[A-Za-z_][\w.-]*)\s*"
    r"(?P<sep>=|:)\s*(?P<value>[^`\s][^`]*?)[`\"']?(?:\s+(?:to|in|under)\s+(?:the\s+)?(?P<section>[\w.-]+)"
    r"(?:\s+(?:section|table|block))?)?[\s.!]*$",
    re.IGNORECASE,
)
"""A setting written out: "add SENTRY_DSN=https://…", "add `timeout: 30` to the server section"."""
_WORDED = re.compile(
    r"^\s*(?:please\s+)?add\s+(?:a|an)\s+(?P<name>[a-z][\w -]{0,30}?)\s+(?:setting\s+|option\s+)?(?:of|set\s+to|=)\s+"
    r"(?P<value>\S+?)(?:\s+(?:seconds|secs))?(?:\s+(?:to|in|under)\s+(?:the\s+)?(?P<section>[\w.-]+)"
    r"(?:\s+(?:section|table|block))?)?[\s.!]*$",
    re.IGNORECASE,
)
"""A setting named in words: "add a timeout of 30 to the server section", "add a log level of debug"."""
_KEY_LINE = re.compile(r"^(?P<indent>[ \t]*)(?:export[ \t]+)?(?P<key>[A-Za-z_][\w.-]*)[ \t]*(?P<sep>=|:(?=[ \t]|$))[ \t]*(?P<value>[^\n]*)$",
                       re.MULTILINE)
_SECTION = re.compile(r"^\[(?P<name>[^\]\n]+)\][ \t]*$", re.MULTILINE)


def setting_added(text: str, request: str, path: Path) -> str | None:
    """``text`` with the setting the request adds written in the file's form, last in the section it names or at
    the end; None where the request adds no setting, the file has it already, or names a section it lacks."""
    found = _DICTATED.match(request) or _WORDED.match(request)
    if not found:
        return None
    yaml = path.suffix.lower() in (".yaml", ".yml")
    keys = [line["key"] for line in _KEY_LINE.finditer(text)]
    key = found["key"] if found.groupdict().get("key") else _named_as(found["name"], keys, path)
    value = found["value"].strip()
    if not key or not value or key in keys or (not found.groupdict().get("key") and labelled_values(text, found["name"], config=True)):
        return None
    line = _written(key, value, text, path)
    where = _end_of_section(text, found["section"], yaml) if found["section"] else len(text)
    if where is None:
        return None
    indent = _indent_under(text, found["section"]) if yaml and found["section"] else ""
    before = text[:where]
    lead = "" if not before or before.endswith("\n") else "\n"
    return before + lead + indent + line + "\n" + text[where:]


def _named_as(words: str, keys: list[str], path: Path) -> str:
    """The key the words name, in the file's style: ``LOG_LEVEL`` among capitals (a ``.env``), ``log-level`` among
    kebab-case keys, else ``log_level``."""
    parts = words.lower().split()
    if path.name.lower() == ".env" or path.suffix.lower() == ".env" or (keys and all(key.isupper() for key in keys)):
        return "_".join(parts).upper()
    if keys and sum("-" in key for key in keys) > sum("_" in key for key in keys):
        return "-".join(parts)
    return "_".join(parts)


def _written(key: str, value: str, text: str, path: Path) -> str:
    """``key`` and ``value`` as the file writes a setting: its separator and spacing, a TOML string quoted."""
    suffix = path.suffix.lower()
    if suffix in (".yaml", ".yml"):
        return f"{key}: {value}"
    if suffix == ".toml" and not re.fullmatch(r"-?\d+(?:\.\d+)?|true|false|[\"'\[{].*", value):
        value = f'"{value}"'
    spaced = next((line for line in _KEY_LINE.finditer(text) if line["sep"] == "="), None)
    tight = spaced is not None and not re.search(r"[ \t]=", spaced.group(0)) or path.name.lower() == ".env"
    return f"{key}={value}" if tight else f"{key} = {value}"


def _end_of_section(text: str, section: str, yaml: bool) -> int | None:
    """Where a setting goes last in ``section``: after its last line that is not blank."""
    if yaml:
        header = re.search(rf"^{re.escape(section)}:[ \t]*\n", text, re.MULTILINE | re.IGNORECASE)
        if header is None:
            return None
        body = re.match(r"(?:(?:[ \t]+[^\n]*|[ \t]*)\n?)*", text[header.end():])
        return header.end() + len(body.group(0).rstrip()) + (1 if body.group(0).rstrip() else 0)
    headers = list(_SECTION.finditer(text))
    for index, header in enumerate(headers):
        if header["name"].strip().lower() == section.lower():
            end = headers[index + 1].start() if index + 1 < len(headers) else len(text)
            return header.start() + len(text[header.start() : end].rstrip()) + 1
    return None


def _indent_under(text: str, section: str) -> str:
    header = re.search(rf"^{re.escape(section)}:[ \t]*\n(?P<indent>[ \t]+)", text, re.MULTILINE | re.IGNORECASE)
    return header["indent"] if header else "  "
