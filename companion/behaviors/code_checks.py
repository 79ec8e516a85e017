"""Checks on a revision of code: what it may not lose or change for the request it answers."""

from __future__ import annotations

import ast
import re
from collections import Counter
from difflib import SequenceMatcher

from companion.behaviors.routes import routes_of
from companion.code_names import declared_names
from companion.documents import LANGUAGE_NAMES, parses_cleanly


def dropped_definitions(revised: str, original: str, request: str, language: str) -> list[str]:
    """Names ``original`` declares for other code (``declared_names``: functions, classes, methods, fields,
    interface members) that a targeted revision lost though the request neither names them nor asks to
    rename or remove anything: asked to "add an off function", a small model renamed ``emit`` instead, which
    would break every caller. A port to another language is a new program, and is not checked."""
    if (REMOVES.search(names_masked(request, original, language))
            or any(words.search(request) for name, words in _LANGUAGE_WORDS.items() if name != language)):
        return []
    kept = set(declared_names(revised, language))
    named = _without_leading_verb(request)
    return [name for name in declared_names(original, language)
            if name not in kept and not re.search(rf"(?<![\w$#]){re.escape(name)}(?![\w$])", named, re.IGNORECASE)]


def _without_leading_verb(request: str) -> str:
    """The request less its first word when a word follows: "add a method …" asks for something, it does not
    name a method ``add``; "add should be called push" does."""
    words = request.split(maxsplit=1)
    return words[1] if len(words) == 2 and not re.match(r"(?:should|must|needs?|is|has|shouldn't|->)(?:\s|$)", words[1]) else request


def names_masked(request: str, code: str, language: str) -> str:
    """The request with each name ``code`` declares written as NAME, past its leading verb: in "add logging to
    remove", ``remove`` is a method, not a request to remove anything."""
    named = _without_leading_verb(request)
    masked = named
    for name in sorted(set(declared_names(code, language)), key=len, reverse=True):
        masked = re.sub(rf"(?<![\w$#]){re.escape(name)}(?![\w$])", "NAME", masked)
    return request[: len(request) - len(named)] + masked


def asks_only_for_notes(request: str, code: str, language: str) -> bool:
    """Whether the request only asks to document ``code`` or log from it (``ASKS_ONLY_FOR_NOTES``), the names
    the code declares read as names."""
    return bool(ASKS_ONLY_FOR_NOTES.match(names_masked(request, code, language)))


REMOVES = re.compile(r"(?<!\ba )(?<!\ban )(?<!\bthe )\b(?:rename|remove|delete|drop|merge|inline|replace|combine|split)\b",
                      re.IGNORECASE)
"""A request that may take names away; the word as a name ("add a remove method") is not one."""


ASKS_ONLY_FOR_NOTES = re.compile(
    r"\s*(?:please\s+)?(?:add|write)\s+(?:(?:a|an|some|helpful|short|brief|more|useful)\s+)*"
    r"(?:docstrings?|comments?|documentation|jsdoc|log(?:ging)?(?:\s+(?:statements?|calls?|lines?))?)\b"
    r"(?!.*\b(?:and|also|then|fix|change|rename|replace|remove)\b)",
    re.IGNORECASE,
)
"""A request to document code or log from it, and nothing more: its answer adds lines and keeps every line there was."""


def changes_code_lines(revised: str, original: str) -> bool:
    """Whether a revision loses or alters a non-blank line of ``original``; a line kept with a comment added at
    its end still counts as kept. Asked to "add a docstring" to a median, the model added one and replaced the
    body with the mean of its worked example: a change of behaviour under cover of documentation."""
    kept = [line.strip() for line in revised.splitlines() if line.strip()]
    position = 0
    for line in (line.strip() for line in original.splitlines() if line.strip()):
        while position < len(kept) and not kept_as(kept[position], line):
            position += 1
        if position == len(kept):
            return True
        position += 1
    return False


def lost_lines(revised: str, original: str, request: str, language: str) -> list[str]:
    """The non-blank lines of ``original`` that a revision for a request that only adds (``_ADDS``, or a guard:
    ``_GUARDS``) has neither as they were nor changed (half its characters the same): asked to "add a check that
    npm is installed", the model put an install command in place of a script's ``echo "Building site"`` and
    ``npm run build``; asked that "median should raise ValueError on an empty list", it put the mean in place of
    the median. A line the addition changes ("def fetch(url):" given a timeout) stands for itself."""
    adds = _ADDS.match(request) or (_GUARDS.search(request) and not _INSTEAD.search(request))
    if not adds or REMOVES.search(names_masked(request, original, language)):
        return []
    lost = _unmatched_lines(revised, original)
    return lost or (_changed_instead_of_added(revised, original) if _ADDS.match(request) else [])


def _changed_instead_of_added(revised: str, original: str) -> list[str]:
    """The lines of ``original`` that a revision asked only to add changed, each losing a word, where it adds no
    line of its own: asked to "add a decrement button", the model pointed the increment button at a
    ``decrement`` defined nowhere and took the Reset button's label away. A line an addition changes keeps its
    words ("def fetch(url):" given a timeout)."""
    before = [line.strip() for line in original.splitlines() if line.strip()]
    after = [line.strip() for line in revised.splitlines() if line.strip()]
    gone, came = [line for line in before if line not in after], [line for line in after if line not in before]
    if not came or not all(any(_half_the_same(old, new) for old in gone) for new in came):
        return []

    def closest(old: str) -> str:
        return max(came, key=lambda new: SequenceMatcher(None, old, new).ratio())
    return [old for old in gone if set(re.findall(r"\w+", old)) - set(re.findall(r"\w+", closest(old)))]


def lost_most_lines(revised: str, original: str, request: str, language: str) -> list[str]:
    """The non-blank lines of ``original`` that a revision has neither as they were nor changed, where they are
    most of its lines (three or more) and the request asks to take nothing out, shorten or port anything:
    asked to "change the Saturday hours to 9am to 3pm" of a 28-line web page, the model answered with the one
    line "Saturday: 9am to 3pm"."""
    if (_TAKES_OUT.search(names_masked(request, original, language))
            or any(words.search(request) for words in _LANGUAGE_WORDS.values())):
        return []
    lost = _unmatched_lines(revised, original)
    return lost if len(lost) >= 3 and len(lost) * 2 > sum(1 for line in original.splitlines() if line.strip()) else []


_TAKES_OUT = re.compile(rf"{REMOVES.pattern}|\b(?:shorten|shorter|simplify|simpler|trim|condense|cut|clean\s+up|tidy|"
                        r"refactor|rewrite|restructure|reduce|fewer|less|only|just|minimal|strip|extract|move|convert|port|"
                        r"translate|get\s+rid)\b", re.IGNORECASE)
"""A request whose answer may have fewer lines than the text it revises."""


def lost_tags(revised: str, original: str, request: str) -> list[str]:
    """The tags of a web page's ``original`` (opening and closing) that ``revised`` has fewer of, where the
    request asks to take nothing out: asked to "change the tagline to …", the model rewrote a whole page as three
    lines of plain text; asked to add a paragraph, it dropped a ``</section>``."""
    if _TAKES_OUT_ELEMENTS.search(request):
        return []
    before, after = Counter(_TAG.findall(original.lower())), Counter(_TAG.findall(revised.lower()))
    return [f"{tag}>" for tag in before if after[tag] < before[tag]]


_TAG = re.compile(r"</?[a-z][\w-]*(?=[\s/>])")
_TAKES_OUT_ELEMENTS = re.compile(rf"{REMOVES.pattern}|\b(?:shorten|shorter|simplify|simpler|trim|condense|cut|strip|"
                                 r"get\s+rid|fewer|less|plain\s+text|markdown)\b", re.IGNORECASE)
"""A request whose answer may have fewer elements than the page it revises."""


def _unmatched_lines(revised: str, original: str) -> list[str]:
    """The non-blank lines of ``original``, stripped, that ``revised`` has neither as they were (a comment after
    them aside) nor changed (half their characters the same)."""
    after = [line.strip() for line in revised.splitlines() if line.strip()]
    present = set(after)
    return [line for line in (line.strip() for line in original.splitlines() if line.strip())
            if line not in present and not any(kept_as(new, line) or _half_the_same(line, new) for new in after)]


def _half_the_same(line: str, other: str) -> bool:
    matcher = SequenceMatcher(None, line, other)
    return matcher.real_quick_ratio() >= 0.5 and matcher.quick_ratio() >= 0.5 and matcher.ratio() >= 0.5


_ADDS = re.compile(r"^\s*(?:please\s+)?(?:add|include|insert|append)\b", re.IGNORECASE)
_GUARDS = re.compile(r"^\s*(?:please\s+)?handle\b|\b(?:should|must|needs?\s+to)\s+(?:also\s+)?(?:raise|throw|reject|"
                     r"log|warn|return\s+.+?\s+(?:if|when|on|for))\b", re.IGNORECASE)
"""A request for a case to be handled ("handle an empty list", "median should raise ValueError on an empty
list"): what the code did in every other case stays."""
_INSTEAD = re.compile(r"\b(?:instead|rather\s+than|replace|no\s+longer)\b", re.IGNORECASE)


def missing_definition(revised: str, original: str, request: str, language: str) -> str:
    """What a request to "add a mode function" (or a "--count option", or "a timeout of 30 seconds") asks for,
    where the revision neither declares a name ``original`` did not nor says the word: asked so of a module of
    statistics, the model put a docstring on ``summary`` instead; asked for a timeout in a YAML file, it changed
    the host. "" when the request asks for no such thing, or the revision may have it (a ``cancel`` method may
    be a property set on a function)."""
    if unnamed := _ADDS_UNNAMED.match(request):
        return "" if _adds_one(revised, original, unnamed["kind"].lower(), language) else unnamed["kind"].lower()
    found = _ADDS_DEFINITION.match(request)
    if not found:
        return ""
    word = " ".join(filter(None, (found["word"], found["more"])))
    if found["more"]:
        squashed = _squashed(word)
        if squashed in _squashed(revised) and squashed not in _squashed(original):
            return ""
    elif re.search(rf"(?<![\w$]){re.escape(word)}(?![\w$])", revised, re.IGNORECASE) and not re.search(
            rf"(?<![\w$]){re.escape(word)}(?![\w$])", original, re.IGNORECASE):
        return ""
    if set(declared_names(revised, language)) - set(declared_names(original, language)):
        return ""
    return f"{word} {found['kind']}" if found["kind"] else word


def _adds_one(revised: str, original: str, kind: str, language: str) -> bool:
    """Whether ``revised`` has a route ``original`` has not (a route or an endpoint), or declares a name it did not."""
    if kind in ("route", "endpoint") and len(routes_of(revised, language)) > len(routes_of(original, language)):
        return True
    return bool(set(declared_names(revised, language)) - set(declared_names(original, language)))


_ADDS_UNNAMED = re.compile(r"^\s*(?:please\s+)?add\s+(?:a|an|another)\s+(?:new\s+)?(?P<kind>route|endpoint|function|method|"
                           r"class)\s+(?:that|which|to|for|returning|called|named)\b", re.IGNORECASE)
""""add a route that returns the number of books", "add a method to Cart that removes an item": a new route or
definition, whatever its name. Asked the first, the adapter changed the path of a route that was there."""


def _squashed(code: str) -> str:
    """``code`` lowercased with everything but letters and digits taken out: "dry run" is ``dryRun``, ``dry_run``
    and ``--dry-run`` alike."""
    return "".join(re.findall(r"[a-z0-9]+", code.lower()))


_ADDS_DEFINITION = re.compile(r"^\s*(?:please\s+)?add\s+(?:a|an|another)\s+(?:new\s+)?`?(?P<word>-{0,2}[\w$][\w$-]*)`?\s+"
                              r"(?:(?P<more>(?!(?:function|method|class|option|setting|field|argument|parameter|flag|key|"
                              r"property|attribute|to|for|in|on|of|that|which|and)\b)[a-z][\w-]*)\s+)?"
                              r"(?:(?P<kind>function|method|class|option|setting|field|argument|parameter|flag|key|"
                              r"property|attribute)\b|of\s+\S)", re.IGNORECASE)
""""add a mode function", "add a --count option", "add a dry run flag", "add a timeout of 30 seconds": the
words name what is added."""


def only_logs(revised: str, original: str, request: str) -> bool:
    """Whether a revision of code only adds lines that log or print, where the request speaks of no output.
    The adapter's habit when it does not know how: asked to "add a dry run flag" or that "readConfig should
    throw a clear error when the file is missing", it added ``console.log("readConfig", file);``."""
    if _SPEAKS_OF_OUTPUT.search(request):
        return False
    before = [line.strip() for line in original.splitlines() if line.strip()]
    after = [line.strip() for line in revised.splitlines() if line.strip()]
    steps = SequenceMatcher(None, before, after, autojunk=False).get_opcodes()
    if any(kind in ("replace", "delete") for kind, *_ in steps):
        return False
    added = [line for kind, _, _, start, end in steps if kind == "insert" for line in after[start:end]]
    return bool(added) and all(_LOG_LINE.match(line) for line in added)


_LOG_LINE = re.compile(r"(?:console\.(?:log|debug|info|warn|error)|print|(?:self\.)?log(?:ger|ging)?\.\w+|"
                       r"System\.out\.print\w*|fmt\.Print\w*)\s*\(", re.IGNORECASE)
_SPEAKS_OF_OUTPUT = re.compile(r"\b(?:log\w*|print\w*|debug\w*|trace|tracing|verbose|output|echo|show|display|report|"
                               r"warn\w*|console|message)\b", re.IGNORECASE)


def throws_nothing(revised: str, original: str, request: str) -> bool:
    """Whether a revision for a request that asks for an error to be raised or thrown ("readConfig should throw a
    clear error when the file is missing", "raise ValueError on an empty list") raises or throws no more than the
    original did. A revision that changes nothing is no such answer: it proposes nothing anyway."""
    if not _ASKS_TO_THROW.search(request) or _INSTEAD.search(request) or revised.split() == original.split():
        return False
    return len(_THROWS.findall(revised)) <= len(_THROWS.findall(original))


_ASKS_TO_THROW = re.compile(r"\bthrows?\b|\braises?\s+(?:\S+\s+){0,2}?\w*(?:error|exception)\b", re.IGNORECASE)
"""Not "raise the limit to 50", which asks for a bigger number."""
_THROWS = re.compile(r"\b(?:raise|throw|reject)\b")


def annotates_nothing(revised: str, original: str, request: str, language: str) -> bool:
    """Whether a revision of Python for a request for type hints (``_ASKS_FOR_TYPES``) has no more annotated
    parameters, return types and variables than the original. Asked to "add type hints" to a to-do module, the
    adapter added a docstring instead."""
    if language != "python" or not _ASKS_FOR_TYPES.search(request):
        return False
    before, after = _annotations(original), _annotations(revised)
    return before is not None and after is not None and after <= before


_ASKS_FOR_TYPES = re.compile(r"\b(?:type[\s-]*hints?|type\s+annotations?|annotate|add\s+(?:the\s+)?types|typing)\b", re.IGNORECASE)


def _annotations(code: str) -> int | None:
    """How many annotations Python ``code`` has; None where it does not parse."""
    try:
        tree = ast.parse(code)
    except SyntaxError:
        return None
    count = 0
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            arguments = node.args.posonlyargs + node.args.args + node.args.kwonlyargs + [node.args.vararg, node.args.kwarg]
            count += sum(1 for argument in arguments if argument is not None and argument.annotation is not None)
            count += node.returns is not None
        elif isinstance(node, ast.AnnAssign):
            count += 1
    return count


def dropped_for_also(revised: str, original: str, request: str, language: str) -> list[str]:
    """What a revision of code or settings for a request that adds to what is there ("also test on python
    3.12", "summarize should also report the smallest amount") no longer has: a definition, even one the request
    names, or a number or quoted string. Asked so, the model replaced ``python-version: "3.11"`` with "3.12", and
    renamed ``summarize`` ``smallest``."""
    if not _ALSO.search(request) or REMOVES.search(names_masked(request, original, language)) or _INSTEAD.search(request):
        return []
    kept = set(declared_names(revised, language)) if language in LANGUAGE_NAMES else set()
    names = [name for name in declared_names(original, language) if name not in kept] if language in LANGUAGE_NAMES else []
    values = [value for value in dict.fromkeys(_VALUE.findall(original)) if value not in revised]
    return names + values


_ALSO = re.compile(r"\b(?:also|too|as\s+well|in\s+addition)\b", re.IGNORECASE)
_VALUE = re.compile(r"\"[^\"\n]*\"|'[^'\n]*'|(?<![\w.])\d+(?:\.\d+)*(?![\w.])")


PLACEHOLDER_NOTE = "see the tests for examples."
"""The text of the comments the training data puts above a function (training/rules.py ``comment_above``): it
teaches where a comment goes, not what it says, so a revision that writes it has written no comment of its own."""


def kept_as(new: str, old: str) -> bool:
    """Whether the stripped line ``new`` is ``old``, or ``old`` with a comment after it."""
    return new == old or (new.startswith(old) and new[len(old) :].lstrip().startswith(("#", "//", "/*")))


def breaks_syntax(revised: str, original: str, language: str, request: str = "") -> bool:
    """Whether a revision of code that parsed does not: a small model sometimes answers a code request with a
    sentence of prose ("The default port should be 8080."), and proposing that would break the user's program.
    A port the request asks for ("convert this to typescript") is checked in the language it names."""
    accepted = [language, *(name for name, words in _LANGUAGE_WORDS.items() if words.search(request))]
    return parses_cleanly(original, language) and not any(parses_cleanly(revised, name) for name in accepted)


_LANGUAGE_WORDS = {
    "python": re.compile(r"\bpython\b", re.IGNORECASE),
    "javascript": re.compile(r"\b(?:javascript|js|node)\b", re.IGNORECASE),
    "typescript": re.compile(r"\b(?:typescript|ts)\b", re.IGNORECASE),
    # "go" and "C" are also words and letters ("let it go", "plan C"): they name a language only as a port's goal
    "go": re.compile(r"(?i:\bgolang\b)|\b(?:to|in|into)\s+(?:Go\b|go\s*[.!?]*$)"),
    "rust": re.compile(r"\brust\b", re.IGNORECASE),
    "c": re.compile(r"\b(?:to|in|into)\s+C\b(?![#+])"),
    "cpp": re.compile(r"C\+\+|\bcpp\b", re.IGNORECASE),
    "java": re.compile(r"\bjava\b", re.IGNORECASE),
    "ruby": re.compile(r"\bruby\b", re.IGNORECASE),
    "php": re.compile(r"\bphp\b", re.IGNORECASE),
    "csharp": re.compile(r"\bC#|\bc-?sharp\b", re.IGNORECASE),
    "lua": re.compile(r"\blua\b", re.IGNORECASE),
    "kotlin": re.compile(r"\bkotlin\b", re.IGNORECASE),
    "swift": re.compile(r"\bswift\b", re.IGNORECASE),
}
"""How a request names a code language to port to."""


def changes_interpreter(revised: str, original: str, request: str) -> bool:
    """Whether a revision rewrites the script's first line, ``#!/usr/bin/env bash``, which the request does not
    speak of: asked to "keep only the last 7 days of backups", the model made a bash script (``set -o
    pipefail``) a ``#!/bin/sh`` one, which runs it under another shell."""
    if not original.startswith("#!") or _NAMES_INTERPRETER.search(request):
        return False
    return revised.partition("\n")[0].strip() != original.partition("\n")[0].strip()


_NAMES_INTERPRETER = re.compile(r"#!|\b(?:shebang|hashbang|interpreter|shell|posix|sh|bash|zsh|dash|ksh|fish|env|"
                                r"python\d?|node|deno|bun|ruby|perl|php)\b", re.IGNORECASE)
