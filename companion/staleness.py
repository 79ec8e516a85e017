"""Keeping pending suggestions honest when their file changes on disk.

A proposal is made against one exact version of a file. When the file changes (the user saved in their
editor), each hunk is looked for in the new text: found unambiguously (it may have moved), it is
re-anchored there; otherwise it is marked stale and can no longer be accepted. Comments are re-anchored
by their quote the same way. Nothing here writes a file.
"""

from __future__ import annotations

from dataclasses import replace

from companion.behaviors.comment import Review
from companion.files import content_hash
from companion.proposals import Hunk, Proposal

CONTEXT = 60
"""Characters of surrounding text that tell apart several occurrences of a hunk's text."""


def rebase_proposal(proposal: Proposal, new_text: str, new_path: str | None = None) -> Proposal:
    """The proposal against ``new_text``: hunks moved to where their text now is, the others stale."""
    placed: list[Hunk] = []
    for hunk in sorted(proposal.hunks, key=lambda h: h.start):
        start = None if hunk.stale else _find(proposal.original, hunk, new_text)
        if start is None:
            placed.append(replace(hunk, stale=True))
        else:
            placed.append(replace(hunk, start=start, end=start + len(hunk.old)))
    live = sorted((h for h in placed if not h.stale), key=lambda h: h.start)
    overlapping = {later.id for earlier, later in zip(live, live[1:]) if later.start < earlier.end}
    hunks = tuple(sorted((replace(h, stale=True) if h.id in overlapping else h for h in placed), key=lambda h: h.id))
    return replace(proposal, path=new_path or proposal.path, original=new_text,
                   original_hash=content_hash(new_text.encode("utf-8")), hunks=hunks)


def vanished(proposal: Proposal) -> Proposal:
    """The proposal for a file that was deleted: every hunk stale."""
    return replace(proposal, hunks=tuple(replace(h, stale=True) for h in proposal.hunks))


def _find(original: str, hunk: Hunk, new_text: str) -> int | None:
    before = original[max(0, hunk.start - CONTEXT) : hunk.start]
    after = original[hunk.end : hunk.end + CONTEXT]
    if not hunk.old:  # an insertion: anchored by the text around it
        positions = [p + len(before) for p in _occurrences(new_text, before + after)] if before + after else []
        return positions[0] if len(positions) == 1 else None
    scored = sorted(((_context_score(new_text, p, len(hunk.old), before, after), p) for p in _occurrences(new_text, hunk.old)), reverse=True)
    if not scored or (len(scored) > 1 and scored[0][0] == scored[1][0]):
        return None  # gone, or ambiguous: better stale than applied at the wrong place
    return scored[0][1]


def _context_score(text: str, position: int, length: int, before: str, after: str) -> int:
    preceding, following = text[:position], text[position + length :]
    same_before = next((i for i in range(len(before)) if not preceding.endswith(before[len(before) - i - 1 :])), len(before))
    same_after = next((i for i in range(len(after)) if not following.startswith(after[: i + 1])), len(after))
    return same_before + same_after


def _occurrences(text: str, piece: str) -> list[int]:
    found, start = [], text.find(piece)
    while start != -1:
        found.append(start)
        start = text.find(piece, start + 1)
    return found


def rebase_review(review: Review, new_text: str) -> Review:
    """Comments moved to where their quote now is; a comment whose quote is gone is marked stale."""
    comments = []
    for comment in review.comments:
        found = new_text.find(comment.quote)
        if found == -1:
            comments.append(replace(comment, stale=True))
        else:
            line = new_text.count("\n", 0, found) + 1
            column = found - (new_text.rfind("\n", 0, found) + 1) + 1
            comments.append(replace(comment, start=found, end=found + len(comment.quote), line=line, column=column, stale=False))
    return replace(review, comments=tuple(comments))


