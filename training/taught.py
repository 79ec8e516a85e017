"""Training examples from a teacher model (training/teacher.py): documents it writes, the requests it imagines
their authors making, and its revisions, reviews and drafts for them.

Each answer is shaped as the runtime would send the question and checked as the runtime checks the adapter's
answer, so the adapter is never trained on what the runtime could not have asked or would refuse:

- a targeted revision may change only the sections the runtime hands the model for that request (those the
  request names, or the one section the model is asked to pick, which then also makes a locate example), and
  must pass ``unusable``, the runtime's own checks;
- a rewrite must pass the same checks, on a document short enough for one pass;
- a review's quotes must be spans the anchoring grammar can produce, and no comment may be ``unfounded``;
- a draft must not be the create prompt's worked example, and code must parse.

What is refused is counted by reason, for the report of ``scripts/synth``.
"""

from __future__ import annotations

import functools
import inspect
import os
import re
import sys
from collections import Counter
from collections.abc import Callable
from itertools import pairwise
from pathlib import Path

from companion.behaviors import locate as locator
from companion.behaviors.comment import SENTENCE, anchor, candidate_quotes, unfounded
from companion.behaviors.create import CREATE_EXAMPLE_WORDS, DRAFT_TOKENS
from companion.behaviors.edit import (
    REWRITE_PASS_TOKENS,
    borrowed_share,
    example_words,
    unusable,
)
from companion.documents import Document, is_prose, parses_cleanly
from training import requests as seeds
from training.examples import (
    Example,
    comment_example,
    edit_example,
    file_name_for,
    rewrite_example,
)
from training.teacher import (
    Teacher,
    document_question,
    draft_question,
    json_object,
    requests_question,
    review_question,
    revise_question,
    unfenced,
)

CHAT_MARKUP = re.compile(r"\[/?INST\]|<</?SYS>>|<\|im_(?:start|end)\|>|<(?:start|end)_of_turn>|<\|(?:system|user|assistant)\|>")
"""Chat-template markers a model sometimes writes into its answer; they never belong in a person's file."""
INTENT_OF_KIND = {"targeted": "edit", "rewrite": "rewrite", "comment": "comment", "answer": "answer", "create": "create"}
CHARACTERS_PER_TOKEN = 4
"""A rough size of a token in English and code, to keep within the runtime's token budgets without its tokenizer."""


def taught_examples(teacher: Teacher, documents: dict[str, str], *, kinds: list[tuple[str, str]] = seeds.DOCUMENT_KINDS,
                    limit: int | None = None) -> tuple[list[Example], Counter]:
    """Examples from the teacher for the documents it writes (one of each of ``kinds``) and for ``documents``,
    at most ``limit`` documents in all; and how many answers were refused, by reason."""
    refused: Counter = Counter()
    source = f"teacher:{teacher.model}"
    kinds = kinds[:limit] if limit is not None else kinds
    files = written_documents(teacher, kinds, refused)
    files |= dict(list(documents.items())[: None if limit is None else max(0, limit - len(kinds))])

    asked = teacher.ask_all([requests_question(path, text, not is_prose(Path(path))) for path, text in files.items()],
                            temperature=0.9, progress=_progress("requests"))
    wanted = {path: _requests(answer, refused) for path, answer in zip(files, asked)}
    examples = [Example("route", source, {"path": path, "has_selection": False, "request": request}, INTENT_OF_KIND[kind])
                for path, by_kind in wanted.items() for kind, requests in by_kind.items() for request in requests]

    changes = [(path, kind, request) for path, by_kind in wanted.items() for kind in ("targeted", "rewrite")
               for request in by_kind.get(kind, [])]
    revised = teacher.ask_all([revise_question(path, files[path], request) for path, _, request in changes],
                              temperature=0.3, progress=_progress("revisions"))
    for (path, kind, request), answer in zip(changes, revised):
        made = (targeted_examples if kind == "targeted" else rewrite_examples)(path, files[path], request, answer, source)
        _keep(made, examples, refused)

    reviews = [(path, request) for path, by_kind in wanted.items() for request in by_kind.get("comment", [])]
    answers = teacher.ask_all([review_question(path, files[path], request) for path, request in reviews],
                              temperature=0.3, progress=_progress("reviews"))
    for (path, request), answer in zip(reviews, answers):
        _keep(review_examples(path, files[path], request, answer, source), examples, refused)

    creates = [request for request, intent in seeds.NO_DOCUMENT if intent == "create"][:limit]
    creates += [request for by_kind in wanted.values() for request in by_kind.get("create", [])]
    drafts = teacher.ask_all([draft_question(request, file_name_for(request)) for request in creates],
                             progress=_progress("drafts"))
    for request, answer in zip(creates, drafts):
        _keep(draft_examples(request, answer, source), examples, refused)
    return examples, refused


def written_documents(teacher: Teacher, kinds: list[tuple[str, str]], refused: Counter) -> dict[str, str]:
    """The teacher's document for each kind, when it is one a person could have written: three lines or more, not
    its own instructions said back, and code that parses."""
    answers = teacher.ask_all([document_question(description, name) for name, description in kinds], temperature=0.9,
                              progress=_progress("documents"))
    documents = {}
    for (name, description), answer in zip(kinds, answers):
        text = unfenced(answer).strip() + "\n"
        document = Document.from_text(Path(name), text)
        if len([line for line in text.splitlines() if line.strip()]) < 3:
            refused["document: fewer than three lines"] += 1
        elif CHAT_MARKUP.search(text):
            refused["document: chat markup"] += 1
        elif borrowed_share(text, "", example_words(list(document_question(description, name)))) > 0:
            refused["document: the teacher's instructions said back"] += 1
        elif not is_prose(Path(name)) and not parses_cleanly(text, document.language):
            refused["document: code that does not parse"] += 1
        else:
            documents[name] = text
    return documents


def _requests(answer: str, refused: Counter) -> dict[str, list[str]]:
    """The requests of each kind in the teacher's JSON, each one line of plain text, none twice."""
    found = json_object(answer)
    if found is None:
        refused["requests: not a JSON object"] += 1
        return {}
    requests, seen = {}, set()
    for kind in INTENT_OF_KIND:
        listed = found.get(kind)
        for request in listed if isinstance(listed, list) else []:
            if isinstance(request, str) and 3 <= len(request.strip()) <= 200 and "\n" not in request.strip():
                if request.strip().lower() not in seen:
                    seen.add(request.strip().lower())
                    requests.setdefault(kind, []).append(request.strip())
            else:
                refused["requests: not one line of text"] += 1
    return requests


Made = tuple[list[Example], str | None]
"""Examples made from one answer, or the reason it was refused."""


def _refusing_chat_markup(kind: str) -> Callable[[Callable[..., Made]], Callable[..., Made]]:
    """A maker of examples that first refuses an ``answer`` with chat-template markup (``CHAT_MARKUP``)."""
    def wrap(make: Callable[..., Made]) -> Callable[..., Made]:
        parameters = list(inspect.signature(make).parameters)

        @functools.wraps(make)
        def checked(*args, **kwargs) -> Made:
            if CHAT_MARKUP.search((dict(zip(parameters, args)) | kwargs)["answer"]):
                return [], f"{kind}: chat markup"
            return make(*args, **kwargs)
        return checked
    return wrap


@_refusing_chat_markup("targeted")
def targeted_examples(path: str, text: str, request: str, answer: str, source: str) -> Made:
    """The edit example (and, when the model would be asked where, the locate example) for a targeted revision
    of the whole file, when its changes lie within the sections the runtime would revise for the request."""
    revised = _as_file(unfenced(answer), text)
    if revised.split() == text.split():
        return [], "targeted: unchanged"
    document = Document.from_text(Path(path), text)
    placements = {span: _lines_of(text, span) for span in _changed_spans(text, revised)}
    sections = locator.named_sections(document, request) or locator.placed_sections(document, request) or \
        locator.worded_sections(document, request)
    examples = []
    if not sections:
        touching = [document.sections_overlapping(*lines) for lines in placements.values()]
        sections = next((found for found in touching if len(found) == 1), [])
        if not sections:
            return [], "targeted: changes more than one part the request does not name"
        if len(document.sections) > 1:
            candidates = locator.rank_candidates(document, request)
            if sections[0] not in candidates:
                return [], "targeted: the changed part is not among the locator's candidates"
            numbered = [[number, locator._label(section)] for number, section in enumerate(candidates, 1)]
            fields = {"path": path, "request": request, "candidates": numbered}
            examples.append(Example("locate", source, fields, str(candidates.index(sections[0]) + 1), {"document": text}))
    if any(earlier.end != later.start for earlier, later in pairwise(sections)):
        return [], "targeted: the parts the request names are apart"
    region_start, region_end = sections[0].start, sections[-1].end
    span = next((span for span, (start, end) in placements.items() if region_start <= start <= end <= region_end), None)
    if span is None:
        return [], "targeted: changes outside the part the runtime would revise"
    original = text[region_start:region_end]
    new = revised[region_start : region_end + len(revised) - len(text)]
    reason = unusable(new.rstrip(), original.rstrip(), "", request, path, targeted=True)
    if reason:
        return [], f"targeted: {_gist(reason)}"
    examples.append(edit_example(path, request, original, new, source, text))
    return [*examples, *selected_examples(path, text, revised, request, source, span)], None


def selected_examples(path: str, text: str, revised: str, request: str, source: str, span: tuple[int, int]) -> list[Example]:
    """The same change (``span`` of ``text``) made to a selection of just the sentences (prose) or lines (code) it
    touches, shown in its sections as the runtime shows a selection, with the route example for the request made
    that way; none when that selection is the whole of its sections or the runtime would refuse the revision so
    shown."""
    start, end = span
    if is_prose(Path(path)):
        sentences = [(at + m.start(), at + m.start() + len(m.group().rstrip())) for at, line in _lines(text)
                     for m in SENTENCE.finditer(line)]
        touched = [(first, last) for first, last in sentences if first <= end and start <= last]
        if not touched:  # a change between sentences: a new line or paragraph
            return []
        start, end = touched[0][0], touched[-1][1]
    else:
        start, end = _lines_of(text, span)
    sections = Document.from_text(Path(path), text).sections_overlapping(start, end)
    context = "".join(section.text for section in sections)
    selection, new = text[start:end], revised[start : end + len(revised) - len(text)]
    if not selection.strip() or selection.strip() == context.strip():
        return []
    if unusable(new, selection, context, request, path, targeted=True):
        return []
    return [Example("route", source, {"path": path, "has_selection": True, "request": request}, "edit"),
            edit_example(path, request, selection, new, source, text, context=context)]


def _lines(text: str) -> list[tuple[int, str]]:
    """Each line of ``text`` with the offset it starts at."""
    found, offset = [], 0
    for line in text.splitlines(keepends=True):
        found.append((offset, line))
        offset += len(line)
    return found


@_refusing_chat_markup("rewrite")
def rewrite_examples(path: str, text: str, request: str, answer: str, source: str) -> Made:
    """A rewrite of a document short enough for the runtime's one-pass rewrite."""
    revised = _as_file(unfenced(answer), text)
    if revised.split() == text.split():
        return [], "rewrite: unchanged"
    if len(text) > REWRITE_PASS_TOKENS * CHARACTERS_PER_TOKEN:
        return [], "rewrite: too long for one pass"
    reason = unusable(revised.rstrip(), text.rstrip(), "", request, path, targeted=False)
    if reason:
        return [], f"rewrite: {_gist(reason)}"
    return [rewrite_example(path, request, text, revised, source)], None


@_refusing_chat_markup("review")
def review_examples(path: str, text: str, request: str, answer: str, source: str) -> Made:
    """A review whose every comment quotes a span the runtime can anchor and is not ``unfounded``. A quote that is
    part of one such span stands for that span, its suggestion applied inside it."""
    found = json_object(answer)
    items = found.get("comments") if found else None
    if not isinstance(items, list):
        return [], "review: not a JSON object with comments"
    document = Document.from_text(Path(path), text)
    quotes = candidate_quotes(text, document.language)
    kept, comments = [], []
    for item in items:
        item = _anchorable(item, quotes)
        comment = item and anchor(document, item)
        if comment is None or unfounded(comment, comments, document):
            return [], "review: a comment that cannot be anchored or is unfounded"
        comments.append(comment)
        kept.append(item)
    kept.sort(key=lambda item: quotes.index(item["quote"]))
    return [comment_example(path, request, text, kept, document.language, source)], None


def _anchorable(item: object, quotes: list[str]) -> dict | None:
    if not isinstance(item, dict) or not isinstance(item.get("quote"), str) or not isinstance(item.get("comment"), str):
        return None
    quote, suggestion = item["quote"].strip(), item.get("suggestion")
    suggestion = suggestion.strip() if isinstance(suggestion, str) and suggestion.strip() else None
    if quote not in quotes:
        holding = [span for span in quotes if quote and quote in span]
        if len(holding) != 1:
            return None
        suggestion = holding[0].replace(quote, suggestion, 1) if suggestion else None
        quote = holding[0]
    if suggestion == quote:
        suggestion = None
    return {"quote": quote, "comment": " ".join(item["comment"].split()), "suggestion": suggestion}


@_refusing_chat_markup("draft")
def draft_examples(request: str, answer: str, source: str) -> Made:
    """A draft for a create request, named as the runtime's rule names it."""
    body = unfenced(answer).strip()
    name = file_name_for(request)
    if not body:
        return [], "draft: empty"
    if len(body) > DRAFT_TOKENS * CHARACTERS_PER_TOKEN:
        return [], "draft: longer than the runtime lets a draft run"
    if borrowed_share(body, request, CREATE_EXAMPLE_WORDS) >= 0.5:
        return [], "draft: the create prompt's worked example"
    document = Document.from_text(Path(name), body)
    if not is_prose(Path(name)) and not parses_cleanly(body, document.language):
        return [], "draft: code that does not parse"
    return [Example("create", source, {"request": request, "file_name": name}, body, {"document": body})], None


def _as_file(answer: str, original: str) -> str:
    """The teacher's file, ending as the original ends (a chat model drops or adds the final newline at will)."""
    return answer.rstrip() + original[len(original.rstrip()) :]


def _changed_spans(text: str, revised: str) -> list[tuple[int, int]]:
    """The smallest span of ``text`` outside which ``revised`` is the same, placed as late and as early as it can
    be: an insertion is ambiguous where the text around it repeats ("cold.\n\nRain at last." after "cold."
    is as much the end of one paragraph as the start of the next)."""
    prefix = len(os.path.commonprefix([text, revised]))
    suffix = len(os.path.commonprefix([text[::-1], revised[::-1]]))
    shorter = min(len(text), len(revised))
    late = (prefix, len(text) - min(suffix, shorter - prefix))
    early = (min(prefix, shorter - suffix), len(text) - suffix)
    return list(dict.fromkeys([late, early]))


def _lines_of(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """The whole lines of ``text`` that ``span`` lies in."""
    start, end = span
    line_end = text.find("\n", end)
    return text.rfind("\n", 0, start) + 1, len(text) if line_end == -1 else line_end


def _gist(reason: str) -> str:
    """The first clause of a runtime refusal, to count refusals by kind."""
    return reason.split(";")[0].removeprefix("The model's revision ").removeprefix("The model ")


def _keep(made: Made, examples: list[Example], refused: Counter) -> None:
    found, reason = made
    examples.extend(found)
    if reason:
        refused[reason] += 1


def _progress(stage: str):
    def show(done: int, total: int) -> None:
        if done == total or done % 10 == 0:
            print(f"teacher: {stage} {done}/{total}", file=sys.stderr, flush=True)
    return show
