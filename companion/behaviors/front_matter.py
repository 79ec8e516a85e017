"""A Markdown post's front matter (the YAML between ``---`` lines at its top that Jekyll, Hugo and their kind
read) changed as a request asks, without the model: a tag added or removed, the post published or made a draft,
a setting switched.

Asked to "add a tag for food", "publish it" or "turn off draft" of a blog post with ``tags: [travel, lisbon]`` and
``draft: true``, the runtime had no rule and the front matter is no prose for the model to revise. A list of
tags is written as the post writes it (``[a, b]`` or one ``- item`` to a line), and a switch as the file writes
true and false.
"""

from __future__ import annotations

import re

from companion.behaviors.switches import switched

_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(?P<body>.*?\r?\n)---[ \t]*(?:\r?\n|\Z)", re.DOTALL)
_LIST_KEYS = r"tags|categories|keywords|authors|aliases|series"
_ADDS_TAG = re.compile(
    rf"^\s*(?:please\s+)?(?:add\s+(?:a|the|another)\s+(?P<kind>tag|category|keyword)\s+(?:for\s+|of\s+|called\s+)?"
    rf"[\"'“]?(?P<value>[\w .+#-]+?)[\"'”]?|tag\s+(?:it|this|the\s+post)\s+(?:with\s+|as\s+)?[\"'“]?(?P<value2>[\w .+#-]+?)[\"'”]?"
    rf"|add\s+[\"'“]?(?P<value3>[\w .+#-]+?)[\"'”]?\s+to\s+the\s+(?P<kind3>{_LIST_KEYS}))[\s.!]*$",
    re.IGNORECASE,
)
_REMOVES_TAG = re.compile(
    rf"^\s*(?:please\s+)?(?:(?:remove|drop|delete)\s+the\s+[\"'“]?(?P<value>[\w .+#-]+?)[\"'”]?\s+(?P<kind>tag|category|keyword)"
    rf"|untag\s+[\"'“]?(?P<value2>[\w .+#-]+?)[\"'”]?"
    rf"|(?:remove|drop|delete)\s+[\"'“]?(?P<value3>[\w .+#-]+?)[\"'”]?\s+from\s+the\s+(?P<kind3>{_LIST_KEYS}))[\s.!]*$",
    re.IGNORECASE,
)
_PUBLISHES = re.compile(r"^\s*(?:please\s+)?(?P<verb>publish|unpublish)\s+(?:it|this|the\s+post|the\s+page)[\s.!]*$"
                        r"|^\s*(?:please\s+)?(?:mark|make|set)\s+(?:it|this|the\s+post)\s+(?:as\s+)?(?:a\s+)?(?P<draft>draft)[\s.!]*$",
                        re.IGNORECASE)
_KIND_KEYS = {"tag": "tags", "category": "categories", "keyword": "keywords"}


def front_matter_changed(text: str, request: str) -> str | None:
    """``text`` with its front matter changed as the request asks; None where it has none or the request is not
    one of these changes, or nothing would change."""
    found = _FRONT_MATTER.match(text)
    if not found:
        return None
    body = found["body"]
    changed = _published(body, request) or switched(body, request) or _tags_changed(body, request)
    if changed is None or changed == body:
        return None
    return text[: found.start("body")] + changed + text[found.end("body") :]


def _published(body: str, request: str) -> str | None:
    asked = _PUBLISHES.match(request)
    if not asked or not re.search(r"^draft[ \t]*:", body, re.MULTILINE):
        return None
    on = bool(asked["draft"]) or asked["verb"].lower() == "unpublish"
    return switched(body, f"turn {'on' if on else 'off'} draft")


def _tags_changed(body: str, request: str) -> str | None:
    adding = _ADDS_TAG.match(request)
    removing = None if adding else _REMOVES_TAG.match(request)
    asked = adding or removing
    if not asked:
        return None
    value = next(asked[name] for name in ("value", "value2", "value3") if asked[name]).strip()
    kind = (asked["kind"] or asked["kind3"] or "tag").lower()
    key = _KIND_KEYS.get(kind, kind)
    inline = re.search(rf"^(?P<key>{key})[ \t]*:[ \t]*\[(?P<items>[^\]\n]*)\][ \t]*$", body, re.MULTILINE | re.IGNORECASE)
    if inline:
        items = [item.strip() for item in inline["items"].split(",") if item.strip()]
        quote = items[0][0] if items and items[0][0] in "\"'" else ""
        names = [item.strip("\"'") for item in items]
        if adding and value not in names:
            items.append(f"{quote}{value}{quote}")
        elif removing and value in names:
            del items[names.index(value)]
        else:
            return None
        return body[: inline.start("items")] + ", ".join(items) + body[inline.end("items") :]
    block = re.search(rf"^{key}[ \t]*:[ \t]*\r?\n(?P<items>(?:[ \t]*-[ \t]+[^\n]*\n)+)", body, re.MULTILINE | re.IGNORECASE)
    if not block:
        return None
    lines = block["items"].splitlines(keepends=True)
    names = [line.strip()[1:].strip().strip("\"'") for line in lines]
    if adding and value not in names:
        indent = re.match(r"[ \t]*-[ \t]+", lines[-1]).group()
        lines.append(f"{indent}{value}\n")
    elif removing and value in names:
        del lines[names.index(value)]
    else:
        return None
    return body[: block.start("items")] + "".join(lines) + body[block.end("items") :]
