"""Commits in real repositories contain exactly the accepted file; the user's other work stays where it was."""

from __future__ import annotations

import pytest

from companion.vcs import Vcs, VcsError
from tests.conftest import git


def test_a_commit_contains_only_the_accepted_path(repo):
    (repo / "README.md").write_text("# Project\n\nEdited by companion.\n")
    (repo / "staged.txt").write_text("the user's staged work\n")
    git(repo, "add", "staged.txt")
    (repo / "unstaged.txt").write_text("the user's scratch file\n")
    commit = Vcs.discover(repo).commit_paths([repo / "README.md"], "companion: shorten")
    assert git(repo, "show", "--name-only", "--format=%s", "HEAD").split() == ["companion:", "shorten", "README.md"]
    assert commit.paths == ("README.md",)
    status = git(repo, "status", "--porcelain")
    assert "A  staged.txt" in status  # still staged, not committed
    assert "?? unstaged.txt" in status


def test_the_users_staged_version_of_another_file_is_not_disturbed(repo):
    (repo / "notes.txt").write_text("v1\n")
    git(repo, "add", "notes.txt")
    git(repo, "commit", "-q", "-m", "notes")
    (repo / "notes.txt").write_text("v2 staged\n")
    git(repo, "add", "notes.txt")
    (repo / "notes.txt").write_text("v3 in the working tree\n")
    (repo / "README.md").write_text("# Changed\n")
    Vcs.discover(repo).commit_paths([repo / "README.md"], "companion: x")
    assert git(repo, "show", ":notes.txt") == "v2 staged\n"
    assert (repo / "notes.txt").read_text() == "v3 in the working tree\n"


def test_a_file_name_that_looks_like_a_pattern_commits_that_file_alone(repo):
    for name in ("notes[1].md", "notes1.md", "*.md"):
        (repo / name).write_text("draft\n")
    git(repo, "add", ".")
    git(repo, "commit", "-qm", "notes")
    for name in ("notes[1].md", "notes1.md", "*.md", "README.md"):
        (repo / name).write_text("changed\n")
    vcs = Vcs.discover(repo)
    vcs.commit_paths([repo / "notes[1].md"], "companion: x")
    vcs.commit_paths([repo / "*.md"], "companion: y")
    assert git(repo, "show", "--name-only", "--format=", "HEAD~1").split() == ["notes[1].md"]
    assert git(repo, "show", "--name-only", "--format=", "HEAD").split() == ["*.md"]
    assert git(repo, "status", "--porcelain").split() == ["M", "README.md", "M", "notes1.md"]


def test_a_new_file_can_be_committed(repo):
    (repo / "draft.md").write_text("new\n")
    Vcs.discover(repo).commit_paths([repo / "draft.md"], "companion: draft")
    assert git(repo, "ls-files") == "README.md\ndraft.md\n"


def test_a_commit_git_refuses_leaves_the_users_index_as_it_was(repo):
    git(repo, "config", "commit.gpgsign", "true")
    git(repo, "config", "gpg.program", str(repo / "no-such-gpg"))
    (repo / "README.md").write_text("changed\n")
    (repo / "draft.md").write_text("new\n")
    before = git(repo, "status", "--porcelain")
    for path in ("README.md", "draft.md"):
        with pytest.raises(VcsError, match=f"git could not commit {path}: .*gpg"):
            Vcs.discover(repo).commit_paths([repo / path], "companion: x")
    assert git(repo, "status", "--porcelain") == before == " M README.md\n?? draft.md\n"


def test_a_file_git_ignores_is_not_committed(repo):
    (repo / ".gitignore").write_text("build/\n")
    (repo / "build").mkdir()
    (repo / "build" / "draft.md").write_text("new\n")
    with pytest.raises(VcsError, match=r"git ignores build/draft.md \(a .gitignore names it\)"):
        Vcs.discover(repo).commit_paths([repo / "build" / "draft.md"], "companion: x")
    assert git(repo, "ls-files") == "README.md\n"


def test_the_users_git_identity_is_used(repo):
    (repo / "README.md").write_text("changed\n")
    Vcs.discover(repo).commit_paths([repo / "README.md"], "companion: x")
    assert git(repo, "log", "-1", "--format=%an <%ae>").strip() == "Ada Writer <ada@example.org>"


def test_without_a_configured_identity_companion_commits_as_itself(tmp_path):
    git(tmp_path, "init", "-q")
    (tmp_path / "a.txt").write_text("a\n")
    Vcs.discover(tmp_path).commit_paths([tmp_path / "a.txt"], "companion: first")
    assert git(tmp_path, "log", "-1", "--format=%an").strip() == "companion"


def test_a_repository_with_no_commits_gets_its_first_commit(tmp_path):
    git(tmp_path, "init", "-q")
    git(tmp_path, "config", "user.name", "A")
    git(tmp_path, "config", "user.email", "a@b.c")
    (tmp_path / "a.txt").write_text("a\n")
    (tmp_path / "b.txt").write_text("b\n")
    Vcs.discover(tmp_path).commit_paths([tmp_path / "a.txt"], "companion: first")
    assert git(tmp_path, "ls-tree", "--name-only", "HEAD") == "a.txt\n"


def test_no_commit_during_a_merge(repo):
    git(repo, "checkout", "-q", "-b", "other")
    (repo / "README.md").write_text("other side\n")
    git(repo, "commit", "-qam", "other")
    git(repo, "checkout", "-q", "main")
    (repo / "README.md").write_text("main side\n")
    git(repo, "commit", "-qam", "main")
    with pytest.raises(Exception):
        git(repo, "merge", "other")
    with pytest.raises(VcsError, match="middle of a merge"):
        Vcs.discover(repo).commit_paths([repo / "README.md"], "companion: x")


def a_repository_git_refuses(repo):
    """Like one git calls of dubious ownership (owned by another user), but made without changing owners."""
    git(repo, "config", "core.repositoryformatversion", "99")
    return Vcs.discover(repo)


def test_a_repository_git_refuses_is_explained_not_taken_for_one_without_history(repo):
    (repo / "README.md").write_text("changed\n")
    vcs = a_repository_git_refuses(repo)
    assert "Expected git repo version <= 1, found 99" in vcs.refusal()
    for attempt in (lambda: vcs.commit_paths([repo / "README.md"], "companion: x"), lambda: vcs.companion_commits(),
                    vcs.undo_last, lambda: vcs.snapshot_user_edits(repo / "README.md")):
        with pytest.raises(VcsError, match="git refused: fatal: Expected git repo version"):
            attempt()


def test_a_repository_git_works_in_has_no_refusal(repo):
    assert Vcs.discover(repo).refusal() is None


def test_outside_a_repository_there_is_no_vcs(tmp_path):
    assert Vcs.discover(tmp_path) is None
