"""A setting that is on or off is switched as the request asks, without the model, in the file's own words for on
and off."""

from __future__ import annotations

import pytest

from companion.behaviors.switches import switched
from tests.scripted import proposed_without_the_model

SETTINGS = '[server]\nhost = "127.0.0.1"\ndebug = true\n\n[cache]\nenabled = false\n'


@pytest.mark.parametrize(("text", "request_", "old", "new"), [
    (SETTINGS, "turn off debug", "debug = true", "debug = false"),
    (SETTINGS, "disable debug mode", "debug = true", "debug = false"),
    (SETTINGS, "debug should be off", "debug = true", "debug = false"),
    (SETTINGS, "set debug to false", "debug = true", "debug = false"),
    (SETTINGS, "enable caching", "enabled = false", "enabled = true"),  # named by the section it stands under
    ("DEBUG = True\n", "switch debug off", "True", "False"),
    ('app.run(host="0.0.0.0", debug=True)\n', "disable debug", "debug=True", "debug=False"),
    ("const VERBOSE = false;\n", "turn on verbose", "false", "true"),
    ("cache:\n  enabled: yes\n", "disable the cache", "yes", "no"),
    ('{\n  "autosave": true,\n  "editor": {\n    "wordWrap": false\n  }\n}\n', "turn on word wrap", "false", "true"),
])
def test_the_setting_the_request_names_is_switched_in_the_files_words(text, request_, old, new):
    assert switched(text, request_) == text.replace(old, new)


@pytest.mark.parametrize(("text", "request_"), [
    (SETTINGS, "turn on debug"),  # already on
    (SETTINGS, "turn off logging"),  # no such setting
    ("[a]\nenabled = true\n[b]\nenabled = true\n", "turn off enabled"),  # which one?
    ("const VERBOSE = false;\n", "turn on verbose logging"),  # more than the name says
    (SETTINGS, "make debug output quieter"),  # not a switch
])
def test_nothing_is_switched_where_the_request_or_the_file_does_not_say_which(text, request_):
    assert switched(text, request_) is None


def test_the_switch_is_proposed_without_asking_the_model(repo):
    proposal = proposed_without_the_model(repo, "settings.toml", SETTINGS, "turn off debug")
    assert proposal.result() == SETTINGS.replace("debug = true", "debug = false")
