"""The command line: ``companion`` opens the TUI; subcommands serve editors and scripts.

User errors (a missing model, a refused file, a stale proposal) print one clear line on stderr and exit 1.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from companion.behaviors.edit import MalformedOutput
from companion.config import ConfigError
from companion.documents import SelectionError
from companion.engine.base import EngineError
from companion.files import FileRefused
from companion.models import ModelError
from companion.runtime import Runtime
from companion.session import RequestError
from companion.themes import ThemeError, load_theme_files
from companion.workspace import StaleProposal

USER_ERRORS = (ConfigError, ModelError, EngineError, FileRefused, StaleProposal, MalformedOutput, SelectionError, RequestError, ThemeError)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="companion", description="A local writing-and-coding companion.")
    parser.add_argument("--model", help="a GGUF model file, or a model name from `companion models`")
    parser.add_argument("--project", type=Path, help="the project folder (default: the current folder)")
    commands = parser.add_subparsers(dest="command")

    edit = commands.add_parser("edit", help="propose a targeted edit of a file, as a diff")
    edit.add_argument("path", type=Path)
    edit.add_argument("-i", "--instruction", required=True, help="what to change, in your words")
    edit.add_argument("--selection", help="the exact text to change (must occur once in the file)")
    edit.add_argument("--apply", action="store_true", help="apply every hunk and commit the file")
    edit.add_argument("--json", action="store_true", help="print the proposal as JSON")

    models = commands.add_parser("models", help="list the known models and which one is active")
    models.add_argument("--json", action="store_true")
    commands.add_parser("doctor", help="check the installation, the model and git")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        runtime = Runtime.load()
        if args.command == "edit":
            return run_edit(runtime, args)
        if args.command == "models":
            from companion.doctor import print_models

            return print_models(runtime, args.model, as_json=args.json)
        if args.command == "doctor":
            from companion.doctor import run_doctor

            return run_doctor(runtime, args.model)
        return run_tui(runtime, args)
    except USER_ERRORS as error:
        print(f"companion: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("companion: interrupted; nothing was changed.", file=sys.stderr)
        return 130


def run_edit(runtime: Runtime, args: argparse.Namespace) -> int:
    root = (args.project or Path.cwd()).resolve()
    model = runtime.resolve_model(args.model, progress=ProgressLine("Preparing the default model"))
    session = runtime.session(runtime.load_engine(model), root)
    proposal = session.propose_edit(args.path.resolve(), args.instruction, selection=args.selection)
    result = session.accept(proposal) if args.apply and proposal.hunks else None
    if args.json:
        payload = proposal.to_json()
        if result is not None:
            payload["applied"] = {"commit": result.commit.sha if result.commit else None, "message": result.message}
        print(json.dumps(payload, indent=2, ensure_ascii=False))
    else:
        sys.stdout.write(proposal.unified_diff())
    if not proposal.hunks:
        print(f"companion: the model proposed no change to {proposal.path}.", file=sys.stderr)
    elif result is not None and not args.json:
        print(f"companion: {result.message}", file=sys.stderr)
    return 0


def run_tui(runtime: Runtime, args: argparse.Namespace) -> int:
    from companion.tui.app import CompanionApp

    root = (args.project or Path.cwd()).resolve()

    def load_session(progress):
        return runtime.session(runtime.load_engine(runtime.resolve_model(args.model, progress)), root)

    themes = load_theme_files(runtime.locations.themes_dir)
    CompanionApp(runtime.workspace(root), load_session, themes, runtime.settings.theme).run()
    return 0


class ProgressLine:
    """A one-line progress bar on stderr, redrawn only when the percentage changes."""

    def __init__(self, label: str, width: int = 30) -> None:
        self.label = label
        self.width = width
        self._last_percent = -1

    def __call__(self, done: int, total: int) -> None:
        percent = 100 * done // max(total, 1)
        if percent == self._last_percent:
            return
        self._last_percent = percent
        filled = self.width * percent // 100
        bar = "#" * filled + "-" * (self.width - filled)
        end = "\n" if done >= total else ""
        print(f"\r{self.label} [{bar}] {percent:3d}% of {total / 1e6:.0f} MB", end=end, file=sys.stderr, flush=True)


if __name__ == "__main__":
    sys.exit(main())
