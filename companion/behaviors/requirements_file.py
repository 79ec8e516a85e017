"""A requirements file's dependencies: one requirement to a line, as pip reads them."""

from __future__ import annotations

import re

from companion.behaviors.manifests import (
    NAME,
    Item,
    Manifest,
    Requirement,
    normalized,
    pep508_specifier,
    with_specifier,
)


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
            if content.strip() and not content.lstrip().startswith(("#", "-")) and NAME.match(content):
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
            new = with_specifier(line.value[: comment.start()] if comment else line.value,
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
