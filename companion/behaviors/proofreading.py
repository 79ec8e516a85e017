"""Proofreading comments found without the model: words a dictionary does not have, and the slips of English
grammar that can be told by the words around them ("harder then I expected", "Their were weeks", "the most
proudest moment", "could of", "a hour").

Asked to "proofread this and mark the mistakes" of a post with three such slips, the model marked none, or
claimed a typo its quote did not have. Each rule here names a slip only where the words next to it leave no
doubt ("then" after a comparative is "than"; "their" before "were" is "there"), so that a comment sends the user
to a real mistake; each comes with the corrected words as its suggestion, which the user can apply. The model's
own comments are kept beside these (``comment.review``): it may see what no rule can.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from companion.behaviors.typos import english_words, misspelt

ASKS_FOR_PROOFREADING = re.compile(
    r"\b(?:proof-?read\w*|grammar|grammatical\w*|spell\w*|typos?|mistakes?|errors?|wrong|mess(?:ed)?\s+up|"
    r"copy-?edit\w*|correct(?:ness|ions?)?)\b"
    r"|^\s*(?:please\s+)?(?:review|check|look\s+over|go\s+over)(?:\s+(?:this|it|my\s+\w+|the\s+(?:text|draft|post|essay|"
    r"letter|story|document|page|piece)))?(?:\s+(?:please|and\s+(?:leave\s+comments|comment|flag\s+\w+|mark\s+\w+)))?[\s.!?]*$",
    re.IGNORECASE,
)
"""A request for a review of the text's correctness, or a review with nothing more said: not one about its tone,
its claims or its pacing, where a typo would be beside the point."""


@dataclass(frozen=True)
class Finding:
    start: int
    end: int
    comment: str
    suggestion: str


_COMPARATIVES = frozenset(re.findall(r"\S+", "more less better worse rather other fewer"))
_NOT_COMPARATIVES = frozenset(re.findall(r"\S+", """
    after never ever over under whether together either neither later water paper number offer order matter power
    corner finger summer winter member letter daughter sister brother mother father master"""))
_NOT_SUPERLATIVES = frozenset(re.findall(r"\S+", """
    honest modest earnest dishonest interest forest harvest protest contest request invest arrest digest manifest
    suggest conquest"""))
_SOUNDS_LIKE_A_CONSONANT = re.compile(r"^(?:one\b|once\b|eu|ewe)", re.IGNORECASE)
"""Words that begin with a vowel letter and the sound of a consonant: "a one-off", "a European". Words that
begin with "u" are left alone: "a unit" but "an uncle"."""


def proofreading_findings(text: str, start: int = 0, end: int | None = None) -> list[Finding]:
    """The slips of ``text`` between ``start`` and ``end``: grammar first, then misspellings not already inside a
    grammar finding, in the order they stand."""
    end = len(text) if end is None else end
    findings = [finding for rule in _RULES for finding in rule(text, start, end)]
    for word_start, word_end, fix in misspelt(text, start, end):
        if not any(f.start <= word_start < f.end for f in findings):
            word = text[word_start:word_end]
            findings.append(Finding(word_start, word_end, f"Spelling: '{word}' should be '{fix}'.", fix))
    return sorted(findings, key=lambda finding: finding.start)


_THEN = re.compile(r"\b(?P<word>[A-Za-z]+)\s+(?P<then>then)\b(?!,)", re.IGNORECASE)


def _then_for_than(text: str, start: int, end: int) -> list[Finding]:
    findings = []
    for found in _THEN.finditer(text, start, end):
        if _comparative(found["word"].lower()):
            fixed = found.group(0)[: found.start("then") - found.start()] + _cased("than", found["then"])
            findings.append(Finding(found.start(), found.end(), f"Grammar: '{found.group(0)}' should be '{fixed}': "
                                    "after a comparison, 'than'.", fixed))
    return findings


def _comparative(word: str) -> bool:
    """Whether ``word`` compares ("harder", "bigger", "easier", "more"), as a word its adjective plus -er."""
    if word in _COMPARATIVES:
        return True
    if not word.endswith("er") or len(word) < 5 or word in _NOT_COMPARATIVES:
        return False
    stem = word[:-2]
    bases = {stem, stem + "e", stem[:-1] + "y" if stem.endswith("i") else stem,
             stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else stem}
    return any(_is_adjective_like(base) for base in bases)


@cache
def _common_words() -> frozenset[str]:
    frequencies = english_words().word_frequency
    return frozenset(word for word, count in frequencies.items() if count >= 2000)


def _is_adjective_like(word: str) -> bool:
    return len(word) >= 3 and word in _common_words()


_THEIR_VERB = re.compile(r"\b(?P<their>their)\s+(?P<verb>is|are|was|were|will\s+be|has\s+been|have\s+been|isn't|aren't|"
                         r"wasn't|weren't|must\s+be|might\s+be|seems?\s+to\s+be|used\s+to\s+be)\b", re.IGNORECASE)


def _their_for_there(text: str, start: int, end: int) -> list[Finding]:
    findings = []
    for found in _THEIR_VERB.finditer(text, start, end):
        fixed = _cased("there", found["their"]) + found.group(0)[len(found["their"]):]
        findings.append(Finding(found.start(), found.end(), f"Grammar: '{found.group(0)}' should be '{fixed}'.", fixed))
    return findings


_DOUBLE_COMPARISON = re.compile(r"\b(?P<more>most|more)\s+(?P<adjective>[A-Za-z]{4,}(?:est|er))\b", re.IGNORECASE)


def _double_comparison(text: str, start: int, end: int) -> list[Finding]:
    findings = []
    for found in _DOUBLE_COMPARISON.finditer(text, start, end):
        adjective = found["adjective"].lower()
        superlative = found["more"].lower() == "most" and adjective.endswith("est")
        comparative = found["more"].lower() == "more" and adjective.endswith("er")
        if superlative and adjective not in _NOT_SUPERLATIVES and _comparative(adjective[:-3] + "er") or (
                comparative and _comparative(adjective) and adjective not in _COMPARATIVES):
            findings.append(Finding(found.start(), found.end(), f"Grammar: '{found.group(0)}' compares twice: "
                                    f"'{found['adjective']}' alone says it.", found["adjective"]))
    return findings


_OF_FOR_HAVE = re.compile(r"\b(?P<verb>could|should|would|must|might|may)\s+(?P<of>of)\b", re.IGNORECASE)


def _of_for_have(text: str, start: int, end: int) -> list[Finding]:
    findings = []
    for found in _OF_FOR_HAVE.finditer(text, start, end):
        following = text[found.end() : found.end() + 30]
        if re.match(r"\s+(?:course|all|the|them|these|those|us|you|it|which)\b", following, re.IGNORECASE):
            continue  # "which of course", "some could of the…" are no "could have"
        fixed = found["verb"] + " " + _cased("have", found["of"])
        findings.append(Finding(found.start(), found.end(), f"Grammar: '{found.group(0)}' should be '{fixed}'.", fixed))
    return findings


_ARTICLE = re.compile(r"(?:(?<=^)|(?<=[.!?]\s)|(?<=\n)|(?<=[.!?]\s\s))(?P<capital>An?)\s+(?P<word>[a-z]+)\b"
                      r"|\b(?P<article>an?)\s+(?P<word2>[a-z]+)\b", re.MULTILINE)


def _article(text: str, start: int, end: int) -> list[Finding]:
    """"a" where the next word begins with a vowel (not "u", which may sound either way: "a unit", "an uncle"), or
    "an" where it begins with a consonant (not "h": "an hour", "an historic"). Capitalised words are left alone:
    "an FAQ", "model A and B"."""
    findings = []
    for found in _ARTICLE.finditer(text, start, end):
        article, word = found["capital"] or found["article"], found["word"] or found["word2"]
        initial = word[0]
        if article.lower() == "a" and initial in "aeio" and not _SOUNDS_LIKE_A_CONSONANT.match(word):
            wanted = "an"
        elif article.lower() == "an" and initial not in "aeiouh":
            wanted = "a"
        else:
            continue
        if text[found.start() - 1 : found.start()] not in ("'", "-"):
            fixed = _cased(wanted, article) + found.group(0)[len(article):]
            findings.append(Finding(found.start(), found.end(), f"Grammar: '{found.group(0)}' should be '{fixed}'.",
                                    fixed))
    return findings


_REPEATED = re.compile(r"(?<![\w/_.-])(?P<word>[A-Za-z]+)[ \t]+(?P=word)\b", re.IGNORECASE)
_REPEATS_WELL = frozenset(re.findall(r"\S+", "that had is bye very no so ha knock tut"))


def _repeated_word(text: str, start: int, end: int) -> list[Finding]:
    return [Finding(found.start(), found.end(), f"'{found['word']}' is written twice.", found["word"])
            for found in _REPEATED.finditer(text, start, end) if found["word"].lower() not in _REPEATS_WELL]


_FIXED_PHRASES = [
    (re.compile(r"\balot\b", re.IGNORECASE), "a lot"),
    (re.compile(r"\birregardless\b", re.IGNORECASE), "regardless"),
    (re.compile(r"\byour\s+welcome\b", re.IGNORECASE), "you're welcome"),
    (re.compile(r"\b(?:they|we|you)\s+was\b", re.IGNORECASE), None),
    (re.compile(r"\b(?:he|she|it)\s+don't\b", re.IGNORECASE), None),
    (re.compile(r"\bit's\s+own\b", re.IGNORECASE), "its own"),
    (re.compile(r"\bits\s+(?:a|an|not|been|going|very|too|just|really|also|always|never|still|getting|hard|easy|"
                r"important|true|clear|possible)\b", re.IGNORECASE), None),
]


def _fixed_phrase(text: str, start: int, end: int) -> list[Finding]:
    findings = []
    for pattern, fix in _FIXED_PHRASES:
        for found in pattern.finditer(text, start, end):
            fixed = fix if fix is not None else _corrected(found.group(0))
            if fix is not None and found.group(0)[0].isupper():
                fixed = fixed[0].upper() + fixed[1:]
            findings.append(Finding(found.start(), found.end(), f"Grammar: '{found.group(0)}' should be '{fixed}'.", fixed))
    return findings


def _corrected(phrase: str) -> str:
    first, rest = phrase.split(None, 1)
    if rest.lower() == "was":
        return f"{first} were"
    if rest.lower() == "don't":
        return f"{first} doesn't"
    return _cased("it's", first) + " " + rest


def _cased(word: str, like: str) -> str:
    """``word`` capitalised as ``like`` is."""
    return word[0].upper() + word[1:] if like[:1].isupper() else word


_RULES = (_then_for_than, _their_for_there, _double_comparison, _of_for_have, _article, _repeated_word, _fixed_phrase)
