"""What the outline of Go or Rust code says of each top-level item besides functions: a type with its fields or
variants, an interface or trait with its methods, an impl block with its methods, a constant.

Asked "what does this do?" of a Rust word counter, the model answered "It helps to write a haiku."; the outline
(``outline.py``) is what such an answer falls back to, and it knew only Python and JavaScript.
"""

from __future__ import annotations

import re

import tree_sitter

from companion.documents import node_text


def items_of(node: tree_sitter.Node, language: str) -> list[tuple[str, list[str]]]:
    """Each item ``node`` (a top-level statement of Go or Rust code) declares, as its signature and members;
    none for a function (read as in any language), an import, or a statement of no other kind."""
    kind = node.type
    if language == "go":
        if kind == "method_declaration":
            receiver = node_text(node.child_by_field_name("receiver"))
            return [(f"func {receiver} {node_text(node.child_by_field_name('name'))}{_signature_of(node)}", [])]
        if kind == "type_declaration":
            return [_go_type(spec) for spec in node.named_children if spec.type == "type_spec"]
        if kind in ("const_declaration", "var_declaration"):
            return [(_one_line(node), [])]
        return []
    if kind in ("struct_item", "enum_item", "union_item", "trait_item"):
        body = node.child_by_field_name("body")
        members = [_one_line(member).rstrip(",;") for member in (body.named_children if body is not None else [])
                   if member.type in ("field_declaration", "enum_variant", "function_signature_item", "function_item")]
        word = kind.removesuffix("_item")
        return [(f"{word} {node_text(node.child_by_field_name('name'))}", [_head(member) for member in members])]
    if kind == "impl_item":
        trait = node.child_by_field_name("trait")
        title = f"impl {node_text(trait)} for {node_text(node.child_by_field_name('type'))}" if trait is not None else (
            f"impl {node_text(node.child_by_field_name('type'))}")
        body = node.child_by_field_name("body")
        methods = [_head(_one_line(item)) for item in (body.named_children if body is not None else [])
                   if item.type == "function_item"]
        return [(title, methods)]
    if kind in ("const_item", "static_item", "type_item"):
        return [(_one_line(node).rstrip(";"), [])]
    if kind == "mod_item":
        return [(f"mod {node_text(node.child_by_field_name('name'))}", [])]
    return []


def _go_type(spec: tree_sitter.Node) -> tuple[str, list[str]]:
    name, shape = node_text(spec.child_by_field_name("name")), spec.child_by_field_name("type")
    if shape is None or shape.type not in ("struct_type", "interface_type"):
        return f"type {name} {node_text(shape)}", []
    word = "struct" if shape.type == "struct_type" else "interface"
    members = [_one_line(member) for member in _descendants(shape, ("field_declaration", "method_elem"))]
    return f"type {name} {word}", members


def _signature_of(node: tree_sitter.Node) -> str:
    result = node.child_by_field_name("result")
    return _one_line(node.child_by_field_name("parameters")) + (f" {node_text(result)}" if result is not None else "")


def _descendants(node: tree_sitter.Node, kinds: tuple[str, ...]) -> list[tree_sitter.Node]:
    found = []
    for child in node.named_children:
        found += [child] if child.type in kinds else _descendants(child, kinds)
    return found


def _head(code: str) -> str:
    """A function's signature without its body: ``fn new(name: &str) -> Self``."""
    return code.split("{", 1)[0].strip()


def _one_line(node: tree_sitter.Node | None) -> str:
    return re.sub(r"\s+", " ", node_text(node)).strip()
