"""When a request dictates the words of its change ("change september to october") and the model's revision
leaves them out, the editor writes them in where the model most readily began them, and lets it go on."""

from __future__ import annotations

from dataclasses import replace

import pytest

from companion.behaviors.edit import MalformedOutput
from companion.engine.base import Branch, EngineInfo
from companion.session import Session
from companion.workspace import Workspace
from tests.scripted import ScriptedEngine

SENTENCE = "I can start in September and could visit the workshop at any time."
AT_SEPTEMBER = len("I can start in")
AT_WORKSHOP = len("I can start in September and could visit the")


class Adapter(ScriptedEngine):
    """An adapter that answers ``first`` and, at each place in ``watched``, would begin the watched text with the
    given log-probability; ``continuations`` maps the text a followed place forces to what the model writes
    after it and that continuation's log-probability."""

    def __init__(self, first: str, watched: list[Branch], continuations: dict[str, tuple[str, float]]):
        super().__init__(self._reply)
        self.info = EngineInfo(name="scripted", adapter="adapter.gguf")
        self.first, self.watched, self.continuations = first, watched, continuations
        self.requests = []

    def _reply(self, prompt: str) -> str:
        if prompt.endswith("<revised>\n"):
            return self.first + "\n</revised>"
        return next(rest for forced, (rest, _) in self.continuations.items() if prompt.endswith(forced))

    def stream(self, request, cancel=None):
        self.requests.append(request)
        yield from super().stream(request, cancel)
        stats = replace(self.last_stats)
        if request.record_branches:
            first = request.prompt.endswith("<revised>\n")
            stats.watched = [b for b in self.watched if b.text in request.watch] if first else []
            stats.logprob = -0.5 if first else next(
                logprob for forced, (_, logprob) in self.continuations.items() if request.prompt.endswith(forced))
        self.last_stats = stats


def propose(repo, engine, request, text=SENTENCE, name="letter.txt"):
    (repo / name).write_text(text + "\n")
    return Session(engine, Workspace(repo), None).propose_edit(name, request, selection=None)


def test_the_asked_for_text_goes_where_the_model_most_readily_began_it(repo):
    watched = [Branch(AT_SEPTEMBER, " Michaelmas", -3.0, -1.0), Branch(AT_WORKSHOP, " Michaelmas", -6.0, -4.0)]
    continuations = {
        "in Michaelmas": (" and could visit the workshop at any time.\n</revised>", -0.4),
        "the Michaelmas": (" at any time.\n</revised>", -0.2),
    }
    engine = Adapter(SENTENCE, watched, continuations)
    proposal = propose(repo, engine, "the start month should be Michaelmas")
    assert proposal.result() == "I can start in Michaelmas and could visit the workshop at any time.\n"
    assert not proposal.hunks[0].tentative
    assert engine.requests[0].watch == ("Michaelmas", " Michaelmas")


def test_the_one_value_of_the_same_kind_is_the_one_replaced(repo):
    continuations = {"in October": (" and could visit the workshop at any time.\n</revised>", -0.4)}
    engine = Adapter("I can start in October.", [], continuations)  # says October, and drops the rest
    proposal = propose(repo, engine, "the start month should be October")
    assert proposal.result() == "I can start in October and could visit the workshop at any time.\n"
    assert engine.requests[1].prompt.endswith("I can start in October")


def test_a_revision_that_already_says_it_is_taken_as_it_is(repo):
    engine = Adapter(SENTENCE.replace("September", "October"), [Branch(0, "October", -1.0, 0.0)], {})
    assert "October" in propose(repo, engine, "the start month should be October").result()
    assert len(engine.requests) == 1


def test_when_no_place_takes_the_asked_for_text_without_rewriting_the_sentence_the_user_is_told(repo):
    engine = Adapter(SENTENCE, [Branch(AT_SEPTEMBER, " Michaelmas", -3.0, -1.0)],
                     {"in Michaelmas": (", when the leaves turn and the nights draw in.\n</revised>", -0.4)})
    with pytest.raises(MalformedOutput, match="does not say “Michaelmas”, which you asked for"):
        propose(repo, engine, "the start should be Michaelmas")


def test_in_code_the_asked_for_value_replaces_the_old_one(repo):
    engine = Adapter("PORT = 3000", [Branch(len("PORT ="), " 8080", -4.0, -0.2)], {"= 8080": ("\n</revised>", -0.1)})
    proposal = propose(repo, engine, "the default port should be 8080", text="PORT = 3000", name="server.py")
    assert proposal.result() == "PORT = 8080\n"


def test_in_code_words_that_describe_a_value_are_not_written_in(repo):
    code = "VAT_RATE = 0.2"
    engine = Adapter(code, [], {})
    propose(repo, engine, "VAT should be 21 percent", text=code, name="invoice.py")
    assert engine.requests[0].watch == ()


def test_a_quoted_old_text_is_replaced_where_it_stands_and_the_model_writes_on_from_there(repo):
    text = "Priya will present the budget, and Omar will bring the schedule."
    engine = Adapter(text.replace("Priya", "Lena"), [], {"and Lena": (" will bring the schedule.\n</revised>", -0.3)})
    proposal = propose(repo, engine, "replace Omar with Lena", text=text)
    assert proposal.result() == "Priya will present the budget, and Lena will bring the schedule.\n"
    assert engine.requests[0].watch == (), "the place is known; the model is not asked where"


def test_the_new_text_takes_the_capital_of_the_text_it_replaces(repo):
    engine = Adapter(SENTENCE, [], {"in October": (" and could visit the workshop at any time.\n</revised>", -0.4)})
    assert propose(repo, engine, "change september to october").result() == SENTENCE.replace("September", "October") + "\n"


def test_a_near_miss_is_replaced_by_what_was_asked(repo):
    text = "It takes forty minutes on foot."
    engine = Adapter(text.replace("forty", "forty-five"), [], {"takes thirty-five minutes": (" on foot.\n</revised>", -0.3)})
    proposal = propose(repo, engine, "change forty minutes to thirty-five minutes", text=text)
    assert proposal.result() == "It takes thirty-five minutes on foot.\n"


def test_where_the_model_cannot_write_on_from_the_swap_the_swap_alone_is_the_revision(repo):
    text = "Priya will present the budget, and Omar will bring the schedule."
    engine = Adapter(text.replace("Priya", "Lena"), [], {"and Lena": (", Omar and Priya will bring it.\n</revised>", -0.3)})
    assert propose(repo, engine, "replace Omar with Lena", text=text).result() == text.replace("Omar", "Lena") + "\n"
    engine = Adapter("I can start in October.", [], {"in October": (" now.\n</revised>", -0.3)})
    assert propose(repo, engine, "the start month should be October").result() == SENTENCE.replace("September", "October") + "\n"


@pytest.mark.parametrize(
    ("code", "written", "rest", "request_", "name", "expected"),
    [
        # a value named with what it is for ("port 8000") is the value alone
        ("PORT = 5000", "PORT = 8000", "\n</revised>", "use port 8000 instead of 5000", "server.py", "PORT = 8000\n"),
        # a value with its unit replaces the one like it, unit and all
        ('DEFAULT_TIMEOUT = "10 seconds"', '"30 seconds', '"\n</revised>', "the timeout should be 30 seconds", "client.py",
         'DEFAULT_TIMEOUT = "30 seconds"\n'),
    ],
)
def test_in_code_the_dictated_value_replaces_the_one_like_it(repo, code, written, rest, request_, name, expected):
    engine = Adapter(code, [], {written: (rest, -0.1)})
    assert propose(repo, engine, request_, text=code, name=name).result() == expected


def test_a_time_swapped_for_a_time_is_one_substitution_though_its_colon_stays(repo):
    text = "Pack in the morning.\nThe flight home at 16:15 leaves from Terminal 1."
    engine = Adapter(text.replace("16:15 leaves from Terminal 1.", "18:40 now."), [], {"at 18:40": (" now.\n</revised>", -0.3)})
    assert propose(repo, engine, "the flight home is at 18:40 now", text=text).result() == text.replace("16:15", "18:40") + "\n"


def test_words_of_the_new_text_that_already_follow_the_old_one_are_not_written_twice(repo):
    text = "Mix 50 g of wholemeal flour with 50 g of water."
    engine = Adapter(text, [], {"of rye": (" flour with 50 g of water.\n</revised>", -0.3)})
    proposal = propose(repo, engine, "use rye flour instead of wholemeal", text=text)
    assert proposal.result() == "Mix 50 g of rye flour with 50 g of water.\n"
    engine = Adapter(text, [], {"of rye": (" and more.\n</revised>", -0.3)})
    proposal = propose(repo, engine, "use rye flour instead of wholemeal", text=text)
    assert proposal.result() == "Mix 50 g of rye flour with 50 g of water.\n", "the plain swap fits the same way"


def test_a_correction_replaces_the_value_it_says_was_wrong(repo):
    text = "Mira missed the last bus by eleven seconds. She watched its red lights shrink."
    engine = Adapter(text.replace("eleven seconds", "three seconds, not eleven"), [],
                     {"by three": (" seconds. She watched its red lights shrink.\n</revised>", -0.3)})
    proposal = propose(repo, engine, "she missed it by three seconds, not eleven", text=text)
    assert proposal.result() == text.replace("eleven", "three") + "\n"
