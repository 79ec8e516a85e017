"""A CSS property given a new value where the request names it in words ("make the header background dark green",
"change the font to Helvetica"), set without the model.

Asked to "change the font to Helvetica" of a small stylesheet, the model put Helvetica into the padding of another
rule (``padding: 1rem Helvetica;``); asked for a dark green header background, it proposed no change. Which
declaration is meant is plain from the words: the property they name (``font`` is ``font-family``, ``background``
whichever of ``background`` and ``background-color`` the rule sets) in the rule whose selector the request
names, or in the one rule that sets it. A value in words is written as CSS writes it ("dark green" as
``darkgreen``); a new font goes first, before the fallbacks the rule had.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

STYLESHEET_SUFFIXES = (".css", ".scss", ".less")

_PROPERTY_WORDS = [
    (r"font[\s-]?size|text\s+size|size\s+of\s+the\s+(?:text|font)", ("font-size",)),
    (r"font[\s-]?weight|boldness", ("font-weight",)),
    (r"font(?:[\s-]?family)?|typeface", ("font-family", "font")),
    (r"background(?:[\s-]?colou?r)?", ("background-color", "background")),
    (r"(?:text\s+|font\s+)?colou?r", ("color",)),
    (r"line[\s-]?height|line\s+spacing", ("line-height",)),
    (r"(?:text[\s-]?)?align(?:ment)?", ("text-align",)),
    (r"border[\s-]?radius|corner\s+radius|rounded\s+corners", ("border-radius",)),
    (r"border", ("border",)),
    (r"padding", ("padding",)),
    (r"margin", ("margin",)),
    (r"max[\s-]?width", ("max-width",)),
    (r"width", ("width",)),
    (r"height", ("height",)),
]
"""What a request may call a property, most specific first, and the properties each may mean, the likelier first."""

_SETS = re.compile(r"^\s*(?:please\s+)?(?:change|set|make|turn|switch|update)\s+(?:the\s+)?(?P<rest>\S.*?)"
                   r"(?:\s+instead)?[\s.!]*$", re.IGNORECASE)
_CONNECTOR = re.compile(r"^\s+(?:to\s+be|to|into|be|as)\s+|^\s+", re.IGNORECASE)

CSS_COLOURS = frozenset(re.findall(r"\S+", """aliceblue antiquewhite aqua aquamarine azure beige bisque black blanchedalmond blue blueviolet brown
    burlywood cadetblue chartreuse chocolate coral cornflowerblue cornsilk crimson cyan darkblue darkcyan darkgoldenrod
    darkgray darkgreen darkgrey darkkhaki darkmagenta darkolivegreen darkorange darkorchid darkred darksalmon
    darkseagreen darkslateblue darkslategray darkslategrey darkturquoise darkviolet deeppink deepskyblue dimgray dimgrey
    dodgerblue firebrick floralwhite forestgreen fuchsia gainsboro ghostwhite gold goldenrod gray green greenyellow grey
    honeydew hotpink indianred indigo ivory khaki lavender lavenderblush lawngreen lemonchiffon lightblue lightcoral
    lightcyan lightgoldenrodyellow lightgray lightgreen lightgrey lightpink lightsalmon lightseagreen lightskyblue
    lightslategray lightslategrey lightsteelblue lightyellow lime limegreen linen magenta maroon mediumaquamarine
    mediumblue mediumorchid mediumpurple mediumseagreen mediumslateblue mediumspringgreen mediumturquoise
    mediumvioletred midnightblue mintcream mistyrose moccasin navajowhite navy oldlace olive olivedrab orange orangered
    orchid palegoldenrod palegreen paleturquoise palevioletred papayawhip peachpuff peru pink plum powderblue purple
    rebeccapurple red rosybrown royalblue saddlebrown salmon sandybrown seagreen seashell sienna silver skyblue slateblue
    slategray slategrey snow springgreen steelblue tan teal thistle tomato transparent turquoise violet wheat white
    whitesmoke yellow yellowgreen"""))


@dataclass(frozen=True)
class Declaration:
    selector: str
    name: str
    value_start: int
    value_end: int


_RULE = re.compile(r"(?P<selector>[^{}]+?)\s*\{(?P<body>[^{}]*)\}")
_DECLARATION = re.compile(r"(?P<name>[\w-]+)\s*:\s*(?P<value>[^;{}]+?)\s*(?:;|$)")


def declarations(css: str) -> list[Declaration]:
    """Every declaration of the stylesheet ``css`` with the selector of its rule (rules inside ``@media`` too); comments
    are passed over."""
    masked = re.sub(r"/\*.*?\*/", lambda comment: " " * len(comment.group(0)), css, flags=re.DOTALL)
    found = []
    for rule in _RULE.finditer(masked):
        selector = rule["selector"].strip()
        for declaration in _DECLARATION.finditer(rule["body"]):
            offset = rule.start("body")
            found.append(Declaration(selector, declaration["name"].lower(), offset + declaration.start("value"),
                                     offset + declaration.end("value")))
    return found


def property_set(css: str, request: str, path: Path) -> str | None:
    """``css`` with the value of the one declaration a request names by its property in words, and by its rule's
    selector where more than one rule sets it, set to the value asked for; None where the request asks no such
    thing, or no one declaration fits."""
    if path.suffix.lower() not in STYLESHEET_SUFFIXES or not (asked := _SETS.match(request)):
        return None
    named = _property_named(asked["rest"])
    if named is None:
        return None
    selector_words, properties, value = named
    candidates = [declaration for declaration in declarations(css) if declaration.name in properties]
    if selector_words:
        candidates = [declaration for declaration in candidates if _selects(declaration.selector, selector_words)]
    for name in properties:  # "background": background-color where a rule sets it, else background
        chosen = [declaration for declaration in candidates if declaration.name == name]
        if chosen:
            candidates = chosen
            break
    if len(candidates) != 1:
        return None
    declaration = candidates[0]
    old = css[declaration.value_start : declaration.value_end]
    new = _as_css(value, declaration.name, old)
    if new is None or new == old:
        return None
    return css[: declaration.value_start] + new + css[declaration.value_end :]


def _property_named(rest: str) -> tuple[str, tuple[str, ...], str] | None:
    """The words before the property ``rest`` names (which rule), the properties it may mean, and the value after
    it: "header background dark green" is the header's background-color or background, to be dark green. Of
    several readings ("font colour to red": the font, or the font colour?) the longest name wins."""
    readings = []
    for pattern, properties in _PROPERTY_WORDS:
        for found in re.finditer(rf"\b(?:{pattern})\b", rest, re.IGNORECASE):
            connector = _CONNECTOR.match(rest[found.end():])
            value = rest[found.end() + connector.end():].strip().strip("\"'") if connector else ""
            if value:
                readings.append((len(found.group(0)), rest[: found.start()].strip(), properties, value))
    if not readings:
        return None
    _, before, properties, value = max(readings, key=lambda reading: reading[0])
    return before, properties, value


def _selects(selector: str, words: str) -> bool:
    """Whether the rule ``selector`` is the one ``words`` name: "header" for ``header``, "main title" for
    ``.main-title``, "body" for ``body``; each selector of a list stands for itself."""
    wanted = re.sub(r"^(?:the|a|an)\s+|'s$|\s+(?:rule|section|element|class)$", "", words).strip()
    wanted = re.sub(r"\s+", "-", wanted)
    return any(part.strip().lstrip(".#").lower() == wanted for part in selector.split(","))


def _as_css(value: str, name: str, old: str) -> str | None:
    """``value`` as CSS writes it for the property ``name``: a colour in words as its name ("dark green" as
    ``darkgreen``), a font put before the fallbacks ``old`` had (quoted where its name has a space); None for a
    colour CSS does not know."""
    if name in ("color", "background-color") or (name == "background" and not re.match(r"[\d#]", value)):
        if value.startswith("#") or re.match(r"(?:rgb|hsl)a?\(", value):
            return value
        colour = re.sub(r"[\s-]+", "", value.lower())
        return colour if colour in CSS_COLOURS else None
    if name == "font-family":
        family = f'"{value}"' if " " in value and not value.startswith(("'", '"')) else value
        fallbacks = [part.strip() for part in old.split(",")[1:]]
        generic = _generic_family(value)
        if generic and fallbacks and fallbacks[-1].lower() in _GENERIC_FAMILIES:
            fallbacks[-1] = generic  # Helvetica falls back on sans-serif, not the serif Georgia did
        return ", ".join([family, *fallbacks])
    return value


_GENERIC_FAMILIES = ("serif", "sans-serif", "monospace", "cursive", "fantasy", "system-ui")
_KNOWN_FAMILIES = {
    "sans-serif": "helvetica arial verdana tahoma inter roboto lato montserrat raleway poppins nunito ubuntu "
                  "futura calibri segoe",
    "serif": "georgia times garamond palatino merriweather baskerville cambria lora didot bodoni charter",
    "monospace": "courier menlo monaco consolas",
}


def _generic_family(font: str) -> str:
    """The generic family a font falls back on, where its name says it ("Open Sans", "Fira Mono", "PT Serif")
    or it is a well-known one ("Helvetica"); "" when unknown."""
    words = font.lower().split()
    if "sans" in words:
        return "sans-serif"
    if {"mono", "code"} & set(words):
        return "monospace"
    if "serif" in words:
        return "serif"
    return next((generic for generic, names in _KNOWN_FAMILIES.items() if words and words[0] in names.split()), "")
