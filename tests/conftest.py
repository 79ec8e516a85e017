"""Shared fixtures: every test gets its own user folders (COMPANION_HOME) and a fixed git identity."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def isolated_user_dirs(tmp_path_factory, monkeypatch):
    home = tmp_path_factory.mktemp("companion-home")
    monkeypatch.setenv("COMPANION_HOME", str(home))
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(home / "gitconfig"))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    return home


def git(repo: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True, text=True).stdout


@pytest.fixture
def repo(tmp_path) -> Path:
    """A real git repository with one commit, as a user's project would be."""
    root = tmp_path / "project"
    root.mkdir()
    git(root, "init", "-q", "-b", "main")
    git(root, "config", "user.name", "Ada Writer")
    git(root, "config", "user.email", "ada@example.org")
    (root / "README.md").write_text("# Project\n\nA small project.\n")
    git(root, "add", "README.md")
    git(root, "commit", "-q", "-m", "initial")
    return root
