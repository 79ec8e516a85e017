"""The production engine: a GGUF model run in-process by llama-cpp-python.

llama-cpp-python keeps the tokens of the last prompt and re-evaluates only what differs, so requests
that share a prefix (the same instructions and document) start quickly; prompts are built with the
stable parts first for that reason.
"""

from __future__ import annotations

import ctypes
import json
import math
import os
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path

from companion.engine.base import (
    Branch,
    Cancelled,
    CancelToken,
    EngineError,
    EngineInfo,
    GenerationRequest,
    GenerationStats,
)

DEFAULT_CONTEXT = 4096
"""Enough for a section, its neighbours and the instructions; the KV cache for more costs memory for nothing."""
_LOAD_LOCK = threading.Lock()


def available_threads() -> int:
    """The CPU cores this process may actually run on (not every core of the machine)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # macOS and Windows have no affinity call
        return max(1, os.cpu_count() or 1)


def cpu_advertises_amx() -> bool:
    """Intel AMX is advertised by some virtual machines that then fault on its first instruction."""
    try:
        with open("/proc/cpuinfo", encoding="ascii", errors="replace") as cpuinfo:
            return any(line.startswith("flags") and " amx_tile" in line for line in cpuinfo)
    except OSError:
        return False


@contextmanager
def _without_extra_buffer_types(llama_cpp_module) -> Iterator[None]:
    """Load with ``use_extra_bufts`` off, which keeps llama.cpp's AMX kernels out of the graph.

    llama-cpp-python builds with -march=native, so a machine that advertises AMX gets AMX kernels, and
    where the hypervisor does not really allow AMX they crash the process (seen on this project's CI
    machines). ``Llama`` exposes no argument for this flag, so its default-params function is swapped
    for the duration of the load, under a lock.
    """
    low_level = llama_cpp_module.llama_cpp
    original = low_level.llama_model_default_params

    def without_extra_buffers():
        params = original()
        params.use_extra_bufts = False
        return params

    with _LOAD_LOCK:
        low_level.llama_model_default_params = without_extra_buffers
        try:
            yield
        finally:
            low_level.llama_model_default_params = original


@contextmanager
def _quiet_native_stderr() -> Iterator[None]:
    """Silence what llama.cpp's C code prints on file descriptor 2 while loading; it would tear the TUI."""
    try:
        saved = os.dup(2)
    except OSError:
        yield
        return
    with open(os.devnull, "w") as devnull:
        os.dup2(devnull.fileno(), 2)
        try:
            yield
        finally:
            os.dup2(saved, 2)
            os.close(saved)


def gpu_available() -> bool:
    import llama_cpp

    return bool(llama_cpp.llama_supports_gpu_offload())


class LlamaEngine:
    """An ``Engine`` over ``llama_cpp.Llama``; one generation at a time (the model is not thread-safe)."""

    def __init__(
        self,
        model_path: Path,
        *,
        name: str | None = None,
        context_length: int | None = None,
        threads: int | None = None,
        gpu_layers: int | None = None,
        lora_path: Path | None = None,
        seed: int = 0,
    ) -> None:
        import llama_cpp

        self._llama_cpp = llama_cpp
        threads = threads or available_threads()
        if gpu_layers is None:
            gpu_layers = -1 if gpu_available() else 0
        n_ctx = context_length or DEFAULT_CONTEXT
        guard = _without_extra_buffer_types(llama_cpp) if cpu_advertises_amx() else nullcontext()
        try:
            with guard, _quiet_native_stderr():
                self._llm = llama_cpp.Llama(
                    model_path=str(model_path),
                    n_ctx=n_ctx,
                    n_threads=threads,
                    n_threads_batch=threads,
                    n_gpu_layers=gpu_layers,
                    lora_path=str(lora_path) if lora_path else None,
                    seed=seed,
                    verbose=False,
                )
        except (ValueError, RuntimeError, OSError) as error:
            raise EngineError(
                f"llama.cpp could not load {model_path}: the file is damaged, truncated or not a supported "
                f"GGUF model ({error}). Delete it and run companion again to re-create the default, or pass "
                "--model PATH to another GGUF file."
            ) from error
        self._adapter_applied = lora_path is not None
        self._grammars: dict[str, object] = {}
        self.last_stats = GenerationStats()
        self.info = EngineInfo(
            name=name or Path(model_path).stem,
            path=str(model_path),
            context_length=n_ctx,
            threads=threads,
            gpu_layers=gpu_layers,
            adapter=str(lora_path) if lora_path else "",
        )

    def count_tokens(self, text: str) -> int:
        return len(self._tokenize(text))

    def stream(self, request: GenerationRequest, cancel: CancelToken | None = None) -> Iterator[str]:
        prompt_tokens = self._tokenize(request.prompt)
        room = self.info.context_length - len(prompt_tokens)
        if room < 16:
            raise EngineError(
                f"The prompt needs {len(prompt_tokens)} tokens but the model's context holds "
                f"{self.info.context_length}. Select a smaller part of the document, or raise "
                "context_length in the config."
            )
        self._use_adapter(request.adapter)
        cached = self._llm.longest_token_prefix(self._llm._input_ids, prompt_tokens) if self._llm.n_tokens else 0
        stats = GenerationStats(prompt_tokens=len(prompt_tokens), cached_prompt_tokens=cached)
        self.last_stats = stats
        grammar = self._grammar(request)
        recorder = None
        if request.record_branches and not request.temperature and not grammar:
            recorder = _StepRecorder(self._first_tokens(request.watch))
        started = time.perf_counter()
        chunks = self._llm.create_completion(
            prompt_tokens,
            max_tokens=min(request.max_tokens, room),
            stop=list(request.stop) or None,
            temperature=request.temperature,
            seed=request.seed,
            grammar=grammar,
            logits_processor=[recorder] if recorder else None,
            stream=True,
        )
        generated = []
        try:
            for chunk in chunks:
                if cancel is not None and cancel.cancelled:
                    raise Cancelled()
                choice = chunk["choices"][0]
                text = choice["text"]
                stats.finish_reason = choice.get("finish_reason") or stats.finish_reason
                if not text and choice.get("finish_reason"):
                    break  # the closing chunk carries the finish reason, not a token
                if stats.first_token_seconds is None:
                    stats.first_token_seconds = time.perf_counter() - started
                stats.generated_tokens += 1
                stats.seconds = time.perf_counter() - started
                if text:
                    generated.append(text)
                    yield text
        finally:
            chunks.close()
            stats.seconds = time.perf_counter() - started
        if recorder:
            stats.logprob, stats.branches, stats.watched = recorder.branches(self._llm, "".join(generated))

    def _use_adapter(self, wanted: bool) -> None:
        """Switch the LoRA adapter on or off for the context; the cached prompt was computed with the other
        weights, so it is dropped (prompts of one kind keep sharing their prefix between switches)."""
        adapter = self._llm._lora_adapter
        if adapter is None or wanted == self._adapter_applied:
            return
        llama_cpp = self._llama_cpp
        if wanted:
            adapters = (llama_cpp.llama_adapter_lora_p_ctypes * 1)(adapter)
            scales = (ctypes.c_float * 1)(self._llm.lora_scale)
            result = llama_cpp.llama_set_adapters_lora(self._llm._ctx.ctx, adapters, 1, scales)
        else:
            result = llama_cpp.llama_set_adapters_lora(self._llm._ctx.ctx, None, 0, None)
        if result != 0:
            raise EngineError("llama.cpp could not switch the model's LoRA adapter.")
        self._adapter_applied = wanted
        self._llm.reset()

    def choose(self, prompt: str, choices: list[str]) -> str:
        """The model's pick among ``choices``, constrained by a grammar so it can only be one of them.

        When the choices start with different tokens, the first token decides: one forward pass over
        the prompt (mostly served from the prefix cache) and a single constrained sample.
        """
        if not choices:
            raise ValueError("choose() needs at least one choice")
        first_tokens = {tuple(self._tokenize_continuation(choice)[:1]) for choice in choices}
        decided_by_first = len(first_tokens) == len(choices)
        alternatives = " | ".join(json.dumps(choice) for choice in choices)
        request = GenerationRequest(
            prompt=prompt,
            max_tokens=1 if decided_by_first else max(len(self._tokenize_continuation(c)) for c in choices) + 1,
            grammar=f"root ::= {alternatives}",
        )
        text = "".join(self.stream(request))
        return text if text in choices else _closest(text, choices)

    def _first_tokens(self, texts: tuple[str, ...]) -> dict[int, str]:
        """Each text's first token, mapped to the text: the token that begins it as the model would write it."""
        return {self._tokenize_continuation(text)[0]: text for text in texts if text}

    def _tokenize_continuation(self, text: str) -> list[int]:
        return self._llm.tokenize(text.encode("utf-8"), add_bos=False, special=False)

    def _tokenize(self, text: str) -> list[int]:
        return self._llm.tokenize(text.encode("utf-8"), add_bos=True, special=True)

    def _grammar(self, request: GenerationRequest):
        if request.json_schema is not None:
            key = "schema:" + json.dumps(request.json_schema, sort_keys=True)
        elif request.grammar is not None:
            key = "gbnf:" + request.grammar
        else:
            return None
        if key not in self._grammars:
            grammar_class = self._llama_cpp.LlamaGrammar
            if request.json_schema is not None:
                self._grammars[key] = grammar_class.from_json_schema(json.dumps(request.json_schema), verbose=False)
            else:
                self._grammars[key] = grammar_class.from_string(request.grammar, verbose=False)
        return self._grammars[key]


class _StepRecorder:
    """A logits processor that changes nothing and notes, at each greedy step, the token taken, the runner-up
    tokens and their log-probabilities, and those of the ``watched`` tokens (each the first token of a text the
    caller watches for). Greedy decoding with no penalties (the engine sets none) takes the top token, so the
    token taken is known here, before it is sampled."""

    RUNNERS_UP = 2

    def __init__(self, watched: dict[int, str] | None = None) -> None:
        self.watched = watched or {}
        self.steps: list[list[tuple[int, float]]] = []
        self.watched_steps: list[list[tuple[int, float]]] = []

    def __call__(self, input_ids, logits):
        import numpy

        # Over a 262k-token vocabulary, a contiguous copy, three argmax passes and one exp in place take a
        # fifth of the time of a partition and a temporary on the strided view llama-cpp-python passes.
        values = numpy.array(logits, dtype=numpy.float32)
        ranked = []
        for _ in range(1 + self.RUNNERS_UP):
            token = int(values.argmax())
            ranked.append((token, float(values[token])))
            values[token] = -numpy.inf
        peak = ranked[0][1]
        watched = [(token, float(logits[token])) for token in self.watched]
        values -= peak
        numpy.exp(values, out=values)
        normaliser = peak + math.log(float(values.sum()) + sum(math.exp(logit - peak) for _, logit in ranked))
        self.steps.append([(token, logit - normaliser) for token, logit in ranked])
        self.watched_steps.append([(token, logit - normaliser) for token, logit in watched])
        return logits

    def branches(self, llm, text: str) -> tuple[float, list[Branch], list[Branch]]:
        """The log-probability of ``text``, its branches, and the watched texts begun at each step, up to the
        step that ended it (the rest of a stop string's tokens are left out)."""
        logprob, found, watched, taken = 0.0, [], [], b""
        for step, watched_step in zip(self.steps, self.watched_steps, strict=True):
            offset = len(taken.decode("utf-8", errors="ignore"))
            for token, alternative in step[1:]:
                try:  # a token that is part of a character's bytes is no text to continue from
                    found.append(Branch(offset, llm.detokenize([token]).decode("utf-8"), alternative, logprob))
                except UnicodeDecodeError:
                    pass
            watched += [Branch(offset, self.watched[token], chance, logprob) for token, chance in watched_step]
            token, chosen = step[0]
            logprob += chosen  # at the end, the first token of the stop: how sure the model was to end here
            if offset >= len(text):
                break
            taken += llm.detokenize([token])
        return logprob, found, watched


def _closest(text: str, choices: list[str]) -> str:
    """A generation cut short by max_tokens is a prefix of exactly the choice it was heading for."""
    matching = [choice for choice in choices if choice.startswith(text)]
    if not matching:
        raise EngineError(f"The model answered {text!r}, which is none of {choices}; its grammar was not applied.")
    return matching[0]
