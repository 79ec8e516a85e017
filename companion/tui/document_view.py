"""The open document, read-only, where the user selects the text a request is about."""

from __future__ import annotations

import bisect

from textual.widgets import TextArea
from textual.widgets.text_area import Selection

from companion.documents import Document

HIGHLIGHT_LANGUAGES = {"markdown": "markdown", "python": "python", "javascript": "javascript", "typescript": "javascript", "tsx": "javascript"}


class DocumentView(TextArea):
    DEFAULT_CSS = """
    DocumentView { height: 1fr; border: round $panel; }
    DocumentView:focus { border: round $accent; }
    """

    def __init__(self, **kwargs) -> None:
        super().__init__(read_only=True, show_line_numbers=True, soft_wrap=False, **kwargs)
        self.document_model: Document | None = None
        self._line_starts: list[int] = [0]

    def show(self, document: Document) -> None:
        """Display ``document``, keeping the cursor and scroll position when the same file is shown again."""
        same_file = self.document_model is not None and self.document_model.path == document.path
        cursor, scroll = self.cursor_location, self.scroll_offset
        self.document_model = document
        self._line_starts = [0]
        for line in document.text.splitlines(keepends=True):
            self._line_starts.append(self._line_starts[-1] + len(line))
        language = HIGHLIGHT_LANGUAGES.get(document.language)
        self.language = language if language in self.available_languages else None
        self.load_text(document.text)
        self.border_title = document.path.name
        if same_file:  # a save in the editor must not lose the user's place
            last_row = self.document.line_count - 1
            self.cursor_location = (min(cursor[0], last_row), cursor[1]) if cursor[0] > last_row else cursor
            self.scroll_to(scroll.x, scroll.y, animate=False)

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
