"""companion makes no network connection at run time: sockets are blocked and everything still works."""

from __future__ import annotations

import socket

import pytest

from companion.cli import main
from companion.engine.llama import LlamaEngine
from companion.models import default_manifest, verified_adapter
from companion.session import Session
from companion.tui.app import CompanionApp
from companion.vcs import Vcs
from companion.watch import WatchSettings
from companion.workspace import Workspace
from tests.conftest import git
from tests.tui.test_snapshots import model_done

pytestmark = pytest.mark.real_model


@pytest.fixture
def no_network(monkeypatch):
    """Any attempt to reach a network address fails loudly and is recorded (local socket pairs still work)."""
    attempts = []
    real_connect = socket.socket.connect

    def connect(self, address):
        if self.family in (socket.AF_INET, socket.AF_INET6):
            attempts.append(address)
            raise OSError(f"network blocked in this test: {address}")
        return real_connect(self, address)

    def resolve(*args, **kwargs):
        attempts.append(args[:2])
        raise OSError("name resolution blocked in this test")

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", lambda self, address: connect(self, address) or 0)
    monkeypatch.setattr(socket, "getaddrinfo", resolve)
    return attempts


@pytest.fixture
def project(repo):
    (repo / "notes.md").write_text("# Notes\n\nWe meet on monday at the libary.\n")
    git(repo, "add", "notes.md")
    git(repo, "commit", "-qm", "notes")
    return repo


def test_the_command_line_with_the_default_model_works_offline(project, model_home, default_model, no_network, monkeypatch, capsys):
    monkeypatch.setenv("COMPANION_HOME", str(model_home))
    monkeypatch.chdir(project)
    assert main(["edit", "notes.md", "-i", "fix the typos", "--json"]) == 0
    assert '"path": "notes.md"' in capsys.readouterr().out
    assert no_network == []


async def test_the_tui_with_the_default_model_works_offline(project, default_model, no_network):
    workspace = Workspace(project)
    manifest = default_manifest()

    def load(progress):
        engine = LlamaEngine(default_model, name=manifest.name, lora_path=verified_adapter(manifest))
        return Session(engine, workspace, Vcs.discover(project))

    app = CompanionApp(workspace, load, watch=WatchSettings(debounce_seconds=0.1))
    async with app.run_test() as pilot:
        await model_done(app)
        app.open_file(project / "notes.md")
        app.query_one("#request").focus()
        await pilot.press(*"fix the grammar", "enter")  # the typo alone a dictionary would fix, without the model
        await pilot.pause()
        await model_done(app)
        await pilot.pause()
        assert app.session is not None and app.session.engine.last_stats.prompt_tokens > 0  # the model really ran
    assert no_network == []
