"""A package.json's dependencies (npm's dependency objects) and its scripts."""

from __future__ import annotations

import json
import re

from companion.behaviors.manifests import (
    ANY_VERSION,
    Item,
    Manifest,
    Requirement,
    closing,
)

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
            return self._into_empty(braces, line)
        indent = entries[0][1]["indent"]
        following = next((found for entry, found in entries if entry.value.lower() > name.lower()), None)
        if following is not None and [e.value.lower() for e, _ in entries] == sorted(e.value.lower() for e, _ in entries):
            return self.text[: following.start()] + f"{indent}{line},\n" + self.text[following.start() :]
        last = entries[-1][1]
        return self.text[: last.end()] + f",\n{indent}{line}" + self.text[last.end() :]

    def script_set(self, name: str, command: str) -> str | None:
        """The manifest with the script ``name`` running ``command``: its command replaced where it has one, else
        added last, as ``npm pkg set`` would (scripts keep the order their author gave them)."""
        line = f'"{name}": {json.dumps(command)}'
        for entry, found in self._entries("scripts"):
            if entry.value == name:
                return self.text[: found.start("version") - 1] + json.dumps(command) + self.text[found.end("version") + 1 :]
        braces = self._object("scripts")
        if braces is None:
            return self._with_new_field("scripts", line)
        entries = self._entries("scripts")
        if not entries:
            return self._into_empty(braces, line)
        last = entries[-1][1]
        return self.text[: last.end()] + f",\n{last['indent']}{line}" + self.text[last.end() :]

    def _into_empty(self, braces: tuple[int, int], line: str) -> str:
        """The manifest with ``line`` the only entry of the empty object at ``braces``, indented one step in."""
        outer = self.text[: braces[0]].rsplit("\n", 1)[-1]
        indent = re.match(r"[ \t]*", outer).group(0)
        return self.text[: braces[0] + 1] + f"\n{indent * 2 or '  '}{line}\n{indent}" + self.text[braces[1] - 1 :]

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
                    rest = text.text[found.end() :]
                    if previous.endswith("{"):  # the only entry: the object is left empty, "{}"
                        rest = rest.lstrip(" \t\n")
                    new = text.text[:cut] + rest
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
