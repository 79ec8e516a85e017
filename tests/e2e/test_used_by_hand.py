"""On the shipped adapter: requests it got wrong when used by hand on a README and a cover letter are routed as
meant, and a rename everywhere is applied exactly, every occurrence."""

from __future__ import annotations

import pytest

from companion.behaviors.route import route
from tests.conftest import git
from tests.e2e.test_cli_edit import companion

pytestmark = pytest.mark.real_model


@pytest.mark.parametrize(
    ("request_", "path", "intent"),
    [
        ("mention my first aid certificate", "letter.txt", "edit"),  # had been inline comments
        ("address it to Mr Okafor", "letter.txt", "edit"),  # had been a new document
        ("mention that videos are skipped because EXIF dates are unreliable", "README.md", "edit"),
        ("what time do i land?", "plan.md", "answer"),
        ("leave comments on anything that is vague", "essay.md", "comment"),
        ("write a CONTRIBUTING guide for this project", "README.md", "create"),
    ],
)
def test_each_request_gets_the_intent_its_words_show(real_engine, request_, path, intent):
    assert route(real_engine, request_, path, False) == intent


README = (
    "# tidyphotos\n\ntidyphotos sorts a folder of photos into one folder per month.\n\n"
    "## Install\n\n```sh\npip install tidyphotos\n```\n\n## Licence\n\nMIT.\n"
)


def test_a_rename_everywhere_changes_every_occurrence_and_nothing_else(repo, model_home, default_model):
    (repo / "README.md").write_text(README)
    git(repo, "add", "README.md")
    git(repo, "commit", "-qm", "readme")
    result = companion(repo, model_home, "do", "change tidyphotos to photosort everywhere", "README.md", "--apply")
    assert result.returncode == 0, result.stderr
    assert (repo / "README.md").read_text() == README.replace("tidyphotos", "photosort")


SCRIPT = "def destination(photo, root):\n    when = taken_on(photo)\n    return root / f\"{when:%Y-%m}\" / photo.name\n"


def test_a_rename_in_code_changes_every_use_of_the_name(repo, model_home, default_model):
    (repo / "tidy.py").write_text(SCRIPT)
    git(repo, "add", "tidy.py")
    git(repo, "commit", "-qm", "script")
    result = companion(repo, model_home, "do", "rename when to taken", "tidy.py", "--apply")
    assert result.returncode == 0, result.stderr
    assert (repo / "tidy.py").read_text() == SCRIPT.replace("when", "taken")
