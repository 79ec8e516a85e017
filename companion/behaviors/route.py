"""The router: every request gets exactly one intent, chosen by the model among the five labels.

The choice is constrained (the model can only produce a label), never free text to parse. Without an
open document only ``answer`` and ``create`` are possible, so the other labels are not offered.
"""

from __future__ import annotations

from companion.behaviors.prompts import INTENTS, render_route_prompt
from companion.engine.base import Engine

DOCUMENTLESS_INTENTS = ("answer", "create")


def route(
    engine: Engine, request: str, path: str | None, has_selection: bool, allowed: tuple[str, ...] | None = None
) -> str:
    """One of ``allowed`` (default: every intent that makes sense with or without an open document)."""
    allowed = allowed or (INTENTS if path else DOCUMENTLESS_INTENTS)
    choice = engine.choose(render_route_prompt(path, has_selection, request), [f" {intent}" for intent in allowed])
    return choice.strip()
