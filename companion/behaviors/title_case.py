"""Headings put in title case ("title case the headings", "capitalize the headings"), without the model.

Title case is a rule, not a judgement: every word of a Markdown heading begins with a capital except the short
words that join others (articles, conjunctions, short prepositions), which do only as the first or last word
or after a colon. A word with a capital or a digit inside it (iPhone, API, v2) and code in backticks are left
as they are, and so are link targets and a heading that is one name ("weather-cli"). Sentence case is not
offered: lowering a capital needs to know which words are names ("Lisbon", "Python"), which no dictionary
says."""

from __future__ import annotations

import re

_HEADINGS = r"(?:the\s+|all\s+(?:the\s+)?|every\s+|my\s+)?(?:headings?|titles|headers|section\s+(?:titles|headings))"
_ASKS = re.compile(
    rf"^\s*(?:please\s+)?(?:(?:use|apply)\s+title[\s-]case\s+(?:for|in|on|to)\s+{_HEADINGS}|title[\s-]case\s+{_HEADINGS}"
    rf"|(?:put|make|write|change|turn|convert)\s+{_HEADINGS}\s+(?:in|into|to)\s+title[\s-]case"
    rf"|capitali[sz]e\s+{_HEADINGS})[\s.!]*$",
    re.IGNORECASE)
_HEADING = re.compile(r"^(?P<marks>#{1,6}[ \t]+)(?P<title>.+?)(?P<end>[ \t#]*)$", re.MULTILINE)
_FENCE = re.compile(r"^ {0,3}(?:```|~~~).*?(?:^ {0,3}(?:```|~~~)[^\n]*$|\Z)", re.MULTILINE | re.DOTALL)
_LEFT_ALONE = re.compile(r"`[^`]*`|\]\([^)]*\)|https?://\S+")
_WORD = re.compile(r"[A-Za-z][\w'’]*")
SMALL_WORDS = frozenset(["a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet", "as", "at", "by", "in", "of",
                         "off", "on", "per", "to", "up", "via", "vs"])


def title_cased(text: str, request: str) -> str | None:
    """``text`` with each Markdown heading outside fenced code in title case; None when the request asks for no
    such thing or the headings are in title case already."""
    if not _ASKS.match(request):
        return None
    fenced = [found.span() for found in _FENCE.finditer(text)]

    def heading(found: re.Match[str]) -> str:
        if any(start <= found.start() < end for start, end in fenced):
            return found[0]
        return found["marks"] + title_case(found["title"]) + found["end"]

    changed = _HEADING.sub(heading, text)
    return None if changed == text else changed


def title_case(title: str) -> str:
    """``title`` in title case (see the module's docstring); one token joined by hyphens, dots or underscores
    ("weather-cli", "setup.py") is a name and stays as it is."""
    if re.fullmatch(r"\S*[-_.]\S*", title.strip()):
        return title
    kept = [span for found in _LEFT_ALONE.finditer(title) for span in [found.span()]]
    words = [found for found in _WORD.finditer(title) if not any(start <= found.start() < end for start, end in kept)]
    pieces, at = [], 0
    for index, word in enumerate(words):
        text = word[0]
        after_colon = index > 0 and re.search(r"(?::|\s[—–-]|—)\s*$", title[words[index - 1].end() : word.start()]) is not None
        joining = text.lower() in SMALL_WORDS and 0 < index < len(words) - 1 and not after_colon
        if any(character.isupper() or character.isdigit() for character in text[1:]):
            new = text
        elif joining:
            new = text.lower()
        else:
            new = text[0].upper() + text[1:]
        pieces += [title[at : word.start()], new]
        at = word.end()
    return "".join(pieces) + title[at:]
