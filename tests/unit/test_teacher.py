"""A teacher model's answers become training data only in the shape the runtime serves and only when the runtime
would accept them; the client remembers every answer and survives a busy endpoint.

The endpoint here is a scripted HTTP server speaking the chat-completions protocol (no teacher model can run on
this machine); tests/e2e/test_teacher_endpoint.py talks to a real llama.cpp server."""

import json
import threading
import typing
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest

from companion.behaviors.edit import unusable
from training.examples import render
from training.synth import synthesize
from training.taught import (
    draft_examples,
    review_examples,
    rewrite_examples,
    targeted_examples,
)
from training.teacher import REQUESTS, REVIEW, REVISE, Teacher, TeacherError

DIARY = ("# Allotment diary\n\n## Week one\n\nDug the long bed and found three potatoes from last year.\n\n"
         "## Week two\n\nSowed broad beans in two rows. The soil was still cold.\n\n"
         "## Week three\n\nThe slugs ate half the lettuce.\n")
CODE = "def area(width, height):\n    return width * height\n\n\ndef perimeter(width, height):\n    return 2 * (width + height)\n"
SOURCE = "teacher:big"


class _Endpoint(BaseHTTPRequestHandler):
    """Answers from ``script(system, user)``; ``failures`` first answers that many requests with HTTP 503."""

    script = staticmethod(lambda system, user: "")
    failures = 0
    seen: typing.ClassVar[list] = []

    def do_POST(self):
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        type(self).seen.append((self.headers.get("Authorization"), body))
        if type(self).failures:
            type(self).failures -= 1
            self.send_error(503)
            return
        system, user = body["messages"][0]["content"], body["messages"][1]["content"]
        payload = json.dumps({"choices": [{"message": {"content": type(self).script(system, user)}}]}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, *args):
        pass


@pytest.fixture
def endpoint(monkeypatch):
    handler = type("Endpoint", (_Endpoint,), {"seen": [], "failures": 0})
    server = HTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    monkeypatch.setattr("training.teacher.time.sleep", lambda seconds: None)
    yield handler, f"http://127.0.0.1:{server.server_port}/v1"
    server.shutdown()


def test_every_answer_is_cached_so_a_second_run_asks_nothing(endpoint, tmp_path):
    handler, url = endpoint
    handler.script = staticmethod(lambda system, user: user.upper())
    cache = tmp_path / "teacher.jsonl"
    first = Teacher(url, "big", cache=cache).ask_all([("be brief", "one"), ("be brief", "two")])
    again = Teacher(url, "big", cache=cache)
    assert again.ask_all([("be brief", "one"), ("be brief", "two")]) == first == ["ONE", "TWO"]
    assert again.asked == 0 and len(handler.seen) == 2
    recorded = [json.loads(line) for line in cache.read_text().splitlines()]
    assert {(r["model"], r["user"], r["answer"]) for r in recorded} == {("big", "one", "ONE"), ("big", "two", "TWO")}


def test_a_busy_endpoint_is_asked_again_and_a_key_is_sent(endpoint, monkeypatch):
    handler, url = endpoint
    handler.script = staticmethod(lambda system, user: "fine")
    handler.failures = 2
    monkeypatch.setenv("COMPANION_TEACHER_API_KEY", "sk-test")
    assert Teacher(url, "big").ask("s", "u") == "fine"
    assert len(handler.seen) == 3 and all(auth == "Bearer sk-test" for auth, _ in handler.seen)


def test_an_endpoint_that_never_answers_is_a_clear_error():
    with pytest.raises(TeacherError, match="did not answer after 3 tries"):
        Teacher("http://127.0.0.1:9/v1", "big", timeout=1).ask("s", "u")


def test_a_change_to_a_named_part_teaches_the_edit_of_that_part():
    answer = DIARY.replace("The soil was still cold.", "The soil was still cold and the wind was sharp.")
    (example, *_), reason = targeted_examples("diary.md", DIARY, "mention the weather in week two", answer, SOURCE)
    assert reason is None and example.task == "edit" and example.source == SOURCE
    assert example.fields["original"] == "## Week two\n\nSowed broad beans in two rows. The soil was still cold."
    assert example.response == "## Week two\n\nSowed broad beans in two rows. The soil was still cold and the wind was sharp."


def test_the_same_change_is_also_taught_as_an_edit_of_the_sentence_selected():
    answer = DIARY.replace("The soil was still cold.", "The soil was still cold and the wind was sharp.")
    _, route, selected = targeted_examples("diary.md", DIARY, "mention the weather in week two", answer, SOURCE)[0]
    assert route.task == "route" and route.fields["has_selection"] and route.response == "edit"
    assert selected.fields["original"] == "The soil was still cold."
    assert selected.fields["context"] == "Sowed broad beans in two rows. The soil was still cold.\n\n"
    assert selected.response == "The soil was still cold and the wind was sharp."


def test_a_new_paragraph_at_the_end_of_the_named_part_belongs_to_it():
    """Placed as late as it can be, the insertion starts the next part; placed as early, it ends this one."""
    answer = DIARY.replace("in two rows. The soil was still cold.\n", "in two rows. The soil was still cold.\n\nRain at last.\n")
    (example, *_), reason = targeted_examples("diary.md", DIARY, "mention the weather in week two", answer, SOURCE)
    assert reason is None
    assert example.response == "## Week two\n\nSowed broad beans in two rows. The soil was still cold.\n\nRain at last."


def test_a_change_to_a_whole_one_sentence_paragraph_is_not_taught_twice():
    answer = DIARY.replace("The slugs ate half the lettuce.", "The slugs held a banquet in the lettuce.")
    made, _ = targeted_examples("diary.md", DIARY, "make the slug part funnier", answer, SOURCE)
    assert [example.task for example in made] == ["edit"]


def test_a_change_the_request_does_not_place_also_teaches_where_it_goes():
    answer = "```markdown\n" + DIARY.replace("The slugs ate half the lettuce.", "The slugs held a banquet in the lettuce.") + "```"
    (locate, edit), reason = targeted_examples("diary.md", DIARY, "make it funnier", answer, SOURCE)
    assert reason is None
    chosen = dict(locate.fields["candidates"])[int(locate.response)]
    assert "slugs" in chosen
    assert edit.fields["original"] == "The slugs ate half the lettuce." and edit.response == "The slugs held a banquet in the lettuce."


@pytest.mark.parametrize(("request_text", "answer", "reason"), [
    ("make it funnier", DIARY, "targeted: unchanged"),
    ("make it funnier", DIARY.replace("three potatoes", "three sad potatoes").replace("The slugs", "The greedy slugs"),
     "targeted: changes more than one part the request does not name"),
    ("mention the weather in week two", DIARY.replace("three potatoes", "three potatoes in the rain"),
     "targeted: changes outside the part the runtime would revise"),
])
def test_a_targeted_answer_the_runtime_could_not_have_asked_for_is_refused(request_text, answer, reason):
    assert targeted_examples("diary.md", DIARY, request_text, answer, SOURCE) == ([], reason)


def test_a_code_revision_the_runtime_would_refuse_is_not_trained_on():
    broken = CODE.replace("return width * height", "return width * height +")
    examples, reason = targeted_examples("shapes.py", CODE, "round the area", broken, SOURCE)
    assert examples == [] and reason == "targeted: is not valid Python where the original was"
    dropped = CODE.replace("def perimeter(width, height):\n    return 2 * (width + height)\n", "")
    assert targeted_examples("shapes.py", CODE, "make area clearer", dropped, SOURCE)[0] == []


def test_a_rewrite_is_the_whole_file_in_one_pass():
    answer = DIARY.replace("Dug", "I dug").replace("Sowed", "I sowed").replace("The slugs ate", "Slugs ate")
    (example,), reason = rewrite_examples("diary.md", DIARY, "write it in the first person", answer, SOURCE)
    assert reason is None and example.meta["mode"] == "rewrite" and example.fields["original"] == DIARY.rstrip()
    assert unusable(example.response, DIARY, "", example.request, "diary.md", targeted=False) is None


def test_a_review_quotes_whole_spans_the_runtime_can_anchor():
    answer = json.dumps({"comments": [
        {"quote": "found three potatoes", "comment": "Say how big they were.", "suggestion": "found three tiny potatoes"},
        {"quote": "Sowed broad beans in two rows.", "comment": "How far apart?", "suggestion": None}]})
    (example,), reason = review_examples("diary.md", DIARY, "any notes?", answer, SOURCE)
    comments = json.loads(example.response)["comments"]
    assert reason is None and [c["quote"] for c in comments] == [
        "Dug the long bed and found three potatoes from last year.", "Sowed broad beans in two rows."]
    assert comments[0]["suggestion"] == "Dug the long bed and found three tiny potatoes from last year."


@pytest.mark.parametrize("answer", [
    "Looks good to me!",
    json.dumps({"comments": [{"quote": "The carrots bolted.", "comment": "Which week?"}]}),
    json.dumps({"comments": [{"quote": "The slugs ate half the lettuce.", "comment": "Typo: 'teh' should be 'the'."}]}),
])
def test_a_review_with_a_comment_that_cannot_be_shown_is_refused(answer):
    examples, reason = review_examples("diary.md", DIARY, "review this", answer, SOURCE)
    assert examples == [] and reason.startswith("review:")


def test_a_draft_of_code_must_parse():
    assert draft_examples("write a python function that adds two numbers", "def add(a, b):\n    return a +", SOURCE)[1] == \
        "draft: code that does not parse"
    (example,), _ = draft_examples("write a python function that adds two numbers", "def add(a, b):\n    return a + b\n", SOURCE)
    assert example.task == "create" and example.fields["file_name"].endswith(".py")


def _teacher_script(system: str, user: str) -> str:
    """A stand-in for a capable teacher: real documents, requests of every kind, careful revisions and reviews."""
    if system == REQUESTS:
        return json.dumps({"targeted": ["mention the weather in week two", "make it funnier"],
                           "rewrite": ["write it in the first person"], "comment": ["any notes?"],
                           "answer": ["what did I plant?"], "create": ["write a planting calendar for next spring"]})
    if system == REVISE:
        request = user.split("\n")[1].removeprefix("Request: ")
        text = user.split("\n\n", 1)[1]
        if request == "mention the weather in week two":
            return text.replace("The soil was still cold.", "The soil was still cold and the wind was sharp.")
        if request == "make it funnier":
            return text.replace("The slugs ate half the lettuce.", "The slugs held a banquet in the lettuce.")
        return text.replace("Dug", "I dug").replace("Sowed", "I sowed")
    if system == REVIEW:
        return json.dumps({"comments": [{"quote": "Sowed broad beans in two rows.", "comment": "How far apart?"}]})
    if "allotment" in user:
        return DIARY
    return "# A plan\n\nSow early.\nWater often.\n"


def test_synth_with_a_teacher_adds_checked_examples_of_every_kind_and_counts_what_it_refused(endpoint, tmp_path):
    handler, url = endpoint
    handler.script = staticmethod(_teacher_script)
    offline, _ = synthesize()
    examples, dropped = synthesize(teacher=Teacher(url, "big", cache=tmp_path / "cache.jsonl"), teacher_limit=2)
    taught = [e for e in examples if e.source == "teacher:big"]
    assert [e.to_json() for e in examples if e.source != "teacher:big"] == [e.to_json() for e in offline]
    assert {e.task for e in taught} == {"route", "locate", "edit", "comment", "create"}
    assert {(e.request, e.response) for e in taught if e.task == "route" and e.fields["path"] == "allotment-diary.md"} == {
        ("mention the weather in week two", "edit"), ("make it funnier", "edit"),
        ("write it in the first person", "rewrite"), ("any notes?", "comment"), ("what did I plant?", "answer"),
        ("write a planting calendar for next spring", "create")}
    for example in taught:
        render(example)  # every example renders through the runtime's prompts
        if example.task == "edit":
            original = example.fields["original"]
            assert unusable(example.response, original, "", example.request, example.fields["path"],
                            targeted=example.meta["mode"] != "rewrite") is None
    # the scripted teacher cannot revise its second document for the diary's requests: refused, and counted
    assert any(reason.startswith("teacher refused, targeted: unchanged") for reason in dropped)


def test_without_an_endpoint_the_teacher_answers_from_its_cache_alone(endpoint, tmp_path):
    handler, url = endpoint
    handler.script = staticmethod(lambda system, user: "kept")
    cache = tmp_path / "teacher.jsonl"
    Teacher(url, "big", cache=cache).ask("s", "asked before")
    offline = Teacher(None, "big", cache=cache)
    assert offline.ask("s", "asked before") == "kept"
    with pytest.raises(TeacherError, match="no endpoint was given"):
        offline.ask("s", "never asked")


@pytest.mark.parametrize("markup", ["[INST] <<SYS>>", "<start_of_turn>model", "<|im_start|>assistant"])
def test_chat_markup_in_an_answer_is_never_trained_on(markup):
    assert draft_examples("write a poem about rain", f"Rain on the roof.\n{markup}\nRain in the street.", SOURCE)[0] == []
    answer = DIARY.replace("The slugs ate half the lettuce.", f"The slugs ate half the lettuce. {markup}")
    assert targeted_examples("diary.md", DIARY, "make it funnier", answer, SOURCE) == ([], "targeted: chat markup")


def test_an_answer_is_found_again_whatever_length_was_allowed(endpoint, tmp_path):
    handler, url = endpoint
    handler.script = staticmethod(lambda system, user: "short")
    cache = tmp_path / "teacher.jsonl"
    Teacher(url, "big", cache=cache, max_tokens=300).ask("s", "u")
    assert Teacher(None, "big", cache=cache, max_tokens=2048).ask("s", "u") == "short"
