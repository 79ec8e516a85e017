"""AI markers in a file's own comment syntax become proposals (or questions), once each."""

from pathlib import Path

import pytest

from companion.documents import Document
from companion.markers import MarkerTracker, find_markers, marker_proposal
from tests.scripted import ScriptedEngine

MARKDOWN = "# Trip\n\nWe walked to the lake.\n<!-- AI: make this more vivid -->\n\n## Food\n\nWe ate bread.\n"
PYTHON = "def area(r):\n    # AI: add a docstring\n    return 3.14 * r * r\n\n\ndef other():\n    return 1\n"
JAVASCRIPT = "function total(items) {\n  // AI?: is reduce faster here?\n  let sum = 0;\n  return sum;\n}\n"


@pytest.mark.parametrize("name, text, kind, request_text", [
    ("trip.md", MARKDOWN, "edit", "make this more vivid"),
    ("area.py", PYTHON, "edit", "add a docstring"),
    ("total.js", JAVASCRIPT, "ask", "is reduce faster here?"),
    ("contact.php", "<?php\nfunction send() {\n    // AI: check the address first\n}\n", "edit", "check the address first"),
])
def test_markers_are_found_in_each_languages_comment_syntax(name, text, kind, request_text):
    [marker] = find_markers(Path(name), text)
    assert (marker.kind, marker.request) == (kind, request_text)
    assert text[marker.line_start : marker.line_end].strip().startswith(("<!--", "#", "//"))


def test_a_marker_in_another_languages_syntax_or_an_unknown_file_is_not_a_marker():
    assert find_markers(Path("notes.md"), "# AI: not a markdown comment\n") == []
    assert find_markers(Path("data.bin"), "// AI: nope\n") == []


def test_a_marker_proposal_rewrites_the_surrounding_section_and_removes_the_marker():
    document = Document.from_text(Path("trip.md"), MARKDOWN)
    [marker] = find_markers(document.path, MARKDOWN)
    engine = ScriptedEngine(lambda prompt: "We hiked to the glittering lake at dawn.")
    proposal = marker_proposal(engine, document, marker, display_path="trip.md")
    assert proposal.result() == MARKDOWN.replace("We walked to the lake.\n<!-- AI: make this more vivid -->\n", "We hiked to the glittering lake at dawn.\n")
    assert "AI:" not in engine.prompts[0].split("<original>")[-1]


def test_a_python_marker_inside_a_function_targets_that_function():
    document = Document.from_text(Path("area.py"), PYTHON)
    [marker] = find_markers(document.path, PYTHON)
    revised = 'def area(r):\n    """Area of a circle of radius r."""\n    return 3.14 * r * r\n'
    proposal = marker_proposal(ScriptedEngine(lambda prompt: revised), document, marker, display_path="area.py")
    assert proposal.result() == PYTHON.replace("    # AI: add a docstring\n", '    """Area of a circle of radius r."""\n')


def test_each_marker_is_handled_once_however_often_the_file_is_saved():
    tracker = MarkerTracker()
    path = Path("trip.md")
    assert len(tracker.new_markers(path, MARKDOWN)) == 1
    assert tracker.new_markers(path, MARKDOWN) == []
    assert tracker.new_markers(path, MARKDOWN + "<!-- AI: add a title -->\n")[0].request == "add a title"
