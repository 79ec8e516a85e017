"""AI markers: a request written in a comment of the file's own language, picked up when the file is saved.

``AI: <request>`` becomes a proposal for the surrounding section that also removes the marker;
``AI?: <question>`` gets an answer in the conversation. Each marker is handled once: the tracker
remembers the markers it has seen in each file, so saving again does not ask again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from companion.behaviors.edit import revise_text
from companion.documents import Document
from companion.engine.base import CancelToken, Engine
from companion.proposals import Proposal, Replacement, build_proposal

_HTML = re.compile(r"<!--\s*AI(\?)?:\s*(.+?)\s*-->")
_HASH = re.compile(r"(?:^|\s)#\s*AI(\?)?:\s*(.+?)\s*$")
_SLASHES = re.compile(r"(?:^|\s)//\s*AI(\?)?:\s*(.+?)\s*$")
_DASHES = re.compile(r"(?:^|\s)--\s*AI(\?)?:\s*(.+?)\s*$")
PATTERNS = {
    ".md": _HTML, ".markdown": _HTML, ".html": _HTML, ".htm": _HTML,
    ".py": _HASH, ".sh": _HASH, ".bash": _HASH, ".rb": _HASH, ".toml": _HASH, ".yaml": _HASH, ".yml": _HASH,
    ".js": _SLASHES, ".mjs": _SLASHES, ".ts": _SLASHES, ".tsx": _SLASHES, ".jsx": _SLASHES, ".c": _SLASHES,
    ".h": _SLASHES, ".cpp": _SLASHES, ".java": _SLASHES, ".go": _SLASHES, ".rs": _SLASHES, ".cs": _SLASHES,
    ".php": _SLASHES, ".lua": _DASHES, ".kt": _SLASHES, ".kts": _SLASHES, ".swift": _SLASHES,
}


@dataclass(frozen=True)
class Marker:
    kind: str
    """"edit" for ``AI:``, "ask" for ``AI?:``."""
    request: str
    line_start: int
    line_end: int
    """The marker's whole line, [line_start, line_end) in the text, newline included."""

    @property
    def key(self) -> str:
        return f"{self.kind}:{self.request}"


def find_markers(path: Path, text: str) -> list[Marker]:
    pattern = PATTERNS.get(path.suffix.lower())
    if pattern is None:
        return []
    markers, offset = [], 0
    for line in text.splitlines(keepends=True):
        match = pattern.search(line)
        if match and match.group(2).strip():
            markers.append(Marker("ask" if match.group(1) else "edit", match.group(2).strip(), offset, offset + len(line)))
        offset += len(line)
    return markers


class MarkerTracker:
    """Which markers of each file were already handled, so a marker is acted on once, not on every save."""

    def __init__(self) -> None:
        self._seen: dict[Path, set[str]] = {}

    def new_markers(self, path: Path, text: str) -> list[Marker]:
        markers = find_markers(path, text)
        seen = self._seen.setdefault(path, set())
        fresh = [m for m in markers if m.key not in seen]
        self._seen[path] = {m.key for m in markers} | seen
        return fresh

    def moved(self, source: Path, target: Path) -> None:
        if source in self._seen:
            self._seen[target] = self._seen.pop(source)


def marker_proposal(
    engine: Engine,
    document: Document,
    marker: Marker,
    *,
    display_path: str,
    style: str = "",
    cancel: CancelToken | None = None,
) -> Proposal:
    """A proposal for the section around the marker, whose new text no longer has the marker line."""
    start, end = surrounding_region(document, marker)
    text = document.text
    without_marker = text[start : marker.line_start] + text[marker.line_end : end]
    revised = revise_text(engine, display_path, marker.request, without_marker, style=style, cancel=cancel)
    section = next((s.index for s in document.sections if s.start <= marker.line_start < s.end), 0)
    replacement = Replacement(start, end, revised.text, section, revised.tentative)
    return build_proposal(document, marker.request, [replacement], display_path=display_path,
                          intent="edit", model=engine.info.name)


def surrounding_region(document: Document, marker: Marker) -> tuple[int, int]:
    """The sections the marker's line touches. A marker standing alone (a Markdown comment is a block of its
    own) is about the text block just before it, or the one after it at the top of a file."""
    touched = [s for s in document.sections if s.start < marker.line_end and marker.line_start < s.end] or list(document.sections[-1:])
    start, end = touched[0].start, touched[-1].end
    text = document.text
    if not (text[start : marker.line_start] + text[marker.line_end : end]).strip():
        earlier = [s for s in document.sections if s.end <= start and s.text.strip() and not s.kind.endswith("heading")]
        later = [s for s in document.sections if s.start >= end and s.text.strip() and not s.kind.endswith("heading")]
        if earlier:
            start = earlier[-1].start
        elif later:
            end = later[0].end
    return start, end
