"""A request to rename ("rename Ada to Mara", "rename called to done") or to change a word everywhere
("change Brightline to Northwind everywhere"): the text with every occurrence swapped, made without the model.

Asked "change tidyphotos to photosort everywhere" on a README, the distilled model wrote a shell command in
place of the first paragraph and was refused; asked "rename when to taken" in a Python module, it proposed no
change; asked "rename called to done" in JavaScript, it renamed the declaration and left the two uses, a
ReferenceError. Such a change has one right answer. In prose it is every whole-word occurrence, in the case
each had; in code, every use of the name as a name (tree-sitter: not an attribute or property of something
else, a keyword argument's name, a string or a comment), and only where the new name is not taken and the
result still parses. The user still reviews it hunk by hunk.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from companion.behaviors.asked_text import occurrences
from companion.code_names import declared_names, identifier_spans
from companion.documents import PROSE_LANGUAGES, Document, parses_cleanly, syntax_tree
from companion.proposals import Replacement

_RENAMING = re.compile(
    r"^\s*(?:please\s+)?(?:(?P<rename>rename)|change|replace|switch)\s+(?P<old>[^\n]{1,60}?)\s+(?:to|with)\s+"
    r"(?P<new>[^\n]{1,60}?)(?P<everywhere>\s+(?:everywhere|throughout(?:\s+the\s+\w+)?|all\s+through|"
    r"in\s+the\s+whole\s+\w+|each\s+time|every\s+time))?[\s.!]*$",
    re.IGNORECASE)
_QUOTES = "\"'`“”‘’"
_DESCRIBED = re.compile(r"^(?:the|a|an|my|our|your|his|her|its|their|this|that|it|every|all)\b", re.IGNORECASE)
"""An old text that begins so describes what to rename ("the tool") rather than naming it."""
_NAME = re.compile(r"[A-Za-z_$][\w$]*")
_LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)


@dataclass(frozen=True)
class Renaming:
    old: str
    new: str


def rename_scope(document: Document, request: str, selection: tuple[int, int] | None, language: str) -> tuple[int, int]:
    """Where a renaming is made: the selection in prose, else the whole document. In code a selection says
    which name, not how far: renaming only a selected declaration ("let called = false;") leaves its uses
    behind. There it is the definitions the selection falls in, or the whole file where the name is one the
    file declares for the rest of it (a function, a class, a module-level variable)."""
    if selection is None:
        return 0, len(document.text)
    if language in PROSE_LANGUAGES:
        return selection
    found = _RENAMING.match(request)
    if found and found.group("old").strip().strip(_QUOTES) in declared_names(document.text, language):
        return 0, len(document.text)
    sections = document.sections_overlapping(*selection)
    return (sections[0].start, sections[-1].end) if sections else selection


def renaming(request: str, text: str, language: str) -> Renaming | None:
    """The renaming ``request`` asks of ``text`` (in ``language``): one that says "rename", or says to change a
    word everywhere, and names a word or phrase the text has (not "the tool"), in code a name it uses that
    can be renamed (``renamed``); None for any other request."""
    found = _RENAMING.match(request)
    if not found or not (found.group("rename") or found.group("everywhere")):
        return None
    old, new = found.group("old").strip().strip(_QUOTES), found.group("new").strip().strip(_QUOTES)
    if not old or not new or _DESCRIBED.match(found.group("old")) or not occurrences(text, old):
        return None
    asked = Renaming(old, new)
    if language in PROSE_LANGUAGES:
        return asked
    if not (_NAME.fullmatch(old) and _NAME.fullmatch(new)) or identifier_spans(text, language, new):
        return None  # not names, or the new name is taken: the rename would change what the code means
    if language in ("c", "cpp") and _names_a_member(text, language, old):
        return None  # ``c.lines``, ``cart.total()``: which struct's or class's member is not the grammar's to say
    return asked if identifier_spans(text, language, old) and parses_cleanly(renamed(text, asked, language), language) else None


def _names_a_member(code: str, language: str, name: str) -> bool:
    """Whether ``name`` is a member of a C struct or C++ class in ``code``, declared or used: renaming the other
    uses of the name would leave these behind (a C++ method declared in its class as ``double total() const;``
    and defined as ``Cart::total``)."""
    pending = [syntax_tree(code, language).root_node]
    while pending:
        node = pending.pop()
        if node.type == "field_identifier" and node.text == name.encode("utf-8"):
            return True
        pending += node.named_children
    return False


def renamed(text: str, asked: Renaming, language: str) -> str:
    """``text`` with the old name replaced by the new: in prose every whole-word occurrence (``_prose_occurrence``),
    in its case ("Ada" and "ADA" for "rename ada to mara" give "Mara" and "MARA"; "Ada's" gives "Mara's"), with
    an "a" or "an" before it made to agree ("a ferry" for "rename ferry to ocean liner" gives "an ocean liner");
    in code every use of it as a name (``identifier_spans``)."""
    if language not in PROSE_LANGUAGES:
        for start, end in reversed(identifier_spans(text, language, asked.old)):
            text = text[:start] + asked.new + text[end:]
        return text
    return _renamed_in_prose(text, asked)


def _renamed_in_prose(text: str, asked: Renaming) -> str:
    def swapped(found: re.Match) -> str:
        new = _in_case_of(found.group("old"), asked.new)
        article = found.group("article")
        if article is None:
            return new
        agreeing = "an" if new[:1].lower() in "aeiou" else "a"
        return _in_case_of(article, agreeing) + found.group("space") + new

    return _prose_occurrence(asked.old).sub(swapped, text)


def _prose_occurrence(old: str) -> re.Pattern:
    """``old`` as a whole word or phrase, with the "a" or "an" before it. Whatever its case where the request
    writes it in lower case (people type names so); where it has a capital, only as written or in capitals:
    "rename Bill to Will" leaves the bill for dinner alone."""
    phrase = re.escape(old) if old.islower() else f"(?-i:{re.escape(old)}|{re.escape(old.upper())})"
    return re.compile(rf"(?:(?<!\w)(?P<article>an?)(?P<space>\s+))?(?<!\w)(?P<old>{phrase})(?!\w)", re.IGNORECASE)


def changed_everywhere(document: Document, request: str, replacements: list[Replacement]) -> list[Replacement]:
    """The change a prose request asked of a word or phrase ("change the ferry to a fishing boat", "change Ewan
    to Callum") made on every other line that says it, where the model's revision of the passage it saw made
    exactly that change and nothing else; [] otherwise.

    The model sees only the located passage: asked to change Ewan to Callum in a story, it changed the one
    paragraph, and the keeper was called Ewan in the one before. The other lines come as hunks of their own,
    tentative with the reason, so each can be accepted or not."""
    found = _RENAMING.match(request)
    if not found or not replacements:
        return []
    old, new = (_LEADING_ARTICLE.sub("", found.group(part).strip().strip(_QUOTES)) for part in ("old", "new"))
    asked, text = Renaming(old, new), document.text
    if not old or not new:
        return []
    passages = [(text[r.start : r.end], r.new_text) for r in replacements]
    made_just_that = all(_renamed_in_prose(passage, asked).strip() == revised.strip() for passage, revised in passages)
    if not made_just_that or all(passage.strip() == revised.strip() for passage, revised in passages):
        return []
    lines = {}
    for occurrence in _prose_occurrence(old).finditer(text):
        at = occurrence.start("old")
        if not any(r.start <= at < r.end for r in replacements):
            line_start = text.rfind("\n", 0, at) + 1
            line_end = text.find("\n", at)
            lines[line_start] = len(text) if line_end == -1 else line_end
    reason = f"the same change where the text says “{old}” again"
    return [Replacement(start, end, _renamed_in_prose(text[start:end], asked),
                        document.sections_overlapping(start, end)[0].index, reason) for start, end in lines.items()]


def _in_case_of(occurrence: str, new: str) -> str:
    if occurrence.isupper() and len(occurrence) > 1:
        return new.upper()
    if occurrence[:1].isupper():
        return new[:1].upper() + new[1:]
    return new
