"""Answers that list what the user's prose holds: the tasks still open or done ("what's left to do at home?"), and
what a section says ("what changed in 0.3.0?"), read off the text rather than made up by the model.

Asked "what's left to do at home?" of a to-do list, the model wrote "I'm not sure what to do." three times;
asked "what changed in 0.3.0?" of a changelog, it made up a 0.1.0 release. Which tasks are open is written in
their checkboxes, and what a section says is under its heading: the answer is those lines, as the user wrote
them.
"""

from __future__ import annotations

import re

from companion.behaviors.removal import LIST_ITEM, Piece, pieces_of, section_titled
from companion.documents import PROSE_LANGUAGES, Document

_ASKS_OPEN = re.compile(
    r"^\s*(?:so\s+|and\s+|ok\s+)?(?:what(?:'s|\s+is|\s+are|\s+do\s+i|\s+do\s+we)?\s+(?:still\s+)?(?:left|open|outstanding|"
    r"remaining|not\s+done|undone|to\s+do|(?:have|need)\s+to\s+do|(?:(?:tasks|things|items|jobs)\s+(?:are\s+)?"
    r"(?:still\s+)?(?:left|open|outstanding|remaining|to\s+do)))"
    r"|what\s+(?:else\s+)?(?:do|should|must)\s+(?:i|we)\s+(?:still\s+)?(?:do|need\s+to\s+do|have\s+to\s+do))"
    r"(?:\s+(?:to\s+do|doing))?(?:\s+(?:at|in|for|under|on)\s+(?:the\s+|my\s+)?(?P<place>[\w.' -]+?))?"
    r"(?:\s+(?:list|section))?\s*[?.!]*\s*$",
    re.IGNORECASE,
)
_ASKS_DONE = re.compile(
    r"^\s*(?:so\s+|and\s+|ok\s+)?what(?:'s|\s+is|\s+are|\s+have\s+i|\s+have\s+we|\s+did\s+i|\s+did\s+we)?\s+(?:already\s+)?"
    r"(?:done|finished|completed|ticked\s+off|checked\s+off|(?:tasks|things|items|jobs)\s+(?:are\s+)?"
    r"(?:done|finished|completed|ticked\s+off))"
    r"(?:\s+(?:at|in|for|under|on)\s+(?:the\s+|my\s+)?(?P<place>[\w.' -]+?))?(?:\s+(?:list|section))?\s*[?.!]*\s*$",
    re.IGNORECASE,
)
_ASKS_SECTION = re.compile(
    r"^\s*(?:so\s+|and\s+)?(?:what(?:'s|\s+is|\s+are)\s+(?:in|under|on)\s+(?:the\s+|my\s+)?(?P<place>[\w.' -]+?)"
    r"(?:\s+(?:list|section|part|heading))?"
    r"|what\s+does\s+the\s+(?P<place2>[\w.' -]+?)\s+(?:section|part|list)\s+say"
    r"|what\s+(?:changed|was\s+changed|is\s+new|'s\s+new|was\s+new|was\s+added|was\s+fixed)\s+in\s+(?:version\s+|v)?"
    r"(?P<version>\d[\w.-]*))\s*[?.!]*\s*$",
    re.IGNORECASE,
)


_ASKS_TITLED = re.compile(r"^\s*(?:so\s+|and\s+)?what(?:'s|\s+is|\s+are|\s+were|\s+was)\s+(?:(?:the|your|our|my|its)\s+)?"
                          r"(?P<place>[\w.' -]+?)\s*[?.!]*\s*$", re.IGNORECASE)
"""A question naming what a section is titled: "what are the opening hours?" of a page with "## Opening hours"."""


def listed_answer(request: str, document: Document, selection: tuple[int, int] | None = None) -> str | None:
    """The open or done tasks a question asks for (of the whole text, or of the section it names), or the lines
    of the section it asks about or names by its title ("what are the opening hours?"), as the prose ``document`` (or its selection) has them; None for any other
    question, for code, and where the text has no such tasks or no one section of that name."""
    if document.language not in PROSE_LANGUAGES:
        return None
    text = document.text[selection[0] : selection[1]] if selection is not None else document.text
    for pattern, state in ((_ASKS_OPEN, " "), (_ASKS_DONE, "x")):
        if found := pattern.match(request):
            return _tasks_answer(text, state, found["place"])
    if found := _ASKS_SECTION.match(request) or _ASKS_TITLED.match(request):
        place = found["place"] or found.groupdict().get("place2") or found.groupdict().get("version")
        section = section_titled(place.strip(), pieces_of(text))
        return _labelled_lines(text, place) if section is None else _section_answer(text, section)
    return None


_LABELLED = re.compile(r"^\[(?P<label>[^\]\n]+)\][ \t]*\n(?P<lines>(?:[ \t]*\S[^\n]*(?:\n|$))+)", re.MULTILINE)
"""A song's part: its label in brackets on a line of its own, and the lines under it up to a blank line."""


def _labelled_lines(text: str, place: str) -> str | None:
    """The lines under the bracketed label ``place`` names ("what is the chorus?" of a song's "[Chorus]"), once
    where the song sings them again; None where no label, or two with other lines, has that name. Asked so, the
    answer had quoted the label "[Chorus]", twice."""
    wanted = " ".join(place.lower().removeprefix("the ").split())
    found = {part["lines"].rstrip(): part["label"] for part in _LABELLED.finditer(text)
             if " ".join(part["label"].lower().split()) == wanted}
    if len(found) != 1:
        return None
    lines, label = next(iter(found.items()))
    return f"Under “[{label}]” the text says:\n{lines}"


def _tasks_answer(text: str, state: str, place: str | None) -> str | None:
    """The tasks ticked (``state`` "x") or not (" ") of ``text``, or of its section titled ``place``; under the
    headings they stand under, where they stand under more than one."""
    pieces = pieces_of(text)
    section = section_titled(place.strip(), pieces) if place else None
    if place and section is None:
        return None
    tasks = [(piece.heading, item) for piece in pieces if piece.kind == "line" and (item := LIST_ITEM.match(piece.text))
             and item["state"] is not None and (section is None or section.start <= piece.start < section.end)]
    if not tasks:
        return None
    chosen = [(heading, item["text"].strip()) for heading, item in tasks if (item["state"].lower() == "x") == (state == "x")]
    where = f" under “{section.heading}”" if section else ""
    if not chosen:
        return f"Nothing is left to do{where}: every task is ticked off." if state == " " else \
            f"Nothing is ticked off{where} yet."
    lines = [f"Still to do{where}:" if state == " " else f"Done{where}:"]
    grouped = section is None and len({heading for heading, _ in chosen}) > 1
    for index, (heading, task) in enumerate(chosen):
        if grouped and (index == 0 or chosen[index - 1][0] != heading):
            lines.append(f"{heading or 'At the top'}:")
        lines.append(f"{'  ' if grouped else ''}- {task}")
    return "\n".join(lines)


def _section_answer(text: str, section: Piece) -> str | None:
    body = [line.rstrip() for line in text[section.start : section.end].splitlines()[1:]]
    while body and not body[0].strip():
        body.pop(0)
    while body and not body[-1].strip():
        body.pop()
    if not body:
        return f"The section “{section.heading}” is empty."
    return f"Under “{section.heading}” the text says:\n" + "\n".join(body)
