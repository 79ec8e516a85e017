"""Measurements converted ("convert every measurement to US cups", "convert the recipe to metric", "oven
temperature in Fahrenheit"), without the model.

Asked to "convert every measurement to US cups" in a lentil soup, the model answered with its own instructions;
and a small model cannot do the arithmetic. Converting is arithmetic and a table: each amount with a unit of
weight, volume or temperature is converted to the system asked for and rounded as a cook would measure it (to
a quarter or a third of a cup, half a tablespoon, five grams, 25 °F on an oven dial), written in the manner of
the text ("1 1/3" or "1⅓", "250g" or "250 g"). A weight becomes a volume, and the other way, through how much a
cup of the ingredient named after it weighs (``GRAMS_PER_CUP``): the change says so, to be checked; an amount
whose ingredient is not in the table is left as written, and the change says which. Spoons are kept in every
system (a metric cook measures with them too); so are amounts with no unit ("2 carrots") and lengths."""

from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction

from companion.behaviors.quantities import (
    AMOUNT,
    is_decimal_comma,
    value_of,
    writes_fraction_signs,
    written,
)

_MILLILITRES = {"ml": 1, "millilitre": 1, "milliliter": 1, "cl": 10, "dl": 100, "l": 1000, "litre": 1000,
                "liter": 1000, "tsp": 4.92892, "teaspoon": 4.92892, "tbsp": 14.7868, "tbs": 14.7868,
                "tablespoon": 14.7868, "cup": 236.588, "fl oz": 29.5735, "fluid ounce": 29.5735, "pint": 473.176,
                "quart": 946.353, "gallon": 3785.41}
_GRAMS = {"g": 1, "gram": 1, "gramme": 1, "kg": 1000, "kilogram": 1000, "kilo": 1000, "oz": 28.3495,
          "ounce": 28.3495, "lb": 453.592, "pound": 453.592}
_SPOONS = ("tsp", "teaspoon", "tbsp", "tbs", "tablespoon")

GRAMS_PER_CUP = {
    "flour": 125, "plain flour": 125, "all-purpose flour": 125, "self-raising flour": 125, "bread flour": 130,
    "wholemeal flour": 120, "whole wheat flour": 120, "rye flour": 100, "almond flour": 96, "ground almonds": 96,
    "cornflour": 128, "cornstarch": 128, "sugar": 200, "caster sugar": 200, "granulated sugar": 200,
    "brown sugar": 220, "icing sugar": 120, "powdered sugar": 120, "butter": 227, "rice": 185, "lentils": 190,
    "red lentils": 190, "oats": 90, "rolled oats": 90, "cocoa": 85, "honey": 340, "maple syrup": 315,
    "golden syrup": 340, "water": 237, "milk": 245, "buttermilk": 245, "cream": 240, "double cream": 240,
    "yogurt": 245, "yoghurt": 245, "oil": 218, "olive oil": 216, "stock": 240, "broth": 240, "juice": 240,
    "wine": 240, "chickpeas": 165, "beans": 180, "quinoa": 170, "couscous": 175, "cheese": 100, "parmesan": 100,
    "chocolate chips": 170, "raisins": 150, "sultanas": 150, "walnuts": 120, "almonds": 140, "peas": 145,
    "breadcrumbs": 110, "semolina": 167, "polenta": 160, "cornmeal": 160, "salt": 288, "baking powder": 220,
    "bicarbonate of soda": 220, "baking soda": 220, "desiccated coconut": 80, "coconut": 80, "pasta": 100,
    "spinach": 30, "chocolate": 170, "berries": 145, "blueberries": 150, "raspberries": 125, "strawberries": 150,
    "cranberries": 120, "dates": 150, "nuts": 130, "pecans": 110, "hazelnuts": 135, "cashews": 130, "peanuts": 145,
}
"""How much one US cup (236.6 ml) of an ingredient weighs, in grams: common kitchen figures."""

_UNIT = re.compile(
    r"(?P<unit>fl\.?\s?oz|fluid\s+ounces?|millilit(?:re|er)s?|lit(?:re|er)s?|tablespoons?|teaspoons?|cups?|pints?|"
    r"quarts?|gallons?|grammes?|grams?|kilograms?|kilos?|ounces?|pounds?|ml|cl|dl|l|kg|g|oz|lbs?|tbsp|tbs|tsp)"
    r"(?![A-Za-z])", re.IGNORECASE)
_MEASURED = re.compile(rf"(?<![\w/.,\-–])(?P<amount>{AMOUNT})(?:(?P<range>\s*(?:-|–|to)\s*)(?P<upper>{AMOUNT}))?"
                       rf"(?P<space>\s?)(?={_UNIT.pattern})", re.IGNORECASE)
_SPELLED = re.compile(r"grammes?|grams?|kilograms?|kilos?|ounces?|pounds?|tablespoons?|teaspoons?", re.IGNORECASE)
"""Units whose abbreviations a text that spells them out would not use: the new unit is spelled out too."""
_TEMPERATURE = re.compile(
    r"(?<![\w.,])(?P<amount>\d+(?:[.,]\d+)?)(?P<space>\s?)(?P<unit>[°º]\s?(?P<sign>[CF])|degrees?\s+"
    r"(?P<word>C|F|Celsius|Fahrenheit|centigrade)|(?<=\d\d)(?P<bare>[CF]))(?![A-Za-z])")
"""A temperature; a bare letter only after two digits ("180C"), as "2 C flour" is two cups."""
_INGREDIENT = re.compile(r"\s*(?:of\s+)?(?P<words>[^,.;:()\n]{0,60})")


@dataclass(frozen=True)
class _System:
    weights: str
    """What a weight becomes: "cup" (through its ingredient), "cup or oz", "oz", "g", or "" (left as it is)."""
    volumes: str
    """What a volume becomes: "cup", "ml or g" (g where the ingredient is known to be weighed), or ""."""
    temperatures: str
    """"F", "C" or ""."""


_CUPS = _System("cup", "cup", "")
_US = _System("cup or oz", "cup", "F")
_IMPERIAL = _System("oz", "cup", "F")
_METRIC = _System("g", "ml or g", "C")
_SYSTEMS = (
    (r"(?:us\s+|american\s+)?cups?(?:\s+and\s+spoons)?|cup\s+measures", _CUPS),
    (r"(?:the\s+)?(?:us|u\.s\.|american)(?:\s+customary)?(?:\s+(?:units|measures|measurements|system))?", _US),
    (r"imperial(?:\s+(?:units|measures|measurements|system))?|ounces(?:\s+and\s+pounds)?|pounds\s+and\s+ounces|oz", _IMPERIAL),
    (r"weights|(?:the\s+)?metric(?:\s+(?:units|measures|measurements|system))?|grams?(?:\s+and\s+(?:millilitres|ml))?",
     _METRIC),
    (r"(?:degrees\s+)?fahrenheit|°f", _System("", "", "F")),
    (r"(?:degrees\s+)?(?:celsius|centigrade)|°c", _System("", "", "C")),
)
_TARGET = "|".join(f"(?P<s{index}>{pattern})" for index, (pattern, _) in enumerate(_SYSTEMS))
_ASKS = re.compile(
    r"^\s*(?:please\s+)?(?:(?:convert|change|switch|put|turn|rewrite|express|give|write|show|make)\b(?P<what>.*?)\b"
    rf"(?:to|into|in|using)\s+|use\s+)(?:{_TARGET})(?:\s+(?:instead|throughout|please|units|measurements|measures)\b.*)?"
    r"[\s.!]*$",
    re.IGNORECASE)
_ONLY_TEMPERATURES = re.compile(r"temperature|oven|degrees|heat", re.IGNORECASE)


@dataclass(frozen=True)
class Converted:
    text: str
    note: str
    """What the user should check (``Hunk.tentative``): the densities used, the amounts left as written."""


def converted(text: str, request: str) -> Converted | None:
    """``text`` with its measurements in the system ``request`` asks for; None when the request asks for no
    such conversion or nothing in ``text`` needs converting."""
    asked = _ASKS.match(request)
    if asked is None:
        return None
    system = next(system for index, (_, system) in enumerate(_SYSTEMS) if asked[f"s{index}"])
    if asked["what"] and _ONLY_TEMPERATURES.search(asked["what"]):
        system = _System("", "", system.temperatures)
    style = _Style(writes_fraction_signs(text), "liter" if re.search(r"\bliters?\b", text) else "litre")
    densities: dict[str, int] = {}
    left: list[str] = []

    def measurement(found: re.Match[str], unit: str) -> str | None:
        ingredient = _ingredient(text[found.end() + len(unit) :])
        amounts = [found["amount"]] + ([found["upper"]] if found["upper"] else [])
        news = [_measurement_in(system, amount, unit, ingredient, style) for amount in amounts]
        if any(new is None for new in news):
            return None
        if any(new.left for new in news):
            left.append(f"{found[0]}{unit} {ingredient}".strip())
            return None
        densities.update((new.density, GRAMS_PER_CUP[new.density]) for new in news if new.density)
        if len(news) == 1:
            return news[0].text
        (low, low_unit), (high, high_unit) = (new.text.split(" ", 1) for new in news)
        if low_unit.removesuffix("s") == high_unit.removesuffix("s"):  # "1–1 1/2 cups", not "1 cup–1 1/2 cups"
            return f"{low}{found['range']}{high} {high_unit}"
        return f"{news[0].text}{found['range']}{news[1].text}"

    changed = _replace_measurements(text, measurement)
    if system.temperatures:
        changed = _TEMPERATURE.sub(lambda found: _temperature_in(found, system.temperatures), changed)
    if changed == text:
        return None
    notes = []
    if densities:
        taken = ", ".join(f"a cup of {name} as {grams} g" for name, grams in densities.items())
        notes.append(f"weights and volumes converted through typical densities ({taken}): check them against yours")
    if left:
        notes.append(f"left as written, for want of how much a cup of it weighs: {'; '.join(left)}")
    return Converted(changed, "; ".join(notes))


@dataclass(frozen=True)
class _Style:
    fraction_signs: bool
    litre: str


@dataclass(frozen=True)
class _New:
    text: str = ""
    density: str = ""
    left: bool = False


def _replace_measurements(text: str, replacement) -> str:
    """``text`` with each amount (or range) and its unit replaced by ``replacement(amount match, unit)``, where
    that gives anything."""
    pieces, at = [], 0
    for found in _MEASURED.finditer(text):
        unit = _UNIT.match(text, found.end())[0]  # the lookahead of _MEASURED saw it
        new = replacement(found, unit)
        if new is not None:
            pieces += [text[at : found.start()], new]
            at = found.end() + len(unit)
    return "".join(pieces) + text[at:]


def _ingredient(after: str) -> str:
    """The words after a measurement that name what is measured ("red lentils" in "250 g red lentils, rinsed")."""
    return _INGREDIENT.match(after)["words"].strip()


def _density(ingredient: str) -> str:
    """The ``GRAMS_PER_CUP`` entry the ingredient names: the earliest, and the longest there ("red lentils")."""
    lowered = f" {ingredient.lower()} "
    places = [(lowered.find(f" {name} "), -len(name), name) for name in GRAMS_PER_CUP if f" {name} " in lowered]
    plural = [(lowered.find(f" {name}s "), -len(name), name) for name in GRAMS_PER_CUP if f" {name}s " in lowered]
    return min(places + plural)[2] if places + plural else ""


def _unit_key(unit: str, table: dict[str, float]) -> str | None:
    """The key of ``table`` a unit as written names ("Litres" → "litre", "fl. oz" → "fl oz"), if any."""
    word = re.sub(r"\s+", " ", unit.lower().replace(".", ""))
    word = "fl oz" if word == "floz" else word
    return next((key for key in (word, word.removesuffix("s"), word.removesuffix("es")) if key in table), None)


def _measurement_in(system: _System, amount: str, unit: str, ingredient: str, style: _Style) -> _New | None:
    """The amount and unit in ``system``; None where it is in that system already or the system leaves it."""
    value = float(value_of(amount))
    spelled = bool(_SPELLED.fullmatch(unit))
    comma = is_decimal_comma(amount)
    if (grams_unit := _unit_key(unit, _GRAMS)) is not None:
        grams = value * _GRAMS[grams_unit]
        density = _density(ingredient)
        if system.weights in ("cup", "cup or oz") and density:
            return _New(_in_cups(grams / GRAMS_PER_CUP[density] * _MILLILITRES["cup"], style, spelled), density)
        if system.weights == "cup":
            return _New(left=True)
        if system.weights in ("oz", "cup or oz") and grams_unit in ("g", "gram", "gramme", "kg", "kilogram", "kilo"):
            return _New(_in_ounces(grams, spelled))
        if system.weights == "g" and grams_unit in ("oz", "ounce", "lb", "pound"):
            return _New(_in_grams(grams, comma, spelled))
        return None
    millilitres_unit = _unit_key(unit, _MILLILITRES)
    if millilitres_unit is None or millilitres_unit in _SPOONS or not system.volumes:
        return None
    millilitres = value * _MILLILITRES[millilitres_unit]
    if system.volumes == "cup":
        return None if millilitres_unit == "cup" else _New(_in_cups(millilitres, style, spelled))
    if millilitres_unit in ("ml", "millilitre", "milliliter", "cl", "dl", "l", "litre", "liter"):
        return None
    density = _density(ingredient)
    if density and not _is_liquid(density):
        return _New(_in_grams(millilitres / _MILLILITRES["cup"] * GRAMS_PER_CUP[density], comma, spelled), density)
    return _New(_in_millilitres(millilitres, style, comma))


def _is_liquid(ingredient: str) -> bool:
    return ingredient in ("water", "milk", "buttermilk", "cream", "double cream", "oil", "olive oil", "stock",
                          "broth", "juice", "wine", "maple syrup", "golden syrup", "honey", "yogurt", "yoghurt")


def _in_cups(millilitres: float, style: _Style, spelled: bool) -> str:
    """Cups to the nearest quarter or third; under a quarter cup, tablespoons to the half, or teaspoons to the quarter."""
    cups = millilitres / _MILLILITRES["cup"]
    if cups >= 0.23:
        amount = min((Fraction(round(cups * 4), 4), Fraction(round(cups * 3), 3)), key=lambda near: abs(near - Fraction(cups)))
        return f"{written(amount, style.fraction_signs)} {'cup' if amount <= 1 else 'cups'}"
    tablespoons = millilitres / _MILLILITRES["tbsp"]
    if tablespoons >= 0.9:
        amount = Fraction(round(tablespoons * 2), 2)
        name = ("tablespoon" if amount <= 1 else "tablespoons") if spelled else "tbsp"
    else:
        amount = max(Fraction(round(millilitres / _MILLILITRES["tsp"] * 4), 4), Fraction(1, 8))
        name = ("teaspoon" if amount <= 1 else "teaspoons") if spelled else "tsp"
    return f"{written(amount, style.fraction_signs)} {name}"


def _in_ounces(grams: float, spelled: bool) -> str:
    """Ounces (whole, or to the half under four); from a pound up, pounds to the quarter."""
    ounces = grams / _GRAMS["oz"]
    if ounces >= 15.5:
        amount = Fraction(round(ounces / 16 * 4), 4)
        return f"{written(amount, False)} {('pound' if amount <= 1 else 'pounds') if spelled else 'lb'}"
    amount = Fraction(round(ounces)) if ounces >= 4 else max(Fraction(round(ounces * 2), 2), Fraction(1, 2))
    return f"{written(amount, False)} {('ounce' if amount <= 1 else 'ounces') if spelled else 'oz'}"


def _in_grams(grams: float, comma: bool, spelled: bool) -> str:
    """Grams (to the gram under ten, else to five); from a kilogram up, kilograms to the 0.05."""
    if grams >= 995:
        return f"{_decimal(round(grams / 50) / 20, comma)} {'kilograms' if spelled else 'kg'}"
    amount = round(grams) if grams < 10 else 5 * round(grams / 5)
    return f"{amount} {'grams' if spelled else 'g'}"


def _in_millilitres(millilitres: float, style: _Style, comma: bool) -> str:
    """Millilitres (to five under 100, else to ten); from a litre up, litres to the 0.05."""
    if millilitres >= 995:
        litres = round(millilitres / 50) / 20
        return f"{_decimal(litres, comma)} {style.litre if litres == 1 else style.litre + 's'}"
    amount = 5 * round(millilitres / 5) if millilitres < 100 else 10 * round(millilitres / 10)
    return f"{amount} ml"


def _decimal(value: float, comma: bool) -> str:
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return text.replace(".", ",") if comma else text


def _temperature_in(found: re.Match[str], scale: str) -> str:
    """A temperature in ``scale``, written in the manner it was ("180°C" → "350°F", "180 degrees C" →
    "350 degrees F"); oven temperatures rounded as dials are marked (25 °F, 10 °C)."""
    given = (found["sign"] or found["bare"] or found["word"][0]).upper()
    if given == scale:
        return found[0]
    value = float(found["amount"].replace(",", "."))
    if scale == "F":
        new = value * 9 / 5 + 32
        new = 25 * round(new / 25) if value >= 120 else round(new)
    else:
        new = (value - 32) * 5 / 9
        new = 10 * round(new / 10) if value >= 212 else round(new)
    unit = found["unit"]
    if found["word"]:
        word = found["word"]
        replacement = {"C": "F", "F": "C"}.get(word) or ("Fahrenheit" if scale == "F" else "Celsius")
        unit = unit[: found.start("word") - found.start("unit")] + replacement
    else:
        unit = unit[:-1] + scale
    return f"{int(new)}{found['space']}{unit}"
