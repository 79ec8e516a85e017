"""A version written beside the name a request upgrades is set exactly, without the model: an image tag, a pin,
an action, a ``python-version``."""

from __future__ import annotations

import pytest

from companion.behaviors.versions import version_set
from tests.scripted import proposed_without_the_model

COMPOSE = ("services:\n  web:\n    image: nginx:1.25\n  db:\n    image: postgres:16\n    environment:\n"
           "      POSTGRES_PASSWORD: example\n")
WORKFLOW = ('steps:\n  - uses: actions/checkout@v3\n  - uses: actions/setup-python@v4\n    with:\n'
            '      python-version: "3.11"\n  - run: pip install black==23.1 && black --check .\n')


@pytest.mark.parametrize(("text", "request_", "old", "new"), [
    (COMPOSE, "upgrade postgres to 17", "postgres:16", "postgres:17"),
    (COMPOSE, "bump nginx to 1.27", "nginx:1.25", "nginx:1.27"),
    ("FROM python:3.11-slim\nRUN pip install .\n", "update python to 3.12", "python:3.11-slim", "python:3.12-slim"),
    (WORKFLOW, "update python to 3.12", 'python-version: "3.11"', 'python-version: "3.12"'),
    (WORKFLOW, "upgrade checkout to v4", "checkout@v3", "checkout@v4"),
    (WORKFLOW, "pin black to 24.3", "black==23.1", "black==24.3"),
    ("FROM python:3.11-slim\nRUN pip install .\n", "use python 3.12", "python:3.11-slim", "python:3.12-slim"),
    (COMPOSE, "switch to postgres 17 instead", "postgres:16", "postgres:17"),
])
def test_the_version_beside_the_name_is_the_one_asked_for(text, request_, old, new):
    assert version_set(text, request_) == text.replace(old, new)


@pytest.mark.parametrize(("text", "request_"), [
    (COMPOSE, "upgrade postgres to 16"),  # already
    (COMPOSE, "upgrade redis to 7"),  # not there
    ("image: postgres:16\n---\nimage: postgres:15\n", "upgrade postgres to 17"),  # which one?
    (COMPOSE, "make postgres faster"),  # no version asked
])
def test_no_version_is_set_where_the_request_or_the_text_does_not_say_which(text, request_):
    assert version_set(text, request_) is None


def test_the_upgrade_is_proposed_without_asking_the_model(repo):
    proposal = proposed_without_the_model(repo, "compose.yml", COMPOSE, "upgrade postgres to 17")
    assert proposal.result() == COMPOSE.replace("postgres:16", "postgres:17")
