"""Answers to questions about a fact in the user's prose, quoted from it rather than made up by the model.

Asked "how many steps does Mara climb?" of a story that says "Mara climbed the hundred and twelve steps", the
model answered "She climbed 1200 steps."; asked "who is making the posters?" of committee minutes, "Joe, Linh,
Sam."; asked what `--dry-run` does, something the README did not say. A small model reads poorly, but a
question about a fact the text states is answered by the sentence that states it: the one that has every word
the question asks about. The user reads the answer in their own words, and can judge it."""

from __future__ import annotations

import re

from companion.documents import PROSE_LANGUAGES, Document

_ASKS_A_FACT = re.compile(
    r"^\s*(?:who|whom|whose|when|where|which|how\s+(?:many|much|long|often|far|old|big|large|small|wide|tall|high|"
    r"deep|heavy)|what\s+(?:time|day|date|year|"
    r"does|do|did|is|are|was|were)|what's|what\s+(?:should|must|can|do)\s+(?:i|we|you)\s+do\s+(?:if|when|about)|"
    r"what\s+happens\s+(?:if|when))\b",
    re.IGNORECASE,
)
"""A question with one answer that a text states: who, when, how many, what something is or does, what to do if
something happens ("what should I do if I see blight?" of a handbook that says "If you spot blight on tomatoes…,
remove the affected leaves"). "Why" and "how" ask for reasons and ways, which a sentence may not give."""
_NOT_ASKED_ABOUT = frozenset(
    "who who's who’s whom whose when where which what what's how many much long often far old time day date year does do did is "
    "are was were the a an of to in on at for with by from this that these those it its there they them he she we "
    "you i me my our your his her their and or be been has have had will would can could should shall may might "
    "text document doc file story poem essay letter email post page readme notes minutes say says said mention "
    "mentioned according get gets now currently still usually actually exactly really just also if must happen "
    "happens see sees saw notice notices spot spots find finds about big large small wide tall high deep heavy".split()
)
"""Words of how a question is put, not of what it asks about: "how long does a run take now?" asks about a run
and how long it takes, which a text states without "now"; "what should I do if I see blight?" asks about blight,
which a text may say one spots or finds."""
_MONEY_WORDS = frozenset({"cost", "costs", "price", "charge", "pay"})
"""Said again by "how much does … cost?": the sentence that answers it has a price, not the word."""
_WHO_IS_DOING = re.compile(r"^\s*who(?:'s|’s|\s+is|\s+are|\s+was|\s+were|\s+will\s+be)\s+(?P<doing>[a-z]+ing)\b", re.IGNORECASE)
""""who is bringing snacks?": minutes and agendas write who does a thing beside the thing ("Snacks: Sofia.",
"Hiring update (Ben)"), without the doing."""
_NAME = re.compile(r"(?<=[\s(:,])[A-Z][a-z]+")
_QUOTES_AT_MOST = 2
_NUMBER = r"(?:\d+(?:[.,]\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|"
_NUMBER += r"fifty|hundred|half|a\s+few|several|couple)"
_WHEN = re.compile(r"\b(?:\d{1,2}(?::\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.)|\d{1,2}:\d{2}|noon|midnight|morning|afternoon|evening|"
                   r"tonight|today|tomorrow|yesterday|(?:mon|tues|wednes|thurs|fri|satur|sun)days?|january|february|march|april|"
                   r"may|june|july|august|september|october|november|december|\d{4}|\d{1,2}(?:st|nd|rd|th))\b", re.IGNORECASE)
_ANSWER_KINDS = {
    "long": re.compile(rf"\b{_NUMBER}(?:\s+and\s+a\s+half)?[\s-]+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|nights?|weeks?|"
                       r"months?|years?)\b", re.IGNORECASE),
    "many": re.compile(rf"\b{_NUMBER}\b", re.IGNORECASE),
    "much": re.compile(r"[£$€]\s?\d|\b\d+(?:[.,]\d+)?\s?(?:%|per\s?cent|pounds|dollars|euros|pence|cents|p)\b|\bfree\b", re.IGNORECASE),
    "often": re.compile(r"\b(?:every|each|daily|weekly|monthly|yearly|annually|hourly|nightly|once|twice|times)\b", re.IGNORECASE),
    "far": re.compile(rf"\b{_NUMBER}[\s-]*(?:km|kilomet(?:re|er)s?|miles?|m|met(?:re|er)s?|yards?|feet|minutes?)\b", re.IGNORECASE),
    "when": _WHEN, "time": _WHEN, "day": _WHEN, "date": _WHEN, "year": _WHEN,
    **dict.fromkeys(("who", "whom", "whose"), re.compile(rf"{_NAME.pattern}|^[A-Z][a-z]+(?=:)")),
    **dict.fromkeys(("big", "large", "small", "wide", "tall", "high", "deep", "heavy"), re.compile(
        rf"\b{_NUMBER}[\s-]*(?:mm|cm|m|km|millimet(?:re|er)s?|centimet(?:re|er)s?|met(?:re|er)s?|kilomet(?:re|er)s?|inch(?:es)?|"
        r"feet|foot|ft|yards?|miles?|acres?|hectares?|square|sq|g|kg|grams?|kilos?|kilograms?|pounds|lbs?|tons?|tonnes?|"
        r"litres?|liters?)\b", re.IGNORECASE)),
}
"""What the sentence that answers a question has, by the question's last word ("how long": a duration): asked
"how long is a tour?" of a page where three sentences speak of tours, the one that says "two and a half hours"."""


def quoted_answer(request: str, document: Document, selection: tuple[int, int] | None = None) -> str | None:
    """The sentences of the prose ``document`` (or its selection) that have every word a question about a
    fact asks about ("how many steps does Mara climb?": steps, Mara, climb), quoted; where none has, those that
    have them with the words of the heading they come under (a question in an FAQ names its topic once, in the
    heading), if they have one of the words themselves and the kind of answer asked for; asked who is doing a
    thing, those that name the thing and someone; None for any other
    request, for code, and where no sentence or more than two have them all."""
    question = _ASKS_A_FACT.match(request)
    if not question or document.language not in PROSE_LANGUAGES:
        return None
    kind_word = question.group().lower().split()[-1]
    kind = _ANSWER_KINDS.get(kind_word)
    asked = stems(request) - ASKING_WORDS - ({stem(word) for word in _MONEY_WORDS} if kind_word == "much" else set())
    if not asked:
        return None
    text = document.text[selection[0] : selection[1]] if selection is not None else document.text
    found = [sentence for sentence in sentences_of(text) if asked <= stems(sentence)]
    if not found:  # "how much is gift wrapping?" of "## Do you offer gift wrapping?" / "We wrap orders … for £3."
        found = [sentence for heading, body in _sections_of(text) for sentence in sentences_of(body)
                 if asked <= stems(sentence) | stems(heading) and asked & stems(sentence)
                 and (kind is None or kind.search(sentence))]
    if not found and (doing := _WHO_IS_DOING.match(request)) and (thing := asked - {stem(doing["doing"].lower())}):
        found = [sentence for sentence in sentences_of(text) if thing <= stems(sentence)
                 and any(stem(name.lower()) not in asked for name in _NAME.findall(sentence))]
    if len(found) > 1 and kind:
        found = [sentence for sentence in found if kind.search(sentence)] or found
    if not found or len(found) > _QUOTES_AT_MOST:
        return None
    quotes = [f"“{sentence}”" for sentence in found]
    return f"The text says: {quotes[0]}" if len(quotes) == 1 else "The text says:\n" + "\n".join(quotes)


def _sections_of(text: str) -> list[tuple[str, str]]:
    """``text`` cut at its Markdown headings: each heading's words (no marks) with the text under it, up to the
    next heading; the text before the first heading comes with an empty heading."""
    pieces = re.split(r"^#{1,6}[ \t]+(.*)$", text, flags=re.MULTILINE)
    return [("", pieces[0]), *zip(pieces[1::2], pieces[2::2])]


def stems(text: str) -> set[str]:
    return {stem(word) for word in words_in(text)}


def words_in(text: str) -> list[str]:
    return re.findall(r"[^\W_](?:[\w'’-]*[^\W_])?", text.lower())


def stem(word: str) -> str:
    """``word`` without one common ending, so that "making" meets "make", "climbed" "climb", "wrapping" "wrap"
    and "cities" "city"."""
    if word.endswith("ies") and len(word) >= 5:
        return word[:-3] + "y"
    for ending in ("ing", "ed", "es", "s", "e"):
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            base = word[: -len(ending)]
            if ending in ("ing", "ed") and len(base) >= 4 and base[-1] == base[-2] and base[-1] in "bdgmnprt":
                return base[:-1]  # "wrapping", "planned": the consonant doubled before the ending
            return base
    return word


ASKING_WORDS = frozenset(stem(word) for word in _NOT_ASKED_ABOUT)
"""The stems of words of how a question is put (``_NOT_ASKED_ABOUT``)."""


def sentences_of(text: str) -> list[str]:
    """The sentences of ``text``, and its list items and other lines, without their markers; headings and code
    blocks are left out."""
    sentences, fenced = [], False
    for line in text.splitlines():
        if line.lstrip().startswith(("```", "~~~")):
            fenced = not fenced
            continue
        if fenced or not line.strip() or line.lstrip().startswith("#") or line.startswith("    "):
            continue
        line = re.sub(r"^\s*(?:[-*+]\s+(?:\[[ xX]\]\s+)?|\d+[.)]\s+|>\s*)", "", line).strip()
        sentences += [piece.strip() for piece in re.split(r"(?<=[.!?])\s+(?=[A-Z\"“])", line) if piece.strip()]
    return sentences
