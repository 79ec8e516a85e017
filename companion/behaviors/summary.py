"""Summaries of the user's prose that say only what it says: the model's, where every claim of it is in the text,
else the text's own sentences that carry the most of it.

Asked to "summarise this post" about baking sourdough, the model wrote "This post is a summary of the post I
wrote for the blog."; asked to "summarize the essay", "It is a summary of the essay." until it was stopped; asked
for "the main points", it added "Trees are a great way to reduce our carbon footprint", which the essay never
says. A writer asking for a summary of their own text wants to see what it says, and must be able to trust it.
So the model's summary is kept only where it finishes and its words are the text's (``grounded``); otherwise
the answer is the sentences that share most words with the rest of the text, one from each part where it
can, in their order and unchanged, and says so.
"""

from __future__ import annotations

import re
from math import sqrt

from companion.behaviors.letters import without_parties
from companion.behaviors.quoted import sentences_of, stem, words_in
from companion.documents import PROSE_LANGUAGES, Document

ASKS_FOR_SUMMARY = re.compile(
    r"^\s*(?:(?:can|could|would)\s+you\s+|please\s+|so\s+|and\s+)?(?:"
    r"summari[sz]e(?!\s+(?:should|must|needs?|will|would|is|does|returns?)\b)|sum\s+(?:it|this|that|\w+\s+\w+)?\s*up|recap|tl;?\s?dr"
    r"|(?:give\s+me|write|make|what(?:'s|\s+is|\s+would\s+be))\s+(?:a|an|the)\s+(?:short\s+|brief\s+|quick\s+|"
    r"one[\s-](?:line|sentence)\s+|two[\s-]sentence\s+|\w+\s+)?(?:summary|recap|tl;?\s?dr|gist|overview)"
    r"|what(?:'s|\s+is|\s+are)\s+(?:the\s+)?(?:gist|main\s+points?|key\s+points?|main\s+ideas?|key\s+ideas?|"
    r"takeaways?|key\s+takeaways?|main\s+argument)"
    r"|what(?:'s|\s+is)\s+(?:this|it|the\s+\w+|my\s+\w+)\s+(?:\w+\s+)?about)\b",
    re.IGNORECASE,
)
"""A request for a summary of the open text, or of what it is about: "summarise this post in two sentences",
"tl;dr?", "what are the main points?", "what is this essay about?"."""
_HOW_MANY = re.compile(
    r"\b(?:in\s+|into\s+|with\s+)?(?P<count>one|a|two|three|four|five|\d)[\s-]*(?:(?:short|brief)\s+)?"
    r"(?:sentences?|lines?|points?|bullets?|bullet\s+points?)\b",
    re.IGNORECASE,
)
_NUMBERS = {"one": 1, "a": 1, "two": 2, "three": 3, "four": 4, "five": 5}
DEFAULT_SENTENCES = 3
GROUNDED_SHARE = 0.75
"""The share of a summary's content words that the text must have for the summary to stand."""
_FUNCTION_WORDS = frozenset(re.findall(r"\S+", """
    the a an and or but of to in on at for with by from as is are was were be been being this that these those it
    its they them their there here he she his her we our you your i me my not no so if then than when which who
    what how why all any each every some more most very can could would should will shall may might must do does
    did done have has had into out up down over about after before also just only even both such own same
    though although however while because whereas yet still instead rather"""))
_ABOUT_A_SUMMARY = frozenset(stem(word) for word in re.findall(r"\S+", """
    summary summarise summarize post essay text article story piece document author writer main point points key"""))
"""Words a summary may use that the text need not have: "the post", "the author argues"."""


def asks_for_summary(request: str) -> bool:
    return bool(ASKS_FOR_SUMMARY.search(request))


def summary_size(request: str) -> int:
    """How many sentences the request asks for ("in two sentences", "a one-line summary"), else three."""
    found = _HOW_MANY.search(request)
    if not found:
        return DEFAULT_SENTENCES
    count = found["count"].lower()
    return _NUMBERS[count] if count in _NUMBERS else max(1, int(count))


def grounded(summary: str, text: str, allowed: frozenset[str] = frozenset()) -> bool:
    """Whether at least three quarters of a summary's content words are words of ``text`` (by their stems), and
    it has three such words at least: "Trees are a great way to reduce our carbon footprint" is not, of an essay
    that never speaks of carbon. Words about a summary ("the post", "the author") and ``allowed`` need not be."""
    known = {stem(word) for word in words_in(text)}
    free = _ABOUT_A_SUMMARY | {stem(word) for word in allowed}
    said = [stem(word) for word in words_in(summary) if _content(word)]
    said = [word for word in said if word not in free]
    return len(said) >= 3 and sum(word in known for word in said) >= GROUNDED_SHARE * len(said)


def stands_as_summary(summary: str, text: str) -> bool:
    """Whether the model's summary of ``text`` may be shown: ``grounded``, and shorter than the text by a good
    margin. Asked to "summarise this email in one sentence", the base weights wrote the email out again, greeting
    and signature and all: every word of it the text's own."""
    return grounded(summary, text) and len(words_in(summary)) <= max(SUMMARY_WORDS_AT_LEAST, 0.6 * len(words_in(text)))


SUMMARY_WORDS_AT_LEAST = 30
"""However short the text, a summary of this many words may stand."""


def extracted_summary(request: str, document: Document, selection: tuple[int, int] | None = None) -> str | None:
    """The sentences (or list items) of the prose ``document`` (or its selection) that share most words with the
    rest of it, as many as the request asks for, in the text's order and as written; None for code, and for a
    text with no sentences. A letter's greeting, signature and headers other than its subject are no part of what
    it says ("See you soon," had been a main point of a thank-you note)."""
    if document.language not in PROSE_LANGUAGES:
        return None
    text = without_parties(document.text[selection[0] : selection[1]] if selection is not None else document.text)
    parts = [sentences_of(part) for part in re.split(r"\n\s*\n", text)]
    sentences = [(index, sentence) for index, part in enumerate(parts) for sentence in part]
    if not sentences:
        return None
    chosen = sorted(_central(sentences, summary_size(request)))
    quoted = [sentences[position][1] for position in chosen]
    if len(quoted) == 1:
        return f"In its own words: “{quoted[0]}”"
    return "Its main points, in its own words:\n" + "\n".join(f"- {sentence}" for sentence in quoted)


def _central(sentences: list[tuple[int, str]], count: int) -> list[int]:
    """The positions of the ``count`` sentences whose words recur most across the text (the first of a paragraph
    counting for more, and the first of the last one more again), taken one by one, each from a paragraph not yet
    drawn on while there is one, and none saying mostly what a chosen one says."""
    stems = [{stem(word) for word in words_in(sentence) if _content(word)} for _, sentence in sentences]
    spread = {}
    for words in stems:
        for word in words:
            spread[word] = spread.get(word, 0) + 1

    def score(position: int) -> float:
        words = stems[position]
        first_of_part = position == 0 or sentences[position - 1][0] != sentences[position][0]
        opens_the_end = first_of_part and sentences[position][0] == sentences[-1][0] and position > 0
        weight = 1.4 if opens_the_end else 1.2 if first_of_part else 1.0  # a conclusion sums up
        return sum(spread[word] for word in words) / sqrt(len(words) or 1) * weight

    ranked = sorted(range(len(sentences)), key=lambda position: (-score(position), position))
    chosen: list[int] = []
    for fresh_parts_only in (True, False):
        for position in ranked:
            if len(chosen) >= count or position in chosen:
                continue
            if fresh_parts_only and any(sentences[other][0] == sentences[position][0] for other in chosen):
                continue
            if any(len(stems[position] & stems[other]) > 0.6 * max(1, len(stems[position])) for other in chosen):
                continue
            chosen.append(position)
    return chosen


def _content(word: str) -> bool:
    return word not in _FUNCTION_WORDS and (len(word) >= 3 or any(character.isdigit() for character in word))
