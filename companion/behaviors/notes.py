"""What a revision adds for a request that only asks for notes in code (``ASKS_ONLY_FOR_NOTES``: docstrings,
comments, logging), without the changes to code lines the small model made on the way.

Asked to "add a docstring to load", the adapter wrote one and, in the same breath, turned ``Inventory()`` into
``Load()``; asked for a docstring to ``human_size``, it wrote one and swapped two units. The docstring was what
was asked for; the rest would have broken the program. ``notes_kept`` keeps the first and restores the rest."""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from companion.behaviors.code_checks import kept_as

NOTES_KEPT = "the model also changed lines of your code; those are left as they were, and only the notes it added are proposed"

_LOGGING = re.compile(r"\blog(?:ging|s)?\b", re.IGNORECASE)
_LOG_CALL = re.compile(r"^\s*(?:(?:\w+\.)?(?:log|logger|logging|console)\.\w+\(|print\(|import logging\b)")
_COMMENT = re.compile(r"^\s*(?:#|//|/\*|\*(?:\s|/|$))")
_DOCSTRING_QUOTES = re.compile(r'^\s*[rRuU]?("""|\'\'\')')


def notes_kept(revised: str, original: str, request: str) -> str | None:
    """``original`` with the note lines ``revised`` adds put in where it put them: log calls for a request about
    logging, comments and docstrings for any other. Every line of ``original`` stays as it was, except that a line
    the revision kept with a comment at its end takes that comment. None when the revision adds no note.

    Where the revision changed lines, a changed line stands for the original line it resembles, so a note keeps
    its place before or after the line it was written beside; a line it added that is no note is left out, and
    so is a note written in place of one there was: asked for docstrings, the model put "Mean: returns the
    mean." over a module's docstring."""
    before, after = original.splitlines(), revised.splitlines()
    logging = bool(_LOGGING.search(request))
    notes = _note_lines(after, logging=logging)
    kept: list[str] = []
    for kind, start, end, new_start, new_end in SequenceMatcher(
            None, [line.rstrip() for line in before], [line.rstrip() for line in after], autojunk=False).get_opcodes():
        position = start
        rewrites_notes = bool(_note_lines(before[start:end], logging=logging))
        for index in range(new_start, new_end):
            if index in notes and not rewrites_notes:
                kept.append(after[index])
            elif (match := _standing_for(after[index], before, position, end)) is not None:
                kept += before[position:match] + [_with_end_comment(before[match], after[index])]
                position = match + 1
        kept += before[position:end]
    if kept == before:
        return None
    return "\n".join(kept) + ("\n" if original.endswith("\n") else "")


def _note_lines(lines: list[str], *, logging: bool) -> set[int]:
    """The indices of the lines that are log calls, with ``logging``; without, of the comments and docstrings (each
    line of one that spans several)."""
    if logging:
        return {index for index, line in enumerate(lines) if _LOG_CALL.match(line)}
    notes, closing = set(), ""
    for index, line in enumerate(lines):
        if closing:
            notes.add(index)
            if closing in line:
                closing = ""
            continue
        if quotes := _DOCSTRING_QUOTES.match(line):
            notes.add(index)
            if line.count(quotes.group(1)) == 1:
                closing = quotes.group(1)
        elif _COMMENT.match(line):
            notes.add(index)
            if line.lstrip().startswith("/*") and "*/" not in line:
                closing = "*/"
    return notes


def _standing_for(revised: str, before: list[str], start: int, end: int) -> int | None:
    """The index of the first of ``before[start:end]`` that ``revised`` is a changed version of, if any."""
    return next((index for index in range(start, end)
                 if SequenceMatcher(None, before[index].strip(), revised.strip()).ratio() >= 0.5), None)


def _with_end_comment(line: str, revised: str) -> str:
    """``line`` with the comment ``revised`` has after it, where ``revised`` is ``line`` so (``kept_as``)."""
    if line.strip() and revised.strip() != line.strip() and kept_as(revised.strip(), line.strip()):
        return line.rstrip() + revised.strip()[len(line.strip()) :]
    return line
