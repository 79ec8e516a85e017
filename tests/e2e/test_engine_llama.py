"""The llama-cpp-python engine on the real embedded model: streaming, constrained output, choices, cancel."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from companion.engine.base import CancelToken, Cancelled, Engine, EngineError, GenerationRequest, generate
from companion.engine.llama import LlamaEngine

pytestmark = pytest.mark.real_model


def test_the_engine_satisfies_the_protocol(real_engine):
    assert isinstance(real_engine, Engine)
    assert real_engine.info.threads >= 1 and real_engine.info.context_length >= 2048


def test_streaming_yields_the_same_text_as_a_whole_generation_and_is_deterministic(real_engine):
    request = GenerationRequest("The three primary colours are", max_tokens=12)
    pieces = list(real_engine.stream(request))
    assert len(pieces) > 1
    assert "".join(pieces) == generate(real_engine, request)
    assert real_engine.last_stats.generated_tokens == 12
    assert real_engine.last_stats.finish_reason == "length"
    assert real_engine.last_stats.tokens_per_second > 0


def test_a_second_request_reuses_the_shared_prompt_prefix_from_the_cache(real_engine):
    shared = "Instructions that every request starts with. " * 20
    generate(real_engine, GenerationRequest(shared + "First request:", max_tokens=2))
    generate(real_engine, GenerationRequest(shared + "Second request:", max_tokens=2))
    stats = real_engine.last_stats
    assert stats.cached_prompt_tokens >= real_engine.count_tokens(shared) - 1
    assert stats.cached_prompt_tokens < stats.prompt_tokens


def test_recording_branches_leaves_the_text_as_it_was_and_notes_the_runners_up(real_engine):
    plain = GenerationRequest("The three primary colours are", max_tokens=12)
    text = generate(real_engine, plain)
    assert generate(real_engine, replace(plain, record_branches=True)) == text
    stats = real_engine.last_stats
    assert stats.logprob is not None and stats.logprob < 0
    assert len(stats.branches) >= 2 * 11  # two runners-up at each step
    assert all(0 <= b.offset <= len(text) and b.logprob < 0 and b.prefix_logprob <= 0 for b in stats.branches)
    assert [b.offset for b in stats.branches] == sorted(b.offset for b in stats.branches)
    assert stats.branches[0].offset == 0 and stats.branches[0].prefix_logprob == 0


def test_watched_texts_are_scored_at_every_step_as_the_text_that_would_begin_there(real_engine):
    request = GenerationRequest("The three primary colours are", max_tokens=12, record_branches=True, watch=(" purple",))
    text = generate(real_engine, request)
    stats = real_engine.last_stats
    offsets = sorted({b.offset for b in stats.branches})
    assert [b.offset for b in stats.watched] == offsets and {b.text for b in stats.watched} == {" purple"}
    assert all(b.logprob < 0 for b in stats.watched) and " purple" not in text


def test_following_a_branch_takes_the_text_another_way_from_there(real_engine):
    prompt = "The three primary colours are"
    text = generate(real_engine, GenerationRequest(prompt, max_tokens=12, record_branches=True))
    branch = real_engine.last_stats.branches[0]
    rest = generate(real_engine, GenerationRequest(prompt + branch.text, max_tokens=12))
    assert branch.text + rest != text


def test_stop_strings_end_the_generation(real_engine):
    text = generate(real_engine, GenerationRequest("1, 2, 3, 4, 5,", max_tokens=40, stop=(" 8",)))
    assert " 8" not in text and real_engine.last_stats.finish_reason == "stop"


def test_json_schema_output_always_parses(real_engine):
    schema = {
        "type": "object",
        "properties": {"intent": {"enum": ["answer", "edit"]}, "changes_document": {"type": "boolean"}},
        "required": ["intent", "changes_document"],
    }
    text = generate(real_engine, GenerationRequest("Describe the request as JSON: ", max_tokens=60, json_schema=schema))
    data = json.loads(text)
    assert data["intent"] in ("answer", "edit") and isinstance(data["changes_document"], bool)
    assert real_engine.last_stats.finish_reason == "stop"


def test_choose_returns_one_of_the_choices(real_engine):
    choices = ["answer", "create", "edit", "rewrite", "comment"]
    assert real_engine.choose("Request: what does this function do?\nIntent:", choices) in choices
    assert real_engine.choose("The opposite of hot is", ["cold", "colder"]) in ("cold", "colder")


def test_cancel_stops_a_generation_at_the_next_token(real_engine):
    token = CancelToken()
    received = []
    with pytest.raises(Cancelled):
        for piece in real_engine.stream(GenerationRequest("Once upon a time", max_tokens=200), token):
            received.append(piece)
            token.cancel()
    assert len(received) == 1


def test_a_prompt_longer_than_the_context_is_refused_with_advice(real_engine):
    with pytest.raises(EngineError, match="Select a smaller part"):
        generate(real_engine, GenerationRequest("word " * 5000, max_tokens=4))


def test_a_truncated_model_file_gives_a_clear_error(default_model, tmp_path):
    broken = tmp_path / "broken.gguf"
    broken.write_bytes(default_model.read_bytes()[: 5_000_000])
    with pytest.raises(EngineError, match="damaged, truncated"):
        LlamaEngine(broken)
