"""The open document, read-only, where the user selects the text a request is about.

Prose wraps at the pane's edge (a paragraph is often one long line); code does not, so its indentation
and line structure stay as the editor shows them.

Comments are drawn on the text itself: each anchored span is highlighted and its lines carry a marker in
the gutter; moving the cursor into a span tells the app which comment is under it (its text is shown in
the comments list below the document).
"""

from __future__ import annotations

import bisect
import json

import tree_sitter
from rich.segment import Segment
from rich.text import Text
from textual.geometry import Offset
from textual.message import Message
from textual.strip import Strip
from textual.widgets import TextArea
from textual.widgets.text_area import Selection

from companion.behaviors.comment import Comment
from companion.documents import Document, grammar, grammar_file, is_prose
from companion.quick_actions import QuickAction

HIGHLIGHT_LANGUAGES = {"markdown": "markdown", "python": "python", "javascript": "javascript", "typescript": "javascript",
                       "tsx": "javascript", "go": "go", "rust": "rust",
                       "bash": "bash", "java": "java", "c": "c", "cpp": "cpp", "ruby": "ruby", "php": "php", "lua": "lua", "swift": "swift", "csharp": "csharp",
                       "kotlin": "kotlin"}
OWN_HIGHLIGHTS = {"c": ("c",), "cpp": ("c", "cpp"), "ruby": ("ruby",), "php": ("php",), "lua": ("lua",), "swift": ("swift",)}
"""Languages Textual has no highlight query for, coloured by the queries their grammars' packages ship (C++'s
adds to C's)."""
GENERATED_HIGHLIGHTS = ("csharp", "kotlin")
"""Languages whose grammar's package ships no highlight query: coloured by one made from the grammar itself."""
HIGHLIGHT_SUFFIXES = {".html": "html", ".htm": "html", ".yaml": "yaml", ".yml": "yaml"}
"""Files of no language of their own here (a page, settings) that Textual can still colour, by their grammar."""

COMMENT_MARKER = "◆"


def generated_highlights(language: tree_sitter.Language) -> str:
    """A highlight query made from a grammar alone: its keywords (the words it parses as tokens of their own), and
    its comments, strings, numbers and booleans by their node's name."""
    kinds = [(language.node_kind_for_id(i), language.node_kind_is_named(i)) for i in range(language.node_kind_count)
             if language.node_kind_is_visible(i)]
    keywords = sorted({kind for kind, named in kinds if not named and kind.isidentifier() and kind.islower()})
    captures = {kind: capture for kind, named in kinds if named and (capture := _capture_of(kind))}
    return "\n".join([f"[{' '.join(json.dumps(word) for word in keywords)}] @keyword",
                      *(f"({kind}) @{capture}" for kind, capture in sorted(captures.items()))])


def _capture_of(kind: str) -> str:
    if "comment" in kind:
        return "comment"
    if kind.endswith("string_literal"):
        return "string"
    if kind in ("integer_literal", "real_literal", "number_literal", "float_literal"):
        return "number"
    return "boolean" if kind == "boolean_literal" else ""


class DocumentView(TextArea):
    COMPONENT_CLASSES = TextArea.COMPONENT_CLASSES | {"document-view--comment", "document-view--comment-marker"}

    DEFAULT_CSS = """
    DocumentView { height: 1fr; border: round $panel; }
    DocumentView:focus { border: round $accent; }
    DocumentView > .document-view--comment { background: $warning 25%; text-style: underline; }
    DocumentView > .document-view--comment-marker { color: $warning; text-style: bold; }
    """

    class CommentUnderCursor(Message):
        """The cursor moved into the span of ``comment`` (its index in the shown comments)."""

        def __init__(self, index: int) -> None:
            super().__init__()
            self.index = index

    def __init__(self, **kwargs) -> None:
        super().__init__(read_only=True, show_line_numbers=True, soft_wrap=False, **kwargs)
        for language, grammars in OWN_HIGHLIGHTS.items():
            if query := "\n".join(grammar_file(name, "queries/highlights.scm") for name in grammars).strip():
                self.register_language(language, grammar(language), query)
        for language in GENERATED_HIGHLIGHTS:
            self.register_language(language, grammar(language), generated_highlights(grammar(language)))
        self.document_model: Document | None = None
        self._line_starts: list[int] = [0]
        self.comments: tuple[Comment, ...] = ()
        self._comment_columns: dict[int, list[tuple[int, int | None]]] = {}
        self._comment_under_cursor: int | None = None

    def bind_quick_actions(self, actions: list[QuickAction]) -> None:
        """Give each quick action with a key a binding here, where the selection it acts on is made (so the
        keys never reach the request input's typing). Textual has no public per-instance bind yet."""
        for action in actions:
            if action.key:
                self._bindings.bind(action.key, f"app.quick_action('{action.name}')", action.label, show=False)

    def show(self, document: Document) -> None:
        """Display ``document``, keeping the cursor and scroll position when the same file is shown again."""
        same_file = self.document_model is not None and self.document_model.path == document.path
        cursor, scroll = self.cursor_location, self.scroll_offset
        self.document_model = document
        self._line_starts = [0]
        for line in document.text.splitlines(keepends=True):
            self._line_starts.append(self._line_starts[-1] + len(line))
        if not same_file:
            self.show_comments(())
        language = HIGHLIGHT_LANGUAGES.get(document.language) or HIGHLIGHT_SUFFIXES.get(document.path.suffix.lower())
        self.language = language if language in self.available_languages else None
        self.soft_wrap = is_prose(document.path)
        self.load_text(document.text)
        self.border_title = document.path.name
        if same_file:  # a save in the editor must not lose the user's place
            last_row = self.document.line_count - 1
            self.cursor_location = (min(cursor[0], last_row), cursor[1]) if cursor[0] > last_row else cursor
            self.scroll_to(scroll.x, scroll.y, animate=False)

    # --- comments ------------------------------------------------------------------------------------

    def show_comments(self, comments: tuple[Comment, ...]) -> None:
        """Highlight the spans of ``comments`` (stale ones are no longer in the text, so they are left out)."""
        self.comments = tuple(comments)
        self._comment_columns = {}
        for comment in self.comments:
            if comment.stale or self.document_model is None:
                continue
            (first_row, first_column), (last_row, last_column) = self._location(comment.start), self._location(comment.end)
            for row in range(first_row, last_row + 1):
                start = first_column if row == first_row else 0
                end = last_column if row == last_row else None
                self._comment_columns.setdefault(row, []).append((start, end))
        self._comment_under_cursor = None
        self._line_cache.clear()  # TextArea caches rendered lines by cursor and scroll, not by our highlights
        self.refresh()

    def get_line(self, line_index: int) -> Text:
        line = super().get_line(line_index)
        spans = self._comment_columns.get(line_index)
        if spans:
            style = self.get_component_rich_style("document-view--comment", partial=True)
            for start, end in spans:
                line.stylize(style, start, end)
        return line

    def render_line(self, y: int) -> Strip:
        """The TextArea's line, with a comment marker in the gutter's margin on lines that have comments."""
        strip = super().render_line(y)
        screen_row = y + self.scroll_offset.y
        if screen_row >= self.wrapped_document.height:
            return strip
        row, column = self.wrapped_document.offset_to_location(Offset(0, screen_row))
        gutter = self.gutter_width
        if row not in self._comment_columns or column > 0 or not self.show_line_numbers or gutter < 2:
            return strip  # a wrapped line's marker goes on its first screen row, beside its number
        marker = Segment(COMMENT_MARKER + " ", self.get_component_rich_style("document-view--comment-marker", partial=True))
        return Strip.join([strip.crop(0, gutter - 2), Strip([marker], 2), strip.crop(gutter, strip.cell_length)])

    def on_text_area_selection_changed(self, event: TextArea.SelectionChanged) -> None:
        if not self.comments or self.document_model is None:
            return
        offset = self._offset(event.selection.end)
        under = next((i for i, c in enumerate(self.comments) if not c.stale and c.start <= offset < max(c.end, c.start + 1)), None)
        if under is not None and under != self._comment_under_cursor:
            self.post_message(self.CommentUnderCursor(under))
        self._comment_under_cursor = under

    # --- offsets -------------------------------------------------------------------------------------

    def selection_span(self) -> tuple[int, int] | None:
        """The selected text as offsets into the document's exact text, or None when nothing is selected."""
        if self.document_model is None or self.selection.is_empty:
            return None
        start, end = sorted((self.selection.start, self.selection.end))
        return self._offset(start), self._offset(end)

    def _offset(self, location: tuple[int, int]) -> int:
        row, column = location
        if row >= len(self._line_starts) - 1:
            return len(self.document_model.text)
        return self._line_starts[row] + column

    def select_span(self, start: int, end: int) -> None:
        """Select the document's [start, end) (offsets into its exact text) and scroll it into view."""
        self.selection = Selection(self._location(start), self._location(end))
        self.scroll_cursor_visible()

    def _location(self, offset: int) -> tuple[int, int]:
        row = bisect.bisect_right(self._line_starts, offset) - 1
        row = max(0, min(row, len(self._line_starts) - 1))
        return row, offset - self._line_starts[row]
