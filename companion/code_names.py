"""The names code declares and uses, read by tree-sitter: what a revision must keep (``declared_names``), what a
rename changes (``identifier_spans``), and what deleting a definition takes out (``definition_spans``), in every
code language the companion reads."""

from __future__ import annotations

import tree_sitter

from companion.code_sections import FUNCTION_VALUES, lua_function_assigned
from companion.documents import PROSE_LANGUAGES, node_text, syntax_tree


def declared_names(code: str, language: str) -> list[str]:
    """The names ``code`` declares for other code to use: functions, classes and their methods and fields,
    interfaces and their members, types, and variables outside any function. Names local to a function body
    are not among them (a change inside a function may rename or drop those freely); prose declares none."""
    if language in PROSE_LANGUAGES:
        return []
    names: list[str] = []

    def visit(node: tree_sitter.Node) -> None:
        named = name_node(node)
        if _declares(node) and named is not None:
            names.append(named.text.decode("utf-8"))
        elif node.type == "variable_declarator" and named is not None and named.type == "identifier":
            names.append(named.text.decode("utf-8"))
        elif node.type == "assignment" and (target := node.child_by_field_name("left")) is not None and target.type in (
                "identifier", "constant"):  # Python's and Ruby's variables, Ruby's ``LOAN_DAYS = 21``
            names.append(target.text.decode("utf-8"))
        elif (attributes := _ruby_attributes(node)) is not None:
            names.extend(attributes)
        elif (target := lua_function_assigned(node)) is not None:  # ``M.restock = function(item) … end``
            names.append(node_text(target.child_by_field_name("field") or target))
        elif node.type == "variable_declaration" and node.named_children and node.named_children[0].type == (
                "assignment_statement"):  # Lua's ``local M = {}``
            names.extend(node_text(target) for target in node.named_children[0].named_children[0].named_children
                         if target.type == "identifier")
        elif node.type == "property_declaration" and (variable := _kotlin_variable(node)) is not None:
            names.append(node_text(variable))  # Kotlin's ``val books = …``, ``const val LOAN_DAYS = 21``
        elif node.type == "variable_assignment" and named is not None and named.type == "variable_name":
            names.append(named.text.decode("utf-8"))  # a shell script's setting, ``DEST=…``
        if node.type not in _FUNCTIONS:
            for child in node.named_children:
                visit(child)

    visit(syntax_tree(code, language).root_node)
    return [name for name in dict.fromkeys(names) if len(name) >= 2]


def identifier_spans(code: str, language: str, name: str) -> list[tuple[int, int]]:
    """Where ``code`` uses ``name`` as a name of its own, as character offsets: variables, parameters,
    functions, classes and types, in f-strings too; not an attribute or property of something else
    (``photo.when``, ``o.called``), a keyword argument's name (the callee's, ``f(when=…)``), a string or a
    comment, but in PHP a string that is all of an argument (``array_map('clean_input', …)`` calls it). What a
    rename in code changes; none in prose, or in code of a language with no grammar here."""
    if language in PROSE_LANGUAGES:
        return []
    data = code.encode("utf-8")
    spans: list[tuple[int, int]] = []

    def visit(node: tree_sitter.Node) -> None:
        if (_is_name(node) or (language == "php" and _is_callable_string(node))) and node.text == name.encode(
                "utf-8") and not _is_member_of_another(node):
            spans.append((len(data[: node.start_byte].decode("utf-8")), len(data[: node.end_byte].decode("utf-8"))))
        for child in node.children:
            visit(child)

    visit(syntax_tree(code, language).root_node)
    return spans


def _kotlin_variable(node: tree_sitter.Node) -> tree_sitter.Node | None:
    """The name a Kotlin property declares: the identifier of its ``variable_declaration``."""
    declaration = next((child for child in node.named_children if child.type == "variable_declaration"), None)
    return next((child for child in declaration.named_children if child.type == "identifier"), None) if declaration else None


def _is_callable_string(node: tree_sitter.Node) -> bool:
    """A PHP string that is all of an argument: a function named as a callable, ``array_map('clean_input', …)``."""
    string = node.parent
    return node.type == "string_content" and string is not None and string.named_child_count == 1 and (
        string.parent is not None and string.parent.type == "argument")


def _ruby_attributes(node: tree_sitter.Node) -> list[str] | None:
    """The methods a Ruby class's ``attr_reader :title, :author`` (or ``attr_accessor``, ``attr_writer``) defines;
    None for any other node."""
    method = node.child_by_field_name("method") if node.type == "call" else None
    if method is None or method.text not in (b"attr_reader", b"attr_writer", b"attr_accessor") or node.child_by_field_name(
            "receiver") is not None or (arguments := node.child_by_field_name("arguments")) is None:
        return None
    return [symbol.text.decode("utf-8").lstrip(":") for symbol in arguments.named_children if symbol.type == "simple_symbol"]


def _is_member_of_another(node: tree_sitter.Node) -> bool:
    """Whether ``node`` names a member of some other object: ``photo.when``, a keyword argument's name, in Java
    ``titles.add`` and ``other.size`` (but not ``this.size``, the class's own), in Ruby ``book.lent?`` (not
    ``self.save``), in PHP ``$limiter->allow`` (not ``$this->allow``), in C# ``other.Save``."""
    parent = node.parent
    if parent is None:
        return False
    if parent.type == "call" and parent.child_by_field_name("method") == node:
        receiver = parent.child_by_field_name("receiver")
        return receiver is not None and receiver.type != "self"
    if parent.type == "navigation_suffix" and parent.parent is not None:  # Swift's ``other.save()``, not ``self.save()``
        target = parent.parent.child_by_field_name("target")
        return target is not None and target.type != "self_expression"
    if parent.type == "navigation_expression" and parent.named_children and parent.named_children[0] != node:
        return parent.named_children[0].type != "this_expression"  # Kotlin's ``other.count()``, not ``this.count()``
    if parent.type in _MEMBER_USES:  # PHP's ``$limiter->allow``, C#'s ``other.Save`` (``this.Save`` has no owner there)
        owner = parent.child_by_field_name("object") or parent.child_by_field_name("expression")
        return parent.child_by_field_name("name") == node and owner is not None and owner.text not in (b"$this", b"this")
    if parent.type in ("attribute", "keyword_argument"):
        return (parent.child_by_field_name("attribute") or parent.child_by_field_name("name")) == node
    if parent.type in ("method_invocation", "field_access"):
        owner = parent.child_by_field_name("object")
        member = parent.child_by_field_name("name") or parent.child_by_field_name("field")
        return member == node and owner is not None and owner.type != "this"
    return False


_MEMBER_USES = ("member_call_expression", "member_access_expression", "nullsafe_member_call_expression",
                "nullsafe_member_access_expression")


def _is_name(node: tree_sitter.Node) -> bool:
    """A name of the code's own: an identifier, a type's, a C++ namespace's or class's before ``::``, a shell
    variable's, a shell function's where it is defined or run, a Ruby constant (``Library``), a PHP or Swift name."""
    return node.type in ("identifier", "type_identifier", "variable_name", "namespace_identifier", "constant", "name",
                         "simple_identifier") or (
        node.type == "word" and node.parent is not None and node.parent.type in ("function_definition", "command_name"))


def definition_spans(code: str, language: str, name: str) -> list[tuple[int, int]]:
    """Where ``code`` defines ``name`` as a function, class, method, interface or type (a decorated definition
    with its decorators; in JavaScript, a ``const`` that holds a function), as character offsets of whole
    statements, ``export`` included: what deleting that definition takes out; none in prose, or in code of a
    language with no grammar here."""
    if language in PROSE_LANGUAGES:
        return []
    data = code.encode("utf-8")
    spans: list[tuple[int, int]] = []

    def visit(node: tree_sitter.Node) -> None:
        named = name_node(node)
        parent = node.parent
        whole = parent if parent is not None and (parent.type in _WRAPPERS or (
            parent.type in _GO_DECLARATIONS and len(parent.named_children) == 1)) else node
        if _declares(node) and named is not None and named.text == name.encode("utf-8"):
            spans.append((whole.start_byte, whole.end_byte))
        elif (target := lua_function_assigned(node)) is not None and node_text(
                target.child_by_field_name("field") or target) == name:
            spans.append((node.start_byte, node.end_byte))
        elif node.type in ("lexical_declaration", "variable_declaration") and len(node.named_children) == 1:
            declarator = node.named_children[0]
            value, target = declarator.child_by_field_name("value"), declarator.child_by_field_name("name")
            if value is not None and value.type in FUNCTION_VALUES and target is not None and target.text == name.encode("utf-8"):
                spans.append((whole.start_byte, whole.end_byte))
        for child in node.named_children:
            visit(child)

    visit(syntax_tree(code, language).root_node)
    return [(len(data[:start].decode("utf-8")), len(data[:end].decode("utf-8"))) for start, end in spans]


_LUA_FIELDS = ("dot_index_expression", "method_index_expression")
_WRAPPERS = ("decorated_definition", "export_statement", "template_declaration")
"""What a definition's statement begins with: its decorators (``@cache``), ``export``, or C++'s ``template <…>``."""
_GO_DECLARATIONS = ("type_declaration", "const_declaration", "var_declaration")
"""Go's ``type``, ``const`` or ``var`` statement, which is the definition's own where it declares that one name."""


_FUNCTIONS = {"function_definition", "function_declaration", "generator_function_declaration", "method_definition",
              "arrow_function", "function_expression", "function", "generator_function", "lambda",
              "method_declaration", "func_literal", "function_item", "closure_expression",
              "constructor_declaration", "lambda_expression",
              # Ruby's methods and blocks, PHP's closures, a C# method read alone
              "method", "singleton_method", "do_block", "anonymous_function", "local_function_statement",
              "init_declaration"}
_DECLARATIONS = _FUNCTIONS | {"class_definition", "class_declaration", "abstract_class_declaration", "interface_declaration",
                              "type_alias_declaration", "enum_declaration", "property_signature", "method_signature",
                              "public_field_definition", "field_definition",
                              # Go: types (structs, interfaces), their fields and methods, constants and variables
                              "type_spec", "field_declaration", "method_elem", "const_spec", "var_spec",
                              # Rust: items, trait methods, enum variants
                              "struct_item", "enum_item", "union_item", "trait_item", "mod_item", "const_item",
                              "static_item", "type_item", "function_signature_item", "enum_variant", "macro_definition",
                              # C: structs, enums and unions with a body, typedefs, macros, globals and prototypes
                              "struct_specifier", "enum_specifier", "union_specifier", "enumerator", "type_definition",
                              "preproc_def", "preproc_function_def", "declaration",
                              # Java: records, annotations and enum constants
                              "record_declaration", "annotation_type_declaration", "enum_constant",
                              # C++: classes with a body, namespaces, type aliases
                              "class_specifier", "namespace_definition", "alias_declaration",
                              # Ruby: classes and modules; PHP: traits; C#: structs, properties, delegates, namespaces
                              "class", "module", "trait_declaration", "struct_declaration", "property_declaration",
                              "delegate_declaration", "namespace_declaration",
                              # Kotlin: objects; Swift: protocols, initializers
                              "object_declaration", "protocol_declaration", "protocol_function_declaration"}
_C_DECLARATORS = ("function_definition", "declaration", "type_definition", "field_declaration")
"""C declarations whose name is inside a declarator: ``int *count_words(const char *s)`` names ``count_words``."""
_TOP_LEVEL = ("translation_unit", "preproc_ifdef", "preproc_if", "preproc_else", "linkage_specification",
              "declaration_list")
"""Where a C declaration declares for other code (a global or a prototype), not a variable local to a function."""


def name_node(node: tree_sitter.Node) -> tree_sitter.Node | None:
    """The name a declaration gives: its ``name`` (a JavaScript field's ``property``), or, in C, the identifier its
    declarator comes down to."""
    named = node.child_by_field_name("property" if node.type == "field_definition" else "name")
    if named is not None and named.type == "scope_resolution":  # Ruby's ``class BookClub::Library``
        return named.child_by_field_name("name")
    if named is not None and named.type == "pattern" and (bound := named.child_by_field_name("bound_identifier")):
        return bound  # Swift's ``let loanDays = 21``
    if named is not None and named.type in _LUA_FIELDS:  # Lua's ``function M.count(…)``, ``function M:low(…)``
        return named.child_by_field_name("field") or named.child_by_field_name("method")
    if named is not None or node.type not in _C_DECLARATORS:
        return named
    declarator = node.child_by_field_name("declarator")
    while declarator is not None and declarator.type not in ("identifier", "field_identifier", "type_identifier"):
        declarator = declarator.child_by_field_name("declarator") or declarator.child_by_field_name("name")
    return declarator


def _declares(node: tree_sitter.Node) -> bool:
    """Whether ``node`` is a declaration of its own: a C ``struct counts`` only where it has a body (not where it is
    a variable's type), a C declaration only outside a function."""
    if node.type not in _DECLARATIONS:
        return False
    if node.type in ("struct_specifier", "enum_specifier", "union_specifier", "class_specifier"):
        return node.child_by_field_name("body") is not None
    return node.type != "declaration" or (node.parent is not None and node.parent.type in _TOP_LEVEL)
