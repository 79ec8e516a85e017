"""The one protocol every model backend implements.

Behaviours only ever talk to an ``Engine``: production uses llama-cpp-python, UI tests use a scripted
engine. Structured answers go through ``json_schema`` or ``choices`` so that even a tiny model cannot
return something unparseable.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable


class EngineError(Exception):
    """The model failed to load or to generate; the message is meant for the user."""


class Cancelled(Exception):
    """A generation was stopped by the user through its CancelToken."""


class CancelToken:
    """Shared between the UI thread and a generation, so that cancelling takes effect at the next token."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()


@dataclass(frozen=True)
class GenerationRequest:
    """Everything that determines one generation; the same request gives the same text (temperature 0)."""

    prompt: str
    max_tokens: int = 512
    stop: tuple[str, ...] = ()
    json_schema: dict | None = None
    grammar: str | None = None
    temperature: float = 0.0
    seed: int = 0
    adapter: bool = True
    """Apply the model's LoRA adapter, when it has one. Answers use the base weights, and a revision the adapter
    leaves unchanged is asked of them again (models/companion-270m.md says why)."""
    record_branches: bool = False
    """Record the text's log-probability and, at each step, the tokens ranked just below the one taken
    (GenerationStats.branches); greedy generations without a grammar only."""
    watch: tuple[str, ...] = ()
    """With ``record_branches``: texts whose first token's log-probability is noted at every step
    (GenerationStats.watched), so that the caller can see where the model would most readily have begun one."""


@dataclass(frozen=True)
class Branch:
    """A token the model nearly chose: at ``offset`` in the generated text it ranked ``text`` just below
    the token it took. Following it instead is the likeliest way for the answer to go differently there."""

    offset: int
    text: str
    logprob: float
    """Of this token, where it would have been taken."""
    prefix_logprob: float
    """Of the generated text before ``offset``."""


@dataclass
class GenerationStats:
    """Measured for the status line and the benchmarks."""

    prompt_tokens: int = 0
    cached_prompt_tokens: int = 0
    """Leading prompt tokens already in the KV cache from the previous request, so not evaluated again."""
    generated_tokens: int = 0
    seconds: float = 0.0
    first_token_seconds: float | None = None
    finish_reason: str | None = None
    """"stop" when the model ended (or hit a stop string), "length" when max_tokens cut it off, "loop" when the
    caller stopped it for repeating itself (``companion.behaviors.loops``)."""
    logprob: float | None = None
    """Of the generated text, when the request asked to record branches."""
    branches: list[Branch] = field(default_factory=list)
    watched: list[Branch] = field(default_factory=list)
    """For each step and each text of the request's ``watch``: that text, begun there (its ``logprob`` is
    its first token's), whether or not the model took that token."""

    @property
    def tokens_per_second(self) -> float:
        """Generation speed: tokens after the first, over the time after the first (prompt time excluded)."""
        if self.first_token_seconds is None or self.generated_tokens < 2:
            return 0.0
        decoding = self.seconds - self.first_token_seconds
        return (self.generated_tokens - 1) / decoding if decoding > 0 else 0.0


@dataclass(frozen=True)
class EngineInfo:
    """What the backend is and can do (capability flags, as Harlequin's adapters declare them)."""

    name: str
    path: str = ""
    context_length: int = 0
    threads: int = 0
    gpu_layers: int = 0
    adapter: str = ""
    """The LoRA adapter file applied on top of the weights, if any."""


@runtime_checkable
class Engine(Protocol):
    info: EngineInfo
    last_stats: GenerationStats

    def stream(self, request: GenerationRequest, cancel: CancelToken | None = None) -> Iterator[str]:
        """Yield the generated text piece by piece; raises Cancelled when ``cancel`` is set."""
        ...

    def choose(self, prompt: str, choices: list[str]) -> str:
        """Return the one of ``choices`` the model finds most likely to follow ``prompt``."""
        ...

    def count_tokens(self, text: str) -> int: ...


def generate(engine: Engine, request: GenerationRequest, cancel: CancelToken | None = None) -> str:
    """The whole text of a generation, for callers that do not stream."""
    return "".join(engine.stream(request, cancel))
