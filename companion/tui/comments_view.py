"""Inline comments on the open document: a list to move through, each jumping to its anchored span.

``s`` turns the highlighted comment's suggested replacement into an edit proposal, reviewed as usual.
"""

from __future__ import annotations

from textual.binding import Binding
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from companion.behaviors.comment import Comment, Review


class CommentsView(OptionList):
    DEFAULT_CSS = """
    CommentsView { height: auto; max-height: 12; border: round $panel; display: none; }
    CommentsView.-active { display: block; }
    """

    BINDINGS = [Binding("s", "use_suggestion", "Use suggestion"), Binding("x", "dismiss", "Dismiss comments")]

    class Selected(Message):
        def __init__(self, comment: Comment) -> None:
            super().__init__()
            self.comment = comment

    class SuggestionChosen(Message):
        def __init__(self, comment: Comment) -> None:
            super().__init__()
            self.comment = comment

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.review: Review | None = None

    def show(self, review: Review) -> None:
        self.review = review
        self.clear_options()
        for comment in review.comments:
            hint = "  [suggestion: s]" if comment.suggestion else ""
            self.add_option(Option(f"{comment.line}:{comment.column}  {comment.text}{hint}"))
        left_out = review.left_out()
        self.border_title = f"{len(review.comments)} comment(s) on {review.path}" + (f", {left_out}" if left_out else "")
        self.set_class(True, "-active")
        if review.comments:
            self.highlighted = 0

    def dismiss(self) -> None:
        self.review = None
        self.clear_options()
        self.remove_class("-active")

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if self.review is not None and event.option_index < len(self.review.comments):
            self.post_message(self.Selected(self.review.comments[event.option_index]))

    def action_use_suggestion(self) -> None:
        if self.review is None or self.highlighted is None:
            return
        comment = self.review.comments[self.highlighted]
        if comment.suggestion is None:
            self.app.notify("This comment has no suggested replacement.", severity="warning")
            return
        self.post_message(self.SuggestionChosen(comment))

    class Dismissed(Message):
        """The user closed the comments without using them (a decision for the feedback log)."""

        def __init__(self, review: Review) -> None:
            super().__init__()
            self.review = review

    def action_dismiss(self) -> None:
        if self.review is not None:
            self.post_message(self.Dismissed(self.review))
        self.dismiss()
