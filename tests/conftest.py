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


@pytest.fixture(scope="session")
def model_home(tmp_path_factory) -> Path:
    """One COMPANION_HOME for the whole run, so the real default model is assembled once, not per test."""
    return tmp_path_factory.mktemp("model-home")


@pytest.fixture(scope="session")
def default_model(model_home) -> Path:
    """The embedded default model, provisioned the way a user's first run does it."""
    from companion.config import Locations
    from companion.models import default_manifest, provision_default

    return provision_default(default_manifest(), Locations(model_home / "config", model_home / "cache", model_home / "data"))


@pytest.fixture(scope="session")
def real_engine(default_model):
    """The shipped default exactly as users get it: the base file with the distilled adapter."""
    from companion.engine.llama import LlamaEngine
    from companion.models import default_manifest, verified_adapter

    manifest = default_manifest()
    return LlamaEngine(default_model, name=manifest.name, lora_path=verified_adapter(manifest))
