"""Themes ship as data in themes/; a user's own theme files are picked up from the config folder."""

from __future__ import annotations

import pytest

from companion.themes import ThemeError, load_theme_files


def test_a_dark_a_light_and_a_high_contrast_theme_ship():
    themes = {theme["name"]: theme for theme in load_theme_files()}
    assert {"companion-dark", "companion-light", "companion-high-contrast"} <= set(themes)
    assert themes["companion-light"]["dark"] is False


def test_a_user_theme_is_added_and_can_replace_a_shipped_one(tmp_path):
    (tmp_path / "mine.toml").write_text('name = "mine"\nprimary = "#123456"\n')
    (tmp_path / "dark.toml").write_text('name = "companion-dark"\nprimary = "#000001"\n')
    themes = {theme["name"]: theme for theme in load_theme_files(tmp_path)}
    assert themes["mine"]["primary"] == "#123456"
    assert themes["companion-dark"]["primary"] == "#000001"


def test_a_broken_theme_file_is_named_in_the_error(tmp_path):
    (tmp_path / "bad.toml").write_text('name = "bad"\nprimary = "#fff"\ncolour = "red"\n')
    with pytest.raises(ThemeError, match="bad.toml: unknown keys"):
        load_theme_files(tmp_path)
