"""A revision that copied on from the text around its passage has that taken off before it is proposed."""

from __future__ import annotations

from companion.behaviors.edit import surroundings, without_run_over

LETTER = "Dear Sam,\r\n\r\nThanks for the books.\r\n\r\nKind regards,\r\nAna\r\n"


def around(text: str, passage: str) -> tuple[str, str]:
    start = text.index(passage)
    return surroundings(text, start, start + len(passage))


def test_the_next_line_copied_after_a_selection_is_taken_off():
    assert around(LETTER, "Kind regards,") == ("", "Ana")
    assert without_run_over("Warm wishes,\nAna\n", "Kind regards,", "", "Ana") == "Warm wishes,"


def test_the_start_of_its_line_copied_before_a_selection_is_taken_off():
    assert around("# Title\n\nText.\n", "Title") == ("#", "Text.")
    assert without_run_over("# Longer Title\n", "Title", "#", "Text.") == "Longer Title\n"


def test_the_rest_of_the_line_copied_after_part_of_it_is_taken_off():
    text = "Decisions: we ship the beta on the 14th. Tom escalates.\n"
    lead, trail = around(text, "the 14th")
    assert trail == ". Tom escalates."
    assert without_run_over("the 21st. Tom escalates.", "the 14th", lead, trail) == "the 21st"


def test_a_revision_that_does_not_run_over_is_left_as_it_is():
    assert without_run_over("Warm wishes,\n", "Kind regards,", "", "Ana") == "Warm wishes,\n"
    assert without_run_over("Ana\n", "Kind regards,", "", "Ana") == "Ana\n", "nothing would be left"
    assert without_run_over("# Title\n", "# Title", "", "Text.") == "# Title\n", "the passage had it itself"


def test_a_closing_brace_on_the_next_line_is_not_taken_for_a_copy():
    code = "function f(user) {\n  const found = find(user);\n}\n"
    assert around(code, "  const found = find(user);") == ("", "")
    revised = "  const found = find(user);\n  if (!found) {\n    throw new Error(\"missing\");\n  }"
    assert without_run_over(revised, "  const found = find(user);", "", "") == revised
