"""Answers to questions about how long the user's text is, by counting rather than asking the model.

Asked "how long is the speech?" of a best man's speech of 190 words, the model answered "10 minutes": a small
model cannot count, and a writer asking about length wants the figure, not a guess. Words, sentences,
paragraphs, lines and characters are counted exactly, and the time to say or read the text is worked out from
its words at the usual rates."""

from __future__ import annotations

import re

from companion.behaviors.lists import is_list
from companion.behaviors.locate import placed_sections
from companion.behaviors.removal import LIST_ITEM, pieces_of
from companion.documents import PROSE_LANGUAGES, Document
from companion.headings import HEADING_MARKS, headings_in

SPOKEN_WORDS_PER_MINUTE = 130
"""A steady pace for a speech or a talk read aloud."""
READ_WORDS_PER_MINUTE = 238
"""The average pace of silent reading of non-fiction by adults (Brysbaert, 2019)."""

_THE_TEXT = (r"(?:the|this|my|our|your)\s+(?:whole\s+|entire\s+)?(?:speech|talk|essay|document|doc|text|piece|post|"
             r"article|letter|story|draft|file|page|chapter|poem|note|notes|email|readme|selection|intro|"
             r"introduction|conclusion|ending|title|section|toast|eulogy|cover letter|bio|abstract|summary|"
             r"(?:\w+\s+)?paragraph)|it|this")
_ASKS_LENGTH = re.compile(
    rf"^\s*(?:so\s+|and\s+|roughly\s+|about\s+)?(?:"
    rf"how\s+long\s+(?:is|'s)\s+(?:{_THE_TEXT})\s*(?:[?.!]|$|in\s+words\b|to\s+(?:read|say|give|deliver)\b)"
    rf"|how\s+long\s+(?:would|will|does|should)\s+(?:{_THE_TEXT})\s+(?:take|last|run)\b"
    rf"|how\s+many\s+(?P<unit>words|sentences|paragraphs|lines|characters|chars)\b"
    rf"|(?:what(?:'s|\s+is)\s+(?:the|its)\s+)?(?P<count>word|character|line|sentence|paragraph)\s+count\b"
    rf"|(?:what(?:'s|\s+is)\s+(?:the|its)\s+)?(?:reading|speaking)\s+time\b)",
    re.IGNORECASE,
)
_NOUN = re.compile(r"\b(?:the|this|my|our|your)\s+(?:whole\s+|entire\s+)?((?:(?:first|second|third|fourth|fifth|sixth|last|"
                   r"final|opening|closing|\d+(?:st|nd|rd|th))\s+(?:paragraph|line|sentence))|cover letter|[a-z]+)\b",
                   re.IGNORECASE)


_ASKS_ITEMS = re.compile(r"^\s*(?:so\s+|and\s+)?how\s+many\s+(?:items|things|entries|bullets|points)\b", re.IGNORECASE)
_ASKS_SECTIONS = re.compile(r"^\s*(?:so\s+|and\s+)?how\s+many\s+(?:sections|headings|chapters|parts)\b", re.IGNORECASE)


def counted_answer(request: str, document: Document, selection: tuple[int, int] | None = None) -> str | None:
    """The answer to a question about the length of the document, its selection, or the part of prose it
    names by place ("how many words is the second paragraph?"), or about how many items its lists have;
    None for any other question."""
    if _ASKS_ITEMS.match(request) and document.language in PROSE_LANGUAGES:
        return _items_counted(document.text if selection is None else document.text[selection[0] : selection[1]])
    if _ASKS_SECTIONS.match(request) and document.language in PROSE_LANGUAGES:
        text = document.text if selection is None else document.text[selection[0] : selection[1]]
        mark = HEADING_MARKS.get(document.language, "#")
        return _sections_counted(text, document.path.name if selection is None else "The selection", mark)
    asked = _ASKS_LENGTH.match(request)
    if not asked:
        return None
    if selection is not None:
        text, name = document.text[selection[0] : selection[1]], "The selection"
    elif placed := placed_sections(document, request):
        text, name = "".join(section.text for section in placed), _named(request, "That part")
    else:
        text, name = document.text, _named(request, "The document")
    unit = (asked.group("unit") or asked.group("count") or "").lower().rstrip("s")
    if unit in ("char", "character"):
        return f"{name} has {_amount(len(text.strip()), 'character')} ({len(''.join(text.split()))} without spaces)."
    if unit == "line" or (not unit and document.language not in PROSE_LANGUAGES):
        return f"{name} has {_amount(len(text.strip().splitlines()), 'line')}."
    if unit == "sentence":
        return f"{name} has {_amount(len(_sentences(text)), 'sentence')}."
    if unit == "paragraph":
        return f"{name} has {_amount(len(_paragraphs(text)), 'paragraph')}."
    words = len(_words(text))
    if unit == "word":
        return f"{name} has {_amount(words, 'word')}."
    return (f"{name} is {_amount(words, 'word')} long: {_duration(words / SPOKEN_WORDS_PER_MINUTE)} to say aloud, at "
            f"{SPOKEN_WORDS_PER_MINUTE} words a minute, and {_duration(words / READ_WORDS_PER_MINUTE)} to read.")


def _items_counted(text: str) -> str | None:
    """How many items the lists of ``text`` have, not counting those nested under another, and how many of
    them are ticked off; None where it has no list ("how many points does the essay make?" is the model's)."""
    lists = [piece for piece in pieces_of(text) if is_list(piece)]
    if not lists:
        return None
    items = [item for piece in lists for item in _top_items(piece.text)]
    ticked = sum((item["state"] or " ").lower() == "x" for item in items)
    where = "The list has" if len(lists) == 1 else f"The {len(lists)} lists have"
    done = f", {ticked} of them ticked off" if ticked else ""
    return f"{where} {_amount(len(items), 'item')}{done}."


def _sections_counted(text: str, name: str, mark: str) -> str:
    """How many sections ``text`` has, named: those under its highest headings, less a title alone at the top
    ("# Garden plan" over its "##" sections), and how many headings stand under them."""
    headings = headings_in(text, mark=mark)[0]
    if not headings:
        return f"{name} has no headings, so no sections of its own."
    if len(headings) == 1 and headings[0].level == 1:
        return f"{name} has no sections under its title, “{headings[0].title}”."
    levels = sorted({heading.level for heading in headings})
    top = levels[0]
    if len(levels) > 1 and sum(heading.level == top for heading in headings) == 1:
        top = levels[1]  # the document's title, over its sections
    sections = [heading for heading in headings if heading.level == top]
    under = sum(heading.level > top for heading in headings)
    listed = ", ".join(f"“{heading.title}”" for heading in sections)
    more = f" (with {_amount(under, 'more heading')} under them)" if under else ""
    return f"{name} has {_amount(len(sections), 'section')}: {listed}{more}."


def _top_items(list_text: str) -> list[re.Match[str]]:
    """The items of a list, less those indented under another."""
    items = [LIST_ITEM.match(line) for line in list_text.splitlines()]
    top = min(len(item["indent"]) for item in items)
    return [item for item in items if len(item["indent"]) == top]


def _named(request: str, fallback: str) -> str:
    noun = _NOUN.search(request)
    return f"The {noun.group(1).lower()}" if noun else fallback


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W_](?:[\w'’.-]*[^\W_])?", text)


def _sentences(text: str) -> list[str]:
    prose = "\n".join(line for line in text.splitlines() if not re.match(r"\s*#", line))
    return [piece for piece in re.split(r"(?<=[.!?…])[\"'”’)\]]*\s+|\n\s*\n", prose) if _words(piece)]


def _paragraphs(text: str) -> list[str]:
    """Blocks of text between blank lines, headings left out."""
    return [block for block in re.split(r"\n\s*\n", text) if _words(block) and not re.fullmatch(r"\s*#.*\s*", block)]


def _amount(number: int, unit: str) -> str:
    return f"{number:,} {unit}{'' if number == 1 else 's'}"


def _duration(minutes: float) -> str:
    if minutes < 0.75:
        return "under a minute"
    halves = round(minutes * 2)
    whole, half = divmod(halves, 2)
    if whole == 1 and not half:
        return "about a minute"
    if whole == 0 or (whole == 1 and half):
        return "about a minute and a half"
    return f"about {whole}{'½' if half else ''} minutes"
