"""Typos fixed from a dictionary ("fix the typos", "correct the spelling in the second paragraph"), where the model
fixes none.

Asked to "fix the typos" of a letter with "Novmber", "writting", "recieved" and "definate" in it, the model
proposed no change, three times over. A misspelt word is one no dictionary has; its fix is the likeliest word
one edit away (pyspellchecker's English word frequencies, Norvig's method). What a
dictionary cannot know is left alone: names and other capitalised words inside a sentence, code in backticks
or fences, web addresses, words with digits, Org's and AsciiDoc's markup, words the text uses twice or more (its own terms), and the common
words of software ("async", "json", "config") that a general dictionary lacks. A word whose spelling is right
but wrong where it stands ("you're arrival") is not a typo to a dictionary; the model is asked when no typo is
found. The change is marked as the dictionary's, for the user to check against names and terms it does not know.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from companion.behaviors.removal import named_piece, pieces_of
from companion.behaviors.spelling import BRITISH_TO_AMERICAN

FIXES_TYPOS = re.compile(
    r"^\s*(?:please\s+)?(?:(?:fix|correct|sort\s+out|clean\s+up|check\s+and\s+fix|find\s+and\s+fix)\s+(?:the\s+|any\s+|"
    r"all\s+(?:the\s+)?|my\s+)?(?:typos?|spelling(?:\s+(?:mistakes?|errors?))?|misspellings?|(?:misspelt|misspelled)\s+"
    r"words)|spell[\s-]?check(?:\s+(?:it|this))?)(?:\s+in\s+(?P<where>\S.*?))?[\s.!]*$",
    re.IGNORECASE,
)
FROM_THE_DICTIONARY = "spelling from a dictionary: check it against names and terms a dictionary does not know"
_SOFTWARE_WORDS = frozenset(re.findall(r"\S+", """
    api apis app apps args async auth backend backends bool boolean cli config configs cpu css csv dataset datasets
    deps dev devs dict dicts dns docstring docstrings dockerfile enum enums env envs frontend frontends gif git github
    gpu html http https ide init int ints ip javascript jpeg jpg js json jsx kwargs linter localhost login logins
    macos markdown metadata middleware namespace namespaces npm oauth os param params png pre regex repo repos
    runtime runtimes sdk sql ssh stderr stdin stdout str subfolder subfolders svg tls todo todos toml tsx ui url
    urls usb utf uuid venv webhook webhooks wifi workflow workflows xml yaml yml zsh bash linux ubuntu debian pytest
    changelog readme inline online offline onboarding offboarding username usernames filename filenames timestamp timestamps unicode ascii
    plugin plugins tokenizer tokenizers unicode walkthrough""".lower()))
"""Words of software writing that a general dictionary lacks and would "correct" ("async" to "sync")."""
_CAPITALISED = frozenset(re.findall(r"\S+", """
    january february march april may june july august september october november december monday tuesday
    wednesday thursday friday saturday sunday"""))
"""Words written with a capital inside a sentence that are no names: a typo in one ("Novmber") is fixed."""
_COMMON = 1e-4
"""How common (its share of all words) a fix of a three-letter word must be: "teh" is "the", but most
three-letter strings are one edit from some rare word."""
_COMMON_AFTER_A_CAPITAL = 1e-5
"""How common the fix of a capitalised word at the start of a sentence must be."""
_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|')*[^\W\d_]")
_LEFT_ALONE = re.compile(r"```.*?(?:```|\Z)|~~~.*?(?:~~~|\Z)|`[^`\n]*`|\b(?:https?://|www\.)\S+|\S+@\S+|\S*\d\S*"
                         r"|(?m:^[ \t]*(?:#\+\w+:|:[\w-]+:)|^\[[^\]\n]*\]$)", re.DOTALL)
"""What no dictionary reads: code, addresses, words with digits, and the markup of Org and AsciiDoc (``#+TITLE:``,
``:toc:``, ``:PROPERTIES:``, ``[source,python]``)."""
_STARTS_A_SENTENCE = re.compile(r"(?:^|[.!?][\"'”’)\]]*\s+|\n\s*(?:[-*+]\s+|\d+[.)]\s+|#+\s+)?)[\"'“‘(]*$")


@cache
def english_words():
    from spellchecker import SpellChecker  # about a second to load: only when asked

    return SpellChecker()


def typos_fixed(text: str, request: str) -> str | None:
    """``text`` (or the piece of it the request names: "in the second paragraph") with each misspelt word
    replaced by its likeliest fix (``likeliest_fix``), capitals kept; None when the request is not to fix typos, names a piece the
    text does not have, or no word is misspelt."""
    found = FIXES_TYPOS.match(request)
    if not found:
        return None
    start, end = 0, len(text)
    if found["where"]:
        piece = named_piece(found["where"].strip(), text, pieces_of(text))
        if piece is None:
            return None
        start, end = piece.start, piece.end
    changed = text
    for word_start, word_end, fix in reversed(misspelt(text, start, end)):
        changed = changed[:word_start] + fix + changed[word_end:]
    return None if changed == text else changed


def misspelt(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
    """Where ``text`` (between ``start`` and ``end``) has a misspelt word, and its fix, capitals kept: the words
    a dictionary can judge (``likeliest_fix``), outside code and addresses, and not the text's own terms (a word
    it uses twice or more)."""
    end = len(text) if end is None else end
    counts: dict[str, int] = {}
    for word in _WORD.findall(text):
        counts[word.lower()] = counts.get(word.lower(), 0) + 1
    found, at = [], start
    for kept in _LEFT_ALONE.finditer(text, start, end):
        found += _misspelt_between(text, at, kept.start(), counts)
        at = kept.end()
    return found + _misspelt_between(text, at, end, counts)


def _misspelt_between(text: str, start: int, end: int, counts: dict[str, int]) -> list[tuple[int, int, str]]:
    found = []
    for word in _WORD.finditer(text, start, end):
        old = word.group(0)
        if counts.get(old.lower(), 0) > 1 or "'" in old or not old.isascii():
            continue  # the text's own term, a contraction, or a word of another language ("café")
        capital = old[0].isupper()
        if capital and not old[1:].islower():
            continue  # an initialism, or a name like "McKenzie"
        new = likeliest_fix(old.lower(), common=_COMMON if len(old) == 3 else 0)
        if new is not None and capital and new not in _CAPITALISED:
            at_the_start = _STARTS_A_SENTENCE.search(text[: word.start()])
            new = likeliest_fix(old.lower(), common=_COMMON_AFTER_A_CAPITAL, swaps_only=True) if at_the_start else None
        if new is not None:  # a capital inside a sentence is a name; at its start too, unless two letters are swapped
            found.append((word.start(), word.end(), new[0].upper() + new[1:] if capital else new))
    return found


_BRITISH_ENDINGS = (("our", "or"), ("ise", "ize"), ("is", "iz"), ("isation", "ization"), ("tre", "ter"), ("lled", "led"),
                    ("lling", "ling"), ("ller", "ler"), ("ogue", "og"), ("ence", "ense"))


@cache
def _unaccented() -> frozenset[str]:
    """The dictionary's words with accents ("café", "cliché"), as they are often typed without them."""
    return frozenset(unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode()
                     for word in english_words().word_frequency if not word.isascii())


def _british(word: str, dictionary) -> bool:
    """Whether ``word`` is a British spelling of a word the (American) dictionary has: "flavour", "organised",
    "neighbourhoods", "travelling"."""
    if word in BRITISH_TO_AMERICAN:
        return True
    return any(british in word and dictionary.known([word.replace(british, american, 1)])
               for british, american in _BRITISH_ENDINGS)


def likeliest_fix(word: str, common: float = 0, *, swaps_only: bool = False) -> str | None:
    """The likeliest word of the dictionary one edit from ``word``, at least ``common`` in its share of all
    words, where ``word`` is neither in the dictionary (nor in it with accents: "cafe"), nor spelt the British
    way, nor two words run together ("trailhead", "offsite"); None where it is, or is too short to judge, or nothing is near. Of the words one
    letter added, dropped, changed or swapped away, the commonest wins, a doubled letter undone counting ten
    times ("watter" is "water", not "matter") and two letters swapped three times ("recieved"). With
    ``swaps_only``, only swapped letters: "Teh" is "The", but "Theo" is a name. Two edits away lies too much:
    "onboarding" would become "boarding"."""
    dictionary = english_words()
    if (len(word) < 3 or word in _SOFTWARE_WORDS or word in dictionary or word in _unaccented()
            or _british(word, dictionary) or _compound(word, dictionary)):
        return None
    undoubled = {word[:at] + word[at + 1 :] for at in range(1, len(word)) if word[at] == word[at - 1]}
    swapped = {word[:at] + word[at + 1] + word[at] + word[at + 2 :] for at in range(len(word) - 1)}
    near = {other for other in dictionary.known(swapped if swaps_only else dictionary.edit_distance_1(word))
            if dictionary.word_usage_frequency(other) >= common}

    def likelihood(other: str) -> float:
        return dictionary.word_usage_frequency(other) * (10 if other in undoubled else 3 if other in swapped else 1)

    return max(sorted(near), key=likelihood) if near else None


def _compound(word: str, dictionary) -> bool:
    """Whether ``word`` is two words of three letters or more run together, each fairly common."""
    return any(all(len(part) >= 3 and dictionary.word_usage_frequency(part) >= 1e-5 for part in (word[:at], word[at:]))
               for at in range(3, len(word) - 2))
