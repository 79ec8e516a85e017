"""Removals: requests that only take something out ("cut the last sentence", "remove the part about the children",
"delete the troubleshooting section", "delete the mean function"), made without the model where the request
names one piece, and a check that holds the model to taking out where that is all it was asked.

Asked "cut the last sentence" of an essay and "remove the part about the children", the adapter added a
sentence of its own each time ("Irene looked at me and then at the clock."); asked "the staging server is back
up, remove that blocker", it wrote the request over the blocker. What to take out is a matter of finding it:
the sentence, line or paragraph the request counts to, the one that speaks of what it names, or the section
whose heading it names, the definition in code it names. Where that finds one piece, it goes; where it finds
none or several, the model is asked, and its revision may not be longer than the text (``lengthens_removal``).
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass

from companion.behaviors.prose_checks import related, words_of
from companion.code_names import definition_spans, identifier_spans
from companion.documents import parses_cleanly
from companion.headings import ATX_HEADING, Heading, headings_in

REMOVES = re.compile(r"(?:^|[,;:.]\s+|\bso\s+)\s*(?:please\s+)?"
                     r"(?:remove|delete|cut|drop|scrap|strike|take\s+out|get\s+rid\s+of|lose)\s+(?P<what>\S.*?)[\s.!]*$",
                     re.IGNORECASE)
_MORE_THAN_REMOVING = re.compile(
    r"\b(?:and|but|then|instead|replace|down|shorter|(?:to|by)\s+(?:half|one|two|three|a|\d))\b", re.IGNORECASE)
""""cut the bio down to one sentence", "remove the jargon and simplify": more than a removal."""
_KINDS = {"sentence": "sentence", "line": "line", "bullet": "line", "item": "line", "point": "line", "step": "line",
          "entry": "line", "paragraph": "paragraph", "part": "sentence", "bit": "sentence", "passage": "sentence",
          "mention": "sentence", "reference": "sentence"}
_KIND = rf"(?P<kind>{'|'.join(_KINDS)})(?:\s+point)?s?"
_ORDINALS = {"first": 0, "opening": 0, "second": 1, "third": 2, "fourth": 3, "fifth": 4, "last": -1, "final": -1,
             "closing": -1}
_BY_PLACE = re.compile(rf"^(?:the\s+)?(?P<ordinal>{'|'.join(_ORDINALS)})\s+{_KIND}$", re.IGNORECASE)
_BY_SUBJECT = re.compile(rf"^(?:the|that|this|a)?\s*{_KIND}\s+(?:about|on|of|with|where|mentioning|saying|that\s+says|"
                         r"that\s+mentions|regarding|describing)\s+(?P<subject>\S.*)$", re.IGNORECASE)
_NAMED = re.compile(r"^(?:the|that|this)\s+(?P<name>[\w.' -]{1,40}?)(?:\s+section)?$", re.IGNORECASE)
_DEFINITION = re.compile(r"^(?:the\s+)?(?:(?:function|method|class|interface|type)\s+)?`?(?P<name>[A-Za-z_$][\w$]*)`?"
                         r"(?:\(\))?(?:\s+(?:function|method|class|interface|type|helper))?$", re.IGNORECASE)
_TITLE = frozenset(["title", "main title", "heading", "main heading", "top heading"])
_FILLER = frozenset("the a an that this these those my our your his her its their about with of on in at to and".split())


@dataclass(frozen=True)
class Piece:
    start: int
    end: int
    kind: str
    """"sentence", "line", "paragraph" or "section"."""
    text: str
    heading: str = ""
    """The title of the Markdown section it stands in, which speaks for it too ("that blocker" under "Blockers")."""


def removes_only(request: str, text: str = "") -> bool:
    """Whether ``request`` asks only to take something out. A heading of ``text`` it names is one thing to take
    out, whatever its words: "remove the Children and pets section" asks for one removal, and no more."""
    found = REMOVES.search(request)
    if not found:
        return False
    what = found.group("what")
    for heading in headings_in(text)[0]:
        if heading.title.strip():
            what = re.sub(re.escape(heading.title.strip()), " ", what, flags=re.IGNORECASE)
    return not _MORE_THAN_REMOVING.search(what)


def removed(text: str, request: str) -> str | None:
    """``text`` without the one piece a removal request names (``removes_only``): by its place ("the last
    sentence", counted within ``text``), its subject ("the part about the children"), or a heading ("the title",
    the document's one top-level heading; "the troubleshooting section"; "that blocker" where the "Blockers"
    section has one item). None when the request names no piece, or more than one fits."""
    if not removes_only(request, text):
        return None
    chosen = named_piece(REMOVES.search(request).group("what").strip(), text, pieces_of(text))
    return None if chosen is None else renumbered(text, without(text, chosen))


def named_piece(what: str, text: str, pieces: list[Piece]) -> Piece | None:
    """The one piece of ``text`` (among its ``pieces_of``) that ``what`` names: by its place ("the last
    sentence"), its subject ("the part about the children"), a heading ("the title", "the troubleshooting
    section", "that blocker" under "Blockers"), or the words of a list item ("renew passport", "the lunch item");
    None when it names none, or more than one fits."""
    if place := _BY_PLACE.match(what):
        of_kind = [piece for piece in pieces if piece.kind == _KINDS[place["kind"].lower()]]
        index = _ORDINALS[place["ordinal"].lower()]
        return of_kind[index] if -len(of_kind) <= index < len(of_kind) else None
    if subject := _BY_SUBJECT.match(what):
        kind = _KINDS[subject["kind"].lower()]
        kinds = ("sentence", "line") if kind == "sentence" else (kind,)
        return _speaking_of(subject["subject"], [piece for piece in pieces if piece.kind in kinds])
    if named := _NAMED.match(what):
        title = _title_line(text) if named["name"].lower() in _TITLE else None
        found = title or section_titled(named["name"], pieces) or _only_item_under(named["name"], pieces)
        words = _ITEM_WORD.sub("", named["name"])
        return found or item_called(words, pieces, partly=words != named["name"])
    return item_called(what, pieces)


_ITEM_WORD = re.compile(r"\s+(?:item|line|entry|bullet|point|step|task)s?$", re.IGNORECASE)
"""What may follow an item's words where a request names it: "the lunch item", "the milk line"."""


LIST_ITEM = re.compile(r"^(?P<indent>[ \t]*)(?P<marker>[-*+]|\d+[.)])[ \t]+(?:\[(?P<state>[ xX])\][ \t]+)?(?P<text>\S.*)$")
"""A line of a Markdown list, a task list's ("- [ ] Renew passport") too."""


def item_called(what: str, pieces: list[Piece], *, partly: bool = False) -> Piece | None:
    """The one list item whose words are the words of ``what``: "renew passport" for "- [ ] Renew passport"; with
    ``partly`` (the request said it names an item: "the roadmap item"), the one item that has them all."""
    wanted = set(_content_words(what))
    items = [piece for piece in pieces if piece.kind == "line" and (item := LIST_ITEM.match(piece.text)) and wanted
             and (wanted <= set(_content_words(item["text"])) if partly else set(_content_words(item["text"])) == wanted)]
    return items[0] if len(items) == 1 else None


def container(piece: Piece, pieces: list[Piece]) -> Piece | None:
    """The innermost section ``piece`` stands in (not itself); None at the top of the document."""
    holding = [section for section in pieces if section.kind == "section" and section != piece
               and section.start <= piece.start < section.end and section.end >= piece.end]
    return max(holding, key=lambda section: section.start, default=None)


def removed_definition(code: str, request: str, language: str) -> tuple[str, str] | None:
    """``code`` without the one definition a removal request names ("delete the mean function", "remove
    count()"), with the comments right above it and the blank lines it leaves, and a caution for the user
    where the name is still used; None when the request names no one definition, or the code would no longer
    parse."""
    found = REMOVES.search(request) if removes_only(request) else None
    named = _DEFINITION.match(found["what"].strip()) if found else None
    spans = definition_spans(code, language, named["name"]) if named else []
    if len(spans) != 1:
        return None
    result = without_lines(code, *spans[0])
    if not still_parses(code, result, language):
        return None
    used = bool(identifier_spans(result, language, named["name"]))
    return result, f"{named['name']} is still used elsewhere in the file" if used else ""


def still_parses(code: str, result: str, language: str) -> bool:
    """Whether ``result``, ``code`` with a piece taken out, parses wherever ``code`` did (and, in Python, compiles)."""
    broken = parses_cleanly(code, language) and not parses_cleanly(result, language)
    return not broken and (language != "python" or _compiles(result))


def _compiles(code: str) -> bool:
    """Python's own parser, stricter than tree-sitter's: a class or function left with an empty body fails it."""
    try:
        ast.parse(code)
    except (SyntaxError, ValueError):
        return False
    return True


def lengthens_removal(revised: str, original: str, request: str) -> bool:
    """Whether a revision for a request that only removes (``removes_only``) is longer, in words, than the text it
    revises. Taking out may reword ("remove the jargon", "remove the passive voice"), but not add: the adapter
    answered "remove the part about the children" with "Irene looked at me and then at the clock." after it."""
    return removes_only(request, original) and len(re.findall(r"[\w']+", revised)) > len(re.findall(r"[\w']+", original))


def pieces_of(text: str) -> list[Piece]:
    """The sections of ``text`` (under Markdown headings, or titles underlined as reStructuredText writes them),
    then its paragraphs, lines and sentences outside headings."""
    headings, heading_lines = headings_in(text)
    pieces = []
    for position, heading in enumerate(headings):
        end = next((other.start for other in headings[position + 1 :] if other.level <= heading.level), len(text))
        pieces.append(Piece(heading.start, end, "section", text[heading.start : end], heading.title))
    for block in re.finditer(r"[^\n]*\S[^\n]*(?:\n[^\n]*\S[^\n]*)*", text):
        body = [(block.start() + line.start(), block.start() + line.end())
                for line in re.finditer(r"[^\n]+", block.group(0)) if block.start() + line.start() not in heading_lines]
        if not body:
            continue
        title = _title_over(headings, body[0][0])  # a heading right above a list, with no blank line, is its own
        pieces.append(Piece(body[0][0], body[-1][1], "paragraph", text[body[0][0] : body[-1][1]], title))
        if (items := _list_under_caption(text, body, title)) is not None:
            pieces.append(items)
        for start, end in body:
            title = _title_over(headings, start)
            pieces.append(Piece(start, end, "line", text[start:end], title))
            for sentence in re.finditer(r"[^.!?\s][^.!?]*(?:[.!?]+[\"')\]]*|$)", text[start:end]):
                pieces.append(Piece(start + sentence.start(), start + sentence.end(), "sentence", sentence.group(0),
                                    title))
    return pieces


def _list_under_caption(text: str, body: list[tuple[int, int]], title: str) -> Piece | None:
    """The list that ends a block under a line or two of its own with no blank line between ("Groceries for the
    weekend" above "- eggs"), as a paragraph of its own; None for any other block."""
    first_item = next((index for index, (start, end) in enumerate(body) if LIST_ITEM.match(text[start:end])), 0)
    if first_item == 0 or not all(LIST_ITEM.match(text[start:end]) for start, end in body[first_item:]):
        return None
    start, end = body[first_item][0], body[-1][1]
    return Piece(start, end, "paragraph", text[start:end], title)


def _title_line(text: str) -> Piece | None:
    """The document's title: its one top-level heading."""
    titles = [line for line in re.finditer(r"[^\n]*", text)
              if (heading := ATX_HEADING.match(line.group(0))) and heading["marks"] == "#"]
    return Piece(titles[0].start(), titles[0].end(), "line", titles[0].group(0)) if len(titles) == 1 else None


def _title_over(headings: list[Heading], position: int) -> str:
    above = [heading.title for heading in headings if heading.start < position]
    return above[-1] if above else ""


def _content_words(text: str) -> list[str]:
    return [word for word in words_of(text.lower()) if word not in _FILLER and len(word) >= 3]


def section_titled(name: str, pieces: list[Piece]) -> Piece | None:
    """The one section whose title is ``name`` ("the intro" for "Introduction", "the troubleshooting section" for
    "Troubleshooting"), or begins with it where it has a number ("the 1.3.1 section" for "1.3.1 - 2026-08-15")."""
    wanted = _content_words(name)

    def is_titled(title: list[str]) -> bool:
        same = all(any(word == other or word.startswith(other) or (other.startswith(word) and len(word) >= 5)
                       for other in title) for word in wanted)
        names_an_item = any(other.endswith("s") and other[:-1] in wanted for other in title)  # "blocker", "Blockers"
        return bool(wanted) and len(wanted) == len(title) and same and not names_an_item

    sections = [piece for piece in pieces if piece.kind == "section"]
    titled = [piece for piece in sections if is_titled(_content_words(piece.heading))]
    if not titled and re.search(r"\d", name):  # a version or a date: "the 1.3.1 section" of "## 1.3.1 - 2026-08-15"
        titled = [piece for piece in sections if re.match(rf"{re.escape(name.strip())}(?![\w.])", piece.heading, re.IGNORECASE)]
    return titled[0] if len(titled) == 1 else None


def _only_item_under(name: str, pieces: list[Piece]) -> Piece | None:
    """The line of a section whose title names such things ("that blocker" under "Blockers"), where the section
    has only that one."""
    wanted = _content_words(name)
    lines = [piece for piece in pieces if piece.kind == "line" and wanted and all(
        any(related(word, other) for other in _content_words(piece.heading)) for word in wanted)]
    return lines[0] if len(lines) == 1 else None


def _speaking_of(subject: str, pieces: list[Piece]) -> Piece | None:
    """The one piece whose words say most of ``subject``'s words, the innermost where a sentence is its whole
    line; None where none says half of them, or several apart do."""
    wanted = _content_words(subject)
    scores = {}
    for piece in pieces:
        words = words_of(piece.text.lower())
        scores[piece] = sum(any(word == other or related(word, other) for other in words) for word in wanted)
    best = max(scores.values(), default=0)
    if not best or best * 2 < len(wanted):
        return None
    fitting = {(piece.start, piece.end): piece for piece, score in scores.items() if score == best}
    innermost = [piece for span, piece in fitting.items()
                 if not any(other != span and piece.start <= other[0] and other[1] <= piece.end for other in fitting)]
    return innermost[0] if len(innermost) == 1 else None


def without_lines(code: str, start: int, end: int) -> str:
    """``code`` less the lines of [start, end), the comment lines right above them, and the blank lines that
    would be left doubled."""
    start = code.rfind("\n", 0, start) + 1
    end = len(code) if (found := code.find("\n", end)) == -1 else found + 1
    while start > 0 and (above := code[code.rfind("\n", 0, start - 1) + 1 : start]).strip().startswith(_COMMENTS):
        start -= len(above)
    blank_after = re.match(r"(?:[ \t]*\n)*", code[end:]).end()
    blank_before = len(code[:start]) - len(re.sub(r"(?:\n[ \t]*)*\n$", "\n", code[:start])) if start else 0
    if blank_after and (start == 0 or blank_before):
        end += blank_after
    elif blank_before:  # before a closing brace or the end of the file
        start -= blank_before
    return code[:start] + code[end:]


_COMMENTS = ("#", "//", "/*", "*")
"""How a comment line begins in Python, JavaScript and TypeScript (``*`` inside a ``/** … */`` block)."""


def renumbered(before: str, after: str) -> str:
    """``after`` with each numbered list that is out of order counted again from its first number ("1. 3. 4."
    once step 2 is removed; "2. 1. 3." once step 2 is moved up), where every numbered list of ``before`` was in
    order: a list written "1. 1. 1.", as Markdown allows, is left as it is."""
    if not all(_in_order(run) for run in _numbered_runs(before)):
        return after
    lines = after.splitlines(keepends=True)
    for run in _numbered_runs(after):
        first = min(number for _, number in run)
        for offset, (index, number) in enumerate(run):
            lines[index] = lines[index].replace(str(number), str(first + offset), 1)
    return "".join(lines)


def _numbered_runs(text: str) -> list[list[tuple[int, int]]]:
    """The numbered lists of ``text``: for each, the index and number of each item, items being consecutive lines
    of one indent."""
    runs: list[list[tuple[int, int]]] = []
    indent = None
    for index, line in enumerate(text.splitlines()):
        item = LIST_ITEM.match(line)
        if item is None or not item["marker"][0].isdigit():
            indent = None
            continue
        if item["indent"] != indent:
            runs.append([])
            indent = item["indent"]
        runs[-1].append((index, int(item["marker"][:-1])))
    return runs


def _in_order(run: list[tuple[int, int]]) -> bool:
    return all(number == run[0][1] + offset for offset, (_, number) in enumerate(run))


def without(text: str, piece: Piece) -> str:
    """``text`` less ``piece`` and the space it leaves: a whole line goes with its line break (and a blank line
    with it where it stood between two), a sentence with the space after it, or before it at the end of a line."""
    start, end = piece.start, piece.end
    line_start = text.rfind("\n", 0, start) + 1
    line_end = len(text) if (found := text.find("\n", end)) == -1 else found
    if not text[line_start:start].strip() and not text[end:line_end].strip():
        start, end = line_start, min(line_end + 1, len(text))
        if (start == 0 or text[start - 2 : start] == "\n\n") and text[end : end + 1] == "\n":
            end += 1
        elif end == len(text) and text[start - 2 : start] == "\n\n":
            start -= 1
        return text[:start] + text[end:]
    if text[end:line_end].strip():
        while end < line_end and text[end] in " \t":
            end += 1
    else:
        while start > line_start and text[start - 1] in " \t":
            start -= 1
    return text[:start] + text[end:]
