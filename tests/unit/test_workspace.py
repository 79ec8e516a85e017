"""Applying accepted hunks: atomic, faithful to the file's encoding and mode, never over the user's newer edit."""

from __future__ import annotations

import codecs
import os
import stat

import pytest

from companion.files import FileRefused, read_text_file, write_atomic
from companion.proposals import Replacement, build_proposal
from companion.workspace import StaleProposal, Workspace


def make_proposal(workspace: Workspace, name: str, old: str, new: str):
    document = workspace.open_document(name)
    start, end = document.find(old)
    return build_proposal(
        document, "change it", [Replacement(start, end, new, 0)], display_path=workspace.relative(document.path)
    )


def test_accepted_hunks_are_written_and_the_rest_of_the_file_is_kept(tmp_path):
    (tmp_path / "a.txt").write_text("keep\n\nchange me\n\nkeep too\n")
    workspace = Workspace(tmp_path)
    applied = workspace.apply(make_proposal(workspace, "a.txt", "change me", "changed"))
    assert (tmp_path / "a.txt").read_text() == "keep\n\nchanged\n\nkeep too\n"
    assert applied.accepted == (1,)


def test_rejecting_every_hunk_writes_the_original_bytes(tmp_path):
    original = b"one\r\ntwo\r\n"
    (tmp_path / "a.txt").write_bytes(original)
    workspace = Workspace(tmp_path)
    workspace.apply(make_proposal(workspace, "a.txt", "two", "TWO"), accepted=[])
    assert (tmp_path / "a.txt").read_bytes() == original


def test_crlf_line_endings_and_a_missing_final_newline_survive(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"first\r\n\r\nsecond")
    workspace = Workspace(tmp_path)
    workspace.apply(make_proposal(workspace, "a.txt", "first", "line one\nline two"))
    assert (tmp_path / "a.txt").read_bytes() == b"line one\r\nline two\r\n\r\nsecond"


def test_utf16_with_bom_is_written_back_as_utf16_with_bom(tmp_path):
    (tmp_path / "a.txt").write_bytes(codecs.BOM_UTF16_LE + "héllo wörld\n".encode("utf-16-le"))
    workspace = Workspace(tmp_path)
    workspace.apply(make_proposal(workspace, "a.txt", "wörld", "welt"))
    assert (tmp_path / "a.txt").read_bytes() == codecs.BOM_UTF16_LE + "héllo welt\n".encode("utf-16-le")


def test_utf8_bom_is_kept(tmp_path):
    (tmp_path / "a.md").write_bytes(codecs.BOM_UTF8 + b"Title\n")
    workspace = Workspace(tmp_path)
    workspace.apply(make_proposal(workspace, "a.md", "Title", "Heading"))
    assert (tmp_path / "a.md").read_bytes() == codecs.BOM_UTF8 + b"Heading\n"


def test_file_permissions_are_kept(tmp_path):
    script = tmp_path / "run.sh"
    script.write_text("echo hi\n")
    script.chmod(0o754)
    workspace = Workspace(tmp_path)
    workspace.apply(make_proposal(workspace, "run.sh", "hi", "hello"))
    assert stat.S_IMODE(script.stat().st_mode) == 0o754


def test_an_edit_made_in_the_editor_meanwhile_is_never_overwritten(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("draft\n")
    workspace = Workspace(tmp_path)
    proposal = make_proposal(workspace, "a.txt", "draft", "final")
    path.write_text("draft, edited by the user\n")
    with pytest.raises(StaleProposal, match="changed on disk"):
        workspace.apply(proposal)
    assert path.read_text() == "draft, edited by the user\n"


def test_a_file_deleted_while_the_proposal_was_pending_is_reported(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("draft\n")
    workspace = Workspace(tmp_path)
    proposal = make_proposal(workspace, "a.txt", "draft", "final")
    path.unlink()
    with pytest.raises(StaleProposal, match="no longer exists"):
        workspace.apply(proposal)
    assert not path.exists()


def test_a_read_only_file_is_refused_and_unchanged(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("draft\n")
    workspace = Workspace(tmp_path)
    proposal = make_proposal(workspace, "a.txt", "draft", "final")
    path.chmod(0o444)
    with pytest.raises(FileRefused, match="read-only"):
        workspace.apply(proposal)
    assert path.read_text() == "draft\n"


def test_a_write_whose_precondition_fails_leaves_the_old_file_and_no_temporary(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("old\n")

    def refuse():
        raise StaleProposal("changed")

    with pytest.raises(StaleProposal):
        write_atomic(path, b"new\n", precondition=refuse)
    assert path.read_text() == "old\n"
    assert os.listdir(tmp_path) == ["a.txt"]


@pytest.mark.parametrize(
    "content, reason",
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary"),
        (b"caf\xe9 latin-1\n", "not valid UTF-8"),
    ],
)
def test_binary_and_undecodable_files_are_refused_with_a_reason(tmp_path, content, reason):
    path = tmp_path / "f.txt"
    path.write_bytes(content)
    with pytest.raises(FileRefused, match=reason):
        read_text_file(path, 1_000_000)


def test_files_over_the_size_limit_are_refused(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text("x" * 2000)
    with pytest.raises(FileRefused, match="over the 1,000-byte limit"):
        read_text_file(path, 1000)


def test_paths_outside_the_project_or_inside_git_are_refused(tmp_path):
    project = tmp_path / "project"
    (project / ".git").mkdir(parents=True)
    (tmp_path / "secret.txt").write_text("s\n")
    (project / "link.txt").symlink_to(tmp_path / "secret.txt")
    workspace = Workspace(project)
    for path in ("../secret.txt", "link.txt", ".git/config", str(tmp_path / "secret.txt")):
        with pytest.raises(FileRefused):
            workspace.resolve(path)


def test_a_new_document_is_created_and_never_replaces_a_file_that_appeared(tmp_path):
    from companion.documents import Document

    workspace = Workspace(tmp_path)
    empty = Document.from_text(tmp_path / "draft.md", "")
    proposal = build_proposal(empty, "draft", [Replacement(0, 0, "# Draft\n", 0)], display_path="draft.md", intent="create")
    (tmp_path / "draft.md").write_text("the user's own file\n")
    with pytest.raises(StaleProposal, match="created meanwhile"):
        workspace.apply(proposal)
    assert (tmp_path / "draft.md").read_text() == "the user's own file\n"
    (tmp_path / "draft.md").unlink()
    workspace.apply(proposal)
    assert (tmp_path / "draft.md").read_text() == "# Draft\n"
    assert sorted(os.listdir(tmp_path)) == ["draft.md"]


def test_a_proposed_file_name_cannot_leave_the_project(tmp_path):
    from companion.documents import Document

    project = tmp_path / "project"
    project.mkdir()
    empty = Document.from_text(project / "x.md", "")
    for name in ("../escape.md", ".git/hooks/post-commit"):
        proposal = build_proposal(empty, "draft", [Replacement(0, 0, "x\n", 0)], display_path=name, intent="create")
        with pytest.raises(FileRefused):
            Workspace(project).apply(proposal)
    assert not (tmp_path / "escape.md").exists()
