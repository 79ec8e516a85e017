"""A pattern a request names is added to or taken out of an ignore file exactly, without the model."""

from __future__ import annotations

from pathlib import Path

import pytest

from companion.behaviors.ignore_files import ignore_changed
from companion.documents import is_prose
from tests.scripted import proposed_without_the_model

GITIGNORE = "__pycache__/\n*.pyc\n.venv/\nbuild/\n"


@pytest.mark.parametrize(("request_", "added"), [
    ("also ignore .env files", ".env\n"),
    ("ignore the dist folder and log files", "dist/\n*.log\n"),
    ("add node_modules to the gitignore", "node_modules\n"),
    ("please exclude `*.sqlite3` too", "*.sqlite3\n"),
])
def test_the_patterns_named_go_at_the_end_as_an_ignore_file_writes_them(request_, added):
    assert ignore_changed(GITIGNORE, request_, Path(".gitignore")) == GITIGNORE + added


def test_a_pattern_there_already_changes_nothing_and_one_no_longer_wanted_is_taken_out():
    assert ignore_changed(GITIGNORE, "ignore *.pyc files", Path(".gitignore")) == GITIGNORE
    assert ignore_changed(GITIGNORE, "stop ignoring build/", Path(".gitignore")) == "__pycache__/\n*.pyc\n.venv/\n"


@pytest.mark.parametrize(("request_", "path"), [
    ("ignore the secrets", ".gitignore"),  # no pattern for certain
    ("ignore temp stuff files", ".gitignore"),
    ("ignore .env files", "notes.md"),  # no ignore file
])
def test_words_that_name_no_pattern_or_another_file_are_left_to_the_model(request_, path):
    assert ignore_changed(GITIGNORE, request_, Path(path)) is None


def test_a_dotfile_is_no_prose():
    assert not is_prose(Path(".gitignore")) and not is_prose(Path(".bashrc"))


def test_the_change_is_proposed_without_asking_the_model(repo):
    proposal = proposed_without_the_model(repo, ".gitignore", GITIGNORE, "also ignore .env files")
    assert proposal.result() == GITIGNORE + ".env\n"
