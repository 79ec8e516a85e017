"""Prompt templates and output formats: the one source of truth for runtime, evals and training data.

Prompts are plain text (the default model is a pretrained base model with no chat template). The stable
part of every prompt (instructions and examples) comes first, so llama.cpp reuses its evaluated prefix
from one request to the next.
"""

from __future__ import annotations

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

    Tags rather than Markdown-like markers delimit the parts, so a document's own headings and
    comments can never be mistaken for the end of the answer.
    """
    context_part = f"<context>\n{context.rstrip()}\n</context>\n" if context.strip() else ""
    return (
        f'<edit file="{path}">\n<request>{request.strip()}</request>\n{context_part}'
        f"<original>\n{original.rstrip()}\n</original>\n<revised>\n"
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
