"""A pyproject.toml's dependencies: PEP 621's ``[project]`` list, its optional dependencies and PEP 735 dependency
groups, or Poetry's tables where the project keeps them there; and its Python requirement."""

from __future__ import annotations

import re
from dataclasses import dataclass

from companion.behaviors.data_formats import reads_as
from companion.behaviors.manifests import (
    ANY_VERSION,
    Item,
    Manifest,
    Requirement,
    closing,
    normalized,
    pep508_specifier,
    strings_in,
    with_specifier,
)

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
        return reads_as(text, "TOML")

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
        """The PEP 621 lists of ``group``: the main list for None, else its optional dependencies or dependency group."""
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
            return replaced(self.text, item, with_specifier(item.value, pep508_specifier(requirement.version)))
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


def poetry_version(version: str) -> str:
    if not version:
        return ANY_VERSION
    if version.startswith("=="):
        return version[2:]
    return version if re.match(r"[<>=!~^]", version) else "^" + version


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
