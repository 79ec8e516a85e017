"""A stronger model behind an OpenAI-compatible endpoint (``scripts/synth --teacher-url``): it writes
documents, the requests people make of them, and the answers no rule can compute.

Every answer is kept in a cache file, one JSON object a line, keyed by what was asked: a re-run asks nothing
twice, an interrupted run goes on where it stopped, and a data set can be rebuilt without the teacher from
the cache committed beside it. What the answers become, and which are refused, is training/taught.py.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

RETRIES = 3
"""Tries per question before it is given up (a teacher behind a busy server times out now and then)."""

DOCUMENT = ("You write realistic files that a person keeps in a project folder. Reply with the file's contents "
            "only: no preamble, no explanation, no Markdown fences around it.")
REQUESTS = ("You invent what the author of a document might type to a writing-and-coding assistant running beside "
            "their editor. People type tersely, often in lower case, sometimes politely, sometimes with a typo. "
            "Reply with one JSON object and nothing else.")
REVISE = ("You edit a file as its author asks. Reply with the whole file after the change, and nothing else: no "
          "preamble, no explanation, no Markdown fences around it. When the request is about one part, change only "
          "that part and copy every other line exactly as it was. When it asks to change the whole file, do.")
REVIEW = ("You review a file and leave inline comments without changing it. Reply with one JSON object and nothing "
          'else: {"comments": [{"quote": "...", "comment": "...", "suggestion": "..." or null}]}. Each quote is one '
          "whole sentence (prose) or one whole line without its indentation (code), copied exactly from the file. "
          "The suggestion is the quote as it should read, or null. Comment only on real problems and things the "
          "request asks about; an empty list is a fine answer for a file without any.")
DRAFT = ("You write the document a person asks for. Reply with its contents only: no preamble, no explanation, no "
         "Markdown fences around it. Keep it short enough to read in a minute or two.")

REQUESTS_ASKED = """File: {path}

{text}

Write requests the author of this file might make. Reply with JSON of this shape:
{{"targeted": [six requests that change one part of the file only, naming the part by what it says, where it
is or what it does, never by quoting it; include ones that add something, fix something, and change tone or
detail],
 "rewrite": [two requests that change the whole file: its tone, audience, form, length{or_language}],
 "comment": [two requests for comments or a review, with no change to the file],
 "answer": [two questions about the file that need an answer, not a change],
 "create": [one request for a new, different document the author might want next]}}"""


class TeacherError(Exception):
    """The teacher could not be reached or answered with something that is not a chat completion."""


class Teacher:
    """A chat-completions client that remembers every answer (``cache``) and can ask several questions at once.
    Without a ``url`` it answers from the cache alone, to rebuild a data set the teacher made."""

    def __init__(self, url: str | None, model: str = "teacher", *, cache: Path | None = None, api_key: str | None = None,
                 timeout: float = 300.0, workers: int = 4, max_tokens: int = 2048):
        self.url = url.rstrip("/") + "/chat/completions" if url else None
        self.model = model
        self.timeout = timeout
        self.workers = workers
        self.max_tokens = max_tokens
        self.api_key = api_key if api_key is not None else os.environ.get("COMPANION_TEACHER_API_KEY")
        self.cache = cache
        self.asked = 0
        """Questions that went to the endpoint in this run (the rest came from the cache)."""
        self._answers: dict[str, str] = {}
        self._lock = threading.Lock()
        if cache and cache.exists():
            for line in cache.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    entry = json.loads(line)
                    self._answers[entry["key"]] = entry["answer"]

    def ask(self, system: str, user: str, temperature: float = 0.7) -> str:
        """The teacher's answer to one question: from the cache, or asked (and then cached)."""
        body = {"model": self.model, "temperature": temperature,
                "messages": [{"role": "system", "content": system}, {"role": "user", "content": user}]}
        # what was asked, not how long an answer was allowed: a data set rebuilt from the cache finds every answer
        key = hashlib.sha256(json.dumps(body, sort_keys=True).encode()).hexdigest()
        body["max_tokens"] = self.max_tokens
        with self._lock:
            if key in self._answers:
                return self._answers[key]
        answer = self._post(body)
        with self._lock:
            self._answers[key] = answer
            self.asked += 1
            if self.cache:
                self.cache.parent.mkdir(parents=True, exist_ok=True)
                with self.cache.open("a", encoding="utf-8") as file:
                    file.write(json.dumps({"key": key, "model": self.model, "system": system, "user": user,
                                           "answer": answer}, ensure_ascii=False) + "\n")
        return answer

    def ask_all(self, questions: list[tuple[str, str]], temperature: float = 0.7,
                progress: Callable[[int, int], None] | None = None) -> list[str]:
        """Answers to several (system, user) questions, asked ``workers`` at a time, in the order given."""
        done = 0

        def one(question: tuple[str, str]) -> str:
            nonlocal done
            answer = self.ask(*question, temperature=temperature)
            with self._lock:
                done += 1
                if progress:
                    progress(done, len(questions))
            return answer

        with ThreadPoolExecutor(max_workers=max(1, self.workers)) as pool:
            return list(pool.map(one, questions))

    def _post(self, body: dict) -> str:
        if self.url is None:
            raise TeacherError(f"{self.cache} has no answer to a question the data set needs, and no endpoint was given "
                               "to ask (--teacher-url)")
        headers = {"Content-Type": "application/json"}
        if self.api_key:
            headers["Authorization"] = f"Bearer {self.api_key}"
        problem: Exception | None = None
        for attempt in range(RETRIES):
            call = urllib.request.Request(self.url, json.dumps(body).encode(), headers)
            try:
                with urllib.request.urlopen(call, timeout=self.timeout) as response:
                    return json.loads(response.read())["choices"][0]["message"]["content"] or ""
            except urllib.error.HTTPError as error:
                if error.code < 500 and error.code != 429:  # a refusal that asking again will not change
                    raise TeacherError(f"{self.url} refused the request: HTTP {error.code} {error.reason}") from error
                problem = error
            except (urllib.error.URLError, TimeoutError, ConnectionError) as error:
                problem = error
            except (KeyError, IndexError, TypeError, json.JSONDecodeError) as error:
                raise TeacherError(f"{self.url} did not answer with a chat completion: {error}") from error
            time.sleep(2**attempt)
        raise TeacherError(f"{self.url} did not answer after {RETRIES} tries: {problem}")


def document_question(description: str, file_name: str) -> tuple[str, str]:
    return DOCUMENT, f"Write {file_name}: {description}. Between 8 and 40 lines."


def requests_question(path: str, text: str, code: bool) -> tuple[str, str]:
    or_language = " or programming language" if code else " or language"
    return REQUESTS, REQUESTS_ASKED.format(path=path, text=text, or_language=or_language)


def revise_question(path: str, text: str, request: str) -> tuple[str, str]:
    return REVISE, f"File: {path}\nRequest: {request}\n\n{text}"


def review_question(path: str, text: str, request: str) -> tuple[str, str]:
    return REVIEW, f"File: {path}\nRequest: {request}\n\n{text}"


def draft_question(request: str, file_name: str) -> tuple[str, str]:
    return DRAFT, f"Request: {request}\nFile name: {file_name}"


_FENCE = re.compile(r"^\s*```[\w+-]*\n(.*?)\n```\s*$", re.DOTALL)


def unfenced(answer: str) -> str:
    """The answer without the Markdown fence a chat model may put around a whole file despite being told not to."""
    match = _FENCE.match(answer)
    return match.group(1) if match else answer


def json_object(answer: str) -> dict | None:
    """The JSON object in an answer (fenced or not), or None when there is none."""
    text = unfenced(answer).strip()
    start, end = text.find("{"), text.rfind("}")
    if start == -1 or end <= start:
        return None
    try:
        found = json.loads(text[start : end + 1])
    except json.JSONDecodeError:
        return None
    return found if isinstance(found, dict) else None
