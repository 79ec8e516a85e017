"""Whether a change keeps a data file readable: JSON (a notebook too), TOML or YAML that parsed before the
change must parse after it.

A small model edits such files as text: asked to scale a Kubernetes deployment it rewrote the whole file, and a
revision that drops a bracket or shifts a YAML key's indent would leave the user's settings unreadable by every
program that loads them. The file is checked whole, with the model's revisions in place, since a part of it (a
section) is no document of its own. A file that did not parse before (JSON with comments, as editors allow) is
not held to it.
"""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

from companion.documents import syntax_tree

FORMATS = {".json": "JSON", ".ipynb": "JSON", ".geojson": "JSON", ".toml": "TOML", ".yaml": "YAML", ".yml": "YAML",
           ".tf": "HCL", ".tfvars": "HCL", ".hcl": "HCL"}


def format_broken(revised: str, original: str, path: Path) -> str | None:
    """The name of the data format ``path`` is in ("JSON", "TOML", "YAML", "HCL") where ``original`` reads as it and
    ``revised`` does not; None otherwise, and for any other file."""
    name = FORMATS.get(path.suffix.lower())
    if name is None or not reads_as(original, name) or reads_as(revised, name):
        return None
    return name


def reads_as(text: str, name: str) -> bool:
    """Whether ``text`` is well-formed ``name`` ("JSON", "TOML", "YAML" or "HCL")."""
    if name == "JSON":
        try:
            json.loads(text)
        except ValueError:
            return False
        return True
    if name == "TOML":
        try:
            tomllib.loads(text)
        except tomllib.TOMLDecodeError:
            return False
        return True
    return not syntax_tree(text, name.lower()).root_node.has_error  # YAML and HCL (Terraform), by tree-sitter
