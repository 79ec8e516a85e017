"""Watching the project with watchdog: saves reach companion once, and pending suggestions stay honest."""

import errno
import os
import queue
from pathlib import Path

import pytest

from companion.documents import Document
from companion.proposals import Replacement, build_proposal
from companion.session import Session
from companion.vcs import Vcs
from companion.watch import WatchService, changed_span
from companion.watcher import FileChange, ProjectWatcher, WatchError
from companion.workspace import StaleProposal, Workspace
from tests.conftest import git
from tests.scripted import ScriptedEngine

TEXT = "# Plan\n\nWe start in May.\n\nThe budget is small.\n"
TIMEOUT = 10


def next_change(changes: queue.Queue) -> FileChange:
    return changes.get(timeout=TIMEOUT)


@pytest.fixture
def watched(repo):
    changes: queue.Queue = queue.Queue()
    watcher = ProjectWatcher(repo, changes.put, debounce_seconds=0.2, max_file_bytes=1000, vcs=Vcs.discover(repo))
    with watcher:
        yield repo, changes


def test_in_a_project_below_the_repositorys_root_what_git_ignores_is_found_by_its_path_in_the_repository(repo):
    (repo / ".gitignore").write_text("docs/build/\n")
    (repo / "docs" / "build").mkdir(parents=True)
    (repo / "docs" / "build" / "out.md").write_text("generated\n")
    (repo / "docs" / "guide.md").write_text("written\n")
    watcher = ProjectWatcher(repo / "docs", lambda change: None, vcs=Vcs.discover(repo / "docs"))
    assert "ignored by the repository" in watcher.skip_reason(repo / "docs" / "build" / "out.md")
    assert watcher.skip_reason(repo / "docs" / "guide.md") is None


def test_a_project_over_the_systems_watch_limit_is_a_clear_error_with_advice(repo, monkeypatch):
    def refuse(self):  # what watchdog raises when inotify_add_watch fails with ENOSPC
        raise OSError(errno.ENOSPC, "inotify watch limit reached")

    monkeypatch.setattr("watchdog.observers.api.BaseObserver.start", refuse)
    with pytest.raises(WatchError, match=r"cannot watch .*: inotify watch limit reached \(on Linux: sudo sysctl "
                                         r"fs.inotify.max_user_watches=524288\)\. Saves made in your editor are not seen"):
        ProjectWatcher(repo, lambda change: None).start()


def test_an_editors_save_in_several_steps_is_reported_once(watched):
    root, changes = watched
    temporary = root / "notes.md.tmp"
    temporary.write_text("draft")
    temporary.write_text("final text\n")
    os.replace(temporary, root / "notes.md")
    change = next_change(changes)
    assert (change.path, change.kind, change.skipped) == (root / "notes.md", "modified", None)
    with pytest.raises(queue.Empty):
        changes.get(timeout=0.6)


def test_git_internals_are_never_reported_and_skipped_files_say_why(watched):
    root, changes = watched
    (root / ".gitignore").write_text("build/\n")
    git(root, "add", ".gitignore")
    git(root, "commit", "-qm", "ignore build")
    (root / "build").mkdir()
    (root / "build" / "out.txt").write_text("generated\n")
    (root / "logo.png").write_bytes(b"\x89PNG\0\0\0binary")
    (root / "big.txt").write_text("x" * 5000)
    seen = {}
    while len(seen) < 4:
        change = next_change(changes)
        seen[change.path.name] = change.skipped
    assert not any(".git" in Path(name).parts for name in seen)
    assert seen[".gitignore"] is None
    assert "ignored by the repository" in seen["out.txt"]
    assert "binary" in seen["logo.png"]
    assert "over the 1,000-byte limit" in seen["big.txt"]


def proposal_for(root: Path, old: str, new: str):
    text = (root / "plan.md").read_text()
    start = text.index(old)
    document = Document.from_text(root / "plan.md", text)
    return build_proposal(document, "change", [Replacement(start, start + len(old), new, 0)], display_path="plan.md")


@pytest.fixture
def service(repo):
    (repo / "plan.md").write_text(TEXT)
    events = []
    engine = ScriptedEngine(_revision_in_the_files_language)
    session = Session(engine, Workspace(repo), Vcs.discover(repo))
    return WatchService(session, events.append), events


def _revision_in_the_files_language(prompt: str) -> str:
    """A revision that parses where the file is code: one that does not would be refused."""
    if '<edit file="plan.py">' in prompt:
        return "def start():\n    return 'early May'\n"
    if '<edit file="plan.js">' in prompt:
        return "function start() {\n  return 'early May';\n}\n"
    return "We begin in early May, weather permitting."


def test_an_external_edit_during_a_pending_proposal_is_never_overwritten(watched, service):
    root, changes = watched
    watch, events = service
    proposal = proposal_for(root, "We start in May.", "We start in June.")
    watch.track(proposal)
    next_change(changes)  # plan.md written by the fixture
    users = TEXT.replace("We start in May.", "We start whenever we like.")
    (root / "plan.md").write_text(users)
    watch.handle(next_change(changes))
    [updated] = watch.proposals["plan.md"]
    assert updated.stale
    assert any(e.kind == "notice" and "stale" in e.message for e in events)
    with pytest.raises(StaleProposal):
        watch.session.accept(proposal)
    assert (root / "plan.md").read_text() == users


def test_text_that_moved_keeps_its_suggestion_which_then_applies_to_the_new_version(service, repo):
    watch, events = service
    watch.track(proposal_for(repo, "The budget is small.", "The budget is generous."))
    moved = "# Plan\n\nA new first line.\n\nWe start in May.\n\nThe budget is small.\n"
    (repo / "plan.md").write_text(moved)
    watch.handle(FileChange(repo / "plan.md", "modified"))
    [updated] = watch.proposals["plan.md"]
    watch.session.accept(updated)
    assert (repo / "plan.md").read_text() == moved.replace("small", "generous")


def test_a_deleted_file_turns_its_suggestions_stale_with_a_message(service, repo):
    watch, events = service
    watch.track(proposal_for(repo, "We start in May.", "We start in June."))
    (repo / "plan.md").unlink()
    watch.handle(FileChange(repo / "plan.md", "deleted"))
    assert watch.proposals["plan.md"][0].stale
    assert any("was deleted" in e.message for e in events)


def test_a_renamed_file_takes_its_suggestions_along(service, repo):
    watch, events = service
    watch.track(proposal_for(repo, "We start in May.", "We start in June."))
    (repo / "plan.md").rename(repo / "roadmap.md")
    watch.handle(FileChange(repo / "plan.md", "moved", moved_to=repo / "roadmap.md"))
    [followed] = watch.proposals["roadmap.md"]
    assert followed.path == "roadmap.md" and not followed.stale
    watch.session.accept(followed)
    assert (repo / "roadmap.md").read_text() == TEXT.replace("May.", "June.")


@pytest.mark.parametrize("name, text, marker", [
    ("plan.md", TEXT.replace("We start in May.\n", "We start in May.\n<!-- AI: say when in May -->\n"), "<!-- AI: say when in May -->\n"),
    ("plan.py", "def start():\n    # AI: say when in May\n    return 'May'\n", "    # AI: say when in May\n"),
    ("plan.js", "function start() {\n  // AI: say when in May\n  return 'May';\n}\n", "  // AI: say when in May\n"),
])
def test_a_saved_marker_becomes_one_proposal_that_removes_it(watched, service, name, text, marker):
    root, changes = watched
    watch, events = service
    (root / name).write_text(text)
    change = next_change(changes)
    while change.path.name != name:
        change = next_change(changes)
    watch.handle(change)
    watch.handle(change)  # saved again: the marker is not handled twice
    proposals = [e.proposal for e in events if e.kind == "proposal"]
    assert len(proposals) == 1
    assert marker not in proposals[0].result()
    assert "say when in May" in watch.session.engine.prompts[0]


def test_a_question_marker_is_answered_in_the_conversation(service, repo):
    watch, events = service
    (repo / "plan.md").write_text(TEXT + "<!-- AI?: is May too early? -->\n")
    watch.handle(FileChange(repo / "plan.md", "modified"))
    [answer] = [e for e in events if e.kind == "answer"]
    assert answer.message == "is May too early?" and answer.answer.text
    assert not [e for e in events if e.kind == "proposal"]


def test_proactive_comments_review_only_what_changed(repo):
    (repo / "plan.md").write_text(TEXT)
    reply = '{"comments": [{"quote": "The budget is tiny.", "comment": "How tiny?", "suggestion": null}]}'
    engine = ScriptedEngine(lambda prompt: reply)
    events = []
    watch = WatchService(Session(engine, Workspace(repo), Vcs.discover(repo)), events.append, proactive_comments=True)
    watch.remember("plan.md", TEXT)
    (repo / "plan.md").write_text(TEXT.replace("small", "tiny"))
    watch.handle(FileChange(repo / "plan.md", "modified"))
    [review] = [e.review for e in events if e.kind == "review"]
    assert [c.quote for c in review.comments] == ["The budget is tiny."]
    assert "We start in May." not in engine.prompts[0].split("<review")[-1]


def test_the_changed_span_covers_the_first_to_the_last_difference():
    assert changed_span("abcdef", "abXdYf") == (2, 5)
    assert changed_span("same", "same") is None


def test_a_rename_in_the_project_is_reported_as_a_move_and_a_deletion_as_such(watched):
    root, changes = watched
    (root / "draft.md").write_text("text\n")
    assert next_change(changes).path == root / "draft.md"
    (root / "draft.md").rename(root / "final.md")
    moved = next_change(changes)
    assert (moved.kind, moved.path, moved.moved_to) == ("moved", root / "draft.md", root / "final.md")
    (root / "final.md").unlink()
    deleted = next_change(changes)
    assert (deleted.kind, deleted.path) == ("deleted", root / "final.md")


def test_ctrl_c_stops_the_watch_loop_between_changes_and_a_second_one_interrupts_at_once():
    import os
    import queue
    import signal

    from companion.watch_cli import _until_interrupted

    changes: queue.Queue = queue.Queue()
    for name in ("a.md", "b.md", "c.md"):
        changes.put(name)
    before = signal.getsignal(signal.SIGINT)  # not always Python's default: a background job starts with SIGINT ignored
    handled = []
    for change in _until_interrupted(changes):
        handled.append(change)
        if len(handled) == 1:
            os.kill(os.getpid(), signal.SIGINT)  # arrives while the first change is being handled
    assert handled == ["a.md"]
    assert signal.getsignal(signal.SIGINT) is before
