"""Lists: ticking off a task ("tick off renew passport") and adding an item to a named list ("add buy milk to
this week"), made without the model.

Asked "tick off renew passport" of a to-do list, the distilled model unticked "Pay the electricity bill"; asked
"add buy milk to this week", it dropped the heading. Either is a matter of finding the item or the list: the
item whose words are the request's, the list right under the heading it names. The new item takes the form of
the items beside it (marker, checkbox, capital letter), so the list stays one list.
"""

from __future__ import annotations

import re

from companion.behaviors.removal import (
    LIST_ITEM,
    Piece,
    container,
    item_called,
    pieces_of,
    section_titled,
)

_TICKS = re.compile(r"^\s*(?:please\s+)?(?:(?:tick|check|cross)\s+off|tick)\s+(?P<what>\S.*?)[\s.!]*$"
                    r"|^\s*(?:please\s+)?mark\s+(?P<marked>\S.*?)\s+(?:as\s+)?(?:done|complete|completed|finished)[\s.!]*$",
                    re.IGNORECASE)
_UNTICKS = re.compile(r"^\s*(?:please\s+)?(?:untick|uncheck)\s+(?P<what>\S.*?)[\s.!]*$"
                      r"|^\s*(?:please\s+)?mark\s+(?P<marked>\S.*?)\s+(?:as\s+)?(?:not\s+done|undone|open|to\s?do)[\s.!]*$",
                      re.IGNORECASE)
_ADDS_ITEM = re.compile(r"^\s*(?:please\s+)?(?:add|put)\s+(?P<item>\S.*?)\s+(?:to|on|under)\s+(?:the\s+|my\s+)?"
                        r"(?P<place>\S.*?)(?:\s+(?:list|section|heading))?[\s.!]*$", re.IGNORECASE)
_DESCRIBES = re.compile(r"^(?:a|an|another|some|one|more|the|this|that|these|those|my|our|its)\b", re.IGNORECASE)
"""An item that begins so describes what to write ("add a dinner plan to saturday"): the model's work."""
_THE_LIST = frozenset(["list", "to-do list", "todo list", "to do list", "todos", "to-dos", "checklist", "tasks"])


def ticked(text: str, request: str) -> str | None:
    """``text`` with the one task a request ticks off ("tick off renew passport", "mark the dentist as done") or
    unticks ("untick renew passport") set so; None when the request is neither, or names no one task, or the task
    is already so."""
    for pattern, state in ((_UNTICKS, " "), (_TICKS, "x")):
        if found := pattern.match(request):
            break
    else:
        return None
    tasks = [piece for piece in pieces_of(text) if piece.kind == "line" and _task(piece)]
    task = _task_with_words((found["what"] or found["marked"]).strip(), tasks)
    item = _task(task) if task is not None else None
    if item is None or item["state"].lower() == state:
        return None
    at = task.start + item.start("state")
    return text[:at] + state + text[at + 1 :]


def item_added(text: str, request: str) -> str | None:
    """``text`` with the item a request names outright ("add buy milk to this week") at the end of the list right
    under the heading it names (or of the document's one list, for "to the list"), in that list's form; None
    when the request is no such add, describes the item rather than giving it ("add a dinner plan to saturday"),
    names no one list, or the list has the item already."""
    found = _ADDS_ITEM.match(request)
    if not found or _DESCRIBES.match(found["item"]):
        return None
    pieces = pieces_of(text)
    place = found["place"].strip()
    if place.lower() in _THE_LIST:
        lists = [piece for piece in pieces if _is_list(piece)]
        target = lists[0] if len(lists) == 1 else None
    else:
        target = list_under(place, pieces)
    if target is None or item_called(found["item"], pieces) is not None:
        return None
    return text[: target.end] + "\n" + as_item_of(found["item"].strip(), target.text) + text[target.end :]


def list_under(heading: str, pieces: list[Piece]) -> Piece | None:
    """The last list right under the section titled ``heading`` (not in a section below it)."""
    section = section_titled(heading, pieces)
    lists = [piece for piece in pieces if section is not None and _is_list(piece) and container(piece, pieces) == section]
    return lists[-1] if lists else None


def as_item_of(words: str, list_text: str) -> str:
    """``words`` as the next item of the list ``list_text``: its last item's indent and marker (the next number
    in a numbered list), an open checkbox where its items have them, a capital where most of them begin so."""
    items = [LIST_ITEM.match(line) for line in list_text.splitlines()]
    last = items[-1]
    marker = last["marker"]
    if marker[0].isdigit():
        marker = f"{int(marker[:-1]) + 1}{marker[-1]}"
    capitals = sum(item["text"][:1].isupper() for item in items)
    words = words[:1].upper() + words[1:] if capitals * 2 > len(items) else words
    checkbox = "[ ] " if last["state"] is not None else ""
    return f"{last['indent']}{marker} {checkbox}{words}"


def _is_list(piece: Piece) -> bool:
    return piece.kind == "paragraph" and all(LIST_ITEM.match(line) for line in piece.text.splitlines())


def _task(piece: Piece) -> re.Match | None:
    item = LIST_ITEM.match(piece.text)
    return item if item and item["state"] is not None else None


def _task_with_words(what: str, tasks: list[Piece]) -> Piece | None:
    """The one task with every word of ``what`` ("renew passport", "the dentist" for "Book the dentist")."""
    wanted = set(re.findall(r"[a-z0-9']{3,}", what.lower())) - {"the", "and", "item", "task"}
    having = [task for task in tasks if wanted and wanted <= set(re.findall(r"[a-z0-9']{3,}", task.text.lower()))]
    return having[0] if len(having) == 1 else None
