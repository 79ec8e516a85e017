"""The command line turns what the system refuses into one line on stderr and exit status 1, never a traceback."""

from __future__ import annotations

from companion.cli import main


def test_a_file_the_system_will_not_write_is_one_line_and_status_1(repo, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("COMPANION_HOME", str(tmp_path / "home"))
    out = tmp_path / "no-such-folder" / "pairs.jsonl"
    assert main(["--project", str(repo), "feedback", "export", "--out", str(out)]) == 1
    assert capsys.readouterr().err == f"companion: No such file or directory: {out}\n"
