"""A recipe scaled ("double the recipe", "halve the quantities", "make it for 6 people"), without the model.

Asked to "double the quantities" of a pancake recipe, the model turned "## Method" into "## Method: 1"; asked
to "double the recipe" of a lentil soup, it proposed nothing. Scaling is arithmetic: the quantity each item of
the ingredients list begins with is multiplied, its noun made singular or plural to agree, and the line that
says how many it serves follows. The method's times and temperatures are not quantities to scale."""

from __future__ import annotations

import re
from fractions import Fraction

from companion.behaviors.quantities import (
    AMOUNT,
    value_of,
    writes_fraction_signs,
    written,
)
from companion.behaviors.removal import LIST_ITEM, pieces_of, section_titled

_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                 "ten": 10, "eleven": 11, "twelve": 12}
_FACTORS = {"double": Fraction(2), "triple": Fraction(3), "treble": Fraction(3), "quadruple": Fraction(4),
            "halve": Fraction(1, 2)}
_PEOPLE = rf"(?P<people>\d+|{'|'.join(_NUMBER_WORDS)})"
_SCALES = re.compile(
    rf"^\s*(?:please\s+)?(?P<verb>{'|'.join(_FACTORS)})\s+(?:the\s+|this\s+|my\s+)?(?:quantities|amounts|recipe|"
    r"ingredients|it)\b[\s.!]*$"
    r"|^\s*(?:please\s+)?(?:scale|adjust|make|change)\s+(?:it|this|the\s+recipe|the\s+quantities|the\s+ingredients)?"
    rf"\s*(?:up|down)?\s*(?:for|to|to\s+serve|so\s+it\s+serves)\s+{_PEOPLE}\s*(?:people|servings|portions|persons|guests)?"
    r"(?:\s+instead(?:\s+of\s+\w+)?)?[\s.!]*$",
    re.IGNORECASE,
)
_SERVES = re.compile(rf"\b(?P<verb>[Ss]erves|SERVES|[Ff]eeds|[Mm]akes)\s+(?P<count>\d+|{'|'.join(_NUMBER_WORDS)}|"
                     rf"{'|'.join(word.capitalize() for word in _NUMBER_WORDS)})\b")
_QUANTITY = re.compile(rf"(?P<quantity>{AMOUNT})"
                       r"(?:(?P<range>\s*(?:-|–|to)\s*)(?P<upper>\d+(?:[.,]\d+)?|\d+/\d+))?")
_ABBREVIATED = re.compile(r"^(?:g|kg|mg|ml|l|cl|dl|oz|lb|lbs|tbsp|tsp|tbs|cm|mm|in|x|%)$", re.IGNORECASE)


def scaled(text: str, request: str) -> str | None:
    """``text`` with the quantities of its ingredients list (the lists under a heading "Ingredients") multiplied
    as the request asks, and the line that says how many it serves changed to match; None when the request is
    no such scaling, the text has no ingredients list, or (for "make it for 6 people") does not say how many it
    serves now."""
    found = _SCALES.match(request)
    if not found:
        return None
    serves = _SERVES.search(text)
    if found["verb"]:
        factor = _FACTORS[found["verb"].lower()]
    elif serves and serves["verb"].lower() != "makes":  # "Makes 12 pancakes" says nothing of people
        factor = Fraction(_count(found["people"]), _count(serves["count"]))
    else:
        return None
    pieces = pieces_of(text)
    section = section_titled("ingredients", pieces)
    if section is None or factor == 1:
        return None
    unicode = writes_fraction_signs(text)
    lines = text[section.start : section.end].splitlines(keepends=True)
    changed = "".join(_scaled_item(line, factor, unicode) for line in lines)
    if changed == text[section.start : section.end]:
        return None
    text = text[: section.start] + changed + text[section.end :]
    if serves:
        count = _count(serves["count"]) * factor
        if count.denominator == 1:
            text = text[: serves.start("count")] + _in_form_of(int(count), serves["count"]) + text[serves.end("count") :]
    return text


def _scaled_item(line: str, factor: Fraction, unicode: bool) -> str:
    """A line of the ingredients list with the quantity it begins with multiplied; other lines as they are."""
    item = LIST_ITEM.match(line.rstrip("\n"))
    if item is None:
        return line
    at = item.start("text")
    quantity = _QUANTITY.match(line, at)
    if quantity is None:
        return line
    old = value_of(quantity["quantity"])
    new = old * factor
    amount = written(new, unicode, comma="," in quantity["quantity"])
    if quantity["upper"]:
        amount += quantity["range"] + written(value_of(quantity["upper"]) * factor, unicode, comma="," in quantity["upper"])
    rest = line[quantity.end() :]
    return line[:at] + amount + _agreeing(rest, old, new)


def _agreeing(rest: str, old: Fraction, new: Fraction) -> str:
    """The words after a quantity with the noun they begin with made plural or singular for the new quantity
    ("1 onion" → "2 onions", "2 cloves" → "1 clove"); abbreviated units ("g", "tbsp") as they are."""
    noun = re.match(r"(\s+)([A-Za-z]+)", rest)
    if noun is None or _ABBREVIATED.match(noun[2]):
        return rest
    word = noun[2]
    if old <= 1 < new and not word.endswith("s"):
        word += "es" if word.endswith(("ch", "sh", "x", "tomato", "potato")) else "s"
    elif new <= 1 < old and word.endswith("s") and not word.endswith("ss"):
        word = word[:-2] if word.endswith(("ches", "shes", "xes", "toes")) else word[:-1]
    return noun[1] + word + rest[noun.end() :]


def _count(written: str) -> int:
    return int(written) if written.isdigit() else _NUMBER_WORDS[written.lower()]


def _in_form_of(count: int, old: str) -> str:
    """``count`` written as ``old`` is: in figures, or as a word ("four" → "eight") with its capital."""
    if old.isdigit():
        return str(count)
    word = next((name for name, number in _NUMBER_WORDS.items() if number == count), str(count))
    return word.capitalize() if old[:1].isupper() else word
