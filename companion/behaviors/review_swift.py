"""Code review comments on Swift found without the model (``code_review`` has the other languages'): ``!`` on what
may be nil where nothing matches or parses, ``try!``, and an error caught and ignored.

``books.firstIndex(where: { $0.title == title })!`` stops the program for a title not on the shelf: the call says
the value may be nil, and ``!`` asserts that it is not.
"""

from __future__ import annotations

import re

import tree_sitter

from companion.behaviors.review_c_java import Fault, one_a_line
from companion.documents import descendants, node_text, syntax_tree

_MAYBE_NIL = re.compile(r"(?:\.(?:first|last|firstIndex|lastIndex|randomElement|min|max)\b|^(?:Int|Double|Float|URL|UUID)\()")
"""Calls that give nil where nothing matches or the text does not parse: ``first(where:)``, ``Int("42")``."""


def swift_faults(text: str) -> list[Fault]:
    """The faults the checks find in the Swift ``text``, at most one to a line."""
    return one_a_line(found for node in descendants(syntax_tree(text, "swift").root_node)
                      for check in (_unwrapped, _try_forced, _catch_ignored) if (found := check(node)))


def _unwrapped(node: tree_sitter.Node) -> Fault | None:
    operation = node.child_by_field_name("operation") if node.type == "postfix_expression" else None
    target = node.child_by_field_name("target")
    if operation is None or operation.type != "bang" or target is None or not (
            called := _MAYBE_NIL.search(node_text(target))):
        return None
    return Fault(node, f"`{called.group().strip('.(')}` gives nil where nothing matches (or parses), and `!` stops the "
                       "program then: unwrap it with `guard let … else { … }`, or give a default with `??`.")


def _try_forced(node: tree_sitter.Node) -> Fault | None:
    if node.type != "try_operator" or node_text(node) != "try!":
        return None
    return Fault(node.parent or node, "`try!` stops the program when the call throws: handle the error with `do`/`catch`, "
                                      "or let it propagate with `try`.")


def _catch_ignored(node: tree_sitter.Node) -> Fault | None:
    if node.type != "catch_block" or any(child.type == "statements" for child in node.named_children):
        return None
    return Fault(node, "This catch does nothing with the error: the failure vanishes, and what follows runs as if it "
                       "had worked. Log it, or let it propagate.")


CHECKED_FOR = "! on what first(where:), firstIndex or Int(…) returned, try!, an error caught and ignored"
"""What the checks look for, said where they find nothing."""
