"""A pattern added to or taken out of an ignore file (``.gitignore``, ``.dockerignore``…) as a request words it
("also ignore .env files", "ignore the dist folder", "stop ignoring build/"), without the model.

Asked to "also ignore .env files" of a four-line ``.gitignore``, the model answered with its own instructions.
What to write is plain from the words: a name or pattern as given (``.env``, ``*.log``), "the dist folder" as
``dist/``, "log files" as ``*.log``.
"""

from __future__ import annotations

import re
from pathlib import Path

IGNORE_FILES = frozenset([".gitignore", ".dockerignore", ".npmignore", ".prettierignore", ".eslintignore", ".hgignore"])

_IGNORES = re.compile(
    r"^\s*(?:please\s+)?(?:also\s+)?(?:(?P<verb>ignore|exclude)\s+(?P<what>\S.*?)(?:\s+too|\s+as\s+well)?"
    r"|(?P<stop>stop\s+ignoring|don't\s+ignore|do\s+not\s+ignore|unignore|no\s+longer\s+ignore)\s+(?P<kept>\S.*?)"
    r"|add\s+(?P<added>\S.*?)\s+to\s+(?:the\s+)?(?:\.?\w*ignore(?:\s+file)?|ignore\s+list|ignored\s+files))[\s.!]*$",
    re.IGNORECASE)
_EXTENSIONS = frozenset(re.findall(r"\w+", "log tmp bak swp pyc pyo o a so class jar zip tar gz csv sqlite db pdf map lock cache out"))
"""The kinds of file a request may call by their extension: "log files" are ``*.log``."""
_SEPARATORS = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+", re.IGNORECASE)


def ignore_changed(text: str, request: str, path: Path) -> str | None:
    """The ignore file ``text`` with the patterns a request names added at its end (or, for "stop ignoring", their
    lines taken out); ``text`` as it is where it has them so already; None for another file or request, or words
    that name no pattern for certain ("ignore the secrets")."""
    if path.name.lower() not in IGNORE_FILES or not (asked := _IGNORES.match(request)):
        return None
    words = asked["what"] or asked["kept"] or asked["added"]
    patterns = [_pattern(part) for part in _SEPARATORS.split(words.strip())]
    if not patterns or None in patterns:
        return None
    lines = text.splitlines()
    if asked["stop"]:
        kept = [line for line in lines if line.strip() not in patterns]
        return text if len(kept) == len(lines) else "\n".join(kept) + "\n"
    new = [pattern for pattern in dict.fromkeys(patterns) if pattern not in (line.strip() for line in lines)]
    if not new:
        return text
    return text + ("" if not text or text.endswith("\n") else "\n") + "\n".join(new) + "\n"


def _pattern(words: str) -> str | None:
    """The ignore pattern ``words`` stand for: a name or pattern as written (quotes taken off), "the dist folder" as
    ``dist/``, "log files" as ``*.log``, ".env files" as ``.env``; None where the words are no such thing."""
    words = re.sub(r"^(?:the|all|any|every)\s+", "", words.strip().strip("`\"'"), flags=re.IGNORECASE)
    if folder := re.fullmatch(r"(?P<name>[\w.@-]+)/?\s+(?:folder|directory|dir)s?", words, re.IGNORECASE):
        return folder["name"] + "/"
    if files := re.fullmatch(r"(?P<name>[\w.*-]+)\s+files?", words, re.IGNORECASE):
        name = files["name"]
        if name.startswith((".", "*")) or "." in name:
            return name
        return f"*.{name.lower()}" if name.lower() in _EXTENSIONS else None
    if re.fullmatch(r"[\w.*/@!-]+", words) and re.search(r"[./*_-]", words):
        return words
    return None
