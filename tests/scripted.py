"""A scripted Engine for UI and session tests: the real protocol, with answers chosen by the test."""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterator

import pytest

from companion.behaviors.route import route
from companion.engine.base import CancelToken, Cancelled, EngineInfo, GenerationRequest, GenerationStats
from companion.session import Session
from companion.workspace import Workspace


class ScriptedEngine:
    """Answers each generation with ``reply(prompt)`` up to the request's first stop string, as llama.cpp does,
    streamed word by word; ``choose`` picks ``choice(prompt, choices)``."""

    def __init__(
        self,
        reply: Callable[[str], str],
        choice: Callable[[str, list[str]], str] = lambda prompt, choices: choices[0],
        gate: threading.Event | None = None,
    ) -> None:
        self.reply = reply
        self.choice = choice
        self.gate = gate  # when given, each piece waits for it: lets a test cancel mid-generation
        self.prompts: list[str] = []
        self.info = EngineInfo(name="scripted")
        self.last_stats = GenerationStats()

    def stream(self, request: GenerationRequest, cancel: CancelToken | None = None) -> Iterator[str]:
        self.prompts.append(request.prompt)
        self.last_stats = GenerationStats(prompt_tokens=len(request.prompt.split()), finish_reason="stop", seconds=0.01)
        reply = self.reply(request.prompt)
        stops = [reply.find(stop) for stop in request.stop if stop in reply]
        for word in re.findall(r"\s*\S+|\s+", reply[: min(stops, default=len(reply))]):
            if self.gate is not None:
                self.gate.wait(timeout=10)
            if cancel is not None and cancel.cancelled:
                raise Cancelled()
            self.last_stats.generated_tokens += 1
            yield word

    def choose(self, prompt: str, choices: list[str]) -> str:
        return self.choice(prompt, choices)

    def count_tokens(self, text: str) -> int:
        return len(text.split())


def never_asked() -> ScriptedEngine:
    """An engine that fails the test when asked anything: for changes the runtime makes without the model."""
    return ScriptedEngine(lambda prompt: pytest.fail("the model was asked"),
                          lambda prompt, choices: pytest.fail("routed by the model"))


def proposed_without_the_model(repo, path: str, text: str, request: str):
    """The proposal for ``request`` of ``path`` holding ``text``, having asserted that the request is routed as an
    edit and that neither the routing nor the edit asks the model."""
    (repo / path).write_text(text)
    never = never_asked()
    assert route(never, request, path, False, document=text) == "edit"
    return Session(never, Workspace(repo), None).propose_edit(path, request)
