"""Run by the crash test: accept proposals on plan.md over and over, flipping between two versions, until killed."""

import sys
from pathlib import Path

from companion.documents import Document
from companion.proposals import Replacement, build_proposal
from companion.session import Session
from companion.vcs import Vcs
from companion.workspace import Workspace

VERSIONS = ("# Plan\n\nWe start in May.\n" * 200, "# Plan\n\nWe start in June.\n" * 200)


def main(root: Path) -> None:
    session = Session(None, Workspace(root), Vcs.discover(root))  # no model: applying and committing only
    print("ready", flush=True)
    while True:
        current = (root / "plan.md").read_text()
        target = VERSIONS[1] if current == VERSIONS[0] else VERSIONS[0]
        document = Document.from_text(root / "plan.md", current)
        proposal = build_proposal(document, "flip", [Replacement(0, len(current), target, 0)], display_path="plan.md")
        session.accept(proposal)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
