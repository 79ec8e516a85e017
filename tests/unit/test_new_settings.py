"""A setting the request adds to a settings file is written in the file's own form, in the section it names."""

from pathlib import Path

import pytest

from companion.behaviors.exact_edits import made_without_the_model
from companion.behaviors.new_settings import setting_added
from companion.documents import Document

ENV = "DATABASE_URL=postgres://localhost/tide\nDEBUG=true\n"
INI = "[server]\nhost = 0.0.0.0\nport = 8000\n\n[logging]\nlevel = info\n"
TOML = '[server]\nport = 8000\n\n[logging]\nlevel = "info"\n'
YAML = "server:\n  host: 0.0.0.0\n  port: 8000\ndatabase:\n  url: sqlite:///app.db\n"


@pytest.mark.parametrize(("text", "name", "request_", "expected"), [
    (ENV, ".env", "add SENTRY_DSN=https://key@sentry.example/1", ENV + "SENTRY_DSN=https://key@sentry.example/1\n"),
    (ENV, ".env", "add a log level of debug", ENV + "LOG_LEVEL=debug\n"),  # capitals, as a .env names them
    (INI, "app.ini", "add a timeout of 30 to the server section", INI.replace("8000\n", "8000\ntimeout = 30\n")),
    (TOML, "app.toml", "add a log file of app.log to the logging table", TOML + 'log_file = "app.log"\n'),  # quoted
    (YAML, "app.yaml", "add a timeout of 30 to the server section", YAML.replace("8000\n", "8000\n  timeout: 30\n")),
    (YAML, "app.yaml", "add `debug: true`", YAML + "debug: true\n"),
])
def test_a_setting_is_added_in_the_files_form_last_in_the_section_named(text, name, request_, expected):
    assert setting_added(text, request_, Path(name)) == expected


@pytest.mark.parametrize(("text", "name", "request_"), [
    (ENV, ".env", "add DEBUG=false"),  # it has one: setting it is another request
    (INI, "app.ini", "add a port of 9000"),
    (INI, "app.ini", "add a timeout of 30 to the cache section"),  # no such section
    (INI, "app.ini", "add a paragraph about logging"),
])
def test_a_setting_the_file_has_or_a_section_it_lacks_is_left_to_the_model(text, name, request_):
    assert setting_added(text, request_, Path(name)) is None


def test_a_setting_that_would_leave_the_file_unreadable_is_left_to_the_model():
    toml = '[server]\nport = 8000\n'
    assert made_without_the_model(Document.from_text(Path("app.toml"), toml), "add hosts = [a, b]", None, "app.toml") is None
    added = made_without_the_model(Document.from_text(Path("app.toml"), toml), "add a host of example.com", None, "app.toml")
    assert added[0].new_text == toml + 'host = "example.com"\n'
