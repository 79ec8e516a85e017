"""A dependency added, taken out or given a version, and the Python requirement set, in the manifest's own list and
layout, without the model: a pyproject.toml (PEP 621 or Poetry), a requirements file, a package.json."""

from __future__ import annotations

import json
import tomllib

import pytest

from companion.behaviors.dependencies import dependency_change
from companion.behaviors.route import route
from companion.session import Session
from companion.workspace import Workspace
from tests.scripted import ScriptedEngine

PYPROJECT = """\
[project]
name = "weather-cli"
version = "0.3.1"
requires-python = ">=3.9"
classifiers = [
    "Programming Language :: Python :: 3.9",
    "Programming Language :: Python :: 3.10",
    "Programming Language :: Python :: 3.11",
]
dependencies = [
    "requests>=2.31",  # the forecast API
    "rich",
]

[project.optional-dependencies]
test = ["pytest>=8"]

[project.scripts]
weather = "weather.cli:main"
"""
POETRY = """\
[tool.poetry]
name = "weather-cli"

[tool.poetry.dependencies]
python = "^3.9"
requests = "^2.31"

[tool.poetry.group.dev.dependencies]
pytest = "^8.0"
"""
PACKAGE_JSON = """\
{
  "name": "cart",
  "dependencies": {
    "express": "^4.19.2",
    "zod": "^3.23.0"
  },
  "devDependencies": {
    "jest": "^29.7.0"
  }
}
"""


def changed(path: str, text: str, request: str) -> str:
    change = dependency_change(path, text, request)
    assert change is not None, f"{request!r} changed nothing"
    return change.text


@pytest.mark.parametrize("request_text", ["add httpx as a dependency", "add a dependency on httpx",
                                          "please add httpx to the dependencies", "install httpx as a dependency"])
def test_a_dependency_goes_into_the_projects_list_in_its_order_and_layout(request_text):
    assert changed("pyproject.toml", PYPROJECT, request_text) == PYPROJECT.replace(
        '    "requests>=2.31",', '    "httpx",\n    "requests>=2.31",')


def test_a_version_given_is_written_as_a_specifier_and_several_dependencies_go_in_at_once():
    text = changed("pyproject.toml", PYPROJECT, "add anyio 4.0 and httpx>=0.27 as dependencies")
    assert tomllib.loads(text)["project"]["dependencies"] == ["anyio>=4.0", "httpx>=0.27", "requests>=2.31", "rich"]
    assert "# the forecast API" in text


def test_in_a_list_in_no_order_a_dependency_goes_last_with_the_lists_comma():
    unsorted = PYPROJECT.replace('    "rich",\n', '    "attrs"\n')
    assert changed("pyproject.toml", unsorted, "add httpx as a dependency") == unsorted.replace(
        '    "attrs"\n', '    "attrs",\n    "httpx"\n')


def test_a_group_named_gets_it_in_its_own_list_and_a_new_group_is_made_beside_the_others():
    assert changed("pyproject.toml", PYPROJECT, "add pytest-cov to the test dependencies") == PYPROJECT.replace(
        'test = ["pytest>=8"]', 'test = ["pytest>=8", "pytest-cov"]')
    assert 'test = ["pytest>=8"]\ndev = ["ruff"]\n\n[project.scripts]' in changed(
        "pyproject.toml", PYPROJECT, "add ruff as a dev dependency")
    without_groups = PYPROJECT.split("[project.optional-dependencies]")[0]
    assert tomllib.loads(changed("pyproject.toml", without_groups, "add a development dependency on ruff"))[
        "dependency-groups"] == {"dev": ["ruff"]}


def test_a_project_without_dependencies_gets_the_list():
    bare = '[project]\nname = "tiny"\nversion = "0.1.0"\n\n[tool.ruff]\nline-length = 100\n'
    assert tomllib.loads(changed("pyproject.toml", bare, "add click as a dependency"))["project"]["dependencies"] == ["click"]


@pytest.mark.parametrize(("request_text", "left"), [
    ("remove rich from the dependencies", ["requests>=2.31"]),
    ("drop the requests dependency", ["rich"]),
    ("remove Rich", ["requests>=2.31"]),
])
def test_a_dependency_taken_out_takes_its_line_with_it(request_text, left):
    text = changed("pyproject.toml", PYPROJECT, request_text)
    assert tomllib.loads(text)["project"]["dependencies"] == left
    assert text.count("\n") == PYPROJECT.count("\n") - 1


def test_a_dependency_taken_out_of_an_inline_list_takes_its_comma():
    inline = PYPROJECT.replace('test = ["pytest>=8"]', 'test = ["pytest>=8", "pytest-cov", "hypothesis"]')
    assert 'test = ["pytest>=8", "hypothesis"]' in changed("pyproject.toml", inline, "remove pytest-cov")
    assert 'test = ["pytest>=8", "pytest-cov"]' in changed("pyproject.toml", inline, "remove hypothesis")


@pytest.mark.parametrize(("request_text", "written"), [
    ("pin requests to 2.31.0", "requests==2.31.0"), ("bump requests to 2.32", "requests>=2.32"),
    ("add requests>=2.32 as a dependency", "requests>=2.32"),
])
def test_a_version_set_replaces_the_specifier_and_keeps_the_rest_of_the_line(request_text, written):
    assert f'    "{written}",  # the forecast API\n' in changed("pyproject.toml", PYPROJECT, request_text)


@pytest.mark.parametrize(("written", "request_text", "now"), [
    ("flask==3.0.2", "upgrade flask to 3.1.0", "flask==3.1.0"),
    ("httpx~=0.27.0", "bump httpx to 0.28.1", "httpx~=0.28.1"),
    ("rich>=13", "upgrade rich to 14.0", "rich>=14.0"),
])
def test_an_upgrade_keeps_a_pinned_or_compatible_requirement_so(written, request_text, now):
    assert changed("requirements.txt", f"{written}\nnumpy\n", request_text) == f"{now}\nnumpy\n"


def test_the_python_requirement_is_raised_and_the_classifiers_of_versions_left_behind_go():
    text = changed("pyproject.toml", PYPROJECT, "require python 3.11")
    assert tomllib.loads(text)["project"]["requires-python"] == ">=3.11"
    assert tomllib.loads(text)["project"]["classifiers"] == ["Programming Language :: Python :: 3.11"]
    assert tomllib.loads(changed("pyproject.toml", PYPROJECT, "drop support for python 3.9"))["project"][
        "requires-python"] == ">=3.10"


def test_an_upper_bound_stays_and_a_missing_requirement_is_written_under_the_version():
    bounded = PYPROJECT.replace('">=3.9"', '">=3.9,<4"')
    assert 'requires-python = ">=3.12,<4"' in changed("pyproject.toml", bounded,
                                                               "set the minimum python version to 3.12")
    missing = PYPROJECT.replace('requires-python = ">=3.9"\n', "")
    assert 'version = "0.3.1"\nrequires-python = ">=3.10"\n' in changed("pyproject.toml", missing, "require python 3.10+")


def test_poetry_tables_get_poetrys_form():
    assert 'requests = "^2.31"\nhttpx = "^0.27"\n\n[tool.poetry.group.dev' in changed(
        "pyproject.toml", POETRY, "add httpx 0.27 as a dependency")
    assert changed("pyproject.toml", POETRY, "add ruff as a dev dependency").endswith('pytest = "^8.0"\nruff = "*"\n')
    assert 'requests' not in changed("pyproject.toml", POETRY, "remove requests")
    assert 'python = "^3.11"' in changed("pyproject.toml", POETRY, "require python 3.11")


def test_a_requirements_file_needs_no_as_a_dependency_and_keeps_its_order_and_comments():
    requirements = "# runtime\nflask==3.0.0\nrequests>=2.31  # API\n"
    assert changed("requirements.txt", requirements, "add gunicorn") == (
        "# runtime\nflask==3.0.0\ngunicorn\nrequests>=2.31  # API\n")
    assert changed("requirements-dev.txt", "ruff\npytest", "add mypy") == "ruff\npytest\nmypy\n"
    assert changed("requirements.txt", requirements, "pin requests to 2.32.3") == (
        "# runtime\nflask==3.0.0\nrequests==2.32.3  # API\n")
    assert changed("requirements.txt", requirements, "remove flask") == "# runtime\nrequests>=2.31  # API\n"


def test_a_package_json_keeps_npms_order_and_commas():
    added = changed("package.json", PACKAGE_JSON, "add lodash@^4.17.21 as a dependency")
    assert json.loads(added)["dependencies"] == {"express": "^4.19.2", "lodash": "^4.17.21", "zod": "^3.23.0"}
    assert '    "lodash": "^4.17.21",\n    "zod"' in added
    removed = changed("package.json", PACKAGE_JSON, "remove zod")
    assert json.loads(removed)["dependencies"] == {"express": "^4.19.2"}
    assert '"express": "^4.19.2"\n  },' in removed
    assert json.loads(changed("package.json", PACKAGE_JSON, "bump jest to 30.0.0"))["devDependencies"] == {"jest": "^30.0.0"}
    assert '"devDependencies": {}\n}' in changed("package.json", PACKAGE_JSON, "remove jest")  # as npm leaves it


@pytest.mark.parametrize(("request_text", "scripts"), [
    ("add a start script that runs node server.js", {"test": "jest", "start": "node server.js"}),  # last, as npm adds it
    ("add a lint script: eslint .", {"test": "jest", "lint": "eslint ."}),
    ("add a script called dev that runs `nodemon server.js`", {"test": "jest", "dev": "nodemon server.js"}),
    ("set the test script to vitest run", {"test": "vitest run"}),
])
def test_a_package_json_script_is_added_or_set_to_the_command_given(request_text, scripts):
    manifest = PACKAGE_JSON.replace('  "dependencies"', '  "scripts": {\n    "test": "jest"\n  },\n  "dependencies"')
    assert json.loads(changed("package.json", manifest, request_text))["scripts"] == scripts


@pytest.mark.parametrize("manifest", [PACKAGE_JSON, '{\n  "name": "cart",\n  "scripts": {}\n}\n'])
def test_a_package_json_without_scripts_gets_them(manifest):
    added = changed("package.json", manifest, "add a start script that runs node index.js")
    assert json.loads(added)["scripts"] == {"start": "node index.js"}
    assert '  "scripts": {\n    "start": "node index.js"\n  }' in added


def test_a_package_json_dependency_without_a_version_allows_any_and_says_so():
    change = dependency_change("package.json", '{\n  "name": "cart"\n}\n', "add @types/node as a dev dependency")
    assert json.loads(change.text)["devDependencies"] == {"@types/node": "*"}
    assert "any version" in change.tentative


@pytest.mark.parametrize(("path", "text", "request_text"), [
    ("pyproject.toml", PYPROJECT, "add rich as a dependency"),  # there already
    ("pyproject.toml", PYPROJECT, "remove click from the dependencies"),  # not there
    ("pyproject.toml", PYPROJECT, "require python 3.8"),  # requires more already
    ("pyproject.toml", PYPROJECT, "add a description"),  # not about dependencies
    ("pyproject.toml", PYPROJECT, "remove the scripts section"),
    ("pyproject.toml", PYPROJECT, "add httpx"),  # in a settings file, "add" may be anything
    ("pyproject.toml", "[tool.ruff]\nline-length = 100\n", "add httpx as a dependency"),  # a tool's settings only
    ("pyproject.toml", "[project\nname = 'x'\n", "add httpx as a dependency"),  # not TOML
    ("setup.py", "setup(name='x')\n", "add httpx as a dependency"),  # not a manifest this module knows
    ("notes.md", "- requests\n", "add httpx as a dependency"),
])
def test_nothing_is_changed_where_there_is_nothing_to_change_or_no_manifest(path, text, request_text):
    assert dependency_change(path, text, request_text) is None


def test_such_requests_are_routed_as_edits_and_made_without_the_model(repo):
    (repo / "pyproject.toml").write_text(PYPROJECT)
    commenting = ScriptedEngine(lambda prompt: pytest.fail("the model was asked"), choice=lambda prompt, choices: choices[-1])
    assert route(commenting, "add httpx as a dependency", "pyproject.toml", False, document=PYPROJECT) == "edit"
    proposal = Session(commenting, Workspace(repo), None).propose_edit("pyproject.toml", "require python 3.11")
    assert tomllib.loads(proposal.result())["project"]["requires-python"] == ">=3.11"


CARGO = '[package]\nname = "tally"\nversion = "0.2.0"\n\n[dependencies]\nclap = { version = "4.5", features = ["derive"] }\nregex = "1"\n'


@pytest.mark.parametrize(("request_text", "expected"), [
    ("add serde 1.0 as a dependency", CARGO.replace('regex = "1"\n', 'regex = "1"\nserde = "1.0"\n')),
    ("add anyhow 1 as a dependency", CARGO.replace("clap =", 'anyhow = "1"\nclap =')),
    ("add tempfile 3 as a dev dependency", CARGO + '\n[dev-dependencies]\ntempfile = "3"\n'),
    ("bump clap to 4.6", CARGO.replace('"4.5"', '"4.6"')),
    ("upgrade regex to 1.11", CARGO.replace('regex = "1"', 'regex = "1.11"')),
    ("remove regex", CARGO.replace('regex = "1"\n', "")),
])
def test_a_cargo_manifests_crates_are_added_in_order_versioned_and_removed(request_text, expected):
    assert changed("Cargo.toml", CARGO, request_text) == expected


def test_a_crate_added_without_a_version_gets_any_and_says_so():
    change = dependency_change("Cargo.toml", CARGO, "add serde as a dependency")
    assert 'serde = "*"' in change.text and "no version was given" in change.tentative
