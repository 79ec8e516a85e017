"""A table of contents added to a Markdown document, or brought up to date ("add a table of contents", "update the
TOC"), without the model.

A contents list is the document's headings as links, which the headings say exactly: a model can only get
them wrong. Under a single top-level title the entries are the second- and third-level headings (the third
indented), before the first of which the list goes, under "## Contents"; without one title, the two highest
levels the document uses. Anchors are the ones GitHub and most Markdown renderers make (lowercase, punctuation
dropped, spaces as hyphens, "-1", "-2" after a repeat). A contents section the document has already is
written again in place. Headings in fenced code are not headings."""

from __future__ import annotations

import re

_ASKS = re.compile(
    r"^\s*(?:please\s+)?(?:add|insert|generate|create|make|include|put|write|update|refresh|regenerate|redo|fix)\s+"
    r"(?:in\s+)?(?:a\s+|an\s+|the\s+)?(?:table\s+of\s+contents|toc|contents(?:\s+(?:section|list))?)"
    r"(?:\s+(?:at\s+the\s+top|after\s+the\s+(?:title|intro(?:duction)?)|to\s+(?:the\s+|this\s+)?\w+|here|for\s+(?:it|this)))?"
    r"[\s.!]*$",
    re.IGNORECASE)
_HEADING = re.compile(r"^(?P<marks>#{1,6})[ \t]+(?P<title>.+?)[ \t#]*$")
_FENCE = re.compile(r"^ {0,3}(```|~~~)")
_CONTENTS_TITLE = re.compile(r"^(?:table\s+of\s+)?contents$|^toc$", re.IGNORECASE)


def contents_added(text: str, request: str) -> str | None:
    """``text`` with a table of contents of its headings, new or brought up to date; None when the request asks
    for none, the document has fewer than two headings to list, or its contents are up to date already."""
    if not _ASKS.match(request):
        return None
    headings = _headings(text)
    existing = next((heading for heading in headings if _CONTENTS_TITLE.match(heading[2].strip())), None)
    listed = [heading for heading in headings if heading is not existing]
    titles = [heading for heading in listed if heading[1] == 1]
    levels = sorted({level for _, level, _ in listed if not (len(titles) == 1 and level == 1)})[:2]
    entries = [heading for heading in listed if heading[1] in levels]
    if len(entries) < 2:
        return None
    lines = []
    anchors: dict[str, int] = {}
    for _, level, title in listed:
        anchor = _anchor(title, anchors)
        if level in levels:
            lines.append(f"{'  ' * levels.index(level)}- [{_plain(title)}](#{anchor})")
    block = "\n".join(lines) + "\n"
    if existing is not None:
        start = existing[0]
        body = text.index("\n", start) + 1 if "\n" in text[start:] else len(text)
        following = [offset for offset, _, _ in headings if offset > start]
        end = following[0] if following else len(text)
        new = text[:body] + "\n" + block + ("\n" if end < len(text) else "") + text[end:]
    else:
        at = entries[0][0]
        marks = "#" * min(levels)
        new = text[:at] + f"{marks} Contents\n\n{block}\n" + text[at:]
    return None if new == text else new


def _headings(text: str) -> list[tuple[int, int, str]]:
    """(offset, level, title) of each ATX heading outside fenced code."""
    headings, fenced, offset = [], False, 0
    for line in text.splitlines(keepends=True):
        if _FENCE.match(line):
            fenced = not fenced
        elif not fenced and (heading := _HEADING.match(line.rstrip("\n"))):
            headings.append((offset, len(heading["marks"]), heading["title"]))
        offset += len(line)
    return headings


def _plain(title: str) -> str:
    """A heading's text without its links' targets ("[Docs](x)" → "Docs"), as a link's text."""
    return re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", title).replace("[", "").replace("]", "")


def _anchor(title: str, seen: dict[str, int]) -> str:
    """The anchor a renderer gives a heading: lowercase, markup and punctuation dropped, spaces as hyphens, a
    count after a repeat ("usage", "usage-1")."""
    words = re.sub(r"[^\w\- ]", "", _plain(title).lower().replace("`", "")).replace(" ", "-")
    count = seen.get(words, 0)
    seen[words] = count + 1
    return f"{words}-{count}" if count else words
