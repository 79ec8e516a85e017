"""Answers: a streamed reply in the chat; documents are never changed by a question."""

from __future__ import annotations

from companion.behaviors.build_files import target_answer
from companion.behaviors.code_counts import definitions_counted
from companion.behaviors.code_review import review_answer
from companion.behaviors.counts import counted_answer
from companion.behaviors.edit import MalformedOutput
from companion.behaviors.letters import letter_answer
from companion.behaviors.listed import listed_answer
from companion.behaviors.locate import HEADING_KINDS
from companion.behaviors.named_code import definition_outline, named_definition
from companion.behaviors.notebooks import notebook_text
from companion.behaviors.outline import asks_what_code_does, grounded_in_code, outline
from companion.behaviors.page_text import page_text
from companion.behaviors.prompts import ANSWER_START, ANSWER_STOPS, render_answer_prompt
from companion.behaviors.quoted import ASKING_WORDS, quoted_answer, stems
from companion.behaviors.returns import returns_answer
from companion.behaviors.settings_answer import setting_answer
from companion.behaviors.streaming import OnText, collect_before_loop
from companion.behaviors.summary import (
    asks_for_summary,
    extracted_summary,
    stands_as_summary,
)
from companion.behaviors.table_answers import table_answer
from companion.behaviors.usage import usage_answer
from companion.documents import PROSE_LANGUAGES, Document, Section, is_html
from companion.engine.base import CancelToken, Engine, GenerationRequest

EXCERPT_TOKENS = 1500
"""A document longer than this is shown to the model by its selection or its first sections only."""


def answer(
    engine: Engine,
    request: str,
    document: Document | None = None,
    *,
    display_path: str | None = None,
    selection: tuple[int, int] | None = None,
    style: str = "",
    cancel: CancelToken | None = None,
    on_text: OnText | None = None,
) -> str:
    """The model's answer to ``request`` about ``document``, streamed to ``on_text``; a question about how long the
    text is gets the figures counted instead (``counted_answer``), one about how many functions, methods or classes
    code has, its definitions counted and named (``definitions_counted``), one about a row of a table, its cells
    (``table_answer``), one about the tasks left or what a section says, those lines (``listed_answer``), one about
    what a setting of code or a settings file is, the line that sets it (``setting_answer``), one about what a
    function or route returns, its return statements (``returns_answer``), one about what could go wrong in code,
    the faults its checks prove (``review_answer``), one about how to run a script, its command and options
    (``usage_answer``), one about what a make target does, its recipe (``target_answer``), one about whom a letter is
    to or from, its greeting or signature (``letter_answer``), and one about a fact the
    prose states, the sentence that states it (``quoted_answer``). A summary of prose is the model's where it
    finished, says only what the text says and says it in fewer words (``stands_as_summary``), else the text's own sentences that carry
    most of it (``extracted_summary``); a web page is read as the Markdown its headings, paragraphs and lists
    amount to (``page_text``), a notebook as its cells (``notebook_text``); an explanation of what code does,
    likewise the model's or else an ``outline`` read from the code, and of what one definition the question names
    does, of that definition alone (``named_definition``). Both are shown whole when they are settled, not
    streamed."""
    if document is not None and (readable := _as_markdown(document, selection)) is not None:
        document, selection = Document.from_text(document.path.with_suffix(".md"), readable), None
    if document is not None and (known := counted_answer(request, document, selection)
                                 or definitions_counted(request, document, selection)
                                 or table_answer(request, _selected(document, selection), document.path)
                                 or listed_answer(request, document, selection)
                                 or setting_answer(request, document, selection)
                                 or returns_answer(request, document, selection)
                                 or _review_answer(request, document, selection)
                                 or usage_answer(request, document)
                                 or target_answer(request, document)
                                 or letter_answer(request, document, selection)
                                 or quoted_answer(request, document, selection)) is not None:
        if on_text:
            on_text(known)
        return known
    named = named_definition(request, document) if document is not None and selection is None else None
    if named is not None:
        selection = (named.start, named.end)
    excerpt = excerpt_for(engine, document, selection, request) if document is not None else ""
    prompt = render_answer_prompt(request, display_path, excerpt, style)
    generation = GenerationRequest(prompt, max_tokens=400, stop=ANSWER_STOPS, adapter=False)
    summarising = document is not None and document.language in PROSE_LANGUAGES and asks_for_summary(request)
    explaining = document is not None and (named is not None or asks_what_code_does(request, document))
    held = summarising or explaining
    streamed = None if held or on_text is None else _WithoutOpeningTag(on_text)
    text = collect_before_loop(engine, generation, cancel, streamed, shown=excerpt, asked=request)
    text = text.strip().removeprefix(ANSWER_START).strip()
    if streamed is not None:
        streamed.flush()
    finished = engine.last_stats.finish_reason == "stop"
    if summarising and not (finished and stands_as_summary(text, excerpt)):
        text = extracted_summary(request, document, selection) or text
    if explaining and not (finished and grounded_in_code(text, excerpt)):
        text = (definition_outline(document, named) if named is not None else outline(document, selection)) or text
    if not text:
        looped = engine.last_stats.finish_reason == "loop"
        raise MalformedOutput("The model began repeating itself before it answered. Try rephrasing." if looped else
                              "The model gave no answer. Try rephrasing.")
    if held and on_text:
        on_text(text)
    return text


class _WithoutOpeningTag:
    """Passes a streamed answer on without the "<answer>" the model sometimes writes again at its start, which
    the prompt has just written: "<answer>The left compost bay…"."""

    def __init__(self, on_text: OnText) -> None:
        self.on_text, self.held, self.passing = on_text, "", False

    def __call__(self, piece: str) -> None:
        if self.passing:
            self.on_text(piece)
            return
        self.held += piece
        opening = self.held.lstrip()
        if opening.startswith(ANSWER_START):
            self._pass(opening.removeprefix(ANSWER_START).lstrip())
        elif not ANSWER_START.startswith(opening):
            self._pass(self.held)

    def flush(self) -> None:
        """Pass on what was held back in case it began the tag, where the answer ended there."""
        if not self.passing and self.held.strip():
            self._pass(self.held)

    def _pass(self, text: str) -> None:
        self.passing, self.held = True, ""
        if text:
            self.on_text(text)


def _review_answer(request: str, document: Document, selection: tuple[int, int] | None) -> str | None:
    """``review_answer`` of the open code, or of its selection."""
    if document.language in PROSE_LANGUAGES:
        return None
    code = document.text[selection[0] : selection[1]] if selection is not None else document.text
    return review_answer(request, code, document.language)


def excerpt_for(engine: Engine, document: Document, selection: tuple[int, int] | None, request: str = "") -> str:
    """What the model is shown of ``document``: the selection; else all of it where it fits ``EXCERPT_TOKENS``;
    else the sections that share most words with the ``request``, each with the heading it comes under, in
    document order, or where none shares a word, the first sections. Shown only a long handbook's first sections,
    the model answered "how big are the plots?" with sizes of its own."""
    if selection is not None:
        return document.text[selection[0] : selection[1]]
    costs = {section.index: engine.count_tokens(section.text) for section in document.sections}
    asked = stems(request) - ASKING_WORDS
    shared = {section.index: len(asked & stems(section.text)) for section in document.sections}
    ranked = sorted(document.sections, key=lambda section: (-shared[section.index], section.index))
    chosen, budget = set(), EXCERPT_TOKENS
    for section in ranked:
        with_heading = {section.index} | ({heading.index} if (heading := _heading_over(document, section)) else set())
        cost = sum(costs[index] for index in with_heading - chosen)
        if cost > budget:
            if not shared[section.index]:
                break
            continue
        chosen |= with_heading
        budget -= cost
    return "".join(section.text for section in document.sections if section.index in chosen)


def _heading_over(document: Document, section: Section) -> Section | None:
    return next((other for other in reversed(document.sections[: section.index])
                 if other.kind in HEADING_KINDS), None) if section.kind not in HEADING_KINDS else None


def _selected(document: Document, selection: tuple[int, int] | None) -> str:
    return document.text if selection is None else document.text[selection[0] : selection[1]]


def _as_markdown(document: Document, selection: tuple[int, int] | None) -> str | None:
    """What a web page (or its selection) or a notebook amounts to, read as Markdown (``page_text``,
    ``notebook_text``); None for any other file, which is read as it is."""
    if is_html(document.path):
        return page_text(_selected(document, selection))
    if document.path.suffix.lower() == ".ipynb":
        return notebook_text(document.text)
    return None
