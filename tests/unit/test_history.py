"""Git history around companion's changes: the user's snapshot first, a findable commit, undo, restore."""

from pathlib import Path

import pytest

from companion.documents import Document
from companion.feedback import FeedbackLog, export_pairs
from companion.proposals import Replacement, build_proposal
from companion.session import Session
from companion.vcs import TRAILER, Vcs, VcsError
from companion.workspace import Workspace
from tests.conftest import git
from tests.scripted import ScriptedEngine

TEXT = "# Plan\n\nWe start in May.\n\nThe budget is small.\n"


def propose(root: Path, old: str, new: str, request: str = "change it"):
    text = (root / "plan.md").read_text()
    document = Document.from_text(root / "plan.md", text)
    start = text.index(old)
    return build_proposal(document, request, [Replacement(start, start + len(old), new, 0)], display_path="plan.md")


@pytest.fixture
def project(repo, tmp_path):
    (repo / "plan.md").write_text(TEXT)
    git(repo, "add", "plan.md")
    git(repo, "commit", "-q", "-m", "add plan")
    return repo


def session_in(root: Path, **options) -> Session:
    return Session(ScriptedEngine(lambda prompt: ""), Workspace(root), Vcs.discover(root), **options)


def test_the_users_uncommitted_edits_are_committed_first_as_their_own(project):
    (project / "plan.md").write_text(TEXT.replace("small", "tiny"))
    result = session_in(project).accept(propose(project, "We start in May.", "We start in June."))
    log = git(project, "log", "--format=%an|%s%n%b", "-3")
    assert "Committed your own edits of plan.md first" in result.message
    user_snapshot = git(project, "show", "HEAD~1:plan.md")
    assert user_snapshot == TEXT.replace("small", "tiny")
    assert git(project, "show", "HEAD:plan.md") == TEXT.replace("small", "tiny").replace("May", "June")
    assert "Ada Writer|Snapshot of plan.md before a companion change" in log
    assert TRAILER in git(project, "log", "-1", "--format=%B")
    assert TRAILER not in git(project, "log", "-1", "--skip=1", "--format=%B")


def test_the_snapshot_can_be_turned_off(project):
    (project / "plan.md").write_text(TEXT.replace("small", "tiny"))
    session_in(project, snapshot_user_edits=False).accept(propose(project, "We start in May.", "We start in June."))
    assert git(project, "log", "--format=%s", "-2").splitlines() == ["companion: change it", "add plan"]


def test_undo_drops_an_unpublished_companion_commit_and_keeps_the_users_snapshot(project):
    (project / "plan.md").write_text(TEXT.replace("small", "tiny"))
    session = session_in(project)
    session.accept(propose(project, "We start in May.", "We start in June."))
    message = session.undo()
    assert message.startswith("Undid")
    assert (project / "plan.md").read_text() == TEXT.replace("small", "tiny")
    assert git(project, "log", "-1", "--format=%s").strip() == "Snapshot of plan.md before a companion change"


def test_undo_of_a_published_commit_adds_a_revert(project, tmp_path):
    remote = tmp_path / "remote.git"
    git(project, "init", "-q", "--bare", str(remote))
    session = session_in(project)
    session.accept(propose(project, "We start in May.", "We start in June."))
    git(project, "remote", "add", "origin", str(remote))
    git(project, "push", "-q", "origin", "main")
    assert session.undo().startswith("Reverted")
    assert (project / "plan.md").read_text() == TEXT
    assert git(project, "log", "-1", "--format=%s").startswith("Revert")


def test_undo_never_overwrites_an_edit_made_after_the_companion_commit(project):
    session = session_in(project)
    session.accept(propose(project, "We start in May.", "We start in June."))
    edited = TEXT.replace("May", "June").replace("small", "generous")
    (project / "plan.md").write_text(edited)
    with pytest.raises(VcsError, match="Your files were not changed"):
        session.undo()
    assert (project / "plan.md").read_text() == edited


def test_undo_that_would_conflict_with_a_later_commit_changes_nothing(project):
    session = session_in(project)
    session.accept(propose(project, "We start in May.", "We start in June."))
    (project / "plan.md").write_text(TEXT.replace("May", "early July"))
    git(project, "commit", "-qam", "the user's own date")
    with pytest.raises(VcsError, match="later commits changed the same lines.*Nothing was changed"):
        session.undo()
    assert (project / "plan.md").read_text() == TEXT.replace("May", "early July"), "no conflict markers"
    assert git(project, "status", "--porcelain") == "" and not (project / ".git" / "REVERT_HEAD").exists()
    assert git(project, "log", "-1", "--format=%s").strip() == "the user's own date"


def test_history_lists_companion_commits_of_a_file_and_restore_is_a_reviewable_proposal(project):
    session = session_in(project)
    session.accept(propose(project, "We start in May.", "We start in June.", "move to june"))
    session.accept(propose(project, "The budget is small.", "The budget is large.", "bigger budget"))
    entries = session.history("plan.md")
    assert [e.summary for e in entries] == ["companion: bigger budget", "companion: move to june"]
    restore = session.restore("plan.md", entries[1].sha)
    assert restore.result() == TEXT.replace("May", "June")
    assert (project / "plan.md").read_text() == TEXT.replace("May", "June").replace("small", "large")


def test_a_file_in_a_submodule_is_committed_to_the_submodule_and_found_in_its_history(project, tmp_path):
    library = tmp_path / "library"
    library.mkdir()
    git(library, "init", "-q", "-b", "main")
    (library / "plan.md").write_text(TEXT)
    git(library, "add", "plan.md")
    git(library, "-c", "user.name=A", "-c", "user.email=a@b.c", "commit", "-qm", "library plan")
    git(project, "-c", "protocol.file.allow=always", "submodule", "add", "-q", str(library), "docs")
    git(project, "commit", "-qm", "add docs")
    session = session_in(project)
    text = (project / "docs" / "plan.md").read_text()
    start = text.index("May")
    proposal = build_proposal(Document.from_text(project / "docs" / "plan.md", text), "move to june",
                              [Replacement(start, start + 3, "June", 0)], display_path="docs/plan.md")
    result = session.accept(proposal)
    assert result.commit is not None, result.message
    assert git(project / "docs", "log", "-1", "--format=%s").strip() == "companion: move to june"
    assert git(project, "log", "-1", "--format=%s").strip() == "add docs", "the project's own history is untouched"
    assert [entry.summary for entry in session.history("docs/plan.md")] == ["companion: move to june"]


def test_why_accepted_changes_will_not_be_committed_is_known_before_the_first(project, tmp_path):
    assert session_in(project).uncommitted_notice() is None
    plain = tmp_path / "plain"
    plain.mkdir()
    assert session_in(plain).uncommitted_notice() == (
        "This project is not in a git repository: accepted changes are written but not committed.")
    git(project, "config", "core.repositoryformatversion", "99")
    assert session_in(project).uncommitted_notice().startswith(
        "git refuses this repository, so accepted changes are written but not committed: fatal: Expected git repo")


def test_a_detached_head_is_warned_about(project):
    git(project, "checkout", "-q", "--detach")
    result = session_in(project).accept(propose(project, "We start in May.", "We start in June."))
    assert "detached" in result.message


def test_no_commit_and_no_snapshot_during_a_merge(project):
    git(project, "checkout", "-q", "-b", "other")
    (project / "plan.md").write_text(TEXT + "\nOther branch.\n")
    git(project, "commit", "-qam", "other")
    git(project, "checkout", "-q", "main")
    (project / "plan.md").write_text(TEXT + "\nMain branch.\n")
    git(project, "commit", "-qam", "main")
    with pytest.raises(Exception):
        git(project, "merge", "other")
    before = git(project, "rev-parse", "HEAD")
    with pytest.raises(VcsError, match="middle of a merge"):
        session_in(project).undo()
    assert git(project, "rev-parse", "HEAD") == before


def test_every_decision_is_logged_and_exported_as_preference_pairs(project, tmp_path):
    log = FeedbackLog(tmp_path / "feedback.jsonl")
    session = session_in(project, feedback=log)
    session.accept(propose(project, "We start in May.", "We start in June.", "move to june"))
    session.reject(propose(project, "The budget is small.", "The budget is huge.", "bigger budget"))
    pairs = export_pairs(log)
    assert [(p["fields"]["request"], p["response"], p["meta"]["rejected"]) for p in pairs] == [
        ("move to june", "We start in June.", "We start in May."),
        ("bigger budget", "The budget is small.", "The budget is huge."),
    ]


def test_a_feedback_log_that_cannot_be_written_never_stops_the_commit(project, tmp_path):
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the log's folder should be\n")
    session = session_in(project, feedback=FeedbackLog(blocked / "feedback.jsonl"))
    result = session.accept(propose(project, "We start in May.", "We start in June.", "move to june"))
    assert result.commit is not None and git(project, "log", "-1", "--format=%s").strip() == "companion: move to june"
    assert "The feedback log could not be written (File exists)" in result.message


def test_comment_decisions_are_logged_too(project, tmp_path):
    from companion.behaviors.comment import Comment, Review

    log = FeedbackLog(tmp_path / "feedback.jsonl")
    session = session_in(project, feedback=log)
    comment = Comment(0, 6, "# Plan", "Vague title.", "# Launch plan", 1, 1)
    review = Review("plan.md", (comment,), produced=1, dropped=0, request="review")
    session.record_comment(review, comment, "accepted")
    [pair] = export_pairs(log)
    assert (pair["task"], pair["fields"]["quote"], pair["response"], pair["meta"]["decision"]) == (
        "comment_feedback", "# Plan", "Vague title.", "accepted")
