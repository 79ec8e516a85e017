"""A training example and how it renders: through companion/behaviors/prompts.py, like the runtime.

Examples are stored as the fields the runtime would render (path, request, original, …), not as
rendered text, so a change to a prompt template changes the training data with it.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field

from companion.behaviors import prompts

TASKS = ("route", "locate", "edit", "comment", "create_name", "create")


@dataclass(frozen=True)
class Example:
    task: str
    source: str
    """How it was made: ``seed:<table>`` (a labelled row), ``rule:<name>`` (a transformation whose answer is
    known) or ``teacher:<model>`` (written by a teacher model)."""
    fields: dict
    response: str
    meta: dict = field(default_factory=dict)

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, line: str) -> Example:
        return cls(**json.loads(line))

    @property
    def request(self) -> str:
        return self.fields["request"]

    @property
    def document(self) -> str | None:
        """The document text the example is about, if any (for the overlap check)."""
        return self.meta.get("document")


def render(example: Example) -> tuple[str, str]:
    """(prompt, response): the model is trained to continue the prompt with the response."""
    f = example.fields
    if example.task == "route":
        return prompts.render_route_prompt(f["path"], f["has_selection"], f["request"]), " " + example.response
    if example.task == "locate":
        numbered = [(number, title) for number, title in f["candidates"]]
        return prompts.render_locate_prompt(f["path"], f["request"], numbered), example.response
    if example.task == "edit":
        prompt = prompts.render_edit_prompt(f["path"], f["request"], f["original"], f.get("context", ""), f.get("style", ""))
        return prompt, example.response.rstrip() + "\n" + prompts.EDIT_END
    if example.task == "comment":
        return prompts.render_comment_prompt(f["path"], f["request"], f["text"], f.get("style", "")), example.response
    if example.task == "create_name":
        return prompts.render_create_name_prompt(f["request"]), example.response
    if example.task == "create":
        prompt = prompts.render_create_prompt(f["request"], f["file_name"], f.get("style", ""))
        return prompt, example.response.rstrip() + "\n" + prompts.CREATE_END
    raise ValueError(f"unknown task {example.task!r}")

