"""When the distilled adapter only copies the passage and the base weights do no better, the editor follows
the changes the adapter nearly made."""

from __future__ import annotations

from dataclasses import replace

import pytest

from companion.behaviors.edit import SECOND_CHOICE, MalformedOutput
from companion.engine.base import Branch, EngineInfo
from companion.session import Session
from companion.workspace import Workspace
from tests.scripted import ScriptedEngine

LETTER = "Thanks again for the interview.\n\nKind regards,\nAlex\n"
SIGN_OFF = "Kind regards,"


class CopyingAdapter(ScriptedEngine):
    """An engine with an adapter that copies the passage, having ranked ``branches`` just below the copy.

    ``continuations`` maps the text a branch forces to (what the model writes after it, its log-probability);
    the base weights answer ``base``, by default a copy too."""

    def __init__(self, branches: list[Branch], continuations: dict[str, tuple[str, float]], base: str | None = None,
                 passage: str = SIGN_OFF):
        super().__init__(self._reply)
        self.info = EngineInfo(name="scripted", adapter="adapter.gguf")
        self.branches, self.continuations = branches, continuations
        self.passage, self.base = passage, passage if base is None else base
        self.requests = []

    def _reply(self, prompt: str) -> str:
        request = self.requests[-1]
        if not request.adapter:
            return self.base
        if prompt.endswith("<revised>\n"):
            return self.passage + "\n</revised>"
        forced = next(text for text in self.continuations if prompt.endswith(text))
        return self.continuations[forced][0]

    def stream(self, request, cancel=None):
        self.requests.append(request)
        yield from super().stream(request, cancel)
        stats = replace(self.last_stats)
        if stats.generated_tokens > request.max_tokens:
            stats.finish_reason = "length"
        if request.record_branches and request.adapter:
            copying = request.prompt.endswith("<revised>\n")
            stats.logprob = -0.5 if copying else next(
                logprob for text, (_, logprob) in self.continuations.items() if request.prompt.endswith(text))
            stats.branches = self.branches if copying else []
        self.last_stats = stats


def propose(repo, engine, request="use a warmer sign-off", rewrite=False):
    (repo / "letter.txt").write_text(LETTER)
    session = Session(engine, Workspace(repo), None)
    return session.propose_edit("letter.txt", request, selection=None if rewrite else SIGN_OFF, rewrite=rewrite)


def test_a_copied_passage_becomes_the_change_the_model_ranked_just_below_the_copy(repo):
    engine = CopyingAdapter([Branch(0, "Warm", -2.0, 0.0)], {"Warm": (" wishes,\n</revised>", -0.7)})
    proposal = propose(repo, engine)
    assert [h.new for h in proposal.hunks] == ["Warm wishes,"]
    assert [r.adapter for r in engine.requests] == [True, True, False]  # the base weights copied it too
    assert [h.tentative for h in proposal.hunks] == [SECOND_CHOICE]  # the user is told it was the model's second choice
    assert proposal.to_json()["hunks"][0]["tentative"] == "the model's first choice was to keep this text"


def test_the_command_line_says_which_hunks_are_tentative(repo, capsys):
    from argparse import Namespace

    from companion.cli import print_proposal

    (repo / "letter.txt").write_text(LETTER)
    session = Session(CopyingAdapter([Branch(0, "Warm", -2.0, 0.0)], {"Warm": (" wishes,\n</revised>", -0.7)}), Workspace(repo), None)
    proposal = session.propose_edit("letter.txt", "use a warmer sign-off", selection=SIGN_OFF)
    print_proposal(session, proposal, Namespace(json=False, apply=True))
    printed = capsys.readouterr()
    assert "+Warm wishes," in printed.out
    assert "tentative: the model's first choice was to keep this text (hunk 1)" in printed.err
    assert "Warm wishes," in (repo / "letter.txt").read_text() and printed.err.count("companion:") == 2, "applied, and said so"


def test_a_usable_answer_of_the_base_weights_is_preferred_to_the_adapters_branches(repo):
    engine = CopyingAdapter([Branch(0, "Warm", -2.0, 0.0)], {"Warm": (" wishes,\n", -0.7)}, base="Yours warmly,")
    proposal = propose(repo, engine)
    assert [h.new for h in proposal.hunks] == ["Yours warmly,"]
    assert not any(h.tentative for h in proposal.hunks)


def test_of_the_branches_followed_the_likeliest_answer_as_a_whole_wins(repo):
    branches = [Branch(0, "Warmly", -1.5, 0.0), Branch(0, "Warm", -2.0, 0.0)]
    continuations = {"Warmly": (", in hope of a reply that may never come,\n", -9.0), "Warm": (" wishes,\n", -0.7)}
    assert [h.new for h in propose(repo, CopyingAdapter(branches, continuations)).hunks] == ["Warm wishes,"]


def test_only_the_likeliest_few_branches_are_followed(repo):
    branches = [Branch(0, text, -1.0 - i, 0.0) for i, text in enumerate(["A", "B", "C", "D"])]
    continuations = {text: (f"{text}ll the best,\n", -0.1) for text in "ABCD"}
    engine = CopyingAdapter(branches, continuations)
    propose(repo, engine)
    followed = [r.prompt[-1] for r in engine.requests[1:] if r.adapter]
    assert followed == ["A", "B", "C"]


def test_a_branch_that_changes_only_punctuation_is_no_answer(repo):
    engine = CopyingAdapter([Branch(12, ";", -1.0, 0.0)], {";": ("\n", -0.1)})
    assert not propose(repo, engine).hunks
    assert [r.adapter for r in engine.requests] == [True, True, False]


def test_a_branch_that_writes_on_past_the_end_of_the_passage_is_not_proposed(repo):
    letter = " I look forward to hearing from you about the next steps and the timeline." * 2
    engine = CopyingAdapter([Branch(0, "Warm", -2.0, 0.0)], {"Warm": (" wishes," + letter + "\n", -3.0)})
    assert not propose(repo, engine).hunks


def test_a_change_that_brings_in_nothing_the_request_asked_for_is_not_proposed(repo):
    engine = CopyingAdapter([Branch(0, "Best", -1.0, 0.0)], {"Best": (" regards,\n", -0.1)})
    assert not propose(repo, engine).hunks


def test_asked_to_shorten_a_change_may_only_take_words_out(repo):
    continuations = {"\n": ("</revised>", -0.1)}
    passage = "Thanks again for the interview."
    engine = CopyingAdapter([Branch(len("Thanks"), "\n", -1.0, 0.0)], continuations, passage=passage)
    (repo / "letter.txt").write_text(LETTER)
    session = Session(engine, Workspace(repo), None)
    assert [h.new for h in session.propose_edit("letter.txt", "make it shorter", selection=passage).hunks] == ["Thanks"]
    assert not session.propose_edit("letter.txt", "make it warmer", selection=passage).hunks


def test_a_branch_that_fails_the_checks_is_not_proposed(repo):
    parrot = "The warmer meeting is on Tuesday at the library."  # one of the prompt's worked examples, nearly
    engine = CopyingAdapter([Branch(0, "The", -1.0, 0.0)], {"The": (parrot[3:] + "\n", -0.2)}, base=parrot)
    assert not propose(repo, engine).hunks


def test_when_the_second_try_fails_too_the_user_hears_what_the_model_did_first(repo):
    (repo / "tools.md").write_text("## Tools\n\nShared tools live in the shed.\n")
    parrot = "The warmer meeting is on Tuesday at the library."
    engine = CopyingAdapter([], {}, base=parrot, passage="## Shared tools live in the shed.")
    session = Session(engine, Workspace(repo), None)
    with pytest.raises(MalformedOutput, match="makes your text “Shared tools live in the shed.” a heading"):
        session.propose_edit("tools.md", "make it friendlier", selection="Shared tools live in the shed.")


def test_a_rewrite_of_the_whole_document_follows_no_branches(repo):
    signed = SIGN_OFF + "\nAlex"
    engine = CopyingAdapter([Branch(0, "Warm", -2.0, 0.0)], {"Warm": (" wishes,\n", -0.7)}, base=LETTER, passage=signed)
    assert propose(repo, engine, "rewrite it much shorter", rewrite=True).result() == signed + "\n"
    assert len(engine.requests) == 1 and not engine.requests[0].record_branches


def test_in_code_neither_the_adapters_guesses_nor_the_base_weights_are_tried(repo):
    (repo / "server.js").write_text("const port = 3000;\n")
    passage = "const port = 3000;"
    engine = CopyingAdapter([Branch(len("const port = "), "8", -1.0, 0.0)], {"8": ("080;\n", -0.1)},
                            base="const port = 30060;", passage=passage)
    session = Session(engine, Workspace(repo), None)
    assert not session.propose_edit("server.js", "use a higher port", selection=passage).hunks
    assert [r.adapter for r in engine.requests] == [True] and not engine.requests[0].record_branches


def test_the_recorded_branches_are_whole_characters_at_offsets_into_the_text():
    from companion.engine.llama import _StepRecorder

    class Vocabulary:
        pieces = {1: "Kind".encode(), 2: " regards".encode(), 3: "Warm".encode(), 4: "é".encode()[:1], 5: ",".encode()}

        def detokenize(self, tokens):
            return b"".join(self.pieces[token] for token in tokens)

    recorder = _StepRecorder({3: "Warmest"})
    recorder.steps = [[(1, -0.1), (3, -2.0), (4, -3.0)], [(2, -0.2), (5, -2.5), (3, -4.0)], [(5, -0.3), (2, -1.0), (1, -5.0)]]
    recorder.watched_steps = [[(3, -2.0)], [(3, -4.0)], [(3, -6.0)]]
    logprob, branches, watched = recorder.branches(Vocabulary(), "Kind regards")
    assert [(b.offset, b.text) for b in branches] == [(0, "Warm"), (4, ","), (4, "Warm"), (12, " regards"), (12, "Kind")]
    assert branches[1].prefix_logprob == -0.1 and logprob == -0.1 - 0.2 - 0.3
    assert [(b.offset, b.text, b.logprob) for b in watched] == [(0, "Warmest", -2.0), (4, "Warmest", -4.0), (12, "Warmest", -6.0)]


def test_asked_to_add_a_change_must_keep_every_word_the_passage_had(repo):
    passage = "Hotel: 240 euros. Food: 120 euros."
    engine = CopyingAdapter([Branch(0, "Metro", -1.0, 0.0)], {"Metro": (": 25 euros. Food: 120 euros.\n</revised>", -0.2)},
                            passage=passage)
    (repo / "letter.txt").write_text(passage + "\n")
    session = Session(engine, Workspace(repo), None)
    assert not session.propose_edit("letter.txt", "add a line for the metro tickets", selection=passage).hunks
    kept = CopyingAdapter([Branch(len(passage), " Metro", -1.0, 0.0)], {" Metro": (": 25 euros.\n</revised>", -0.2)},
                          passage=passage)
    proposal = Session(kept, Workspace(repo), None).propose_edit("letter.txt", "add a line for the metro tickets",
                                                                 selection=passage)
    assert [h.new for h in proposal.hunks] == [passage + " Metro: 25 euros."]


def test_asked_to_make_a_statement_a_change_must_say_most_of_it(repo):
    passage = "Point it at the folder your phone syncs to."
    (repo / "letter.txt").write_text(passage + "\n")
    request = "say that the photos are moved, not copied"
    fragment = CopyingAdapter([Branch(0, "Photo", -1.0, 0.0)], {"Photo": (": point it at the folder your phone syncs to.\n</revised>",
                                                                          -0.2)}, passage=passage)
    with pytest.raises(MalformedOutput, match="does not make the statement you asked for"):
        Session(fragment, Workspace(repo), None).propose_edit("letter.txt", request, selection=passage)
    said = CopyingAdapter([Branch(len(passage), " The", -1.0, 0.0)], {" The": (" photos are moved, not copied.\n</revised>", -0.2)},
                          passage=passage)
    proposal = Session(said, Workspace(repo), None).propose_edit("letter.txt", request, selection=passage)
    assert [h.new for h in proposal.hunks] == [passage + " The photos are moved, not copied."]
