"""A blank document (empty, or only whitespace) has nothing in it to change or to ask about; a request to write
something in it is drafted into it, as a new document would be (``create.draft_into``).

Before, the model was asked to revise nothing: "fix the typos" of an empty file answered with its own
instructions, "what is this about?" with "This is about a haiku", and "write a short intro about our garden"
drafted a new file beside the empty one the user had opened for it."""

from __future__ import annotations

import re

WRITING = re.compile(
    r"^\s*(?:please\s+|can you\s+|could you\s+)?(?:write|draft|compose|add|start|begin|put|insert|create|fill|outline|"
    r"give me|make (?:me )?an?)\b", re.IGNORECASE)
ABOUT_THE_DOCUMENT = re.compile(
    r"\b(?:this|it|here|the (?:document|file|text|note|notes|page|draft|essay|letter|post|story|code|script))\b",
    re.IGNORECASE)
ANOTHER_FILE = re.compile(r"\b(?:new|another|separate) (?:file|document|doc)\b|\b[\w-]+\.[a-z]{1,5}\b", re.IGNORECASE)


def is_blank(text: str) -> bool:
    """Empty, or only whitespace: nothing in it to change or ask about."""
    return not text.strip()


def asks_to_write(request: str) -> bool:
    return bool(WRITING.match(request))


def drafts_here(request: str) -> bool:
    """A request routed to create a document that, with a blank document open, is written into that one: it
    names no other file."""
    return not ANOTHER_FILE.search(request)


def blank_answer(request: str, display_path: str) -> str | None:
    """A question about the blank document, answered from what it is; None for a question about anything else."""
    return f"{display_path} is empty: it has no text yet." if ABOUT_THE_DOCUMENT.search(request) else None


def nothing_to_change(display_path: str) -> str:
    return (f"{display_path} is empty: there is nothing in it to change yet. Ask for something to be written in it "
            "(“write an introduction to …”).")
