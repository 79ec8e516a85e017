"""A question about the tasks left or done, or about what a section says, is answered with those lines of the
user's prose, as they wrote them."""

from __future__ import annotations

from pathlib import Path

import pytest

from companion.behaviors.answer import answer
from companion.behaviors.listed import listed_answer
from companion.documents import Document
from tests.scripted import ScriptedEngine

TO_DO_LIST = (
    "# This week\n\n"
    "## Work\n- [ ] Send the Q3 report to Dana\n- [x] Book the meeting room\n\n"
    "## Home\n- [ ] Call the plumber\n- [x] Buy a present for Mum\n"
)
CHANGELOG = (
    "# Changelog\n\n"
    "## 0.3.0 - 2026-09-14\n- Added a --units option.\n- The forecast shows wind speed.\n\n"
    "## 0.2.0 - 2026-08-01\n- First public release.\n"
)


def document(text: str, path: str = "todo.md") -> Document:
    return Document.from_text(Path(path), text)


@pytest.mark.parametrize(("question", "expected"), [
    ("what's left to do at home?", "Still to do under “Home”:\n- Call the plumber"),
    ("what is still open at work", "Still to do under “Work”:\n- Send the Q3 report to Dana"),
    ("what do I still need to do?", "Still to do:\nWork:\n  - Send the Q3 report to Dana\nHome:\n  - Call the plumber"),
    ("what have I done?", "Done:\nWork:\n  - Book the meeting room\nHome:\n  - Buy a present for Mum"),
    ("what's done at home?", "Done under “Home”:\n- Buy a present for Mum"),
])
def test_the_tasks_open_or_done_are_listed_under_their_headings(question, expected):
    assert listed_answer(question, document(TO_DO_LIST)) == expected


def test_where_every_task_is_ticked_the_answer_says_so():
    done = TO_DO_LIST.replace("[ ]", "[x]")
    assert listed_answer("what's left?", document(done)) == "Nothing is left to do: every task is ticked off."


@pytest.mark.parametrize(("question", "expected"), [
    ("what changed in 0.3.0?", ("Under “0.3.0 - 2026-09-14” the text says:\n- Added a --units option.\n"
                                "- The forecast shows wind speed.")),
    ("what is new in version 0.2.0", "Under “0.2.0 - 2026-08-01” the text says:\n- First public release."),
    ("what's in the 0.2.0 section?", "Under “0.2.0 - 2026-08-01” the text says:\n- First public release."),
])
def test_a_section_asked_about_is_quoted_whole(question, expected):
    assert listed_answer(question, document(CHANGELOG, "CHANGELOG.md")) == expected


BAKERY = "# Maple Street Bakery\n\n## Opening hours\n\n- Monday to Friday: 7am to 6pm\n- Sunday: closed\n\n## Contact\n\nCall 555-0142.\n"


def test_a_question_naming_a_sections_title_is_answered_with_its_lines():
    assert listed_answer("what are the opening hours?", document(BAKERY, "bakery.md")) == (
        "Under “Opening hours” the text says:\n- Monday to Friday: 7am to 6pm\n- Sunday: closed")
    spec = "# Notebooks\n\n## Out of scope\n\n- Offline mode.\n\n## Open questions\n\n- Guests?\n"
    assert listed_answer("what's out of scope?", document(spec, "prd.md")) == (  # a title with no article before it
        "Under “Out of scope” the text says:\n- Offline mode.")


@pytest.mark.parametrize(("question", "text"), [
    ("what are the delivery hours?", BAKERY),  # no section of that title
    ("what's left to do in the garden?", TO_DO_LIST),  # no such section
    ("what's left?", CHANGELOG),  # no tasks
    ("what changed in 0.9?", CHANGELOG),  # no such version
    ("what is the tone of this?", TO_DO_LIST),  # not a question this answers
])
def test_other_questions_are_left_to_the_model(question, text):
    assert listed_answer(question, document(text)) is None


def test_code_is_not_listed():
    assert listed_answer("what's left?", document("# - [ ] not a task\n", "tasks.py")) is None


def test_the_model_is_not_asked_where_the_text_lists_the_answer():
    never = ScriptedEngine(lambda prompt: pytest.fail("the model was asked"))
    assert answer(never, "what's left to do at home?", document(TO_DO_LIST)) == "Still to do under “Home”:\n- Call the plumber"
