"""``scripts/bench``: how fast companion is, as ratios taken within one run so machine noise cancels.

Each figure pairs two measurements made side by side (interleaved, median of several rounds): companion's
engine against bare llama-cpp-python on the same loaded model, a second request against the first, a
large document against a small one. Nothing here asserts; the numbers go to the README.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import platform
import resource
import statistics
import sys
import time
from pathlib import Path

from companion.behaviors.edit import MalformedOutput, propose_edit
from companion.behaviors.route import route
from companion.documents import Document
from companion.engine.base import GenerationRequest
from companion.engine.llama import LlamaEngine
from companion.models import ModelError
from companion.runtime import Runtime

ROUNDS = 3
ROUTE_REQUESTS = [
    ("write a blog post about the history of coffee beans", None, False),
    ("what's the main argument here?", "essay.md", False),
    ("make this sentence punchier", "essay.md", True),
    ("review this code and point out bugs", "app.py", False),
    ("rewrite it in a formal tone", "letter.txt", False),
    ("how do i reverse a list in python", None, False),
]


def engine_overhead(engine: LlamaEngine, tokens: int) -> dict:
    """Generation tok/s through companion's engine divided by bare llama-cpp-python's, same model and threads."""
    prompt = "Write a long story about a lighthouse keeper and the sea.\n\n"
    ours, bare = [], []
    for _ in range(ROUNDS):
        engine._llm.reset()
        started = time.perf_counter()
        chunks = engine._llm.create_completion(prompt, max_tokens=tokens, temperature=0.0, stream=True)
        count = sum(1 for chunk in chunks if chunk["choices"][0]["text"])
        bare.append(count / (time.perf_counter() - started))
        engine._llm.reset()
        started = time.perf_counter()
        count = sum(1 for _ in engine.stream(GenerationRequest(prompt, max_tokens=tokens)))
        ours.append(count / (time.perf_counter() - started))
    return {
        "companion_tok_s": round(statistics.median(ours), 1),
        "bare_tok_s": round(statistics.median(bare), 1),
        "ratio": round(statistics.median(o / b for o, b in zip(ours, bare)), 3),
        "target": ">= 0.97",
    }


def adapter_cost(adapted: LlamaEngine, bare: LlamaEngine, tokens: int) -> dict:
    """Decode tok/s of the default (base + LoRA adapter) over the bare base's: the adapter's work per token."""
    prompt = "Write a long story about a lighthouse keeper and the sea.\n\n"
    speeds: dict[str, list[float]] = {"adapted": [], "bare": []}
    for _ in range(ROUNDS):
        for name, engine in (("bare", bare), ("adapted", adapted)):
            engine._llm.reset()
            for _ in engine.stream(GenerationRequest(prompt, max_tokens=tokens)):
                pass
            speeds[name].append(engine.last_stats.tokens_per_second)
    return {
        "adapted_tok_s": round(statistics.median(speeds["adapted"]), 1),
        "bare_tok_s": round(statistics.median(speeds["bare"]), 1),
        "ratio": round(statistics.median(a / b for a, b in zip(speeds["adapted"], speeds["bare"])), 3),
        "target": ">= 0.90 (otherwise merge the adapter into the base)",
    }


def branch_recording_cost(engine: LlamaEngine, tokens: int) -> dict:
    """Decode tok/s while recording branches (as a targeted edit's first generation does) over tok/s without."""
    prompt = "Write a long story about a lighthouse keeper and the sea.\n\n"
    speeds: dict[bool, list[float]] = {False: [], True: []}
    for _ in range(ROUNDS):
        for recording in (False, True):
            engine._llm.reset()
            for _ in engine.stream(GenerationRequest(prompt, max_tokens=tokens, record_branches=recording)):
                pass
            speeds[recording].append(engine.last_stats.tokens_per_second)
    return {
        "recording_tok_s": round(statistics.median(speeds[True]), 1),
        "plain_tok_s": round(statistics.median(speeds[False]), 1),
        "ratio": round(statistics.median(r / p for r, p in zip(speeds[True], speeds[False])), 3),
    }


def route_latency(engine: LlamaEngine) -> dict:
    route(engine, "warm up", None, False)
    times = []
    for _ in range(ROUNDS):
        for request, path, selected in ROUTE_REQUESTS:
            started = time.perf_counter()
            route(engine, request, path, selected)
            times.append(time.perf_counter() - started)
    return {"median_ms": round(statistics.median(times) * 1000, 1), "generated_tokens_per_decision": engine.last_stats.generated_tokens}


def prefix_reuse(engine: LlamaEngine, document: Document) -> dict:
    """Time to first token of a second edit request on the same section, over the first's.

    Each request's first generation is the one timed: when the adapter's revision comes back unusable, the
    retry on the base weights switches adapters, which drops the cache, and must not stand in for it."""
    ratios = []
    section = max(document.sections, key=lambda s: len(s.text))
    for round_number in range(ROUNDS):
        engine._llm.reset()
        firsts = []
        for request in (f"make this clearer ({round_number})", f"fix any typos ({round_number})"):
            region = (section.start, section.end)
            firsts.append(_first_generation_ttft(
                engine, lambda: propose_edit(engine, document, request, display_path=document.path.name, selection=region)))
        ratios.append(firsts[1] / firsts[0] if firsts[0] else 0.0)
    return {"second_over_first_ttft": round(statistics.median(ratios), 3), "target": "<= 0.2"}


def _first_generation_ttft(engine: LlamaEngine, action) -> float:
    """The time to first token of the first generation ``action`` makes (a malformed answer still measured it)."""
    timings, stream = [], engine.stream

    def timed(request, cancel=None):
        yield from stream(request, cancel)
        timings.append(engine.last_stats.first_token_seconds or 0.0)

    engine.stream = timed
    try:
        action()
    except MalformedOutput:
        pass
    finally:
        del engine.stream
    return timings[0] if timings else 0.0


def scale(engine: LlamaEngine, sizes: list[int]) -> dict:
    """Time to a first proposal for a targeted edit, by document size in words."""
    results = {}
    for words in sizes:
        document = Document.from_text(Path("long.md"), long_markdown(words))
        started = time.perf_counter()
        try:
            propose_edit(engine, document, "shorten the Chapter 7 section", display_path="long.md")
        except MalformedOutput:
            pass  # the time to an answer is what is measured, good or not
        results[words] = round(time.perf_counter() - started, 2)
    smallest, largest = min(sizes), max(sizes)
    return {"seconds_by_words": results, "largest_over_smallest": round(results[largest] / results[smallest], 3), "target": "<= 1.5"}


def long_markdown(words: int) -> str:
    paragraph = "The river bends past the old mill where the miller kept his ledgers and his cats. " * 4
    chapters, count, number = [], 0, 1
    while count < words:
        chapters.append(f"## Chapter {number}\n\n{paragraph.strip()}\n\n")
        count += len(paragraph.split()) + 2
        number += 1
    return "# A long book\n\n" + "".join(chapters)


def watching_idle_cpu(files: int = 10_000, seconds: float = 5.0) -> dict:
    """CPU share (of one core) used by companion's watcher on a generated project while nothing changes."""
    import tempfile

    from companion.watcher import ProjectWatcher

    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        for number in range(files):
            directory = root / f"part-{number // 100:03d}"
            directory.mkdir(exist_ok=True)
            (directory / f"note-{number:05d}.md").write_text(f"# Note {number}\n\nSome text.\n")
        started = time.perf_counter()
        with ProjectWatcher(root, lambda change: None):
            ready = time.perf_counter() - started
            time.sleep(1.0)
            cpu_before, wall_before = time.process_time(), time.perf_counter()
            time.sleep(seconds)
            share = (time.process_time() - cpu_before) / (time.perf_counter() - wall_before)
    return {"files": files, "start_seconds": round(ready, 3), "idle_cpu_share": round(share, 4), "target": "near zero"}


def tui_first_frame() -> dict:
    """Seconds from creating the app to its first rendered screen, while the model is still loading."""
    import threading

    from companion.tui.app import CompanionApp
    from companion.workspace import Workspace

    release = threading.Event()

    def slow_loader(progress):
        release.wait(30)
        raise ModelError("benchmark: the model is never loaded")

    async def measure() -> float:
        started = time.perf_counter()
        app = CompanionApp(Workspace(Path.cwd()), slow_loader)
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.pause()
            elapsed = time.perf_counter() - started
            release.set()
        return elapsed

    return {"seconds": round(asyncio.run(measure()), 3), "target": "< 1.0"}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="scripts/bench", description=__doc__)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--tokens", type=int, default=64, help="tokens per generation in the overhead test")
    parser.add_argument("--sizes", default="1000,10000,100000", help="document sizes in words for the scale test")
    args = parser.parse_args(argv)
    watching = watching_idle_cpu()  # first, while no model threads exist in this process
    runtime = Runtime.load()
    model = runtime.resolve_model(None)
    engine = runtime.load_engine(model)
    document = Document.from_text(Path("essay.md"), long_markdown(600))
    report = {
        "machine": f"{platform.machine()}, {engine.info.threads} threads, {platform.python_version()}",
        "model": model.name,
        "engine_overhead": engine_overhead(engine, args.tokens),
        "branch_recording_cost": branch_recording_cost(engine, args.tokens),
        "route_latency": route_latency(engine),
        "prefix_reuse": prefix_reuse(engine, document),
        "scale": scale(engine, [int(size) for size in args.sizes.split(",")]),
        "tui_first_frame": tui_first_frame(),
        "watching": watching,
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }
    report["peak_rss_target"] = "< 600 MB"
    if model.adapter is not None:  # measured last: the second engine must not count in the peak memory above
        report["adapter_cost"] = adapter_cost(engine, LlamaEngine(model.path, threads=engine.info.threads), args.tokens)
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        for name, value in report.items():
            print(f"{name:<18} {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
