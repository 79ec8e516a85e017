"""Where a code file is cut into sections: at each definition, with the comments right above it, and inside the
definitions that hold others (a Java class, a C++ or C# namespace, a Ruby module, a PHP class), so that a change
to one method is a change to that method's section rather than a rewrite of the whole file.
"""

from __future__ import annotations

import re

import tree_sitter

DEFINITION_TYPES = {
    "python": {"function_definition", "class_definition", "decorated_definition"},
    "javascript": {
        "function_declaration",
        "generator_function_declaration",
        "class_declaration",
        "export_statement",
    },
}
DEFINITION_TYPES["typescript"] = DEFINITION_TYPES["javascript"] | {
    "interface_declaration",
    "type_alias_declaration",
    "enum_declaration",
    "abstract_class_declaration",
    "module",
}
DEFINITION_TYPES["tsx"] = DEFINITION_TYPES["typescript"]
DEFINITION_TYPES["go"] = {"function_declaration", "method_declaration", "type_declaration", "const_declaration",
                          "var_declaration"}
DEFINITION_TYPES["rust"] = {"function_item", "struct_item", "enum_item", "union_item", "impl_item", "trait_item",
                            "mod_item", "const_item", "static_item", "type_item", "macro_definition"}
DEFINITION_TYPES["bash"] = {"function_definition"}
DEFINITION_TYPES["c"] = {"function_definition", "struct_specifier", "enum_specifier", "union_specifier", "type_definition",
                         "declaration", "preproc_def", "preproc_function_def"}
DEFINITION_TYPES["cpp"] = DEFINITION_TYPES["c"] | {"class_specifier", "namespace_definition", "template_declaration",
                                                   "alias_declaration", "using_declaration"}
DEFINITION_TYPES["java"] = {"class_declaration", "interface_declaration", "enum_declaration", "record_declaration",
                            "annotation_type_declaration", "method_declaration", "constructor_declaration"}
DEFINITION_TYPES["ruby"] = {"method", "singleton_method", "class", "module", "singleton_class"}
DEFINITION_TYPES["php"] = {"function_definition", "class_declaration", "interface_declaration", "trait_declaration",
                           "enum_declaration", "method_declaration", "namespace_definition"}
DEFINITION_TYPES["csharp"] = {"class_declaration", "struct_declaration", "interface_declaration", "enum_declaration",
                              "record_declaration", "method_declaration", "constructor_declaration", "property_declaration",
                              "namespace_declaration", "delegate_declaration", "operator_declaration"}
DEFINITION_TYPES["lua"] = {"function_declaration"}
DEFINITION_TYPES["kotlin"] = {"class_declaration", "object_declaration", "function_declaration", "type_alias"}
DEFINITION_TYPES["swift"] = {"class_declaration", "protocol_declaration", "function_declaration", "init_declaration",
                             "typealias_declaration"}
_CONTAINERS = {"ruby": {"class", "module", "singleton_class"},
               "php": {"class_declaration", "interface_declaration", "trait_declaration", "enum_declaration",
                       "namespace_definition"},
               "csharp": {"namespace_declaration", "class_declaration", "struct_declaration", "interface_declaration",
                          "record_declaration"},
               "kotlin": {"class_declaration", "object_declaration", "companion_object"},
               "swift": {"class_declaration", "protocol_declaration"}}
"""The definitions of Ruby, PHP, C#, Kotlin and Swift that hold others (a module its classes, a class its methods), cut inside."""
FUNCTION_VALUES = {"arrow_function", "function_expression", "function", "class", "generator_function"}


COMMENTS = ("comment", "line_comment", "block_comment")
"""A comment's node, in every grammar: Rust's and Java's are line and block comments."""




def body_of(node: tree_sitter.Node) -> tree_sitter.Node | None:
    """A definition's body: its ``body``, or in Kotlin, whose grammar names none, its class or function body."""
    return node.child_by_field_name("body") or next(
        (child for child in node.named_children if child.type in ("class_body", "enum_class_body", "function_body")), None)


def type_keyword(node: tree_sitter.Node) -> str:
    """The keyword a ``class_declaration`` declares with: "class", or "struct", "enum", "extension", "actor",
    "interface" (a Swift struct and enum, and Kotlin's ``enum class``, are class declarations to tree-sitter); ""
    for any other node, or where no keyword leads (``@Table(…) class``)."""
    if node.type != "class_declaration":
        return ""
    found = re.match(r"(?:[@\w]+\s+)*?(class|struct|enum|extension|actor|interface)\b", node.text.decode("utf-8"))
    return found[1] if found else ""


def code_starts(root: tree_sitter.Node, language: str) -> list[tuple[int, str]]:
    """Where each section of the code under ``root`` starts, and the kind of node it starts with."""
    starts = _code_starts(root, DEFINITION_TYPES[language], by_blank_lines=language == "bash")
    if language == "java":
        starts += _member_starts(root)
    if language == "cpp":
        starts += _namespace_starts(root)
    if language in _CONTAINERS:
        starts += _contained_starts(root, language)
    return starts


def _namespace_starts(node: tree_sitter.Node) -> list[tuple[int, str]]:
    """Where each definition inside a C++ namespace starts: a namespace often wraps the whole file, which as one
    section would make every change a rewrite of it. The namespace's first line stays with what follows it."""
    starts: list[tuple[int, str]] = []
    for child in node.named_children:
        body = child.child_by_field_name("body") if child.type == "namespace_definition" else None
        if body is not None:
            inner = _code_starts(body, DEFINITION_TYPES["cpp"])
            starts += inner[1:] + _namespace_starts(body)
    return starts


def _member_starts(root: tree_sitter.Node) -> list[tuple[int, str]]:
    """Where each method, constructor or nested type of a Java file's top-level classes and interfaces starts: a
    Java file is one class, which as one section would make every change a rewrite of the whole file. The class's
    first line stays with the fields under it."""
    starts: list[tuple[int, str]] = []
    for node in root.named_children:
        body = node.child_by_field_name("body")
        if body is not None and body.type in ("class_body", "interface_body"):
            members = _code_starts(body, DEFINITION_TYPES["java"])
            starts += members[1:] if members and members[0][1] not in DEFINITION_TYPES["java"] else members
    return starts


def _contained_starts(node: tree_sitter.Node, language: str) -> list[tuple[int, str]]:
    """Where each definition inside a Ruby, PHP or C# module, class or namespace starts, at any depth: a Ruby file
    (or a C# one) is often one module around its classes, which as one section would make every change a rewrite of
    the whole file.
    A class's first line stays with the constants and ``attr_reader`` lines under it."""
    starts: list[tuple[int, str]] = []
    for child in node.named_children:
        body = body_of(child) if child.type in _CONTAINERS[language] else None
        if body is not None:
            inner = _code_starts(body, DEFINITION_TYPES[language])
            inner = inner[1:] if inner and inner[0][1] not in DEFINITION_TYPES[language] else inner
            starts += [(_comments_before(body, byte), kind) for byte, kind in inner] + _contained_starts(body, language)
    return starts


def _comments_before(body: tree_sitter.Node, byte: int) -> int:
    """Where the comments right above the first thing in a Ruby module's ``body`` start, if ``byte`` is where
    that thing starts: tree-sitter puts those comments beside the body, not in it."""
    first = body.named_children[0] if body.named_children else None
    if first is None or byte != line_start(first):
        return byte
    above, row = body.prev_named_sibling, first.start_point[0]
    while above is not None and above.type in COMMENTS and above.end_point[0] + 1 == row:
        byte, row, above = line_start(above), above.start_point[0], above.prev_named_sibling
    return byte


def _code_starts(root: tree_sitter.Node, definition_types: set[str], *, by_blank_lines: bool = False) -> list[tuple[int, str]]:
    """A definition starts a section (with the comments right above it); so does the first statement after one,
    and, ``by_blank_lines`` (a shell script, mostly commands), each statement after a blank line."""
    starts: list[tuple[int, str]] = []
    previous_was_definition = True
    comment_run_start: int | None = None
    previous_end_row = -2
    blank_line_before_comments = False
    for node in root.named_children:
        if node.type in COMMENTS:
            adjacent = comment_run_start is not None and node.start_point[0] <= previous_end_row + 1
            if not adjacent:
                comment_run_start = line_start(node)
                blank_line_before_comments = node.start_point[0] > previous_end_row + 1
            previous_end_row = node.end_point[0]
            continue
        is_definition = _is_definition(node, definition_types)
        attached = comment_run_start is not None and node.start_point[0] <= previous_end_row + 1
        starts_paragraph = blank_line_before_comments if attached else node.start_point[0] > previous_end_row + 1
        start = comment_run_start if attached else line_start(node)
        if is_definition:
            starts.append((start, node.type))
        elif previous_was_definition or (by_blank_lines and starts_paragraph):
            starts.append((comment_run_start if comment_run_start is not None else start, node.type))
        previous_was_definition = is_definition
        comment_run_start = None
        previous_end_row = node.end_point[0]
    if comment_run_start is not None and previous_was_definition:
        starts.append((comment_run_start, "comment"))
    return starts


def line_start(node: tree_sitter.Node) -> int:
    """Cut at the start of the node's line, so indentation stays with the node it indents."""
    return node.start_byte - node.start_point[1]


def _is_definition(node: tree_sitter.Node, definition_types: set[str]) -> bool:
    if node.type in definition_types or lua_function_assigned(node) is not None:
        return True
    if node.type in ("lexical_declaration", "variable_declaration"):
        for declarator in node.named_children:
            value = declarator.child_by_field_name("value")
            if value is not None and value.type in FUNCTION_VALUES:
                return True
    return False


def lua_function_assigned(node: tree_sitter.Node) -> tree_sitter.Node | None:
    """The name a Lua statement gives a function it assigns (``M.restock`` of ``M.restock = function(item) … end``,
    ``helper`` of ``local helper = function(x) … end``); None for any other statement."""
    statement = node.named_children[0] if node.type == "variable_declaration" and node.named_children else node
    if statement.type != "assignment_statement" or len(statement.named_children) != 2:
        return None
    targets, values = statement.named_children
    value = values.child_by_field_name("value") if values.type == "expression_list" else None
    if value is None or value.type != "function_definition" or targets.named_child_count != 1:
        return None
    return targets.named_children[0]
