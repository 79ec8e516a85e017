"""A statement the user gives the text to add ("add that there is no parking nearby"), written in as they worded
it where the model's revision does not make it.

Asked to "add that there is no parking nearby" to a party invitation, the adapter's revision said something
else and was refused (``prose_checks.makes_statement``), which left the user with nothing. The words are the
user's own, so the one thing left to choose is where they go: in place of the one sentence they say again with
more ("Videos are skipped."), or else in the paragraph that shares most words with them, as a new item of a
list, a new line where each sentence has its own, or at the end of a paragraph's last line.
The user reviews it like any change, told that the model did not write it.
"""

from __future__ import annotations

import re
from itertools import pairwise

from companion.behaviors.asked_text import STATEMENT
from companion.behaviors.locate import named_sections, placed_sections
from companion.behaviors.prose_checks import ADDS_OUTRIGHT, related, words_of
from companion.documents import Document
from companion.proposals import Replacement

AS_GIVEN = "your words as you gave them; the model's revision did not make the statement"
_LIST_ITEM = re.compile(r"^(?P<indent>\s*)(?P<marker>[-*+]|(?P<number>\d+)[.)])\s+")
_ENDS_A_SENTENCE = re.compile(r"[.!?][\"')\]]*\s*$")


def statement_written_in(document: Document, request: str, selection: tuple[int, int] | None) -> Replacement | None:
    """``statement_added`` as a change of ``document``: within the selection, else within the sections the request
    names by heading or place ("add a sentence to the Part 29 Watering section saying…"), else anywhere in it.
    Written anywhere, a statement about watering went under the first of thirty "Watering" headings."""
    named = named_sections(document, request) or placed_sections(document, request)
    start, end = selection or ((named[0].start, named[-1].end) if named else (0, len(document.text)))
    written = statement_added(document.text[start:end], request)
    return None if written is None else Replacement(start, end, written, 0, AS_GIVEN)


def statement_added(original: str, request: str) -> str | None:
    """``original`` with the statement of an outright add ("add/include/mention that …", ``ADDS_OUTRIGHT``)
    written in; None for any other request, or where ``original`` already makes the statement, has another
    value for it (``_corrects_a_value``), or has no paragraph to take it. Between paragraphs sharing as many
    of its words, the longest takes it."""
    found = STATEMENT.match(request)
    if not found or not ADDS_OUTRIGHT.search(request):
        return None
    sentence = _as_sentence(found.group("said"))
    blocks = _paragraphs(original)
    said = words_of(sentence.lower())
    if not sentence or not blocks or _already_said(original, said) or _corrects_a_value(original, sentence):
        return None
    if extended := _extended(original, said):
        return original[: extended.start()] + sentence + original[extended.end() :]
    start, end = max(blocks, key=lambda block: (_shared(said, original[block[0] : block[1]]), block[1] - block[0]))
    return original[:end] + _joined(original[start:end], sentence) + original[end:]


def _already_said(text: str, said: frozenset[str]) -> bool:
    """Whether one line or sentence of ``text`` has every word of the statement worth the name."""
    wanted = [word for word in said if _worth_a_look(word)]
    return any(all(any(word == other or related(word, other) for other in words_of(piece.lower())) for word in wanted)
               for piece in re.split(r"\n|(?<=[.!?])\s+", text))


def _extended(text: str, said: frozenset[str]) -> re.Match | None:
    """The one sentence of ``text`` the statement says again with more ("Videos are skipped." for "videos are
    skipped because EXIF dates are unreliable"), which it replaces rather than follows."""
    found = [sentence for sentence in re.finditer(r"[^.!?\s][^.!?\n]*[.!?]", text)
             if len(words := [word for word in words_of(sentence.group(0).lower()) if _worth_a_look(word)]) >= 2
             and all(word in said for word in words)]
    return found[0] if len(found) == 1 else None


def _corrects_a_value(text: str, sentence: str) -> bool:
    """Whether the statement gives a value the text has another of, next to the same word: "it is flat 3b" where
    the letter says "flat 3", "it is a 30 minute talk" where it says "45 minute". That corrects the text, which
    adding the statement would only contradict."""
    def values_by_word(piece: str) -> set[tuple[str, str]]:
        words = re.findall(r"[\w']+", piece.lower())
        return {(word, value) for first, second in pairwise(words)
                for word, value in ((first, second), (second, first))
                if any(c.isdigit() for c in value) and not any(c.isdigit() for c in word) and len(word) >= 2
                and word not in _COMMON and word not in _FUNCTION_WORDS}
    stated, present = values_by_word(sentence), values_by_word(text)
    return any(word == other_word and value != other_value for word, value in stated for other_word, other_value in present)


def _worth_a_look(word: str) -> bool:
    """A word that tells statements apart: not a common short one, but "3b" is."""
    return (len(word) >= 3 or any(character.isdigit() for character in word)) and word not in _COMMON


def _as_sentence(said: str) -> str:
    said = " ".join(said.split()).rstrip(",;: ")
    if not said:
        return ""
    said = said[:1].upper() + said[1:]
    return said if _ENDS_A_SENTENCE.search(said) else said + "."


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """The [start, end) of each paragraph of running text or list items: not headings, greetings or sign-offs
    ("Hi everyone,", "See you there,\\nSam and Jo"), which end no sentence."""
    found = []
    for block in re.finditer(r"[^\n]+(?:\n[^\n]*\S[^\n]*)*", text):
        lines = [line for line in block.group(0).splitlines() if line.strip()]
        if lines[0].lstrip().startswith("#") or not (_is_list(lines) or _ENDS_A_SENTENCE.search(block.group(0))):
            continue
        found.append((block.start(), block.end()))
    return found


def _is_list(lines: list[str]) -> bool:
    return all(_LIST_ITEM.match(line) for line in lines)


def _shared(said: frozenset[str], paragraph: str) -> int:
    words = [word for word in words_of(paragraph.lower()) if len(word) >= 4 and word not in _COMMON]
    return sum(any(related(word, other) for other in words) for word in said if len(word) >= 4 and word not in _COMMON)


_FUNCTION_WORDS = frozenset("at on in to of by is it an as or be we my no so up us he me".split())
"""Words of two letters that say nothing of a value; "pm", "km" and "kg" do."""
_COMMON = frozenset("the and for are was there their they them then than this that these those have will would been were with from into "
                    "your ours also just very".split())


def _joined(paragraph: str, sentence: str) -> str:
    """What follows ``paragraph`` to add ``sentence``: a new list item like its last, a new line where each of its
    lines is a sentence, or the sentence after its last one."""
    lines = paragraph.splitlines()
    if _is_list(lines):
        item = _LIST_ITEM.match(lines[-1])
        marker = f"{int(item['number']) + 1}{item['marker'][-1]}" if item["number"] else item["marker"]
        return f"\n{item['indent']}{marker} {sentence}"
    if len(lines) > 1 and all(_ENDS_A_SENTENCE.search(line) for line in lines):
        return f"\n{sentence}"
    return f" {sentence}"
