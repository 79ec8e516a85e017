"""End to end: `companion edit --apply` with the real embedded model on a real git repository.

What the model writes is judged by the evals; this proves the whole path carries a real change from the
model to a commit, touching nothing else of the user's.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import git

pytestmark = pytest.mark.real_model

SHOPPING_LIST = "# Shopping\n\nThings to buy this weeek, befor the shop closes.\n\n- eggs\n- bread\n\n## Notes\n\nThe shop closes at six.\n"
TYPOS = ("fix the typos", "--selection", "Things to buy this weeek, befor the shop closes.")


def companion(project: Path, home: Path, *args: str, path: str = os.environ["PATH"]) -> subprocess.CompletedProcess:
    env = {**os.environ, "COMPANION_HOME": str(home), "PATH": path}
    return subprocess.run(
        [sys.executable, "-m", "companion.cli", *args], cwd=project, env=env, capture_output=True, text=True, timeout=300
    )


@pytest.fixture
def shopping(repo) -> Path:
    (repo / "todo.md").write_text(SHOPPING_LIST)
    (repo / "other.txt").write_text("draft\n")
    git(repo, "add", ".")
    git(repo, "commit", "-qm", "shopping list")
    (repo / "other.txt").write_text("draft, changed by the user\n")
    (repo / "staged.txt").write_text("staged by the user\n")
    git(repo, "add", "staged.txt")
    return repo


def test_edit_apply_commits_the_models_change_and_nothing_else(shopping, model_home, default_model):
    result = companion(shopping, model_home, "edit", "todo.md", "-i", *TYPOS, "--apply", "--json")
    assert result.returncode == 0, result.stderr
    proposal = json.loads(result.stdout)
    assert proposal["hunks"], "the real model must produce a change that reaches the file"
    new_text = (shopping / "todo.md").read_text()
    assert new_text != SHOPPING_LIST
    assert proposal["applied"]["commit"] == git(shopping, "rev-parse", "HEAD").strip()
    assert git(shopping, "log", "-1", "--format=%s").strip() == "companion: fix the typos"
    assert git(shopping, "show", "--name-only", "--format=", "HEAD").split() == ["todo.md"]
    assert git(shopping, "show", "HEAD:todo.md") == new_text
    status = git(shopping, "status", "--porcelain").splitlines()
    assert sorted(status) == [" M other.txt", "A  staged.txt"]


def test_edit_without_apply_prints_a_diff_and_changes_nothing(shopping, model_home, default_model):
    result = companion(shopping, model_home, "edit", "todo.md", "-i", *TYPOS)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("--- a/todo.md\n+++ b/todo.md\n@@")
    assert (shopping / "todo.md").read_text() == SHOPPING_LIST
    assert git(shopping, "log", "-1", "--format=%s").strip() == "shopping list"


def test_outside_a_repository_the_file_is_written_and_nothing_is_committed(tmp_path, model_home, default_model):
    (tmp_path / "todo.md").write_text(SHOPPING_LIST)
    result = companion(tmp_path, model_home, "edit", "todo.md", "-i", *TYPOS, "--apply")
    assert result.returncode == 0, result.stderr
    assert "This project is not in a git repository, so nothing was committed" in result.stderr
    assert (tmp_path / "todo.md").read_text() != SHOPPING_LIST


def test_without_git_installed_the_file_is_written_and_the_reason_given(shopping, model_home, default_model, tmp_path):
    no_git = tmp_path / "bin-without-git"
    no_git.mkdir()
    result = companion(shopping, model_home, "edit", "todo.md", "-i", *TYPOS, "--apply", path=str(no_git))
    assert result.returncode == 0, result.stderr
    assert "Git is not installed (no git on PATH), so nothing was committed" in result.stderr
    assert (shopping / "todo.md").read_text() != SHOPPING_LIST
    assert git(shopping, "log", "-1", "--format=%s").strip() == "shopping list"
    history = companion(shopping, model_home, "history", "todo.md", path=str(no_git))
    assert history.returncode == 1 and "Git is not installed" in history.stderr


def test_a_missing_model_file_is_a_clear_error(shopping, model_home):
    result = companion(shopping, model_home, "--model", "/nowhere/model.gguf", "edit", "todo.md", "-i", "x")
    assert result.returncode == 1
    assert "Model file not found: /nowhere/model.gguf (from --model)" in result.stderr
    assert (shopping / "todo.md").read_text() == SHOPPING_LIST


def test_a_file_that_is_not_gguf_is_refused_before_loading(shopping, model_home, tmp_path):
    fake = tmp_path / "fake.gguf"
    fake.write_text("not a model")
    result = companion(shopping, model_home, "--model", str(fake), "edit", "todo.md", "-i", "x")
    assert result.returncode == 1 and "is not a GGUF model file" in result.stderr


def test_a_selection_that_is_not_in_the_file_is_refused(shopping, model_home, default_model):
    result = companion(shopping, model_home, "edit", "todo.md", "-i", "x", "--selection", "not there")
    assert result.returncode == 1 and "does not occur" in result.stderr
