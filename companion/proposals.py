"""Proposals: a set of independent hunks against one exact version of a file.

Hunks are built from whole-section replacements, refined line by line so the user can accept part of a
section's change. They never overlap, so any subset applies cleanly: accepting all gives the proposed text,
rejecting all gives the original byte for byte. Everything outside the replaced sections is untouched by
construction, because only a hunk's [start, end) range of the original is ever replaced.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from companion.documents import Document


@dataclass(frozen=True)
class Hunk:
    """Replace ``old`` (the original's text at [start, end)) with ``new``."""

    id: int
    start: int
    end: int
    old: str
    new: str
    section_index: int
    stale: bool = False
    """Its text is no longer in the file (changed on disk): it can be seen but not accepted."""
    tentative: str = ""
    """Why this change should be weighed with more care than the model's own answer, in words for the user
    ("the model's first choice was to keep this text"); empty when there is no such reason."""


@dataclass(frozen=True)
class Proposal:
    """What the model proposes for one file, and the exact version it was made against."""

    path: str
    request: str
    original: str
    original_hash: str
    hunks: tuple[Hunk, ...]
    intent: str = "edit"
    model: str = ""
    section_indexes: tuple[int, ...] = field(default=())

    @property
    def hunk_ids(self) -> list[int]:
        """The hunks that can still be accepted (stale ones cannot)."""
        return [hunk.id for hunk in self.hunks if not hunk.stale]

    @property
    def stale(self) -> bool:
        return any(hunk.stale for hunk in self.hunks)

    def result(self, accepted: Iterable[int] | None = None) -> str:
        """The file's text with the ``accepted`` hunks applied (all hunks when None)."""
        chosen = set(self.hunk_ids if accepted is None else accepted)
        unknown = chosen - {hunk.id for hunk in self.hunks}
        if unknown:
            raise ValueError(f"No hunk(s) {sorted(unknown)} in this proposal.")
        stale = sorted(h.id for h in self.hunks if h.stale and h.id in chosen)
        if stale:
            raise ValueError(f"Hunk(s) {stale} are stale: their text changed on disk, so they cannot be accepted.")
        pieces, cursor = [], 0
        for hunk in sorted(self.hunks, key=lambda h: h.start):
            if hunk.id in chosen:
                pieces += [self.original[cursor : hunk.start], hunk.new]
                cursor = hunk.end
        pieces.append(self.original[cursor:])
        return "".join(pieces)

    def unified_diff(self, accepted: Iterable[int] | None = None, context: int = 3) -> str:
        return unified_diff(self.original, self.result(accepted), self.path, context, new_file=self.intent == "create")

    def hunk_diff(self, hunk: Hunk, context: int = 2) -> str:
        """The diff of one hunk alone, with a little context, for reviewing it on its own (a stale hunk's text
        is no longer in the file, so it is shown without context)."""
        if hunk.stale:
            text = unified_diff(hunk.old, hunk.new, self.path, 0)
        else:
            text = unified_diff(self.original, self.result([hunk.id]), self.path, context)
        return text.split("\n", 2)[2] if text.count("\n") >= 2 else text

    def to_json(self) -> dict:
        return {
            "path": self.path,
            "request": self.request,
            "intent": self.intent,
            "model": self.model,
            "original_sha256": self.original_hash,
            "sections": list(self.section_indexes),
            "hunks": [
                {"id": h.id, "start": h.start, "end": h.end, "old": h.old, "new": h.new, "section": h.section_index, "stale": h.stale,
                 "tentative": h.tentative}
                for h in self.hunks
            ],
            "diff": self.unified_diff(),
        }


def unified_diff(before: str, after: str, path: str, context: int = 3, new_file: bool = False) -> str:
    lines = difflib.unified_diff(
        before.splitlines(keepends=True),
        after.splitlines(keepends=True),
        fromfile="/dev/null" if new_file else f"a/{path}",
        tofile=f"b/{path}",
        n=context,
    )
    return "".join(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n" for line in lines)


@dataclass(frozen=True)
class Replacement:
    """New text for the original's [start, end): a whole section, or the user's selection inside one."""

    start: int
    end: int
    new_text: str
    section_index: int
    tentative: str = ""
    """``Hunk.tentative``."""
    whole: bool = False
    """Proposed as one hunk, not line by line: its parts mean nothing alone. A move is a line taken out and the
    same line put in elsewhere; accepting only the first would lose it."""


def build_proposal(
    document: Document,
    request: str,
    replacements: list[Replacement],
    *,
    display_path: str,
    intent: str = "edit",
    model: str = "",
) -> Proposal:
    """Turn replacements into hunks; the model's text is fitted to the document's conventions first."""
    hunks: list[Hunk] = []
    ordered = sorted(replacements, key=lambda r: r.start)
    for previous, current in zip(ordered, ordered[1:]):
        if current.start < previous.end:
            raise ValueError("Replacements overlap; a proposal's hunks must be independent.")
    for replacement in ordered:
        old = document.text[replacement.start : replacement.end]
        new_text = fit_replacement(old, replacement.new_text, document.newline)
        changes = _line_changes(old, new_text)
        if replacement.whole and len(changes) > 1:
            changes = [_spanning(old, new_text, changes)]
        for start, end, new in changes:
            absolute_start, absolute_end = replacement.start + start, replacement.start + end
            old_piece = document.text[absolute_start:absolute_end]
            hunks.append(Hunk(len(hunks) + 1, absolute_start, absolute_end, old_piece, new, replacement.section_index,
                              tentative=replacement.tentative))
    return Proposal(
        path=display_path,
        request=request,
        original=document.text,
        original_hash=document.content_hash,
        hunks=tuple(hunks),
        intent=intent,
        model=model,
        section_indexes=tuple(sorted({r.section_index for r in replacements})),
    )


_TRAILING_SPACE = re.compile(r"\s*\Z")
_LEADING_BLANK_LINES = re.compile(r"\A(?:[ \t]*\r?\n)*")


def fit_replacement(old: str, new: str, newline: str) -> str:
    """Give the model's text the document's line endings and the old region's surrounding blank space.

    Regions end with the blank lines that separate them from the next one (and a selection may start or
    end with spaces); models drop or add those freely, so they are taken from the original, and the
    neighbouring text never runs into the new text.
    """
    new = new.replace("\r\n", "\n")
    if newline != "\n":
        new = new.replace("\n", newline)
    if not old:  # text for an empty document: nothing around it to keep; it ends its last line
        return new if not new or new.endswith(newline) else new.rstrip("\r\n") + newline
    body = _TRAILING_SPACE.sub("", _LEADING_BLANK_LINES.sub("", new))
    if not body:
        return ""
    if not old.strip():
        return body + old
    leading = _LEADING_BLANK_LINES.match(old).group()
    indent = re.match(r"[ \t]*", old[len(leading) :]).group()
    if indent and not body.startswith((" ", "\t")):
        leading += indent
    return leading + body + _TRAILING_SPACE.search(old).group()


def _spanning(old: str, new: str, changes: list[tuple[int, int, str]]) -> tuple[int, int, str]:
    """One change from the first of ``changes`` to the end of the last: what lies between them in ``new``."""
    start, end = changes[0][0], changes[-1][1]
    return start, end, new[start : len(new) - (len(old) - end)]


def _line_changes(old: str, new: str) -> list[tuple[int, int, str]]:
    """(start, end, replacement) per changed run of lines, with offsets into ``old``."""
    old_lines = old.splitlines(keepends=True)
    new_lines = new.splitlines(keepends=True)
    offsets = [0]
    for line in old_lines:
        offsets.append(offsets[-1] + len(line))
    matcher = difflib.SequenceMatcher(a=old_lines, b=new_lines, autojunk=False)
    changes = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag != "equal":
            changes.append((offsets[i1], offsets[i2], "".join(new_lines[j1:j2])))
    return changes
