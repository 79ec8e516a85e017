"""The offline teacher: rules whose correct answer is known, so examples need no stronger model.

Each rule takes a piece of a document and returns ``(request, revised)`` or None when it does not apply
(nothing to fix, nothing to rename). Every rule changes the text: an example that copies its input would
teach the very failure distillation is meant to remove.
"""

from __future__ import annotations

import random
import re

from companion.behaviors.code_checks import PLACEHOLDER_NOTE
from companion.behaviors.figures import named_numbers, spoken

SENTENCE = re.compile(r"[^.!?\n]+[.!?]+")

TYPOS = {"the": "teh", "because": "becuase", "which": "wich", "their": "thier", "receive": "recieve",
         "until": "untill", "weather": "wether", "really": "realy", "beginning": "begining", "morning": "mornign",
         "every": "evrey", "before": "befor", "week": "weeek", "after": "afetr", "about": "abuot", "with": "wiht",
         "water": "watter", "people": "poeple", "should": "shoud", "first": "frist", "friendly": "freindly"}
CONTRACTIONS = {"I'm": "I am", "it's": "it is", "It's": "It is", "don't": "do not", "Don't": "Do not",
                "doesn't": "does not", "didn't": "did not", "we're": "we are", "We're": "We are", "I'd": "I would",
                "we've": "we have", "We've": "We have", "we'll": "we will", "We'll": "We will", "you'll": "you will",
                "can't": "cannot", "couldn't": "could not", "isn't": "is not", "it'll": "it will", "I've": "I have",
                "won't": "will not", "they're": "they are", "that's": "that is", "there's": "there is", "Hi": "Dear"}
INFORMAL = {"a bit": "somewhat", "Thanks": "Thank you", "thanks": "thank you", "really": "truly", "lots of": "many",
            "Keep it coming!": "Please continue to share it.", "got": "have", "Ask": "Please ask", "awesome": "excellent"}
EMOJI = {"coffee": "☕", "rain": "🌧️", "bread": "🍞", "garden": "🌱", "fox": "🦊", "train": "🚆", "snow": "❄️",
         "tomatoes": "🍅", "fast": "⚡", "thanks": "🙏", "sorry": "🙏", "book": "📚", "sunset": "🌅", "test": "✅"}
NAMES = [("Priya", "Anika"), ("Lena", "Maja"), ("Omar", "Yusuf"), ("Hannah", "Greta"), ("Ferris", "Albert"),
         ("Marcus", "Daniel"), ("Ruth", "Clara"), ("Jen", "Sophie"), ("Millbrook", "Ashford"), ("Harbour Street", "Quay Road")]
ADDITIONS = ["Everyone is welcome, whatever their experience.", "We will share photos afterwards.",
             "Please let us know by Friday if you can come.", "This was the part I enjoyed most.",
             "Nobody had expected that.", "It took longer than we planned.", "More details will follow next week."]


def sentences(text: str) -> list[str]:
    return [s.strip() for s in SENTENCE.findall(text) if len(s.split()) >= 3]


def fix_typos(text: str, rng: random.Random) -> tuple[str, str, str] | None:
    """Plants two or three misspellings; the corrected text is the answer. Returns (request, broken, fixed)."""
    words = [w for w in TYPOS if re.search(rf"\b{w}\b", text)]
    if not words:
        return None
    broken = text
    for word in rng.sample(words, min(len(words), rng.choice((1, 2, 3)))):
        broken = re.sub(rf"\b{word}\b", TYPOS[word], broken, count=1)
    request = rng.choice(["fix the typos", "fix the spelling", "typo fix pls", "correct the spelling mistakes",
                          "can you fix the typos here?", "FIX TYPOS", "spellcheck this"])
    return request, broken, text


def formal(text: str, rng: random.Random) -> tuple[str, str] | None:
    revised = text
    for table in (CONTRACTIONS, INFORMAL):
        for informal, proper in table.items():
            revised = re.sub(rf"(?<![\w']){re.escape(informal)}(?![\w'])", proper, revised)
    if revised == text:
        return None
    return rng.choice(["make this more formal", "more formal please", "make it sound professional",
                       "no contractions, more formal", "formalize this"]), revised


def bullets(text: str, rng: random.Random) -> tuple[str, str] | None:
    found = sentences(text)
    if len(found) < 2 or text.lstrip().startswith(("#", "-", "1.")):
        return None
    return rng.choice(["turn this into bullet points", "make this a list", "bullet points please",
                       "split this into a bulleted list"]), "\n".join(f"- {s.rstrip('.')}" for s in found) + "\n"


def shorter(text: str, rng: random.Random) -> tuple[str, str] | None:
    found = sentences(text)
    if len(found) < 2 or text.lstrip().startswith(("#", "-", "1.")):
        return None
    return rng.choice(["make this shorter", "shorten this", "cut this down", "trim this paragraph", "too long, shorten it",
                       "keep only the key point"]), found[0] + "\n"


def add_sentence(text: str, rng: random.Random) -> tuple[str, str] | None:
    if text.lstrip().startswith(("#", "-", "1.")) or not sentences(text):
        return None
    addition = rng.choice(ADDITIONS)
    request = rng.choice([f'add a sentence saying "{addition}"', f"add: {addition}", f"append the sentence '{addition}'",
                          f"end this with: {addition}"])
    return request, text.rstrip() + " " + addition + "\n"


def rename(text: str, rng: random.Random) -> tuple[str, str] | None:
    present = [(old, new) for old, new in NAMES if old in text]
    if not present:
        return None
    old, new = rng.choice(present)
    request = rng.choice([f"change {old} to {new}", f"rename {old} to {new}", f"replace {old} with {new}",
                          f"it's {new}, not {old}", f"swap {old} for {new}"])
    return request, text.replace(old, new)


def emojis(text: str, rng: random.Random) -> tuple[str, str] | None:
    found = [(word, emoji) for word, emoji in EMOJI.items() if re.search(rf"\b{word}\b", text, re.IGNORECASE)]
    if not found or text.lstrip().startswith("#"):
        return None
    revised = text
    for word, emoji in found:
        revised = re.sub(rf"\b({word})\b", rf"\1 {emoji}", revised, count=1, flags=re.IGNORECASE)
    return rng.choice(["add emojis", "add some emojis", "sprinkle in a few emoji"]), revised


def uppercase_heading(text: str, rng: random.Random) -> tuple[str, str] | None:
    if not text.lstrip().startswith("#"):
        return None
    hashes, _, title = text.strip().partition(" ")
    return rng.choice(["make the heading all caps", "uppercase this heading", "capitalize the whole title"]), f"{hashes} {title.upper()}\n"


def number_list(text: str, rng: random.Random) -> tuple[str, str] | None:
    items = [line[2:] for line in text.splitlines() if line.startswith("- ")]
    if len(items) < 2:
        return None
    return rng.choice(["number the list", "make this a numbered list", "use numbers instead of bullets"]), "".join(
        f"{n}. {item}\n" for n, item in enumerate(items, 1))


def sort_list(text: str, rng: random.Random) -> tuple[str, str] | None:
    lines = [line for line in text.splitlines() if line.startswith("- ")]
    if len(lines) < 3 or lines == sorted(lines, key=str.lower):
        return None
    return rng.choice(["sort the list alphabetically", "alphabetize these", "put the list in a-z order"]), "\n".join(
        sorted(lines, key=str.lower)) + "\n"


PROSE_RULES = (formal, bullets, shorter, add_sentence, rename, emojis, uppercase_heading, number_list, sort_list)

# Code: edits computed from the function's own text.
_PY_DEF = re.compile(r"^def (\w+)\((.*?)\):\n", re.MULTILINE)
_JS_FUNCTION = re.compile(r"^(?:export )?function (\w+)(?:<\w+>)?\((.*?)\)[^{]*\{\n", re.MULTILINE)


def docstring(text: str, rng: random.Random) -> tuple[str, str] | None:
    match = _PY_DEF.search(text)
    if not match or '"""' in text:
        return None
    name, args = match.groups()
    words = name.replace("_", " ")
    arguments = f" from {args.split(',')[0].strip()}" if args.strip() else ""
    doc = f'    """{words.capitalize()}{arguments}."""\n'
    return rng.choice([f"add a docstring to {name}", "add a docstring", "document this function",
                       f"{name} needs a docstring"]), text[: match.end()] + doc + text[match.end():]


def logging_call(text: str, rng: random.Random) -> tuple[str, str] | None:
    match = _PY_DEF.search(text)
    if match:
        name, args = match.groups()
        first = args.split(",")[0].strip()
        line = f'    print(f"{name}({first}={{{first}!r}})")\n' if first else f'    print("{name}()")\n'
    else:
        match = _JS_FUNCTION.search(text)
        if not match:
            return None
        name, args = match.groups()
        first = args.split(",")[0].split(":")[0].strip()
        line = f'  console.log("{name}", {first});\n' if first else f'  console.log("{name}");\n'
    return rng.choice([f"add logging to {name}", "add a log line at the start", "log the arguments",
                       f"print something when {name} is called"]), text[: match.end()] + line + text[match.end():]


def rename_function(text: str, rng: random.Random) -> tuple[str, str] | None:
    match = _PY_DEF.search(text) or _JS_FUNCTION.search(text)
    if not match:
        return None
    old = match.group(1)
    new = ("get_" + old) if "_" in old else ("compute" + old[0].upper() + old[1:])
    return rng.choice([f"rename {old} to {new}", f"call it {new} instead", f"{old} -> {new}"]), re.sub(rf"\b{old}\b", new, text)


def comment_above(text: str, rng: random.Random) -> tuple[str, str] | None:
    match = _PY_DEF.search(text) or _JS_FUNCTION.search(text)
    if not match or match.start() != 0:
        return None
    marker = "#" if text.startswith("def ") else "//"
    note = f"{marker} {match.group(1).replace('_', ' ')}: {PLACEHOLDER_NOTE}\n"
    return rng.choice(["add a comment above this function", "put a short comment on top", "add a header comment"]), note + text


def _round_values(old: int) -> list[int]:
    """New values a person would ask for: doubled, halved, ten times, one step of its own size up."""
    if old == 0:
        return [1, 10, 100]
    step = 10 ** (len(str(old)) - 1)
    return sorted({old * 2, old * 5, old * 10, old // 2, old + step} - {old, 0})


def change_setting(text: str, rng: random.Random) -> tuple[str, str] | None:
    """Gives a named number (a constant, a fallback, a default argument) a new value, asked for the way people
    ask: "the default port should be 8080", "set MAX_RETRIES to 5"."""
    found = named_numbers(text)
    if not found:
        return None
    match = rng.choice(found)
    name, value = match.group("name"), match.group("value")
    new_text = str(rng.choice(_round_values(int(value))))
    said = spoken(name)
    request = rng.choice([f"the default {said} should be {new_text}", f"set {name} to {new_text}", f"change the {said} to {new_text}",
                          f"make {said} {new_text} instead of {value}", f"bump {name} to {new_text}", f"{said}: use {new_text}"])
    return request, text[: match.start("value")] + new_text + text[match.end("value"):]


_TS_INTERFACE = re.compile(r"^(?:export )?interface (?P<name>\w+) \{\n(?P<body>(?:  .*\n)*?)\}", re.MULTILINE)
_PY_DATACLASS = re.compile(r"^@dataclass\nclass (?P<name>\w+):\n(?P<body>(?:    \w+: .*\n)+)", re.MULTILINE)
NEW_FIELDS = [("notes", "string", "str"), ("sku", "string", "str"), ("tags", "string[]", "list[str]"), ("discount", "number", "float"),
              ("createdAt", "Date", "datetime"), ("email", "string", "str"), ("priority", "number", "int"), ("colour", "string", "str")]


def add_field(text: str, rng: random.Random) -> tuple[str, str] | None:
    """Adds an optional field to a TypeScript interface or a Python dataclass, after the fields it has."""
    match = _TS_INTERFACE.search(text) or _PY_DATACLASS.search(text)
    if not match:
        return None
    python = match.re is _PY_DATACLASS
    body = match.group("body")
    choices = [f for f in NEW_FIELDS if not re.search(rf"\b{f[0]}\b", body, re.IGNORECASE)]
    field, ts_type, py_type = rng.choice(choices)
    if python:
        field = re.sub(r"(?<=[a-z])(?=[A-Z])", "_", field).lower()
        line = f"    {field}: {py_type} | None = None\n"
    else:
        line = f"  {field}?: {ts_type};\n"
    name = match.group("name")
    request = rng.choice([f"{name} should have an optional {field} field", f"add an optional {field} field to {name}",
                          f"give {name} an optional {spoken(field)}", f"{name} needs a {field} field, optional"])
    at = match.end("body")
    return request, text[:at] + line + text[at:]


CODE_RULES = (docstring, logging_call, rename_function, comment_above)
BEHAVIOUR_RULES = (change_setting, add_field)
"""Code rules that change what the program does, as people ask for most often (the others add notes to it);
only in the data set of ``scripts/synth --more-code`` (measured, not shipped: models/companion-270m-rounds.md)."""

# Comments: planted mistakes whose quote, comment and suggestion are known.
GRAMMAR_SLIPS = [("There were", "Their were", "'Their' should be 'There'."), ("than", "then", "'then' should be 'than' here."),
                 ("is", "are", "Subject and verb do not agree."), ("the best", "the most best", "Double superlative."),
                 ("could have", "could of", "'could of' should be 'could have'."), ("its", "it's", "'it's' means 'it is'; use 'its'."),
                 ("fewer", "less", "Use 'fewer' with countable nouns.")]
CODE_BUGS = [
    ('if item["name"] == name:', 'if item["name"] = name:', "Assignment instead of comparison: a syntax error."),
    ('"mean": sum(values) / len(values)', '"mean": sum(values) / len(values or [0])', "Averages a list of one zero: the mean is wrong for empty input."),
    ("return day === 0 || day === 6;", "return day === 0 && day === 6;", "A day cannot be both 0 and 6: this is always false."),
    ("return this.items.shift();", "return this.items.pop();", "pop() takes the newest item: the queue becomes a stack."),
    ("return Math.round(millis / 86400000);", "return Math.round(millis / 8640000);", "A day has 86,400,000 ms: one zero is missing."),
    ("total += item[\"price\"] * item[\"quantity\"]", "total = item[\"price\"] * item[\"quantity\"]", "Overwrites the total instead of adding to it."),
]
