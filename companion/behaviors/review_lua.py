"""Code review comments on Lua found without the model (``code_review`` has the other languages'): a name a
function sets with no ``local`` anywhere, which makes it a global.

``total = n`` inside ``M.count`` sets a global ``total`` for every caller to share, and a misspelt name makes a new
global rather than an error; the file itself shows that nothing declared it.
"""

from __future__ import annotations

import tree_sitter

from companion.behaviors.review_c_java import Fault, one_a_line
from companion.documents import descendants, node_text, syntax_tree

_SCOPES = ("function_declaration", "function_definition")


def lua_faults(text: str) -> list[Fault]:
    """Each assignment in a function to a bare name that no ``local``, parameter or loop of that function or the
    file declares, and that the file never sets at its top (where a global is plainly meant)."""
    root = syntax_tree(text, "lua").root_node
    at_top = {node_text(name) for statement in root.named_children if statement.type == "assignment_statement"
              for name in _targets(statement)}
    faults = []
    for function in (node for node in descendants(root) if node.type in _SCOPES):
        declared = _declared_in(function) | _declared_in(root, top_only=True) | at_top
        for statement in descendants(function.child_by_field_name("body") or function):
            if statement.type != "assignment_statement" or statement.parent is None or statement.parent.type == "variable_declaration":
                continue
            faults += [Fault(statement, (
                f"`{node_text(name)}` is declared nowhere, so this sets a global: every caller shares it, and a "
                f"misspelt name makes a new one silently. Write `local {node_text(name)}` where it starts."))
                for name in _targets(statement) if node_text(name) not in declared]
    return one_a_line(faults)


def _targets(statement: tree_sitter.Node) -> list[tree_sitter.Node]:
    """The bare names an assignment sets (``total`` of ``total = n``; not ``item.qty``)."""
    targets = statement.named_children[0] if statement.named_children else None
    return [name for name in (targets.named_children if targets is not None else []) if name.type == "identifier"]


def _declared_in(scope: tree_sitter.Node, *, top_only: bool = False) -> set[str]:
    """The names ``scope`` declares: its parameters, ``local`` names and functions, loop variables (the whole
    scope's, nested functions' included, which errs toward no fault); with ``top_only``, its own top level's."""
    nodes = scope.named_children if top_only else list(descendants(scope))
    names: set[str] = set()
    for node in nodes:
        if node.type == "variable_declaration" and node.named_children:
            declaration = node.named_children[0]
            names |= {node_text(name) for name in _targets(declaration)} if declaration.type == "assignment_statement" else {
                node_text(name) for name in declaration.named_children if name.type == "identifier"}
        elif node.type == "parameters":
            names |= {node_text(name) for name in node.named_children if name.type == "identifier"}
        elif node.type == "for_generic_clause" and node.named_children:  # ``for _, item in ipairs(items)``
            names |= {node_text(name) for name in node.named_children[0].named_children if name.type == "identifier"}
        elif node.type in ("for_numeric_clause", "function_declaration") and (
                name := node.child_by_field_name("name")) is not None:  # ``for i = 1, 3``, ``local function f``
            names.add(node_text(name))
    return names


CHECKED_FOR = "a name set in a function that nothing declares local (a global made by accident)"
"""What the checks look for, said where they find nothing."""
