"""A setting that is on or off, switched as a request asks ("turn off debug", "enable caching"), without the model.

Asked to "turn off debug" of a settings file that says ``debug = true``, the model proposed no change. Which
setting is meant is plain from its name: the one true-or-false setting whose name's words the request says. The
new value is written in the file's own words for it: ``false`` for ``true``, ``False`` for ``True``, ``no`` for
``yes``, ``off`` for ``on``.
"""

from __future__ import annotations

import re

from companion.behaviors.figures import spoken
from companion.behaviors.quoted import stem, stems

_SWITCHES = re.compile(
    r"^\s*(?:please\s+)?(?:(?:turn|switch|set|flip)\s+(?P<on_off>on|off)\s+(?:the\s+)?(?P<what>\S.*?)"
    r"|(?P<verb>enable|disable|activate|deactivate)\s+(?:the\s+)?(?P<what2>\S.*?)"
    r"|(?:turn|switch|set)\s+(?:the\s+)?(?P<what3>\S.*?)\s+(?P<on_off3>on|off|to\s+(?:true|false))"
    r"|(?:the\s+)?(?P<what4>\S.*?)\s+should\s+be\s+(?P<on_off4>on|off|enabled|disabled|true|false))[\s.!]*$",
    re.IGNORECASE,
)
"""A request to switch a setting on or off: "turn off debug", "disable the cache", "switch verbose on", "set debug
to false", "debug should be off"."""
_TRUE_WORDS = {"on", "true", "enable", "activate", "enabled", "to true"}
_OPPOSITES = {"true": "false", "yes": "no", "on": "off", "enabled": "disabled"}
_OPPOSITES |= {new: old for old, new in _OPPOSITES.items()}
SWITCH_SETTING = re.compile(
    r"^(?P<indent>[ \t]*)(?:(?:export|const|let|var)\s+)?(?P<quote>[\"']?)(?P<name>[A-Za-z_][\w.-]*)(?P=quote)[ \t]*"
    r"(?:=|:(?=[ \t]))[ \t]*[\"']?(?P<value>true|false|yes|no|on|off|enabled|disabled)[\"']?[ \t]*[;,]?[ \t]*(?:[#;/][^\n]*)?$"
    r"|(?<=[(,])[ \t]*(?P<keyword>[A-Za-z_]\w*)=(?P<argument>True|False)(?=[ \t]*[,)])",
    re.IGNORECASE | re.MULTILINE,
)
"""A setting that is true or false: ``debug = true``, ``DEBUG = True``, ``cache: off``, ``VERBOSE=yes``, ``const
DEBUG = false;``, JSON's ``"wordWrap": false,``, Terraform's ``status = "Disabled"``, or an argument such as
``debug=True``."""
_NOT_A_NAME = frozenset(stem(word) for word in ("mode", "setting", "option", "flag", "feature", "configuration"))
"""Words a request calls a setting by that its name need not have: "debug mode" is ``debug``."""
_SAYS_ONLY_ON = frozenset(stem(word) for word in ("enabled", "active", "status"))
"""Names that say only whether what they stand under is on: ``enabled = true`` under ``[cache]`` is the cache's,
``status = "Disabled"`` in ``versioning_configuration { … }`` the versioning's."""
_OWNER = re.compile(r"^\[(?P<section>[^\]\n]+)\][ \t]*$|^(?P<indent>[ \t]*)(?P<key>[\w.-]+)(?::|[ \t]*\{)[ \t]*$", re.MULTILINE)


def switched(text: str, request: str) -> str | None:
    """``text`` with the one true-or-false setting the request names switched on or off as it asks; None for any
    other request, where no one such setting has the name, or where it is so already."""
    found = _SWITCHES.match(request)
    if not found:
        return None
    what = next(found[group] for group in ("what", "what2", "what3", "what4") if found[group])
    turn_on = next(found[group] for group in ("on_off", "verb", "on_off3", "on_off4") if found[group]).lower() in _TRUE_WORDS
    said = stems(what) - _NOT_A_NAME
    named = [setting for setting in SWITCH_SETTING.finditer(text) if said and _name_of(text, setting) == said]
    if len(named) != 1:
        return None
    group = "value" if named[0]["value"] else "argument"
    old = named[0][group]
    if (old.lower() in ("true", "yes", "on", "enabled")) == turn_on:
        return None
    new = _in_case_of(_OPPOSITES[old.lower()], old)
    return text[: named[0].start(group)] + new + text[named[0].end(group) :]


def _name_of(text: str, setting: re.Match[str]) -> set[str]:
    """The words a setting is called by: its name's, or, for a name such as ``enabled``, those of the section or
    key it stands under."""
    words = stems(spoken(setting["name"] or setting["keyword"]).replace(".", " ")) - _NOT_A_NAME
    if not words <= _SAYS_ONLY_ON:
        return words
    indent = len(setting["indent"] or "")
    owners = [owner for owner in _OWNER.finditer(text[: setting.start()])
              if owner["section"] or len(owner["indent"]) < indent]
    return stems(spoken(owners[-1]["section"] or owners[-1]["key"]).replace(".", " ")) - _NOT_A_NAME if owners else words


def _in_case_of(word: str, old: str) -> str:
    return word.upper() if old.isupper() else word.capitalize() if old[0].isupper() else word
