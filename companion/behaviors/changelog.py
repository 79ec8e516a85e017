"""A release added to a changelog ("add an entry for 0.4.0 today: added hourly forecasts"), made without the model.

Asked that of a changelog whose newest release was 0.3.1, the model wrote "- Hourly forecasts are now available
for download." under the oldest release, 0.2.0. Where a new release goes, and how its heading reads, the
changelog itself says: above the newest one (or below it, where the oldest comes first), with its heading's
level, "v" or brackets, separator and date format, and its items in their list's form. The words of the
items are the user's.
"""

from __future__ import annotations

import datetime as dt
import re

from companion.headings import UNDERLINE_CHARACTERS, headings_in

ADDS_RELEASE = re.compile(
    r"^\s*(?:please\s+)?(?:add|write|start)\s+(?:an?\s+|the\s+)?(?:new\s+)?(?:"
    r"(?:changelog\s+)?(?:entry|section|release|version)\s+(?:for\s+)?(?:version\s+|release\s+)?v?(?P<version>{version})"
    r"|v?(?P<version_first>{version})\s+(?:changelog\s+)?(?:entry|section|release|version))"
    r"(?:\s+(?:today|(?:dated|on)\s+(?P<date>\d{{4}}-\d{{2}}-\d{{2}})))?"
    r"\s*(?::|,|-|–|\swith\s|\ssaying\s|\sthat\s+says\s|\s(?:that|which)\s+(?=(?:add|fix|remov|drop|chang|improv|updat|"
    r"deprecat|mak|speed)\w*\b))\s*(?P<items>\S.*?)\s*$".format(version=r"\d+(?:\.\d+)+(?:[-+][\w.]+)?"),
    re.IGNORECASE,
)
""""add an entry for 0.4.0 today: added hourly forecasts", "add a 1.2.1 release that fixed the timeout": the
version, and the items in the request's words."""
_VERSION_AND_DATE = (r"(?P<open>\[)?(?P<v>v)?(?P<version>\d+(?:\.\d+)+(?:[-+][\w.]+)?)(?P<close>\])?"
                     r"(?:(?P<separator>[ \t]*[-–—][ \t]*|[ \t]+\(|[ \t]+)(?P<date>\d{4}-\d{2}-\d{2})\)?)?[ \t]*")
_RELEASE_HEADINGS = (
    re.compile(rf"^(?P<marks>#{{1,6}})[ \t]+{_VERSION_AND_DATE}$", re.MULTILINE),
    re.compile(rf"^(?P<marks>){_VERSION_AND_DATE}\n(?P<underline>([{re.escape(UNDERLINE_CHARACTERS)}])\9{{2,}})[ \t]*$",
               re.MULTILINE),
)
"""A release's heading in Markdown ("## [0.3.1] - 2026-10-02"), or underlined in reStructuredText ("1.2.0
(2026-10-02)" over a line of dashes)."""
_ITEM = re.compile(r"^(?P<marker>[ \t]*[-*+][ \t]+)(?P<text>\S.*)$", re.MULTILINE)


def release_added(text: str, request: str, today: dt.date | None = None) -> str | None:
    """``text`` with a release section for the version the request gives, its items the request's (split at
    semicolons), dated ``today`` (or the date the request gives) where the releases are dated; None when the
    request adds no release, the text has no release headings, has that version already, or sorts its
    releases under subheadings ("### Added"), which is the model's to fill."""
    found = ADDS_RELEASE.match(request)
    headings = next((matches for pattern in _RELEASE_HEADINGS if (matches := list(pattern.finditer(text)))), [])
    version = found and (found["version"] or found["version_first"])
    if not found or not headings or any(heading["version"] == version for heading in headings):
        return None
    newest_first = _newest_first(headings)
    model = headings[0] if newest_first else headings[-1]
    body = text[model.end() : headings[1].start()] if newest_first and len(headings) > 1 else text[model.end() :]
    if headings_in(body)[0]:
        return None
    items = _ITEM.findall(body)
    marker = items[0][0] if items else "- "
    full_stops = items and sum(item.rstrip().endswith(".") for _, item in items) * 2 > len(items)
    gap = "\n\n" if body.startswith("\n\n") else "\n"
    lines = [marker + _as_item(item, full_stops) for item in re.split(r"\s*;\s*", found["items"]) if item.strip()]
    date = found["date"] or (today or dt.date.today()).isoformat()
    title = (f"{model['open'] or ''}{model['v'] or ''}{version}{model['close'] or ''}"
             + (f"{model['separator']}{date}{')' if '(' in model['separator'] else ''}" if model["date"] else ""))
    underline = model.groupdict().get("underline")
    heading = f"{title}\n{underline[0] * len(title)}" if underline else f"{model['marks']} {title}"
    section = heading + gap + "\n".join(lines) + "\n"
    if newest_first:
        return text[: model.start()] + section + "\n" + text[model.start() :]
    return text.rstrip("\n") + "\n\n" + section


def _newest_first(headings: list[re.Match]) -> bool:
    """Whether the releases are listed newest first, as most changelogs list them."""
    if len(headings) < 2:
        return True
    first, second = (tuple(int(part) for part in re.findall(r"\d+", heading["version"])) for heading in headings[:2])
    return first >= second


def _as_item(words: str, full_stop: bool) -> str:
    words = words.strip().rstrip(".")
    words = words[0].upper() + words[1:]
    return words + "." if full_stop else words
