"""A web page's words as Markdown, for answering questions about it: its headings, paragraphs and list items,
without tags, scripts or styles.

Asked "what are the opening hours?" of a bakery's page, the model said the bakery opens on Sundays, which the
page says it does not. The rules that answer such questions from the text itself (a section's lines, the
sentence that states a fact) read Markdown headings and lists; a page has them as ``<h2>`` and ``<li>``, so the
page is read as the Markdown it amounts to (tree-sitter-html), and the model, where it is asked, is shown that too.
"""

from __future__ import annotations

import html
import re

import tree_sitter

from companion.documents import syntax_tree

_HEADINGS = {f"h{level}": level for level in range(1, 7)}
_BLOCKS = {"p", "li", "dt", "dd", "td", "th", "caption", "figcaption", "blockquote", "address", "pre", "summary",
           "button", "label", "option"}
_SKIPPED = {"head", "script", "style", "template", "noscript", "svg"}


def page_text(page: str) -> str:
    """The headings, paragraphs and list items of ``page`` (HTML) in order, as Markdown."""
    blocks: list[tuple[str, str]] = []
    _read(syntax_tree(page, "html").root_node, blocks)
    text = ""
    for index, (kind, line) in enumerate(blocks):
        if index:
            text += "\n" if kind == "li" and blocks[index - 1][0] == "li" else "\n\n"
        text += line
    return text + "\n" if text else ""


def _read(node: tree_sitter.Node, blocks: list[tuple[str, str]]) -> None:
    for child in node.named_children:
        if child.type in ("script_element", "style_element", "comment", "doctype"):
            continue
        if child.type != "element":
            if child.type == "text" and (words := _words(child.text.decode("utf-8"))):
                blocks.append(("text", words))
            continue
        tag = _tag(child)
        if tag in _SKIPPED:
            continue
        if tag in _HEADINGS or tag in _BLOCKS:
            words = _words(re.sub(r"<[^>]*>", " ", _inner(child)))
            if words:
                prefix = "#" * _HEADINGS[tag] + " " if tag in _HEADINGS else "- " if tag == "li" else ""
                blocks.append((tag, prefix + words))
            continue
        _read(child, blocks)


def _tag(element: tree_sitter.Node) -> str:
    start = element.named_children[0] if element.named_children else None
    name = start.child_by_field_name("name") if start is not None else None
    if name is None and start is not None:
        name = next((child for child in start.named_children if child.type == "tag_name"), None)
    return name.text.decode("utf-8").lower() if name is not None else ""


def _inner(element: tree_sitter.Node) -> str:
    """The source of what stands between an element's start and end tags."""
    children = element.named_children
    start = children[0].end_byte if children else element.start_byte
    end = children[-1].start_byte if len(children) > 1 and children[-1].type == "end_tag" else element.end_byte
    return element.text[start - element.start_byte : end - element.start_byte].decode("utf-8")


def _words(text: str) -> str:
    return re.sub(r"\s+([,.;:!?])", r"\1", " ".join(html.unescape(text).split()))
