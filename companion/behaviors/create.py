"""Create: a new document drafted from the request, proposed under a file name that does not exist yet."""

from __future__ import annotations

import re
from pathlib import Path

from companion.behaviors.edit import MalformedOutput, borrowed_share, example_words
from companion.behaviors.prompts import (
    CREATE_EXAMPLE,
    CREATE_STOPS,
    FILE_NAME_GRAMMAR,
    render_create_name_prompt,
    render_create_prompt,
)
from companion.behaviors.prose_checks import related, words_of
from companion.behaviors.streaming import OnText, collect, collect_before_loop
from companion.documents import Document
from companion.engine.base import CancelToken, Engine, GenerationRequest
from companion.proposals import Proposal, Replacement, build_proposal

DRAFT_TOKENS = 700
CREATE_EXAMPLE_WORDS = example_words([CREATE_EXAMPLE])
"""A draft that is mostly the prompt's worked example (the base weights answered 17 of the 20 requests of
evals/drafts.jsonl with the lunch invitation) is refused. A stray sentence of it in a draft otherwise about the
request ("…Please reply by Thursday so I can book a table." closing meeting notes) is left for the user's
review: the draft is all new text, read in full before it is accepted, and the rest of it is worth having."""
SAFE_NAME = re.compile(r"[a-z0-9][a-z0-9-]{0,40}\.(md|txt|py|js|ts|html|json|toml|sh)")


def propose_new_document(
    engine: Engine,
    request: str,
    folder: Path,
    *,
    relative_folder: str = "",
    style: str = "",
    cancel: CancelToken | None = None,
    on_text: OnText | None = None,
) -> Proposal:
    """A Proposal whose original is empty: accepting it creates the file (never overwrites one)."""
    name = _free_name(folder, _file_name(engine, request))
    text = _draft(engine, request, name, style, cancel, on_text)
    display_path = f"{relative_folder}/{name}" if relative_folder else name
    empty = Document.from_text(folder / name, "")
    return build_proposal(
        empty, request, [Replacement(0, 0, text, 0)], display_path=display_path, intent="create", model=engine.info.name
    )


def draft_into(engine: Engine, document: Document, request: str, *, display_path: str, style: str = "",
               cancel: CancelToken | None = None, on_text: OnText | None = None) -> Proposal:
    """A draft for a blank document the user has open, proposed as its new content (see ``blank``)."""
    text = _draft(engine, request, document.path.name, style, cancel, on_text)
    return build_proposal(document, request, [Replacement(0, len(document.text), text, 0)], display_path=display_path,
                          intent="rewrite", model=engine.info.name)


def _draft(engine: Engine, request: str, name: str, style: str, cancel: CancelToken | None,
           on_text: OnText | None) -> str:
    """The model's draft for ``request`` under the file name ``name``, or MalformedOutput saying why there is none."""
    generation = GenerationRequest(render_create_prompt(request, name, style), DRAFT_TOKENS, CREATE_STOPS)
    text = collect_before_loop(engine, generation, cancel, on_text, shown=request, asked=request)
    for stop in CREATE_STOPS:
        text = text.split(stop)[0]
    stopped = engine.last_stats.finish_reason
    if stopped in ("length", "loop"):
        text = _complete_paragraphs(text)
    if not text.strip():
        raise MalformedOutput("The model returned an empty draft; nothing was proposed. Try rephrasing.")
    if borrowed_share(text, request, CREATE_EXAMPLE_WORDS) >= 0.5:
        raise MalformedOutput("The model answered with the example from its own instructions instead of a draft for "
                              "your request; nothing was proposed. Try rephrasing.")
    if missing := _subject_missing(text, request):
        raise MalformedOutput(f"The model's draft says nothing of {missing}, which you asked for; nothing was proposed. "
                              "A draft is written from your request alone, not the open document: say what it is about.")
    if stopped == "loop" and len([line for line in text.splitlines() if line.strip()]) < 2:
        raise MalformedOutput("The model began repeating itself before it wrote more than a title; nothing was proposed. "
                              "Try rephrasing.")
    return text.rstrip() + "\n"


def _subject_missing(draft: str, request: str) -> str:
    """The request's subject words, quoted, when the draft has none of them; "" when it has one or the request
    names none. Asked to "write an email to the team summarising this" with standup notes open, the adapter,
    which sees only the request, drafted a coffee morning. Each draft the eval split (evals/drafts.jsonl) counts
    on topic has one of its request's subject words."""
    subject = [word for word in dict.fromkeys(re.findall(r"[a-z0-9']+", request.lower()))
               if len(word) >= 4 and word not in _NO_SUBJECT]
    words = words_of(draft.lower())
    if not subject or any(word == other or related(word, other) for word in subject for other in words):
        return ""
    return ", ".join(f"“{word}”" for word in subject[:3])


_NO_SUBJECT = frozenset(
    "write draft make create compose start need want please give gimme about with that this these those some from "
    "into your mine document file email letter note notes post blog script poem haiku essay story article message "
    "reply memo outline template report speech summary short quick simple small little list page".split()
)
"""Words of a request that say what kind of draft it wants, or nothing, rather than what it is about."""


def _complete_paragraphs(text: str) -> str:
    """A draft cut off by the token limit, or stopped where it began repeating itself, without its unfinished
    last paragraph (when it has others).

    Unlike an edit, a cut-off draft loses nothing of the user's: it is proposed, reviewed and can be
    extended by a later request.
    """
    end = text.rstrip().rfind("\n\n")
    return text[:end] if end > 0 else text


def _file_name(engine: Engine, request: str) -> str:
    """A short, safe name: lowercase words and a known extension, no folders (the grammar's shape,
    checked again here because an engine without grammars could answer anything)."""
    name = collect(engine, GenerationRequest(render_create_name_prompt(request), 24, grammar=FILE_NAME_GRAMMAR), None, None)
    return name if SAFE_NAME.fullmatch(name) else "draft.md"


def _free_name(folder: Path, name: str) -> str:
    """``name``, or ``name-2``, ``name-3``… so that a draft never replaces an existing file."""
    stem, _, extension = name.rpartition(".")
    candidate, number = name, 2
    while (folder / candidate).exists():
        candidate, number = f"{stem}-{number}.{extension}", number + 1
    return candidate
