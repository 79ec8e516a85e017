"""SIGKILL at random points while companion writes and commits: every file is its old or new content."""

import os
import random
import signal
import subprocess
import sys
import time

from tests.conftest import git
from tests.reliability.crash_child import VERSIONS

KILLS = 40


def test_killing_companion_mid_apply_never_leaves_a_partial_file_or_a_broken_repository(repo):
    (repo / "plan.md").write_text(VERSIONS[0])
    git(repo, "add", "plan.md")
    git(repo, "commit", "-qm", "plan")
    rng = random.Random(4)
    env = {**os.environ, "PYTHONPATH": os.getcwd()}
    during_commit = 0
    for _ in range(KILLS):
        child = subprocess.Popen([sys.executable, "-m", "tests.reliability.crash_child", str(repo)], env=env,
                                 stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        assert child.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.0, 0.25))
        child.send_signal(signal.SIGKILL)
        child.wait()
        assert (repo / "plan.md").read_text() in VERSIONS  # never partial
        lock = repo / ".git" / "index.lock"
        if lock.exists():  # killed inside git commit: git's own lock, which git tells the user to remove
            during_commit += 1
            lock.unlink()
        git(repo, "fsck", "--no-progress")
        assert git(repo, "show", "HEAD:plan.md") in VERSIONS
        git(repo, "status", "--porcelain")
    print(f"{KILLS} kills survived ({during_commit} inside git commit)")


def test_a_save_in_the_instant_between_the_check_and_the_rename_still_wins(tmp_path, monkeypatch):
    from pathlib import Path

    import pytest

    from companion.documents import Document
    from companion.proposals import Replacement, build_proposal
    from companion.workspace import StaleProposal, Workspace

    path = tmp_path / "plan.md"
    path.write_text("Old plan.\n")
    document = Document.from_text(path, "Old plan.\n")
    proposal = build_proposal(document, "change", [Replacement(0, 10, "New plan.\n", 0)], display_path="plan.md")
    workspace = Workspace(tmp_path)
    check = workspace._check_fresh_on_disk

    def check_then_user_saves(checked: Path, checked_proposal):
        check(checked, checked_proposal)  # the check passes …
        checked.write_text("The user's plan.\n")  # … and the editor saves right before companion's rename

    monkeypatch.setattr(workspace, "_check_fresh_on_disk", check_then_user_saves)
    with pytest.raises(StaleProposal, match="their version was kept"):
        workspace.apply(proposal)
    assert path.read_text() == "The user's plan.\n"
    assert [p.name for p in tmp_path.iterdir()] == ["plan.md"]  # no temporary left behind
