"""A Rust project's Cargo.toml dependencies: ``[dependencies]``, ``[dev-dependencies]`` and
``[build-dependencies]``, one crate to a line (``serde = "1.0"`` or ``clap = { version = "4.5", features = […] }``).

Asked to "add serde as a dependency" of a Cargo.toml, a request ``dependencies`` knows for Python and npm
manifests, the model had no rule to lean on. Cargo writes a bare version as the least compatible one
(``"1.0"`` means ``^1.0``), so a version is written as given; where the request gives none, ``"*"`` is written
and the hunk marked for the user to set one, as for Poetry and npm.
"""

from __future__ import annotations

import re

from companion.behaviors.data_formats import reads_as
from companion.behaviors.manifests import ANY_VERSION, Manifest, Requirement, normalized

_TABLES = {None: "dependencies", "dev": "dev-dependencies", "test": "dev-dependencies", "build": "build-dependencies"}
_HEADER = re.compile(r"^\[(?P<name>[\w.-]+)\][ \t]*$", re.MULTILINE)
_ENTRY = re.compile(r"^(?P<name>[A-Za-z0-9][\w-]*)[ \t]*=[ \t]*(?P<value>\"[^\"\n]*\"|\{[^\n]*\})[ \t]*(?:#[^\n]*)?$",
                    re.MULTILINE)


class CargoToml(Manifest):
    """The crates a Cargo.toml's dependency tables list, each on its one line."""

    def recognised(self) -> bool:
        return bool(re.search(r"^\[(?:package|workspace)\]", self.text, re.MULTILINE))

    def parses(self, text: str) -> bool:
        return reads_as(text, "TOML")

    def _span(self, table: str) -> tuple[int, int] | None:
        """Where the body of ``[table]`` stands: from the line after its header to the next header."""
        headers = list(_HEADER.finditer(self.text))
        for index, header in enumerate(headers):
            if header["name"] == table:
                end = headers[index + 1].start() if index + 1 < len(headers) else len(self.text)
                return min(header.end() + 1, len(self.text)), end
        return None

    def _entries(self, table: str) -> list[re.Match]:
        span = self._span(table)
        if span is None:
            return []
        return [entry for entry in _ENTRY.finditer(self.text, *span)]

    def _places_of(self, name: str) -> list:
        return [entry for table in set(_TABLES.values()) for entry in self._entries(table)
                if normalized(entry["name"]) == name]

    def _added(self, requirement: Requirement, group: str | None) -> str | None:
        table = _TABLES.get(group, f"{group}-dependencies")
        version = re.sub(r"^(?:\^|>=|==)", "", requirement.version) or ANY_VERSION
        present = self._places_of(normalized(requirement.name))
        if present:
            entry = present[0]
            if not requirement.version:
                return None
            value = entry["value"]
            new = f'"{version}"' if value.startswith('"') else re.sub(r'(version\s*=\s*)"[^"]*"', rf'\g<1>"{version}"', value)
            return None if new == value else self.text[: entry.start("value")] + new + self.text[entry.end("value") :]
        line = f'{requirement.name} = "{version}"\n'
        span = self._span(table)
        if span is None:
            text = self.text if self.text.endswith("\n") else self.text + "\n"
            return f"{text}\n[{table}]\n{line}"
        entries = self._entries(table)
        names = [normalized(entry["name"]) for entry in entries]
        if len(names) >= 2 and names == sorted(names):
            following = next((entry for entry in entries if normalized(entry["name"]) > normalized(requirement.name)), None)
            if following is not None:
                return self.text[: following.start()] + line + self.text[following.start() :]
        at = entries[-1].end() + 1 if entries else span[0]
        at = min(at, len(self.text))
        prefix = "" if self.text[:at].endswith("\n") else "\n"
        return self.text[:at] + prefix + line + self.text[at:]

    def _removed(self, name: str, group: str | None) -> str | None:
        tables = [_TABLES.get(group, f"{group}-dependencies")] if group else sorted(set(_TABLES.values()))
        entries = [entry for table in tables for entry in self._entries(table) if normalized(entry["name"]) == name]
        text = self.text
        for entry in sorted(entries, key=lambda entry: -entry.start()):
            end = entry.end() + 1 if text[entry.end() : entry.end() + 1] == "\n" else entry.end()
            text = text[: entry.start()] + text[end:]
        return text if text != self.text else None
