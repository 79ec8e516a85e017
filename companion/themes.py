"""Theme files: the ones shipped in themes/ and the user's own in the config folder, as plain data.

The TUI turns them into Textual themes; this module stays free of Textual so it can be tested alone.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

from companion.config import shipped_dir

THEME_FIELDS = {"name", "dark", "primary", "secondary", "accent", "foreground", "background", "surface", "panel", "success", "warning", "error"}


class ThemeError(Exception):
    """A theme file cannot be used; the message names the file."""


def load_theme_files(user_dir: Path | None = None) -> list[dict]:
    """Shipped themes first, then the user's; a user theme with a shipped name replaces it."""
    themes: dict[str, dict] = {}
    directories = [shipped_dir("themes")] + ([user_dir] if user_dir else [])
    for directory in directories:
        for path in sorted(directory.glob("*.toml")) if directory.is_dir() else []:
            theme = _read(path)
            themes[theme["name"]] = theme
    return list(themes.values())


def _read(path: Path) -> dict:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise ThemeError(f"Theme file {path} cannot be read: {error}") from error
    unknown = set(data) - THEME_FIELDS
    if unknown or "name" not in data or "primary" not in data:
        problem = f"unknown keys {sorted(unknown)}" if unknown else "it needs at least name and primary"
        raise ThemeError(f"Theme file {path}: {problem}.")
    return data
