"""The command line: ``companion`` opens the TUI; subcommands serve editors and scripts.

User errors (a missing model, a refused file, a stale proposal) print one clear line on stderr and exit 1.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from companion.behaviors.comment import Review
from companion.behaviors.edit import MalformedOutput
from companion.config import ConfigError
from companion.documents import SelectionError
from companion.engine.base import EngineError
from companion.files import FileRefused
from companion.models import ModelError
from companion.proposals import Proposal
from companion.quick_actions import quick_actions
from companion.runtime import Runtime
from companion.session import Answer, RequestError, Session
from companion.themes import ThemeError, load_theme_files
from companion.vcs import VcsError
from companion.watch_cli import add_parsers as add_watch_parsers
from companion.watch_cli import cmd_watch, run_git_command
from companion.watcher import WatchError
from companion.workspace import StaleProposal

USER_ERRORS = (
    ConfigError, ModelError, EngineError, FileRefused, StaleProposal, MalformedOutput, SelectionError, RequestError, ThemeError,
    VcsError, WatchError,
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="companion", description="A local writing-and-coding companion.")
    parser.add_argument("--model", help="a GGUF model file, or a model name from `companion models`")
    parser.add_argument("--project", type=Path, help="the project folder (default: the current folder)")
    commands = parser.add_subparsers(dest="command")

    do = commands.add_parser("do", help="route a request like the TUI does, and carry it out")
    do.add_argument("request")
    do.add_argument("path", type=Path, nargs="?", help="the open document, if any")
    _add_output_flags(do)

    edit = commands.add_parser("edit", help="propose a targeted edit (or a rewrite) of a file, as a diff")
    edit.add_argument("path", type=Path)
    what = edit.add_mutually_exclusive_group(required=True)
    what.add_argument("-i", "--instruction", help="what to change, in your words")
    what.add_argument("--action", help="a quick action by name (see `companion actions`)")
    edit.add_argument("--rewrite", action="store_true", help="rewrite the whole document instead of targeting")
    _add_output_flags(edit)

    ask = commands.add_parser("ask", help="ask a question (about a file, optionally); prints the answer")
    ask.add_argument("question")
    ask.add_argument("path", type=Path, nargs="?")
    ask.add_argument("--selection", help="the exact text the question is about")

    comment = commands.add_parser("comment", help="inline comments on a file, printed like a linter's")
    comment.add_argument("path", type=Path)
    comment.add_argument("-i", "--instruction", default="review this and point out problems")
    comment.add_argument("--selection", help="comment on this exact text only")
    comment.add_argument("--json", action="store_true")

    create = commands.add_parser("create", help="draft a new document; --apply writes and commits it")
    create.add_argument("request")
    create.add_argument("--apply", action="store_true")
    create.add_argument("--json", action="store_true")

    commands.add_parser("actions", help="list the quick actions, the built-in ones and yours")
    models = commands.add_parser("models", help="list the known models and which one is active")
    models.add_argument("--json", action="store_true")
    commands.add_parser("doctor", help="check the installation, the model and git")

    evaluate = commands.add_parser("eval", help="run behaviour eval cases against a model")
    evaluate.add_argument("--cases", type=Path, help="a JSONL file of cases (default: the shipped held-out split)")
    evaluate.add_argument("--json", action="store_true", help="print the report as JSON")
    evaluate.add_argument("--limit", type=int, help="run only the first N cases")
    evaluate.add_argument("--adapter", type=Path, help="a llama.cpp LoRA adapter (GGUF) to apply to the model")
    add_watch_parsers(commands)
    for command in commands.choices.values():  # `companion eval --model X` as well as `companion --model X eval`
        command.add_argument("--model", default=argparse.SUPPRESS, help="a GGUF model file, or a model name")
    return parser


def _add_output_flags(command: argparse.ArgumentParser) -> None:
    command.add_argument("--selection", help="the exact text to act on (must occur once in the file)")
    command.add_argument("--apply", action="store_true", help="apply every hunk and commit the file")
    command.add_argument("--json", action="store_true", help="print the result as JSON")


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        runtime = Runtime.load()
        if args.command in (None, "models", "doctor", "actions"):
            return run_without_model(runtime, args)
        if args.command in ("undo", "history", "feedback"):
            return run_git_command(runtime, args, project_root(args))
        if args.command == "eval":
            from companion.evals.command import run_eval

            return run_eval(runtime, args)
        root = project_root(args)  # before the model loads: a wrong folder is said at once
        session = runtime.session(runtime.load_engine(runtime.resolve_model(args.model, ProgressLine())), root)
        return COMMANDS[args.command](session, runtime, args)
    except USER_ERRORS as error:
        print(f"companion: {error}", file=sys.stderr)
        return 1
    except OSError as error:  # the system refused a file or folder outside the project's (an --out, the data folder)
        print(f"companion: {error.strerror or error}: {error.filename}" if error.filename else f"companion: {error}",
              file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("companion: interrupted; nothing was changed.", file=sys.stderr)
        return 130


def project_root(args: argparse.Namespace) -> Path:
    root = (args.project or Path.cwd()).resolve()
    if not root.is_dir():
        raise RequestError(f"{root}: {'not a folder' if root.exists() else 'no such folder'}; --project takes the "
                           "project's folder.")
    return root


def run_without_model(runtime: Runtime, args: argparse.Namespace) -> int:
    from companion.doctor import print_models, run_doctor

    if args.command == "models":
        return print_models(runtime, args.model, as_json=args.json)
    if args.command == "doctor":
        return run_doctor(runtime, args.model, project_root(args))
    if args.command == "actions":
        for action in quick_actions(runtime.settings.extra):
            print(f"{action.name:<18} {action.key or '-':<7} {action.kind:<6} {action.intent:<8} {action.request}")
        return 0
    return run_tui(runtime, args)


def cmd_do(session: Session, runtime: Runtime, args: argparse.Namespace) -> int:
    intent = session.route(args.request, args.path, args.selection)
    print(f"companion: routed as {intent}", file=sys.stderr)
    if intent == "answer" and not args.json:
        return _print_answer(session, args.request, args.path, args.selection)
    _, outcome = session.handle(args.request, args.path, selection=args.selection, intent=intent)
    return print_outcome(session, outcome, args)


def cmd_edit(session: Session, runtime: Runtime, args: argparse.Namespace) -> int:
    request, rewrite = args.instruction, args.rewrite
    if args.action:
        action = {a.name: a for a in quick_actions(runtime.settings.extra)}.get(args.action)
        if action is None:
            raise RequestError(f"No quick action named {args.action!r}; `companion actions` lists them.")
        intent = action.intent_for(args.selection is not None)
        if intent == "comment":
            return print_outcome(session, session.review(args.path, action.request, selection=args.selection), args)
        request, rewrite = action.request, rewrite or intent == "rewrite"
    proposal = session.propose_edit(args.path, request, selection=args.selection, rewrite=rewrite)
    return print_outcome(session, proposal, args)


def cmd_ask(session: Session, runtime: Runtime, args: argparse.Namespace) -> int:
    return _print_answer(session, args.question, args.path, args.selection)


def _print_answer(session: Session, question: str, path: str | None, selection: str | None) -> int:
    """Stream the answer as it comes; where the model then fell into a loop, say where the answer ends, since
    the loop was printed before it was caught."""
    streamed: list[str] = []

    def show(piece: str) -> None:
        streamed.append(piece)
        _print_piece(piece)

    answer = session.answer(question, path, selection=selection, on_text=show).text
    print(flush=True)
    if len("".join(streamed).strip()) > len(answer):
        ending = " ".join(answer.split()[-8:])
        print(f"companion: the model began repeating itself after “…{ending}”; the answer ends there.", file=sys.stderr)
    return 0


def cmd_comment(session: Session, runtime: Runtime, args: argparse.Namespace) -> int:
    return print_outcome(session, session.review(args.path, args.instruction, selection=args.selection), args)


def cmd_create(session: Session, runtime: Runtime, args: argparse.Namespace) -> int:
    return print_outcome(session, session.propose_new_document(args.request), args)


COMMANDS = {"do": cmd_do, "edit": cmd_edit, "ask": cmd_ask, "comment": cmd_comment, "create": cmd_create, "watch": cmd_watch}


def print_outcome(session: Session, outcome, args: argparse.Namespace) -> int:
    """Print an answer, a review or a proposal (applying the proposal with --apply)."""
    as_json = getattr(args, "json", False)
    if isinstance(outcome, Answer):
        print(json.dumps({"answer": outcome.text}) if as_json else outcome.text)
        return 0
    if isinstance(outcome, Review):
        if as_json:
            print(json.dumps(outcome.to_json(), indent=2, ensure_ascii=False))
        else:
            if outcome.comments:
                print("\n".join(outcome.lint_lines()))
            else:
                print(f"companion: no comments on {outcome.path}.", file=sys.stderr)
            if left_out := outcome.left_out():
                print(f"companion: {left_out}.", file=sys.stderr)
        return 0
    return print_proposal(session, outcome, args)


def print_proposal(session: Session, proposal: Proposal, args: argparse.Namespace) -> int:
    result = session.accept(proposal) if getattr(args, "apply", False) and proposal.hunks else None
    if args.json:
        payload = proposal.to_json()
        if result is not None:
            payload["applied"] = {"commit": result.commit.sha if result.commit else None, "message": result.message}
        print(json.dumps(payload, indent=2, ensure_ascii=False))
    else:
        sys.stdout.write(proposal.unified_diff())
    reasons = {hunk.tentative: [h.id for h in proposal.hunks if h.tentative == hunk.tentative]
               for hunk in proposal.hunks if hunk.tentative}
    for reason, ids in reasons.items() if not args.json else ():
        print(f"companion: tentative: {reason} (hunk {', '.join(map(str, ids))}).", file=sys.stderr)
    if not proposal.hunks:
        print(f"companion: no change was proposed to {proposal.path}: it already does what was asked, or the model kept it as it was.", file=sys.stderr)
    elif result is not None and not args.json:
        print(f"companion: {result.message}", file=sys.stderr)
    return 0


def _print_piece(piece: str) -> None:
    print(piece, end="", flush=True)


def run_tui(runtime: Runtime, args: argparse.Namespace) -> int:
    from companion.tui.app import CompanionApp
    from companion.watch import WatchSettings

    root = project_root(args)

    def load_session(progress):
        return runtime.session(runtime.load_engine(runtime.resolve_model(args.model, progress)), root)

    themes = load_theme_files(runtime.locations.themes_dir)
    actions = quick_actions(runtime.settings.extra)
    watch = WatchSettings(runtime.settings.proactive_comments, runtime.settings.watch_debounce_ms / 1000)
    CompanionApp(runtime.workspace(root), load_session, themes, runtime.settings.theme, actions, watch).run()
    return 0


class ProgressLine:
    """A one-line progress bar on stderr for assembling the default model, redrawn when the percentage changes."""

    def __init__(self, label: str = "Preparing the default model", width: int = 30) -> None:
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
