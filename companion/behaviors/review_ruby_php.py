"""Code review comments on Ruby and PHP found without the model (``code_review`` has the other languages'): the
mistakes the code itself proves, read from tree-sitter's tree of it.

Ruby: the result of ``find`` (``detect``, ``find_by``) used with no check for the ``nil`` it gives when nothing
matches, an exception rescued and ignored, a command run through the shell with a value put into it. PHP: a request's
value (``$_GET``, ``$_POST``…) written into a page unescaped or into an SQL query, a file included by a request's
value, a request's value unserialized, a password hashed with md5 or sha1.
Asked "any bugs?" of a Ruby library whose ``give_back`` calls a method on what ``find`` returned, the model answered
"no, it's a good question. I'm not sure what you're looking for." until stopped.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import tree_sitter

from companion.behaviors.review_c_java import Fault, one_a_line
from companion.documents import descendants, node_text, syntax_tree

_MAYBE_NIL = ("find", "detect", "find_by")
"""Ruby methods that give ``nil`` where nothing matches."""


def ruby_php_faults(text: str, language: str) -> list[Fault]:
    """The faults the checks of ``language`` ("ruby" or "php") find in ``text``, at most one to a line."""
    checks = _RUBY_CHECKS if language == "ruby" else _PHP_CHECKS
    return one_a_line(found for node in descendants(syntax_tree(text, language).root_node)
                      for check in checks if (found := check(node)))


# -- Ruby -----------------------------------------------------------------------------------------------------------


def _nil_used(node: tree_sitter.Node) -> Fault | None:
    """``book = @books.find { … }`` and then ``book.borrower = nil`` with no ``return unless book`` (or any other
    mention of ``book`` that is not a method called on it) between: a NoMethodError when nothing matches."""
    right = node.child_by_field_name("right") if node.type == "assignment" else None
    left = node.child_by_field_name("left") if right is not None else None
    method = right.child_by_field_name("method") if right is not None and right.type == "call" else None
    if left is None or left.type != "identifier" or method is None or node_text(method) not in _MAYBE_NIL:
        return None
    name = node_text(left)
    statement = node.next_named_sibling
    while statement is not None:
        uses = [use for use in descendants(statement) if use.type == "identifier" and node_text(use) == name]
        if any(not _is_receiver(use) for use in uses):
            return None  # checked (``unless book``, ``book.nil?`` aside), passed on or returned: not ours to judge
        if uses:
            shown = node_text(statement).splitlines()[0].strip()
            return Fault(statement, f"`{node_text(method)}` gives nil when nothing matches, so `{shown}` raises "
                                    f"NoMethodError then: check `{name}` first (`return unless {name}`, or raise an "
                                    "error that says what was not found).")
        statement = statement.next_named_sibling
    return None


def _is_receiver(node: tree_sitter.Node) -> bool:
    """Whether ``node`` is what a method is called on (``book.due``, ``book.due = nil``), not ``book&.due``,
    ``book.nil?`` or ``book.present?``, which are its checks."""
    parent = node.parent
    if parent is None or parent.type != "call" or parent.child_by_field_name("receiver") != node:
        return False
    safe = any(child.type == "&." for child in parent.children)
    return not safe and node_text(parent.child_by_field_name("method")) not in ("nil?", "present?", "blank?", "is_a?")


def _rescue_ignored(node: tree_sitter.Node) -> Fault | None:
    """A ``rescue`` with nothing under it, or ``… rescue nil``: the failure vanishes, and what follows runs on."""
    if node.type == "rescue" and node.child_by_field_name("body") is None:
        return Fault(node, "This rescue does nothing with the error it catches: the failure vanishes, and what "
                           "follows runs as if it had worked. Log it, or re-raise it.")
    if node.type == "rescue_modifier" and node_text(node.child_by_field_name("handler")) == "nil":
        return Fault(node, "`rescue nil` hides every error here, a typo's NoMethodError too: rescue the one error you "
                           "expect, by name.")
    return None


def _shell_with_value(node: tree_sitter.Node) -> Fault | None:
    """``system("rm #{path}")`` or a backtick command with a value put into it: a space or a ``;`` in the value
    runs as shell."""
    is_command = node.type == "subshell" or (
        node.type == "call" and node.child_by_field_name("receiver") is None
        and node_text(node.child_by_field_name("method")) in ("system", "exec", "spawn")
        and (arguments := node.child_by_field_name("arguments")) is not None and len(arguments.named_children) == 1
        and arguments.named_children[0].type == "string")
    if is_command and any(child.type == "interpolation" for child in descendants(node)):
        return Fault(node, "A value put into a shell command runs as shell if it holds a space, a quote or a `;`: "
                           "pass the command and its arguments separately (`system(\"rm\", path)`).")
    return None


_RUBY_CHECKS: tuple[Callable[[tree_sitter.Node], Fault | None], ...] = (_nil_used, _rescue_ignored, _shell_with_value)


# -- PHP ------------------------------------------------------------------------------------------------------------

_REQUEST_VALUE = re.compile(r"\$_(?:GET|POST|REQUEST|COOKIE|FILES|SERVER)\b")


def _echoed_unescaped(node: tree_sitter.Node) -> Fault | None:
    """``echo $_GET['name']`` (or ``<?= $_GET['name'] ?>`` in a page): a value of the request written into the page
    as HTML, a script tag in it included."""
    before = node.prev_sibling
    short_echo = node.type == "expression_statement" and before is not None and node_text(before).endswith("<?=")
    if not (node.type in ("echo_statement", "print_intrinsic") or short_echo) or not _REQUEST_VALUE.search(node_text(node)):
        return None
    if re.search(r"\b(?:htmlspecialchars|htmlentities|intval|json_encode|urlencode)\s*\(", node_text(node)):
        return None
    return Fault(node, "A value from the request is written into the page as it came: a `<script>` in it runs in the "
                       "reader's browser. Escape it: `htmlspecialchars($value, ENT_QUOTES)`.")


_QUERIES = ("query", "exec", "mysqli_query", "pg_query", "mysql_query", "sqlite_query")


def _query_with_value(node: tree_sitter.Node) -> Fault | None:
    """``$db->query("… WHERE id = " . $_GET['id'])``: a request's value made part of an SQL query."""
    if node.type not in ("function_call_expression", "member_call_expression"):
        return None
    called = node.child_by_field_name("function") or node.child_by_field_name("name")
    arguments = node.child_by_field_name("arguments")
    if called is None or node_text(called) not in _QUERIES or arguments is None:
        return None
    if not (_REQUEST_VALUE.search(node_text(arguments)) and re.search(r"\.\s*\$|\{\$|\"[^\"]*\$", node_text(arguments))):
        return None
    return Fault(node, "A value from the request is pasted into this SQL query: a quote in it changes the query "
                       "(SQL injection). Use a prepared statement with placeholders (`$db->prepare(…)`, `execute([…])`).")


def _included_by_request(node: tree_sitter.Node) -> Fault | None:
    """``include $_GET['page']``: a file chosen by the request is run as PHP."""
    if node.type in ("include_expression", "include_once_expression", "require_expression", "require_once_expression") \
            and _REQUEST_VALUE.search(node_text(node)):
        return Fault(node, "The request chooses which file this runs as PHP (`../` reaches any file): map the value "
                           "to a fixed list of pages instead.")
    return None


def _unserialized_request(node: tree_sitter.Node) -> Fault | None:
    called = node.child_by_field_name("function") if node.type == "function_call_expression" else None
    if called is not None and node_text(called) == "unserialize" and _REQUEST_VALUE.search(node_text(node)):
        return Fault(node, "unserialize() of a value from the request can build any object, and run its code: use "
                           "json_decode() for data from outside.")
    return None


def _weak_password_hash(node: tree_sitter.Node) -> Fault | None:
    called = node.child_by_field_name("function") if node.type == "function_call_expression" else None
    arguments = node.child_by_field_name("arguments") if called is not None else None
    if called is None or node_text(called) not in ("md5", "sha1") or arguments is None \
            or not re.search(r"pass(?:word|wd)?\b", node_text(arguments), re.IGNORECASE):
        return None
    return Fault(node, f"{node_text(called)}() is fast, so a stolen table of these is cracked in hours: hash "
                       "passwords with password_hash() and check them with password_verify().")


_PHP_CHECKS: tuple[Callable[[tree_sitter.Node], Fault | None], ...] = (
    _echoed_unescaped, _query_with_value, _included_by_request, _unserialized_request, _weak_password_hash)

CHECKED_FOR = {
    "ruby": "the result of find, detect or find_by used without a check for nil, an exception rescued and ignored, a "
            "value put into a shell command",
    "php": "a value from the request echoed unescaped, put into an SQL query, chosen as a file to include or "
           "unserialized; a password hashed with md5 or sha1",
}
"""What the checks look for, said where they find nothing."""
