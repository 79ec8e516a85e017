"""What a function returns, read from its code: "what does get_book return?", "what does the delete route send?",
and what the outline says each function returns.

A function's ``return`` statements (a nested function's are its own), an arrow function's or an expression-bodied
C# method's one expression, a Ruby method's last expression, an Express handler's responses.
"""

from __future__ import annotations

import re

import tree_sitter

from companion.behaviors import c_java, ruby_php
from companion.behaviors.routes import called_route, route_called
from companion.code_names import definition_spans
from companion.code_sections import body_of
from companion.documents import CODE_LANGUAGES, Document, node_text, syntax_tree

RETURN_SHOWN = 60
"""The longest return expression the outline shows; a longer one is cut at this many characters."""


ASKS_WHAT_IT_RETURNS = re.compile(
    r"^\s*what\s+(?:does|do|will|would)\s+(?:the\s+)?(?P<what>`?[\w$.]+`?(?:\(\))?(?:\s+(?:function|method))?|"
    r"(?:[\w$/:<>.-]+\s+){1,3}(?:route|endpoint))\s+(?:return|send|respond(?:\s+with)?)\s*[?.!]*$", re.IGNORECASE)
"""A question about what one function or route gives back: "what does get_book return?", "what does the delete
route send?"."""


def returns_answer(request: str, document: Document, selection: tuple[int, int] | None = None) -> str | None:
    """What the function or web route a question names returns, read from its ``return`` statements (or, for an
    Express handler, from what it sends on its response); None when the question is of another kind, or names no
    one function or route of the code."""
    found = ASKS_WHAT_IT_RETURNS.match(request)
    if not found or document.language not in CODE_LANGUAGES.values() or document.language == "bash":
        return None  # a shell function returns its last command's status: nothing to quote
    code = document.text[selection[0] : selection[1]] if selection is not None else document.text
    what = found["what"].strip("`")
    named = re.match(r"^([\w$.]+?)(?:\(\))?(?:\s+(?:function|method))?$", what)
    name = named[1].rsplit(".", 1)[-1] if named else ""
    route = route_called(what, code, document.language) if not named else None
    if route is not None and not route.handler:
        call = syntax_tree(code[route.start : route.end], document.language).root_node.named_children[0].named_children[0]
        sent = responses_of(called_route(call)[2])
        return (f"{route} responds " + " or ".join(f"`{shown}`" for shown in sent) + "." if sent
                else f"{route} sends no response of its own.")
    if route is not None:
        name = route.handler
    spans = definition_spans(code, document.language, name) if name else []
    if len(spans) != 1:
        return None
    function = _first_function(syntax_tree(code[spans[0][0] : spans[0][1]], document.language).root_node)
    body = body_of(function) if function is not None else None
    if body is None:
        return None
    if function.type in ruby_php.RUBY_METHODS:
        returned = [shortened(value) for value in ruby_php.ruby_returns(function)]
    else:
        returned = returned_by(body)
    subject = f"{route} (`{name}`)" if route is not None else f"`{name}`"
    if not returned:
        return f"{subject} returns nothing: it has no return statement."
    return f"{subject} returns " + " or ".join(f"`{shown}`" for shown in returned) + "."


_BLOCKS = ("block", "statement_block", "compound_statement", "statements")
"""A function's body of statements (not an arrow function's one expression), in every grammar."""


def _first_function(node: tree_sitter.Node) -> tree_sitter.Node | None:
    if node.type in ("function_definition", "function_declaration", "method_definition", "arrow_function",
                     "function_expression", *c_java.C_JAVA_FUNCTIONS, *ruby_php.RUBY_METHODS):
        return node
    return next((found for child in node.named_children if (found := _first_function(child)) is not None), None)


def returned_by(body: tree_sitter.Node) -> list[str]:
    """What the function whose body is ``body`` returns, shown: its return statements, or the one expression an
    arrow function (``=> total * 2``) or a C# expression-bodied method is."""
    if body.type == "function_body" and body.named_children:  # Kotlin's ``{ … }`` or ``= books.size``
        body = body.named_children[0]
    if body.type == "arrow_expression_clause" and body.named_children:
        return [shortened(node_text(body.named_children[0]))]
    return returns_in(body) if body.type in _BLOCKS else [shortened(node_text(body))]


def returns_in(body: tree_sitter.Node) -> list[str]:
    """What the function whose body is ``body`` returns, each return shown once; nested functions' returns are
    theirs."""
    found: list[str] = []

    def visit(node: tree_sitter.Node) -> None:
        if node.type in ("return_statement", "return_expression") or (
                node.type == "control_transfer_statement" and node_text(node).startswith("return")):  # Rust's, Kotlin's, Swift's
            value = node_text(node)[len("return"):].strip().rstrip(";")
            if value and value not in found:
                found.append(shortened(value))
            return
        if node.type in ("function_definition", "function_declaration", "arrow_function", "function_expression",
                         "class_definition", "class_declaration", "lambda", "lambda_expression"):
            return
        for child in node.named_children:
            visit(child)

    visit(body)
    return found


def responses_of(handler: tree_sitter.Node) -> list[str]:
    """What an inline Express handler sends: its statements that call on its second parameter (``res.json(todo)``,
    ``return res.status(404).end()``), each shown once."""
    parameters = handler.child_by_field_name("parameters")
    names = [node_text(child) for child in parameters.named_children] if parameters is not None else []
    body = handler.child_by_field_name("body")
    if len(names) < 2 or body is None:
        return []
    found: list[str] = []

    def visit(node: tree_sitter.Node) -> None:
        if node.type in ("expression_statement", "return_statement"):
            sent = squeezed(node_text(node)).removeprefix("return ").rstrip(";")
            if sent.startswith(f"{names[1]}.") and shortened(sent) not in found:
                found.append(shortened(sent))
            return
        if node.type not in ("arrow_function", "function_expression", "function"):
            for child in node.named_children:
                visit(child)

    visit(body)
    return found


def squeezed(code: str) -> str:
    """``code`` on one line: a chain of calls broken over lines (``text\n  .trim()``) joined up again."""
    return re.sub(r"\s+", " ", re.sub(r"\s*\n\s*(?=\.)", "", code)).strip()


def shortened(code: str) -> str:
    """``code`` on one line, cut at ``RETURN_SHOWN`` characters."""
    one_line = squeezed(code)
    return one_line if len(one_line) <= RETURN_SHOWN else one_line[: RETURN_SHOWN - 1].rstrip() + "…"
