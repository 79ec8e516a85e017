"""What the outline of Ruby or PHP code says of each item: a method by its head as written (``def lend(title,
member, today = Date.today)``, ``public function allow(string $ip): bool``) and what it returns, a class, module,
interface or trait with its members, and what a Ruby script runs under ``if __FILE__ == $PROGRAM_NAME``.

Asked "what does lend do?" of a Ruby lending library, the model answered "It lends books to" and stopped; the
outline (``outline.py``) is what such an answer falls back to.
"""

from __future__ import annotations

import re

import tree_sitter

from companion.code_sections import COMMENTS
from companion.documents import node_text

RUBY_METHODS = ("method", "singleton_method")
PHP_FUNCTIONS = ("function_definition", "method_declaration")
_RUBY_CONTAINERS = ("class", "module", "singleton_class")
_PHP_TYPES = ("class_declaration", "interface_declaration", "trait_declaration", "enum_declaration")
_RUBY_ATTRIBUTES = ("attr_reader", "attr_writer", "attr_accessor", "include", "extend", "prepend")
"""The calls at the top of a Ruby class that say what it has: its attributes and the modules it mixes in."""
_NO_VALUE = ("if", "unless", "case", "while", "until", "for", "begin", "return", "if_modifier", "unless_modifier")
"""Last statements of a Ruby method whose value is no answer to "what does it return?"."""
_RUN_GUARD = re.compile(r"^__FILE__\s*==\s*\$(?:0|PROGRAM_NAME)$")


def method_head(node: tree_sitter.Node) -> str:
    """A Ruby method's or PHP function's head as written, on one line: what comes before its body
    (``def self.load(path)``, ``public static function make(int $size): self``)."""
    body = node.child_by_field_name("body")
    head = node.text[: (body.start_byte if body is not None else node.end_byte) - node.start_byte].decode("utf-8")
    return _one_line(head).rstrip(";{ ").strip()


def ruby_returns(method: tree_sitter.Node) -> list[str]:
    """What a Ruby method returns: the value of each ``return`` in it, and its last expression, which Ruby returns
    without the word: an assignment's value is what it assigns (not where it is a branch or a ``raise``)."""
    body = method.child_by_field_name("body")
    if body is None:
        return []
    found: list[str] = []

    def visit(node: tree_sitter.Node) -> None:
        if node.type == "return" and (value := node_text(node)[len("return"):].strip()) and value not in found:
            found.append(value)
        elif node.type not in (*RUBY_METHODS, "lambda", "do_block", "block"):
            for child in node.named_children:
                visit(child)

    visit(body)
    statements = [child for child in body.named_children if child.type not in COMMENTS]
    last = statements[-1] if statements else None
    if last is None or last.type in _NO_VALUE or _calls(last, ("raise", "fail", "puts", "print", "p")):
        return found
    value = node_text(last.child_by_field_name("right") if last.type == "assignment" else last)
    return found if value in found else [*found, value]


def items_of(node: tree_sitter.Node, language: str) -> list[tuple[str, str, list[str]]]:
    """Each item ``node`` (a top-level statement of Ruby or PHP code) declares, as its head, the comment above it
    (for an item nested in another) and its members: a module and then the classes in it, a class with its
    attributes, constants and methods. None for a method or function (read as in any language), a ``require``, or
    a statement of another kind."""
    if language == "ruby" and node.type in _RUBY_CONTAINERS:
        body = node.child_by_field_name("body")
        children = [child for child in (body.named_children if body is not None else []) if child.type not in COMMENTS]
        members = [member for child in children if (member := _ruby_member(child))]
        nested = [(head, note or _comment_above(child), inner) for child in children
                  for head, note, inner in items_of(child, language)]
        return [(node_text(node).splitlines()[0].strip(), "", members), *nested]
    if language == "php" and node.type in _PHP_TYPES:
        body = node.child_by_field_name("body")
        members = [method_head(member) if member.type in PHP_FUNCTIONS else _one_line(node_text(member)).rstrip(";")
                   for member in (body.named_children if body is not None else [])
                   if member.type in (*PHP_FUNCTIONS, "property_declaration", "const_declaration", "enum_case",
                                      "use_declaration")]
        head = node_text(node)[: (body.start_byte if body is not None else node.end_byte) - node.start_byte]
        return [(_one_line(head), "", members)]
    if language == "php" and node.type == "namespace_definition":
        return [(f"namespace {node_text(node.child_by_field_name('name'))}", "", [])]
    return []


def _comment_above(node: tree_sitter.Node) -> str:
    """The first line of the ``#`` comment right above ``node`` in its class or module (tree-sitter puts a comment
    above the first thing in a module before the module's body)."""
    before = node.prev_named_sibling or (node.parent.prev_named_sibling if node.parent is not None else None)
    if before is None or before.type not in COMMENTS or before.end_point[0] + 1 != node.start_point[0]:
        return ""
    return node_text(before).splitlines()[0].lstrip("#").strip()


def ruby_runs(node: tree_sitter.Node) -> list[str]:
    """The statements a Ruby file runs when run as a script: those under ``if __FILE__ == $PROGRAM_NAME``."""
    condition = node.child_by_field_name("condition") if node.type == "if" else None
    if condition is None or not _RUN_GUARD.match(_one_line(node_text(condition))):
        return []
    body = node.child_by_field_name("consequence")
    return [_one_line(node_text(child)) for child in (body.named_children if body is not None else [])
            if child.type not in COMMENTS]


def _ruby_member(node: tree_sitter.Node) -> str:
    """How the outline shows one thing in a Ruby class: a method by its head, an ``attr_reader`` or ``include`` line
    and a constant as written; "" for anything else (a nested class is an item of its own)."""
    if node.type in RUBY_METHODS:
        return method_head(node)
    if _calls(node, _RUBY_ATTRIBUTES) or (node.type == "assignment" and node.child_by_field_name("left").type == "constant"):
        return _one_line(node_text(node))
    return ""


def _calls(node: tree_sitter.Node, methods: tuple[str, ...]) -> bool:
    """Whether ``node`` is a call, with no receiver, of one of ``methods`` (``raise ArgumentError, …``)."""
    method = node.child_by_field_name("method") if node.type == "call" else None
    return method is not None and node.child_by_field_name("receiver") is None and node_text(method) in methods


def _one_line(code: str) -> str:
    return re.sub(r"\s+", " ", code).strip()
