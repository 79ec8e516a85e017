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


SCRIPT = "def destination(photo, root):\n    when = taken_on(photo)\n    return root / f\"{when:%Y-%m}\" / photo.name\n"


@pytest.mark.parametrize(
    ("name", "text", "request_", "old", "new"),
    [
        ("README.md", README, "change tidyphotos to photosort everywhere", "tidyphotos", "photosort"),
        ("tidy.py", SCRIPT, "rename when to taken", "when", "taken"),  # in code: every use of the name
    ],
)
def test_a_rename_changes_every_occurrence_and_nothing_else(repo, model_home, default_model, name, text, request_, old, new):
    (repo / name).write_text(text)
    git(repo, "add", name)
    git(repo, "commit", "-qm", name)
    result = companion(repo, model_home, "do", request_, name, "--apply")
    assert result.returncode == 0, result.stderr
    assert (repo / name).read_text() == text.replace(old, new)
