"""The command line turns what the system refuses into one line on stderr and exit status 1, never a traceback."""

from __future__ import annotations

from companion.cli import main


def test_a_file_the_system_will_not_write_is_one_line_and_status_1(repo, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("COMPANION_HOME", str(tmp_path / "home"))
    out = tmp_path / "no-such-folder" / "pairs.jsonl"
    assert main(["--project", str(repo), "feedback", "export", "--out", str(out)]) == 1
    assert capsys.readouterr().err == f"companion: No such file or directory: {out}\n"


def test_a_project_folder_that_is_not_there_is_said_before_anything_loads(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("COMPANION_HOME", str(tmp_path / "home"))
    (tmp_path / "notes.md").write_text("A note.\n")
    for project, reason in ((tmp_path / "missing", "no such folder"), (tmp_path / "notes.md", "not a folder")):
        assert main(["--project", str(project), "do", "fix the typos", "notes.md"]) == 1
        assert capsys.readouterr().err == f"companion: {project}: {reason}; --project takes the project's folder.\n"
    assert not (tmp_path / "home" / "cache").exists(), "the model was not even assembled"
