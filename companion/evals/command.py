"""``companion eval``: run a case file against the configured (or given) model and print the figures."""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import replace

from companion.behaviors.prompts import INTENTS
from companion.config import shipped_dir
from companion.evals.cases import CaseError, load_cases
from companion.evals.metrics import compute, confusion
from companion.evals.runner import CaseResult, run_cases
from companion.runtime import Runtime

DEFAULT_CASES = "heldout.jsonl"


def run_eval(runtime: Runtime, args: argparse.Namespace) -> int:
    cases_path = args.cases or shipped_dir("evals") / DEFAULT_CASES
    try:
        cases = load_cases(cases_path)
    except CaseError as error:
        print(f"companion: {error}", file=sys.stderr)
        return 1
    cases = cases[: args.limit] if args.limit else cases
    model = runtime.resolve_model(args.model)
    if args.adapter:  # a candidate adapter on the same base, measured before it is shipped
        model = replace(model, adapter=args.adapter.resolve(), manifest=None)
    engine = runtime.load_engine(model)
    started = time.perf_counter()
    results = run_cases(engine, cases, progress=_progress)
    report = {
        "model": model.name,
        "model_path": str(model.path),
        "adapter": str(model.adapter) if model.adapter else None,
        "cases_file": str(cases_path),
        "cases": len(cases),
        "seconds": round(time.perf_counter() - started, 1),
        "metrics": compute(results),
        "route_confusion": confusion(results),
        "route_misses": [_route_miss(r) for r in results if r.case.behavior == "route" and r.intent != r.case.expect["intent"]],
        "errors": [{"id": r.case.id, "error": r.error} for r in results if r.error],
        "edits": [_edit_record(r) for r in results if r.case.behavior == "edit"],
        "reviews": [{"id": r.case.id, "request": r.case.request, "unfounded": r.unfounded,
                     "comments": [{"quote": q, "comment": t, "suggestion": g} for q, t, g in r.comments]}
                    for r in results if r.case.behavior == "comment"],
        "drafts": [{"id": r.case.id, "request": r.case.request, "on_topic": r.on_topic, "draft": r.draft}
                   for r in results if r.case.behavior == "create"],
    }
    print(json.dumps(report, indent=2) if args.json else format_report(report))
    return 0


def _route_miss(result: CaseResult) -> dict:
    """A route case that went wrong, so that a reader sees which requests the confusion matrix counts."""
    case = result.case
    return {"id": case.id, "request": case.request, "path": case.path, "has_selection": case.selection is not None,
            "expected": case.expect["intent"], "got": result.intent}


def _edit_record(result: CaseResult) -> dict:
    """What an edit case proposed, so that a reader can judge the hits that the figures only count."""
    return {"id": result.case.id, "request": result.case.request, "mode": result.mode, "target_hit": result.target_hit,
            "preserved": result.preserved, "added": result.added, "by_rule": result.by_rule, "hunks": [{"old": old, "new": new} for old, new in result.hunks]}


def _progress(done: int, total: int, result: CaseResult) -> None:
    width = 30
    filled = width * done // total
    end = "\n" if done == total else ""
    print(f"\reval [{'#' * filled}{'-' * (width - filled)}] {done}/{total} {result.case.behavior:<8}", end=end, file=sys.stderr, flush=True)


def format_report(report: dict) -> str:
    lines = [f"model {report['model']}  ·  {report['cases']} cases from {report['cases_file']}  ·  {report['seconds']} s", ""]
    for name, value in report["metrics"].items():
        shown = "n/a" if value is None else f"{value:.1f} ms" if "latency" in name else f"{value:.3f}"
        lines.append(f"  {name:<42} {shown}")
    lines += ["", "route confusion (rows: expected, columns: predicted)", "  " + " " * 9 + "".join(f"{i:>9}" for i in INTENTS)]
    for expected, row in report["route_confusion"].items():
        lines.append(f"  {expected:<9}" + "".join(f"{row[p]:>9}" for p in INTENTS))
    if report["errors"]:
        lines += ["", f"{len(report['errors'])} case(s) ended in an error, counted as failures (see --json)."]
    return "\n".join(lines)
