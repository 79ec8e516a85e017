"""The web routes a module serves (Flask's ``@app.route``, Express's ``app.get(…)``), and the removal of the one a
request names: "remove the delete route", "delete the /health endpoint", "drop the get book route".

Asked to "remove the delete route" of an Express to-do API, the adapter proposed nothing, and the removal of a
definition by name cannot find a route whose handler has no name. A route is found by what a request calls it:
its method, the words of its path, or its handler's name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import tree_sitter

from companion.behaviors.quoted import stem
from companion.behaviors.removal import (
    REMOVES,
    removes_only,
    still_parses,
    without_lines,
)
from companion.code_names import identifier_spans
from companion.documents import spelled_out, syntax_tree

VERBS = ("get", "post", "put", "patch", "delete")

_DECORATOR = re.compile(
    r"^@\w+\.(?P<verb>route|get|post|put|patch|delete)\(\s*(?P<quote>[\"'])(?P<path>[^\"']*)(?P=quote)"
    r"(?:[^)]*?methods\s*=\s*[\[(](?P<methods>[^\])]*)[\])])?", re.DOTALL)
_CALLEE = re.compile(r"^(?:app|router|api|server)\.(?P<verb>get|post|put|patch|delete|all)$")
_NAMES_ROUTE = re.compile(r"^(?:the\s+)?(?P<words>.+?)\s+(?:route|endpoint)(?:\s+handler)?$", re.IGNORECASE)


@dataclass(frozen=True)
class Route:
    verbs: tuple[str, ...]
    """Upper case: ("GET",), ("GET", "POST")."""
    path: str
    handler: str
    """The name of the function that serves it; "" for an inline one."""
    start: int
    end: int
    """Character offsets of the whole statement, decorators included: what removing the route takes out."""

    def __str__(self) -> str:
        return f"{'/'.join(self.verbs)} {self.path}"


def decorated_route(decorator: str) -> tuple[tuple[str, ...], str] | None:
    """The methods and path of a Flask route decorator: ``@app.route("/books")`` is GET /books, ``methods=["POST"]``
    or ``@app.post`` POST."""
    found = _DECORATOR.match(decorator)
    if not found:
        return None
    verbs = re.findall(r"[A-Za-z]+", found["methods"] or "") or ["GET" if found["verb"] == "route" else found["verb"]]
    return tuple(verb.upper() for verb in verbs), found["path"]


def called_route(call: tree_sitter.Node) -> tuple[str, str, tree_sitter.Node] | None:
    """The method, path and handler of an Express route call, ``app.get("/todos", (req, res) => …)``."""
    callee = call.child_by_field_name("function")
    arguments = call.child_by_field_name("arguments")
    found = _CALLEE.match(callee.text.decode("utf-8")) if callee is not None else None
    if not found or arguments is None or len(arguments.named_children) < 2:
        return None
    first = arguments.named_children[0]
    if first.type not in ("string", "template_string"):
        return None
    return found["verb"].upper(), first.text.decode("utf-8")[1:-1], arguments.named_children[-1]


def routes_of(code: str, language: str) -> list[Route]:
    """The routes the top level of ``code`` serves."""
    data = code.encode("utf-8")
    routes = []

    def offsets(node: tree_sitter.Node) -> tuple[int, int]:
        return len(data[: node.start_byte].decode("utf-8")), len(data[: node.end_byte].decode("utf-8"))

    for node in syntax_tree(code, language).root_node.named_children:
        if node.type == "decorated_definition" and (definition := node.child_by_field_name("definition")) is not None:
            name = definition.child_by_field_name("name")
            for decorator in (child for child in node.named_children if child.type == "decorator"):
                if (route := decorated_route(decorator.text.decode("utf-8"))) is not None:
                    routes.append(Route(route[0], route[1], name.text.decode("utf-8") if name else "", *offsets(node)))
        elif node.type == "expression_statement" and node.named_children and (
                node.named_children[0].type == "call_expression") and (call := called_route(node.named_children[0])):
            verb, path, handler = call
            named = handler.text.decode("utf-8") if handler.type == "identifier" else ""
            routes.append(Route((verb,), path, named, *offsets(node)))
    return routes


def removed_route(code: str, request: str, language: str) -> tuple[str, str] | None:
    """``code`` without the one route a removal request names, by its method ("the delete route"), its path
    ("the /health endpoint", "the POST /books route") or its handler ("the get book route"), and a caution where
    its handler is still used; None when the request names no route, or more than one fits."""
    found = REMOVES.search(request) if removes_only(request) else None
    route = route_called(found["what"].strip(), code, language) if found else None
    if route is None:
        return None
    result = without_lines(code, route.start, route.end)
    if not still_parses(code, result, language):
        return None
    used = route.handler and identifier_spans(result, language, route.handler)
    return result, f"{route.handler} is still used elsewhere in the file" if used else ""


def route_called(what: str, code: str, language: str) -> Route | None:
    """The one route of ``code`` that ``what`` calls by its method ("the delete route"), path ("the /health
    endpoint", "the POST /books route") or handler ("the get book route"); None when none fits, or several."""
    named = _NAMES_ROUTE.match(what)
    if named is None:
        return None
    words = named["words"].split()
    fitting = [route for route in routes_of(code, language) if all(_calls(route, word) for word in words)]
    if len(fitting) > 1:  # "the get book route": get_book, rather than list_books serving GET /books
        fitting = [route for route in fitting if _handler_words(route) == [stem(word.lower()) for word in words]]
    return fitting[0] if len(fitting) == 1 else None


def _calls(route: Route, word: str) -> bool:
    """Whether ``word`` of a request is something the route is called by: a method it serves, its path or a word
    of it, or a word of its handler's name."""
    if "/" in word:
        return word.rstrip("/") == route.path.rstrip("/")
    said = stem(word.lower())
    if word.lower() in VERBS:
        return word.upper() in route.verbs or said in _handler_words(route)
    path_words = [stem(part) for part in re.findall(r"[a-z0-9]+", route.path.lower())]
    return said in path_words or said in _handler_words(route)


def _handler_words(route: Route) -> list[str]:
    return [stem(word) for word in spelled_out(route.handler).lower().split()]
