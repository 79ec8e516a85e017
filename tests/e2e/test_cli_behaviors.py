"""Every behaviour from the command line, on the real embedded model: ask, comment, create, do, eval."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.conftest import git
from tests.e2e.test_cli_edit import companion

pytestmark = pytest.mark.real_model

CODE = "def average(values):\n    return sum(values) / len(values)\n\n\ndef greet(name):\n    print('hello ' + name)\n"


@pytest.fixture
def project(repo) -> Path:
    (repo / "stats.py").write_text(CODE)
    git(repo, "add", "stats.py")
    git(repo, "commit", "-qm", "stats")
    return repo


def test_comment_prints_linter_lines_anchored_in_the_file(project, model_home, default_model):
    result = companion(project, model_home, "comment", "stats.py")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines, "the review produced no comment"
    lines_of_file = CODE.splitlines()
    for line in lines:
        match = re.fullmatch(r"stats\.py:(\d+):(\d+): .+", line)
        assert match, line
        assert 1 <= int(match.group(1)) <= len(lines_of_file)


def test_comment_json_carries_exact_spans(project, model_home, default_model):
    result = companion(project, model_home, "comment", "stats.py", "--json")
    review = json.loads(result.stdout)
    for comment in review["comments"]:
        assert CODE[comment["start"] : comment["end"]] == comment["quote"]
    assert review["produced"] == len(review["comments"]) + review["dropped"] + review["unfounded"]
    assert (project / "stats.py").read_text() == CODE


def test_ask_streams_an_answer_and_changes_nothing(project, model_home, default_model):
    result = companion(project, model_home, "ask", "what does average do?", "stats.py")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip()
    assert (project / "stats.py").read_text() == CODE
    assert git(project, "status", "--porcelain") == ""


def test_create_apply_writes_a_new_file_and_commits_only_it(project, model_home, default_model):
    result = companion(project, model_home, "create", "write a short poem about autumn", "--apply", "--json")
    assert result.returncode == 0, result.stderr
    proposal = json.loads(result.stdout)
    created = project / proposal["path"]
    assert re.fullmatch(r"[a-z0-9][a-z0-9-]*\.(md|txt|py|js|ts|html|json|toml|sh)", proposal["path"])
    assert created.read_text().strip()
    assert git(project, "show", "--name-only", "--format=", "HEAD").split() == [proposal["path"]]


def test_do_routes_and_reports_the_intent(project, model_home, default_model):
    result = companion(project, model_home, "do", "what does greet print?", "stats.py", "--json")
    assert result.returncode == 0, result.stderr
    assert re.search(r"routed as (answer|create|edit|rewrite|comment)", result.stderr)
    json.loads(result.stdout)


def test_eval_runs_a_case_file_in_the_shared_format(project, model_home, default_model, tmp_path):
    document = "Teh cat sat on the mat.\n\nIt was happy.\n"
    cases = [
        {"id": "r1", "behavior": "route", "request": "write a poem about rain", "path": None, "document": None,
         "selection": None, "expect": {"intent": "create"}},
        {"id": "e1", "behavior": "edit", "request": "fix the typo", "path": "cat.txt", "document": document,
         "selection": "Teh cat", "expect": {"mode": "targeted", "changed": ["Teh cat"], "unchanged": ["It was happy."], "added": ["The cat"]}},
        {"id": "c1", "behavior": "comment", "request": "proofread", "path": "cat.txt", "document": document,
         "selection": None, "expect": {"flags": ["Teh cat"]}},
    ]
    case_file = tmp_path / "cases.jsonl"
    case_file.write_text("".join(json.dumps(case) + "\n" for case in cases))
    result = companion(project, model_home, "eval", "--cases", str(case_file), "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    metrics = report["metrics"]
    assert report["cases"] == 3
    for name in ("route.accuracy", "edit.valid", "edit.preservation", "comment.valid", "comment.flag_recall"):
        assert 0.0 <= metrics[name] <= 1.0, name
    assert metrics["edit.preservation"] == 1.0  # a targeted edit of the selection cannot touch the rest
    assert metrics["route.latency_ms_p50"] > 0
    assert sum(sum(row.values()) for row in report["route_confusion"].values()) == 1
    wrong = sum(n for expected, row in report["route_confusion"].items() for got, n in row.items() if got != expected)
    assert len(report["route_misses"]) == wrong  # each wrong route, named, for a reader to see
    [edit] = report["edits"]  # what the edit proposed, for a reader to judge
    assert edit["id"] == "e1" and all(hunk["old"] in document for hunk in edit["hunks"])
    fixed = any("The cat" in hunk["new"] for hunk in edit["hunks"])  # the optional added text, checked too
    assert metrics["edit.added_text"] == (1.0 if fixed and edit["target_hit"] else 0.0)


def test_eval_refuses_a_malformed_case_file_naming_the_line(project, model_home, tmp_path):
    case_file = tmp_path / "bad.jsonl"
    case_file.write_text('{"id": "x", "behavior": "route", "request": "hi", "path": null, "document": null, '
                         '"selection": null, "expect": {"intent": "dance"}}\n')
    result = companion(project, model_home, "eval", "--cases", str(case_file))
    assert result.returncode == 1 and "bad.jsonl:1:" in result.stderr
