"""The headings of prose, read from its lines: Markdown's "#" lines (Org's "*" lines, AsciiDoc's "=" lines), and titles
over a line of one punctuation character repeated, as reStructuredText writes them, plain text often does, and
Markdown's setext headings.

One source for what an underline is, so that cutting a document into sections, the checks on a revision's
headings, the changes made to a section named by its heading and the underlines fitted to a renamed title all
agree on which lines are headings.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import NamedTuple

UNDERLINE_CHARACTERS = "=-~^\"'#*+:."
"""The characters that underline a title, in the order reStructuredText documents commonly rank them."""
UNDERLINE = re.compile(rf"([{re.escape(UNDERLINE_CHARACTERS)}])\1{{2,}}")
"""A line of one underline character, three or more times: match it against a stripped line with ``fullmatch``."""
ATX_HEADING = re.compile(r"^ {0,3}(?P<marks>#{1,6})[ \t]+(?P<title>.*?)[ \t#]*$")
MARKED_HEADINGS = {
    "#": ATX_HEADING,
    "*": re.compile(r"^(?P<marks>\*{1,8})[ \t]+(?P<title>.*?)(?:[ \t]+:[\w@#%:]+:)?[ \t]*$"),  # Org, tags after
    "=": re.compile(r"^(?P<marks>={1,6})[ \t]+(?P<title>.*?)[ \t]*$"),  # AsciiDoc
}
"""A heading marked at the start of its line by one character repeated, as many times as its level."""
HEADING_MARKS = {"markdown": "#", "org": "*", "asciidoc": "="}
"""The heading mark of each prose language that has one (plain text has underlined titles only, though its pieces
are read as Markdown's where a "#" line may be one)."""
_MARK = ContextVar("heading_mark", default="#")


@contextmanager
def headings_marked_with(mark: str) -> Iterator[None]:
    """Read headings marked with ``mark`` ("*" in an Org file) wherever prose is cut into pieces below this call:
    the changes made without the model take a document's text alone, and the language it is written in reaches
    them this way."""
    token = _MARK.set(mark)
    try:
        yield
    finally:
        _MARK.reset(token)


def underlined_heading(block: str) -> int:
    """The level of a title underlined (and perhaps overlined) by one punctuation character repeated
    ("Installation" over "------------"): 1 for "=", 2 for "-", 3 for "~" and so on; 0 for any other block."""
    lines = [line.strip() for line in block.splitlines() if line.strip()]
    if len(lines) == 3 and UNDERLINE.fullmatch(lines[0]) and lines[0] == lines[2]:
        lines = lines[1:]
    if len(lines) != 2 or UNDERLINE.fullmatch(lines[0]) or not (found := UNDERLINE.fullmatch(lines[1])):
        return 0
    return UNDERLINE_CHARACTERS.index(found.group(1)) + 1 if len(lines[1]) >= len(lines[0]) / 2 else 0


class Heading(NamedTuple):
    start: int
    """Where its first line starts: the "#" line, or an underlined title's overline or title."""
    level: int
    title: str
    """Its words: "Brewing" of "## Brewing" (or Org's "** Brewing"), "Installation" over its underline."""
    written: str
    """Its title line as written: "## Brewing", "Installation"."""


def headings_in(text: str, *, mark: str | None = None) -> tuple[list[Heading], set[int]]:
    """The headings of ``text`` in order (its lines marked with ``mark``, by default the one of the document being
    read, "#"; none for ""), and where each line that makes one starts. An underlined title counts where a blank
    line or the start comes before it, so the "title: …" of front matter between "---" lines is none."""
    marked = MARKED_HEADINGS.get(_MARK.get() if mark is None else mark)
    lines = list(re.finditer(r"^[^\n]*", text, re.MULTILINE))
    headings, heading_lines = [], set()
    for index, line in enumerate(lines):
        if marked and (found := marked.match(line.group(0))):
            headings.append(Heading(line.start(), len(found["marks"]), found["title"], line.group(0).strip()))
            heading_lines.add(line.start())
            continue
        below = lines[index + 1].group(0) if index + 1 < len(lines) else ""
        level = underlined_heading(f"{line.group(0)}\n{below}") if line.group(0).strip() else 0
        over = index >= 1 and lines[index - 1].group(0).strip() == below.strip()
        before = index - 2 if over else index - 1
        if level and line.start() not in heading_lines and (before < 0 or not lines[before].group(0).strip()):
            start = lines[index - 1].start() if over else line.start()
            headings.append(Heading(start, level, line.group(0).strip(), line.group(0).strip()))
            heading_lines |= {start, line.start(), lines[index + 1].start()}
    return headings, heading_lines
