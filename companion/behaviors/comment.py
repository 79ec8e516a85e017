"""Comments: inline feedback anchored to exact spans of the document, never a change by themselves.

The model quotes the text each comment is about. A grammar constrains the quote to sentences (or code
lines) that really occur in the document; whatever an engine returns, a quote is anchored by exact
search, and a comment whose quote cannot be found is dropped and counted, never shown at a wrong place.
A comment that says its own quote has text it does not have, repeats the prompt's worked example, or repeats
another is left out and counted too (``unfounded``).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from companion.behaviors.asked_text import occurrences
from companion.behaviors.code_review import code_review_findings
from companion.behaviors.edit import MalformedOutput, borrowed, example_words
from companion.behaviors.prompts import (
    COMMENT_EXAMPLE,
    comment_grammar,
    render_comment_prompt,
)
from companion.behaviors.proofreading import (
    ASKS_FOR_PROOFREADING,
    proofreading_findings,
)
from companion.code_names import identifier_spans
from companion.documents import LANGUAGE_NAMES, PROSE_LANGUAGES, Document
from companion.engine.base import CancelToken, Engine, GenerationRequest, generate
from companion.proposals import Proposal, Replacement, build_proposal

MAX_REVIEW_TOKENS = 1500
"""The part of a document reviewed in one pass: the selection, or the sections up to this size."""
MAX_CANDIDATES = 80
SENTENCE = re.compile(r"[^\s][^.!?\n]*[.!?]?")


@dataclass(frozen=True)
class Comment:
    start: int
    end: int
    quote: str
    text: str
    suggestion: str | None
    line: int
    column: int
    stale: bool = False
    """Its quote is no longer in the file: shown greyed out, its suggestion cannot be applied."""


@dataclass(frozen=True)
class Review:
    path: str
    comments: tuple[Comment, ...]
    produced: int
    dropped: int
    """Comments whose quote is not in the reviewed text."""
    request: str = ""
    unfounded: int = 0
    """Comments left out though their quote was found: ``unfounded`` says why."""

    def left_out(self) -> str:
        """Which comments were not shown and why, in words; empty when every one was."""
        parts = [f"{self.dropped} dropped (quote not in the file)"] if self.dropped else []
        if self.unfounded:
            parts.append(f"{self.unfounded} left out (a repeat, the prompt's example, or about text its quote does not have)")
        return ", ".join(parts)

    def lint_lines(self) -> list[str]:
        """``path:line:col: text``, the way linters print, so editors can jump to each comment."""
        return [f"{self.path}:{c.line}:{c.column}: {c.text}" for c in self.comments]

    def to_json(self) -> dict:
        return {
            "path": self.path,
            "produced": self.produced,
            "dropped": self.dropped,
            "unfounded": self.unfounded,
            "comments": [c.__dict__ for c in self.comments],
        }


def review(
    engine: Engine,
    document: Document,
    request: str,
    *,
    display_path: str,
    selection: tuple[int, int] | None = None,
    style: str = "",
    cancel: CancelToken | None = None,
) -> Review:
    start, end = selection if selection is not None else _reviewed_span(engine, document)
    found = found_without_the_model(document, request, start, end)
    text = document.text[start:end]
    grammar = comment_grammar(candidate_quotes(text, document.language))
    prompt = render_comment_prompt(display_path, request, text, style)
    raw = generate(engine, GenerationRequest(prompt, max_tokens=400, grammar=grammar), cancel)
    try:
        items = json.loads(raw)["comments"]
    except (ValueError, KeyError, TypeError) as error:
        if found:  # what was found without the model still stands
            return Review(display_path, tuple(found), produced=len(found), dropped=0, request=request)
        raise MalformedOutput("The model's review could not be read (it was cut off or malformed); nothing is shown.") from error
    anchored = [c for c in (anchor(document, item, start, end) for item in items if isinstance(item, dict)) if c is not None]
    kept: list[Comment] = list(found)
    for comment in anchored:
        if not unfounded(comment, kept, document):
            kept.append(comment)
    kept.sort(key=lambda comment: comment.start)
    return Review(display_path, tuple(kept), produced=len(items) + len(found), dropped=len(items) - len(anchored),
                  request=request, unfounded=len(anchored) + len(found) - len(kept))


def found_without_the_model(document: Document, request: str, start: int, end: int) -> list[Comment]:
    """The comments that need no model between ``start`` and ``end``: for a request to proofread prose, its slips
    with their corrections (``proofreading_findings``); for a request about what could go wrong in code, the
    faults its checks prove (``code_review_findings``)."""
    if document.language in PROSE_LANGUAGES:
        if not ASKS_FOR_PROOFREADING.search(request):
            return []
        findings = [(f.start, f.end, f.comment, f.suggestion) for f in proofreading_findings(document.text, start, end)]
    else:
        findings = [(f.start, f.end, f.comment, None) for f in code_review_findings(document.text, document.language, request)
                    if start <= f.start and f.end <= end]
    return [Comment(at, to, document.text[at:to], comment, suggestion, *_line_and_column(document.text, at))
            for at, to, comment, suggestion in findings]


_CLAIM = re.compile(r"['‘\"“]([^'’\"”]+)['’\"”]\s+(?:should be|->|→)\s+['‘\"“]([^'’\"”]+)['’\"”]")
"""A correction the comment claims: "Typo: 'teh' should be 'the'."."""


_EXAMPLE_WORDS = example_words([COMMENT_EXAMPLE.comment, COMMENT_EXAMPLE.suggestion])


def unfounded(comment: Comment, earlier: list[Comment], document: Document) -> bool:
    """Whether a comment repeats one of ``earlier``, claims a correction of a word its own quote does not have as
    a word, claims in code that one of its names is a typo for another of them or that something other than a word
    (a file's name) is a typo, or is the prompt's worked example.

    The distilled adapter learned its comments from planted typos, and on text without them it still says
    "Typo: 'teh' should be 'the'." of a sentence with no "teh", or "Typo: 'mix' should be 'mix'.", sometimes three
    times over one sentence, or "Typo: 't' should be 'the'." of "# This week", where "t" is no word of its own; the
    base weights answer "Subject-verb agreement and a typo." with "The meeting are
    on Tuesday." for a line of Python; of ``lines.add(line)`` in Java it said "Typo: 'line' should be 'lines'.", two
    names the code has, each for its own thing; of ``Library.new("books.json")`` in Ruby, "Typo: 'books.json' should
    be 'books'.", a file's name. Shown, each sends the user looking for a mistake that is not there."""
    if any(other.start == comment.start and other.text.lower() == comment.text.lower() for other in earlier):
        return True
    if borrowed(f"{comment.text}\n{comment.suggestion or ''}", comment.quote, _EXAMPLE_WORDS):
        return True
    claims = _CLAIM.findall(comment.text)
    if any(wrong == right or not occurrences(comment.quote, wrong) for wrong, right in claims):
        return True
    return document.language in LANGUAGE_NAMES and any(
        not re.fullmatch(r"[A-Za-z'’ -]+", wrong)  # a file's name, a path, a number: "'books.json' should be 'books'"
        or (identifier_spans(document.text, document.language, wrong) and identifier_spans(document.text, document.language, right))
        for wrong, right in claims)


def anchor(document: Document, item: dict, start: int = 0, end: int | None = None) -> Comment | None:
    """Place a comment at the first exact occurrence of its quote in [start, end); None when absent."""
    quote, text = item.get("quote"), item.get("comment")
    if not isinstance(quote, str) or not quote.strip() or not isinstance(text, str):
        return None
    end = len(document.text) if end is None else end
    found = document.text.find(quote, start, end)
    if found == -1:
        return None
    line, column = _line_and_column(document.text, found)
    suggestion = item.get("suggestion") if isinstance(item.get("suggestion"), str) else None
    if suggestion == quote:  # a replacement that changes nothing is no suggestion
        suggestion = None
    return Comment(found, found + len(quote), quote, " ".join(text.split()), suggestion, line, column)


def _line_and_column(text: str, offset: int) -> tuple[int, int]:
    return text.count("\n", 0, offset) + 1, offset - (text.rfind("\n", 0, offset) + 1) + 1


def candidate_quotes(text: str, language: str) -> list[str]:
    """Exact, distinct spans a comment may quote: sentences for prose, stripped lines for code."""
    if language in PROSE_LANGUAGES:
        spans = [m.group().strip() for line in text.splitlines() for m in SENTENCE.finditer(line)]
    else:
        spans = [line.strip() for line in text.splitlines()]
    unique = list(dict.fromkeys(span for span in spans if len(span) >= 3))
    return unique[:MAX_CANDIDATES]


def suggestion_proposal(document: Document, comment: Comment, display_path: str, model: str = "") -> Proposal:
    """Turn a comment's suggested replacement into an edit, reviewed like any other proposal."""
    if comment.suggestion is None:
        raise ValueError("This comment has no suggested replacement.")
    if comment.stale:
        raise ValueError("This comment is stale: its text changed on disk, so its suggestion cannot be applied.")
    replacement = Replacement(comment.start, comment.end, comment.suggestion, _section_at(document, comment.start))
    return build_proposal(document, f"apply suggestion: {comment.text}", [replacement], display_path=display_path, model=model)


def _section_at(document: Document, offset: int) -> int:
    return next((s.index for s in document.sections if s.start <= offset < s.end), 0)


def _reviewed_span(engine: Engine, document: Document) -> tuple[int, int]:
    end, budget = 0, MAX_REVIEW_TOKENS
    for section in document.sections:
        cost = engine.count_tokens(section.text)
        if cost > budget and end > 0:
            break
        end, budget = section.end, budget - cost
    return 0, end
