"""The bad-input matrix: each case gets a clear message (or is handled correctly) and nothing is lost on disk."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from companion.behaviors.edit import MalformedOutput
from companion.config import Locations, Settings
from companion.engine.base import EngineError
from companion.files import FileRefused
from companion.models import ModelError, resolve_model
from companion.session import Session
from companion.vcs import Vcs
from companion.workspace import Workspace
from tests.conftest import git
from tests.scripted import ScriptedEngine

REFUSED = [
    ("binary.md", b"\x89PNG\r\n\x1a\n\0\0\0IHDR", "binary"),
    ("latin1.txt", "caf\xe9 cr\xe8me\n".encode("latin-1"), "not valid UTF-8"),
    ("huge.txt", b"word " * (10 * 1024 * 1024), "over the 5,000,000-byte limit"),
]


def session(root: Path, reply: str = "Changed text.", finish: str = "stop") -> Session:
    engine = ScriptedEngine(lambda prompt: reply)
    stream = engine.stream

    def stream_with_finish(request, cancel=None):
        yield from stream(request, cancel)
        engine.last_stats.finish_reason = finish

    engine.stream = stream_with_finish
    return Session(engine, Workspace(root), Vcs.discover(root))


def snapshot(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in root.rglob("*") if p.is_file() and ".git" not in p.parts}


@pytest.mark.parametrize("name, content, reason", REFUSED, ids=[r[0] for r in REFUSED])
def test_files_companion_cannot_edit_are_refused_with_the_reason(repo, name, content, reason):
    (repo / name).write_bytes(content)
    before = snapshot(repo)
    with pytest.raises(FileRefused, match=reason):
        session(repo).propose_edit(name, "fix it")
    assert snapshot(repo) == before


@pytest.mark.parametrize("name, content, expected", [
    ("utf16.txt", "First line.\r\n".encode("utf-16"), "New line.\r\n".encode("utf-16")),
    ("crlf.md", b"# Title\r\n\r\nOld line.\r\n", b"New line.\r\n"),
    ("mixed.txt", b"Old line.\r\nkeep\nkeep too\r\n", b"New line.\r\n"),
    ("no-newline.txt", b"Old line.", b"New line."),
    ("empty.md", b"", b"New line.\n"),
    ("notes ü 日本 #1 (draft).md", b"Old line.\n", b"New line.\n"),
], ids=["utf16-bom", "crlf", "mixed-endings", "no-final-newline", "empty", "unusual-path"])
def test_unusual_but_valid_files_are_edited_keeping_their_encoding_and_line_endings(repo, name, content, expected):
    (repo / name).write_bytes(content)
    git(repo, "add", name)
    git(repo, "commit", "-qm", "add")
    request = "write a new line" if not content.strip() else "replace the text"  # a blank file has nothing to replace
    proposal = session(repo, "New line.").propose_edit(name, request, rewrite=True)
    result = session(repo).accept(proposal)
    assert (repo / name).read_bytes() == expected
    assert result.commit is not None and git(repo, "log", "-1", "--format=%s").strip() == f"companion: {request}"


def test_a_symlink_that_points_outside_the_project_is_refused(repo, tmp_path):
    outside = tmp_path / "secret.txt"
    outside.write_text("not yours\n")
    (repo / "link.txt").symlink_to(outside)
    with pytest.raises(FileRefused, match="outside the project"):
        session(repo).propose_edit("link.txt", "fix it")
    assert outside.read_text() == "not yours\n"


@pytest.mark.parametrize("mode, where, reason", [(0o200, "propose", "not readable"), (0o444, "accept", "read-only")])
def test_files_without_read_or_write_permission_are_refused(repo, mode, where, reason):
    path = repo / "locked.txt"
    path.write_text("Old line.\n")
    proposal = session(repo).propose_edit("locked.txt", "change it") if where == "accept" else None
    os.chmod(path, mode)
    try:
        with pytest.raises(FileRefused, match=reason):
            session(repo).accept(proposal) if proposal else session(repo).propose_edit("locked.txt", "change it")
    finally:
        os.chmod(path, 0o644)
    assert path.read_text() == "Old line.\n"


def test_a_full_disk_while_writing_leaves_the_file_as_it_was_and_says_so(repo, monkeypatch):
    (repo / "a.txt").write_text("Old line.\n")
    proposal = session(repo, "New line.").propose_edit("a.txt", "change", rewrite=True)
    draft = session(repo, "A draft about a full disk.").propose_new_document("write a draft about a full disk")

    def full_disk(descriptor):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr("companion.files.os.fsync", full_disk)
    with pytest.raises(FileRefused, match=r"a.txt: could not be written \(No space left on device\); the file is as it was"):
        session(repo).accept(proposal)
    with pytest.raises(FileRefused, match=r"could not be created \(No space left on device\)"):
        session(repo).accept(draft)
    assert (repo / "a.txt").read_text() == "Old line.\n"
    assert sorted(path.name for path in repo.iterdir()) == [".git", "README.md", "a.txt"], "no temporary file is left"


def test_outside_a_repository_and_in_an_empty_one(tmp_path):
    plain = tmp_path / "plain"
    plain.mkdir()
    (plain / "a.txt").write_text("Old line.\n")
    result = session(plain).accept(session(plain, "New line.").propose_edit("a.txt", "change", rewrite=True))
    assert "not in a git repository" in result.message and (plain / "a.txt").read_text() == "New line.\n"
    empty = tmp_path / "empty"
    empty.mkdir()
    git(empty, "init", "-q")
    (empty / "a.txt").write_text("Old line.\n")
    result = session(empty).accept(session(empty, "New line.").propose_edit("a.txt", "change", rewrite=True))
    assert result.commit is not None and "Committed your own edits of a.txt first" in result.message
    assert git(empty, "log", "--format=%s").splitlines() == ["companion: change", "Snapshot of a.txt before a companion change"]


@pytest.mark.parametrize("reply, finish, message", [
    ("", "stop", "no text"),
    ("Half a sent", "length", "cut off"),
])
def test_malformed_or_truncated_model_output_proposes_nothing(repo, reply, finish, message):
    (repo / "a.txt").write_text("Old line.\n")
    with pytest.raises(MalformedOutput, match=message):
        session(repo, reply, finish).propose_edit("a.txt", "change it")
    assert (repo / "a.txt").read_text() == "Old line.\n"


def test_a_review_that_is_not_json_is_refused(repo):
    (repo / "a.txt").write_text("Old line.\n")
    with pytest.raises(MalformedOutput, match="could not be read"):
        session(repo, "this is { not json").review("a.txt")


def test_missing_and_truncated_models_are_clear_errors(tmp_path):
    locations = Locations(tmp_path / "c", tmp_path / "k", tmp_path / "d")
    with pytest.raises(ModelError, match="not found"):
        resolve_model(str(tmp_path / "missing.gguf"), Settings(), locations)
    (tmp_path / "fake.gguf").write_bytes(b"PK\x03\x04 a zip file")
    with pytest.raises(ModelError, match="not a GGUF model file"):
        resolve_model(str(tmp_path / "fake.gguf"), Settings(), locations)


def test_a_cache_folder_the_default_model_cannot_be_written_to_is_a_clear_error(tmp_path):
    (tmp_path / "k").write_text("a file where the cache folder should be\n")
    locations = Locations(tmp_path / "c", tmp_path / "k", tmp_path / "d")
    with pytest.raises(ModelError, match=r"could not be written to .*k/models \(Not a directory\): it needs 253 MB"):
        resolve_model(None, Settings(), locations)


def test_a_section_longer_than_the_context_is_refused_with_advice(repo, real_engine):
    (repo / "long.txt").write_text("word " * 20000 + "\n")
    engine_session = Session(real_engine, Workspace(repo), Vcs.discover(repo))
    with pytest.raises(EngineError, match="context holds"):
        engine_session.propose_edit("long.txt", "shorten it", rewrite=True)
    assert (repo / "long.txt").read_text() == "word " * 20000 + "\n"

