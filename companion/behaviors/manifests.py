"""The dependency lists of a project's manifest, edited on its text: a pyproject.toml (PEP 621 or Poetry), a
requirements file, a package.json.

Each change keeps the file as its author wrote it (comments, quotes, indentation, trailing commas) and puts a new
entry where its list's order says, or last where the list is in no order; the result is parsed before it is
offered (``Manifest.parses``). What a change asks is ``dependencies``'s to read from the request.
"""

from __future__ import annotations

import json
import re
import tomllib
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


_NAME = re.compile(r"\s*(?P<name>(?:@[\w.-]+/)?[A-Za-z0-9][\w.-]*)(?P<extras>\s*\[[^\]]*\])?")


@dataclass(frozen=True)
class Item:
    """A string in a list: ``text[start:end]`` is the string with its quotes."""

    start: int
    end: int
    value: str
    quote: str

    @property
    def name(self) -> str:
        found = _NAME.match(self.value)
        return normalized(found["name"]) if found else ""


class Manifest:
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

    def recognised(self) -> bool:
        """Whether the text is a manifest of this kind: a pyproject.toml of a project, not of tool settings only."""
        raise NotImplementedError

    def parses(self, text: str) -> bool:
        raise NotImplementedError

    def _places_of(self, name: str) -> list:
        raise NotImplementedError

    def _added(self, requirement: Requirement, group: str | None) -> str | None:
        raise NotImplementedError

    def _removed(self, name: str, group: str | None) -> str | None:
        raise NotImplementedError


def manifest_for(filename: str, text: str) -> Manifest | None:
    """The manifest a file of this name and text is, where it parses; None for any other file."""
    lowered = filename.lower()
    if lowered == "pyproject.toml":
        manifest: Manifest = Pyproject(text)
    elif lowered == "package.json":
        manifest = PackageJson(text)
    elif re.fullmatch(r"(?:[\w.-]*[-_.])?requirements(?:[-_.][\w.-]*)?\.(?:txt|in)", lowered):
        manifest = RequirementsFile(text)
    else:
        return None
    return manifest if manifest.parses(text) and manifest.recognised() else None


# -- a pyproject.toml -----------------------------------------------------------------------------------------------

_HEADER = re.compile(r"^[ \t]*\[(?P<array>\[)?[ \t]*(?P<name>[A-Za-z0-9_-]+(?:[ \t]*\.[ \t]*[\w\"'-]+)*)[ \t]*\]\]?[ \t]*(?:#.*)?\r?$",
                     re.MULTILINE)


@dataclass(frozen=True)
class Table:
    name: str
    body_start: int
    body_end: int


@dataclass(frozen=True)
class TomlList:
    """A key's array of strings: ``[open, close)`` spans the brackets."""

    open: int
    close: int
    items: list[Item]


class Pyproject(Manifest):
    """PEP 621's ``[project]`` dependencies, its optional dependencies and PEP 735 dependency groups, or Poetry's
    dependency tables where the project keeps them there."""

    def recognised(self) -> bool:
        return bool(self._table("project") or self._table("tool.poetry.dependencies"))

    def parses(self, text: str) -> bool:
        try:
            tomllib.loads(text)
        except tomllib.TOMLDecodeError:
            return False
        return True

    @property
    def _poetry(self) -> bool:
        project = self._table("project")
        return bool(self._table("tool.poetry.dependencies")) and not (project and self._key(project, "dependencies"))

    # where the lists are

    def _tables(self) -> list[Table]:
        headers = list(_HEADER.finditer(self.text))
        ends = [header.start() for header in headers[1:]] + [len(self.text)]
        return [Table(re.sub(r"\s*\.\s*", ".", header["name"]).replace('"', "").replace("'", ""), header.end() + 1, end)
                for header, end in zip(headers, ends) if not header["array"]]

    def _table(self, name: str) -> Table | None:
        return next((table for table in self._tables() if table.name == name), None)

    def _key(self, table: Table, key: str) -> re.Match | None:
        pattern = re.compile(rf"^[ \t]*[\"']?{re.escape(key)}[\"']?[ \t]*=[ \t]*", re.MULTILINE)
        return pattern.search(self.text, table.body_start, table.body_end)

    def _list(self, table: Table | None, key: str) -> TomlList | None:
        found = self._key(table, key) if table else None
        if not found or self.text[found.end() : found.end() + 1] != "[":
            return None
        close = closing(self.text, found.end(), "#")
        return None if close is None else TomlList(found.end(), close, strings_in(self.text, found.end() + 1, close - 1, "#"))

    def _lists(self, group: str | None) -> list[TomlList]:
        """The PEP 621 lists of ``group`` (the main list for None; every list where ``every``)."""
        if group is None:
            return [found for found in [self._list(self._table("project"), "dependencies")] if found]
        return [found for table in ("project.optional-dependencies", "dependency-groups")
                if (found := self._list(self._table(table), group))]

    def _every_list(self) -> list[TomlList]:
        lists = self._lists(None)
        for name in ("project.optional-dependencies", "dependency-groups"):
            table = self._table(name)
            for key in re.finditer(r"^[ \t]*[\"']?(?P<key>[\w.-]+)[\"']?[ \t]*=", self.text[table.body_start : table.body_end]
                                   if table else "", re.MULTILINE):
                if found := self._list(table, key["key"]):
                    lists.append(found)
        return lists

    def _poetry_tables(self, group: str | None) -> list[Table]:
        if group is None:
            return [table for table in self._tables() if re.fullmatch(
                r"tool\.poetry\.(?:dependencies|dev-dependencies|group\.[\w-]+\.dependencies)", table.name)]
        names = [f"tool.poetry.group.{group}.dependencies"] + (["tool.poetry.dev-dependencies"] if group == "dev" else [])
        return [table for name in names if (table := self._table(name))]

    def _poetry_line(self, table: Table, name: str) -> re.Match | None:
        for line in re.finditer(r"^[ \t]*[\"']?(?P<name>[\w.-]+)[\"']?[ \t]*=[ \t]*(?P<value>[^\r\n]*)\r?$", self.text[:table.body_end],
                                re.MULTILINE):
            if line.start() >= table.body_start and normalized(line["name"]) == name and name != "python":
                return line
        return None

    def _places_of(self, name: str) -> list:
        if self._poetry:
            return [line for table in self._poetry_tables(None) if (line := self._poetry_line(table, name))]
        return [item for found in self._every_list() for item in found.items if item.name == name]

    # changes

    def _added(self, requirement: Requirement, group: str | None) -> str | None:
        name = normalized(requirement.name)
        if self._poetry:
            return self._poetry_added(requirement, name, group)
        lists = self._lists(group) if group else self._every_list()
        present = [item for found in lists for item in found.items if item.name == name]
        if present:
            if not requirement.version:
                return None
            item = present[0]
            return replaced(self.text, item, _with_specifier(item.value, pep508_specifier(requirement.version)))
        entry = requirement.name + pep508_specifier(requirement.version)
        target = self._lists(group)
        if target:
            return with_item(self.text, target[0], entry, "#")
        return self._with_new_list(group, entry)

    def _with_new_list(self, group: str | None, entry: str) -> str | None:
        project = self._table("project")
        if group is None:
            return None if project is None else at_table_end(self.text, project, f'dependencies = [\n    "{entry}",\n]\n')
        for name in ("dependency-groups", "project.optional-dependencies"):
            if table := self._table(name):
                return at_table_end(self.text, table, f'{group} = ["{entry}"]\n')
        return self.text.rstrip("\n") + f'\n\n[dependency-groups]\n{group} = ["{entry}"]\n'

    def _removed(self, name: str, group: str | None) -> str | None:
        if self._poetry:
            lines = [line for table in self._poetry_tables(group) if (line := self._poetry_line(table, name))]
            if not lines or any(line["value"].count("{") != line["value"].count("}") for line in lines):
                return None
            text = self.text
            for line in sorted(lines, key=lambda found: -found.start()):
                text = text[: line.start()] + text[line.end() + 1 :]
            return text
        lists = self._lists(group) if group else self._every_list()
        items = [item for found in lists for item in found.items if item.name == name]
        text = self.text
        for item in sorted(items, key=lambda item: -item.start):
            text = without_item(text, item)
        return text if items else None

    def _poetry_added(self, requirement: Requirement, name: str, group: str | None) -> str | None:
        tables = self._poetry_tables(group)
        present = [line for table in (tables if group else self._poetry_tables(None)) if (line := self._poetry_line(table, name))]
        version = poetry_version(requirement.version)
        if present:
            line = present[0]
            if not requirement.version or line["value"].strip().startswith("{"):
                return None
            return self.text[: line.start("value")] + f'"{version}"' + self.text[line.end("value") :]
        entry = f'{requirement.name.split("[")[0]} = "{version}"\n'
        if tables:
            return at_table_end(self.text, tables[0], entry)
        return self.text.rstrip("\n") + f"\n\n[tool.poetry.group.{group}.dependencies]\n{entry}"

    def require_python(self, version: str) -> str | None:
        project = self._table("project")
        if project is None:
            poetry = self._table("tool.poetry.dependencies")
            line = self._key(poetry, "python") if poetry else None
            if not line:
                return None
            value = re.match(r"([\"'])(?P<spec>[^\"'\n]*)\1", self.text[line.end() :])
            if not value:
                return None
            spec = re.sub(r"\d+\.\d+(?:\.\d+)?", version, value["spec"], count=1)
            start = line.end() + value.start("spec")
            return self.text[:start] + spec + self.text[line.end() + value.end("spec") :]
        text = self._with_requires_python(project, version)
        return type(self)(text)._without_old_classifiers(version) if text else None

    def drop_python(self, version: str) -> str | None:
        major, minor = version.split(".")
        return self.require_python(f"{major}.{int(minor) + 1}")

    def _with_requires_python(self, project: Table, version: str) -> str | None:
        line = self._key(project, "requires-python")
        if not line:
            after = self._key(project, "version") or self._key(project, "name")
            entry = f'requires-python = ">={version}"\n'
            if after is None:
                return at_table_end(self.text, project, entry)
            end_of_line = self.text.index("\n", after.end()) + 1 if "\n" in self.text[after.end() :] else len(self.text)
            return self.text[:end_of_line] + entry + self.text[end_of_line:]
        value = re.match(r"([\"'])(?P<spec>[^\"'\n]*)\1", self.text[line.end() :])
        if not value:
            return None
        kept = [clause.strip() for clause in value["spec"].split(",")
                if clause.strip() and not re.match(r"(?:>=?|~=|==|\^)", clause.strip())]
        current = re.search(r"(?:>=|~=|==|\^)\s*(\d+)\.(\d+)", value["spec"])
        if current and tuple(map(int, current.groups())) >= tuple(map(int, version.split("."))):
            return None  # the project requires that much already
        spec = ",".join([f">={version}", *kept])
        start = line.end() + value.start("spec")
        return self.text[:start] + spec + self.text[line.end() + value.end("spec") :]

    def _without_old_classifiers(self, version: str) -> str:
        """Without the classifiers of Python versions the new requirement leaves out: they would say the project
        supports what it no longer installs on."""
        classifiers = self._list(self._table("project"), "classifiers")
        if classifiers is None:
            return self.text
        minimum = tuple(map(int, version.split(".")))
        text = self.text
        for item in sorted(classifiers.items, key=lambda item: -item.start):
            found = re.fullmatch(r"Programming Language :: Python :: (\d+)\.(\d+)", item.value.strip())
            if found and tuple(map(int, found.groups())) < minimum:
                text = without_item(text, item)
        return text


def pep508_specifier(version: str) -> str:
    """A version as PEP 508 writes it after the name: a bare one is the least version (as ``uv add`` writes it)."""
    if not version:
        return ""
    if version.startswith("^"):
        return ">=" + version[1:]
    return version if re.match(r"[<>=!~]", version) else ">=" + version


def poetry_version(version: str) -> str:
    if not version:
        return ANY_VERSION
    if version.startswith("=="):
        return version[2:]
    return version if re.match(r"[<>=!~^]", version) else "^" + version


def _with_specifier(entry: str, specifier: str) -> str:
    """A PEP 508 requirement with its version specifier replaced, its name, extras and markers kept."""
    found = _NAME.match(entry)
    markers = entry[entry.index(";") :] if ";" in entry else ""
    head = entry[: found.end()].strip() if found else entry
    return head + specifier + (" " if markers and not markers.startswith(" ") else "") + markers.strip()


# -- a requirements file ------------------------------------------------------------------------------------------


class RequirementsFile(Manifest):
    """One requirement to a line, as pip reads them; options ("-r base.txt") and comments stay where they are."""

    is_only_dependencies = True

    def recognised(self) -> bool:
        return True

    def parses(self, text: str) -> bool:
        return "\x00" not in text

    def _lines(self) -> list[Item]:
        lines, offset = [], 0
        for line in self.text.splitlines(keepends=True):
            content = line.rstrip("\r\n")
            if content.strip() and not content.lstrip().startswith(("#", "-")) and _NAME.match(content):
                lines.append(Item(offset, offset + len(content), content, ""))
            offset += len(line)
        return lines

    def _places_of(self, name: str) -> list:
        return [line for line in self._lines() if line.name == name]

    def _added(self, requirement: Requirement, group: str | None) -> str | None:
        name = normalized(requirement.name)
        entry = requirement.name + pep508_specifier(requirement.version)
        present = self._places_of(name)
        if present:
            if not requirement.version:
                return None
            line = present[0]
            comment = re.search(r"\s+#.*$", line.value)
            new = _with_specifier(line.value[: comment.start()] if comment else line.value,
                                  pep508_specifier(requirement.version)) + (comment.group(0) if comment else "")
            return self.text[: line.start] + new + self.text[line.end :]
        lines = self._lines()
        names = [line.name for line in lines]
        if len(names) >= 2 and names == sorted(names):
            following = next((line for line in lines if line.name > name), None)
            if following:
                return self.text[: following.start] + entry + "\n" + self.text[following.start :]
        text = self.text if not self.text or self.text.endswith("\n") else self.text + "\n"
        return text + entry + "\n"

    def _removed(self, name: str, group: str | None) -> str | None:
        text = self.text
        for line in sorted(self._places_of(name), key=lambda line: -line.start):
            end = line.end + 1 if text[line.end : line.end + 1] == "\n" else line.end
            text = text[: line.start] + text[end:]
        return text if text != self.text else None


# -- a package.json -----------------------------------------------------------------------------------------------

_NPM_FIELDS = {None: "dependencies", "dev": "devDependencies", "test": "devDependencies", "docs": "devDependencies",
               "build": "devDependencies", "peer": "peerDependencies", "optional": "optionalDependencies"}


class PackageJson(Manifest):
    """npm's dependency objects, each kept in the order npm keeps them: by name."""

    def recognised(self) -> bool:
        return isinstance(json.loads(self.text), dict)

    def parses(self, text: str) -> bool:
        try:
            json.loads(text)
        except ValueError:
            return False
        return True

    def _object(self, field: str) -> tuple[int, int] | None:
        """The braces of the top-level ``field``'s object: the key least indented, where nested objects name it too."""
        keys = sorted(re.finditer(rf'^(?P<indent>[ \t]*)"{field}"[ \t]*:[ \t]*\{{', self.text, re.MULTILINE),
                      key=lambda key: len(key["indent"]))
        if not keys:
            return None
        close = closing(self.text, keys[0].end() - 1, None)
        return None if close is None else (keys[0].end() - 1, close)

    def _entries(self, field: str) -> list[tuple[Item, re.Match]]:
        braces = self._object(field)
        if braces is None:
            return []
        return [(Item(entry.start(), entry.end(), entry["name"], '"'), entry) for entry in re.finditer(
            r'^(?P<indent>[ \t]*)"(?P<name>[^"\n]+)"[ \t]*:[ \t]*"(?P<version>[^"\n]*)"', self.text[: braces[1]], re.MULTILINE)
            if entry.start() > braces[0]]

    def _places_of(self, name: str) -> list:
        return [entry for field in set(_NPM_FIELDS.values()) for entry, _ in self._entries(field)
                if entry.value.lower() == name]

    def _added(self, requirement: Requirement, group: str | None) -> str | None:
        field = _NPM_FIELDS.get(group)
        if field is None:
            return None
        name, version = requirement.name, npm_version(requirement.version)
        fields = [field] if group else list(dict.fromkeys(_NPM_FIELDS.values()))
        for each in fields:
            for entry, found in self._entries(each):
                if entry.value.lower() == name.lower():
                    if not requirement.version:
                        return None
                    return self.text[: found.start("version")] + version + self.text[found.end("version") :]
        braces = self._object(field)
        line = f'"{name}": "{version}"'
        if braces is None:
            return self._with_new_field(field, line)
        entries = self._entries(field)
        if not entries:
            outer = self.text[: braces[0]].rsplit("\n", 1)[-1]
            indent = re.match(r"[ \t]*", outer).group(0)
            return self.text[: braces[0] + 1] + f"\n{indent * 2 or '  '}{line}\n{indent}" + self.text[braces[1] - 1 :]
        indent = entries[0][1]["indent"]
        following = next((found for entry, found in entries if entry.value.lower() > name.lower()), None)
        if following is not None and [e.value.lower() for e, _ in entries] == sorted(e.value.lower() for e, _ in entries):
            return self.text[: following.start()] + f"{indent}{line},\n" + self.text[following.start() :]
        last = entries[-1][1]
        return self.text[: last.end()] + f",\n{indent}{line}" + self.text[last.end() :]

    def _with_new_field(self, field: str, line: str) -> str | None:
        end = self.text.rstrip().rfind("}")
        before = self.text[:end].rstrip()
        indent = re.search(r'^([ \t]*)"', self.text, re.MULTILINE)
        indent = indent.group(1) if indent else "  "
        separator = "," if not before.endswith("{") else ""
        return (before + f'{separator}\n{indent}"{field}": {{\n{indent * 2}{line}\n{indent}}}\n' + self.text[end:])

    def _removed(self, name: str, group: str | None) -> str | None:
        fields = [_NPM_FIELDS[group]] if group in _NPM_FIELDS and group else list(dict.fromkeys(_NPM_FIELDS.values()))
        text = self
        changed = False
        for field in fields:
            for entry, found in text._entries(field):
                if entry.value.lower() != name:
                    continue
                after = text.text[found.end() :]
                comma = re.match(r"[ \t]*,", after)
                line_start = text.text.rfind("\n", 0, found.start()) + 1
                if comma:
                    end = found.end() + comma.end()
                    end += 1 if text.text[end : end + 1] == "\n" else 0
                    new = text.text[:line_start] + text.text[end:]
                else:  # the last entry: the comma before it goes
                    previous = text.text.rstrip(" \t\n")[:line_start].rstrip()
                    cut = len(previous) - 1 if previous.endswith(",") else len(previous)
                    new = text.text[:cut] + text.text[found.end() :]
                text, changed = PackageJson(new), True
                break
        return text.text if changed else None


def npm_version(version: str) -> str:
    """A version as npm writes it: a bare one with a caret (as ``npm install`` saves it), a pin without "=="."""
    if not version:
        return ANY_VERSION
    if version.startswith("=="):
        return version[2:]
    return version if re.match(r"[<>=~^]", version) else "^" + version


# -- text ---------------------------------------------------------------------------------------------------------


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


def with_item(text: str, array: TomlList, entry: str, comment: str) -> str:
    """``text`` with ``entry`` put in the array: before the first item that sorts after it where the items are
    sorted, else after the last; on a line of its own in a list written one item to a line."""
    items = array.items
    quote = items[0].quote if items else '"'
    written = f"{quote}{entry}{quote}"
    multiline = "\n" in text[array.open : array.close]
    names = [item.name for item in items]
    name = normalized(entry.split(";")[0])
    following = next((item for item in items if item.name > name), None) if len(names) >= 2 and names == sorted(names) else None
    if not items:
        inside = text[array.open + 1 : array.close - 1]
        if multiline and not inside.strip():
            return text[: array.open + 1] + f"\n    {written},\n" + text[array.close - 1 :]
        return text[: array.open + 1] + written + text[array.close - 1 :]
    if multiline:
        line_start = text.rfind("\n", 0, items[-1].start) + 1
        indent = re.match(r"[ \t]*", text[line_start:]).group(0)
        if following is not None:
            start = text.rfind("\n", 0, following.start) + 1
            if not text[start : following.start].strip():
                return text[:start] + f"{indent}{written},\n" + text[start:]
        last = items[-1]
        comma = re.match(r"[ \t]*,", text[last.end :])
        end_of_line = text.find("\n", last.end)
        end_of_line = array.close - 1 if end_of_line < 0 or end_of_line > array.close else end_of_line
        if comma:
            return text[:end_of_line] + f"\n{indent}{written}," + text[end_of_line:]
        return text[: last.end] + "," + text[last.end : end_of_line] + f"\n{indent}{written}" + text[end_of_line:]
    if following is not None:
        return text[: following.start] + f"{written}, " + text[following.start :]
    return text[: items[-1].end] + f", {written}" + text[items[-1].end :]


def without_item(text: str, item: Item) -> str:
    """``text`` without the array item: its whole line where it stands alone on one, else the item and its comma."""
    line_start = text.rfind("\n", 0, item.start) + 1
    line_end = text.find("\n", item.end)
    line_end = len(text) if line_end < 0 else line_end
    rest = text[item.end : line_end]
    if not text[line_start : item.start].strip() and re.fullmatch(r"[ \t]*,?[ \t]*(?:#.*)?", rest):
        return text[:line_start] + text[line_end + 1 :]
    after = re.match(r"[ \t]*,[ \t]*", text[item.end :])
    if after:
        return text[: item.start] + text[item.end + after.end() :]
    before = re.search(r",[ \t]*$", text[: item.start])
    return text[: before.start()] + text[item.end :] if before else text[: item.start] + text[item.end :]


def replaced(text: str, item: Item, value: str) -> str:
    return text[: item.start + 1] + value + text[item.end - 1 :]


def at_table_end(text: str, table: Table, entry: str) -> str:
    """``text`` with ``entry`` as the last line of ``table``, before the blank lines that part it from the next."""
    body = text[table.body_start : table.body_end]
    end = table.body_start + len(body.rstrip("\n"))
    end = end + 1 if text[end : end + 1] == "\n" else end
    prefix = "" if end == 0 or text[end - 1] == "\n" else "\n"
    return text[:end] + prefix + entry + text[end:]
