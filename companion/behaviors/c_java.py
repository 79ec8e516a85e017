"""What the outline of C, C++, Java, C#, Kotlin or Swift code says of each top-level item: a function or method by
its signature as written (``static struct counts count_stream(FILE *in)``, ``public boolean lend(String title)``), a
struct, enum or class with its members, a template, a typedef, a macro or a global.

Asked "what does count_stream do?" of a C word counter, the model answered with the function's first line quoted
back; the outline (``outline.py``) is what such an answer falls back to.
"""

from __future__ import annotations

import re

import tree_sitter

from companion.code_sections import body_of, type_keyword
from companion.documents import node_text

LANGUAGES = ("c", "cpp", "java", "csharp", "kotlin", "swift")
"""The languages read here: C#'s, Kotlin's and Swift's classes are read as Java's are."""
C_JAVA_FUNCTIONS = ("function_definition", "method_declaration", "constructor_declaration", "local_function_statement",
                    "init_declaration")
"""Functions, which the outline reads as it reads any language's (their comment and returns), by ``signature``; a C#
method read alone is a local function to tree-sitter."""

_JAVA_TYPES = ("class_declaration", "interface_declaration", "enum_declaration", "record_declaration",
               "annotation_type_declaration", "struct_declaration", "object_declaration", "protocol_declaration")
_JAVA_MEMBERS = ("method_declaration", "constructor_declaration", "field_declaration", "constant_declaration",
                 "property_declaration", "event_field_declaration", "companion_object", "protocol_function_declaration",
                 *_JAVA_TYPES)


def function_of(node: tree_sitter.Node) -> tree_sitter.Node:
    """The function a C++ template declares (``template <typename T> T clamp(…) { … }``); else ``node`` itself."""
    inner = node.named_children[-1] if node.type == "template_declaration" and node.named_children else None
    return inner if inner is not None and inner.type == "function_definition" else node


def signature(node: tree_sitter.Node) -> str:
    """A C function's or Java method's head as written, on one line and without annotations: what comes before
    its body (a C++ template's ``template <typename T>`` too)."""
    body = body_of(function_of(node))
    end = body.start_byte if body is not None else node.end_byte
    head = node.text[: end - node.start_byte].decode("utf-8")
    head = re.sub(r"@\w+(?:\([^)]*\))?\s*|^\s*(?:\[\[?[^\]\n]*\]\]?\s*)+", "", head)  # Java's @Override, C#'s [HttpGet]
    return _one_line(head).rstrip(";").strip()


def items_of(node: tree_sitter.Node, language: str) -> list[tuple[str, list[str]]]:
    """Each item ``node`` (a top-level statement of C, C++ or Java code) declares, as its signature and members; none
    for a function (read as in any language), an include or import, or a statement of no other kind."""
    kind = node.type
    if language in ("java", "csharp", "kotlin", "swift"):
        return [_java_type(node)] if kind in _JAVA_TYPES else []
    if kind in ("struct_specifier", "enum_specifier", "union_specifier", "class_specifier"):
        body = node.child_by_field_name("body")
        if body is None:
            return []
        word = kind.removesuffix("_specifier")
        members = [signature(member) if member.type == "function_definition" else _one_line(member).rstrip(",;")
                   for member in body.named_children
                   if member.type in ("field_declaration", "enumerator", "function_definition", "declaration")]
        return [(f"{word} {node_text(node.child_by_field_name('name'))}".strip(), members)]
    if kind == "template_declaration" and function_of(node) is node and node.named_children:
        head = f"template {_one_line(node.child_by_field_name('parameters'))}"
        return [(f"{head} {title}", members) for title, members in items_of(node.named_children[-1], language)]
    if kind in ("type_definition", "declaration"):
        return [(_one_line(_without_bodies(node)).rstrip(";"), [])]
    if kind in ("preproc_def", "preproc_function_def"):
        return [(_one_line(node), [])]
    return []


def top_level(root: tree_sitter.Node, language: str) -> list[tree_sitter.Node]:
    """The statements at the top of ``root``, those of a C++ or C# namespace among them (a namespace often wraps
    the whole file)."""
    nodes = []
    for node in root.named_children:
        if language == "csharp" and node.type == "global_statement" and node.named_children:
            node = node.named_children[0]  # a method read alone: a top-level statement to C#
        body = node.child_by_field_name("body") if (language, node.type) in (
            ("cpp", "namespace_definition"), ("csharp", "namespace_declaration")) else None
        nodes += top_level(body, language) if body is not None else [node]
    return nodes


def _java_type(node: tree_sitter.Node) -> tuple[str, list[str]]:
    word = node.type.removesuffix("_declaration").replace("annotation_type", "@interface")
    if type_keyword(node) in ("struct", "enum", "extension", "actor"):
        word = type_keyword(node)  # Swift's and Kotlin's ``enum class`` are class_declarations too
    body = body_of(node)
    members = []
    for member in body.named_children if body is not None else []:
        if member.type in (*C_JAVA_FUNCTIONS, "function_declaration"):  # Kotlin's ``fun``
            members.append(signature(member))
        elif member.type in _JAVA_MEMBERS:
            members.append(_one_line(_without_bodies(member)).rstrip(";"))
        elif member.type == "enum_constant":
            members.append(node_text(member.child_by_field_name("name")))
    return f"{word} {node_text(node.child_by_field_name('name'))}", members


def _without_bodies(node: tree_sitter.Node) -> str:
    """``node``'s text with the body of any struct, enum or class in it shown as ``{…}``."""
    data = node.text
    for body in reversed(_bodies(node)):
        start, end = body.start_byte - node.start_byte, body.end_byte - node.start_byte
        data = data[:start] + "{…}".encode() + data[end:]
    return data.decode("utf-8")


def _bodies(node: tree_sitter.Node) -> list[tree_sitter.Node]:
    """The outermost bodies under ``node``, in order."""
    found = []
    for child in node.named_children:
        found += [child] if child.type in ("field_declaration_list", "class_body", "enumerator_list") else _bodies(child)
    return found


def _one_line(code: str | tree_sitter.Node) -> str:
    return re.sub(r"\s+", " ", code if isinstance(code, str) else node_text(code)).strip()
