"""On the shipped adapter: a substitution whose words the request dictates gets exactly those words, and news
that dictates a value ("the flight home is at 21:05 now") is routed, located and applied as that one change."""

from __future__ import annotations

import pytest

from companion.behaviors import edit
from tests.conftest import git
from tests.e2e.test_cli_edit import companion

pytestmark = pytest.mark.real_model

PARAGRAPH = "Every morning I walk the two miles to the office. It takes forty minutes, and the bus would take twelve."
LETTER = "I am available to start in September and could visit the workshop again at any time that suits you."


@pytest.mark.parametrize(
    ("request_", "passage", "old", "new"),
    [
        ("change forty minutes to thirty-five minutes", PARAGRAPH, "forty minutes", "thirty-five minutes"),
        ("change september to october", LETTER, "September", "October"),
    ],
)
def test_the_asked_for_words_replace_the_old_ones_and_nothing_else_changes(real_engine, monkeypatch, request_, passage, old, new):
    guided = []
    follow = edit.guided_change
    monkeypatch.setattr(edit, "guided_change", lambda *args, **kwargs: guided.append(follow(*args, **kwargs)) or guided[-1])
    revised = edit.revise_text(real_engine, "notes.md", request_, passage)
    assert revised.text.strip() == passage.replace(old, new)
    assert guided and guided[0] is not None, "the adapter's own revision left the words out; the guided one has them"


PLAN = (
    "# Weekend in Porto\n\nWe arrive on Friday at 18:40 and take the metro to the hotel on Rua das Flores.\n\n"
    "## Saturday\n\nMorning at the bookshop. Lunch at the market.\n\n"
    "## Sunday\n\nA slow breakfast, then the tram to Foz to see the sea. Flight home at 20:15.\n"
)


@pytest.mark.parametrize(
    ("request_", "old", "new"),
    [("the flight home is at 21:05 now", "20:15", "21:05"), ("we arrive on Saturday instead", "on Friday", "on Saturday")],
)
def test_news_that_dictates_a_value_is_an_edit_of_that_value_alone(repo, model_home, default_model, request_, old, new):
    (repo / "plan.md").write_text(PLAN)
    git(repo, "add", "plan.md")
    git(repo, "commit", "-qm", "plan")
    result = companion(repo, model_home, "do", request_, "plan.md", "--apply")
    assert "routed as edit" in result.stderr, result.stderr
    assert result.returncode == 0, result.stderr
    assert (repo / "plan.md").read_text() == PLAN.replace(old, new)
