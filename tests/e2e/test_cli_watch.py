"""`companion watch --print`, `undo` and `history` from the shell, on the real default model and real git."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from tests.conftest import git
from tests.e2e.test_cli_edit import companion

pytestmark = pytest.mark.real_model

NOTES = "# Trip\n\nWe walked to the lake and it was nice.\n\n## Food\n\nWe ate bread.\n"


@pytest.fixture
def project(repo) -> Path:
    (repo / "trip.md").write_text(NOTES)
    git(repo, "add", "trip.md")
    git(repo, "commit", "-qm", "trip")
    return repo


def test_watch_prints_a_proposal_for_a_saved_marker_until_interrupted(project, model_home, default_model):
    env = {**os.environ, "COMPANION_HOME": str(model_home)}
    process = subprocess.Popen([sys.executable, "-m", "companion.cli", "watch", "--print"], cwd=project, env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    lines: list[str] = []
    reader = threading.Thread(target=lambda: lines.extend(iter(process.stdout.readline, "")), daemon=True)
    reader.start()
    try:
        deadline = time.monotonic() + 120
        while "watching" not in (process.stderr.readline() or "watching") and time.monotonic() < deadline:
            pass
        saved = 0.0
        while not any(line.startswith("+++ b/trip.md") for line in lines) and time.monotonic() < deadline:
            if time.monotonic() - saved > 15:  # saved again in case the first save landed before the watch was armed
                (project / "trip.md").write_text(NOTES.replace("it was nice.\n", "it was nice.\n<!-- AI: make this more vivid -->\n"))
                saved = time.monotonic()
            time.sleep(0.1)
    finally:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            process.kill()
            pytest.fail(f"watch did not stop on Ctrl+C; it printed {''.join(lines)!r} and on stderr {process.stderr.read()!r}")
    output = "".join(lines)
    assert "+++ b/trip.md" in output, output
    assert "-<!-- AI: make this more vivid -->" in output
    assert process.returncode == 0
    assert "AI: make this more vivid" in (project / "trip.md").read_text()  # watching proposes; it never writes


def test_history_restore_and_undo_on_the_command_line(project, model_home):
    first = git(project, "rev-parse", "HEAD").strip()
    (project / "trip.md").write_text(NOTES.replace("nice", "wonderful"))
    git(project, "commit", "-qam", "my edit")
    restore = companion(project, model_home, "history", "trip.md", "--restore", first, "--apply")
    assert restore.returncode == 0, restore.stderr
    assert "-We walked to the lake and it was wonderful." in restore.stdout
    assert (project / "trip.md").read_text() == NOTES
    history = companion(project, model_home, "history", "trip.md")
    assert f"companion: restore trip.md as of {first[:8]}" in history.stdout
    undo = companion(project, model_home, "undo")
    assert undo.returncode == 0 and "Undid" in undo.stdout, undo.stderr
    assert (project / "trip.md").read_text() == NOTES.replace("nice", "wonderful")
    again = companion(project, model_home, "undo")
    assert again.returncode == 1 and "no companion commit to undo" in again.stderr
