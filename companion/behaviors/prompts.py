"""Prompt templates and output formats: the one source of truth for runtime, evals and training data.

The behaviour they implement is specified in docs/behaviors.md.

Prompts are plain text (the default model is a pretrained base model with no chat template). The stable
part of every prompt (instructions and examples) comes first, so llama.cpp reuses its evaluated prefix
from one request to the next.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

EDIT_END = "</revised>"
EDIT_STOPS = (EDIT_END, "</edit>", "<eos>", "<end_of_turn>")

EDIT_INSTRUCTIONS = (
    "Each edit shows part of a file, a request, and the same part revised as the request asks. "
    "Only what the request asks changes; everything else stays exactly as it was.\n\n"
)


@dataclass(frozen=True)
class EditExample:
    path: str
    request: str
    original: str
    revised: str


EDIT_EXAMPLES = (
    EditExample(
        "letter.txt",
        "make this more formal",
        "Hey Sam, thanks a ton for the books, they're awesome!\n",
        "Dear Sam, thank you very much for the books; they are wonderful.\n",
    ),
    EditExample(
        "stats.py",
        "add a docstring",
        "def mean(values):\n    return sum(values) / len(values)\n",
        'def mean(values):\n    """The arithmetic mean of a non-empty sequence."""\n    return sum(values) / len(values)\n',
    ),
    EditExample(
        "notes.md",
        "fix the typos",
        "The meeting is on Tuesdy at the libary.\n",
        "The meeting is on Tuesday at the library.\n",
    ),
)


def render_edit_block(path: str, request: str, original: str, context: str = "") -> str:
    """One example or query; a query ends right after ``<revised>`` for the model to continue.

    The document comes before the request, so a second request about the same text reuses everything
    up to the request from the KV cache. Tags rather than Markdown-like markers delimit the parts, so a
    document's own headings and comments can never be mistaken for the end of the answer.
    """
    context_part = f"<context>\n{context.rstrip()}\n</context>\n" if context.strip() else ""
    return (
        f'<edit file="{path}">\n{context_part}<original>\n{original.rstrip()}\n</original>\n'
        f"<request>{request.strip()}</request>\n<revised>\n"
    )


def render_edit_prompt(path: str, request: str, original: str, context: str = "", style: str = "") -> str:
    style_part = f"Project style rules:\n{style.strip()}\n\n" if style.strip() else ""
    examples = "".join(
        render_edit_block(e.path, e.request, e.original) + e.revised.rstrip() + f"\n{EDIT_END}\n</edit>\n\n"
        for e in EDIT_EXAMPLES
    )
    return EDIT_INSTRUCTIONS + style_part + examples + render_edit_block(path, request, original, context)


def clean_edit_output(text: str) -> str:
    """The revised text alone, whatever closing tag the model began."""
    for stop in EDIT_STOPS:
        index = text.find(stop)
        if index != -1:
            text = text[:index]
    return text


LOCATE_INSTRUCTIONS = "A file is split into numbered parts. For each request, the number of the part to change.\n\n"
LOCATE_EXAMPLE = (
    "File: recipe.md\n[1] Pancakes\n[2] Pancakes: Ingredients: flour, milk, eggs\n"
    "[3] Pancakes: Steps: mix everything and fry\nRequest: add sugar to the ingredients\nPart: [2]\n\n"
)


def render_locate_prompt(path: str, request: str, numbered_titles: list[tuple[int, str]]) -> str:
    listing = "".join(f"[{number}] {title}\n" for number, title in numbered_titles)
    return f"{LOCATE_INSTRUCTIONS}{LOCATE_EXAMPLE}File: {path}\n{listing}Request: {request.strip()}\nPart: ["


INTENTS = ("answer", "create", "edit", "rewrite", "comment")

ROUTE_INSTRUCTIONS = (
    "Requests to a writing and coding companion, each labelled with what the companion should do.\n"
    "answer: reply in the chat and change nothing (questions, including questions about the open document).\n"
    "create: draft a new document.\n"
    "edit: change a part of the open document (the selection, or what the request names).\n"
    "rewrite: rewrite the whole open document.\n"
    "comment: give inline feedback on the open document without changing it.\n\n"
)
ROUTE_EXAMPLES = (
    (None, False, "write a blog post about the history of coffee beans", "create"),
    ("essay.md", False, "what is the main argument here?", "answer"),
    ("essay.md", True, "make this sentence punchier", "edit"),
    ("notes.txt", False, "rewrite this so it reads like a formal report", "rewrite"),
    ("app.py", False, "review this code and point out bugs", "comment"),
    (None, False, "help me cook a new recipe for dinner", "answer"),
    ("README.md", False, "fix the typo in the installation section", "edit"),
)


def render_route_line(path: str | None, has_selection: bool, request: str) -> str:
    document = f"open: {path}" + (" (text selected)" if has_selection else "") if path else "open: nothing"
    return f"[{document}] {request.strip()}\nLabel:"


def render_route_prompt(path: str | None, has_selection: bool, request: str, style: str = "") -> str:
    """The label follows as one of `` answer``, `` create``, … (a leading space, as the examples show)."""
    examples = "".join(f"{render_route_line(p, s, r)} {label}\n\n" for p, s, r, label in ROUTE_EXAMPLES)
    return ROUTE_INSTRUCTIONS + examples + render_route_line(path, has_selection, request)


ANSWER_START, ANSWER_END = "<answer>", "</answer>"
ANSWER_STOPS = (ANSWER_END, "<question>", "<document", "</document", "<eos>", "<end_of_turn>")
"""Where an answer ends: its closing tag, or the tags of a prompt the model has begun to write again (a question,
or a document it copied up to its end: "the clerk.\n\nEXT. HARBOUR … </document>")."""


def render_answer_prompt(request: str, path: str | None = None, excerpt: str = "", style: str = "") -> str:
    style_part = f"Project style rules:\n{style.strip()}\n\n" if style.strip() else ""
    document = f'<document file="{path}">\n{excerpt.rstrip()}\n</document>\n' if path and excerpt.strip() else ""
    return (
        "A helpful companion answers questions clearly and briefly.\n\n" + style_part
        + "<question>What is a haiku?</question>\n<answer>A haiku is a three-line Japanese poem of 5, 7 and 5 "
        "syllables, usually about nature or a moment in time.</answer>\n\n"
        + f"{document}<question>{request.strip()}</question>\n{ANSWER_START}"
    )


CREATE_END = "</document>"
CREATE_STOPS = (CREATE_END, "<request>", "<eos>", "<end_of_turn>")
FILE_NAME_GRAMMAR = r"""root ::= stem "." ext
stem ::= [a-z0-9] [a-z0-9-]{0,40}
ext ::= "md" | "txt" | "py" | "js" | "ts" | "html" | "json" | "toml" | "sh"
"""


def render_create_name_prompt(request: str) -> str:
    return (
        "File names for new documents.\n\n"
        "<request>write a blog post about the history of coffee beans</request>\n<name>coffee-history.md</name>\n"
        "<request>a python script that renames photos by date</request>\n<name>rename-photos.py</name>\n"
        f"<request>{request.strip()}</request>\n<name>"
    )


CREATE_EXAMPLE = (
    "# Lunch on Friday\n\nHi all, let's have lunch together this Friday at 12:30 at the usual place. Reply by "
    "Thursday so I can book a table."
)
"""The create prompt's worked example: a draft that says it was borrowed, not written for the request."""


def render_create_prompt(request: str, file_name: str, style: str = "") -> str:
    style_part = f"Project style rules:\n{style.strip()}\n\n" if style.strip() else ""
    return (
        "Each request is followed by the complete document written for it.\n\n" + style_part
        + "<request>a short note inviting the team to lunch on Friday</request>\n"
        f'<document file="lunch-invite.md">\n{CREATE_EXAMPLE}\n</document>\n\n'
        + f'<request>{request.strip()}</request>\n<document file="{file_name}">\n'
    )


MAX_COMMENTS = 3


COMMENT_TEXT_CHARS = 100


def comment_grammar(candidate_quotes: list[str]) -> str:
    """GBNF for ``{"comments": [{"quote": …, "comment": …, "suggestion": … | null}, …]}``.

    Each quote is one of ``candidate_quotes`` (exact spans of the document), so every comment anchors;
    texts are bounded, so the answer always ends before the token limit and always parses. Written
    directly because llama.cpp's JSON-schema converter mis-escapes quotes inside enum values.
    """
    quote = " | ".join(_gbnf_literal(json.dumps(q, ensure_ascii=False)) for q in candidate_quotes) or "text"
    return (
        f'root ::= "{{\\"comments\\": [" (item (", " item){{0,{MAX_COMMENTS - 1}}})? "]}}"\n'
        'item ::= "{\\"quote\\": " quote ", \\"comment\\": " text ", \\"suggestion\\": " (text | "null") "}"\n'
        f"quote ::= {quote}\n"
        f'text ::= "\\"" char{{1,{COMMENT_TEXT_CHARS}}} "\\""\n'
        'char ::= [^"\\\\\\x00-\\x1f] | "\\\\" ["\\\\/nt]\n'
    )


def _gbnf_literal(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


@dataclass(frozen=True)
class CommentExample:
    quote: str
    comment: str
    suggestion: str


COMMENT_EXAMPLE = CommentExample("The meeting are on Tuesdy.", "Subject-verb agreement and a typo.", "The meeting is on Tuesday.")
"""The review prompt's worked example: a comment that repeats it was borrowed, not written about the user's text."""


def render_comment_prompt(path: str, request: str, text: str, style: str = "") -> str:
    style_part = f"Project style rules:\n{style.strip()}\n\n" if style.strip() else ""
    return (
        "A careful reviewer quotes the exact text each comment is about, says what is wrong, and suggests a "
        "replacement for the quoted text when there is one.\n\n" + style_part
        + f'<review file="note.txt" request="proofread">\n{COMMENT_EXAMPLE.quote}\n</review>\n'
        f'{{"comments": [{{"quote": "{COMMENT_EXAMPLE.quote}", "comment": "{COMMENT_EXAMPLE.comment}", '
        f'"suggestion": "{COMMENT_EXAMPLE.suggestion}"}}]}}\n\n'
        + f'<review file="{path}" request="{request.strip()}">\n{text.rstrip()}\n</review>\n'
    )
