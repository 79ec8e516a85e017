"""Synthetic training data from the seed tables: `scripts/synth [--teacher-url URL] [--out FILE]`.

Offline, every answer comes from a labelled seed row or from a rule whose correct answer is known
(training.rules). With ``--teacher-url`` (an OpenAI-compatible endpoint), a stronger model also writes
documents, requests, and the revisions, reviews and drafts no rule can compute (training.taught), each checked
as the runtime checks the adapter's answers. Each example records how it was made, and examples that overlap the
held-out eval split are dropped (training.dedupe).
"""

from __future__ import annotations

import argparse
import hashlib
import random
import re
import sys
from collections import Counter
from pathlib import Path

from companion.behaviors import locate as locator
from companion.behaviors.comment import candidate_quotes
from companion.documents import Document
from training import requests as seeds
from training import rules
from training.dedupe import HeldOut
from training.documents import DOCUMENTS
from training.examples import (
    Example,
    comment_example,
    edit_example,
    file_name_for,
    rewrite_example,
)
from training.phrases import phrase_edits
from training.revisions import SECTION, SELECTED
from training.taught import taught_examples
from training.teacher import Teacher, TeacherError
from training.written import REWRITES, WRITTEN
from training.written_code import WRITTEN_CODE
from training.written_rewrites import MORE_REWRITES

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "training" / "data" / "train.jsonl"
CODE_SUFFIXES = (".py", ".js", ".ts")
_WORD = re.compile(r"[A-Za-z][A-Za-z']{3,}")


def is_code(path: str) -> bool:
    return path.endswith(CODE_SUFFIXES)


def fill(template: str, rng: random.Random, code: bool) -> str:
    slots = {
        "part": rng.choice(seeds.CODE_PARTS if code else seeds.PROSE_PARTS), "tone": rng.choice(seeds.TONES),
        "language": rng.choice(seeds.LANGUAGES), "format": rng.choice(seeds.FORMATS), "audience": rng.choice(seeds.AUDIENCES),
        "topic": rng.choice(seeds.TOPICS), "thing": rng.choice(seeds.THINGS), "code_language": rng.choice(seeds.CODE_LANGUAGES),
    }
    return template.format(**slots)


def route_examples(rng: random.Random) -> list[Example]:
    examples = [Example("route", "seed:no_document", {"path": None, "has_selection": False, "request": request}, intent)
                for request, intent in seeds.NO_DOCUMENT]
    for path in DOCUMENTS:
        code = is_code(path)
        templates = [(t, i, False) for t, i in (seeds.CODE_TEMPLATES if code else seeds.PROSE_TEMPLATES)]
        templates += [(t, i, True) for t, i in (seeds.CODE_SELECTION_TEMPLATES if code else seeds.SELECTION_TEMPLATES)]
        for template, intent, selected in templates:
            fields = {"path": path, "has_selection": selected, "request": fill(template, rng, code)}
            examples.append(Example("route", "seed:code" if code else "seed:prose", fields, intent))
    return examples


def locate_examples(rng: random.Random) -> list[Example]:
    """Requests that point at one section by a word only its label has; the answer is its number."""
    examples = []
    phrasings = ["fix the part about {w}", "make the bit with {w} more vivid", "add a detail where it mentions {w}",
                 "the {w} part is clunky, improve it", "shorten the paragraph about {w}", "{w}: make it clearer",
                 "reword the sentence with {w}", "can you punch up the {w} bit"]
    for path, text in DOCUMENTS.items():
        document = Document.from_text(Path(path), text)
        candidates = locator.rank_candidates(document, "")
        labels = [locator._label(section) for section in candidates]
        if len(candidates) < 2:
            continue
        for number, label in enumerate(labels, 1):
            others = {w.lower() for other in labels if other != label for w in _WORD.findall(other)}
            own = [w for w in dict.fromkeys(_WORD.findall(label.split(": ", 1)[-1])) if w.lower() not in others
                   and w.lower() not in locator._STOPWORDS]
            for word in rng.sample(own, min(2, len(own))):
                request = rng.choice(phrasings).format(w=word.lower())
                ranked = locator.rank_candidates(document, request)
                numbered = [[n, locator._label(s)] for n, s in enumerate(ranked, 1)]
                answer = next(n for n, s in enumerate(ranked, 1) if s.index == candidates[number - 1].index)
                fields = {"path": path, "request": request, "candidates": numbered}
                examples.append(Example("locate", "rule:unique_word", fields, str(answer), {"document": text}))
    return examples


def edit_examples(rng: random.Random, more_code: bool = False) -> list[Example]:
    """Targeted edits of one section, and of one selected sentence with its section as context."""
    examples = []
    documents = dict(DOCUMENTS)
    if more_code:  # the hand-written code documents, with the rules that change what code does
        documents |= {path: written.text for path, written in {**WRITTEN, **WRITTEN_CODE}.items() if is_code(path)}
    for path, text in documents.items():
        document = Document.from_text(Path(path), text)
        code = is_code(path)
        if not code:
            section_rules = rules.PROSE_RULES
        elif path in DOCUMENTS:
            section_rules = rules.CODE_RULES + (rules.BEHAVIOUR_RULES if more_code else ())
        else:  # a hand-written code document: only the rules that change what the code does
            section_rules = rules.BEHAVIOUR_RULES
        for section in document.sections:
            original = section.text
            if not original.strip():
                continue
            for rule in section_rules:
                for made in dict.fromkeys(rule(original, rng) for _ in range(3 if code else 1)):  # code: several phrasings
                    if made:
                        examples.append(edit_example(path, made[0], original, made[1], f"rule:{rule.__name__}", text))
            typo = None if code else rules.fix_typos(original, rng)
            if typo:
                examples.append(edit_example(path, typo[0], typo[1], typo[2], "rule:fix_typos", text))
            if not code:
                examples += _selection_edits(path, original, text, rng)
    for path, selection, request, revised, context in phrase_edits(rng):
        examples.append(edit_example(path, request, selection, revised, "seed:phrases", context, context=context))
    return examples + written_revisions()


def written_revisions() -> list[Example]:
    """Open-ended edits answered by the hand-written revisions (training.revisions), shaped as the runtime
    sends them: a selection with its sections as context, or a whole section the request names."""
    examples = []
    for path, rows in SELECTED.items():
        examples += _selected_revisions(path, DOCUMENTS[path], rows, "hand:revisions")
    for path, rows in SECTION.items():
        examples += _section_revisions(path, DOCUMENTS[path], rows, "hand:revisions")
    return examples


def written_examples(more_code: bool = False, more_rewrites: bool = False) -> list[Example]:
    """The documents of training.written with their hand-written revisions, and whole-document rewrites
    (``more_rewrites``: those of training.written_rewrites too)."""
    examples = []
    for path, written in ({**WRITTEN, **WRITTEN_CODE} if more_code else WRITTEN).items():
        examples += _selected_revisions(path, written.text, written.selected, "hand:written")
        examples += _section_revisions(path, written.text, written.sections, "hand:written")
        examples += [rewrite_example(path, request, written.text, revised, "hand:written") for request, revised in written.rewrites]
    for path, rows in [*REWRITES.items(), *(MORE_REWRITES.items() if more_rewrites else ())]:
        examples += [rewrite_example(path, request, DOCUMENTS[path], revised, "hand:written") for request, revised in rows]
    return examples


def _selected_revisions(path: str, text: str, rows: list[tuple[str, str, str]], source: str) -> list[Example]:
    """Selection edits with the selection's sections as context, as regions_for sends them."""
    document = Document.from_text(Path(path), text)
    examples = []
    for selection, request, revised in rows:
        start = text.index(selection)
        context = "".join(s.text for s in document.sections_overlapping(start, start + len(selection)))
        examples.append(edit_example(path, request, selection, revised, source, text, context=context))
    return examples


def _section_revisions(path: str, text: str, rows: list[tuple[str, str, str]], source: str) -> list[Example]:
    document = Document.from_text(Path(path), text)
    examples = []
    for request, paragraph, revised in rows:
        start, end = _region_named_by(document, request, paragraph)
        original = text[start:end]
        examples.append(edit_example(path, request, original, original.replace(paragraph, revised), source, text))
    return examples


def _region_named_by(document: Document, request: str, paragraph: str) -> tuple[int, int]:
    """The span the runtime would revise for a request about ``paragraph``: a heading the request names comes
    with the text under it; otherwise the model picks the paragraph's own section."""
    named = locator.named_sections(document, request) or locator.placed_sections(document, request)
    if named and any(paragraph in section.text for section in named):
        return named[0].start, named[-1].end
    section = next(s for s in document.sections if s.text.rstrip() == paragraph)
    return section.start, section.end


def _selection_edits(path: str, section: str, text: str, rng: random.Random) -> list[Example]:
    found = rules.sentences(section)
    if len(found) < 2:
        return []
    sentence = rng.choice(found)
    examples = []
    for rule in (rules.formal, rules.add_sentence, rules.rename, rules.emojis):
        made = rule(sentence, rng)
        if made:
            examples.append(edit_example(path, made[0], sentence, made[1], f"rule:{rule.__name__}", text, context=section))
    typo = rules.fix_typos(sentence, rng)
    if typo:
        context = section.replace(sentence, typo[1], 1)
        examples.append(edit_example(path, typo[0], typo[1], typo[2], "rule:fix_typos", text, context=context))
    return examples


def rewrite_examples(rng: random.Random) -> list[Example]:
    """Whole-document changes: the original is the whole file, as a one-pass rewrite sends it."""
    examples = []
    everywhere = {"formal": ["make the whole thing more formal", "formal tone throughout", "rewrite it formally, no contractions"],
                  "rename": ["change {old} to {new} everywhere", "replace {old} with {new} throughout", "rename {old} to {new} in the whole file"]}
    for path, text in DOCUMENTS.items():
        if is_code(path):
            made = rules.rename_function(text, rng)
            if made:
                examples.append(rewrite_example(path, made[0] + " everywhere", text, made[1], "rule:rename_function"))
            sections = Document.from_text(Path(path), text).sections
            with_docs = "".join((rules.docstring(s.text, rng) or (None, s.text))[1] for s in sections)
            if with_docs != text:
                examples.append(rewrite_example(path, rng.choice(["add docstrings to every function", "document all the functions"]), text, with_docs, "rule:docstring"))
            continue
        made = rules.formal(text, rng)
        if made:
            examples.append(rewrite_example(path, rng.choice(everywhere["formal"]), text, made[1], "rule:formal"))
        for old, new in rules.NAMES:
            if old in text:
                request = rng.choice(everywhere["rename"]).format(old=old, new=new)
                examples.append(rewrite_example(path, request, text, text.replace(old, new), "rule:rename"))
        typo = rules.fix_typos(text, rng)
        if typo:
            request = rng.choice(["fix the spelling everywhere", "fix all the typos in the whole thing", "spellcheck the entire document"])
            examples.append(rewrite_example(path, request, typo[1], typo[2], "rule:fix_typos"))
        made = rules.emojis(text.replace("#", "\0"), rng)
        if made:
            examples.append(rewrite_example(path, "add emojis throughout", text, made[1].replace("\0", "#"), "rule:emojis"))
    return examples


def comment_examples(rng: random.Random) -> list[Example]:
    """Reviews of documents with planted mistakes: the quotes, comments and suggestions are known."""
    examples = []
    prose_requests = ["proofread this and mark the mistakes", "leave comments on any errors", "review this, don't change anything",
                      "flag typos and grammar problems", "any mistakes? comment inline", "mark up the errors"]
    code_requests = ["review this code", "flag the bugs", "leave comments on anything broken", "code review please",
                     "mark lines that look wrong"]
    for path, text in DOCUMENTS.items():
        language = Document.from_text(Path(path), text).language
        if is_code(path):
            for correct, broken, why in rules.CODE_BUGS:
                if correct in text:
                    quote = next(line.strip() for line in text.replace(correct, broken).splitlines() if broken in line)
                    item = {"quote": quote, "comment": why, "suggestion": quote.replace(broken, correct)}
                    examples.append(comment_example(path, rng.choice(code_requests), text.replace(correct, broken), [item],
                                                    language, "rule:planted_mistakes"))
            continue
        for _ in range(3):
            broken, items = text, []
            candidates = candidate_quotes(text, language)
            for sentence in rng.sample(candidates, min(len(candidates), 6)):
                words = [w for w in rules.TYPOS if re.search(rf"\b{w}\b", sentence)]
                if not words or len(items) == rng.choice((1, 2, 3)):
                    continue
                word = rng.choice(words)
                bad_sentence = re.sub(rf"\b{word}\b", rules.TYPOS[word], sentence, count=1)
                broken = broken.replace(sentence, bad_sentence, 1)
                suggestion = sentence if len(sentence) <= 100 else None
                items.append({"quote": bad_sentence, "comment": f"Typo: '{rules.TYPOS[word]}' should be '{word}'.", "suggestion": suggestion})
            if items:
                order = {q: i for i, q in enumerate(candidate_quotes(broken, language))}
                items.sort(key=lambda item: order.get(item["quote"], 0))
                examples.append(comment_example(path, rng.choice(prose_requests), broken, items, language, "rule:planted_mistakes"))
    return examples


def create_examples() -> list[Example]:
    examples = []
    for request, intent in seeds.NO_DOCUMENT:
        if intent == "create":
            examples.append(Example("create_name", "rule:file_name", {"request": request}, file_name_for(request)))
    for path, text in DOCUMENTS.items():
        for request in CREATE_REQUESTS[path]:
            examples.append(Example("create_name", "seed:create", {"request": request}, path))
            examples.append(Example("create", "seed:create", {"request": request, "file_name": path}, text.rstrip(), {"document": text}))
    return examples


CREATE_REQUESTS = {
    "garden-news.md": ["write a newsletter for our community garden", "draft the garden club's spring update"],
    "ridge-trail.md": ["write a trip report about a three day hike", "blog post about hiking the ridge trail"],
    "product-update.txt": ["write this week's product update for users", "draft a short product update email"],
    "sourdough.md": ["write a sourdough bread recipe", "i need a simple recipe for a weekend loaf"],
    "cafe-review.txt": ["write a review of a new cafe", "draft a restaurant review for the local paper"],
    "onboarding.md": ["write an onboarding guide for new engineers", "make a welcome doc for the platform team"],
    "station-fox.md": ["write a short story about a fox at a train station", "a little story about a station master and a fox"],
    "sorry-marcus.txt": ["write an apology email for missing a call", "draft a note to marcus saying sorry i missed the meeting"],
    "talk-abstract.md": ["write a conference talk abstract about testing without mocks", "draft a talk proposal on testing"],
    "rain.txt": ["write a poem about rain on the roof", "compose a short rhyming poem about a rainy night"],
    "inventory.py": ["write a python module for tracking inventory", "python helpers for stock levels"],
    "dates.js": ["write javascript date helpers", "a js module to parse dates and count days"],
    "queue.ts": ["write a typed task queue in typescript", "typescript class for a simple queue"],
    "report.py": ["write a python script that summarizes a csv column", "script to print stats for a csv file"],
}


def synthesize(seed: int = 7, teacher: Teacher | None = None, lean: bool = False,
               more_code: bool = False, more_rewrites: bool = False, teacher_limit: int | None = None) -> tuple[list[Example], Counter]:
    """Every example, deduplicated against the held-out split; also how many of each kind were dropped.
    ``lean`` keeps half of the most repetitive kinds (see ``in_lean_half``); ``more_code`` adds the code
    documents of training.written_code and the rules that change settings and add fields; ``more_rewrites`` the
    whole-document rewrites of training.written_rewrites. With a ``teacher``, its examples (training.taught) on
    documents it writes and on the training documents, at most ``teacher_limit`` documents; what it answered
    that the runtime's checks refuse is counted among the dropped."""
    rng = random.Random(seed)
    made = (route_examples(rng) + locate_examples(rng) + edit_examples(rng, more_code) + rewrite_examples(rng)
            + written_examples(more_code, more_rewrites) + comment_examples(rng) + create_examples())
    refused: Counter = Counter()
    if teacher:
        taught, refused = taught_examples(teacher, DOCUMENTS | {path: w.text for path, w in WRITTEN.items()}, limit=teacher_limit)
        made += taught
    held_out, kept, seen = HeldOut.load(), [], set()
    dropped = Counter({f"teacher refused, {reason}": count for reason, count in refused.items()})
    for example in made:
        key = example.to_json()
        if key in seen:
            dropped["duplicate"] += 1
            continue
        seen.add(key)
        reason = held_out.overlap(example) or (lean and not in_lean_half(example) and "lean")
        if reason:
            dropped[reason] += 1
        else:
            kept.append(example)
    return kept, dropped


def teacher_cache(model: str) -> Path:
    """Where a teacher's answers are kept beside the data set, to rebuild it without the teacher."""
    return DEFAULT_OUT.parent / "teacher" / (re.sub(r"[^\w.-]+", "_", model) + ".jsonl")


def in_lean_half(example: Example) -> bool:
    """Whether the lean data set keeps an example: every hand-written, seed-table or teacher example, and a
    stable half (by a hash of the example) of the template-made routing rows and the rule-made edits, the
    kinds that repeat one pattern across every document. Fewer tokens an epoch, for a CPU run under an hour
    (models/companion-270m.md, Cost; the runs in models/companion-270m-rounds.md)."""
    repetitive = (example.task == "route" and example.source in ("seed:prose", "seed:code")) or (
        example.task == "edit" and example.source.startswith("rule:"))
    return not repetitive or hashlib.sha256(example.to_json().encode()).digest()[0] < 128


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="scripts/synth", description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--teacher-url", help="an OpenAI-compatible endpoint, e.g. http://localhost:8080/v1 "
                        "(its key, if it needs one, in COMPANION_TEACHER_API_KEY)")
    parser.add_argument("--teacher-model", help="the model name the endpoint serves (default: teacher); without "
                        "--teacher-url, the teacher's answers come from its cache alone")
    parser.add_argument("--teacher-cache", type=Path,
                        help="where the teacher's answers are kept (default: training/data/teacher/<model>.jsonl)")
    parser.add_argument("--teacher-limit", type=int, help="at most this many documents for the teacher (a trial run)")
    parser.add_argument("--teacher-workers", type=int, default=4, help="questions asked of the teacher at once")
    parser.add_argument("--teacher-max-tokens", type=int, default=2048, help="the longest answer asked of the teacher")
    parser.add_argument("--lean", action="store_true", help="half the template-made routing rows and rule-made edits")
    parser.add_argument("--more-code", action="store_true",
                        help="add the hand-written code documents and the setting and field rules (measured, not shipped)")
    parser.add_argument("--more-rewrites", action="store_true",
                        help="add the hand-written whole-document rewrites of the training documents (measured, not shipped)")
    args = parser.parse_args(argv)
    teacher = None
    if args.teacher_url or args.teacher_model:
        model = args.teacher_model or "teacher"
        teacher = Teacher(args.teacher_url, model, cache=args.teacher_cache or teacher_cache(model),
                          workers=args.teacher_workers, max_tokens=args.teacher_max_tokens)
    try:
        examples, dropped = synthesize(args.seed, teacher, args.lean, args.more_code, args.more_rewrites, args.teacher_limit)
    except TeacherError as error:
        print(f"scripts/synth: {error} (answers so far are kept in {teacher.cache}; run again to go on)", file=sys.stderr)
        return 1
    args.out.parent.mkdir(parents=True, exist_ok=True)
    data = "".join(example.to_json() + "\n" for example in examples)
    args.out.write_text(data, encoding="utf-8")
    counts = Counter(f"{e.task} ({e.source})" for e in examples)
    for kind, count in sorted(counts.items()):
        print(f"{count:5d}  {kind}")
    print(f"{len(examples)} examples → {args.out}  sha256 {hashlib.sha256(data.encode()).hexdigest()[:16]}")
    print(f"dropped: {dict(dropped) or 'none'}", file=sys.stderr)
    if teacher:
        print(f"teacher: {teacher.asked} questions asked of {teacher.url or 'no endpoint'}, the rest answered from "
              f"{teacher.cache}", file=sys.stderr)
    return 0
