"""A stronger model behind an OpenAI-compatible endpoint, asked for revisions no rule can compute."""

from __future__ import annotations

import json
import urllib.request

TEACHER_REQUESTS = ["make this more vivid", "make this sentence stronger", "make this warmer", "make it more concise",
                    "add a concrete example", "make the tone more confident", "make this clearer for beginners"]
SYSTEM = ("You revise part of a document. Reply with the revised text only: no preamble, no quotes, no Markdown fences. "
          "Change only what the request asks; keep everything else exactly as it was.")


class Teacher:
    def __init__(self, url: str, model: str = "teacher", timeout: float = 120.0):
        self.url = url.rstrip("/") + "/chat/completions"
        self.model = model
        self.timeout = timeout

    def revise(self, path: str, request: str, original: str) -> str:
        body = {"model": self.model, "temperature": 0.3, "messages": [
            {"role": "system", "content": SYSTEM},
            {"role": "user", "content": f"File: {path}\nRequest: {request}\n\nText:\n{original}"},
        ]}
        call = urllib.request.Request(self.url, json.dumps(body).encode(), {"Content-Type": "application/json"})
        with urllib.request.urlopen(call, timeout=self.timeout) as response:
            return json.loads(response.read())["choices"][0]["message"]["content"].strip()
