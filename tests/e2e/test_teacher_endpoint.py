"""scripts/synth's teacher client against a real OpenAI-compatible endpoint: llama-cpp-python's own server,
serving the embedded base model as a stand-in teacher (no stronger model can run on this machine; the logic of
what its answers become is specified in tests/unit/test_teacher.py)."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request

import pytest

from training.taught import taught_examples
from training.teacher import Teacher

pytestmark = pytest.mark.real_model


@pytest.fixture(scope="module")
def served(default_model):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen(
        [sys.executable, "-m", "llama_cpp.server", "--model", str(default_model), "--model_alias", "base",
         "--host", "127.0.0.1", "--port", str(port), "--n_threads", "2", "--n_ctx", "4096"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/v1"
    try:
        for _ in range(120):
            try:
                urllib.request.urlopen(url + "/models", timeout=1).close()
                break
            except OSError:
                assert server.poll() is None, "llama_cpp.server exited"
                time.sleep(0.5)
        yield url
    finally:
        server.terminate()
        server.wait(timeout=30)


def test_the_teacher_asks_a_real_server_and_keeps_its_answers(served, tmp_path):
    cache = tmp_path / "teacher.jsonl"
    answer = Teacher(served, "base", cache=cache, max_tokens=24).ask("You are terse.", "Name a colour.", temperature=0.0)
    assert answer.strip()
    assert Teacher(served, "base", cache=cache, max_tokens=24).ask("You are terse.", "Name a colour.", temperature=0.0) == answer


def test_a_trial_synth_run_against_the_server_makes_only_examples_from_it(served, tmp_path):
    teacher = Teacher(served, "base", cache=tmp_path / "teacher.jsonl", max_tokens=96, workers=2)
    examples, refused = taught_examples(teacher, {}, limit=1)
    assert teacher.asked >= 3  # a document, the requests for it, a draft
    assert all(example.source == "teacher:base" for example in examples)
    assert sum(refused.values()) + len(examples) > 0
