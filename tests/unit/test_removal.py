"""A request that only takes a named piece out of prose is carried out without the model; the model, asked to take
out what the request does not pin down, may only take words out."""

from __future__ import annotations

import pytest

from companion.behaviors.removal import (
    lengthens_removal,
    removed,
    removed_definition,
    removes_only,
)
from companion.session import Session
from companion.workspace import Workspace
from tests.scripted import ScriptedEngine

ESSAY = (
    "# Learning to swim\n\n"
    "I learned to swim at forty. I had said I did not like water.\n\n"
    "The first lesson was cold. Irene asked me to blow bubbles. I held the rail while children swam past me.\n\n"
    "By the end of the summer I could swim two lengths. It changed how I think.\n"
)
STANDUP = (
    "# Standup\n\n## Done\n\n- Maya finished the login page.\n- Priya wrote the release notes.\n\n"
    "## Blockers\n\n- The staging server is down again.\n"
)


@pytest.mark.parametrize(
    ("text", "request_", "gone", "left"),
    [
        (ESSAY, "cut the last sentence", " It changed how I think.", "two lengths.\n"),
        (ESSAY, "delete the first sentence", "I learned to swim at forty. ", "\n\nI had said"),
        (ESSAY, "remove the part about the children", " I held the rail while children swam past me.", "bubbles.\n"),
        (ESSAY, "remove the mention of Irene", "Irene asked me to blow bubbles. ", "cold. I held"),
        (ESSAY, "delete the second paragraph", ("The first lesson was cold. Irene asked me to blow bubbles. I held the rail "
                                               "while children swam past me.\n\n"), "water.\n\nBy the end"),
        (STANDUP, "remove the line about the release notes", "- Priya wrote the release notes.\n", "page.\n\n## Blockers"),
        (STANDUP, "drop the first bullet", "- Maya finished the login page.\n", "## Done\n\n- Priya"),
        (STANDUP, "remove the login page item", "- Maya finished the login page.\n", "## Done\n\n- Priya"),
        (STANDUP, "the staging server is back up, remove that blocker", "\n- The staging server is down again.\n",
         "## Blockers\n"),  # no blank line is left at the end of the file
        (ESSAY, "cut the title", "# Learning to swim\n\n", "I learned"),
        (STANDUP, "delete the blockers section", "\n## Blockers\n\n- The staging server is down again.\n", "release notes.\n"),
        # a heading's own "and" is no second thing asked for
        (STANDUP.replace("## Done", "## Done and dusted"), "remove the Done and dusted section",
         "## Done and dusted\n\n- Maya finished the login page.\n- Priya wrote the release notes.\n\n", "# Standup\n\n## Blockers"),
    ],
)
def test_the_one_piece_a_removal_names_is_taken_out_with_the_space_it_leaves(text, request_, gone, left):
    result = removed(text, request_)
    assert result == text.replace(gone, "", 1)
    assert left in result


def test_a_numbered_list_is_counted_again_once_an_item_is_removed_unless_it_was_not_counted_in_order():
    steps = "1. Soften the onion.\n2. Add the garlic.\n3. Simmer.\n4. Blend.\n"
    assert removed(steps, "cut the garlic step") == "1. Soften the onion.\n2. Simmer.\n3. Blend.\n"
    assert removed(steps.replace("2.", "1.").replace("3.", "1.").replace("4.", "1."), "cut the garlic step") == (
        "1. Soften the onion.\n1. Simmer.\n1. Blend.\n")


@pytest.mark.parametrize(
    ("text", "request_"),
    [
        (ESSAY, "remove the comma after Irene"),  # a piece smaller than a sentence: the model's work
        (ESSAY, "remove the pool"),  # names a subject, not a piece
        (ESSAY, "remove the part about swimming"),  # several sentences speak of it
        (ESSAY, "cut the bio down to one sentence"),  # more than a removal
        (ESSAY, "remove the jargon and simplify"),
        (STANDUP, "remove the item"),  # no section titled so, no heading that names items
        (ESSAY, "make the ending warmer"),
    ],
)
def test_a_removal_that_names_no_one_piece_is_left_to_the_model(text, request_):
    assert removed(text, request_) is None


def test_asked_only_to_remove_a_revision_may_reword_but_not_grow():
    original = "I held the rail while children swam past me. Irene smiled."
    assert removes_only("remove the pool") and not removes_only("cut it down to one sentence")
    assert lengthens_removal(original + " Irene looked at the clock.", original, "remove the pool")
    assert not lengthens_removal("I held the rail. Irene smiled.", original, "remove the children")
    assert not lengthens_removal("I held on while children swam by. Irene smiled.", original, "remove the jargon")
    assert not lengthens_removal(original + " It was cold.", original, "make it colder")


def test_a_named_removal_is_proposed_without_the_model_and_within_the_selection_when_there_is_one(repo):
    (repo / "essay.md").write_text(ESSAY)
    session = Session(ScriptedEngine(lambda prompt: pytest.fail("the model was asked")), Workspace(repo), None)
    assert session.propose_edit("essay.md", "cut the last sentence").result() == ESSAY.replace(" It changed how I think.", "")
    second = "The first lesson was cold. Irene asked me to blow bubbles. I held the rail while children swam past me."
    proposal = session.propose_edit("essay.md", "cut the last sentence", selection=second)
    assert proposal.result() == ESSAY.replace(" I held the rail while children swam past me.", "")


def test_a_revision_that_adds_where_only_a_removal_was_asked_is_refused_with_the_reason(repo):
    from companion.behaviors.edit import MalformedOutput

    (repo / "essay.md").write_text(ESSAY)
    adds = ScriptedEngine(lambda prompt: "The first lesson was cold. Irene looked at the clock.\n</revised>")
    with pytest.raises(MalformedOutput, match="longer than your text, where the request only asks to take something out"):
        Session(adds, Workspace(repo), None).propose_edit("essay.md", "remove the pool",
                                                            selection="The first lesson was cold.")


STATS = '''import csv


def read_rows(path):
    with open(path) as handle:
        return list(csv.DictReader(handle))


# The arithmetic mean.
@cache
def mean(values):
    return sum(values) / len(values)


def main():
    print(len(read_rows("people.csv")))
'''
CART = '''export interface Item {
  price: number;
}

export class Cart {
  total(): number {
    return 0;
  }

  count(): number {
    return 1;
  }
}
'''


def test_a_removal_that_names_a_definition_takes_it_out_with_its_comments_decorators_and_spacing():
    assert removed_definition(STATS, "delete the mean function", "python") == (
        STATS.replace("# The arithmetic mean.\n@cache\ndef mean(values):\n    return sum(values) / len(values)\n\n\n", ""), "")
    assert removed_definition(CART, "remove count()", "typescript") == (
        CART.replace("\n  count(): number {\n    return 1;\n  }\n", ""), "")  # no blank line left above the brace
    assert removed_definition(CART, "delete the Cart class", "typescript") == (CART.split("\n\nexport class")[0] + "\n", "")


def test_where_the_name_is_still_used_the_removal_comes_with_that_caution():
    text, caution = removed_definition(STATS, "remove read_rows", "python")
    assert "def read_rows" not in text and caution == "read_rows is still used elsewhere in the file"


@pytest.mark.parametrize(
    ("code", "request_", "language"),
    [
        (STATS, "remove the logging", "python"),  # no such definition
        (STATS, "delete the mean function and inline it", "python"),  # more than a removal
        ("class A:\n    def run(self):\n        pass\n", "remove run", "python"),  # the class would be left empty
        ("class A {\n  run() {}\n}\nclass B {\n  run() {}\n}\n", "remove the run method", "javascript"),  # which one?
    ],
)
def test_a_removal_that_names_no_one_definition_or_would_break_the_code_is_left_to_the_model(code, request_, language):
    assert removed_definition(code, request_, language) is None


def test_a_named_definition_is_removed_without_the_model_and_a_caution_shown_where_it_is_still_used(repo):
    (repo / "stats.py").write_text(STATS)
    session = Session(ScriptedEngine(lambda prompt: pytest.fail("the model was asked")), Workspace(repo), None)
    proposal = session.propose_edit("stats.py", "remove read_rows")
    assert "def read_rows" not in proposal.result()
    assert [hunk.tentative for hunk in proposal.hunks] == ["read_rows is still used elsewhere in the file"]


def test_a_removal_in_code_of_a_language_with_no_grammar_here_goes_to_the_model_rather_than_failing(repo):
    (repo / "inventory.dart").write_text("class Inventory {\n  int count(List<int> items) => items.length;\n}\n")
    session = Session(ScriptedEngine(lambda prompt: "class Inventory {\n}\n"), Workspace(repo), None)
    proposal = session.propose_edit("inventory.dart", "delete the count function")
    assert session.engine.prompts, "the model was not asked"
    assert proposal is not None
