"""Moves: requests that only put a piece of prose somewhere else ("move the 1.3.1 section above 1.4.0", "move
the last paragraph to the top", "move the third step up"), made without the model.

Asked "move the 1.3.1 section above 1.4.0" of a changelog, the distilled model proposed no change: it sees one
located passage and writes its revision, and a move needs two places. What a move asks is a matter of finding
the piece (as a removal finds it: by place, subject or heading) and where it goes among the pieces beside it;
the words themselves are not touched, only their order, so they come through byte for byte.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from companion.behaviors.lists import as_item_of, list_under
from companion.behaviors.removal import (
    LIST_ITEM,
    Piece,
    container,
    item_called,
    named_piece,
    pieces_of,
    renumbered,
    without,
)

MOVES = re.compile(
    r"^\s*(?:please\s+)?(?:move|put)\s+(?P<what>\S.*?)\s+(?:"
    r"(?P<relation>above|below|before|after|ahead\s+of|in\s+front\s+of)\s+(?P<other>\S.*?)"
    r"|(?P<step>up|down)(?:\s+one)?"
    r"|(?:to|at)\s+the\s+(?P<end>top|start|beginning|front|end|bottom)(?:\s+of\s+(?:the|this|my|its)\s+\w+)?"
    r"|(?P<first_or_last>first|last)"
    r"|(?:to|under|into)\s+(?:the\s+|my\s+)?(?P<section>\S.*?)(?:\s+(?:list|section))?"
    r")[\s.!]*$",
    re.IGNORECASE,
)
_ARTICLE = re.compile(r"^(?:the|that|this|my)\s+", re.IGNORECASE)
_BEFORE = ("above", "before", "ahead of", "in front of")
_FIRST = ("top", "start", "beginning", "front")
_MOVABLE = ("section", "paragraph", "line")
"""A sentence is not moved: where it goes within a paragraph, and what joins it there, is the model's work."""


def moved(text: str, request: str) -> str | None:
    """``text`` with the one section, paragraph or line a move request names put where it asks: before or after
    another of the same kind beside it (the sections of one heading level under the same heading, the
    paragraphs under one heading, the lines of one paragraph), one place up or down, or first or last among
    them; a list item also into the list under another heading ("move paint the shed to this week", or "move the
    plumber call to work" for the one item with those words). None when
    the request is not a move, names no such piece, or names no place for it. A numbered list stays in order
    (``renumbered``)."""
    found = MOVES.match(request)
    if not found:
        return None
    pieces = pieces_of(text)
    what = found["what"].strip()
    piece = named_piece(what, text, pieces) or named_piece(f"the {what}", text, pieces)  # "move Education above Skills"
    if found["section"]:
        piece = piece or item_called(_ARTICLE.sub("", what), pieces, partly=True)
        changed = _moved_to_list(text, piece, found["section"].strip(), pieces) if piece is not None else None
        return None if changed is None else renumbered(text, changed)
    siblings = _siblings(piece, pieces) if piece is not None and piece.kind in _MOVABLE else []
    if piece not in siblings:  # nothing named, or a title line, which stands in no paragraph
        return None
    index = siblings.index(piece)
    target = _target(found, index, siblings, text, pieces)
    if target is None or target in (index, index + 1):
        return None
    order = list(range(len(siblings)))
    order.pop(index)
    order.insert(target - (target > index), index)
    return renumbered(text, _reordered(text, siblings, order))


def _moved_to_list(text: str, piece: Piece, heading: str, pieces: list[Piece]) -> str | None:
    """``text`` with the list item ``piece`` taken out of its list and put last in the list right under the
    section titled ``heading``, in that list's form ("- Paint the shed" into a task list: "- [ ] Paint the
    shed")."""
    item = LIST_ITEM.match(piece.text) if piece.kind == "line" else None
    destination = list_under(heading, pieces)
    if item is None or destination is None or destination.start <= piece.start < destination.end:
        return None
    new_line = as_item_of(item["text"], destination.text)
    if (item["state"] or " ").lower() == "x":
        new_line = new_line.replace("[ ]", "[x]", 1)
    at = destination.end
    if at <= piece.start:
        return without(text[:at] + "\n" + new_line + text[at:], replace(piece, start=piece.start + len(new_line) + 1,
                                                                         end=piece.end + len(new_line) + 1))
    taken_out = without(text, piece)
    at -= len(text) - len(taken_out)
    return taken_out[:at] + "\n" + new_line + taken_out[at:]


def _target(found: re.Match, index: int, siblings: list[Piece], text: str, pieces: list[Piece]) -> int | None:
    """The position among ``siblings`` (before which one, or after the last) the piece at ``index`` goes to."""
    if found["end"]:
        return 0 if found["end"].lower() in _FIRST else len(siblings)
    if found["first_or_last"]:
        return 0 if found["first_or_last"].lower() == "first" else len(siblings)
    if found["step"] and found["step"].lower() == "up":
        return index - 1 if index > 0 else None
    if found["step"]:
        return index + 2 if index + 1 < len(siblings) else None
    other_name = found["other"].strip()
    other = named_piece(other_name, text, pieces) or named_piece(f"the {other_name}", text, pieces)
    holding = [position for position, sibling in enumerate(siblings)
               if other is not None and sibling.start <= other.start < sibling.end]
    if len(holding) != 1 or holding[0] == index:
        return None
    return holding[0] if " ".join(found["relation"].lower().split()) in _BEFORE else holding[0] + 1


def _siblings(piece: Piece, pieces: list[Piece]) -> list[Piece]:
    """The pieces of ``piece``'s kind in the same place, in order: sections of its level under the same heading,
    paragraphs under the same heading, lines of the same paragraph."""
    if piece.kind == "line":  # of the innermost paragraph: a list's own, not the block with its caption above
        paragraphs = [other for other in pieces if other.kind == "paragraph" and other.start <= piece.start < other.end]
        inner = min(paragraphs, key=lambda paragraph: paragraph.end - paragraph.start, default=None)
        return [other for other in pieces if other.kind == "line" and inner is not None
                and inner.start <= other.start < inner.end]
    holder = container(piece, pieces)
    same_kind = [other for other in pieces if other.kind == piece.kind and container(other, pieces) == holder]
    if piece.kind == "section":
        same_kind = [other for other in same_kind if _level(other) == _level(piece)]
    return sorted(same_kind, key=lambda other: other.start)


def _level(section: Piece) -> int:
    """A section's heading level by its marks: "##", Org's "**", AsciiDoc's "=="; 0 for an underlined title."""
    text = section.text.lstrip(" ")
    return len(text) - len(text.lstrip(text[:1])) if text[:1] in ("#", "*", "=") else 0


def _reordered(text: str, siblings: list[Piece], order: list[int]) -> str:
    """``text`` with ``siblings`` in ``order``; the space between them stays where it was, so the moved piece
    takes its new neighbour's spacing, and the document its own ending."""
    bodies = [(sibling.start, sibling.start + len(text[sibling.start : sibling.end].rstrip())) for sibling in siblings]
    gaps = [text[end:start] for (_, end), (start, _) in pairwise(bodies)]
    result = [text[: bodies[0][0]]]
    for position, which in enumerate(order):
        result.append(text[slice(*bodies[which])])
        result.append(gaps[position] if position < len(gaps) else "")
    result.append(text[bodies[-1][1] :])
    return "".join(result)
