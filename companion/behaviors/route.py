"""The router: every request gets exactly one intent, chosen by the model among the five labels.

The choice is constrained (the model can only produce a label), never free text to parse. Without an
open document only ``answer`` and ``create`` are possible, so the other labels are not offered.

Some requests are edits without asking: a statement that dictates new words for the open document
("the flight home is at 21:05 now", "change september to october"), and one that gives the document a
statement to make ("mention that videos are skipped", ``STATEMENT``), which the adapter sent to inline
comments ("note that …", "point out that …") or the chat ("say that …"). The adapter answered such news about a
trip plan in the chat ("We are in the airport at 21:05."). A request the editor carries out exactly in prose
(``exact_prose_change``) is an edit too: the adapter sent "mark the dentist as done" to inline comments. A
dependency added to or taken out of a manifest (``dependency_change``) is one as well, and so are a Python module's
imports sorted or pruned, a running total written with ``sum`` and an optional field added to a record type
(``code_change``); measurements converted to
another system (``converted``) are a rewrite of the whole document, or an edit of the selection. A
question that quotes such a change ("why should the port be 8080?") is still left to the model.
"""

from __future__ import annotations

import re
from pathlib import Path

from companion.behaviors.asked_text import STATEMENT, dictated
from companion.behaviors.dependencies import dependency_change
from companion.behaviors.exact import exact_prose_change
from companion.behaviors.exact_edits import code_change
from companion.behaviors.measurements import converted
from companion.behaviors.prompts import INTENTS, render_route_prompt
from companion.documents import is_prose
from companion.engine.base import Engine

DOCUMENTLESS_INTENTS = ("answer", "create")


_ASKS = re.compile(r"^\s*(?:what|why|how|when|where|who|which|whose|explain|tell|describe|is|are|does|did)\b|\?\s*$",
                   re.IGNORECASE)
"""A question, or a request to be told something, even where it quotes a change ("why should the port be 8080?")."""

_SIGNS_OF = {
    "answer": re.compile(
        r"^\W*(?:what|wat|whats|why|how|when|where|who|which|whose|is|are|am|was|were|does|do|did|can|could|would|"
        r"should|will|has|have|had|explain|tell|describe|summari[sz]e|define|compare|suggest|recommend|give me|help|"
        r"translate|check (?:if|whether))\b|\?\s*$", re.IGNORECASE),
    "comment": re.compile(
        r"annotat|point\w* (?:\w+ )?out|\bflag|\bmark|comment|critiq|feedback|highlight|\bnotes?\b|review|proofread|"
        r"margin|inline|suggest|check|spot|catch|weak|wrong|mistake|typo|bug|issue|problem|unclear|confusing|"
        r"thoughts|opinion|don'?t (?:edit|change)|without (?:editing|changing)", re.IGNORECASE),
    "create": re.compile(
        r"\b(?:write|draft|compose|create|make|start|new|generate|prepare|produce|need|give me|gimme|put together|"
        r"set up|into a|separate|another|file|doc|document|module|script|tests|(?:a|an|some|the)\s+(?:unit\s+)?test|"
        r"test\s+(?:file|suite|module|case|plan)s?|version)\b", re.IGNORECASE),
}
"""What a request says, with a document open, when it asks a question about it (a question or a request to be
told), for inline comments, or for a new document. Where the model chose one of these for a request with no
such sign, it chooses again among the other labels: the adapter sent "mention my first aid certificate" to
comments and, asked again, to the chat; "address it to Mr Okafor" to a new document; "log each failed
attempt" in a Python module to comments, then to a new document. Edits and rewrites have too many shapes to
need a sign."""
_CONDITION = re.compile(r"\b(?:if|when|whenever|unless|in\s+case)\b.*$", re.IGNORECASE | re.DOTALL)
"""A condition the change is under, whose words name no new document: "exit if no file is given" had gone to
a new document for its "file"."""


def route(
    engine: Engine,
    request: str,
    path: str | None,
    has_selection: bool,
    allowed: tuple[str, ...] | None = None,
    *,
    document: str | None = None,
) -> str:
    """One of ``allowed`` (default: every intent that makes sense with or without an open document). Given the
    open ``document``'s text, a request that dictates new words for it, or that the editor makes exactly, is an
    edit. With a document open, the
    model's choice of a label the request shows no sign of (``_SIGNS_OF``) is made again without it."""
    allowed = allowed or (INTENTS if path else DOCUMENTLESS_INTENTS)
    if "edit" in allowed and not _ASKS.search(request) and (
            STATEMENT.match(request) or document and dictated(request, document)
            or document and is_prose(Path(path)) and exact_prose_change(document, request)
            or document and path and dependency_change(path, document, request)
            or document and path and code_change(document, request, Path(path)) is not None):
        return "edit"
    if (document and path and is_prose(Path(path)) and not _ASKS.search(request) and converted(document, request)
            and (intent := "edit" if has_selection else "rewrite") in allowed):
        return intent
    prompt = render_route_prompt(path, has_selection, request)
    left = list(allowed)
    while True:
        choice = engine.choose(prompt, [f" {intent}" for intent in left]).strip()
        signed = request if choice != "create" else _CONDITION.sub("", request)
        if not path or choice not in _SIGNS_OF or _SIGNS_OF[choice].search(signed) or choice not in left or len(left) == 1:
            return choice  # also the last label left, or one not offered (an engine that ignores the choices)
        left.remove(choice)

