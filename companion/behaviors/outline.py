"""Answers about code read from the code itself: what it does ("what does this code do?", "explain this file")
where the model's own answer cannot be trusted; what one function or route returns is ``returns``', how to run it
``usage``'s.

Asked "what does this code do?" of a small Flask app, the base model answered "It reads the book data and returns
the book id and title." and said it again until it was stopped; asked to "explain this file" of three string
helpers, it described "a list of words in alphabetical order", line by line. A programmer asking that wants a
map they can check against the code. So the model's answer stands only where it finished and its words are the
code's own (``grounded_in_code``); otherwise the answer is an outline that tree-sitter reads from the code: each
definition with its parameters, the first line of its docstring or the comment above it, what it returns when
that is short, the web routes it serves, the command-line options it takes, what it exports and what it runs
when run as a script.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

import tree_sitter

from companion.behaviors import c_java, ruby_php
from companion.behaviors.build_files import dockerfile_outline, makefile_outline
from companion.behaviors.go_rust import items_of
from companion.behaviors.queries import SQL_SUFFIXES, sql_outline
from companion.behaviors.returns import (
    RETURN_SHOWN,
    responses_of,
    returned_by,
    shortened,
    squeezed,
)
from companion.behaviors.routes import called_route, decorated_route
from companion.behaviors.summary import asks_for_summary, grounded
from companion.behaviors.terraform import HCL_SUFFIXES, hcl_outline
from companion.code_sections import COMMENTS, body_of, lua_function_assigned
from companion.documents import (
    CODE_LANGUAGES,
    Document,
    is_build_file,
    is_dockerfile,
    node_text,
    spelled_out,
    syntax_tree,
)

_CODE_NOUNS = "code|file|script|module|program|app|snippet|makefile|dockerfile|query|queries|migration|schema"
ASKS_WHAT_CODE_DOES = re.compile(
    r"^\s*(?:(?:can|could|would)\s+you\s+|please\s+|so\s+)?(?:"
    rf"what\s+(?:does|do|is)\s+(?:this|it|the)\s*(?:{_CODE_NOUNS}|class)?\s+(?:do|doing|for)\b"
    rf"|what(?:'s|\s+is)\s+(?:this|the)\s+(?:{_CODE_NOUNS})\s+(?:for|about)\b"
    rf"|explain\s+(?:(?:this|it)(?:\s+(?:{_CODE_NOUNS}))?|the\s+(?:{_CODE_NOUNS})|what\s+(?:this|it|the)\s+(?:\w+\s+)?does)"
    r"\s*(?:to\s+me\s*)?[?.!]*$"
    rf"|how\s+does\s+(?:this|it|the)\s*(?:{_CODE_NOUNS})?\s+work\b"
    rf"|(?:give\s+me\s+)?an?\s+(?:overview|outline)\s+of\s+(?:this|the)\s+(?:{_CODE_NOUNS})\b"
    r"|walk\s+me\s+through\s+(?:this|the|it)\b)",
    re.IGNORECASE,
)
"""A question about what the open code does as a whole: "what does this code do?", "explain this file", "how does
it work?". Not one about a part of it: "what does get_book return?", "explain the slugify() call"."""

_ABOUT_CODE = frozenset(re.findall(r"\S+", """
    code file script program module function method class console result output input value user line variable
    data call use return run print"""))
"""Words an explanation of code may use that the code need not have: "the script prints the results"."""

SHELL_SUFFIXES = (".sh", ".bash", ".zsh")


def asks_what_code_does(request: str, document: Document) -> bool:
    """Whether ``request`` asks what the open code (a shell script too) does, or for a summary of it."""
    is_code = (document.language in CODE_LANGUAGES.values() or is_build_file(document.path)
               or document.path.suffix.lower() in SHELL_SUFFIXES + SQL_SUFFIXES + HCL_SUFFIXES)
    return is_code and bool(ASKS_WHAT_CODE_DOES.search(request) or asks_for_summary(request))


def grounded_in_code(answer: str, code: str) -> bool:
    """Whether three quarters of an explanation's content words are words of ``code``: of its names (``count_words``
    speaks of "count" and "words", ``readConfig`` of "read" and "config"), strings and comments."""
    return grounded(answer, spelled_out(code), allowed=_ABOUT_CODE)


@dataclass
class Definition:
    """One function, class or interface of the outline."""

    signature: str
    note: str = ""
    returns: list[str] = field(default_factory=list)
    routes: list[str] = field(default_factory=list)
    members: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Option:
    """One ``add_argument`` of an argparse parser."""

    names: tuple[str, ...]
    help: str
    default: str
    flag: bool
    """Takes no value: ``action="store_true"``."""

    @property
    def described(self) -> str:
        said = [self.help] if self.help else []
        said += [f"default {self.default}"] if self.default else []
        return " / ".join(self.names) + (f" ({', '.join(said)})" if said else "")

    @property
    def in_usage(self) -> str:
        """``PATH`` for a positional argument, ``[--top TOP]`` for an option, ``[--verbose]`` for a flag."""
        name = self.names[-1] if self.names else "?"
        if not name.startswith("-"):
            return name.upper()
        return f"[{name}]" if self.flag else f"[{name} {name.lstrip('-').replace('-', '_').upper()}]"


def outline(document: Document, selection: tuple[int, int] | None = None, *, heading: str = "") -> str | None:
    """The outline of the code ``document`` (or its selection), in Markdown, under ``heading`` (by default, what
    was read); None for prose or code with nothing to outline."""
    code = document.text[selection[0] : selection[1]] if selection is not None else document.text
    heading = heading or (f"{document.path.name}, read from its code" if selection is None
                          else "The selection, read from its code")
    if document.path.suffix.lower() in SHELL_SUFFIXES:
        steps = script_steps(code)
        return f"{heading}:\n" + "\n".join(steps) if steps else None
    if document.path.suffix.lower() in SQL_SUFFIXES:
        statements = sql_outline(code)
        return f"{heading}:\n" + "\n".join(statements) if statements else None
    if document.path.suffix.lower() in HCL_SUFFIXES:
        return hcl_outline(code, heading)
    if is_build_file(document.path) and selection is None:
        return dockerfile_outline(document) if is_dockerfile(document.path) else makefile_outline(document)
    if document.language not in CODE_LANGUAGES.values():
        return None
    root = syntax_tree(code, document.language).root_node
    reader = CodeReader(document.language)
    for node in c_java.top_level(root, document.language):
        reader.read_top(node)
    lines = [_line(definition) for definition in reader.definitions]
    lines += [f"- route {route}" for route in reader.routes]
    if reader.options:
        lines.append("- command-line options: " + "; ".join(option.described for option in reader.options))
    if reader.exports:
        lines.append("- exports " + ", ".join(f"`{name}`" for name in reader.exports))
    if reader.runs:
        lines.append("- when run: " + "; ".join(f"`{statement}`" for statement in reader.runs))
    if not lines:
        return None
    opening = f"{heading}: {reader.opening}\n" if reader.opening else f"{heading}:\n"
    return opening + "\n".join(lines)


def script_steps(script: str) -> list[str]:
    """A shell script's steps in order: the comment at its top, its settings (``KEEP_DAYS=7``), its functions,
    and the commands it runs, each under the message it ``echo``es before them."""
    lines = script.splitlines()
    top = [_comment_text(line) for line in itertools.takewhile(lambda line: line.startswith("#"), lines)
           if not line.startswith("#!")]
    opening = [f"- {top[0]}"] if top and top[0] else []
    settings: list[str] = []
    steps: list[str] = []
    in_function = False
    for line in (line.strip() for line in lines):
        if in_function:
            in_function = line != "}"
        elif not line or line.startswith("#") or _SHELL_OPTIONS.match(line):
            continue
        elif _SHELL_SETTING.match(line):
            settings.append(f"`{shortened(line)}`")
        elif function := _SHELL_FUNCTION.match(line):
            steps.append(f"- function `{function['name']}`")
            in_function = not line.endswith("}")
        elif message := _SHELL_MESSAGE.match(line):
            steps.append(f"- says “{message['text']}”")
        elif _SHELL_COMMAND.match(line):
            under_message = bool(steps) and steps[-1].startswith(("- says", "  - runs"))
            steps.append(f"{'  ' if under_message else ''}- runs `{shortened(line)}`")
    return opening + ([f"- settings: {', '.join(settings)}"] if settings else []) + steps


_SHELL_OPTIONS = re.compile(r"^set\s+[-+]")
_SHELL_SETTING = re.compile(r"^(?:export\s+|readonly\s+)?[A-Z][A-Z0-9_]*=")
_SHELL_FUNCTION = re.compile(r"^(?:function\s+)?(?P<name>[\w-]+)\s*\(\)\s*\{?")
_SHELL_MESSAGE = re.compile(r"^(?:echo|printf)\s+(?:-\w+\s+)?(?P<quote>[\"'])(?P<text>[^\"']*)(?P=quote)\s*(?:1?>&2)?$")
_SHELL_COMMAND = re.compile(r"^(?!(?:fi|done|esac|then|else|do|in)\b)[a-z][\w./-]*(?:\s|$)")


def _line(definition: Definition) -> str:
    said = [definition.note if definition.note.endswith((".", "!", "?")) else f"{definition.note}."] if definition.note else []
    said += [f"Serves {', '.join(definition.routes)}."] if definition.routes else []
    said += ["Returns " + " or ".join(f"`{shown}`" for shown in definition.returns) + "."] if definition.returns else []
    text = f"- `{definition.signature}`" + (f": {' '.join(said)}" if said else "")
    return text + "".join(f"\n  - `{member}`" for member in definition.members)


_RUN_GUARD = re.compile(r"^__name__\s*==\s*[\"']__main__[\"']$")


class CodeReader:
    """Walks the top of a module once, collecting what the outline says."""

    def __init__(self, language: str) -> None:
        self.language = language
        self.opening = ""
        self.definitions: list[Definition] = []
        self.routes: list[str] = []
        self.options: list[Option] = []
        self.exports: list[str] = []
        self.runs: list[str] = []

    def read_top(self, node: tree_sitter.Node) -> None:
        if node.type in COMMENTS:
            if self._before_anything(node) and not node_text(node).startswith("#!") and not _comment_above(node.next_named_sibling):
                self.opening = self.opening or _comment_text(node_text(node))
            return
        if node.type == "expression_statement" and self._before_anything(node) and _docstring(node):
            self.opening = _docstring(node)
            return
        comment = _comment_above(node)
        if node.type == "export_statement":
            declaration = node.child_by_field_name("declaration")
            if declaration is not None:
                self.exports += [name for name in self._read_definition(declaration, comment) if name]
            else:
                self.exports += re.findall(r"[A-Za-z_$][\w$]*", re.sub(r"\bas\s+\w+|export|default|from.*", "", node_text(node)))
            return
        self._read_definition(node, comment)
        self._read_options(node)

    @staticmethod
    def _before_anything(node: tree_sitter.Node) -> bool:
        """Whether only comments (and PHP's ``<?php``) come before ``node``: where a file says what it is for."""
        before = node.prev_named_sibling
        while before is not None and before.type in (*COMMENTS, "php_tag"):
            before = before.prev_named_sibling
        return before is None

    def _read_definition(self, node: tree_sitter.Node, comment: str) -> list[str]:
        """Reads one top-level statement; the names it defines."""
        kind = node.type
        if kind == "decorated_definition":
            inner = node.child_by_field_name("definition")
            decorators = [node_text(child) for child in node.named_children if child.type == "decorator"]
            names = self._read_definition(inner, comment) if inner is not None else []
            if self.definitions and names:
                self.definitions[-1].routes += [f"{'/'.join(route[0])} {route[1]}" for text in decorators
                                                if (route := decorated_route(text)) is not None]
            return names
        if self.language in ("ruby", "php") and (items := ruby_php.items_of(node, self.language)):
            self.definitions += [Definition(head, note or comment, members=members) for head, note, members in items]
            return []
        if (target := lua_function_assigned(node)) is not None:  # Lua's ``M.restock = function(item, amount)``
            value = node.named_children[0] if kind == "variable_declaration" else node
            self.definitions.append(self._function(value.named_children[1].child_by_field_name("value"), comment,
                                                   name=node_text(target)))
            return [node_text(target)]
        if kind == "return_statement" and self.language == "lua":  # a module's ``return M``
            self.exports.append(squeezed(node_text(node)).removeprefix("return ").strip())
            return []
        if kind in ruby_php.RUBY_METHODS:
            self.definitions.append(Definition(ruby_php.method_head(node), comment, ruby_php.ruby_returns(node)))
            return [node_text(node.child_by_field_name("name"))]
        if self.language in ("go", "rust") and (items := items_of(node, self.language)):
            self.definitions += [Definition(signature, comment, members=members) for signature, members in items]
            return []
        if self.language in c_java.LANGUAGES and (items := c_java.items_of(node, self.language)):
            self.definitions += [Definition(signature, comment, members=members) for signature, members in items]
            return []
        if kind in ("function_definition", "function_declaration", "generator_function_declaration", "function_item",
                    *c_java.C_JAVA_FUNCTIONS) or c_java.function_of(node) is not node:
            self.definitions.append(self._function(node, comment))
            return [node_text(node.child_by_field_name("name"))]
        if kind in ("class_definition", "class_declaration", "abstract_class_declaration"):
            self.definitions.append(self._class(node, comment))
            return [node_text(node.child_by_field_name("name"))]
        if kind == "interface_declaration":
            name = node_text(node.child_by_field_name("name"))
            body = node.child_by_field_name("body")
            members = [squeezed(node_text(member)).rstrip(";,") for member in body.named_children
                       if member.type in ("property_signature", "method_signature")] if body is not None else []
            self.definitions.append(Definition(f"interface {name}", comment, members=members))
            return [name]
        if kind in ("lexical_declaration", "variable_declaration"):
            return self._read_declaration(node, comment)
        if kind == "expression_statement":
            self._read_expression(node)
        if kind == "if":
            self.runs += ruby_php.ruby_runs(node)
        if kind == "if_statement" and _RUN_GUARD.match(node_text(node.child_by_field_name("condition")).strip("() ")):
            body = node.child_by_field_name("consequence")
            self.runs += [squeezed(node_text(statement)) for statement in (body.named_children if body else [])
                          if statement.type != "comment"]
        return []

    def _read_declaration(self, node: tree_sitter.Node, comment: str) -> list[str]:
        names = []
        for declarator in node.named_children:
            value, name = declarator.child_by_field_name("value"), declarator.child_by_field_name("name")
            if declarator.type != "variable_declarator" or name is None:
                continue
            names.append(node_text(name))
            if value is not None and value.type in ("arrow_function", "function_expression", "function"):
                self.definitions.append(self._function(value, comment, name=node_text(name)))
        return names

    def _read_expression(self, node: tree_sitter.Node) -> None:
        """A route an Express app serves, an ``app.listen``, or ``module.exports``."""
        expression = node.named_children[0] if node.named_children else None
        if expression is None:
            return
        if expression.type == "assignment_expression" and node_text(expression.child_by_field_name("left")) in (
                "module.exports", "exports"):
            right = expression.child_by_field_name("right")
            self.exports += [node_text(child.child_by_field_name("key") or child) for child in right.named_children
                             if child.type in ("shorthand_property_identifier", "pair")] if right.type == "object" else [node_text(right)]
            return
        if expression.type != "call_expression":
            return
        callee = node_text(expression.child_by_field_name("function"))
        arguments = expression.child_by_field_name("arguments")
        first = arguments.named_children[0] if arguments is not None and arguments.named_children else None
        if (called := called_route(expression)) is not None:
            verb, path, handler = called
            route = f"{verb} {path}"
            if handler.type == "identifier":
                route += f" → `{node_text(handler)}`"
            elif (responses := responses_of(handler)):
                route += ": responds " + " or ".join(f"`{shown}`" for shown in responses)
            self.routes.append(route)
        elif callee.endswith((".listen", ".run")) and arguments is not None:
            self.runs.append(squeezed(node_text(expression)) if len(node_text(expression)) <= RETURN_SHOWN
                             else f"{callee}({squeezed(node_text(first)) if first is not None else ''}, …)")

    def _read_options(self, node: tree_sitter.Node) -> None:
        """argparse's ``add_argument`` calls, anywhere under ``node``."""
        if node.type == "call" and node_text(node.child_by_field_name("function")).endswith(".add_argument"):
            arguments = node.child_by_field_name("arguments")
            names = [node_text(child)[1:-1] for child in arguments.named_children if child.type == "string"]
            keywords = {node_text(child.child_by_field_name("name")): node_text(child.child_by_field_name("value"))
                        for child in arguments.named_children if child.type == "keyword_argument"}
            flag = keywords.get("action", "").strip("\"'") in ("store_true", "store_false", "count")
            self.options.append(Option(tuple(names), keywords.get("help", "").strip("\"'"), keywords.get("default", ""), flag))
            return
        for child in node.named_children:
            self._read_options(child)

    def _function(self, node: tree_sitter.Node, comment: str, name: str = "") -> Definition:
        if self.language in c_java.LANGUAGES:
            body = body_of(c_java.function_of(node))
            return Definition(c_java.signature(node), comment, returned_by(body) if body is not None else [])
        name = name or node_text(node.child_by_field_name("name"))
        parameters = node.child_by_field_name("parameters") or node.child_by_field_name("parameter")
        shown = squeezed(node_text(parameters)) if parameters is not None else "()"
        if not shown.startswith("("):
            shown = f"({shown})"
        if (returned := node.child_by_field_name("return_type") or node.child_by_field_name("result")) is not None:
            arrow = {"python": " -> ", "rust": " -> ", "go": " ", "php": ": "}.get(self.language, "")
            shown += arrow + node_text(returned)
        body = node.child_by_field_name("body")
        note = _docstring(body.named_children[0]) if body is not None and body.named_children else ""
        returns = returned_by(body) if body is not None else []
        return Definition(f"{name}{shown}", note or comment, returns)

    def _class(self, node: tree_sitter.Node, comment: str) -> Definition:
        name = node_text(node.child_by_field_name("name"))
        body = node.child_by_field_name("body")
        children = body.named_children if body is not None else []
        note = _docstring(children[0]) if children else ""
        methods = []
        for child in children:
            inner = child.child_by_field_name("definition") if child.type == "decorated_definition" else child
            if inner is not None and inner.type in ("function_definition", "method_definition"):
                parameters = inner.child_by_field_name("parameters")
                methods.append(f"{node_text(inner.child_by_field_name('name'))}{squeezed(node_text(parameters)) if parameters else '()'}")
        return Definition(f"class {name}", note or comment, members=methods)


def _docstring(node: tree_sitter.Node) -> str:
    """The first line of a Python docstring, where ``node`` is one."""
    if node.type != "expression_statement" or not node.named_children or node.named_children[0].type != "string":
        return ""
    text = node_text(node.named_children[0]).strip("\"'rbuRBU")
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    return first


def _comment_text(comment: str) -> str:
    lines = [re.sub(r"^\s*(?:/\*\*?|\*/|\*|//+|#+|--+)\s?", "", line).removesuffix("*/").strip() for line in comment.splitlines()]
    lines = [_DOC_TAGS.sub("", line).strip() for line in lines]
    return next((line for line in lines if line), "")


_DOC_TAGS = re.compile(r"</?(?:summary|remarks|returns|para)>")
"""The tags of a C# doc comment around what it says: ``/// <summary>The shelf.</summary>``."""


def _comment_above(node: tree_sitter.Node | None) -> str:
    """The first line of the comment right above ``node``, with no blank line between: what it says of ``node``."""
    before = node.prev_named_sibling if node is not None else None
    ends_on = before.end_point[0] - node_text(before).endswith("\n") if before is not None else 0  # Rust's keep their newline
    if before is None or before.type not in COMMENTS or ends_on + 1 != node.start_point[0]:
        return ""
    return _comment_text(node_text(before))
