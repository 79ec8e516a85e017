"""A training example and how it renders: through companion/behaviors/prompts.py, like the runtime.

Examples are stored as the fields the runtime would render (path, request, original, …), not as
rendered text, so a change to a prompt template changes the training data with it.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field

from companion.behaviors import prompts
from companion.behaviors.comment import candidate_quotes

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



def edit_example(path, request, original, revised, source, document, context="") -> Example:
    """A targeted edit as the runtime sends it: a located section, or (with ``context``) a selection in its sections."""
    fields = {"path": path, "request": request, "original": original.rstrip(), "context": context}
    return Example("edit", source, fields, revised.rstrip(), {"document": document, "mode": "selection" if context else "targeted"})


def rewrite_example(path, request, original, revised, source) -> Example:
    """A whole-document change: the original is the whole file, as a one-pass rewrite sends it."""
    fields = {"path": path, "request": request, "original": original.rstrip(), "context": ""}
    return Example("edit", source, fields, revised.rstrip(), {"document": original, "mode": "rewrite"})


def comment_example(path, request, text, items, language, source) -> Example:
    """A review whose comments quote spans the runtime's anchoring grammar can produce (``candidate_quotes``)."""
    quotes = candidate_quotes(text, language)
    assert all(item["quote"] in quotes for item in items), "a training quote the grammar could not produce"
    response = json.dumps({"comments": items}, ensure_ascii=False)
    return Example("comment", source, {"path": path, "request": request, "text": text.rstrip()}, response, {"document": text})


_NAME_STOPWORDS = {"a", "an", "the", "me", "my", "for", "of", "to", "that", "with", "some", "i", "need", "on", "in", "and",
                   "write", "draft", "compose", "make", "create", "start", "jot", "down", "pls", "new", "file", "doc", "about"}


def file_name_for(request: str) -> str:
    """A name a careful person would choose: the subject's key words, the extension the request implies."""
    lowered = request.lower()
    extension = next((ext for words, ext in (("python", "py"), ("typescript", "ts"), ("javascript", "js"), ("node", "js"),
                                             ("bash", "sh"), ("shell", "sh")) if words in lowered), "md")
    subject = re.split(r"\b(?:about|on|for|that|to)\b", lowered, maxsplit=1)
    words = [w for w in re.findall(r"[a-z0-9]+", subject[-1] if len(subject) > 1 else lowered)
             if w not in _NAME_STOPWORDS and w not in ("python", "javascript", "typescript", "script", "function", "bash", "node")]
    return "-".join(words[:4] or ["draft"]) + "." + extension
