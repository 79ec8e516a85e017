"""Loops: a generation that has begun repeating itself, caught while it streams.

A small model that loses its way repeats: one character or phrase over and over ("0000…", "I am looking
for a job. I am looking for a job. …"), or the passage it was given, begun a second time. Left alone it runs
on to the token limit, so the user waits for every token of it and is then told the answer was cut off and
to select less, which is not the trouble. Caught at the loop, the wait ends there and the message says what
went wrong. Repetition the model was shown (a row of dashes, a refrain, code that repeats) is not a loop.
"""

from __future__ import annotations

import re

RUN_CHARS = 120
"""How long a run of one repeated piece must be before it counts: longer than a Markdown rule or a heading's
underline usually is."""
RUN_REPEATS = 3
"""How many times in a row a longer piece (a sentence, a line) must come before it counts."""
LONGEST_PIECE = 300
SENTENCE_CHARS = 16
"""How long a sentence must be before its third telling counts: "Yes." may well come three times."""
RESTART_CHARS = 160
"""How long a stretch written a second time (the passage begun again) must be before it counts."""

ASKS_FOR_REPETITION = re.compile(r"\b(?:repeat|again|duplicate|copy|copies|twice|same)\b", re.IGNORECASE)
"""A request whose right answer may say something twice ("duplicate this test", "repeat the chorus")."""


def loop_start(generated: str, shown: str = "", *, restarts: bool = True) -> int | None:
    """Where the loop that ``generated`` ends in begins, or None when it ends in none.

    ``shown`` is the text the model was given: repetition it has as well is not a loop. With ``restarts``
    off, a long stretch written a second time after other text (a duplicated function, a repeated chorus), or
    a sentence told a third time among others, is allowed, for requests that ask for that."""
    run = _run_start(generated, shown)
    if run is not None:
        return run
    if not restarts:
        return None
    for start in (_restart_start(generated, shown), _retold_start(generated, shown), _same_opening_start(generated, shown)):
        if start is not None:
            return start
    return None


def _run_start(generated: str, shown: str) -> int | None:
    """The start of a run of one piece repeated back to back at the end of ``generated`` ("0000…")."""
    end = len(generated)
    for piece in range(1, LONGEST_PIECE + 1):
        length = max(RUN_CHARS, RUN_REPEATS * piece)
        if end < length:
            break
        if generated[end - 1] != generated[end - 1 - piece]:  # cheap test first: this runs on every token
            continue
        if generated[end - length + piece :] != generated[end - length : end - piece]:
            continue
        start = end - length
        while start > 0 and generated[start - 1] == generated[start - 1 + piece]:
            start -= 1
        return None if generated[start:] in shown else _next_word(generated, start, piece)
    return None


def _next_word(text: str, start: int, within: int) -> int:
    """``start``, or the start of the next word when one begins within ``within`` characters: a repeated
    sentence ("Coffee is good. ") matches back into the end of the one before ("…coffee. "), which stays."""
    if start == 0 or text[start - 1].isspace():
        return start
    space = next((i for i in range(start, min(start + within, len(text))) if text[i].isspace()), None)
    return start if space is None else space + 1


def _restart_start(generated: str, shown: str) -> int | None:
    """The start of a stretch at the end of ``generated`` that it already wrote once, more often than ``shown``
    has it: the passage begun again after it was finished."""
    end = len(generated)
    if end < 2 * RESTART_CHARS:
        return None
    tail = generated[end - RESTART_CHARS :]
    earlier = generated.find(tail, 0, end - RESTART_CHARS)
    if earlier < 0 or shown.count(tail) >= generated.count(tail):
        return None
    start = end - RESTART_CHARS
    while earlier > 0 and generated[earlier - 1] == generated[start - 1]:
        earlier, start = earlier - 1, start - 1
    return start


_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")


def _retold_start(generated: str, shown: str) -> int | None:
    """The start of the second telling of the sentence ``generated`` has just finished for the third time, more
    often than ``shown`` has it: a few sentences gone round in a circle ("The food is 120 euros. The wine is 25
    euros. The room is 240 euros. The food is 120 euros. …"), each round too short for ``_restart_start``."""
    text = generated.rstrip()
    if not text or text[-1] not in ".!?" or len(text) < RUN_REPEATS * SENTENCE_CHARS:
        return None
    ends = [found.end() for found in _SENTENCE_END.finditer(text, 0, len(text) - 1)]
    sentence = text[ends[-1] if ends else 0 :].strip()
    if len(sentence) < SENTENCE_CHARS:
        return None
    told = [found.start() for found in re.finditer(re.escape(sentence), text)]
    if len(told) < RUN_REPEATS or shown.count(sentence) >= len(told):
        return None
    return told[1]


OPENING_WORDS = 5
"""How many first words sentences must share to be one sentence told again with another ending."""


def _same_opening_start(generated: str, shown: str) -> int | None:
    """The start of the sentence ``generated`` has just finished that is the third in a row to open with the same
    words, more often than ``shown`` has them: one sentence told again with other endings ("It is the number
    that is closest to the middle. It is the number that is the smallest number in the list. It is the number
    that is the largest…", asked what a median function does), each telling new, so not ``_retold_start``."""
    text = generated.rstrip()
    if not text or text[-1] not in ".!?":
        return None
    starts = [0] + [found.end() for found in _SENTENCE_END.finditer(text, 0, len(text) - 1)]
    sentences = [(start, text[start:end].split()) for start, end in zip(starts, starts[1:] + [len(text)], strict=True)]
    sentences = [(start, words) for start, words in sentences if words]
    if len(sentences) < RUN_REPEATS:
        return None
    openings = [" ".join(words[:OPENING_WORDS]).lower() for _, words in sentences[-RUN_REPEATS:]]
    if len(sentences[-1][1]) <= OPENING_WORDS or len(set(openings)) > 1 or shown.lower().count(openings[0]) >= RUN_REPEATS:
        return None
    start = sentences[-1][0]
    return start + len(text[start:]) - len(text[start:].lstrip())
