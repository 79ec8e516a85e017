"""A figure the request gives a new value ("raise the adult price to £50", "make the warm-up 5 minutes", "keep
snapshots for 60 days"), set without the model.

Asked to raise the adult price of a tour page that says "Adults pay £45 and children under 14 pay £30", the
model proposed no change; asked to make a lesson's warm-up 5 minutes, it wrote the request over the warm-up's
paragraph; asked to keep a backup script's snapshots for 60 days, it changed the script's first line. Which
figure is meant is plain from the words around it: the one figure of the same kind (pounds, a time of day,
minutes, a bare number) whose clause has every word the request names it by ("Adults pay £45", "## Warm-up
(10 minutes)"), or, in code, the one named number whose name's words the request all says (``KEEP_DAYS=30``).
Where no figure or more than one fits, the request goes to the model.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from companion.behaviors.quoted import stem, stems, words_in

_FIGURE = (r"(?P<money>[£$€]\s?\d[\d,]*(?:\.\d+)?)"
           r"|(?P<percent>\d+(?:\.\d+)?\s?(?:%|per\s?cent\b))"
           r"|(?P<clock>\d{1,2}(?::\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.)(?!\w)|\d{1,2}:\d{2}(?!\d))"
           r"|(?P<quantity>(?<![\w.,£$€])(?P<number>\d+(?:\.\d+)?)(?:\s+|-)(?P<unit>[a-z]+))"
           r"|(?P<bare>(?<![\w.,£$€])\d+(?:\.\d+)?(?![\w%]|[.,]\d))")
FIGURE = re.compile(_FIGURE, re.IGNORECASE)
"""An amount of money, a percentage, a time of day, a number with its unit, or a number alone."""

_SETS = re.compile(r"^\s*(?:please\s+)?(?P<verb>change|set|make|raise|lower|increase|reduce|decrease|bump|update|move|put|cut|"
                   r"drop|keep|limit|cap|extend|shorten|lengthen)\s+(?P<settings>\S.*?)[\s.!]*$", re.IGNORECASE)
_SHOULD_BE = re.compile(r"^\s*(?P<settings>\S.*?\s+(?:should\s+be|is\s+now|will\s+be|goes\s+(?:up|down)\s+to|should\s+default\s+to|"
                        r"should\s+(?:last|take)|should\s+[a-z]+\s+(?:after|within|every|in))\s+\S.*?)[\s.!]*$", re.IGNORECASE)
_SETTING = re.compile(rf"^(?:(?:the|its|our|my|a|an)\s+)?(?P<label>(?:(?!\bto\b)[^\d£$€,;])+?)\s+(?:(?:should\s+be|is\s+now|will\s+be|"
                      rf"goes\s+(?:up|down)\s+to|should\s+default\s+to|should\s+(?:last|take)|(?:up|down)\s+to|to|at|for)\s+)?(?P<value>{_FIGURE})"
                      rf"(?:\s+(?:instead|now|each|a\s+head|per\s+\w+))?$", re.IGNORECASE)
_BETWEEN_SETTINGS = re.compile(r"\s*[,;]\s*(?:and\s+)?|\s+and\s+(?=\D)", re.IGNORECASE)

_NOT_A_NAME = frozenset(stem(word) for word in "the a an its our my their this that for to at of on in with by from up down price cost fee "
                        "time length duration number amount value figure total rate should be is now will".split())
"""Words of how a figure is asked for, not of which figure: "the adult price" is the adults' figure."""

_DURATIONS = {stem(unit): seconds for unit, seconds in (
    ("ms", 0.001), ("millisecond", 0.001), ("millis", 0.001), ("s", 1), ("sec", 1), ("second", 1), ("min", 60),
    ("minute", 60), ("h", 3600), ("hr", 3600), ("hour", 3600), ("day", 86400), ("week", 604800))}
"""Units of time, as ``_unit`` writes them, in seconds."""
_HOW_USED = frozenset(stem(word) for word in ("max", "min", "default", "num", "size", "count"))
"""Words of a name that say how its number is used, which a request need not say: ``BUFFER_SIZE`` for "increase
the buffer to 4096"."""
_THE_TEXT_ITSELF = frozenset(stem(word) for word in ("it", "speech", "talk", "essay", "story", "letter", "post", "text", "document"))
"""Labels that name the writing itself: "make the speech 5 minutes" asks for a shorter speech, not for the
figure that says how long it runs to change."""
_CLAUSE_EDGE = re.compile(r"[.!?](?=\s|$)|[;,\n]|\s(?:and|but)\s|—|–")


@dataclass(frozen=True)
class _Asked:
    label: set[str]
    value: re.Match[str]


def figure_set(text: str, request: str) -> str | None:
    """``text`` with each figure the request gives a new value set to it; None where the request asks for more
    than that, or any figure it names is not one figure of the text."""
    asked = _settings_asked(request)
    if not asked:
        return None
    changes = []
    for setting in asked:
        candidates = [found for found in FIGURE.finditer(text) if _same_kind(setting.value, found)]
        chosen = _only(candidates, lambda found: _clause_words(text, found.start(), found.end()), setting.label)
        if chosen is None:
            return None
        new = _written(setting.value, chosen)
        if new != chosen.group():
            changes.append((chosen.start(), chosen.end(), new))
    if not changes or len({start for start, _, _ in changes}) != len(changes):
        return None
    for start, end, new in sorted(changes, reverse=True):
        text = text[:start] + new + text[end:]
    return text


def _settings_asked(request: str) -> list[_Asked]:
    found = _SETS.match(request) or _SHOULD_BE.match(request)
    if not found:
        return []
    verb = {stem(found["verb"].lower())} if found.groupdict().get("verb") else set()
    asked = []
    for part in _BETWEEN_SETTINGS.split(found["settings"]):
        setting = _SETTING.match(part.strip())
        if not setting and verb & {"keep", "limit", "cap"} and (value := FIGURE.fullmatch(part.strip())):
            asked.append(_Asked(verb, value))  # "keep 10 releases": the unit names the setting, KEEP_RELEASES
            continue
        if not setting:
            return []
        value = FIGURE.fullmatch(setting["value"])
        label = {stem(word) for word in words_in(setting["label"])} - _NOT_A_NAME
        if label & _THE_TEXT_ITSELF:
            return []
        asked.append(_Asked(label | verb if verb & {"keep"} else label, value))
    return asked


def _same_kind(asked: re.Match[str], found: re.Match[str]) -> bool:
    if asked["money"]:
        return bool(found["money"]) and found["money"].lstrip()[0] == asked["money"].lstrip()[0]
    if asked["quantity"]:
        return bool(found["quantity"]) and (_unit(found["unit"]) == _unit(asked["unit"])
                                            or (_unit(found["unit"]) in _DURATIONS and _unit(asked["unit"]) in _DURATIONS))
    if asked["bare"]:
        return bool(found["bare"] or found["quantity"] and _unit(found["unit"]) in _DURATIONS)
    return bool(found["percent"] and asked["percent"] or found["clock"] and asked["clock"])


def _unit(word: str) -> str:
    """A unit as the same word whatever its number: "days" and "day", "mins" and "min"."""
    word = word.lower()
    return "hr" if word == "hrs" else stem(word)


def _written(asked: re.Match[str], found: re.Match[str]) -> str:
    """The new figure as the text would write it: "30" in place of "25 minutes" is "30 minutes"."""
    if asked["bare"] and found["quantity"]:
        return asked["bare"] + found["quantity"][len(found["number"]):]
    return asked.group()


def _clause_words(text: str, start: int, end: int) -> set[str]:
    """The words of the clause a figure stands in: "Adults pay £45" of "Adults pay £45 and children …"."""
    before = [edge.end() for edge in _CLAUSE_EDGE.finditer(text, 0, start)]
    after = _CLAUSE_EDGE.search(text, end)
    clause = text[before[-1] if before else 0 : after.start() if after else len(text)]
    return {stem(word) for word in words_in(clause)}


def _only(candidates: list, words_named, label: set[str]):
    """The one candidate whose words (``words_named``) have every word of the label, or the only candidate of
    its kind where it has some of them ("the group discount" of "Groups … get 10% off"), or, where the label
    names nothing, at all. Asked to "move the afternoon tour to 3pm" of "tours leave at 9am and 2pm", no
    clause says "afternoon": the model is asked rather than the wrong time moved."""
    if not label:
        return candidates[0] if len(candidates) == 1 else None
    fitting = [candidate for candidate in candidates if label <= words_named(candidate)]
    if not fitting and len(candidates) == 1 and label & words_named(candidates[0]):
        fitting = candidates
    return fitting[0] if len(fitting) == 1 else None


NAMED_NUMBER = re.compile(
    r"^(?P<indent>[ \t]*)(?:export\s+|readonly\s+)*(?P<static>static\s+)?(?:(?:const|let|var|val|declare|local)\s+)*(?P<name>[A-Za-z_]\w*)[ \t]*(?::[ \t]*\w+[ \t]*)?=[ \t]*"
    r"(?P<fallback>[^\n=;#]*?(?:\|\||\?\?|\bor\b|:-)\s*)?[\"']?(?P<value>\d+(?:\.\d+)?)[LlFf]?[\"']?\}?[\"']?;?[ \t]*(?P<comment>(?:#|//).*)?$",
    re.MULTILINE,
)
"""A module-level line that sets a name to a number, or falls back to one: ``MAX_RETRIES = 3``, ``KEEP_DAYS=30``,
``const port = process.env.PORT || 3000;``, Lua's ``local LOW = 3``, Kotlin's ``const val LOAN_DAYS = 21L``, Swift's
``static let loanDays = 21``, or a constant in a class (``  LOAN_DAYS = 21`` in Ruby). Other indented lines are left alone: ``total = 0`` in a
function is an accumulator, not a setting."""
DEFAULT_ARGUMENT = re.compile(r"(?:(?<=\()|(?<=\(\{)|(?<=\(\{ )|(?<=, ))(?P<name>[A-Za-z_]\w*)(?:\s*:\s*\w+)?\s*=\s*"
                              r"(?P<value>\d+(?:\.\d+)?)(?=\s*[,)}])")
"""An argument's default: ``def fetch(url, retries=3)``, and a property's of a destructured first argument, as
React's components take theirs: ``function Counter({ start = 0, step = 1 }: CounterProps)``."""


def spoken(name: str) -> str:
    """How a person says a code name: ``MAX_RETRIES`` → "max retries", ``timeoutMs`` → "timeout ms"."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", name).replace("_", " ").lower().strip()


def named_numbers(code: str) -> list[re.Match[str]]:
    """The named numbers a person would call settings: constants, fallbacks and default arguments, not state
    such as ``let nextId = 1``."""
    found = [match for match in NAMED_NUMBER.finditer(code)  # Swift's ``static let loanDays = 21`` is one too
             if match["name"].isupper() or match["static"] or (match["fallback"] and not match["indent"])]
    return found + list(DEFAULT_ARGUMENT.finditer(code))


def setting_set(code: str, request: str) -> str | None:
    """``code`` with the one named number (``named_numbers``) the request names given the value it asks for, in
    the unit the name or its comment says (``TIMEOUT_SECONDS = 30`` for "set the timeout to 2 minutes" is
    120), a percentage as a fraction where the code writes one (``TAX_RATE = 0.2`` for "set the tax rate to 5%"
    is 0.05); None where the request asks for more, names no one such number, or gives a unit that cannot be
    told apart from the code's."""
    asked = _settings_asked(request)
    if len(asked) != 1 or not (asked[0].value["bare"] or asked[0].value["quantity"] or asked[0].value["percent"]):
        return None
    value = asked[0].value
    said = stems(spoken(request)) | ({_unit(value["unit"])} if value["quantity"] else set())  # LOAN_DAYS: "loan days"
    if value["percent"]:
        said |= {stem("percent"), stem("pct")}  # "set vat to 5%" says VAT_PERCENT
    if said & _DURATIONS.keys():
        said |= _DURATIONS.keys()  # "2 minutes" may set TIMEOUT_SECONDS
    named = [found for found in named_numbers(code) if _name_words(found) <= said]
    chosen = named[0] if len(named) == 1 else None
    if chosen is None:
        return None
    number = float(value["number"] or value["bare"] or re.match(r"\d+(?:\.\d+)?", value["percent"]).group())
    if value["quantity"] and _unit(value["unit"]) in _DURATIONS:
        in_code = _unit_in_code(chosen)
        if len(in_code) != 1:
            return None  # "TIMEOUT = 10" may be seconds or milliseconds
        number = number * _DURATIONS[_unit(value["unit"])] / _DURATIONS[in_code[0]]
    if value["percent"] and float(chosen["value"]) < 1 and "." in chosen["value"]:
        number /= 100  # "set the tax rate to 5%" of TAX_RATE = 0.2
    if "." not in chosen["value"] and number != int(number):
        return None  # "MAX_RETRIES = 3" takes a whole number
    new = f"{number:.10f}".rstrip("0").rstrip(".") if "." in chosen["value"] else str(int(number))
    if "." in chosen["value"] and "." not in new:
        new += ".0"
    if float(new) == float(chosen["value"]):
        return None
    return code[: chosen.start("value")] + new + code[chosen.end("value") :]


def _name_words(found: re.Match[str]) -> set[str]:
    """The words of a named number's name, which the request must all say ("keep snapshots for 60 days" says
    ``KEEP_DAYS``), less words such as "max" that only say how the number is used."""
    return {_unit(word) for word in spoken(found["name"]).split()} - _HOW_USED


def _unit_in_code(found: re.Match[str]) -> list[str]:
    comment = found.groupdict().get("comment") or ""
    return [unit for unit in {_unit(word) for word in spoken(found["name"]).split() + words_in(comment)} if unit in _DURATIONS]
