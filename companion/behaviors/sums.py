"""A running total in Python written with the built-in ``sum`` ("net_total should use sum", "use the built-in
sum in average"), made without the model.

The loop it replaces has one shape, read line by line so that a module with an error elsewhere can still be
changed::

    total = 0
    for line in lines:
        total += line.amount
    return total

becomes ``return sum(line.amount for line in lines)`` (``sum(values)`` where each item is added as it is), and
where the total is used again (``return total / len(values)``), ``total = sum(values)`` stands in for the loop.
A loop that does anything else, a total that starts elsewhere than zero, or more than one such loop where the
request names no function, is left to the model. The small model had proposed nothing.
"""

from __future__ import annotations

import re

ASKS_FOR_SUM = re.compile(r"\b(?:use|using|with)\s+(?:the\s+)?(?:built-?in\s+|python'?s\s+)?`?sum(?:\(\))?`?(?:\s+function)?\b",
                          re.IGNORECASE)
_LOOP = re.compile(
    r"^(?P<indent>[ \t]*)(?P<total>[A-Za-z_]\w*)[ \t]*=[ \t]*0(?:\.0)?[ \t]*\n"
    r"(?P=indent)for[ \t]+(?P<item>[A-Za-z_]\w*)[ \t]+in[ \t]+(?P<items>[^\n:]+?)[ \t]*:[ \t]*\n"
    r"(?P<body_indent>(?P=indent)[ \t]+)(?P=total)[ \t]*\+=[ \t]*(?P<added>[^\n#]+?)[ \t]*\n"
    r"(?![ \t]*\n?(?P=body_indent)\S)"
    r"(?:(?P=indent)return[ \t]+(?P=total)[ \t]*\n)?",
    re.MULTILINE,
)


def summed(code: str, request: str) -> str | None:
    """``code`` with the running total the request points at written with ``sum``; None where the request does
    not ask for ``sum`` or there is not exactly one such loop where it points (in the function it names, or in
    the whole module)."""
    if not ASKS_FOR_SUM.search(request):
        return None
    loops = [loop for loop in _LOOP.finditer(code) if _function_at(code, loop.start()) is not None]
    named = [loop for loop in loops if re.search(rf"\b{re.escape(_function_at(code, loop.start()))}\b", request)]
    chosen = named or (loops if not _names_a_function(code, request) else [])
    if len(chosen) != 1:
        return None
    loop = chosen[0]
    added, item, items = loop["added"].strip(), loop["item"], loop["items"].strip()
    total = items if added == item else f"{added} for {item} in {items}"
    if re.search(rf"\b{re.escape(item)}\b", items):
        return None
    if loop.group().rstrip("\n").endswith(f"return {loop['total']}"):
        written = f"{loop['indent']}return sum({total})\n"
    else:
        written = f"{loop['indent']}{loop['total']} = sum({total})\n"
    return code[: loop.start()] + written + code[loop.end() :]


def _function_at(code: str, at: int) -> str | None:
    """The name of the function whose body has the line at ``at``."""
    indent = len(re.match(r"[ \t]*", code[at:]).group())
    for match in reversed(list(re.finditer(r"^(?P<indent>[ \t]*)(?:async\s+)?def\s+(?P<name>\w+)", code[:at], re.MULTILINE))):
        if len(match["indent"]) < indent:
            return match["name"]
    return None


def _names_a_function(code: str, request: str) -> bool:
    return any(re.search(rf"\b{re.escape(name)}\b", request) for name in re.findall(r"^[ \t]*(?:async\s+)?def\s+(\w+)", code, re.MULTILINE))
