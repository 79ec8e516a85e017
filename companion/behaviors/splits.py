"""Splitting a paragraph in two ("split the first paragraph into two", "break this paragraph after 'water'"), made
without the model.

Asked to "split the first paragraph into two" of a short story, the model proposed no change: it rewrites a
passage, and a split changes no word, only where a paragraph ends. Which paragraph is a matter of finding it
(as a removal does: by place or subject); where it breaks, after the sentence the request names, or else at
the sentence boundary nearest its middle, so the two halves are as even as its sentences allow.
"""

from __future__ import annotations

import re

from companion.behaviors.removal import named_piece, pieces_of

SPLITS = re.compile(
    r"^\s*(?:please\s+)?(?:split|break(?:\s+up)?|divide)\s+(?P<what>\S.*?)"
    r"(?:\s+(?:in(?:to)?\s+(?:two|2)(?:\s+paragraphs)?|in\s+half|up))?"
    r"(?:\s+(?:after|at)\s+(?P<after>\S.*?))?[\s.!]*$",
    re.IGNORECASE,
)
_THE_ONE = re.compile(r"^(?:this|the|that)\s+(?:paragraph|passage|text|selection)$", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)\]]*[ \t]+(?=[\"'“‘(\[]?[A-Z0-9])")


def split_paragraph(text: str, request: str) -> str | None:
    """``text`` with the one paragraph the request names ("this paragraph" where ``text`` has one) broken in two:
    after the sentence with the words the request gives ("after 'grey water'"), or else at the sentence boundary
    nearest its middle. None when the request is no split, names no one paragraph, or it has one sentence."""
    found = SPLITS.match(request)
    if not found:
        return None
    pieces = pieces_of(text)
    paragraphs = [piece for piece in pieces if piece.kind == "paragraph"]
    what = found["what"].strip()
    if _THE_ONE.match(what):
        paragraph = paragraphs[0] if len(paragraphs) == 1 else None
    else:
        paragraph = named_piece(what, text, pieces)
    if paragraph is None or paragraph.kind != "paragraph" or "\n" in paragraph.text.strip():
        return None
    breaks = [gap for gap in _SENTENCE_END.finditer(paragraph.text)]
    if not breaks:
        return None
    if found["after"]:
        words = found["after"].strip().strip("\"'“”‘’")
        at = paragraph.text.lower().find(words.lower())
        after = [gap for gap in breaks if at != -1 and gap.start() >= at + len(words)]
        if not after:
            return None
        chosen = after[0]
    else:
        middle = len(paragraph.text) / 2
        chosen = min(breaks, key=lambda gap: abs(gap.start() - middle))
    start, end = paragraph.start + chosen.start(), paragraph.start + chosen.end()
    closing = chosen.group(0).rstrip(" \t")  # a closing quote stays with its sentence
    return text[:start] + closing + "\n\n" + text[end:]
