"""``companion doctor`` checks every grammar the companion reads files with, so a missing one is found before a
request fails on it."""

import pytest

from companion.doctor import _check_grammars, check_project
from tests.conftest import git


def test_the_grammar_check_covers_every_language_read():
    assert _check_grammars().split(", ") == ["markdown", "python", "javascript", "typescript", "tsx", "html", "go",
                                             "rust", "bash", "c", "cpp", "java", "ruby", "php", "csharp", "lua", "kotlin", "swift", "yaml",
                                             "hcl"]


def test_the_project_check_says_where_changes_are_committed_or_why_not(repo, tmp_path):
    assert check_project(repo) == f"{repo}: git repository at {repo.resolve()}, branch main"
    plain = tmp_path / "plain"
    plain.mkdir()
    assert check_project(plain) == f"{plain}. This project is not in a git repository: accepted changes are written, not committed"
    git(repo, "config", "core.repositoryformatversion", "99")
    with pytest.raises(RuntimeError, match="git refuses the repository at .*Expected git repo version <= 1"):
        check_project(repo)
