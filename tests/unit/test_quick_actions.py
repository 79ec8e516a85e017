"""Quick actions: the built-in set, the user's own from the config, and the keys that start them."""

from __future__ import annotations

import pytest

from companion.config import ConfigError
from companion.quick_actions import actions_for, quick_actions


def by_name(actions):
    return {action.name: action for action in actions}


def test_every_built_in_key_starts_exactly_one_action():
    keys = [action.key for action in quick_actions({}) if action.key]
    assert len(keys) == len(set(keys)) >= 10


def test_a_user_action_with_a_key_of_its_own():
    actions = by_name(quick_actions({"quick_actions": {"tldr": {"request": "Add a TL;DR line", "key": "ctrl+t"}}}))
    assert actions["tldr"].key == "ctrl+t" and actions["tldr"].intent == "edit" and actions["tldr"].kind == "any"


def test_a_key_the_user_gives_their_action_is_taken_from_the_built_in_that_had_it():
    actions = by_name(quick_actions({"quick_actions": {"tighten": {"request": "Tighten this", "key": "s"}}}))
    assert actions["tighten"].key == "s" and actions["shorter"].key == ""


def test_a_built_in_replaced_by_a_request_string_keeps_its_key():
    actions = by_name(quick_actions({"quick_actions": {"shorter": "Cut it by half"}}))
    assert actions["shorter"].request == "Cut it by half" and actions["shorter"].key == "s"


def test_two_user_actions_cannot_share_a_key():
    with pytest.raises(ConfigError, match="key"):
        quick_actions({"quick_actions": {"a": {"request": "A", "key": "f5"}, "b": {"request": "B", "key": "f5"}}})


def test_prose_and_code_documents_are_offered_their_own_actions():
    prose, code = by_name(actions_for(quick_actions({}), "markdown")), by_name(actions_for(quick_actions({}), "python"))
    assert "shorter" in prose and "fix-bugs" not in prose
    assert "fix-bugs" in code and "shorter" not in code
