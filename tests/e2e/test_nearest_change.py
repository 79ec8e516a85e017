"""On the shipped adapter: a change it ranked just below a copy is proposed when nothing better comes."""

from __future__ import annotations

import pytest

from companion.behaviors import edit

pytestmark = pytest.mark.real_model

NOTE = "Thanks for sending the draft so quickly. I'll read it over the weekend.\n\nKind regards,\nSam\n"


def test_a_sign_off_the_adapter_only_copies_becomes_the_warmer_one_it_ranked_next(real_engine, monkeypatch):
    answers = []
    follow = edit.nearest_change
    monkeypatch.setattr(edit, "nearest_change", lambda *args, **kwargs: answers.append(follow(*args, **kwargs)) or answers[-1])
    revised = edit.revise_text(real_engine, "note.txt", "use a warmer sign-off", "Kind regards,", NOTE)
    assert answers and answers[0] is not None  # the adapter copied the line; one of its branches answered
    assert "warm" in revised.text.lower() and revised.text.strip() != "Kind regards,"
    assert revised.tentative, "the user is told the model's first choice was to keep the text"
