"""A Makefile's targets and a Dockerfile's steps are read from the file, not guessed by the model."""

from __future__ import annotations

from pathlib import Path

import pytest

from companion.behaviors.answer import answer
from companion.behaviors.build_files import read_makefile, target_added, target_answer
from companion.behaviors.outline import asks_what_code_does, outline
from companion.behaviors.usage import usage_answer
from companion.documents import Document, is_prose
from tests.scripted import ScriptedEngine

MAKEFILE = """PYTHON ?= python3
VENV = .venv
PIP = $(VENV)/bin/pip

.PHONY: install test clean

# Set up a virtual environment with the dependencies.
install:
\t$(PYTHON) -m venv $(VENV)
\t$(PIP) install -r requirements.txt \\
\t    -r requirements-dev.txt

test: install ## Run the tests
\t@$(VENV)/bin/pytest -q

clean:
\t-rm -rf $(VENV) build dist
"""
DOCKERFILE = """FROM python:3.11-slim AS base

WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir \\
    -r requirements.txt
COPY . .
ENV FLASK_ENV=production
EXPOSE 5000
CMD ["python", "app.py"]
"""


def makefile(text: str = MAKEFILE) -> Document:
    return Document.from_text(Path("/work/shop/Makefile"), text)


def dockerfile(text: str = DOCKERFILE) -> Document:
    return Document.from_text(Path("/work/shop/Dockerfile"), text)


def test_a_makefile_is_read_into_its_variables_and_targets_special_targets_left_out():
    read = read_makefile(MAKEFILE)
    assert read.variables == {"PYTHON": "python3", "VENV": ".venv", "PIP": "$(VENV)/bin/pip"}
    assert [target.name for target in read.targets] == ["install", "test", "clean"]
    assert read.target("test").prerequisites == ["install"]
    assert read.target("install").recipe[1] == "$(PIP) install -r requirements.txt -r requirements-dev.txt"


@pytest.mark.parametrize(("question", "said"), [
    ("what does make install do?", ("`make install` (Set up a virtual environment with the dependencies) runs "
                                    "`python3 -m venv .venv`; then `.venv/bin/pip install -r requirements.txt "
                                    "-r requirements-dev.txt`.")),
    ("What does the test target do?", "`make test` (Run the tests) first makes `install` and runs `.venv/bin/pytest -q`."),
    ("what happens if I run make clean?", "`make clean` runs `rm -rf .venv build dist`."),
])
def test_what_a_target_does_is_its_recipe_with_the_makefiles_variables_put_in(question, said):
    assert target_answer(question, makefile()) == said


@pytest.mark.parametrize(("question", "document"), [
    ("what does make deploy do?", makefile()),  # no such target: the model's to answer
    ("what does make install do?", Document.from_text(Path("notes.md"), "Run make install first.\n")),
    ("what is a phony target?", makefile()),
])
def test_a_target_the_file_lacks_or_another_question_is_left_to_the_model(question, document):
    assert target_answer(question, document) is None


def test_a_makefile_is_outlined_target_by_target_with_its_default_and_settings():
    assert outline(makefile()) == (
        "Makefile, read from the file:\n"
        "- `make install` (the default: plain `make`) — Set up a virtual environment with the dependencies: runs "
        "`python3 -m venv .venv`; then `.venv/bin/pip install -r requirements.txt -r requirements-dev.txt`\n"
        "- `make test` — Run the tests: first makes `install` and runs `.venv/bin/pytest -q`\n"
        "- `make clean`: runs `rm -rf .venv build dist`\n"
        "- settings, each of which `make NAME=value` overrides: `PYTHON` (python3), `VENV` (.venv), "
        "`PIP` ($(VENV)/bin/pip)")


def test_a_dockerfile_is_told_step_by_step():
    assert outline(dockerfile()) == (
        "Dockerfile, read from the file:\n"
        "- starts a stage `base` from the image `python:3.11-slim`\n"
        "- works in `/app`\n"
        "- copies `requirements.txt` into the working folder\n"
        "- runs `pip install --no-cache-dir -r requirements.txt`\n"
        "- copies the project into the working folder\n"
        "- sets `FLASK_ENV=production`\n"
        "- listens on port 5000\n"
        "- starts with `python app.py`")


@pytest.mark.parametrize("question", ["what does this Makefile do?", "explain this file", "what is the dockerfile for?"])
def test_questions_about_what_a_build_file_does_are_recognised(question):
    assert asks_what_code_does(question, makefile()) and asks_what_code_does(question, dockerfile())


def test_how_to_use_a_build_file_is_read_from_it():
    assert usage_answer("how do I run this?", makefile()) == (
        "Run `make` in this folder: it makes `install`, the first target. The others: `make test`, `make clean`.")
    assert usage_answer("how do I use this?", dockerfile()) == (
        "Build the image with `docker build -t shop .`, then run it with `docker run -p 5000:5000 shop`.")


def test_the_model_is_not_asked_what_a_target_does():
    def never(prompt):
        raise AssertionError("the model was asked")

    assert answer(ScriptedEngine(never), "what does make clean do?", makefile()) == "`make clean` runs `rm -rf .venv build dist`."


def test_an_explanation_of_a_makefile_that_invents_gives_way_to_its_outline():
    invented = "It creates a directory called `Makefile` and then creates a file called `Makefile`."
    assert answer(ScriptedEngine(lambda prompt: invented), "what does this Makefile do?", makefile()).startswith(
        "Makefile, read from the file:\n- `make install`")


LINTED = ".PHONY: install lint\n\ninstall:\n\tpip install -r requirements.txt\n\nlint:\n\t$(VENV)/bin/ruff check .\n"


def test_a_new_target_goes_last_listed_as_phony_its_program_called_as_the_other_recipes_call_it():
    assert target_added(LINTED, "add a format target that runs ruff format") == (
        ".PHONY: install lint format\n\ninstall:\n\tpip install -r requirements.txt\n\nlint:\n\t$(VENV)/bin/ruff check .\n"
        "\nformat:\n\t$(VENV)/bin/ruff format\n")
    assert target_added("build:\n\tnpm run build\n", "add a target called serve that runs `npm start`") == (
        "build:\n\tnpm run build\n\nserve:\n\tnpm start\n")


@pytest.mark.parametrize("request_", ["add a lint target that runs flake8", "add a format target", "add formatting"])
def test_a_target_there_already_or_no_command_given_is_left_to_the_model(request_):
    assert target_added(LINTED, request_) is None


def test_build_files_are_code_not_prose_though_they_have_no_suffix():
    assert not is_prose(Path("Makefile")) and not is_prose(Path("Dockerfile")) and is_prose(Path("NOTES"))
