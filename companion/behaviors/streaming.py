"""Running a generation to its end: streamed to the caller, and stopped where it falls into a loop."""

from __future__ import annotations

from collections.abc import Callable

from companion.behaviors.loops import ASKS_FOR_REPETITION, loop_start
from companion.engine.base import CancelToken, Engine, GenerationRequest

OnText = Callable[[str], None]


def collect(
    engine: Engine,
    request: GenerationRequest,
    cancel: CancelToken | None,
    on_text: OnText | None,
    *,
    shown: str | None = None,
    restarts: bool = True,
) -> str:
    """Run a generation to its end, passing each piece to ``on_text`` as it arrives.

    Given ``shown``, the text the model works from, a generation that falls into a loop (``loop_start``) is
    stopped there with the finish reason "loop"; the text returned still ends in the loop."""
    text = ""
    stream = engine.stream(request, cancel)
    try:
        for piece in stream:
            text += piece
            if on_text:
                on_text(piece)
            if shown is not None and loop_start(text, shown, restarts=restarts) is not None:
                engine.last_stats.finish_reason = "loop"
                break
    finally:
        stream.close()
    return text


def collect_before_loop(
    engine: Engine, request: GenerationRequest, cancel: CancelToken | None, on_text: OnText | None, *, shown: str, asked: str
) -> str:
    """A generation's text up to where it began repeating itself (finish reason "loop"): for drafts and answers,
    where what came before the loop is worth keeping. ``asked`` is the user's request."""
    restarts = not ASKS_FOR_REPETITION.search(asked)
    text = collect(engine, request, cancel, on_text, shown=shown, restarts=restarts)
    if engine.last_stats.finish_reason == "loop":
        text = text[: loop_start(text, shown, restarts=restarts)]
    return text
