"""Underlines that still fit their titles after a change.

reStructuredText (and plain text by the same habit) writes a heading as a title over a line of one punctuation
character, which must be at least as long as the title: asked to rename "First sync" to "Your first sync", the
revision left the ten dashes under fifteen letters, which Sphinx reports as "Title underline too short." The title
is what the user asked to change; the underline follows it as a matter of form.
"""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise

from companion.headings import UNDERLINE
from companion.proposals import Replacement


def with_fitted_underlines(text: str, replacements: list[Replacement]) -> list[Replacement]:
    """``replacements`` of ``text``, each reaching over the underline (and overline) of a title it changes, with
    those lines as long as the new title where they were as long as the old one or longer."""
    fitted = []
    for replacement in replacements:
        start = text.rfind("\n", 0, replacement.start) + 1
        ends_a_line = replacement.end > replacement.start and text[replacement.end - 1] == "\n"
        end = replacement.end if ends_a_line else _line_end(text, replacement.end)
        below = _line_end(text, end + 1) if end < len(text) else end
        if not ends_a_line and end < len(text) and UNDERLINE.fullmatch(text[end + 1 : below].strip()):
            above = text.rfind("\n", 0, max(start - 1, 0)) + 1
            if start and text[above : start - 1].strip() == text[end + 1 : below].strip():
                start = above
            end = below
        before, after = text[start : replacement.start], text[replacement.end : end]
        new = _fitted(text[start:end], before + replacement.new_text + after)
        overlaps = any(other is not replacement and other.start < end and start < other.end for other in replacements)
        fitted.append(replacement if new is None or overlaps else replace(replacement, start=start, end=end, new_text=new))
    return fitted


def _line_end(text: str, at: int) -> int:
    found = text.find("\n", at)
    return len(text) if found == -1 else found


def _fitted(old: str, new: str) -> str | None:
    """``new`` with each underline of a title that was long enough in ``old`` lengthened to its title; None when
    none needs it."""
    old_lines, lines = old.split("\n"), new.split("\n")
    long_enough = {UNDERLINE.fullmatch(line.strip()).group(1) for above, line in pairwise(old_lines)
                   if above.strip() and UNDERLINE.fullmatch(line.strip()) and len(line.strip()) >= len(above.strip())}
    changed = False
    for at in range(1, len(lines)):
        underline, title = lines[at].strip(), lines[at - 1].strip()
        found = UNDERLINE.fullmatch(underline)
        if found and title and not UNDERLINE.fullmatch(title) and found.group(1) in long_enough and len(underline) < len(title):
            lines[at] = lines[at].replace(underline, found.group(1) * len(title))
            if at >= 2 and lines[at - 2].strip() == underline:
                lines[at - 2] = lines[at - 2].replace(underline, found.group(1) * len(title))
            changed = True
    return "\n".join(lines) if changed else None
