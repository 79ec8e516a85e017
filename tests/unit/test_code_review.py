"""Asked what could go wrong in code, the reviewer marks the lines whose fault the code itself proves, each with
why and what to do instead, beside whatever the model says; code that handles the case is not marked."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from companion.behaviors.code_review import code_review_findings
from companion.behaviors.comment import review
from companion.documents import Document
from tests.scripted import ScriptedEngine


def marked(code: str, language: str = "python", request: str = "flag bugs") -> list[str]:
    return [code[finding.start : finding.end] for finding in code_review_findings(code, language, request)]


@pytest.mark.parametrize(("code", "line", "why"), [
    ("def average(values):\n    return sum(values) / len(values)\n", "return sum(values) / len(values)", "ZeroDivisionError"),
    ("def biggest(sizes):\n    return max(sizes)\n", "return max(sizes)", "default="),
    ("try:\n    go()\nexcept:\n    pass\n", "except:", "KeyboardInterrupt"),
    ("try:\n    go()\nexcept Exception:\n    pass\n", "except Exception:", "silently ignored"),
    ("def add(item, into=[]):\n    into.append(item)\n", "def add(item, into=[]):", "shared by every call"),
    ("def read(path):\n    handle = open(path)\n    return handle.read()\n", "handle = open(path)", "with open"),
    ("if answer == None:\n    ask()\n", "if answer == None:", "is"),
    ("import requests\nrequests.get(URL)\n", "requests.get(URL)", "timeout"),
    ("import subprocess\nsubprocess.run(cmd, shell=True)\n", "subprocess.run(cmd, shell=True)", "shell"),
    ("print(eval(text))\n", "print(eval(text))", "runs whatever code"),
    ("import sys\nprint(sys.argv[1])\n", "print(sys.argv[1])", "IndexError"),
])
def test_a_fault_the_python_code_proves_is_marked_with_why(code, line, why):
    (finding,) = code_review_findings(code, "python", "point out anything that could crash")
    assert code[finding.start : finding.end] == line
    assert why in finding.comment


@pytest.mark.parametrize("code", [
    "def average(values):\n    if not values:\n        return 0\n    return sum(values) / len(values)\n",
    "def biggest(sizes):\n    return max(sizes) if sizes else None\n",
    "def biggest():\n    sizes = [1, 2]\n    return max(sizes)\n",  # made here, not passed in empty
    "def biggest(sizes):\n    return max(sizes, default=0)\n",
    "try:\n    go()\nexcept ValueError:\n    pass\n",
    "def add(item, into=None):\n    into = [] if into is None else into\n",
    "with open(path) as handle:\n    text = handle.read()\n",
    "if answer is None:\n    ask()\n",
    "import requests\nrequests.get(URL, timeout=10)\n",
    "import sys\nif len(sys.argv) < 2:\n    sys.exit('usage: x FILE')\nprint(sys.argv[1])\n",
])
def test_code_that_handles_the_case_is_not_marked(code):
    assert marked(code) == []


def test_a_line_that_is_not_valid_python_is_marked_and_the_rest_still_checked():
    code = ('def find(users, name):\n    for user in users:\n        if user["name"] = name:\n            return user\n\n\n'
            "def average(values):\n    return sum(values) / len(values)\n")
    findings = code_review_findings(code, "python", "mark every line that would raise an exception")
    assert [code[f.start : f.end] for f in findings] == ['if user["name"] = name:', "return sum(values) / len(values)"]
    assert findings[0].comment.startswith("Not valid Python")


@pytest.mark.parametrize(("code", "line", "why"), [
    ("items.forEach(async (item) => {\n  await save(item);\n});\n", "items.forEach(async (item) => {", "for…of"),
    ("if (count == '0') {\n  reset();\n}\n", "if (count == '0') {", "==="),
    ("const mean = total / values.length;\n", "const mean = total / values.length;", "NaN"),
    ("const data = JSON.parse(body);\n", "const data = JSON.parse(body);", "throws"),
])
def test_a_fault_the_script_proves_is_marked_with_why(code, line, why):
    (finding,) = code_review_findings(code, "javascript", "review this file")
    assert code[finding.start : finding.end] == line
    assert why in finding.comment


@pytest.mark.parametrize("code", [
    "if (value == null) {}\n",  # null and undefined both: the idiom
    "const note = 'a == b'; // x != y\n",
    "if (values.length === 0) return 0;\nconst mean = total / values.length;\n",
    "try {\n  const data = JSON.parse(body);\n} catch (error) {\n  return null;\n}\n",
])
def test_scripts_that_handle_the_case_are_not_marked(code):
    assert marked(code, "typescript", "review this") == []


@pytest.mark.parametrize("request_text", ["style nits only", "annotate what each function does", "explain this",
                                          "comment on the naming"])
def test_a_review_of_style_or_meaning_gets_no_fault_checks(request_text):
    assert marked("def average(values):\n    return sum(values) / len(values)\n", request=request_text) == []


def test_a_code_review_has_the_faults_beside_the_models_comments():
    code = "def average(values):\n    total = sum(values)\n    return total / len(values)\n"
    reply = json.dumps({"comments": [{"quote": "total = sum(values)", "comment": "Name it sum_of_values?",
                                      "suggestion": None}]})
    result = review(ScriptedEngine(lambda prompt: reply), Document.from_text(Path("stats.py"), code), "review for bugs",
                    display_path="stats.py")
    assert [(comment.quote, comment.line) for comment in result.comments] == [
        ("total = sum(values)", 2), ("return total / len(values)", 3)]
    assert result.comments[1].suggestion is None
