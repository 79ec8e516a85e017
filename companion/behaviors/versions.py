"""A tool or image given a new version where the file names it with its version, without the model.

Asked to "upgrade postgres to 17" of a compose file (``image: postgres:16``), the model proposed no change; a
version is a string of digits that a small model copies rather than changes. Where a file writes a name and its
version together (an image tag ``postgres:16``, ``python:3.11-slim``, an action ``actions/checkout@v3``, a pin
``black==23.1``, ``python-version: "3.11"``), the request says both, and the change is exact. Manifests
(pyproject.toml, package.json, requirements files) are ``dependencies``'s: their specifiers mean more than a
number.
"""

from __future__ import annotations

import re

from companion.behaviors.dependencies import SETS_VERSION

USES_VERSION = re.compile(r"^\s*(?:please\s+)?(?:use|switch\s+to|move\s+to|go\s+to)\s+(?P<package>[A-Za-z][\w.-]*)\s+v?"
                          r"(?P<version>\d+(?:\.\d+)*)(?:\s+instead)?[\s.!]*$", re.IGNORECASE)
"""A version asked for by name without a verb of upgrading: "use python 3.12", "switch to node 20"."""


def version_set(text: str, request: str) -> str | None:
    """``text`` with every version written beside the name the request upgrades ("bump node to 20": ``node:18``,
    ``node-version: 18``; "use python 3.12": ``python:3.11-slim``) set to the one asked for; None where the request asks no such thing, the text writes
    that name with no version or with different versions (which one is meant?), or already has the one asked."""
    asked = SETS_VERSION.match(request) or USES_VERSION.match(request)
    if not asked:
        return None
    name, new = asked.group("package"), asked.group("version")
    beside = re.compile(rf"(?<![\w.-]){re.escape(name)}(?:==|[:@]v?|[-_]version:\s*[\"']?)(?P<version>\d+(?:\.\d+)*)(?![\d.]*\d)",
                        re.IGNORECASE)
    found = list(beside.finditer(text))
    if not found or len({match.group("version") for match in found}) > 1 or found[0].group("version") == new:
        return None
    for match in reversed(found):
        text = text[: match.start("version")] + new + text[match.end("version"):]
    return text
