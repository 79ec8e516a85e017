"""Documents and their sections: the units a targeted edit may replace.

A document is split at boundaries only, so its sections are contiguous and cover every byte: joining them
gives back the file exactly, for any input (malformed code and Markdown included). Markdown splits into
blocks (each with the headings above it), code into top-level definitions (comments directly above a
definition belong to it), plain text into paragraphs.
"""

from __future__ import annotations

import importlib
import importlib.resources
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import tree_sitter

from companion.code_sections import code_starts, line_start
from companion.files import FileContent, content_hash
from companion.headings import (
    HEADING_MARKS,
    MARKED_HEADINGS,
    UNDERLINE,
    underlined_heading,
)


class SelectionError(ValueError):
    """The selected text is not in the document exactly once."""


@dataclass(frozen=True)
class Section:
    """A slice of a document: ``start``/``end`` index its text, ``start_byte``/``end_byte`` its UTF-8 bytes."""

    index: int
    kind: str
    start: int
    end: int
    start_byte: int
    end_byte: int
    title: str
    text: str


@dataclass(frozen=True)
class Document:
    """A file's text as read from disk, split into sections."""

    path: Path
    text: str
    language: str
    sections: tuple[Section, ...]
    content_hash: str

    @classmethod
    def from_file_content(cls, path: Path, content: FileContent) -> "Document":
        language = language_for(path)
        return cls(
            path=path,
            text=content.text,
            language=language,
            sections=tuple(split_sections(content.text, _sectioned_as(path, language))),
            content_hash=content.content_hash,
        )

    @classmethod
    def from_text(cls, path: Path, text: str) -> "Document":
        """A document that is not (yet) on disk, stored as UTF-8."""
        language = language_for(path)
        return cls(path, text, language, tuple(split_sections(text, _sectioned_as(path, language))),
                   content_hash(text.encode()))

    @property
    def newline(self) -> str:
        """The line ending the file mostly uses, so that inserted lines match their neighbours."""
        crlf = self.text.count("\r\n")
        return "\r\n" if crlf and crlf >= self.text.count("\n") - crlf else "\n"

    def find(self, fragment: str) -> tuple[int, int]:
        """The (start, end) of ``fragment``, which must occur exactly once; SelectionError says otherwise."""
        count = self.text.count(fragment) if fragment else 0
        if count != 1:
            where = "does not occur" if count == 0 else f"occurs {count} times"
            raise SelectionError(f"The selection {where} in {self.path.name}; select text that appears exactly once.")
        start = self.text.index(fragment)
        return start, start + len(fragment)

    def sections_overlapping(self, start: int, end: int) -> list[Section]:
        """Sections that share at least one character with [start, end), or contain the point ``start``."""
        return [s for s in self.sections if s.start < max(end, start + 1) and start < s.end]


CODE_LANGUAGES = {
    ".py": "python",
    ".pyi": "python",
    ".js": "javascript",
    ".mjs": "javascript",
    ".cjs": "javascript",
    ".jsx": "javascript",
    ".ts": "typescript",
    ".mts": "typescript",
    ".cts": "typescript",
    ".tsx": "tsx",
    ".go": "go",
    ".rs": "rust",
    ".sh": "bash",
    ".bash": "bash",
    ".c": "c",
    ".h": "c",
    ".cpp": "cpp",
    ".cc": "cpp",
    ".cxx": "cpp",
    ".hpp": "cpp",
    ".hh": "cpp",
    ".hxx": "cpp",
    ".java": "java",
    ".rb": "ruby",
    ".rake": "ruby",
    ".gemspec": "ruby",
    ".php": "php",
    ".cs": "csharp",
    ".lua": "lua",
    ".kt": "kotlin",
    ".kts": "kotlin",
    ".swift": "swift",
}
MARKDOWN_SUFFIXES = {".md", ".markdown", ".mdown", ".mkd"}
LANGUAGE_NAMES = {"python": "Python", "javascript": "JavaScript", "typescript": "TypeScript", "tsx": "TSX", "go": "Go",
                  "rust": "Rust", "bash": "Bash", "c": "C", "cpp": "C++",
                  "java": "Java", "ruby": "Ruby", "php": "PHP",
                  "csharp": "C#", "lua": "Lua", "kotlin": "Kotlin",
                  "swift": "Swift"}
"""How each code language is written in a message to the user."""

PROSE_LANGUAGES = ("markdown", "text", "org", "asciidoc")
"""The languages of writing rather than code: no syntax to break, paragraphs rather than definitions."""
PROSE_SUFFIXES = {".org": "org", ".adoc": "asciidoc", ".asciidoc": "asciidoc"}
"""Writing marked up other than in Markdown: Org's "*" headings, AsciiDoc's "=" headings."""


PLAIN_TEXT_SUFFIXES = {"", ".txt", ".text", ".rst", ".fountain"}
"""Plain text, reStructuredText, and Fountain screenplays (scene headings, names over their lines, all in plain text)."""


def is_prose(path: Path) -> bool:
    """Writing rather than code or configuration: Markdown, Org, AsciiDoc, plain text, reStructuredText, a file without an extension
    other than a Makefile, a Dockerfile, a dotfile (``.gitignore``, ``.bashrc``) or a Gemfile and its like."""
    return language_for(path) in ("markdown", *PROSE_SUFFIXES.values()) or (
        path.suffix.lower() in PLAIN_TEXT_SUFFIXES and not is_build_file(path)
                                                and not path.name.startswith(".") and path.name not in RUBY_FILES)


HTML_SUFFIXES = {".html", ".htm", ".xhtml"}


def is_html(path: Path) -> bool:
    return path.suffix.lower() in HTML_SUFFIXES


def _sectioned_as(path: Path, language: str) -> str:
    """How a file is cut into sections: as its language, but a web page (text to every other check) by its
    elements, since it may have no blank line to cut at."""
    return "html" if is_html(path) else language


def is_makefile(path: Path) -> bool:
    return path.name.lower() in ("makefile", "gnumakefile") or path.suffix.lower() == ".mk"


def is_dockerfile(path: Path) -> bool:
    name = path.name.lower()
    return name in ("dockerfile", "containerfile") or name.startswith("dockerfile.") or path.suffix.lower() == ".dockerfile"


def is_build_file(path: Path) -> bool:
    return is_makefile(path) or is_dockerfile(path)


CONFIG_SUFFIXES = {".yaml", ".yml", ".toml", ".ini", ".cfg", ".conf", ".env", ".properties", ".tf", ".tfvars", ".hcl"}


def is_config(path: Path) -> bool:
    """A file of settings, one "name: value" or "name = value" to a line: YAML, TOML, INI, a ``.env``, Terraform's HCL."""
    return path.suffix.lower() in CONFIG_SUFFIXES or path.name.lower() == ".env"


def language_for(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix in MARKDOWN_SUFFIXES:
        return "markdown"
    return CODE_LANGUAGES.get(suffix) or PROSE_SUFFIXES.get(suffix) or RUBY_FILES.get(path.name, "text")


RUBY_FILES = dict.fromkeys(("Gemfile", "Rakefile", "Vagrantfile", "Podfile", "Guardfile", "Brewfile", "Capfile",
                            "Fastfile", "Dangerfile", "config.ru"), "ruby")
"""Files of Ruby named without its suffix, by the tools that read them (Bundler, Rake, Vagrant, CocoaPods…)."""


_GRAMMARS = {"markdown": ("tree_sitter_markdown", "language"), "python": ("tree_sitter_python", "language"),
             "javascript": ("tree_sitter_javascript", "language"), "html": ("tree_sitter_html", "language"),
             "go": ("tree_sitter_go", "language"), "rust": ("tree_sitter_rust", "language"),
             "yaml": ("tree_sitter_yaml", "language"), "typescript": ("tree_sitter_typescript", "language_typescript"),
             "tsx": ("tree_sitter_typescript", "language_tsx"), "bash": ("tree_sitter_bash", "language"),
             "c": ("tree_sitter_c", "language"), "cpp": ("tree_sitter_cpp", "language"),
             "java": ("tree_sitter_java", "language"), "ruby": ("tree_sitter_ruby", "language"),
             "php": ("tree_sitter_php", "language_php"), "php_alone": ("tree_sitter_php", "language_php_only"),
             "csharp": ("tree_sitter_c_sharp", "language"), "lua": ("tree_sitter_lua", "language"),
             "kotlin": ("tree_sitter_kotlin", "language"), "swift": ("tree_sitter_swift", "language"),
             "hcl": ("tree_sitter_hcl", "language")}
"""Each language's grammar package and the function in it that gives the grammar, imported when first needed."""


@cache
def grammar(language: str) -> tree_sitter.Language:
    package, entry = _GRAMMARS[language]
    return tree_sitter.Language(getattr(importlib.import_module(package), entry)())


def grammar_file(language: str, name: str) -> str:
    """A file the grammar's package ships beside it, such as its ``queries/highlights.scm``; "" where it has none."""
    found = importlib.resources.files(_GRAMMARS[language][0]).joinpath(name)
    return found.read_text(encoding="utf-8") if found.is_file() else ""


@cache
def _parser(language: str) -> tree_sitter.Parser:
    return tree_sitter.Parser(grammar(language))


def syntax_tree(code: str, language: str) -> tree_sitter.Tree:
    """tree-sitter's reading of ``code``, in any language with a grammar here: every code language, HTML, YAML and
    Markdown."""
    return _parser(_grammar_for(code, language)).parse(code.encode("utf-8"))


def _grammar_for(code: str, language: str) -> str:
    """PHP with an opening tag (``<?php``, ``<?=``) is read with the HTML around it, as a page is; a piece without
    one (a section or a selection of a PHP file, a revision of it) as PHP alone."""
    return "php_alone" if language == "php" and not re.search(r"<\?(?:php\b|=)", code) else language


def node_text(node: tree_sitter.Node | None) -> str:
    """A node's source text; "" for no node (a field the grammar left out)."""
    return "" if node is None else node.text.decode("utf-8")


def descendants(node: tree_sitter.Node) -> Iterator[tree_sitter.Node]:
    """Every named node under ``node``, in document order."""
    for child in node.named_children:
        yield child
        yield from descendants(child)


def spelled_out(code: str) -> str:
    """``code`` with its names split into words: ``count_words`` as "count words", ``readConfig`` as "read Config"."""
    return re.sub(r"([a-z0-9])([A-Z])", r"\1 \2", code).replace("_", " ")


def parses_cleanly(text: str, language: str) -> bool:
    """Whether code is free of syntax errors; prose always is (Markdown has no invalid input)."""
    if language in PROSE_LANGUAGES:
        return True
    return not syntax_tree(text, language).root_node.has_error


def split_sections(text: str, language: str) -> list[Section]:
    data = text.encode("utf-8")
    if language in ("text", "org", "asciidoc") or not text.strip():
        starts = [(byte, "setext_heading" if underlined_heading(_block_at(data, byte)) else kind)
                  for byte, kind in _paragraph_starts(data)]
        if language in HEADING_MARKS:
            starts = _marked_heading_starts(data, starts, MARKED_HEADINGS[HEADING_MARKS[language]])
    else:
        tree = syntax_tree(text, language)
        if language == "markdown":
            starts = _markdown_starts(tree.root_node)
        elif language == "html":
            starts = _html_starts(tree.root_node, data)
        else:
            starts = code_starts(tree.root_node, language)
    return _sections_from_starts(text, data, starts, language)


def _marked_heading_starts(data: bytes, starts: list[tuple[int, str]], marked: re.Pattern[str]) -> list[tuple[int, str]]:
    """The paragraphs of Org or AsciiDoc cut also at each heading line, as tree-sitter cuts Markdown's: a heading is
    a section of its own, and what follows it on the next line starts another (Org writes "* Spring" right above
    "** Sow tomatoes")."""
    cuts = dict(starts)
    for line in re.finditer(rb"^[^\n]*", data, re.MULTILINE):
        if marked.match(line.group(0).decode("utf-8", errors="replace")):
            cuts[line.start()] = "atx_heading"
            following = line.end() + 1
            if following < len(data) and data[following:following + 1].strip() and following not in cuts:
                cuts[following] = "paragraph"
    return sorted(cuts.items())


def _sections_from_starts(text: str, data: bytes, starts: list[tuple[int, str]], language: str) -> list[Section]:
    """Cut at each start byte: contiguous slices that cover all of ``data``, whatever the parser said."""
    cuts: dict[int, str] = {0: starts[0][1] if starts and starts[0][0] == 0 else "preamble"}
    for byte, kind in starts:
        if 0 < byte < len(data):
            cuts[byte] = kind
    ordered = sorted(cuts.items())
    sections: list[Section] = []
    char = 0
    headings: list[tuple[int, str]] = []
    for index, (start_byte, kind) in enumerate(ordered):
        end_byte = ordered[index + 1][0] if index + 1 < len(ordered) else len(data)
        piece = data[start_byte:end_byte].decode("utf-8")
        title = _title(piece, kind, language, headings)
        sections.append(Section(index, kind, char, char + len(piece), start_byte, end_byte, title, piece))
        char += len(piece)
    return sections


_CODE_PREFIXES = ("#", "//", "/*", "*", "@", "--")
def _title(piece: str, kind: str, language: str, headings: list[tuple[int, str]]) -> str:
    """A short label for the locator: the heading path for the blocks of Markdown and plain text, the first line
    otherwise."""
    lines = [line.strip() for line in piece.splitlines() if line.strip()]
    first_line = lines[0][:80] if lines else ""
    if language not in PROSE_LANGUAGES:
        return next((line for line in lines if not line.startswith(_CODE_PREFIXES)), first_line)[:80]
    if kind in ("atx_heading", "setext_heading"):
        mark = first_line[:1]  # "#", or Org's "*", AsciiDoc's "="
        level = len(first_line) - len(first_line.lstrip(mark)) if kind == "atx_heading" else underlined_heading(piece) or 1
        name = first_line.lstrip(mark).strip() if kind == "atx_heading" else next(
            line for line in lines if not UNDERLINE.fullmatch(line))
        while headings and headings[-1][0] >= level:
            headings.pop()
        headings.append((level, name))
    path = " > ".join(name for _, name in headings)
    return f"{path}: {first_line}" if path and kind not in ("atx_heading", "setext_heading") else (path or first_line)


def _markdown_starts(root: tree_sitter.Node) -> list[tuple[int, str]]:
    starts: list[tuple[int, str]] = []

    def visit(node: tree_sitter.Node) -> None:
        for child in node.named_children:
            if child.type == "section":
                visit(child)
            else:
                starts.append((child.start_byte, child.type))

    visit(root)
    return starts


_HTML_BLOCKS = frozenset(re.findall(r"\S+", """head header nav main section article aside footer form table ul ol dl
    blockquote pre figure h1 h2 h3 h4 h5 h6 p div title"""))
"""Elements that start a section of a web page where they begin a line: its parts, headings and paragraphs; a
list or a table stays whole, like a Markdown list."""


def _html_starts(root: tree_sitter.Node, data: bytes) -> list[tuple[int, str]]:
    """The start of each line that opens a block element (``_HTML_BLOCKS``), a script, a style or a comment."""
    starts: list[tuple[int, str]] = []

    def visit(node: tree_sitter.Node) -> None:
        for child in node.named_children:
            tag = child.named_children[0] if child.named_children else None
            name = tag.named_children[0].text.decode("utf-8").lower() if tag is not None and tag.named_children else ""
            block = child.type in ("script_element", "style_element", "comment") or (
                child.type == "element" and name in _HTML_BLOCKS)
            if block and not data[line_start(child) : child.start_byte].strip():
                starts.append((line_start(child), name or child.type))
            visit(child)

    visit(root)
    return starts


_BLANK_LINES = re.compile(rb"(?:\r?\n)[ \t]*(?:\r?\n)(?:[ \t]*\r?\n)*")


def _block_at(data: bytes, byte: int) -> str:
    """The paragraph of plain text that starts at ``byte``."""
    following = _BLANK_LINES.search(data, byte)
    return data[byte : following.start() if following else len(data)].decode("utf-8", errors="replace")


def _paragraph_starts(data: bytes) -> list[tuple[int, str]]:
    """Each paragraph starts after a run of blank lines; the blank lines stay with the paragraph before."""
    return [(0, "paragraph")] + [(match.end(), "paragraph") for match in _BLANK_LINES.finditer(data)]
