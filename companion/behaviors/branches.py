"""Following the changes a model nearly made: the branches of a copy it was unsure of (``nearest_change``), and
the words a request dictates, written in where they belong (``guided_change``)."""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import replace

from companion.behaviors.asked_text import AskedText, has_text, occurrences
from companion.behaviors.prompts import clean_edit_output
from companion.behaviors.streaming import collect
from companion.engine.base import Branch, CancelToken, Engine, GenerationRequest

BRANCHES_FOLLOWED = 3
"""How many of a copied answer's likeliest branches are followed to their end: each costs a generation of
up to the rest of the passage."""
BRANCH_RUN_ON_TOKENS = 12
"""How much longer than the copy a followed branch may run (its closing tag included) before it is dropped: a
change the model was unsure of is a word or a phrase, and a branch that keeps writing past the end of the
passage ("Dear Dr. Okafor," and then a letter nobody asked for) is making things up."""


def nearest_change(
    engine: Engine,
    generation: GenerationRequest,
    copied: str,
    copy_branches: list[Branch],
    cancel: CancelToken | None = None,
    *,
    acceptable: Callable[[str], bool],
    clean: Callable[[str], str] = clean_edit_output,
) -> str | None:
    """The likeliest acceptable revision for a generation that only copied the passage (its text ``copied``
    and the branches it recorded, ``copy_branches``); None when no branch leads to one.

    A small model that is unsure what to change often copies the passage, though at some token it ranked a
    change just below the copy ("Warm" below "Kind" in "Kind regards,", asked for a warmer sign-off). The
    likeliest few branches are followed greedily to their end, and of the ``acceptable`` results the one
    with the highest log-probability as a whole is the answer (as ``clean`` leaves it). The change stays where
    the model itself put it, and the text after it is the model's own continuation, which mostly rejoins the
    original."""
    followed = sorted(copy_branches, key=lambda b: b.prefix_logprob + b.logprob, reverse=True)[:BRANCHES_FOLLOWED]
    return _likeliest(engine, generation, copied, followed, cancel, acceptable=acceptable, clean=clean)


def guided_change(
    engine: Engine,
    generation: GenerationRequest,
    original: str,
    written: str,
    watched: list[Branch],
    asked: AskedText,
    cancel: CancelToken | None = None,
    *,
    acceptable: Callable[[str], bool],
    clean: Callable[[str], str] = clean_edit_output,
) -> str | None:
    """The likeliest acceptable revision of ``original`` that puts ``asked.new`` (the text a substitution request
    names, ``asked_text``) in, for a generation (its text ``written``) that did not; None when no place gives a
    substitution of the original (``substitutes``).

    Where the request quotes the text to replace ("replace Omar with Lena"), the original is followed up to
    that text, the new text is written in its place and the model writes on from there. The adapter had
    written "Lena will present" in place of "Priya will present" and left Omar as he was. When what the model
    writes on does not rejoin the original ("The flight home at 18:40 now." for "… at 16:15 leaves from
    Terminal 1."), the original with the one text swapped for the other is the revision.

    Otherwise the model chooses the place. Asked to "change september to october", the adapter copied the
    sentence, though at "September" it ranked "October" within a few nats of the copy. ``watched`` holds, for
    each step of the generation, the log-probability of the token that begins ``asked.new`` there
    (GenerationRequest.watch); the likeliest few places are followed with the asked-for text written in and
    the rest left to the model, as ``nearest_change`` follows a copy's branches."""
    if asked.old:
        start = occurrences(original, asked.old)[0]
        end = start + len(asked.old)
        phrase = _fitted(asked.phrase, original[:start], original[end:])
        new = phrase[0].upper() + phrase[1:] if original[start].isupper() else phrase
        guided = _likeliest(engine, generation, original, [Branch(start, new, 0.0, 0.0)], cancel, clean=clean,
                            acceptable=lambda revised: has_text(revised, asked.new) and acceptable(revised))
        swapped = clean(original[:start] + new + original[end:])
        return guided if guided is not None else swapped if acceptable(swapped) else None
    places: dict[int, Branch] = {}
    for branch in sorted(watched, key=lambda b: b.prefix_logprob + b.logprob, reverse=True):
        if not written[branch.offset :].lower().startswith(branch.text.lower()):
            places.setdefault(branch.offset, branch)
    followed = list(places.values())[:BRANCHES_FOLLOWED]
    return _likeliest(engine, generation, written, followed, cancel, clean=clean,
                      acceptable=lambda revised: has_text(revised, asked.new) and acceptable(revised))


def _fitted(phrase: str, before: str, after: str) -> str:
    """``phrase`` without the words at its end that ``after`` goes on with, or at its start that ``before`` ends
    with: "use rye flour instead of wholemeal" puts "rye" in "wholemeal flour", not "rye flour flour"."""
    words = phrase.split()
    lowered = [word.lower() for word in words]
    following = [word.strip(".,;:!?").lower() for word in after.split()] if after[:1].isspace() else []
    preceding = [word.strip(".,;:!?").lower() for word in before.split()] if before[-1:].isspace() else []
    tail = next((k for k in range(len(words) - 1, 0, -1) if lowered[-k:] == following[:k]), 0)
    words, lowered = words[: len(words) - tail], lowered[: len(lowered) - tail]
    head = next((k for k in range(len(words) - 1, 0, -1) if preceding[-k:] == lowered[:k]), 0)
    return " ".join(words[head:]) if head or tail else phrase


def _likeliest(
    engine: Engine,
    generation: GenerationRequest,
    written: str,
    followed: list[Branch],
    cancel: CancelToken | None,
    *,
    acceptable: Callable[[str], bool],
    clean: Callable[[str], str],
) -> str | None:
    """Of the ``followed`` branches of a generation's text ``written``, each continued greedily to its end, the
    acceptable result with the highest log-probability as a whole (as ``clean`` leaves it)."""
    best: tuple[float, str] | None = None
    for branch in followed:
        forced = written[: branch.offset] + branch.text
        room = engine.count_tokens(written[branch.offset:]) + BRANCH_RUN_ON_TOKENS
        rest = collect(engine, replace(generation, prompt=generation.prompt + forced, max_tokens=room, watch=()),
                       cancel, None)
        if engine.last_stats.finish_reason == "length":
            continue
        revised = clean(forced + rest)
        if revised.strip() and acceptable(revised):
            score = branch.prefix_logprob + branch.logprob + (engine.last_stats.logprob or 0.0)
            if best is None or score > best[0]:
                best = (score, revised)
    return best[1] if best else None


def substitutes(revised: str, original: str, asked: AskedText) -> bool:
    """Whether ``revised`` is ``original`` with one run of words replaced by the asked-for text or part of it
    ("start in October and" for "start in September and"; "Friday the 19th"; "18:40" for "16:15", though the
    colon stays), or with part of it inserted where the rest already stood ("senior" before "data analyst").
    The run is everything between what the two have in common at the start and at the end. Where the request
    quotes the text to replace (``asked.old``), that is what the run replaced.

    Guided to the asked-for text at a place that did not suit it, the model writes on from there: it drops or
    rewrites the rest of the sentence ("She has led twelve expeditions, covering the entire globe"), makes
    up what goes with it ("Tuesday 8:30" in place of the name under a letter; "8000000" for "8000"), or renames the wrong thing
    (``def running_total(values)`` for "rename total to running_total")."""
    before, after, wanted = _tokens(original), _tokens(revised), _tokens(asked.phrase or asked.new)
    same_start = len(os.path.commonprefix([before, after]))
    same_end = len(os.path.commonprefix([before[same_start:][::-1], after[same_start:][::-1]]))
    removed, written = before[same_start : len(before) - same_end], after[same_start : len(after) - same_end]
    if not written:
        return False
    if asked.old and not set(_tokens(asked.old)) - set(wanted) <= set(removed) <= set(_tokens(asked.old)):
        return False  # the run replaced other words than the quoted ones, or left some of them ("library B")
    if any(token not in wanted for token in written):
        return False
    if removed:
        return len(removed) <= len(wanted) + 2
    return len(written) < len(wanted)


def _tokens(text: str) -> list[str]:
    return re.findall(r"\w+|[^\w\s]", text.lower())


def carries_out(revised: str, original: str, asked: AskedText) -> bool:
    """Whether a revision puts in the text the request dictates and, where the request quotes the text to
    replace, no longer has that (apart from within the new text: "data analyst" in "senior data analyst")."""
    if not has_text(revised, asked.new):
        return False
    if not asked.old:
        return True
    return not occurrences(re.sub(re.escape(asked.new), " ", revised, flags=re.IGNORECASE), asked.old)


def spellings(asked: str, *, prose: bool) -> tuple[str, ...]:
    """The ways ``asked`` may begin where the model would write it: after a space or not and, in prose,
    capitalised ("october" is "October" in a sentence)."""
    forms = [asked]
    if prose and asked[:1].islower():
        forms.append(asked[0].upper() + asked[1:])
    return tuple(form for text in forms for form in (text, " " + text))
