"""``companion watch``, ``undo``, ``history`` and ``feedback``: living beside the editor, from the shell."""

from __future__ import annotations

import argparse
import json
import queue
import signal
import sys
import threading
from pathlib import Path

from companion.feedback import FeedbackLog, export_pairs
from companion.runtime import Runtime
from companion.session import Session, restore_proposal
from companion.vcs import Vcs, VcsError, why_no_repository
from companion.watch import WatchEvent, WatchService
from companion.watcher import ProjectWatcher


def add_parsers(commands) -> None:
    watch = commands.add_parser("watch", help="watch the project; act on AI markers and report as files are saved")
    watch.add_argument("path", type=Path, nargs="?", help="the folder to watch (default: the project)")
    watch.add_argument("--print", action="store_true", help="print comments (path:line:col: text) and proposals (diffs)")
    watch.add_argument("--comments", action="store_true", help="comment on changed sections after each save (proactive_comments)")
    commands.add_parser("undo", help="undo companion's last commit (reset if unpublished, else a revert commit)")
    history = commands.add_parser("history", help="companion's commits that changed a file")
    history.add_argument("path", type=Path)
    history.add_argument("--restore", metavar="SHA", help="propose the file as it was after this commit")
    history.add_argument("--apply", action="store_true", help="with --restore: accept the restore and commit it")
    feedback = commands.add_parser("feedback", help="the log of accepted and rejected suggestions")
    feedback.add_argument("action", choices=("export",))
    feedback.add_argument("--out", type=Path, help="where to write the preference pairs (default: standard output)")


def cmd_watch(session: Session, runtime: Runtime, args: argparse.Namespace) -> int:
    root = (args.path or session.workspace.root).resolve()
    changes: queue.Queue = queue.Queue()
    service = WatchService(session, _printer(), proactive_comments=args.comments or runtime.settings.proactive_comments,
                           debounce_seconds=runtime.settings.watch_debounce_ms / 1000)
    watcher = ProjectWatcher(root, changes.put, debounce_seconds=service.debounce_seconds,
                             max_file_bytes=session.workspace.max_file_bytes, vcs=session.vcs)
    with watcher:
        print(f"companion: watching {root} (Ctrl+C to stop)", file=sys.stderr, flush=True)
        for change in _until_interrupted(changes):
            service.handle(change)
        print("companion: stopped watching.", file=sys.stderr)
    return 0


def _until_interrupted(changes: queue.Queue):
    """The changes as they come, until Ctrl+C. The first Ctrl+C only sets a flag, checked between changes: a
    KeyboardInterrupt raised while a generation is being closed can be swallowed by the generator's cleanup
    and leave the watch running. A second Ctrl+C interrupts at once."""
    stop = threading.Event()

    def on_interrupt(*_) -> None:
        stop.set()
        signal.signal(signal.SIGINT, previous)

    previous = signal.signal(signal.SIGINT, on_interrupt)
    try:
        while not stop.is_set():
            try:
                yield changes.get(timeout=0.2)
            except queue.Empty:
                continue
    finally:
        signal.signal(signal.SIGINT, previous)


def _printer():
    def report(event: WatchEvent) -> None:
        if event.kind == "notice":
            print(f"companion: {event.message}", file=sys.stderr, flush=True)
        elif event.kind == "proposal" and event.proposal is not None:
            sys.stdout.write(event.proposal.unified_diff())
        elif event.kind == "review" and event.review is not None:
            for comment in event.review.comments:
                if not comment.stale:
                    print(f"{event.review.path}:{comment.line}:{comment.column}: {comment.text}")
        elif event.kind == "answer" and event.answer is not None:
            print(f"{event.path}: AI? {event.message}\n{event.answer.text}")
        sys.stdout.flush()

    return report


def run_git_command(runtime: Runtime, args: argparse.Namespace, root: Path) -> int:
    """undo, history and feedback export: no model needed."""
    if args.command == "feedback":
        pairs = export_pairs(FeedbackLog(runtime.locations.feedback_log))
        text = "".join(json.dumps(pair, ensure_ascii=False) + "\n" for pair in pairs)
        if args.out:
            args.out.write_text(text, encoding="utf-8")
            print(f"companion: {len(pairs)} preference pair(s) → {args.out}", file=sys.stderr)
        else:
            sys.stdout.write(text)
        return 0
    vcs = Vcs.discover(root)
    if vcs is None:
        raise VcsError(f"{why_no_repository()}: companion has no commits in {root} to undo or list.")
    if args.command == "undo":
        print(f"companion: {vcs.undo_last()}")
        return 0
    workspace = runtime.workspace(root)
    if args.restore:
        proposal = restore_proposal(workspace, vcs, args.path, args.restore)
        sys.stdout.write(proposal.unified_diff())
        if args.apply and proposal.hunks:
            session = Session(None, workspace, vcs, snapshot_user_edits=runtime.settings.snapshot_user_edits,
                              feedback=FeedbackLog(runtime.locations.feedback_log))
            print(f"companion: {session.accept(proposal).message}", file=sys.stderr)
        return 0
    resolved = workspace.resolve(args.path)
    entries = vcs.holding(resolved).companion_commits(resolved)
    if not entries:
        print(f"companion: no companion commits changed {workspace.relative(args.path)}.", file=sys.stderr)
    for entry in entries:
        print(f"{entry.sha[:10]}  {entry.date[:16].replace('T', ' ')}  {entry.summary}")
    return 0
