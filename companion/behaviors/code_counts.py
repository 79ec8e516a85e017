"""Answers to "how many functions are there?" of code, by counting its definitions rather than asking the model.

Asked how many functions a stock module of two has, the model answered "There are 10 functions in the main
program."; asked how many methods a Java class of four has, "1". The definitions are read from tree-sitter's tree
of the code and named, so the figure can be checked at a glance.
"""

from __future__ import annotations

import re

import tree_sitter

from companion.code_names import definition_spans, name_node
from companion.code_sections import type_keyword
from companion.documents import LANGUAGE_NAMES, Document, descendants, syntax_tree

_ASKS_HOW_MANY = re.compile(
    r"^\s*(?:so\s+|and\s+)?how\s+many\s+(?P<kind>functions?|methods?|class(?:es)?|structs?|tests?)\b(?P<rest>.*)$",
    re.IGNORECASE)

_FUNCTIONS = ("function_definition", "function_declaration", "generator_function_declaration", "function_item",
              "method", "singleton_method")  # Ruby's ``def``: a method inside a class or module
_METHODS = ("method_definition", "method_declaration")
_CLASSES = ("class_definition", "class_declaration", "abstract_class_declaration", "class_specifier", "class")
_CLASS_BODIES = ("class_definition", "class_declaration", "abstract_class_declaration", "impl_item", "class_body",
                 "interface_declaration", "enum_declaration", "record_declaration", "field_declaration_list",
                 "class", "singleton_class", "trait_declaration", "struct_declaration")
_STRUCTS = ("struct_item", "struct_specifier", "struct_declaration")


def definitions_counted(request: str, document: Document, selection: tuple[int, int] | None = None) -> str | None:
    """How many functions, methods, classes, structs or tests the open code (its selection, or the one definition
    the question names: "how many methods does Library have?") defines, with their names; None for another
    question, or a document that is not code."""
    asked = _ASKS_HOW_MANY.match(request)
    if not asked or document.language not in LANGUAGE_NAMES:
        return None
    if asked["kind"].lower().startswith("test") and document.language not in ("python", "go"):
        return None  # elsewhere a test is a call (``it("…")``) or an attribute (``@Test``), not a name
    code = document.text[selection[0] : selection[1]] if selection is not None else document.text
    kind = asked["kind"].lower().removesuffix("es" if asked["kind"].lower().startswith("class") else "s")
    subject = "The selection" if selection is not None else document.path.name
    for word in re.findall(r"[\w$]+", asked["rest"]):
        spans = definition_spans(code, document.language, word)
        if len(spans) == 1 and spans[0][1] - spans[0][0] < len(code):
            code, subject = code[spans[0][0] : spans[0][1]], f"`{word}`"
            break
    if kind == "function" and document.language == "java":
        kind = "method"  # Java has no function outside a class
    names = _defined(syntax_tree(code, document.language).root_node, kind)
    plural = "class" if kind == "class" else kind
    noun = f"{plural}{'es' if kind == 'class' else 's'}" if len(names) != 1 else plural
    if not names:
        return f"{subject} has no {plural}{'es' if kind == 'class' else 's'}."
    listed = ", ".join(f"`{name}`" for name in names[:12]) + (", …" if len(names) > 12 else "")
    return f"{subject} has {len(names)} {noun}: {listed}."


def _defined(root: tree_sitter.Node, kind: str) -> list[str]:
    """The names of the definitions of ``kind`` under ``root``, in order: a function is one outside any class (and
    any other function), a method one inside a class or impl, a test a function or method named ``test…`` (Go's
``TestName``)."""
    names: list[str] = []
    prototypes: list[str] = []
    classes = {_name(node) for node in descendants(root) if node.type in _CLASSES}

    def visit(node: tree_sitter.Node, in_class: bool, in_function: bool) -> None:
        name = _name(node)
        is_function = node.type in _FUNCTIONS or node.type in _METHODS
        in_class = in_class or _class_scope(node) in classes  # C++'s ``double Cart::total() const { … }``
        if kind == "function" and node.type in _FUNCTIONS and not in_class and not in_function:
            names.append(name)
        elif kind == "method" and _is_prototype(node) and not in_function:
            prototypes.append(name)
        elif kind == "method" and is_function and (in_class or node.type in _METHODS) and not in_function:
            names.append(name)
        elif kind == "test" and is_function and name.lower().startswith("test") and not in_function:
            names.append(name)
        elif kind == "class" and node.type in _CLASSES and type_keyword(node) in ("", "class"):
            names.append(name)
        elif kind == "struct" and (node.type in _STRUCTS and node.child_by_field_name("body") is not None or (
                node.type == "type_spec" and getattr(node.child_by_field_name("type"), "type", "") == "struct_type")
                or type_keyword(node) == "struct"):
            names.append(name)
        for child in node.named_children:
            visit(child, in_class or node.type in _CLASS_BODIES or _is_ruby_module(node), in_function or is_function)

    visit(root, False, False)
    # a C++ method declared in its class and defined outside is one; two classes' ``initialize`` are two
    return [name for name in names + [name for name in dict.fromkeys(prototypes) if name not in names] if name]


def _is_ruby_module(node: tree_sitter.Node) -> bool:
    """A Ruby ``module BookClub``, whose ``def``s are methods (Python's whole file is a "module" too)."""
    named = node.child_by_field_name("name") if node.type == "module" else None
    return named is not None and named.type in ("constant", "scope_resolution")


def _is_prototype(node: tree_sitter.Node) -> bool:
    """A C++ method declared in its class without its body: ``double total() const;``."""
    declarator = node.child_by_field_name("declarator") if node.type == "field_declaration" else None
    return declarator is not None and declarator.type == "function_declarator"


def _class_scope(node: tree_sitter.Node) -> str:
    """The class a C++ function is defined for outside it (``Cart`` of ``Cart::total``); "" for any other node."""
    declarator = node.child_by_field_name("declarator") if node.type == "function_definition" else None
    while declarator is not None and declarator.type != "qualified_identifier":
        declarator = declarator.child_by_field_name("declarator")
    scope = declarator.child_by_field_name("scope") if declarator is not None else None
    return scope.text.decode("utf-8") if scope is not None else ""


def _name(node: tree_sitter.Node) -> str:
    named = name_node(node)
    return named.text.decode("utf-8") if named is not None else ""
