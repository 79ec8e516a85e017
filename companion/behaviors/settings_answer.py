"""Answers to "what is the tax rate?" of code or a settings file, quoted from the line that sets it.

Asked "what is the tax rate?" of a module that says ``const TAX_RATE = 0.2;``, the model explained what a tax
rate is, in circles, until it repeated itself. The value a question names is plain from the line that sets it:
the one named number (``figures.named_numbers``) or true-or-false setting whose name's words are the question's,
the port the code listens on, or, in a settings file, the one line labelled so (``labels.labelled_values``: "log level" is ``level`` under
``[logging]``). The user reads the line itself, and can judge it.
"""

from __future__ import annotations

import re

from companion.behaviors.figures import named_numbers, spoken
from companion.behaviors.labels import labelled_values
from companion.behaviors.ports import listening_port
from companion.behaviors.quoted import stem, stems
from companion.behaviors.switches import SWITCH_SETTING
from companion.documents import Document, is_config, is_prose

_ASKS_A_VALUE = re.compile(
    r"^\s*(?:what(?:'s|’s|\s+is|\s+are)|which\s+is)\s+(?:the\s+|its\s+|our\s+|my\s+)?(?P<what>[^?]+?)"
    r"(?:\s+(?:set\s+to|now|currently|at|here|in\s+(?:here|this\s+file|the\s+code)))?\s*\??\s*$"
    r"|^\s*how\s+many\s+(?P<many>[a-z][\w -]*?)\s+(?:are\s+there|(?:does|will)\s+it\s+(?:run|have|use|start|keep|allow)"
    r"|do\s+we\s+(?:run|have|use|start|keep|allow)|(?:are|is)\s+(?:set|configured|allowed))\s*\??\s*$",
    re.IGNORECASE,
)
"""A question that asks what a setting is: "what is the tax rate?", "what's the default timeout?", "what is the
log level set to?", "how many replicas does it run?"."""
_NOT_A_NAME = frozenset(stem(word) for word in ("value", "setting", "current", "default", "max", "maximum", "min",
                                                "minimum", "number", "num", "size", "count", "mode", "flag"))
"""Words a question may call a setting by that its name need not have, nor the question: ``MAX_RETRIES`` is "the
retries" and "the maximum retries"."""
_UNITS = frozenset(stem(word) for word in ("ms", "millis", "seconds", "secs", "minutes", "mins", "hours", "days",
                                           "percent", "pct", "bytes", "kb", "mb"))
"""Units a name carries that a question need not say: ``TIMEOUT_SECONDS`` is "the timeout"."""


def setting_answer(request: str, document: Document, selection: tuple[int, int] | None = None) -> str | None:
    """The line of the code or settings ``document`` (or its selection) that sets the one value a question
    names, quoted; None for any other question, for prose, and where no one line or more than one sets it."""
    asked = _ASKS_A_VALUE.match(request)
    if not asked or is_prose(document.path):
        return None
    what = asked["what"] or asked["many"]
    said = stems(what) - _NOT_A_NAME
    if not said:
        return None
    text = document.text[selection[0] : selection[1]] if selection is not None else document.text
    found = [match.start() for match in [*named_numbers(text), *SWITCH_SETTING.finditer(text)]
             if _names(spoken(match["name"] or match.groupdict().get("keyword") or ""), said)]
    if not found and said == {stem("port")}:
        found = [port.start() for port in listening_port(text)][:1]  # "app.listen(3000, …)"
    if not found and is_config(document.path):
        found = [start for start, _ in labelled_values(text, what, config=True)]
    lines = {_line_at(text, start) for start in found}
    if len(lines) != 1:
        return None
    return f"The file says: `{lines.pop()}`"


def _names(name: str, said: set[str]) -> bool:
    """Whether a setting called ``name`` is the one the question's words ``said`` name: the same words, less
    those of how it is used and its unit."""
    words = stems(name) - _NOT_A_NAME
    return bool(words) and (words == said or words - _UNITS == said)


def _line_at(text: str, position: int) -> str:
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    return text[start : end if end != -1 else len(text)].strip()
