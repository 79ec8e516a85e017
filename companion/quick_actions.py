"""Quick actions, as in Canvas: one-key requests for prose and code, and the user's own from the config.

A quick action is a request with a fixed intent, so it skips the router: "Shorter" is always an edit of
the selection (or a rewrite of the whole document when nothing is selected), "Review" always comments.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from companion.config import ConfigError
from companion.documents import PROSE_LANGUAGES

READING_LEVELS = ("kindergarten", "middle school", "high school", "college", "graduate school")
CODE_LANGUAGES = ("python", "javascript", "typescript")


@dataclass(frozen=True)
class QuickAction:
    name: str
    label: str
    request: str
    intent: str  # "edit" means: the selection when there is one, else the whole document (a rewrite)
    kind: str  # "prose", "code" or "any"
    key: str = ""  # pressed in the document: "s", "ctrl+o", "f5" (Textual key names)

    def intent_for(self, has_selection: bool) -> str:
        return "rewrite" if self.intent == "edit" and not has_selection else self.intent


def _builtin() -> list[QuickAction]:
    actions = [
        QuickAction("suggest-edits", "Suggest edits", "Suggest edits that would improve this writing", "comment", "prose", "e"),
        QuickAction("shorter", "Shorter", "Make this shorter, keeping the meaning", "edit", "prose", "s"),
        QuickAction("longer", "Longer", "Make this longer, with more detail", "edit", "prose", "l"),
        QuickAction("polish", "Final polish", "Give this a final polish: grammar, clarity and consistency", "edit", "prose", "p"),
        QuickAction("emojis", "Add emojis", "Add fitting emojis", "edit", "prose", "m"),
        QuickAction("review", "Code review", "Review this code and point out problems", "comment", "code", "r"),
        QuickAction("add-comments", "Add comments", "Add helpful comments to this code", "edit", "code", "c"),
        QuickAction("add-logs", "Add logs", "Add log statements that help debug this code", "edit", "code", "g"),
        QuickAction("fix-bugs", "Fix bugs", "Find and fix the bugs in this code", "edit", "code", "b"),
    ]
    for number, level in enumerate(READING_LEVELS, 1):
        slug = level.split()[0]
        actions.append(
            QuickAction(f"level-{slug}", f"Reading level: {level}", f"Rewrite this for a {level} reading level", "edit", "prose", str(number))
        )
    for language in CODE_LANGUAGES:
        actions.append(
            QuickAction(f"port-{language}", f"Port to {language}", f"Port this code to {language}", "rewrite", "code")
        )
    return actions


def quick_actions(config_tables: dict) -> list[QuickAction]:
    """The built-in actions, then ``[quick_actions]`` from the config (a user action may replace a built-in).

    In the config, an action is either a request string or a table with ``request`` and optionally
    ``label``, ``intent`` (edit, rewrite or comment), ``kind`` (prose, code or any) and ``key``. A key the
    user gives an action is taken from the built-in action that had it.
    """
    actions = {action.name: action for action in _builtin()}
    user_keys: dict[str, str] = {}
    for name, value in config_tables.get("quick_actions", {}).items():
        fields = {"request": value} if isinstance(value, str) else value
        if not isinstance(fields, dict) or not isinstance(fields.get("request"), str):
            raise ConfigError(f"quick action {name!r} needs a request: `{name} = \"...\"` in [quick_actions].")
        intent, kind = fields.get("intent", "edit"), fields.get("kind", "any")
        if intent not in ("edit", "rewrite", "comment") or kind not in ("prose", "code", "any"):
            raise ConfigError(f"quick action {name!r}: intent must be edit, rewrite or comment; kind prose, code or any.")
        key = fields.get("key", actions[name].key if name in actions else "")  # a replaced built-in keeps its key
        if not isinstance(key, str) or key != key.strip() or (key and key in user_keys):
            raise ConfigError(f"quick action {name!r}: key must be a key name (\"s\", \"ctrl+o\", \"f5\") no other action of yours uses.")
        if "key" in fields and key:
            user_keys[key] = name
        actions[name] = QuickAction(name, fields.get("label", name), fields["request"], intent, kind, key)
    return [
        replace(action, key="") if action.key in user_keys and user_keys[action.key] != action.name else action
        for action in actions.values()
    ]


def actions_for(actions: list[QuickAction], language: str) -> list[QuickAction]:
    """The actions that fit a document: prose actions for text and Markdown, code actions for code."""
    kind = "prose" if language in PROSE_LANGUAGES else "code"
    return [action for action in actions if action.kind in (kind, "any")]
