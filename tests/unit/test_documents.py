"""Documents split into contiguous sections that join back to the file byte for byte."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from companion.documents import Document, SelectionError, language_for, split_sections

LANGUAGES = ["markdown", "python", "javascript", "typescript", "tsx", "text"]

MARKDOWN = """Preamble line.

# Coffee

Coffee beans are seeds.

## History

- Ethiopia
- Yemen

```python
print("brew")
```

## Brewing

Use fresh water.
"""

PYTHON = '''"""Module docstring."""
import os

CONSTANT = 3

# Adds two numbers.
def add(a, b):
    return a + b


@decorator
class Thing:
    def method(self):
        return 1


if __name__ == "__main__":
    add(1, 2)
'''

JAVASCRIPT = """import fs from "fs";

export function read(path) {
  return fs.readFileSync(path, "utf8");
}

const double = (x) => x * 2;
const LIMIT = 10;

class Queue {
  push(item) {}
}
"""


def joined(text: str, language: str) -> str:
    return "".join(section.text for section in split_sections(text, language))


@pytest.mark.parametrize(
    "text, language",
    [(MARKDOWN, "markdown"), (PYTHON, "python"), (JAVASCRIPT, "javascript"), (JAVASCRIPT, "typescript")],
)
def test_sections_join_back_to_the_exact_text(text, language):
    assert joined(text, language) == text
    assert joined(text.replace("\n", "\r\n"), language) == text.replace("\n", "\r\n")


def test_markdown_splits_into_blocks_that_know_their_headings():
    sections = split_sections(MARKDOWN, "markdown")
    kinds = [s.kind for s in sections]
    assert kinds == [
        "paragraph", "atx_heading", "paragraph", "atx_heading", "list", "fenced_code_block", "atx_heading", "paragraph",
    ]
    assert sections[4].title.startswith("Coffee > History")
    assert sections[7].title == "Coffee > Brewing: Use fresh water."


def test_python_splits_by_top_level_definition_with_leading_comments():
    sections = split_sections(PYTHON, "python")
    titles = [s.title for s in sections]
    assert titles == ['"""Module docstring."""', "def add(a, b):", "class Thing:", 'if __name__ == "__main__":']
    assert sections[1].text.startswith("# Adds two numbers.\ndef add")
    assert sections[2].text.startswith("@decorator\nclass Thing")


def test_javascript_treats_exports_classes_and_function_constants_as_definitions():
    titles = [s.title for s in split_sections(JAVASCRIPT, "javascript")]
    assert titles == ['import fs from "fs";', "export function read(path) {", "const double = (x) => x * 2;", "const LIMIT = 10;", "class Queue {"]


def test_plain_text_splits_into_paragraphs_keeping_blank_lines_with_the_one_before():
    sections = split_sections("First.\nStill first.\n\n\nSecond.\n\nThird", "text")
    assert [s.text for s in sections] == ["First.\nStill first.\n\n\n", "Second.\n\n", "Third"]


PAGE = """<!DOCTYPE html>
<html>
<head>
  <title>Bakery</title>
</head>
<body>
  <header>
    <h1>Maple Street Bakery</h1>
    <p>Fresh bread <em>every</em> morning.</p>
  </header>
  <ul>
    <li>Saturday: 8am to 4pm</li>
    <li>Sunday: closed</li>
  </ul>
</body>
</html>
"""


def test_a_web_page_without_blank_lines_splits_at_its_block_elements_keeping_lists_whole():
    document = Document.from_text(Path("index.html"), PAGE)
    assert document.language == "text"  # a page is text to every check; only its sections come from its elements
    assert [section.kind for section in document.sections] == ["preamble", "head", "title", "header", "h1", "p", "ul"]
    assert document.sections[-1].text == "  <ul>\n    <li>Saturday: 8am to 4pm</li>\n    <li>Sunday: closed</li>\n  </ul>\n</body>\n</html>\n"
    assert "".join(section.text for section in document.sections) == PAGE


def test_byte_offsets_and_character_offsets_both_index_the_same_section():
    text = "Café au lait ☕\n\nSecond paragraph é.\n"
    data = text.encode()
    for section in split_sections(text, "text"):
        assert text[section.start : section.end] == section.text
        assert data[section.start_byte : section.end_byte].decode() == section.text


@pytest.mark.parametrize("language", LANGUAGES)
def test_empty_and_whitespace_only_documents_have_one_section(language):
    assert joined("", language) == ""
    assert len(split_sections("\n\n  \n", language)) == 1


@settings(max_examples=150, deadline=None)
@given(text=st.text(alphabet=st.characters(codec="utf-8"), max_size=400), language=st.sampled_from(LANGUAGES))
def test_any_text_round_trips_in_every_language(text, language):
    sections = split_sections(text, language)
    assert "".join(s.text for s in sections) == text
    assert all(a.end == b.start for a, b in zip(sections, sections[1:]))


@settings(max_examples=100, deadline=None)
@given(
    pieces=st.lists(
        st.sampled_from(["# H\n", "## Sub\n", "text line\n", "\n", "- item\n", "```\n", "def f():\n", "    x = 1\n",
                         "class A:\n", "// c\n", "# c\n", "function g() {\n", "}\n", "\r\n", "> q\n", "ü", "{", "'"]),
        max_size=40,
    ),
    language=st.sampled_from(LANGUAGES),
)
def test_structured_looking_text_round_trips(pieces, language):
    text = "".join(pieces)
    assert joined(text, language) == text


def test_language_comes_from_the_file_extension():
    assert language_for(Path("a.MD")) == "markdown"
    assert language_for(Path("a.py")) == "python"
    assert language_for(Path("a.tsx")) == "tsx"
    assert language_for(Path("notes")) == "text"


def test_a_selection_must_occur_exactly_once():
    document = Document.from_text(Path("a.txt"), "one two one")
    assert document.find("two") == (4, 7)
    with pytest.raises(SelectionError, match="occurs 2 times"):
        document.find("one")
    with pytest.raises(SelectionError, match="does not occur"):
        document.find("three")


def test_the_dominant_line_ending_is_detected():
    assert Document.from_text(Path("a.txt"), "a\r\nb\r\nc\n").newline == "\r\n"
    assert Document.from_text(Path("a.txt"), "a\nb\n").newline == "\n"
