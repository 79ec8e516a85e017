"""The synthetic training set: reproducible, well-formed, and disjoint from the held-out eval split."""

import json
from pathlib import Path

import pytest

from companion.behaviors.comment import candidate_quotes
from companion.behaviors.edit import regions_for
from companion.behaviors.locate import named_sections, placed_sections
from companion.behaviors.prompts import INTENTS
from companion.documents import Document, language_for, parses_cleanly
from training.dedupe import HeldOut
from training.examples import TASKS, Example, file_name_for, render
from training.synth import DEFAULT_OUT, synthesize, teacher_cache
from training.teacher import Teacher


@pytest.fixture(scope="module")
def committed() -> list[Example]:
    return [Example.from_json(line) for line in DEFAULT_OUT.read_text(encoding="utf-8").splitlines()]


def test_the_committed_data_is_exactly_what_scripts_synth_makes(committed):
    """A teacher's examples are rebuilt from its answers kept beside the data (training/data/teacher/)."""
    models = {e.source.removeprefix("teacher:") for e in committed if e.source.startswith("teacher:")}
    assert len(models) <= 1, "one teacher per data set"
    model = models.pop() if models else None
    teacher = Teacher(None, model, cache=teacher_cache(model)) if model else None
    examples, _ = synthesize(teacher=teacher)
    assert [e.to_json() for e in examples] == [e.to_json() for e in committed]


def test_no_example_overlaps_the_held_out_split(committed):
    held_out = HeldOut.load()
    assert [e for e in committed if held_out.overlap(e)] == []


def test_the_overlap_check_catches_a_held_out_request_and_held_out_text():
    held_out = HeldOut.load()
    case = json.loads(Path("evals/heldout.jsonl").read_text().splitlines()[0])
    reworded = Example("route", "seed:test", {"path": None, "has_selection": False, "request": case["request"].upper() + "!"}, "answer")
    assert held_out.overlap(reworded) == "held-out request"
    document_case = next(json.loads(line) for line in Path("evals/heldout.jsonl").read_text().splitlines() if '"document": "' in line)
    copied = Example("edit", "seed:test", {"request": "polish", "original": document_case["document"]}, "x")
    assert held_out.overlap(copied) == "held-out document text"


@pytest.mark.parametrize("split", ["evals/fresh.jsonl", "evals/blind.jsonl", "evals/blind2.jsonl"])
def test_the_splits_written_later_are_kept_out_of_training_too(split):
    held_out = HeldOut.load()
    case = json.loads(Path(split).read_text().splitlines()[-1])
    assert held_out.overlap(Example("comment", "seed:test", {"request": case["request"].title(), "text": "x"}, "{}")) == "held-out request"
    copied = Example("edit", "seed:test", {"request": "polish", "original": case["document"]}, "x")
    assert held_out.overlap(copied) == "held-out document text"


def test_the_lean_set_halves_only_the_repetitive_kinds(committed):
    lean, dropped = synthesize(lean=True)
    def count(examples, source):
        return sum(e.source == source for e in examples)
    assert count(lean, "hand:written") == count(committed, "hand:written")
    assert count(lean, "seed:no_document") == count(committed, "seed:no_document")
    for source in ("seed:prose", "rule:fix_typos", "rule:formal"):
        assert 0.3 < count(lean, source) / count(committed, source) < 0.7, source
    assert len(lean) + dropped["lean"] == len(committed)


def test_every_task_is_covered_and_every_example_records_how_it_was_made(committed):
    assert {e.task for e in committed} == set(TASKS)
    assert all(e.source.split(":")[0] in ("seed", "rule", "teacher", "hand") for e in committed)


def test_every_example_renders_to_a_prompt_and_a_non_empty_response(committed):
    for example in committed:
        prompt, response = render(example)
        assert prompt.strip() and response.strip()


def test_route_and_locate_answers_are_labels_the_runtime_can_choose(committed):
    for example in committed:
        if example.task == "route":
            assert example.response in INTENTS
            if example.fields["path"] is None:
                assert example.response in ("answer", "create")
        if example.task == "locate":
            assert example.response in {str(number) for number, _ in example.fields["candidates"]}


def test_edit_answers_change_the_text(committed):
    edits = [e for e in committed if e.task == "edit"]
    assert edits and all(e.response.strip() != e.fields["original"].strip() for e in edits)


@pytest.fixture(scope="module")
def more_code() -> list[Example]:
    return synthesize(more_code=True)[0]


def test_the_more_code_set_adds_code_edits_and_stays_out_of_every_eval_split(more_code, committed):
    added = {e.to_json() for e in more_code} - {e.to_json() for e in committed}
    kinds = {Example.from_json(line).source for line in added}
    assert {"rule:change_setting", "rule:add_field", "hand:written"} <= kinds
    held_out = HeldOut.load()
    assert not [e for e in more_code if held_out.overlap(e)]


@pytest.fixture(scope="module")
def more_rewrites() -> list[Example]:
    return synthesize(more_rewrites=True)[0]


def test_the_more_rewrites_set_adds_whole_document_rewrites_that_change_much_of_the_text(more_rewrites, committed):
    """The rows the rule-made rewrites ("replace Priya with Anika throughout") lack: a fifth or more of the
    document's text in lines revised, where those keep nearly every line."""
    before = {e.to_json() for e in committed}
    added = [e for e in more_rewrites if e.to_json() not in before]
    assert len(added) >= 25
    for example in added:
        assert example.source == "hand:written" and example.meta["mode"] == "rewrite"
        assert example.fields["original"] == example.meta["document"].rstrip()
        kept = set(example.fields["original"].splitlines()) & set(example.response.splitlines())
        assert len("".join(kept)) < 0.8 * len(example.fields["original"]), example.request
    held_out = HeldOut.load()
    assert not [e for e in more_rewrites if held_out.overlap(e)]


@pytest.mark.parametrize("data", ["committed", "more_code", "more_rewrites"])
def test_an_edit_of_code_that_parsed_answers_with_code_that_parses(data, request):
    """A port may answer in the language it names; nothing may teach the adapter to break a program."""
    examples = request.getfixturevalue(data)
    code = [e for e in examples if e.task == "edit" and e.fields["path"].endswith((".py", ".js", ".ts"))]
    assert len(code) >= 100
    for example in code:
        language = language_for(Path(example.fields["path"]))
        if parses_cleanly(example.fields["original"], language):
            assert any(parses_cleanly(example.response, name) for name in ("python", "javascript", "typescript")), example.request


def test_hand_written_revisions_are_shaped_as_the_runtime_sends_them(committed):
    """A selection comes with its sections as context, exactly as regions_for builds them; a section the
    request names comes whole, heading included; a rewrite gets the whole document."""
    written = [e for e in committed if e.source in ("hand:revisions", "hand:written")]
    assert len(written) >= 200
    assert sum(e.meta["mode"] == "rewrite" for e in written) >= 20
    for example in written:
        text = example.meta["document"]
        document = Document.from_text(Path(example.fields["path"]), text)
        if example.meta["mode"] == "rewrite":
            assert example.fields["original"] == text.rstrip()
            continue
        start = text.index(example.fields["original"])
        if example.fields["context"]:
            region = regions_for(None, document, example.request, (start, start + len(example.fields["original"])))[0]
            assert region.context == example.fields["context"]
        else:
            named = named_sections(document, example.request) or placed_sections(document, example.request)
            spans = [(named[0].start, named[-1].end)] if named else [(s.start, s.end) for s in document.sections]
            assert any(text[a:b].rstrip() == example.fields["original"] for a, b in spans)


def test_comment_answers_quote_only_what_the_grammar_allows(committed):
    for example in (e for e in committed if e.task == "comment"):
        language = Document.from_text(Path(example.fields["path"]), example.fields["text"]).language
        quotes = candidate_quotes(example.fields["text"], language)
        for item in json.loads(example.response)["comments"]:
            assert item["quote"] in quotes
            assert len(item["comment"]) <= 100 and (item["suggestion"] is None or len(item["suggestion"]) <= 100)


@pytest.mark.parametrize("request_text, name", [
    ("write a blog post about urban beekeeping", "urban-beekeeping.md"),
    ("draft a python script that backs up my photos to a zip file", "backs-up-photos-zip.py"),
    ("compose a lullaby for my nephew", "nephew.md"),
])
def test_file_names_come_from_the_subject_of_the_request(request_text, name):
    assert file_name_for(request_text) == name
