"""The editor: new text for chosen regions only, turned into a reviewable Proposal.

A targeted edit's regions are the selection (its section shown to the model as context) or the located
sections; the model never sees, and so never rewrites, the rest. A rewrite's region is the whole
document, or each section in turn when the document is too long for one pass.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path

from companion.behaviors.asked_text import (
    AskedText,
    asked_text,
    has_text,
    occurrences,
)
from companion.behaviors.branches import (
    carries_out,
    guided_change,
    nearest_change,
    spellings,
    substitutes,
)
from companion.behaviors.code_checks import (
    PLACEHOLDER_NOTE,
    annotates_nothing,
    asks_only_for_notes,
    breaks_syntax,
    changes_code_lines,
    changes_interpreter,
    dropped_definitions,
    dropped_for_also,
    lost_lines,
    lost_most_lines,
    lost_tags,
    missing_definition,
    only_logs,
    throws_nothing,
)
from companion.behaviors.config_checks import lost_settings
from companion.behaviors.data_formats import format_broken
from companion.behaviors.exact_edits import made_without_the_model
from companion.behaviors.locate import locate
from companion.behaviors.loops import ASKS_FOR_REPETITION
from companion.behaviors.notes import NOTES_KEPT, notes_kept
from companion.behaviors.prompts import (
    EDIT_EXAMPLES,
    EDIT_STOPS,
    clean_edit_output,
    render_edit_prompt,
)
from companion.behaviors.prose_checks import (
    answers_request,
    invented_figures,
    lost_sentences,
    prose_problem,
    shortened,
    unchanged,
    words_of,
)
from companion.behaviors.removal import lengthens_removal
from companion.behaviors.rename import changed_everywhere
from companion.behaviors.statement import statement_written_in
from companion.behaviors.streaming import OnText, collect
from companion.behaviors.tables import lost_rows
from companion.behaviors.underlines import with_fitted_underlines
from companion.documents import (
    LANGUAGE_NAMES,
    Document,
    is_config,
    is_html,
    is_prose,
    language_for,
)
from companion.engine.base import (
    CancelToken,
    Engine,
    GenerationRequest,
    GenerationStats,
)
from companion.proposals import Proposal, Replacement, build_proposal


class MalformedOutput(Exception):
    """The model's answer cannot be used (empty, or cut off); nothing is proposed."""


@dataclass(frozen=True)
class Region:
    start: int
    end: int
    section_index: int
    context: str = ""


@dataclass(frozen=True)
class Revision:
    text: str
    tentative: str = ""
    """Why the user should weigh this revision with care (``Hunk.tentative``): ``SECOND_CHOICE`` for the change
    the model ranked next after keeping the text (``nearest_change``), ``INVENTED_FIGURES`` for numbers nobody gave it."""


SECOND_CHOICE = "the model's first choice was to keep this text"
INVENTED_FIGURES = "the model wrote figures that are neither in your text nor in your request ({}): check them"


REWRITE_PASS_TOKENS = 1200
"""A document up to this size is rewritten in one pass; a longer one section by section."""


def propose_edit(
    engine: Engine,
    document: Document,
    request: str,
    *,
    display_path: str,
    selection: tuple[int, int] | None = None,
    rewrite: bool = False,
    style: str = "",
    cancel: CancelToken | None = None,
    on_text: OnText | None = None,
) -> Proposal:
    """A targeted edit (or, with ``rewrite``, a rewrite of the whole document) as a Proposal. A renaming, or a
    removal of a piece the request names, is made without the model (``made_without_the_model``). Where the
    model's revision cannot be proposed for a request to add a statement to prose, the statement is written in
    as the user worded it (``statement_written_in``), where the request says or in the paragraph that shares most
    words with it.
    A change of a word or phrase that the model made in the passage it saw is offered too on the other lines that
    say it (``changed_everywhere``)."""
    prose = is_prose(Path(display_path))
    replacements = made_without_the_model(document, request, selection, display_path)
    if replacements is None:
        try:
            replacements = _model_replacements(engine, document, request, display_path, selection, rewrite, style,
                                               cancel, on_text)
        except MalformedOutput:
            written = statement_written_in(document, request, selection) if prose and not rewrite else None
            if written is None:
                raise
            replacements = [written]
        if prose and not rewrite and selection is None:
            replacements += changed_everywhere(document, request, replacements)
    if prose:
        replacements = with_fitted_underlines(document.text, replacements)
    return build_proposal(
        document,
        request,
        replacements,
        display_path=display_path,
        intent="rewrite" if rewrite else "edit",
        model=engine.info.name,
    )


def _model_replacements(engine: Engine, document: Document, request: str, display_path: str,
                        selection: tuple[int, int] | None, rewrite: bool, style: str, cancel: CancelToken | None,
                        on_text: OnText | None) -> list[Replacement]:
    regions = rewrite_regions(engine, document) if rewrite else regions_for(engine, document, request, selection)
    replacements = []
    for region in regions:
        revision = revise_text(engine, display_path, request, document.text[region.start : region.end],
                               region.context, style, cancel, on_text, targeted=not rewrite,
                               around=surroundings(document.text, region.start, region.end))
        replacements.append(Replacement(region.start, region.end, revision.text, region.section_index,
                                        revision.tentative))
    revised = document.text
    for replacement in sorted(replacements, key=lambda replacement: -replacement.start):
        revised = revised[: replacement.start] + replacement.new_text + revised[replacement.end :]
    language = language_for(Path(display_path))
    broken = format_broken(revised, document.text, Path(display_path)) or (
        LANGUAGE_NAMES[language] if breaks_syntax(revised, document.text, language, request) else None)
    if broken:  # a part may parse alone and not in its place: a Java method's section, with the class's last brace
        raise MalformedOutput(f"The model's revision would leave {display_path} no longer valid {broken}; nothing was "
                              "proposed. Try rephrasing, or select the part to change.")
    return replacements


def rewrite_regions(engine: Engine, document: Document) -> list[Region]:
    if engine.count_tokens(document.text) <= REWRITE_PASS_TOKENS:
        return [Region(0, len(document.text), 0)]
    return [Region(s.start, s.end, s.index) for s in document.sections if s.text.strip()]


def regions_for(engine: Engine, document: Document, request: str, selection: tuple[int, int] | None) -> list[Region]:
    sections = locate(engine, document, request, selection)
    if selection is not None:
        start, end = selection
        return [Region(start, end, sections[0].index, context="".join(s.text for s in sections))]
    merged: list[Region] = []
    for section in sections:  # adjacent sections become one region, so the model sees them together
        if merged and merged[-1].end == section.start:
            merged[-1] = Region(merged[-1].start, section.end, merged[-1].section_index)
        else:
            merged.append(Region(section.start, section.end, section.index))
    return merged


def revise_text(
    engine: Engine,
    display_path: str,
    request: str,
    original: str,
    context: str = "",
    style: str = "",
    cancel: CancelToken | None = None,
    on_text: OnText | None = None,
    *,
    targeted: bool = True,
    around: tuple[str, str] = ("", ""),
) -> Revision:
    """The model's revision of ``original`` for ``request``; MalformedOutput when empty, cut off, caught in a loop
    (``loop_start``: stopped there, not left to run to the token limit), borrowed from
    the prompt's worked examples, the request repeated back, code that no longer parses, prose with only lines
    taken out that the request did not ask to cut, code that, asked only for docstrings, comments or logging,
    changes a line it had (``asks_only_for_notes``, ``changes_code_lines``), or (``targeted``: not a rewrite of
    the whole document) code that loses a definition the request did not name or, asked only to add, a line it
    had (``lost_lines``). A revision for notes that fails a check is cut down to the notes it adds
    (``notes_kept``), when that passes them: "add docstrings to every function" is a rewrite.

    With a distilled adapter, a revision of prose that fails one of those checks or comes back unchanged is asked
    again of the base weights, which sometimes manage what the small adapter did not (models/companion-270m.md).
    When they fail too, a targeted revision the adapter only copied takes the change the adapter itself ranked
    next (``nearest_change``), or, with none, stays the copy it was. Either way the user hears what the model did
    the first time (kept the text as it was; made a paragraph a heading), not what was wrong with a second try
    they never saw ("drops the heading “## Tools”"). Not in code: there such guesses ("a port of 30060" for "the default port should
    be 8080", an interface's `email` field replaced by the `avatarUrl` asked for) look plausible in a diff and
    break the program, and the base weights, asked again on the 53 code edits of the eval splits, proposed
    something once (`sys.argv[2]` for "add a --count option") and were never right.

    A request that dictates its new text ("change september to october", ``asked_text``) is held to it, in code
    too: a revision that leaves it out, or keeps the text it was to replace, is tried again with the text
    written in (``guided_change``), and taken if that only swaps the old words for it (``substitutes``); when
    nothing does, the user is told rather than shown a revision that does something else. A revision that
    says the new text but changes more than the words it replaces ("The flight home at 18:40 now." for "The
    flight home at 16:15 leaves from Terminal 1.") is tried the same way, and kept when that finds no plain
    substitution.

    ``around`` is the document's text just before and after ``original`` (``surroundings``): what the model
    copied on from there is taken off (``without_run_over``) before any of those checks."""
    prompt = render_edit_prompt(display_path, request, original, context, style)
    prose = is_prose(Path(display_path))
    may_branch = targeted and prose
    asked = _asked_text(request, original, display_path) if targeted else None
    generation = GenerationRequest(prompt=prompt, max_tokens=2 * engine.count_tokens(original) + 128, stop=EDIT_STOPS,
                                   record_branches=may_branch or bool(asked and not asked.old),
                                   watch=spellings(asked.new, prose=prose) if asked and not asked.old else ())
    shown = original + context
    restarts = prose and not ASKS_FOR_REPETITION.search(request)  # code repeats itself by nature: similar tests, cases
    text = collect(engine, generation, cancel, on_text, shown=shown, restarts=restarts)

    def problem(revised: str) -> str | None:
        return unusable(revised, original, context, request, display_path, targeted=targeted)

    def cleaned(raw: str) -> str:
        return without_run_over(clean_edit_output(raw), original, *around)

    first, stats = cleaned(text), engine.last_stats
    if asked and not (carries_out(first, original, asked) and substitutes(first, original, asked)):
        guided = guided_change(engine, generation, original, text, stats.watched, asked, cancel, clean=cleaned,
                               acceptable=lambda revised: substitutes(revised, original, asked) and problem(revised) is None)
        if guided is not None:
            return Revision(guided)

    def failed(revised: str, its_stats: GenerationStats) -> bool:
        return its_stats.finish_reason in ("length", "loop") or unchanged(revised, original) or problem(revised) is not None

    if engine.info.adapter and prose and failed(first, stats):
        nearest = None
        if may_branch and unchanged(first, original):  # followed first, while the adapter's cache holds the copy
            nearest = nearest_change(engine, generation, text, stats.branches, cancel, clean=cleaned, acceptable=lambda revised: (
                answers_request(revised, original, request) and problem(revised) is None))
        text = collect(engine, replace(generation, adapter=False, record_branches=False), cancel, on_text,
                       shown=shown, restarts=restarts)
        stats = engine.last_stats
        if failed(cleaned(text), stats):
            if nearest is not None:
                return Revision(nearest, tentative=SECOND_CHOICE)
            if reason := problem(first):
                raise MalformedOutput(reason)
            if unchanged(first, original):
                return Revision(first)
    if stats.finish_reason == "loop":
        raise MalformedOutput(
            "The model began repeating itself instead of finishing the revision; nothing was proposed. Try "
            "rephrasing, or select the part to change."
        )
    if stats.finish_reason == "length":
        raise MalformedOutput(
            "The model's answer was cut off before it finished; nothing was proposed. Try a smaller selection."
        )
    text = cleaned(text)
    if not text.strip():
        raise MalformedOutput("The model returned no text for this part; nothing was proposed. Try rephrasing.")
    reason = problem(text)
    if reason and not prose and asks_only_for_notes(request, original, language_for(Path(display_path))):
        notes = notes_kept(text, original, request)
        if notes is not None and problem(notes) is None:
            return Revision(notes, tentative=NOTES_KEPT)
    if reason:
        raise MalformedOutput(reason)
    invented = invented_figures(text, shown, request) if prose else []
    return Revision(text, tentative=INVENTED_FIGURES.format(", ".join(invented)) if invented else "")


def _asked_text(request: str, original: str, display_path: str) -> AskedText | None:
    """``asked_text``; in code, only a single word: "port 8000" asks for 8000 where the code has a port, and
    "21 percent" is no text to write into code at all (the change it asks for is to a value). Where the code
    has the text to replace with the same other words ("10 seconds" for "30 seconds"), it is written whole."""
    asked = asked_text(request, original)
    if asked is None or is_prose(Path(display_path)) or len(asked.new.split()) == 1:
        return asked
    new = [word for word in asked.new.split() if not occurrences(original, word)]
    if asked.old and all(occurrences(asked.old, word) for word in asked.new.split() if word not in new):
        return asked
    return replace(asked, new=new[0], phrase=new[0] if asked.phrase else "") if len(new) == 1 else None


def unusable(revised: str, original: str, context: str, request: str, display_path: str, *, targeted: bool) -> str | None:
    """Why a revision of ``original`` (shown with ``context``) for ``request`` cannot be proposed, in words for
    the user; None when it can. The same checks judge a teacher model's revisions before they become training
    data (training/taught.py), so the adapter never learns what the runtime would refuse."""
    prose = is_prose(Path(display_path))
    language = language_for(Path(display_path))
    if borrowed(revised, original + context):
        return ("The model answered with text from its own instructions instead of a revision of yours; nothing was "
                "proposed. Try rephrasing, or select the part to change.")
    if PLACEHOLDER_NOTE in revised and PLACEHOLDER_NOTE not in original + context:
        return (f"The model wrote its placeholder note (“…: {PLACEHOLDER_NOTE}”) instead of a revision of yours; "
                "nothing was proposed. Try rephrasing, or select the part to change.")
    if echoes_request(revised, request, original):
        return ("The model repeated your request instead of revising your text; nothing was proposed. "
                "Try rephrasing, or select the part to change.")
    if breaks_syntax(revised, original, language, request):
        return (f"The model's revision is not valid {LANGUAGE_NAMES[language]} where the original was; nothing was "
                "proposed. Try rephrasing, or select the part to change.")
    if changes_interpreter(revised, original, request):
        interpreter_line = original.partition("\n")[0]
        return (f"The model's revision changes the line “{interpreter_line}” that says what runs the "
                "script, which the request did not ask for; nothing was proposed. Try rephrasing, or select the part "
                "to change.")
    if is_html(Path(display_path)) and (tags := lost_tags(revised, original, request)):
        return (f"The model's revision drops the tag “{tags[0]}”, where the request asks to take nothing out of the "
                "page; nothing was proposed. Try rephrasing, or select the part to change.")
    if rows := lost_rows(revised, original, request, Path(display_path)):
        return (f"The model's revision drops the row “{shortened(rows[0])}” of your table, where the request asks to "
                "take none out; nothing was proposed. Try rephrasing, or select the row to change.")
    if prose and (reason := prose_problem(revised, original, request, language, targeted=targeted)):
        return reason
    if prose and targeted and lengthens_removal(revised, original, request):
        return ("The model's revision is longer than your text, where the request only asks to take something out; "
                "nothing was proposed. Try naming the sentence or line, or select it.")
    if not prose and asks_only_for_notes(request, original, language) and changes_code_lines(revised, original):
        return ("The model's revision changes lines of your code, where the request only asks to add to it; nothing "
                "was proposed. Try rephrasing, or select the part to change.")
    dropped = dropped_definitions(revised, original, request, language) if targeted else []
    if dropped:
        return (f"The model's revision drops {', '.join(dropped)}, which the request did not ask to change; nothing "
                "was proposed. Try rephrasing, or select the part to change.")
    missing = "" if prose or unchanged(revised, original) else missing_definition(revised, original, request, language)
    if missing:
        return (f"The model's revision adds no {missing}, which you asked for; nothing was proposed. Try rephrasing, "
                "or select where it should go.")
    dropped = dropped_for_also(revised, original, request, language) if targeted and not prose else []
    if dropped:
        return (f"The model's revision drops {dropped[0]}, where the request asks to add to what is there; nothing "
                "was proposed. Try rephrasing, or select where the addition should go.")
    if not prose and targeted and only_logs(revised, original, request):
        return ("The model's revision only adds a line that logs, which the request did not ask for; nothing was "
                "proposed. Try rephrasing, or select where the change should go.")
    if not prose and targeted and throws_nothing(revised, original, request):
        return ("The model's revision raises or throws no error, which you asked for; nothing was proposed. Try "
                "rephrasing, or select where the check should go.")
    if annotates_nothing(revised, original, request, language):
        return ("The model's revision adds no type hints, which you asked for; nothing was proposed. Try selecting "
                "one function at a time.")
    lost = lost_settings(revised, original, request) if targeted and is_config(Path(display_path)) else []
    if lost:
        return (f"The model's revision drops “{shortened(lost[0])}”, a setting the request did not ask to change; "
                "nothing was proposed. Try rephrasing, or select the part to change.")
    lost = lost_lines(revised, original, request, language) if targeted and not prose else []
    if lost:
        return (f"The model's revision drops “{shortened(lost[0])}”, where the request only asks to add; nothing was "
                "proposed. Try rephrasing, or select the part to change.")
    lost = lost_most_lines(revised, original, request, language) if targeted and not prose else []
    if lost:
        return (f"The model's revision keeps almost nothing of your text (it drops “{shortened(lost[0])}” and "
                f"{len(lost) - 1} more lines), where the request asks to take nothing out; nothing was proposed. Try "
                "rephrasing, or select the part to change.")
    asked = _asked_text(request, original, display_path) if targeted else None
    if asked and not has_text(revised, asked.new):
        return (f"The model's revision does not say “{asked.new}”, which you asked for; nothing was proposed. Try "
                "selecting the text to change.")
    if asked and not carries_out(revised, original, asked):
        return (f"The model's revision still says “{asked.old}”, which you asked to replace; nothing was proposed. "
                "Try selecting the text to change.")
    if asked and prose and (lost := lost_sentences(revised, original)):
        return (f"The model's revision drops “{shortened(lost[0])}”, where the request only asks to put in “{asked.new}”; "
                "nothing was proposed. Try selecting the text to change.")
    return None


def surroundings(text: str, start: int, end: int) -> tuple[str, str]:
    """What comes just before and after ``text[start:end]``: the start of its first line up to it, and the rest of
    its last line after it, each stripped. When that rest is blank, the next line with any text, if it has a
    word: a closing ``}`` on the next line may well end a block the revision adds."""
    lead = text[text.rfind("\n", 0, start) + 1 : start]
    line_end = text.find("\n", end)
    rest = text[end:] if line_end == -1 else text[end:line_end]
    if rest.strip():
        return lead.strip(), rest.strip()
    following = next((line.strip() for line in text[end:].splitlines() if line.strip()), "")
    return lead.strip(), following if re.search(r"\w", following) else ""


def without_run_over(revised: str, original: str, lead: str, trail: str) -> str:
    """The revision less what it copied on from the document around the passage, which would then be there twice.

    Given a selection, a small model sees the selected text inside its section, and at times writes on past
    it: asked for a warmer sign-off on "Kind regards,", it answered "Kind regards,\nAna", and the letter would
    have been signed twice; asked to lengthen the "Title" of "# Title", it answered "# Longer Title", which
    would have read "# # Longer Title". A revision that begins with ``lead`` (the text before the passage on
    its line) or ends with ``trail`` (the text after it) where the passage itself does not, has that taken off."""
    if lead and revised.lstrip().startswith(lead) and not original.lstrip().startswith(lead):
        revised = revised.lstrip()[len(lead) :].lstrip(" \t")
    body = revised.rstrip()
    if trail and body.endswith(trail) and not original.rstrip().endswith(trail) and body[: -len(trail)].strip():
        revised = body[: -len(trail)].rstrip()
    return revised


def _pieces(text: str) -> list[str]:
    """The lines and sentences of a text, lower-cased with spaces collapsed; fragments too short to tell apart are left out."""
    found = []
    for line in text.splitlines():
        for piece in [line, *re.split(r"(?<=[.!?;])\s+", line)]:
            normal = " ".join(piece.lower().split())
            if len(normal) >= 16:
                found.append(normal)
    return found


_EXAMPLE_PIECES = frozenset(
    piece for example in EDIT_EXAMPLES
    for piece in set(_pieces(example.original)) ^ set(_pieces(example.revised))
)
"""What only the worked examples say: lines an example keeps unchanged ("return sum(values) / len(values)") are
ordinary text a real revision may well contain."""


def _closeness(piece: str, others: list[frozenset[str]]) -> float:
    """The largest share of words ``piece`` has in common with any of ``others`` (Jaccard)."""
    words = words_of(piece)
    return max((len(words & other) / len(words | other) for other in others if words | other), default=0.0)


EDIT_EXAMPLE_WORDS = [words_of(piece) for piece in _EXAMPLE_PIECES]


def example_words(texts: list[str]) -> list[frozenset[str]]:
    """The words of each line and sentence of a prompt's worked examples, for ``borrowed``."""
    return [words_of(piece) for text in texts for piece in _pieces(text)]


def borrowed(revised: str, shown: str, examples: list[frozenset[str]] = EDIT_EXAMPLE_WORDS) -> bool:
    """Whether the answer repeats, or barely rewords, a line or sentence of the prompt's worked examples that the
    user's text does not have.

    A small model that cannot revise a passage sometimes answers with an example's revision ("The meeting is on
    Tuesday at the library.", or "Dear Sam, thank you for the books; they are great.") instead: proposing that
    would replace the user's text with ours. A piece closer to the user's own text than to any example is theirs."""
    return any(_borrowed_pieces(revised, shown, examples))


def borrowed_share(text: str, shown: str, examples: list[frozenset[str]]) -> float:
    """The share of the lines and sentences of ``text`` that are borrowed (as in ``borrowed``) from ``examples``."""
    verdicts = _borrowed_pieces(text, shown, examples)
    return sum(verdicts) / len(verdicts) if verdicts else 0.0


def _borrowed_pieces(text: str, shown: str, examples: list[frozenset[str]]) -> list[bool]:
    own = " ".join(shown.lower().split())
    own_words = [words_of(piece) for piece in _pieces(shown)]
    verdicts = []
    for piece in _pieces(text):
        like_example = 0.0 if piece in own else _closeness(piece, examples)
        verdicts.append(like_example >= 0.6 and like_example > _closeness(piece, own_words))
    return verdicts


def echoes_request(revised: str, request: str, original: str) -> bool:
    """Whether the answer is the user's request said back ("show it, don't tell it" in place of the passage, or
    "Ruth was there too, she wasn't absent" in place of the minutes): every word of the request and little
    else, where the user's own text did not already say it."""
    asked, answer = words_of(request.lower()), words_of(revised.lower())
    return bool(asked) and asked <= answer and len(asked) >= 0.8 * len(answer) and not asked <= words_of(original.lower())
