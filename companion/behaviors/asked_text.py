"""The new text a request names outright: "change september to october" asks for "october".

A small model asked for such a substitution often copies the passage, or writes something near it ("forty-five
minutes" for "change forty minutes to thirty-five minutes"), though it ranks the asked-for words at the right
place a little lower. Knowing the words (and, where the request quotes it, the text they replace) lets the
editor check a revision for them and, when they are missing, write them in and let the model go on from
there (``branches.guided_change``).

Only requests shaped as a substitution name such text ("we arrive on Saturday instead" and "she missed it by
three seconds, not eleven" are): a value that replaces another. "add a --count option"
or "convert this to typescript" name something too, but what they ask for is new code or a new form, which
dropping the words into the passage would not give.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_VALUE = r"(?P<value>[^\n]{1,60}?)"
_OLD = r"(?P<old>[^\n]{1,60}?)"
_PLACE = (r"(?:\s+(?:in|of|from|under|on|at)\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}?(?:verse|chorus|bridge|stanza|paragraph|"
          r"section|line|sentence|bullet|item|list|table|heading|title|intro(?:duction)?|conclusion|scene|chapter|part|"
          r"step|row|column)(?:\s+\d+)?)?")
"""Where the change goes, said after the new text ("change grey to silver in the first verse"): not part of it."""
_END = rf"{_PLACE}(?:\s+(?:instead|now|everywhere|throughout|please))?[\s.!,;:]*$"
_BARE_CORRECTION = re.compile(rf"^\s*(?P<short>{_VALUE}),?\s+not\s+{_OLD}[\s.!]*$", re.IGNORECASE)
""""Tuesday, not Monday": a substitution only where the new text looks like a value; "formal, not stiff"
describes a tone."""
_CORRECTION = re.compile(rf"\b(?:is|are|was|were|by|at|on|in|to|from|until|costs?|takes?|lasts?|says?|reads?)\s+(?:(?:at|on|in|by)\s+)?"
                         rf"{_VALUE},?\s+not\s+{_OLD}[\s.!]*$", re.IGNORECASE)
_SUBSTITUTIONS = [
    re.compile(rf"^\s*(?:please\s+)?(?:change|replace|rename|switch|swap|set|update|correct|move)\s+{_OLD}\s+(?:to|with|into)\s+"
               rf"{_VALUE}{_END}", re.IGNORECASE),
    re.compile(rf"^\s*(?:please\s+)?(?:change|replace|rename|switch|set|update|correct|move)\s+(?:it\s+)?(?:to|with|into)\s+"
               rf"{_VALUE}{_END}", re.IGNORECASE),
    re.compile(rf"\b(?:should|must|needs? to)\s+(?:be|say|read)\s+(?P<short>{_VALUE}){_END}", re.IGNORECASE),
    re.compile(rf"\b(?:should|must)\s+use\s+{_VALUE}\s+(?:instead of|not|rather than)\s+{_OLD}{_END}", re.IGNORECASE),
    re.compile(rf"^\s*(?:please\s+)?use\s+{_VALUE}\s+(?:instead of|not|rather than)\s+{_OLD}{_END}", re.IGNORECASE),
    re.compile(rf"\b(?:is|are|costs?|takes?|lasts?)\s+(?:now\s+)?(?:at\s+|on\s+|in\s+)?{_VALUE}\s+now[\s.!,;:]*$", re.IGNORECASE),
    re.compile(rf"\b(?:should|must|needs? to|will)\s+(?:cost|take|last|weigh|start|begin|end|finish|open|close)\s+"
               rf"(?:at\s+|on\s+|in\s+|from\s+)?(?P<short>{_VALUE}){_END}", re.IGNORECASE),
    re.compile(rf"\b(?:is|are)\s+now\s+{_VALUE}{_END}", re.IGNORECASE),
    re.compile(rf"\bmoved\s+to\s+{_VALUE}{_END}", re.IGNORECASE),
    re.compile(rf"\b(?:on|at|in|by|until|from|for)\s+{_VALUE}\s+(?:instead|now)[\s.!,;:]*$", re.IGNORECASE),
    re.compile(rf"\b(?:should|must|needs? to)\s+(?!be\b)[a-z]+\s+for\s+(?P<short>{_VALUE}){_END}", re.IGNORECASE),
    re.compile(rf"^\s*{_OLD}\s*(?:->|→)\s*{_VALUE}{_END}"),
    _CORRECTION,
    _BARE_CORRECTION,
]
_QUOTED = re.compile(r"^[\"'`“‘](?P<inner>.+)[\"'`”’]$")
_DESCRIBED = re.compile(r"^(?:(?:the|a|an|my|our|your|his|her|its|their|this|that)\s|(?:it|them|this|that)$)", re.IGNORECASE)
"""An old text that begins so describes what to change ("the date") rather than quoting it."""
_LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
_CODE_CHARACTERS = re.compile(r"[\d\-_./:@()`=%$€£]")
_VALUE_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august "
    "september october november december one two three four five six seven eight nine ten eleven twelve thirteen "
    "fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety "
    "hundred thousand half quarter".split()
)
MAX_WORDS = 6
SHORT_WORDS = 3
"""After "should be", a longer phrase describes a state ("should be booked for three hours"), not a value."""


STATEMENT = re.compile(r"^\s*(?:please\s+)?(?:(?:mention|say|note|state|stress|add|include|clarify|point out|"
                       r"make (?:it )?clear)\s+that|(?:add|include|insert|write|put in)\s+(?:a|an|one|another)\s+"
                       r"(?:short\s+|brief\s+)?(?:sentence|line|note|remark|reminder)\b[^,;]*?\s(?:saying|that says|"
                       r"stating|to say|which says)(?:\s+that)?)\s+(?P<said>\S.*)", re.IGNORECASE)
"""A request that gives the text a statement to make ("mention that videos are skipped", "add a sentence to the
Watering section saying drip lines save water"): the statement is not words to put in verbatim, but it is what
the revision must say."""


@dataclass(frozen=True)
class AskedText:
    new: str
    """The text to put in: "october"."""
    old: str = ""
    """The text it replaces, when the request quotes it from the passage ("september"), where it stands once;
    empty when the request only describes it ("the date") or does not say."""
    phrase: str = ""
    """The new text as the request words it, article and all ("the library" for "change room B to the
    library"): what takes the old text's place."""


def asked_text(request: str, passage: str) -> AskedText | None:
    """The text a substitution request asks to put in ``passage``, when the passage does not already have it
    (compared without regard to case); None for any other request.

    The new text has to look like a value (a number, a date, a name, a quoted phrase, a piece of code), or
    the text it replaces has to be named and be in the passage ("use rye flour instead of wholemeal"): "the
    tone should be friendlier" or "step 3 should say to stir now and then" describe a change, they do not
    dictate its words. Where the request quotes the text to replace and the passage has it other than once
    ("rename total to running_total" in a function that uses ``total`` three times), one substitution here
    is not what was asked, and None is returned. A correction that names its new words in parallel with the old
    ones (``_parallel_correction``) is read so where the patterns take more words than that ("it's Ashford, not
    Millbrook": "Ashford", where they read "it's Ashford") or none."""
    substituted, parallel = _substituted(request, passage), _parallel_correction(request, passage)
    if parallel and (not substituted or len(substituted.new.split()) > len(parallel.new.split())):
        return parallel
    return substituted


def _substituted(request: str, passage: str) -> AskedText | None:
    for pattern in _SUBSTITUTIONS:
        found = pattern.search(request)
        if not found:
            continue
        value = _cleaned(found.group("value"))
        old = _cleaned(found.groupdict().get("old") or "")
        named_old = bool(old) and has_text(passage, old.lower())  # in any case: the user typed it
        most = SHORT_WORDS if found.groupdict().get("short") else MAX_WORDS
        looks_like_a_value = _looks_like_a_value(value, found.group("value"))
        if (not value or len(value.split()) > most or value.lower().startswith("to ") or has_text(passage, value)
                or not (named_old or looks_like_a_value) or pattern is _BARE_CORRECTION and not looks_like_a_value):
            return None
        if not old and (leading := _value_in_its_context(value, passage)):
            return leading
        if not old or _DESCRIBED.match(found.group("old").strip()):
            same_kind = _values_like(value, passage)
            if len(same_kind) == 1 and len(occurrences(passage, same_kind[0])) == 1:
                return AskedText(value, same_kind[0], value)
            if described := _value_described(found.groupdict().get("old") or request, same_kind, passage):
                return AskedText(value, described, value)
            return AskedText(value)
        if len(occurrences(passage, old)) != 1:  # not here, or not only here
            return None
        if pattern in (_CORRECTION, _BARE_CORRECTION) and (corrected := _value_of_kind(old, value)):
            return AskedText(corrected, old, corrected)
        return AskedText(value, old, _cleaned(found.group("value"), keep_article=True))
    return None


_ENDS_IN_CORRECTION = re.compile(r"^(?P<before>.+?),?\s+not\s+(?P<old>[^\n,]{1,60}?)[\s.!]*$", re.IGNORECASE)


def _parallel_correction(request: str, passage: str) -> AskedText | None:
    """A correction whose new words stand just before ", not" and match the old ones but for their last word:
    "she should be meeting her sister, not her brother" puts "her sister" for the passage's one "her brother".
    The last word alone may differ only where the new one looks like a value ("it's called Tom, not Tim"):
    "write it for kids, not adults" asks for another audience, not another word."""
    found = _ENDS_IN_CORRECTION.match(request)
    if not found:
        return None
    old = found.group("old").strip()
    old_words, before_words, at = old.split(), found.group("before").split(), occurrences(passage, old)
    if len(old_words) > 4 or len(before_words) <= len(old_words) or len(at) != 1:
        return None
    new_words = before_words[-len(old_words):]
    new = " ".join(new_words)
    same_lead = [word.lower() for word in new_words[:-1]] == [word.lower() for word in old_words[:-1]]
    if not same_lead or new.lower() == old.lower() or has_text(passage, new.lower()):
        return None
    if len(old_words) == 1 and not _looks_like_a_value(new, new):
        return None
    return AskedText(new, passage[at[0] : at[0] + len(old)], new)


def dictated(request: str, document: str) -> AskedText | None:
    """The text ``request`` dictates for ``document`` as ``asked_text`` reads it, also where the document
    already has those words somewhere else ("we arrive on Saturday instead" in a plan with a Saturday
    heading): the part that needs them may not. None when the request dictates nothing."""
    return asked_text(request, document) or asked_text(request, "")


_NUMBER_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|forty-five|fifty|sixty|ninety"
_TIME_UNITS = "seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?"
_DURATION = re.compile(rf"\b(?:\d+(?:[.,]\d+)?|an?|{_NUMBER_WORDS}|half an?)\s+(?:{_TIME_UNITS})\b", re.IGNORECASE)
"""How long something takes, "an hour" as well as "30 minutes": resting the batter "for an hour" replaces
"for 30 minutes"."""
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_WEEKDAY_BEFORE = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
_DATE_IN_WORDS = re.compile(rf"\b{_WEEKDAY_BEFORE}(?:(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTHS})"
                            rf"|(?:{_MONTHS})\s+\d{{1,2}}(?:st|nd|rd|th)?\b)(?:,?\s+\d{{4}})?")
"""A date as prose writes it, "Saturday 18 April" or "April 18th, 2027": the sale "is on Sunday 19 April now"
replaces the whole of it, weekday and all, not only its month."""
_CLOCK = r"\d{1,2}(?:[:.]\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.)|\d{1,2}[:.]\d{2}"
_KINDS_OF_VALUE = [
    re.compile(r"\b\d{1,2}[:.]\d{2}\b"),  # a time of day
    re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"),
    re.compile(rf"\b(?:{_MONTHS})\b"),
    re.compile(r"\b\d+(?:st|nd|rd|th)\b"),  # a day of the month
    re.compile(r"\b\d{4}-\d{2}-\d{2}\b"),  # a date, as ISO 8601 writes it
    _DURATION,
    _DATE_IN_WORDS,
    re.compile(rf"\b(?:{_CLOCK})\s*(?:to|until|till|-|–)\s*(?:{_CLOCK})(?!\w)", re.IGNORECASE),  # hours: "8am to 4pm"
    re.compile(r"(?<![\w.+-])(?:\+\d{1,3}[ .-]?)?(?:\(\d{2,5}\)[ .-]?)?\d{2,5}(?:[ .-]\d{3,5}){1,3}(?![\w-]|\.\d)"),  # a phone number
    re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b"),  # an email address
    re.compile(r"(?i:https?)://[^\s<>\"')\]]*[^\s<>\"')\].,;:!?]"),  # a web address
]
"""Names of days and months are found capitalised, as prose writes them: "you may" is no month. A phone
number is digits in groups of three or more after the first ("555-0142", "020 7946 0958"), which no ISO date
or version is."""


def _values_like(value: str, passage: str) -> list[str]:
    """The distinct values in ``passage`` of the one kind ``value`` is (a time, a weekday, a month, a day of the
    month, or a number with the same unit after it: "260 euros" and "240 euros"); [] when ``value`` is
    none of these. Where the passage has one, a request that gives only the new value ("the flight home is at
    18:40 now") replaces that one: the model, left to place it, wrote "The flight home is at 18:40 now." over
    "The flight home at 16:15 leaves from Terminal 1."."""
    kinds = [kind for kind in _KINDS_OF_VALUE if kind.fullmatch(value[:1].upper() + value[1:])]
    measured = re.fullmatch(r"(\d+(?:[.,]\d+)?)\s*([^\W\d]+)", value)
    if measured and not kinds:
        kinds.append(re.compile(rf"\b\d+(?:[.,]\d+)?\s*{re.escape(measured.group(2))}\b", re.IGNORECASE))
    if len(kinds) != 1:
        return []
    return list(dict.fromkeys(found.group(0) for found in kinds[0].finditer(passage)))


_DESCRIPTION_WORDS = frozenset("the a an of for in on at to my our your his her its their this that and is are was were be "
                               "will should now instead".split())


def _value_in_its_context(value: str, passage: str) -> AskedText | None:
    """A value that the request gives with the words after it in ``passage`` ("cook for two minutes on each
    side instead", where the passage says "cook for a minute on each side"): only the value changes, and the
    one value of its kind that those words follow is what it replaces. The model, given all five words,
    wrote them over the wrong step. None where the value has no such words after it, or more than one value
    of its kind stands before them."""
    for kind in _KINDS_OF_VALUE:
        leading = kind.match(value[:1].upper() + value[1:])
        words_after = value[leading.end():].strip() if leading else ""
        if not words_after:
            continue
        befores = {found.group(0) for found in kind.finditer(passage)
                   if passage[found.end():].lstrip().lower().startswith(words_after.lower())}
        if len(befores) == 1 and len(occurrences(passage, old := befores.pop())) == 1:
            new = value[:leading.end()]
            return AskedText(new, old, new)
    return None


def _value_described(description: str, values: list[str], passage: str) -> str:
    """Of several values of one kind in ``passage``, the one that the request's description of it points to by
    the words of its line: "change the date of 1.4.0 to 2026-10-05" is about the date on "## 1.4.0 -
    2026-10-02", not the one on "## 1.3.1 - 2026-08-15"; "the price of the large pizza", the line with both
    words. Where that line has several, by the words from the value before up to it: "large pots should cost
    6 pounds" is about the 5 pounds of "small pots at 2 pounds and large pots at 5 pounds". "" when no one
    line or stretch, with one such value, has more of those words than every other."""
    marks = {token.lower() for token in re.findall(r"\w[\w.]*\w|\w", description)} - _DESCRIPTION_WORDS
    pointed: dict[int, list[str]] = {}
    for line in passage.splitlines():
        if any(occurrences(line, value) for value in values):
            pointed.setdefault(_marks_in(line, marks), []).append(line)
    most = max(pointed, default=0)
    if not most or len(pointed[most]) != 1:
        return ""
    line = pointed[most][0]
    on_line = sorted((start, value) for value in values for start in occurrences(line, value))
    if len(on_line) > 1:
        ends = [start + len(value) for start, value in on_line]
        by_stretch = [_marks_in(line[end_before:end], marks) for end_before, end in zip([0, *ends], ends)]
        on_line = [found for found, marks_found in zip(on_line, by_stretch) if marks_found == max(by_stretch)]
    if len(on_line) != 1:
        return ""
    value = on_line[0][1]
    return value if len(occurrences(passage, value)) == 1 else ""


def _marks_in(text: str, marks: set[str]) -> int:
    return sum(bool(occurrences(text, mark)) for mark in marks)


def _value_of_kind(old: str, value: str) -> str:
    """The one value in a correction's new words of the kind the old text is, when they say more than that value:
    "Priya is back on Friday, not Monday" puts "Friday" in place of "Monday", not "back on Friday"."""
    kinds = [kind for kind in _KINDS_OF_VALUE if kind.fullmatch(old[:1].upper() + old[1:])]
    if len(kinds) != 1 or kinds[0].fullmatch(value[:1].upper() + value[1:]):
        return ""
    found = kinds[0].findall(" ".join(word[:1].upper() + word[1:] for word in value.split()))
    return found[0] if len(found) == 1 else ""


def occurrences(passage: str, text: str) -> list[int]:
    """Where ``text`` stands in ``passage`` as words of its own, whatever the case."""
    return [found.start() for found in re.finditer(rf"(?<!\w){re.escape(text)}(?!\w)", passage, re.IGNORECASE)]


def has_text(text: str, asked: str) -> bool:
    """Whether ``text`` says ``asked``, whatever the spacing ("300g" says "300 g") and, where ``asked`` is in
    lower case, whatever the case ("october" is "October" at the start of a sentence). Capitals the request
    gives are asked for: "the title should be Leaves" is not done by "# leaves"."""
    if asked == asked.lower():
        text = text.lower()
    return "".join(asked.split()) in "".join(text.split())


def _looks_like_a_value(value: str, as_written: str) -> bool:
    return bool(_QUOTED.match(as_written.strip()) or _CODE_CHARACTERS.search(value) or _DURATION.fullmatch(value)
                or any(word[:1].isupper() for word in value.split())
                or any(word.lower().strip(",") in _VALUE_WORDS for word in re.split(r"[\s-]+", value)))


def _cleaned(value: str, *, keep_article: bool = False) -> str:
    value = value.strip().rstrip(".!,;:")
    quoted = _QUOTED.match(value)
    if quoted:
        return quoted.group("inner").strip()
    return value if keep_article or _DURATION.fullmatch(value) else _LEADING_ARTICLE.sub("", value).strip()
