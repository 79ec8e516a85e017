"""A running total in Python is written with the built-in sum when asked, exactly, without the model."""

from __future__ import annotations

import pytest

from companion.behaviors.sums import summed
from tests.scripted import proposed_without_the_model

STOCK = (
    "def total_value(items):\n    total = 0\n    for item in items:\n        total += item.price * item.quantity\n"
    "    return total\n\n\n"
    "def average(values):\n    total = 0.0\n    for value in values:\n        total += value\n    return total / len(values)\n"
)


def test_a_total_returned_as_it_is_becomes_the_sum_returned():
    assert summed(STOCK, "total_value should use sum").startswith(
        "def total_value(items):\n    return sum(item.price * item.quantity for item in items)\n\n\ndef average")


def test_a_total_used_again_is_set_from_the_sum_and_each_item_added_as_it_is_is_summed_whole():
    assert summed(STOCK, "use the built-in sum in average").endswith(
        "def average(values):\n    total = sum(values)\n    return total / len(values)\n")


def test_a_module_that_does_not_compile_elsewhere_can_still_be_changed():
    broken = STOCK + "\n\ndef find(users, name):\n    for user in users:\n        if user = name:\n            return user\n"
    assert "return sum(item.price" in summed(broken, "total_value should use sum")


@pytest.mark.parametrize(("code", "request_"), [
    (STOCK, "use sum"),  # two loops, and the request names neither
    (STOCK, "make total_value faster"),  # not asked
    ("def f(xs):\n    total = 0\n    for x in xs:\n        total += x\n        print(total)\n    return total\n", "f should use sum"),
    ("def f(xs):\n    total = 10\n    for x in xs:\n        total += x\n    return total\n", "f should use sum"),
])
def test_a_loop_that_does_more_than_add_or_no_one_loop_is_left_to_the_model(code, request_):
    assert summed(code, request_) is None


def test_such_a_request_is_routed_as_an_edit_and_made_without_the_model(repo):
    proposal = proposed_without_the_model(repo, "stock.py", STOCK, "total_value should use sum")
    assert "return sum(item.price * item.quantity for item in items)" in proposal.result()
