"""Questions about one named piece of code: "what does low_stock do?", "explain restock", "how does upload work?".

Asked "what does low_stock do?" of a stock module, the base model, shown the whole file, described the function
above it ("It adds the amount to the stock, creating it if needed") and said it again until stopped; asked what a
shell script's ``upload`` function does, it answered "upload is a way to upload a file to the server" three
times. The question names its subject, so the model is shown that definition alone, and where its answer is not
grounded in that code the answer is the definition's outline: its parameters, its docstring or comment, what it
returns; for a shell function, the commands it runs."""

from __future__ import annotations

import re
from dataclasses import dataclass

from companion.behaviors.outline import outline, script_steps
from companion.code_names import definition_spans
from companion.code_sections import COMMENTS, body_of
from companion.documents import CODE_LANGUAGES, Document, node_text, syntax_tree

_ASKS_ABOUT_NAMED = re.compile(
    r"^\s*(?:(?:can|could|would)\s+you\s+|please\s+)?(?:"
    r"what\s+(?:does|do|is)\s+(?:the\s+)?(?P<does>`?[\w$-]+(?:\(\))?`?)(?:\s+(?:function|method|class))?\s+(?:do|doing|for)"
    r"|what(?:'s|\s+is)\s+(?:the\s+)?(?P<for>`?[\w$-]+(?:\(\))?`?)(?:\s+(?:function|method|class))?\s+for"
    r"|explain\s+(?:the\s+)?(?P<explain>`?[\w$-]+(?:\(\))?`?)(?:\s+(?:function|method|class))?(?:\s+to\s+me)?"
    r"|how\s+does\s+(?:the\s+)?(?P<works>`?[\w$-]+(?:\(\))?`?)(?:\s+(?:function|method|class))?\s+work)\s*[?.!]*$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class NamedDefinition:
    name: str
    start: int
    end: int


def named_definition(request: str, document: Document) -> NamedDefinition | None:
    """The one definition of the open code that ``request`` asks about by name; None when it names none, or a
    name the code defines more than once or not at all ("what does this do?" is about the whole file)."""
    found = _ASKS_ABOUT_NAMED.match(request)
    if not found or document.language not in CODE_LANGUAGES.values():
        return None
    name = next(group for group in found.groups() if group).strip("`").removesuffix("()")
    spans = definition_spans(document.text, document.language, name)
    if len(spans) != 1:
        return None
    start, end = spans[0]
    return NamedDefinition(name, _comment_start(document.text, start, document.language), end)


def _comment_start(code: str, start: int, language: str) -> int:
    """Where the comment right above the definition at ``start`` begins (a Javadoc, a ``//``, ``#`` or ``--`` line),
    with no blank line between; ``start`` where there is none. The comment says what the definition is for."""
    prefixes = ("//", "/*", "*", "#") if language in ("python", "bash", "ruby", "php") else (
        ("--",) if language == "lua" else ("//", "/*", "*"))
    line_start = code.rfind("\n", 0, start) + 1
    while line_start > 0:
        above = code.rfind("\n", 0, line_start - 1) + 1
        if not code[above : line_start].strip().startswith(prefixes) or code[above : line_start].strip().startswith("#!"):
            break
        line_start = above
    return line_start if line_start < start and code[line_start:start].strip() else start


def definition_outline(document: Document, definition: NamedDefinition) -> str | None:
    """What the named definition does, read from its code: its outline, or for a shell function, the steps of
    its body. Where the outline has nothing but the signature, a short body is what it does: asked "what does
    reset do?" of a React component, the answer was "`reset()`" alone, where the function is one call,
    ``setCount(start);``."""
    heading = f"`{definition.name}`, read from its code"
    code = document.text[definition.start : definition.end]
    if document.language == "bash":
        body = code[code.find("{") + 1 : code.rfind("}")] if "{" in code else ""
        steps = script_steps(body)
        return f"{heading}:\n" + "\n".join(steps) if steps else None
    said = outline(document, (definition.start, definition.end), heading=heading)
    if said is not None and said.count("\n") == 1 and said.endswith("`") and (statements := _short_body(code, document.language)):
        return f"{said}: runs " + "; ".join(f"`{statement}`" for statement in statements) + "."
    return said


def _short_body(code: str, language: str) -> list[str]:
    """The statements of the body of the definition ``code`` begins with, where there are one to three, each a
    short line; [] otherwise."""
    definition = next((node for node in syntax_tree(code, language).root_node.named_children if node.type not in COMMENTS), None)
    body = body_of(definition) if definition is not None else None
    statements = [node_text(node) for node in (body.named_children if body is not None else []) if node.type not in COMMENTS]
    return statements if 1 <= len(statements) <= 3 and all("\n" not in line and len(line) <= 80 for line in statements) else []
