"""Code review comments on Kotlin found without the model (``code_review`` has the other languages'): ``!!`` on what
``firstOrNull``, ``find`` and the like return when nothing matches, and an exception caught and ignored.

``val book = books.firstOrNull { … }`` then ``book!!.borrower = null`` throws NullPointerException for a title not
on the shelf: the code itself says the value may be null, and asserts that it is not.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import tree_sitter

from companion.behaviors.review_c_java import Fault, one_a_line
from companion.documents import descendants, node_text, syntax_tree

_MAYBE_NULL = re.compile(r"\.(?:find|firstOrNull|lastOrNull|singleOrNull|getOrNull|elementAtOrNull|maxByOrNull|"
                         r"minByOrNull|toIntOrNull|toLongOrNull|toDoubleOrNull)\b")
"""Calls that give null where nothing matches (or nothing parses)."""


def kotlin_faults(text: str) -> list[Fault]:
    """The faults the checks find in the Kotlin ``text``, at most one to a line."""
    root = syntax_tree(text, "kotlin").root_node
    declared = [found for node in descendants(root) if node.type == "property_declaration" and (found := _declared_value(node))]
    maybe_null = {node_text(name): node_text(value) for name, value in declared if _MAYBE_NULL.search(node_text(value))}
    return one_a_line(found for node in descendants(root) for check in _CHECKS if (found := check(node, maybe_null)))


def _declared_value(declaration: tree_sitter.Node) -> tuple[tree_sitter.Node, tree_sitter.Node] | None:
    """The name and value of ``val book = …``."""
    variable = next((child for child in declaration.named_children if child.type == "variable_declaration"), None)
    name = next((child for child in variable.named_children if child.type == "identifier"), None) if variable else None
    value = declaration.named_children[-1] if declaration.named_children else None
    return (name, value) if name is not None and value is not None and value != variable else None


def _asserted_not_null(node: tree_sitter.Node, maybe_null: dict[str, str]) -> Fault | None:
    """``book!!`` where ``book`` came from ``firstOrNull``, or ``books.find { … }!!`` itself."""
    if node.type != "unary_expression" or not node_text(node).endswith("!!"):
        return None
    operand = node.child_by_field_name("argument") or (node.named_children[0] if node.named_children else None)
    if operand is None:
        return None
    source = maybe_null.get(node_text(operand), "") if operand.type == "identifier" else node_text(operand)
    if not (called := _MAYBE_NULL.search(source)):
        return None
    return Fault(node, f"`{called.group()[1:]}` gives null where nothing matches (or parses), and `!!` turns that into a "
                       "NullPointerException: handle the null (`?: return`, or `?: throw IllegalArgumentException(…)` "
                       "that says what was not found).")


def _catch_ignored(node: tree_sitter.Node, maybe_null: dict[str, str]) -> Fault | None:
    block = next((child for child in node.named_children if child.type == "block"), None) if node.type == "catch_block" else None
    if block is None or block.named_child_count:
        return None
    return Fault(node, "This catch does nothing with the exception: the failure vanishes, and what follows runs as if "
                       "it had worked. Log it, or let it propagate.")


_CHECKS: tuple[Callable[[tree_sitter.Node, dict[str, str]], Fault | None], ...] = (_asserted_not_null, _catch_ignored)

CHECKED_FOR = "!! on what find or firstOrNull returned, an exception caught and ignored"
"""What the checks look for, said where they find nothing."""
