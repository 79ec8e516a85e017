"""Code review comments on C# found without the model (``code_review`` has the other languages'): the mistakes the
code itself proves, read from tree-sitter's tree of it.

A member used on what ``Find`` or ``FirstOrDefault`` returned with no check for the ``null`` it gives when nothing
matches, an exception caught and ignored, an ``async void`` method that is no event handler, a task waited on
with ``.Result`` or ``.Wait()``, an SQL command built by pasting values into its text.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import tree_sitter

from companion.behaviors.review_c_java import Fault, one_a_line
from companion.documents import descendants, node_text, syntax_tree

_MAYBE_NULL = ("Find", "FirstOrDefault", "SingleOrDefault", "LastOrDefault", "ElementAtOrDefault", "GetValueOrDefault")
"""Methods that give ``null`` (or the type's default) where nothing matches."""


def csharp_faults(text: str) -> list[Fault]:
    """The faults the checks find in the C# ``text``, at most one to a line."""
    return one_a_line(found for node in descendants(syntax_tree(text, "csharp").root_node)
                      for check in _CHECKS if (found := check(node)))


def _null_used(node: tree_sitter.Node) -> Fault | None:
    """``var book = _books.Find(…);`` and then ``book.Borrower = …`` with no mention of ``book`` between that is
    not a member used on it (``if (book == null)``, ``book?.Borrower``, ``book ?? …`` are checks)."""
    declarator = node.named_children[-1] if node.type == "variable_declaration" and node.named_children else None
    if declarator is None or declarator.type != "variable_declarator" or len(node.named_children) != 2:
        return None
    value = declarator.named_children[-1] if declarator.named_children else None
    function = value.child_by_field_name("function") if value is not None and value.type == "invocation_expression" else None
    method = function.child_by_field_name("name") if function is not None and function.type == "member_access_expression" else None
    name_node = declarator.child_by_field_name("name")
    if method is None or name_node is None or node_text(method) not in _MAYBE_NULL or node.parent is None:
        return None
    name = node_text(name_node)
    statement = node.parent.next_named_sibling
    while statement is not None:
        uses = [use for use in descendants(statement) if use.type == "identifier" and node_text(use) == name]
        if any(not _is_dereferenced(use) for use in uses):
            return None
        if uses:
            shown = node_text(statement).splitlines()[0].strip()
            return Fault(statement, f"`{node_text(method)}` gives null when nothing matches, so `{shown}` throws "
                                    f"NullReferenceException then: check `{name}` first (`if ({name} is null) …`).")
        statement = statement.next_named_sibling
    return None


def _is_dereferenced(node: tree_sitter.Node) -> bool:
    """Whether ``node`` is what a member is used on with ``.`` (``book.Borrower``), not ``?.``."""
    parent = node.parent
    return (parent is not None and parent.type == "member_access_expression"
            and parent.child_by_field_name("expression") == node)


def _catch_ignored(node: tree_sitter.Node) -> Fault | None:
    body = node.child_by_field_name("body") if node.type == "catch_clause" else None
    if body is None or body.named_child_count:
        return None
    return Fault(node, "This catch does nothing with the exception: the failure vanishes, and what follows runs as if "
                       "it had worked. Log it, or let it propagate.")


def _async_void(node: tree_sitter.Node) -> Fault | None:
    """``async void Save()``: an exception in it cannot be awaited or caught, and ends the process. An event
    handler (``object sender, EventArgs e``) has to be one."""
    if node.type not in ("method_declaration", "local_function_statement"):
        return None
    modifiers = [node_text(child) for child in node.named_children if child.type == "modifier"]
    returns = node.child_by_field_name("returns") or node.child_by_field_name("type")
    parameters = node_text(node.child_by_field_name("parameters"))
    if "async" not in modifiers or returns is None or node_text(returns) != "void" or re.search(r"EventArgs\b", parameters):
        return None
    return Fault(node, "An async void method cannot be awaited: an exception in it is caught by nothing and ends the "
                       "program. Return Task instead.")


def _blocking_wait(node: tree_sitter.Node) -> Fault | None:
    """``client.GetAsync(url).Result`` or ``.Wait()``: the thread blocks, and where the task needs it back (a UI, an
    older ASP.NET) never finishes."""
    if node.type != "member_access_expression" or node_text(node.child_by_field_name("name")) not in ("Result", "Wait"):
        return None
    task = node.child_by_field_name("expression")
    called = task.child_by_field_name("function") if task is not None and task.type == "invocation_expression" else None
    if called is None or not node_text(called).endswith("Async"):
        return None
    return Fault(node, f"`.{node_text(node.child_by_field_name('name'))}` blocks the thread until the task ends, and "
                       "deadlocks where the task needs that thread back: await it instead.")


_SQL = re.compile(r"^\s*\$?@?\"\s*(?:SELECT|INSERT|UPDATE|DELETE)\b", re.IGNORECASE)


def _sql_pasted(node: tree_sitter.Node) -> Fault | None:
    """``"SELECT … WHERE id = " + id`` or ``$"… {id}"`` made into a command: a quote in the value changes the query."""
    if node.type == "binary_expression" and node_text(node.child_by_field_name("operator")) == "+":
        left = node.child_by_field_name("left")
        pasted = left is not None and _SQL.match(node_text(left)) and (node.parent is None or node.parent.type != "binary_expression")
    else:
        pasted = node.type == "interpolated_string_expression" and _SQL.match(node_text(node)) and any(
            child.type == "interpolation" for child in node.named_children)
    if not pasted:
        return None
    return Fault(node, "Values are pasted into this SQL text: a quote in one changes the query (SQL injection). Use "
                       "parameters (`@id` with `command.Parameters.AddWithValue`).")


_CHECKS: tuple[Callable[[tree_sitter.Node], Fault | None], ...] = (
    _null_used, _catch_ignored, _async_void, _blocking_wait, _sql_pasted)

CHECKED_FOR = ("the result of Find or FirstOrDefault used without a check for null, an exception caught and ignored, "
               "async void, a task's .Result or .Wait(), values pasted into SQL")
"""What the checks look for, said where they find nothing."""
