"""Quick actions in the command palette (Ctrl+P), filtered to the open document's kind."""

from __future__ import annotations

from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider

from companion.quick_actions import actions_for


class QuickActionCommands(Provider):
    def _actions(self):
        app = self.app
        language = app.document.language if app.document is not None else "text"
        return actions_for(app.quick_actions, language)

    async def discover(self) -> Hits:
        for action in self._actions():
            yield DiscoveryHit(action.label, partial(self.app.run_quick_action, action), help=action.request)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for action in self._actions():
            score = matcher.match(action.label)
            if score > 0:
                yield Hit(score, matcher.highlight(action.label), partial(self.app.run_quick_action, action), help=action.request)
