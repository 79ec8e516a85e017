"""Code review comments on C and Java found without the model (``code_review`` has those of Python and JavaScript):
the mistakes the code itself proves, read from tree-sitter's tree of it.

C: a copy into a buffer with no bound (``gets``, ``strcpy``, ``strcat``, ``sprintf``, ``scanf("%s")``), a
``malloc`` or ``fopen`` whose result is used unchecked, a ``realloc`` that loses its block when it fails. Java: a
string compared with ``==``, an exception caught and ignored, a file opened outside try-with-resources.
Asked to review a C word counter and a Java library, the model's one comment was about text its quote did not have.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import tree_sitter

from companion.documents import descendants, node_text, syntax_tree


@dataclass(frozen=True)
class Fault:
    """A fault at ``node``, said in ``comment``."""

    node: tree_sitter.Node
    comment: str


def c_java_faults(text: str, language: str) -> list[Fault]:
    """The faults the checks of ``language`` ("c", "cpp" or "java": C's checks read C++ too) find in ``text``, at
    most one to a line."""
    checks = _JAVA_CHECKS if language == "java" else _C_CHECKS
    return one_a_line(Fault(node, comment) for node in descendants(syntax_tree(text, language).root_node)
                      for check in checks if (comment := check(node)))


def one_a_line(faults: Iterable[Fault]) -> list[Fault]:
    """The first of ``faults`` on each line, in the order of the text: what every language's review checks show."""
    kept: dict[int, Fault] = {}
    for fault in faults:
        kept.setdefault(fault.node.start_point[0], fault)
    return sorted(kept.values(), key=lambda fault: fault.node.start_byte)


# -- C ------------------------------------------------------------------------------------------------------------

_UNBOUNDED = {
    "gets": ("gets() cannot know the buffer's size: a longer line overflows it (C11 removed it). Use "
             "fgets(buf, sizeof buf, stdin)."),
    "strcpy": ("strcpy() copies however long the source is: a longer one overflows the destination. Check its length, "
               "or use snprintf."),
    "strcat": ("strcat() appends however long the source is: a longer one overflows the destination. Check the room "
               "left, or use snprintf."),
    "sprintf": "sprintf() writes however much the format makes: a long value overflows the buffer. Use snprintf with its size.",
}
_ALLOCATIONS = ("malloc", "calloc", "realloc", "strdup", "fopen")


def _called(node: tree_sitter.Node) -> str:
    function = node.child_by_field_name("function") if node.type == "call_expression" else None
    return node_text(function) if function is not None and function.type == "identifier" else ""


def _unbounded_copy(node: tree_sitter.Node) -> str:
    """A copy of text of any length into an array of fixed size: ``gets``, ``scanf("%s")``, and ``strcpy``, ``strcat``
    or ``sprintf("%s")`` into an array the function or file declares with its size (into memory sized for the text,
    ``malloc(strlen(name) + 8)``, they are fine)."""
    name = _called(node)
    if name in ("strcpy", "strcat", "sprintf"):
        arguments = node.child_by_field_name("arguments").named_children
        copies_text = len(arguments) == 2 and arguments[1].type != "string_literal" if name != "sprintf" else (
            len(arguments) >= 3 and "%s" in node_text(arguments[1]))
        return _UNBOUNDED[name] if copies_text and _is_fixed_array(node_text(arguments[0]), node) else ""
    if name == "scanf":
        arguments = node.child_by_field_name("arguments").named_children
        if arguments and re.search(r"%s|%\[", node_text(arguments[0])):
            return "scanf(\"%s\") reads a word of any length: a longer one overflows the buffer. Give a width (\"%63s\")."
    return _UNBOUNDED[name] if name == "gets" else ""


def _is_fixed_array(name: str, node: tree_sitter.Node) -> bool:
    """Whether ``name`` is declared as an array with a size (``char buf[32]``) in the function around ``node``, or
    at the top of the file."""
    root = node
    while root.parent is not None:
        root = root.parent
    scopes = [_enclosing(node, "function_definition"), *(child for child in root.named_children if child.type == "declaration")]
    return any(found.type == "array_declarator" and node_text(found.child_by_field_name("declarator")) == name
               and found.child_by_field_name("size") is not None for scope in scopes if scope for found in descendants(scope))


def _unchecked_result(node: tree_sitter.Node) -> str:
    """``p = malloc(…)`` or ``f = fopen(…)`` where the function never tests ``p`` or ``f`` before it ends."""
    if node.type != "init_declarator" and node.type != "assignment_expression":
        return ""
    value = node.child_by_field_name("value") or node.child_by_field_name("right")
    target = node.child_by_field_name("declarator") or node.child_by_field_name("left")
    name = _called(value) if value is not None else ""
    while target is not None and target.type == "pointer_declarator":
        target = target.child_by_field_name("declarator")
    if name not in _ALLOCATIONS or target is None or target.type != "identifier":
        return ""
    if name == "realloc" and node.type == "assignment_expression" and node_text(
            value.child_by_field_name("arguments").named_children[0]) == node_text(target):
        return (f"If realloc() fails it returns NULL and {node_text(target)} loses the only pointer to its block: keep the "
                "result in another variable and check it first.")
    function = _enclosing(node, "function_definition")
    if function is None or _tested(node_text(target), function):
        return ""
    what = "the file could not be opened" if name == "fopen" else "there is no memory left"
    return f"{name}() returns NULL when {what}, and {node_text(target)} is used without a check: test it for NULL first."


def _tested(name: str, scope: tree_sitter.Node) -> bool:
    """Whether ``scope`` tests ``name`` in a condition (``if (!p)``, ``p == NULL``, ``while (p)``) or asserts it."""
    for node in descendants(scope):
        condition = node.child_by_field_name("condition") if node.type in (
            "if_statement", "while_statement", "conditional_expression", "for_statement") else None
        if condition is not None and re.search(rf"\b{re.escape(name)}\b", node_text(condition)):
            return True
        if _called(node) == "assert" and re.search(rf"\b{re.escape(name)}\b", node_text(node)):
            return True
    return False


_C_CHECKS: tuple[Callable[[tree_sitter.Node], str], ...] = (_unbounded_copy, _unchecked_result)


# -- Java ---------------------------------------------------------------------------------------------------------


def _string_compared_by_reference(node: tree_sitter.Node) -> str:
    if node.type != "binary_expression" or _operator(node) not in ("==", "!="):
        return ""
    sides = (node.child_by_field_name("left"), node.child_by_field_name("right"))
    if not any(side is not None and side.type == "string_literal" for side in sides):
        return ""
    return (f"'{_operator(node)}' compares whether these are the same String object, not the same text: use "
            f"{'.equals()' if _operator(node) == '==' else '!….equals()'}.")


def _ignored_exception(node: tree_sitter.Node) -> str:
    body = node.child_by_field_name("body") if node.type == "catch_clause" else None
    if body is None or any(child.type not in ("line_comment", "block_comment") for child in body.named_children):
        return ""
    return "The exception is caught and ignored: whatever went wrong here is never seen. Handle it, or let it propagate."


_OPENED = ("FileReader", "FileWriter", "FileInputStream", "FileOutputStream", "Scanner", "PrintWriter",
           "BufferedReader", "BufferedWriter", "RandomAccessFile")


def _unclosed_file(node: tree_sitter.Node) -> str:
    if node.type != "local_variable_declaration":
        return ""
    declarator = node.child_by_field_name("declarator")
    value = declarator.child_by_field_name("value") if declarator is not None else None
    if value is None or value.type != "object_creation_expression":
        return ""
    opened = node_text(value.child_by_field_name("type"))
    arguments = node_text(value.child_by_field_name("arguments"))
    if opened not in _OPENED or (opened == "Scanner" and "System.in" in arguments):
        return ""
    return (f"The {opened} is not closed if anything below throws (and not at all without close()): open it in "
            "try (...) { } so it is closed either way.")


_JAVA_CHECKS: tuple[Callable[[tree_sitter.Node], str], ...] = (_string_compared_by_reference, _ignored_exception,
                                                                _unclosed_file)


def _operator(node: tree_sitter.Node) -> str:
    operator = node.child_by_field_name("operator")
    return operator.type if operator is not None else ""


def _enclosing(node: tree_sitter.Node, kind: str) -> tree_sitter.Node | None:
    while node.parent is not None:
        node = node.parent
        if node.type == kind:
            return node
    return None
