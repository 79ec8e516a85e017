"""A LaTeX document's title, author or date, or a section's title, set as a request words it, without the model.

Asked to "change the title to Watering and Tomato Yield" of a paper, the model proposed no change. What to change
is written in the document's own commands: ``\\title{…}``, ``\\author{…}``, ``\\date{…}``, and ``\\section{Method}``
for "rename the method section to Methods".
"""

from __future__ import annotations

import re
from pathlib import Path

LATEX_SUFFIXES = (".tex", ".ltx")

_SETS_FIELD = re.compile(
    r"^\s*(?:please\s+)?(?:(?:change|set|make|update)\s+(?:the\s+)?(?P<field>title|subtitle|author|authors|date)\s+"
    r"(?:to\s+(?:be\s+)?|as\s+)(?P<value>\S.*?)"
    r"|(?:the\s+)?(?P<field2>title|subtitle|author|authors|date)\s+should\s+(?:be|read|say)\s+(?P<value2>\S.*?))[\s.!]*$",
    re.IGNORECASE)
_RENAMES_SECTION = re.compile(
    r"^\s*(?:please\s+)?(?:rename|retitle|call)\s+(?:the\s+)?[\"“']?(?P<old>[^\"”']+?)[\"”']?\s+"
    r"(?:(?:sub)*section|chapter|part)\s+(?:to\s+|as\s+)?[\"“']?(?P<new>[^\"”']+?)[\"”']?[\s.!]*$", re.IGNORECASE)


def latex_change(text: str, request: str, path: Path) -> str | None:
    """``text`` with the title, author or date a request gives (the argument of the one ``\\title``, ``\\author``
    or ``\\date`` command), or the section it renames; None for another file or request, or where the document has
    no one such command."""
    if path.suffix.lower() not in LATEX_SUFFIXES:
        return None
    if asked := _SETS_FIELD.match(request):
        command = (asked["field"] or asked["field2"]).lower().rstrip("s")
        value = (asked["value"] or asked["value2"]).strip().strip("\"“”'")
        return _argument_set(text, rf"\\{command}", value)
    if asked := _RENAMES_SECTION.match(request):
        return _argument_set(text, r"\\(?:sub)*section\*?|\\chapter\*?|\\part\*?", asked["new"].strip(),
                             old=asked["old"].strip())
    return None


def _argument_set(text: str, command: str, value: str, old: str | None = None) -> str | None:
    """``text`` with the braced argument of the one ``command`` (whose argument is ``old``, in any case, where
    given) set to ``value``, its special characters escaped; None where no one command fits or it says so already."""
    found = [match for match in re.finditer(rf"(?P<command>{command})\{{(?P<argument>[^{{}}]*)\}}", text)
             if old is None or match["argument"].strip().lower() == old.lower()]
    if len(found) != 1:
        return None
    new = re.sub(r"(?<!\\)([&%$#_])", r"\\\1", value)
    if found[0]["argument"] == new:
        return None
    return text[: found[0].start("argument")] + new + text[found[0].end("argument") :]
