"""The locator: which sections of a document a targeted edit may change.

In order of trust: the user's selection; text the request names exactly (a quoted phrase, a Markdown
heading, a function or class name); a part of prose named by its place ("the title", "the intro", "the
second paragraph", "the conclusion"); a word of the request that only one section has ("capitalize
thursday", "the potatoes go in in april instead"); otherwise the model picks one section from a short list of
candidates. The list is ranked by word overlap with the request and capped, so the prompt stays the same
size however long the document is.
"""

from __future__ import annotations

import re

from companion.behaviors.asked_text import asked_text, dictated, occurrences
from companion.behaviors.prompts import render_locate_prompt
from companion.code_names import declared_names
from companion.documents import PROSE_LANGUAGES, Document, Section
from companion.engine.base import Engine
from companion.headings import underlined_heading

MAX_CANDIDATES = 24
_WORD = re.compile(r"[A-Za-z_][A-Za-z0-9_]+")
_QUOTED = re.compile(r"\"([^\"]{3,})\"|“([^”]{3,})”|'([^']{3,})'|`([^`]{2,})`")
_DEFINITION_NAME = re.compile(r"^(?:export\s+)?(?:default\s+)?(?:async\s+)?(?:def|class|function\*?|const|let|var|interface|type|enum)\s+([A-Za-z_$][\w$]*)")
_STOPWORDS = frozenset(
    "the and for this that with into from make more less please can you could would should some add fix "
    "change edit update rewrite section part paragraph file code text about then them they its it's our".split()
)
HEADING_KINDS = ("atx_heading", "setext_heading")


def locate(engine: Engine, document: Document, request: str, selection: tuple[int, int] | None = None) -> list[Section]:
    """The sections to change, in document order; never empty for a non-empty document."""
    if selection is not None:
        return document.sections_overlapping(*selection)
    named = named_sections(document, request) or placed_sections(document, request) or worded_sections(document, request)
    if named:
        return named
    if len(document.sections) == 1:
        return list(document.sections)
    candidates = rank_candidates(document, request)
    numbered = [(position + 1, _label(section)) for position, section in enumerate(candidates)]
    prompt = render_locate_prompt(document.path.name, request, numbered)
    choice = engine.choose(prompt, [str(number) for number, _ in numbered])
    return [candidates[int(choice) - 1]]


def named_sections(document: Document, request: str) -> list[Section]:
    """Sections the request points at by name (a section whose own definition it names before one that only
    declares the name beside it: "make toString say how many are lent" is about ``toString``, not the field
    ``lent``), by quoting their text exactly, or by the text a substitution
    replaces where the document has it once ("use port 8000 instead of 5000": numbers are no words to
    ``worded_sections``). The new words a request dictates name nothing: "we arrive on Saturday instead" is
    not about the Saturday section."""
    for match in _QUOTED.finditer(request):
        phrase = next(group for group in match.groups() if group)
        hits = [s for s in document.sections if phrase in s.text]
        if len(hits) == 1:
            return hits
    asked = asked_text(request, document.text)
    if asked and asked.old:
        start = occurrences(document.text, asked.old)[0]
        return [s for s in document.sections if s.start <= start < s.end]
    lowered = _without_dictated(request, document.text).lower()
    by_another_name: list[Section] = []
    for index, section in enumerate(document.sections):
        if section.kind in HEADING_KINDS:
            heading = heading_title(section).lower()
            if len(heading) >= 3 and re.search(rf"\b{re.escape(heading)}\b", lowered):
                return _heading_block(document, index)
            continue
        names = defined_names(section, document.language)
        named = [name for name in names if re.search(rf"\b{re.escape(name)}\b", request)]
        if named and named[0] == names[0]:
            return [section]
        by_another_name = by_another_name or ([section] if named else [])
    return by_another_name  # a section named by what it declares beside its own definition, where none is named


def defined_names(section: Section, language: str) -> list[str]:
    """The names a code section defines at its top level: its own definition's, and those of the declarations
    grouped with it (``const port = 3000;`` in a section titled ``const express = require("express");``). C, C++
    Java and C# name a definition with no keyword before it (``int main(…)``, ``public boolean lend(…)``), and Ruby's
    and PHP's methods are indented in their class: tree-sitter reads those."""
    if language not in ("c", "cpp", "java", "csharp", "ruby", "php"):
        return top_level_names(section.text)
    names = [name for name in declared_names(section.text, language) if len(name) >= 3]
    if language in ("ruby", "php"):  # a class's section has no ``end``: tree-sitter may not see the class itself
        head = next((found[1] for line in section.text.splitlines() if (found := _RUBY_PHP_HEAD.match(line))), None)
        return list(dict.fromkeys([head, *names])) if head else names
    return names


_RUBY_PHP_HEAD = re.compile(r"^\s*(?:(?:public|private|protected|static|final|abstract|readonly)\s+)*"
                            r"(?:def\s+(?:self\.)?|class\s+|module\s+|function\s+|interface\s+|trait\s+|enum\s+)"
                            r"([A-Za-z_]\w*[?!]?)")


def top_level_names(code: str) -> list[str]:
    """The names declared by the lines of ``code`` that start at its left margin."""
    names = (_DEFINITION_NAME.match(line) for line in code.splitlines() if line[:1].strip())
    return [name.group(1) for name in names if name and len(name.group(1)) >= 3]


_TITLE = re.compile(r"\b(?:a|an|the|its|my|our|this|your) (?:[\w-]+,? ){0,2}(?:title|headline)\b(?! case)", re.IGNORECASE)
_FIRST = re.compile(r"\b(?:intro|introduction|opening (?:paragraph|line|sentence)|first paragraph)\b"
                    r"|\b(?:the|its|my|your|this) (?:opening|beginning|start)\b(?!\s+(?:of|hours?|times?|night|date|day)\b)",
                    re.IGNORECASE)
_LAST = re.compile(r"\b(?:conclusion|ending|(?:last|final|closing|concluding) paragraph)\b"
                   r"|\b(?:the|its|my|your|this) (?:end|close)\b(?!\s+(?:of|date|times?)\b)", re.IGNORECASE)
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5, "6th": 6}
_NTH = re.compile(r"\b(" + "|".join(_ORDINALS) + r") paragraph\b|\bparagraph (\d)\b", re.IGNORECASE)
_ENDS_SENTENCE = re.compile(r"[.!?…:][\"'”’)\]]*$")


def placed_sections(document: Document, request: str) -> list[Section]:
    """Prose sections the request names by their place: the title, the intro, the Nth or last paragraph.

    Paragraphs are counted as a reader counts them: a salutation ("Dear Ms. Lee,"), a sign-off or a
    title line is not one, so "the second paragraph" of a letter is the second paragraph of its body.
    """
    if document.language not in PROSE_LANGUAGES:
        return []
    if _TITLE.search(request):
        title = _title_section(document)
        return [title] if title else []
    body = [s for s in document.sections if _is_body_paragraph(s)]
    ordinal = _NTH.search(request)
    if ordinal:
        number = _ORDINALS[ordinal.group(1).lower()] if ordinal.group(1) else int(ordinal.group(2))
        return [body[number - 1]] if 0 < number <= len(body) else []
    if _FIRST.search(request) and body:
        return [body[0]]
    if _LAST.search(request) and body:
        return [body[-1]]
    return []


def worded_sections(document: Document, request: str) -> list[Section]:
    """The one place that has the request's own words ("thursday", "Ruth", "VAT" in ``VAT_RATE``) where no
    other place has them; nothing when no such word exists or two places each have one. A place is a
    section, or a heading when the heading has the word: then what is under it is changed ("add chives to
    the patio pots" → the paragraph under "## Pots on the patio"; given the heading too, the model rewrote
    both into one sentence). The document's title is about all of it, so its words say nothing.

    A word of the new text a request dictates (``dictated``) says where only in the text under headings:
    "we arrive on Saturday instead" is not about the Saturday heading, but "change the role to senior data
    analyst" is about the paragraph that has "data analyst".

    On the eval splits other than held-out, the model chose a wrong section for 18 of 63 targeted edits
    without a selection, often one with none of the request's words ("the rsvp deadline
    should be tuesday" → the sign-off), so a word that only one place has is trusted above it."""
    written = [s for s in document.sections if s.text.strip()]
    if len(written) < 2:
        return []
    under = _nearest_headings(written)
    title = _title_section(document)
    sections_with: dict[str, set[int]] = {}
    for section in written:
        if section == title and section.kind in HEADING_KINDS:
            continue
        for word in _words_of(section.text):
            sections_with.setdefault(word, set()).add(section.index)
    asked = dictated(request, document.text)
    new_words = _words_of(asked.new) if asked else set()
    headings = {s.index for s in written if s.kind in HEADING_KINDS}
    holders: set[int] = set()
    for word in _words_of(_where_words(request)) - _REQUEST_WORDS:
        having = set().union(*(indexes for other, indexes in sections_with.items() if _same_word(word, other)))
        if word in new_words:
            having -= headings
        places = {under[index] if under[index] in having else index for index in having}
        if len(places) == 1:
            holders |= places
    holders -= {index for index in holders if under[index] != index and under[index] in holders}
    if len(holders) != 1:
        return []
    place = document.sections[holders.pop()]
    if place.kind not in HEADING_KINDS:
        return [place]
    body = [s for s in _heading_block(document, place.index)[1:] if s.text.strip()]
    return body or [place]


def _where_words(request: str) -> str:
    """The part of a request that can say where: not a quoted phrase (handled by ``named_sections`` when the
    document has it, new text when it does not) nor what follows a colon ("add: see you on Friday")."""
    return _QUOTED.sub(" ", request).split(":", 1)[0]


def _without_dictated(request: str, document: str) -> str:
    """The request less the new words it dictates (``dictated``): they say what goes in, not which heading."""
    asked = dictated(request, document)
    if not asked:
        return request
    return re.sub(rf"(?<!\w){re.escape(asked.new)}(?!\w)", " ", request, flags=re.IGNORECASE)


def _nearest_headings(written: list[Section]) -> dict[int, int | None]:
    """Each section's nearest heading above it (a heading's is itself), by index; None before the first."""
    nearest, heading = {}, None
    for section in written:
        if section.kind in HEADING_KINDS:
            heading = section.index
        nearest[section.index] = heading
    return nearest


_SUBWORD = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")
"""A word, or a part of an identifier: ``fetchWithRetry`` is fetch, With, Retry; ``VAT_RATE`` is VAT, RATE."""


def _words_of(text: str) -> set[str]:
    return {word.lower() for word in _SUBWORD.findall(text) if len(word) >= 3}


def _same_word(one: str, other: str) -> bool:
    """Equal, or the same word with a short ending: "debounce" and "debounced", "potato" and "potatoes"."""
    if one == other:
        return True
    shorter, longer = sorted((one, other), key=len)
    return len(shorter) >= 4 and longer.startswith(shorter) and len(longer) - len(shorter) <= 2


_REQUEST_WORDS = _STOPWORDS | frozenset(
    "was were are has have had she her his him their there here too now also instead not but all any how "
    "why who what when where which one two new use using used let may might must need needs just only "
    "very really bit line lines sentence word words say says said mention mentions call called name "
    "named put set get got give keep move moved go goes going come shouldn't isn't wasn't don't doesn't "
    "will shall want wants like same other another each every way parts thing things method function "
    "field option argument class variable value default return returns tell show explain sure better "
    "good nice clear clearer short shorter long longer first last next start end beginning top bottom "
    "middle".split()
)
"""Words of how a request is put, not of what it is about: that one section happens to have "explain" or
"default" says nothing about where the change goes."""


def _is_body_paragraph(section: Section) -> bool:
    return section.kind == "paragraph" and bool(_ENDS_SENTENCE.search(section.text.strip()))


def _title_section(document: Document) -> Section | None:
    """The first heading; in plain text, a short first line with no sentence in it."""
    written = [s for s in document.sections if s.text.strip()]
    headings = [s for s in written if s.kind in HEADING_KINDS]
    if headings:
        return headings[0]
    first = written[0].text.strip() if len(written) > 1 else ""
    looks_like_title = first and "\n" not in first and len(first) <= 80 and not first.endswith(",")
    return written[0] if looks_like_title and not _is_body_paragraph(written[0]) else None


def _heading_block(document: Document, index: int) -> list[Section]:
    """A heading and everything under it, up to the next heading of the same or a higher level."""
    level = _heading_level(document.sections[index])
    block = [document.sections[index]]
    for section in document.sections[index + 1 :]:
        if section.kind in HEADING_KINDS and _heading_level(section) <= level:
            break
        block.append(section)
    return block


def _heading_level(section: Section) -> int:
    if section.kind == "setext_heading":
        return underlined_heading(section.text) or 1
    return len(section.text) - len(section.text.lstrip(section.text[:1]))  # "##", Org's "**", AsciiDoc's "=="


def heading_title(section: Section) -> str:
    """The words of a heading's section: "Brewing" of "## Brewing" (Org's "** Brewing", AsciiDoc's "== Brewing"),
    an underlined title's first line."""
    text = section.text.strip()
    return (text.lstrip(text[:1]) if section.kind == "atx_heading" else text).strip().splitlines()[0].strip()


def rank_candidates(document: Document, request: str) -> list[Section]:
    """Up to MAX_CANDIDATES non-blank sections, the best word overlap first kept, returned in document order."""
    words = {w.lower() for w in _WORD.findall(request)} - _STOPWORDS
    sections = [s for s in document.sections if s.text.strip()] or list(document.sections)
    if len(sections) <= MAX_CANDIDATES:
        return sections

    def overlap(section: Section) -> int:
        return len(words & {w.lower() for w in _WORD.findall(section.text)})

    best = sorted(sections, key=lambda s: (-overlap(s), s.index))[:MAX_CANDIDATES]
    return sorted(best, key=lambda s: s.index)


def _label(section: Section) -> str:
    """What the model sees of a candidate: its title (heading path and first line, or definition line)."""
    return section.title or " ".join(section.text.split())[:90]
