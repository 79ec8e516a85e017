"""A request to change a name or word everywhere ("change Brightline to Northwind everywhere", "rename Ada to
Mara"): the text with every occurrence swapped, made without the model.

Asked "change tidyphotos to photosort everywhere" on a README, the distilled model wrote a shell command in
place of the first paragraph and was refused; the base weights did no better. Such a change has one right
answer, which plain text replacement gives, whole words only and in the case each occurrence had; the user
still reviews it hunk by hunk. Prose only: in code the same word may name different things (a local, an
attribute, a word in a string), and a rename there is left to the model and the code checks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from companion.behaviors.asked_text import occurrences

_EVERYWHERE = re.compile(
    r"^\s*(?:please\s+)?(?:(?P<rename>rename)|change|replace|switch)\s+(?P<old>[^\n]{1,60}?)\s+(?:to|with)\s+"
    r"(?P<new>[^\n]{1,60}?)(?P<everywhere>\s+(?:everywhere|throughout(?:\s+the\s+\w+)?|all\s+through|"
    r"in\s+the\s+whole\s+\w+|each\s+time|every\s+time))?[\s.!]*$",
    re.IGNORECASE)
_QUOTES = "\"'`“”‘’"
_DESCRIBED = re.compile(r"^(?:the|a|an|my|our|your|his|her|its|their|this|that|it|every|all)\b", re.IGNORECASE)
"""An old text that begins so describes what to rename ("the tool") rather than naming it."""


@dataclass(frozen=True)
class Renaming:
    old: str
    new: str


def renaming(request: str, text: str) -> Renaming | None:
    """The renaming ``request`` asks of ``text``: one that says "rename", or says to change a word everywhere,
    and names a word or phrase the text has (not "the tool"); None for any other request."""
    found = _EVERYWHERE.match(request)
    if not found or not (found.group("rename") or found.group("everywhere")):
        return None
    old, new = found.group("old").strip().strip(_QUOTES), found.group("new").strip().strip(_QUOTES)
    if not old or not new or _DESCRIBED.match(found.group("old")) or not occurrences(text, old):
        return None
    return Renaming(old, new)


def renamed(text: str, asked: Renaming) -> str:
    """``text`` with every whole-word occurrence of the old name replaced by the new, in its case: "Ada" and
    "ADA" for "rename ada to mara" give "Mara" and "MARA"; "Ada's" gives "Mara's"."""
    return re.sub(rf"(?<!\w){re.escape(asked.old)}(?!\w)", lambda found: _in_case_of(found.group(0), asked.new), text,
                  flags=re.IGNORECASE)


def _in_case_of(occurrence: str, new: str) -> str:
    if occurrence.isupper() and len(occurrence) > 1:
        return new.upper()
    if occurrence[:1].isupper():
        return new[:1].upper() + new[1:]
    return new
