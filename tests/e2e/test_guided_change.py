"""On the shipped adapter: a substitution whose words the request dictates gets exactly those words."""

from __future__ import annotations

import pytest

from companion.behaviors import edit

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
