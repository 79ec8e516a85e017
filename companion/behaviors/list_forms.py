"""A list sorted ("sort the clothes alphabetically") or given another form ("turn the tips into a numbered list",
"use bullets instead of numbers", "make the packing list a checklist"), without the model.

Asked either of the first two of a packing list, the model answered with its own instructions. Both are exact:
the items, each with the lines indented under it, are put in order of their words (markup, case and a
checkbox aside), or keep their order under new markers; a numbered list is counted again from its first
number. Only a list is sorted or restyled here: prose turned into a list is the model's work."""

from __future__ import annotations

import re
from collections.abc import Callable

from companion.behaviors.lists import is_list, list_under
from companion.behaviors.removal import LIST_ITEM, Piece, pieces_of


def _what(name: str) -> str:
    """A group for the words that name the list, up to the words that say what to make of it."""
    return rf"(?P<{name}>(?:(?!\s+(?:in|into|to|as)\s).)*?)"


_SORTS = re.compile(
    rf"^\s*(?:please\s+)?(?:(?:sort|order|alphabeti[sz]e)\s+{_what('what')}(?:\s+(?:in\s+)?(?P<order>(?:reverse\s+)?"
    r"alphabetical(?:ly)?|a\s*(?:-|to)\s*z|z\s*(?:-|to)\s*a)(?:\s+order)?)?"
    rf"|put\s+{_what('put')}\s+in\s+(?P<put_order>(?:reverse\s+)?alphabetical)\s+order)[\s.!]*$",
    re.IGNORECASE)
_FORMS = {"numbered": r"(?:a\s+)?numbered\s+(?:list|steps)|numbers|an?\s+ordered\s+list",
          "bulleted": r"(?:a\s+)?(?:bullet(?:ed)?\s+(?:list|points)|bullets|bullet\s+list)|an?\s+unordered\s+list",
          "checklist": r"(?:a\s+)?(?:checklist|to-?do\s+list|task\s+list|checkboxes)"}
_FORM = "|".join(f"(?P<{name}>{pattern})" for name, pattern in _FORMS.items())
_RESTYLES = re.compile(
    rf"^\s*(?:please\s+)?(?:(?:turn|make|convert|change|format|rewrite|put)\s+{_what('what')}(?:\s+(?:into|to|as|in))?\s+(?:{_FORM})"
    r"|number\s+(?P<number>.+?)|use\s+(?P<use>numbers|bullets|checkboxes)(?:\s+(?:instead|for)\b.*)?"
    r"|(?P<add_checkboxes>add\s+checkboxes)(?:\s+to\s+(?P<checkboxes>.+?))?)[\s.!]*$",
    re.IGNORECASE)
_THE_LIST = re.compile(r"^(?:(?:the|this|that|my|our|these|those)\s+)?(?:whole\s+)?(?:list|items|bullets|points|"
                       r"steps|it|them|this|everything)?$", re.IGNORECASE)
_LIST_WORDS = re.compile(r"\s+(?:list|items|bullets|points)$", re.IGNORECASE)


def sorted_list(text: str, request: str) -> str | None:
    """``text`` with the list the request names sorted by its items' words; None when the request asks for no
    such sorting, names no one list, or the list is in that order already."""
    asked = _SORTS.match(request)
    if asked is None:
        return None
    target = _named_list(text, asked["what"] if asked["what"] is not None else asked["put"])
    if target is None:
        return None
    order = (asked["order"] or asked["put_order"] or "").lower()
    reverse = order.startswith(("reverse", "z"))
    items = _items(target.text)
    ordered = sorted(items, key=_sort_key, reverse=reverse)
    if ordered == items:
        return None
    new = _counted_again("".join(item if item.endswith("\n") else item + "\n" for item in ordered).rstrip("\n"))
    return text[: target.start] + new + text[target.end :]


def restyled_list(text: str, request: str) -> str | None:
    """``text`` with the list the request names in the form it asks for (numbered, bulleted, a checklist); None
    when the request asks for no such form, names no one list, or the list has that form already."""
    asked = _RESTYLES.match(request)
    if asked is None:
        return None
    if asked["number"] is not None:
        form, what = "numbered", asked["number"]
    elif asked["use"] is not None:
        form, what = {"numbers": "numbered", "bullets": "bulleted", "checkboxes": "checklist"}[asked["use"].lower()], ""
    elif asked["add_checkboxes"] is not None:
        form, what = "checklist", asked["checkboxes"] or ""
    else:
        form, what = next(name for name in _FORMS if asked[name]), asked["what"]
    target = _named_list(text, what, lambda piece: _form_of(piece.text) != form)
    if target is None:
        return None
    lines = target.text.split("\n")
    top = min(len(LIST_ITEM.match(line)["indent"]) for line in lines)
    bullet = "*" if re.search(r"^\s*\* ", text, re.MULTILINE) and not re.search(r"^\s*- ", text, re.MULTILINE) else "-"
    new, number = [], 0
    for line in lines:
        item = LIST_ITEM.match(line)
        if len(item["indent"]) != top:
            new.append(line)
            continue
        number += 1
        marker = f"{number}." if form == "numbered" else bullet
        checkbox = f"[{item['state']}] " if item["state"] is not None else ("[ ] " if form == "checklist" else "")
        new.append(f"{item['indent']}{marker} {checkbox}{item['text']}")
    restyled = "\n".join(new)
    return None if restyled == target.text else text[: target.start] + restyled + text[target.end :]


def _named_list(text: str, what: str, fits: Callable[[Piece], bool] = lambda piece: True) -> Piece | None:
    """The list ``what`` names: for "the list", "it", "the items", the only one in ``text`` (the only one that
    ``fits``: "use bullets" means the list that has none); else the list under the section it names ("the
    clothes", "the tips list")."""
    pieces = pieces_of(text)
    what = what.strip()
    if _THE_LIST.match(what):
        lists = [piece for piece in pieces if is_list(piece) and fits(piece)]
        return lists[0] if len(lists) == 1 else None
    name = _LIST_WORDS.sub("", re.sub(r"^(?:the|this|that|my|our|these|those)\s+", "", what, flags=re.IGNORECASE))
    return list_under(name, pieces)


def _form_of(list_text: str) -> str:
    """"numbered", "checklist" or "bulleted", by the list's first item."""
    item = LIST_ITEM.match(list_text.split("\n")[0])
    return "numbered" if item["marker"][0].isdigit() else "checklist" if item["state"] is not None else "bulleted"


def _items(list_text: str) -> list[str]:
    """The list's items, each with the lines indented under it."""
    lines = list_text.split("\n")
    top = min(len(LIST_ITEM.match(line)["indent"]) for line in lines)
    items: list[str] = []
    for line in lines:
        if len(LIST_ITEM.match(line)["indent"]) == top or not items:
            items.append(line)
        else:
            items[-1] += "\n" + line
    return items


def _sort_key(item: str) -> str:
    words = LIST_ITEM.match(item.split("\n")[0])["text"]
    return re.sub(r"[*_`~\[\]]", "", words).casefold()


def _counted_again(list_text: str) -> str:
    """A numbered list's top-level items numbered in order from its first number; a bulleted list as it is."""
    lines = list_text.split("\n")
    top = min(len(LIST_ITEM.match(line)["indent"]) for line in lines)
    numbers = [int(found[1]) for line in lines if (found := re.match(r"\s*(\d+)[.)]", line))
               and len(LIST_ITEM.match(line)["indent"]) == top]
    if not numbers:
        return list_text
    number = min(numbers) - 1
    counted = []
    for line in lines:
        item = LIST_ITEM.match(line)
        if len(item["indent"]) == top and item["marker"][0].isdigit():
            number += 1
            line = f"{item['indent']}{number}{item['marker'][-1]}{line[item.end('marker'):]}"
        counted.append(line)
    return "\n".join(counted)
