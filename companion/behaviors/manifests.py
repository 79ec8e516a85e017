"""The dependency lists of a project's manifest, edited on its text: what every kind of manifest shares (a
requirement, a manifest's changes, strings in brackets). The kinds are ``pyproject``, ``requirements_file`` and
``package_json``; which file is which, and what a request asks, is ``dependencies``'s to say.

Each change keeps the file as its author wrote it (comments, quotes, indentation, trailing commas) and puts a new
entry where its list's order says, or last where the list is in no order; the result is parsed before it is
offered (``Manifest.parses``).
"""

from __future__ import annotations

import re
from abc import ABC, abstractmethod
from dataclasses import dataclass

ANY_VERSION = "*"
"""The version written for a Poetry or npm dependency the request gives none for: those manifests need one."""


@dataclass(frozen=True)
class Requirement:
    name: str
    """As the request writes it: "httpx", "uvicorn[standard]", "@types/node"."""
    version: str = ""
    """A specifier as the request gives it (">=0.27", "==2.31.0", "^4.17.21"), a bare version ("0.27", which each
    manifest writes in its own tool's default form), or "" where none is given."""


def normalized(name: str) -> str:
    """A package's name as indexes compare it (PEP 503), without extras: "Typing_Extensions[x]" is "typing-extensions"."""
    return re.sub(r"[-_.]+", "-", name.split("[")[0].strip()).lower()


NAME = re.compile(r"\s*(?P<name>(?:@[\w.-]+/)?[A-Za-z0-9][\w.-]*)(?P<extras>\s*\[[^\]]*\])?")


@dataclass(frozen=True)
class Item:
    """A string in a list: ``text[start:end]`` is the string with its quotes."""

    start: int
    end: int
    value: str
    quote: str

    @property
    def name(self) -> str:
        found = NAME.match(self.value)
        return normalized(found["name"]) if found else ""


class Manifest(ABC):
    """A manifest's text and the changes to its dependencies; each change returns the whole new text, or None where
    it changes nothing."""

    is_only_dependencies = False
    """Whether every line is a dependency (a requirements file), so that "add httpx" needs no "as a dependency"."""

    def __init__(self, text: str) -> None:
        self.text = text

    def has(self, name: str) -> bool:
        return any(self._places_of(normalized(name)))

    def add(self, requirements: list[Requirement], *, group: str | None) -> str | None:
        """With each requirement added to ``group``'s list (the main one for None), or its version set where the
        manifest has it already."""
        text = self.text
        for requirement in requirements:
            text = type(self)(text)._added(requirement, group) or text
        return text if text != self.text else None

    def remove(self, names: list[str], *, group: str | None) -> str | None:
        """Without the named dependencies: in ``group`` only, or wherever they are for None."""
        text = self.text
        for name in names:
            text = type(self)(text)._removed(normalized(name), group) or text
        return text if text != self.text else None

    def require_python(self, version: str) -> str | None:
        return None

    def drop_python(self, version: str) -> str | None:
        return None

    @abstractmethod
    def recognised(self) -> bool:
        """Whether the text is a manifest of this kind: a pyproject.toml of a project, not of tool settings only."""

    @abstractmethod
    def parses(self, text: str) -> bool:
        """Whether ``text`` is well-formed in the manifest's format."""

    @abstractmethod
    def _places_of(self, name: str) -> list:
        """Where the manifest names the dependency (normalized ``name``), in any of its lists."""

    @abstractmethod
    def _added(self, requirement: Requirement, group: str | None) -> str | None:
        """The text with one requirement added or its version set; None where nothing changes."""

    @abstractmethod
    def _removed(self, name: str, group: str | None) -> str | None:
        """The text without one dependency; None where it is not there."""


def pep508_specifier(version: str) -> str:
    """A version as PEP 508 writes it after the name: a bare one is the least version (as ``uv add`` writes it)."""
    if not version:
        return ""
    if version.startswith("^"):
        return ">=" + version[1:]
    return version if re.match(r"[<>=!~]", version) else ">=" + version


def with_specifier(entry: str, specifier: str) -> str:
    """A PEP 508 requirement with its version specifier replaced, its name, extras and markers kept."""
    found = NAME.match(entry)
    markers = entry[entry.index(";") :] if ";" in entry else ""
    head = entry[: found.end()].strip() if found else entry
    return head + specifier + (" " if markers and not markers.startswith(" ") else "") + markers.strip()


def closing(text: str, opening: int, comment: str | None) -> int | None:
    """Where the bracket or brace at ``opening`` is closed (just past it), skipping strings and, where the format has
    them, comments; None where it never is."""
    pairs = {"[": "]", "{": "}"}
    depth, index = 0, opening
    while index < len(text):
        char = text[index]
        if char in "\"'":
            index = _string_end(text, index)
            continue
        if comment and char == comment:
            newline = text.find("\n", index)
            index = len(text) if newline < 0 else newline
            continue
        if char in pairs:
            depth += 1
        elif char in pairs.values():
            depth -= 1
            if depth == 0:
                return index + 1
        index += 1
    return None


def _string_end(text: str, start: int) -> int:
    quote, index = text[start], start + 1
    while index < len(text) and text[index] not in (quote, "\n"):
        index += 2 if text[index] == "\\" and quote == '"' else 1
    return index + 1


def strings_in(text: str, start: int, end: int, comment: str) -> list[Item]:
    """The strings between ``start`` and ``end``, skipping comments."""
    items, index = [], start
    while index < end:
        char = text[index]
        if char == comment:
            newline = text.find("\n", index)
            index = end if newline < 0 else newline
        elif char in "\"'":
            close = _string_end(text, index)
            items.append(Item(index, close, text[index + 1 : close - 1], char))
            index = close
        else:
            index += 1
    return items
