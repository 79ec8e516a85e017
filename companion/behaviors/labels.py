"""A labelled value set to what the request gives it ("change the place to the Library, Room 4" where the text says
"Place: The Old Mill, Room 2"), made without the model.

Asked that of an agenda, the model wrote "Place: The Old Mill Library, Room 4": the old value and the new run
together. A line that begins with a label and a colon (an agenda's "Date:", a letter's "Re:", front matter's
"title:") holds one value; the request names the label and gives the whole new value, so the value is replaced
whole."""

from __future__ import annotations

import re

from companion.behaviors.quoted import stems
from companion.documents import split_sections

_SETS = re.compile(
    r"^\s*(?:please\s+)?(?:change|set|update|make|switch|rename|(?P<scale>bump|raise|increase|lower|reduce|decrease))\s+(?:the\s+|its\s+|my\s+|our\s+)?(?P<label>[a-z][\w' -]{0,30}?)"
    r"\s+to\s+(?P<value>\S.*?)[\s.!]*$"
    r"|^\s*(?:the\s+|its\s+|my\s+|our\s+)?(?P<label2>[a-z][\w' -]{0,30}?)\s+(?:should\s+be|will\s+be|is\s+now|"
    r"has\s+changed\s+to|changed\s+to|has\s+moved\s+to|moved\s+to|is\s+moving\s+to|is(?=\s+\S.*\s+now[\s.!]*$))\s+"
    r"(?:now\s+)?(?:(?:on|at|in)\s+)?(?P<value2>\S.*?)(?:\s+now)?[\s.!]*$"
    r"|^\s*(?:please\s+)?(?:scale|set)\s+(?:\S+\s+){0,3}?(?:up\s+|down\s+)?to\s+(?P<value3>\d+)\s+(?P<label3>[a-z][\w-]{2,30}?s)[\s.!]*$",
    re.IGNORECASE,
)
_SIGNS_OFF_WITH = re.compile(r"^\s*(?:please\s+)?(?P<label>sign(?:\s+it)?\s+off)\s+with\s+(?P<value>\S.*?)(?:\s+instead)?[\s.!]*$",
                             re.IGNORECASE)
_SIGN_OFF = re.compile(r"^(?:sign(?:\s+it)?[\s-]?off|closing|valediction)$", re.IGNORECASE)
_CLOSING = re.compile(
    r"^[ \t]*(?P<value>(?:best|best wishes|all the best|kind regards|warm regards|warmest regards|warm wishes|"
    r"regards|many thanks|thanks|thank you|cheers|yours|yours sincerely|yours faithfully|yours truly|sincerely|"
    r"with love|love|take care|speak soon)[ \t]*[,!.]?)[ \t]*$", re.IGNORECASE | re.MULTILINE)
"""The line that closes a letter or an email, above the name: "sign off with Kind regards instead", asked of
an email closed "Best,", the model wrote "Kind regards," at the end of the paragraph before."""
_JUDGEMENT = re.compile(r"^(?:later|earlier|sooner|shorter|longer|bigger|smaller|clearer|better|different|consistent|"
                        r"correct|incorrect|wrong|right|fixed|updated|more\b.*|less\b.*)$")
"""A value that says how the old one should change, not what the new one is: that is the model's work."""


def labelled_value_set(text: str, request: str, *, config: bool = False) -> str | None:
    """``text`` with the value of the one line labelled as the request names ("Place: …" for "change the place
    to …", "**Venue:** …" for "the venue is now …", the one "# heading" for "the title") replaced by the value
    the request gives; None when the request sets no value, or no one line has that label, or the line says it
    already. In a ``config`` file, "port = 8000" and "PORT=8000" are labelled too, as is a setting named with its
    section's words ("log level" for ``level`` under ``[logging]``), and a comment after the value stays."""
    found = _SETS.match(request) or _SIGNS_OFF_WITH.match(request)
    if not found:
        return None
    label, value = next((found[label], found[value]) for label, value in (("label", "value"), ("label2", "value2"),
                                                                          ("label3", "value3"))
                        if found.groupdict().get(label))
    if found.groupdict().get("label3") and not config:
        return None  # "scale the recipe to 4 servings" scales every quantity (``scaling``), not one line
    if _JUDGEMENT.match(value.strip()) or (found.groupdict().get("scale") and not re.search(r"\d", value)):
        return None  # "reduce the intro to two sentences" asks for the model's work, "bump the version to 0.4.0" not
    values = labelled_values(text, label.strip(), config=config)
    if len(values) != 1:
        return None
    start, end = values[0]
    old = text[start:end]
    new = _in_quotes_of(_in_case_of(_as_tag_of(value.strip().strip("\"“”"), old), old), old)
    if old.endswith(",") and not new.endswith((",", "!", ".")):
        new += ","  # "Best," becomes "Kind regards,"
    if new == old:
        return None
    return text[:start] + new + text[end:]


def labelled_values(text: str, label: str, *, config: bool = False) -> list[tuple[int, int]]:
    """Where the value stands of each line labelled ``label`` (``labelled_value_set`` says which lines are)."""
    values = [line.span("value") for line in re.finditer(_labelled(label, config=config), text)]
    if not values and config:
        values = [line.span("value") for line in re.finditer(_labelled(label, config=True, abbreviated=True), text)]
    if not values and _TITLE.match(label):
        values = _main_headings(text)
    if not values and _SIGN_OFF.match(label):
        values = [line.span("value") for line in _CLOSING.finditer(text)]
    if not values and config:
        values = _values_in_section(label, text) or _values_under_keys(label, text)
    if not values and not config:
        values = _values_under_heading(label, text)
    return values


_TITLE = re.compile(r"^(?:(?:poem's|story's|document's|page's|post's|essay's)\s+)?(?:title|main\s+heading)$", re.IGNORECASE)
_MAIN_HEADING = re.compile(r"# +(?P<value>\S[^\n]*?)[ \t#]*$", re.MULTILINE)


def _main_headings(text: str) -> list[tuple[int, int]]:
    """Where the words of each top-level Markdown heading ("# November") stand; a "# comment" in a fenced
    block of code is none. Where no line is labelled "Title:", the one such heading is the title: asked for
    "the title should be Leaves" of a poem headed "# November", the model wrote "# leaves", or the request
    back."""
    headings = [section for section in split_sections(text, "markdown") if section.kind == "atx_heading"]
    return [(section.start + found.start("value"), section.start + found.end("value"))
            for section in headings if (found := _MAIN_HEADING.match(section.text))]


def _labelled(label: str, *, config: bool = False, abbreviated: bool = False) -> re.Pattern[str]:
    """A line that is ``label`` (any case, maybe bold, maybe a list item), a colon and a value; in a ``config``
    file (or a shell script's settings), also an equals sign, maybe after ``export``, the label's words maybe
    joined by "_" or "-" ("pool size" is ``pool_size``), and the value ends before a comment. ``abbreviated``:
    each word may be cut short to its first four letters or more ("destination" is ``DEST``)."""
    if config:
        words = r"[\s_-]+".join(_abbreviation(word) if abbreviated else re.escape(word) for word in label.split())
        return re.compile(rf"^[ \t]*(?:export[ \t]+)?{words}[ \t]*(?::[ \t]+|=[ \t]*)(?P<value>[^\s#;][^\n]*?)"
                          r"(?:[ \t]+[#;][^\n]*)?[ \t]*$", re.IGNORECASE | re.MULTILINE)
    words = r"\s+".join(re.escape(word) for word in label.split())
    return re.compile(rf"^[ \t]*(?:[-*+][ \t]+)?(?:\*\*|__)?{words}(?:\*\*|__)?[ \t]*:(?:\*\*|__)?[ \t]+(?P<value>\S[^\n]*?)[ \t]*$",
                      re.IGNORECASE | re.MULTILINE)


def _abbreviation(word: str) -> str:
    """``word`` or any beginning of it of four letters or more: "destination" as ``dest``, ``desti``, …"""
    head, rest = word[:4], word[4:]
    return re.escape(head) + "".join(f"(?:{re.escape(letter)}" for letter in rest) + ")?" * len(rest)


_CONFIG_SECTION = re.compile(r"^\[(?P<name>[^\]\n]+)\][ \t]*\n(?P<body>(?:(?!\[)[^\n]*\n?)*)"
                             r"|^(?P<key>[\w.-]+):[ \t]*\n(?P<nested>(?:(?:[ \t]+[^\n]*|[ \t]*)\n?)*)", re.MULTILINE)
"""A section of a configuration file: ``[logging]`` and the lines up to the next header (TOML, INI), or a
top-level YAML key and the lines indented under it."""


def _values_in_section(label: str, text: str) -> list[tuple[int, int]]:
    """Where the value stands of the setting a ``label`` names with its section's words first: "log level" is
    ``level`` under ``[logging]``, "database url" ``url`` under ``database:``."""
    words = label.split()
    values = []
    for section in _CONFIG_SECTION.finditer(text):
        name, body = (section["name"], "body") if section["name"] else (section["key"], "nested")
        for split in range(1, len(words)):
            if stems(" ".join(words[:split])) == stems(name):
                values += [(section.start(body) + found.start("value"), section.start(body) + found.end("value"))
                           for found in _labelled(" ".join(words[split:]), config=True).finditer(section[body])]
    return values


_YAML_KEY = re.compile(r"^(?P<indent>[ \t]*(?:-[ \t]+)?)(?P<key>[A-Za-z_][\w.-]*)[ \t]*:"
                       r"(?:[ \t]+(?P<value>[^\s#][^\n]*?))?(?:[ \t]+#[^\n]*)?[ \t]*$", re.MULTILINE)
"""A line of YAML that names a key, with its value or, where the value is the lines indented under it, none."""


def _values_under_keys(label: str, text: str) -> list[tuple[int, int]]:
    """Where the value stands of a YAML setting that ``label`` names by its own words and those of the keys it is
    nested under, in any order: "memory limit" is ``memory`` under ``limits:``, "container port" is
    ``containerPort``. Asked to "raise the memory limit to 512Mi" of a Kubernetes deployment, the model set
    the CPU limit to 512m as well."""
    wanted = stems(label)
    values = []
    parents: list[tuple[int, set[str]]] = []
    for line in _YAML_KEY.finditer(text):
        column = len(line["indent"])
        while parents and parents[-1][0] >= column:
            parents.pop()
        own = stems(re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", line["key"]))
        if line["value"] is None:
            parents.append((column, own))
        elif own and own <= wanted and wanted - own <= set().union(*(words for _, words in parents)):
            values.append(line.span("value"))
    return values


def _as_tag_of(value: str, old: str) -> str:
    """``value`` as the tag of an image named with one (``tidepool/web:1.4.0`` becomes ``tidepool/web:1.5.0`` for
    "bump the image to 1.5.0"), where the value is a version alone; otherwise ``value`` itself."""
    named = re.fullmatch(r"(?P<quote>[\"']?)(?P<name>[\w./-]+):(?P<tag>v?\d[\w.-]*)(?P=quote)", old)
    if named and re.fullmatch(r"v?\d+(?:\.\d+)*(?:[-.]\w+)?", value):
        return f"{named['quote']}{named['name']}:{value}{named['quote']}"
    return value


def _values_under_heading(label: str, text: str) -> list[tuple[int, int]]:
    """Where the value stands of each section headed ``label`` whose body is one short line ("## Licence" over
    "MIT"): "the licence is Apache-2.0 now", asked of a README, the model answered with the request itself."""
    words = r"\s+".join(re.escape(word) for word in label.split())
    return [found.span("value") for found in re.finditer(
        rf"^#{{1,6}}[ \t]+{words}[ \t#]*\n(?:[ \t]*\n)*(?P<value>[^\s#][^\n]*?)[ \t]*(?:\n[ \t]*)*(?=\n#|\Z)",
        text, re.IGNORECASE | re.MULTILINE) if len(found["value"].split()) <= _SHORT_VALUE_WORDS]


_SHORT_VALUE_WORDS = 6


def _in_quotes_of(value: str, old: str) -> str:
    """``value`` in the quotes ``old`` stands in (``url: "postgres://…"``), where it has none of its own."""
    if len(old) >= 2 and old[0] == old[-1] and old[0] in "\"'" and value[:1] not in "\"'":
        return old[0] + value + old[0]
    return value


def _in_case_of(value: str, old: str) -> str:
    """``value`` with a capital where ``old`` began with one and ``value`` begins with a plain word ("The Library,
    Room 4" for "the Library, Room 4" in place of "The Old Mill, Room 2"; "sam@example.com" stays as it is)."""
    first = value.split(maxsplit=1)[0] if value.split() else ""
    if old[:1].isupper() and first.isalpha() and first.islower():
        return value[:1].upper() + value[1:]
    return value
