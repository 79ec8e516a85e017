"""Checks of a revision of prose against what the request asked: it keeps what it was only to add to, says
what it was to say, keeps its headings, takes lines out only when asked to cut. ``code_checks`` is their
counterpart for code; ``edit.unusable`` applies both.
"""

from __future__ import annotations

import os
import re
from difflib import SequenceMatcher

from companion.behaviors.asked_text import STATEMENT
from companion.behaviors.letters import lost_parties
from companion.behaviors.loops import ASKS_FOR_REPETITION
from companion.headings import HEADING_MARKS, headings_in


def words_of(piece: str) -> frozenset[str]:
    return frozenset(re.findall(r"[a-z0-9']+", piece))


def unchanged(revised: str, original: str) -> bool:
    """Whether a revision says exactly what the original said, whatever its spacing."""
    return revised.split() == original.split()


def answers_request(revised: str, original: str, request: str) -> bool:
    """Whether a change the model was unsure of visibly answers the request: a word it brings in echoes a word
    of the request ("Cheers," for "sign off more cheerfully", "Ms. Patel" for "address it to Ms. Patel"), or,
    asked to shorten, it only takes words out. Branches followed on the eval splits that failed this were
    noise: "half past eleven" for "lunch moved to the 19th", a comma for "strengthen it with a number". Asked
    to add, it must keep every word it had: "add a line for the metro tickets to the budget" was answered with
    the hotel's line turned into "Metro: 25 euros for two nights"."""
    before, after = words_of(original.lower()), words_of(revised.lower())
    added, removed = after - before, before - after
    if not added:
        return bool(removed) and bool(_SHORTENS.search(request))
    if removed and _ADDS.match(request):
        return False
    if STATEMENT.match(request):
        return makes_statement(revised, request, original)
    asked = [word for word in words_of(request.lower()) if len(word) >= 3 and word not in _FILLER]
    return any(related(word, other) for word in added for other in asked)


def makes_statement(revised: str, request: str, original: str = "") -> bool:
    """Whether ``revised`` says most of what a request to make a statement (``STATEMENT``) gives it to say, and
    most of what in it ``original`` did not say: "Photo: point it at…" does not say "that the photos are moved,
    not copied", nor "This talk shows you how" "that it is a 30 minute talk"; a list whose "sessions" were there
    already, with "every four learners" made "every learner", does not say "sessions are free"."""
    statement = STATEMENT.match(request)
    if not statement:
        return True
    said = [word for word in words_of(statement.group("said").lower())
            if (len(word) >= 3 or any(c.isdigit() for c in word)) and word not in _FILLER]
    before = words_of(original.lower())
    new = [word for word in said if not any(related(word, other) or word == other for other in before)]
    words = words_of(revised.lower())
    return all(sum(any(related(word, other) or word == other for other in words) for word in wanted) * 2 >= len(wanted)
               for wanted in (said, new))


def related(word: str, other: str) -> bool:
    """Whether two words share a stem, roughly: "warm" and "warmer", "cheers" and "cheerfully"."""
    common = len(os.path.commonprefix([word, other]))
    return common >= 3 and common >= min(5, len(word), len(other))


_FILLER = frozenset(
    "the this that these those its and but for with from into are was were should would could can please make "
    "more less add use give put let".split()
)
_ADDS = re.compile(rf"^\s*(?:please\s+)?(?:add|include|insert|append|mention)\b|{STATEMENT.pattern}", re.IGNORECASE)
ADDS_OUTRIGHT = re.compile(r"^\s*(?:please\s+)?(?:add|include|insert|append|mention)\b|\b(?:also|too|as well)\b",
                            re.IGNORECASE)
"""Unlike "say that it is a 30 minute talk", which may correct what the text said."""
_SHORTENS = re.compile(r"\b(?:shorten|shorter|cut|trim|tighten|condense|concise|brief|remove|delete|drop)", re.IGNORECASE)


def keeps_little(revised: str, original: str, request: str) -> bool:
    """Whether a rewrite has less than a third of the words of a text of some length, where the request does not
    ask for less (``_CUTS``, or a form that is short by nature: a tweet, a sentence). Asked to rewrite a 600-word
    handbook "in a more formal tone", the model answered with one sentence of its own."""
    before, after = len(_word_list(original)), len(_word_list(revised))
    return before >= _SOME_LENGTH and after * 3 < before and not (_CUTS.search(request) or _SHORT_FORMS.search(request))


def shares_nothing(revised: str, original: str, request: str) -> bool:
    """Whether a rewrite has no word of four letters or more of a text with a few, where the request does not ask
    to translate. Rewriting a long handbook "in a more formal tone" a part at a time, the model put "This is a
    more formal request." in place of its contacts, which a rewrite in any tone would have named."""
    own = {word for word in words_of(original.lower()) if len(word) >= 4}
    new = {word for word in words_of(revised.lower()) if len(word) >= 4}
    return len(own) >= 4 and not any(related(word, other) or word == other for word in own for other in new) and not (
        _TRANSLATES.search(request))


_TRANSLATES = re.compile(r"\btranslat|\b(?:in|into)\s+(?:english|french|spanish|german|italian|portuguese|dutch|polish|"
                         r"chinese|japanese|korean|russian|arabic|hindi|swedish|norwegian|danish|finnish|greek|turkish|"
                         r"welsh|irish|latin|esperanto|ukrainian|czech|hungarian|romanian|catalan|hebrew)\b", re.IGNORECASE)


def _word_list(text: str) -> list[str]:
    return re.findall(r"[\w']+", text)


_SOME_LENGTH = 40
_SHORT_FORMS = re.compile(r"\b(?:tweet|toot|headline|tagline|slogan|caption|abstract|tl;?dr|blurb|bullets?|outline|haiku|"
                          r"limerick|sms|text message|subject line|(?:a|one|two|three|single)\s+(?:short\s+)?"
                          r"(?:line|sentence|paragraph)s?)\b", re.IGNORECASE)
"""Forms short by nature, which a rewrite into them may be far shorter than the text: "rewrite it as a tweet", "in
one sentence"."""


def only_takes_out_text(revised: str, original: str) -> bool:
    """Whether a revision is the original with whole lines or sentences, or at least ``_WORDS_TAKEN_OUT`` words,
    taken out and nothing else changed.

    Asked "step 3 should say to stir now and then", the adapter answered with the recipe's steps 1 and 2 gone
    and step 3 as it was; asked for a haiku, it dropped the poem's title; asked to "make the opening funnier"
    of a speech, it dropped "Rob, thank you for asking me to stand here tonight."; asked to "turn the last
    paragraph into a cliffhanger", it cut "Nora hesitated. She did not know him, and" from its start. A request
    that asks to cut (``_CUTS``) may be answered that way; others not."""
    before, after = _sentences(original), _sentences(revised)
    steps = SequenceMatcher(None, before, after, autojunk=False).get_opcodes()
    if all(kind in ("equal", "delete") for kind, *_ in steps) and any(kind == "delete" for kind, *_ in steps):
        return True
    before, after = re.findall(r"[\w']+", original.lower()), re.findall(r"[\w']+", revised.lower())
    steps = SequenceMatcher(None, before, after, autojunk=False).get_opcodes()
    taken_out = sum(end - start for kind, start, end, _, _ in steps if kind == "delete")
    return all(kind in ("equal", "delete") for kind, *_ in steps) and taken_out >= _WORDS_TAKEN_OUT


_WORDS_TAKEN_OUT = 3
"""Fewer may be a fix ("the the", a stray "very"); this many is a cut."""


def _sentences(text: str) -> list[str]:
    """The sentences of each line of ``text``, spaces collapsed; blank lines are left out."""
    return [" ".join(sentence.split()) for line in text.splitlines()
            for sentence in re.split(r"(?<=[.!?])\s+", line) if sentence.strip()]


_CUTS = re.compile(_SHORTENS.pattern + r"|\b(?:half|fewer|less|summar|omit|take out|get rid|leave out|without|simpl|keep only|only keep|"
                   r"repetit|redundan|filler|padding|streamline|declutter|punch|crisp|lean)",
                   re.IGNORECASE)
"""A request that may be answered by taking lines out: one that shortens, and others that say so less directly."""


def lost_from(revised: str, original: str, request: str) -> list[str]:
    """What a revision for a request that only adds (``_ADDS``) loses of ``original``: the sentences and lines
    that ``revised`` has neither as they were nor with half their words and, where the
    request adds outright, the words it replaced by the request's (``_put_in_place_of``). Asked to "mention
    that videos are skipped because EXIF dates are unreliable", the adapter put that sentence in place of
    "Photos without a date in their EXIF data are left where they are."; asked to "include that I speak
    Spanish", in place of a letter's "Yours sincerely,"; asked to "say that I can also work evenings", it
    replaced "weekends" with "evenings"."""
    if not _ADDS.match(request):
        return []
    sentences = lost_sentences(revised, original)
    if sentences or not ADDS_OUTRIGHT.search(request):
        return sentences
    return _put_in_place_of(revised, original, request)


def lost_sentences(revised: str, original: str) -> list[str]:
    """The sentences and lines of ``original`` that ``revised`` has neither as they were nor with half their
    words."""
    kept, words = " ".join(revised.split()), words_of(revised.lower())
    return [sentence.strip() for sentence in re.split(r"(?<=[.!?])\s+|\n+", original)
            if words_of(sentence.lower()) and " ".join(sentence.split()) not in kept
            and len(words_of(sentence.lower()) & words) < len(words_of(sentence.lower())) / 2]


def _put_in_place_of(revised: str, original: str, request: str) -> list[str]:
    """The words of four letters or more of ``original`` that ``revised`` replaced by words of the request alone
    ("evenings" in place of "weekends"); rewording with words of its own ("is all you need" for "is enough") is
    no such loss."""
    before, after = re.findall(r"[\w']+", original.lower()), re.findall(r"[\w']+", revised.lower())
    asked = words_of(request.lower())
    return [word for kind, start, end, new_start, new_end in SequenceMatcher(None, before, after, autojunk=False).get_opcodes()
            if kind == "replace" and all(new in asked for new in after[new_start:new_end])
            for word in before[start:end] if len(word) >= 4 and word not in after]


def dropped_headings(revised: str, original: str, language: str) -> list[str]:
    """The Markdown headings of ``original`` that ``revised`` no longer has, neither as written nor reworded.

    A heading is the document's structure, like a definition in code. Asked to "add a line for the metro
    tickets to the budget", the model replaced "## Budget" and its paragraph with "The budget is for the
    trip to the metro."; asked to make "the Sunday section" more vivid, with "The Sunday section is on the 2nd
    floor of the library." A revision may reword a heading, so only headings fewer in number count as lost."""
    before, after = headings_of(original, language), headings_of(revised, language)
    if len(after) >= len(before):
        return []
    kept = {" ".join(heading.split()).lower() for heading in after}
    lost = [heading.strip() for heading in before if " ".join(heading.split()).lower() not in kept]
    return lost or [before[-1].strip()]


def promoted_to_headings(revised: str, original: str, language: str) -> list[str]:
    """The headings of ``revised`` that are lines of ``original``'s body made headings: asked to make a handbook's
    Tools section friendlier, the adapter put "## " before its paragraph, which reads as a heading and says
    nothing new."""
    mark = HEADING_MARKS.get(language, "")
    titles_before = {" ".join(heading.title.split()).lower() for heading in headings_in(original, mark=mark)[0]}
    body = {" ".join(line.split()).lower() for line in original.splitlines() if line.strip()}
    return [heading.title for heading in headings_in(revised, mark=mark)[0]
            if (title := " ".join(heading.title.split()).lower()) not in titles_before and title in body]


def headings_of(text: str, language: str) -> list[str]:
    """The headings of prose, its title lines as written: "## Brewing" in Markdown ("** Brewing" in Org, "== Brewing"
    in AsciiDoc), "Installation" above its underline (reStructuredText), where in plain text a "#" line is none."""
    return [heading.written for heading in headings_in(text, mark=HEADING_MARKS.get(language, ""))[0]]


_SPEAKS_OF_HEADINGS = re.compile(r"\b(?:headings?|headers?|headlines?|titles?|subtitles?|merge|combine|flatten|remove|delete|drop)\b",
                                 re.IGNORECASE)
"""A request that may change a heading: one about headings, or one that removes or merges parts."""
_TAKES_HEADINGS_OUT = re.compile(r"\b(?:merge|combine|flatten|remove|delete|drop|cut|bold|plain|paragraphs?|sentences?|into|"
                                 r"instead|without|no)\b", re.IGNORECASE)
"""A request that may leave a heading fewer: asked for "a catchier title", the adapter wrote a sentence in place of the
Markdown title; asked to "turn the headings into bold text" or "merge the two sections", a heading may go."""
_CHANGES_FORM = re.compile(rf"{_TAKES_HEADINGS_OUT.pattern}|\bas\s+(?:a|an|one)\b|{_SHORT_FORMS.pattern}|\breplace\s+"
                           r"(?:all|everything|it|the\s+(?:whole\s+)?(?:text|document|file|thing))\b|\bfrom\s+scratch\b|"
                           r"\bstart\s+(?:over|again)\b", re.IGNORECASE)
"""A rewrite that may leave headings out: one that takes them out, puts the text in another form ("as a letter"), or
replaces all of it ("replace the text", "start over")."""
_ASKS_FOR_A_SECTION = re.compile(r"^\s*(?:please\s+)?(?:add|write|insert|include|append)\s+(?:a|an|one|another|a\s+new)\s+"
                                 r"(?P<name>(?:(?!(?:to|in|into|under|of|for|on|about)\b)[\w-]+\s+){0,3})section\b", re.IGNORECASE)
"""Asked to "add a troubleshooting section", the adapter put a line of its own in place of "MIT." under the
README's licence heading; a new section in Markdown has a heading of its own."""
_NOT_A_SECTIONS_NAME = frozenset({"new", "short", "brief", "small", "little", "longer", "separate", "final", "proper", "whole"})


def misnamed_section(revised: str, original: str, request: str, language: str) -> bool:
    """Whether a revision for a request to add a section it names ("add a differentiation section") adds no
    heading with the name's words. Asked that of a lesson plan, the adapter added "## Pupils work in small
    groups, and the main activity is to plan the route for the next school trip." as a heading."""
    asked = _ASKS_FOR_A_SECTION.match(request)
    name = {word.lower() for word in re.findall(r"[^\W_]+", asked["name"])} - _NOT_A_SECTIONS_NAME if asked else set()
    if not name:
        return False
    before = {_heading_words(heading) for heading in headings_of(original, language)}
    added = [_heading_words(heading) for heading in headings_of(revised, language) if _heading_words(heading) not in before]
    return added != [] and not any(any(_same_word(word, said) for word in name for said in heading.split()) for heading in added)


def _same_word(word: str, other: str) -> bool:
    """"faq" and "FAQs", "example" and "examples": the same word, in any number."""
    return word.rstrip("s") == other.rstrip("s")


def reworded_headings(revised: str, original: str, language: str) -> list[str]:
    """The Markdown headings of ``original`` that ``revised`` has only reworded beyond a small fix (a typo, a
    capital), or put a word of in capitals. Asked that "the objections section should mention allergies too", the adapter ran the section's
    paragraph into its heading ("## The objections: trees are expensive…"); asked to "add Rust to the skills",
    it turned "## Skills" into "## Skills that make you different:"; asked to "say that rules are applied in
    order" in the configuration section, it renamed "## Configuration" "## Rules"."""
    written = headings_of(revised, language)
    after = [_heading_words(heading) for heading in written]
    return [heading.strip() for heading in headings_of(original, language)
            if not any(SequenceMatcher(None, _heading_words(heading), other).ratio() >= _SAME_HEADING for other in after)
            or any(_shouted(heading, other) for other in written)]


def _shouted(heading: str, other: str) -> bool:
    """Whether ``other`` is ``heading`` with a word put in capitals: "fix any typos" of a tour page turned
    "## Booking" into "## BOOKING"."""
    before, after = heading.split(), other.split()
    return (len(before) == len(after) and heading.lower() == other.lower()
            and any(new != old and new.isupper() and len(new) >= 3 for old, new in zip(before, after)))


def _heading_words(heading: str) -> str:
    return " ".join(re.findall(r"[\w']+", heading.lower()))


_SAME_HEADING = 0.8
"""How alike a heading and its revision must be to count as the same heading: "Set up" for "Setup" is, "Skills that
make you different" for "Skills" is not."""
_NAMES_HEADINGS = re.compile(r"\b(?:headings?|headers?|headlines?|(?:re)?titles?|subtitles?|renam\w*|call(?:ed)?|names?|translat\w*|"
                             r"capitali[sz]\w*|(?:upper|lower|title)\s*case)\b", re.IGNORECASE)
"""A request that may reword a heading: one about headings or what a part is called."""


def repeated_lines(revised: str, original: str, request: str) -> list[str]:
    """The lines of three words or more that a revision says more often than ``original`` does, and at least
    twice, where the request does not ask for repetition; or, of four words or more, nearly so (a second line
    with most of another's letters, where ``original`` has fewer such pairs). Asked to "make the Brightcart
    bullets stronger", the adapter wrote "Added the ability to add a new bullet to a bullet list." for both
    bullets; asked to "assign the staging alert to Sam", it wrote that action twice over two actions; rewriting
    a README for beginners, it put its title line in place of the paragraph under it; asked to "make the
    headline punchier", it wrote the headline twice in capitals, a word misspelt differently in each."""
    if ASKS_FOR_REPETITION.search(request):
        return []
    def counted(text: str) -> dict[str, int]:
        lines: dict[str, int] = {}
        for line in text.splitlines():
            if len(words := _line_words(line)) >= 3:
                lines[words] = lines.get(words, 0) + 1
        return lines
    before = counted(original)
    shown = {_line_words(line): line.strip() for line in revised.splitlines()}
    repeated = [shown[line] for line, times in counted(revised).items() if times >= 2 and times > before.get(line, 0)]
    if repeated:
        return repeated
    nearly = _nearly_repeated(revised)
    return nearly if len(nearly) > len(_nearly_repeated(original)) else []


_NEARLY_THE_SAME = 0.8


def _nearly_repeated(text: str) -> list[str]:
    """The second of each pair of different sentences or lines of four words or more that are nearly the same
    (sentences, so that a paragraph made a list of its sentences is no new repetition)."""
    pieces = [piece for line in text.splitlines() for piece in re.split(r"(?<=[.!?])\s+", line)]
    lines = list(dict.fromkeys(words for piece in pieces if len((words := _line_words(piece)).split()) >= 4))
    shown = {_line_words(piece): piece.strip() for piece in pieces}
    found = []
    for index, line in enumerate(lines):
        for other in lines[index + 1 :]:
            matcher = SequenceMatcher(None, line, other, autojunk=False)
            if min(matcher.real_quick_ratio(), matcher.quick_ratio()) >= _NEARLY_THE_SAME and matcher.ratio() >= _NEARLY_THE_SAME:
                found.append(shown[other])
    return found


def rewrites_a_correction(revised: str, original: str, request: str) -> bool:
    """Whether a revision for a request to correct (``_CORRECTS``: "fix the grammar", "proofread this") keeps
    less than ``_CORRECTION_KEEPS`` of the words in their order: a correction changes words here and there.
    Asked to "fix the grammar in the Fernway bullets" of a resume, the adapter wrote "The company has a 100%
    uptime guarantee." over all three."""
    if not _CORRECTS.search(request):
        return False
    before, after = re.findall(r"[\w']+", original.lower()), re.findall(r"[\w']+", revised.lower())
    return SequenceMatcher(None, before, after, autojunk=False).ratio() < _CORRECTION_KEEPS


_CORRECTS = re.compile(r"\b(?:fix|correct)\w*\s+(?:up\s+)?(?:the\s+|any\s+|all\s+|my\s+)?(?:grammar|spelling|punctuation|"
                       r"typos?|mistakes?|errors?|capitali[sz]ation)\b|\bproof-?read|\bspell-?check|\bcopy-?edit", re.IGNORECASE)
_CORRECTION_KEEPS = 0.6
"""A short line with two words corrected ("He go to school yesterday" to "He went to school yesterday") keeps
0.8 of them."""


def _line_words(line: str) -> str:
    return " ".join(re.findall(r"[\w']+", line.lower()))


def invented_figures(revised: str, shown: str, request: str) -> list[str]:
    """The numbers a revision of prose writes that neither the text the model was shown nor the request has.
    Asked to "add a sentence about the power costs" of a blog post, the adapter wrote "The power used is 15
    kilowatts", a figure nobody gave it; such a revision may still be what the user wanted, with the figure
    corrected, so it is marked for checking rather than refused."""
    given = set(_FIGURE.findall(shown)) | set(_FIGURE.findall(request))
    return list(dict.fromkeys(figure for figure in _FIGURE.findall(revised) if figure not in given))


_FIGURE = re.compile(r"\d+(?:[.,]\d+)*")


def shortened(sentence: str, most: int = 60) -> str:
    sentence = " ".join(sentence.split())
    return sentence if len(sentence) <= most else sentence[: most - 1].rsplit(" ", 1)[0] + "…"


def dropped_capital_lines(revised: str, original: str, request: str) -> str | None:
    """The first line of ``original`` written all in capitals ("CLERK", "INT. FERRY TERMINAL - NIGHT": a
    screenplay's speaker over their lines and its scene headings) that ``revised`` does not have, where the request
    does not ask to cut or to change capitals. Asked to make the clerk's last line ruder, the model put "The clerk
    is on the ferry." in place of the clerk's name and line. Plain text only: in Markdown such a line is a
    licence's "MIT" or a "TODO" more often than a speaker."""
    if _CUTS.search(request) or re.search(r"\b(?:capital|upper|lower)", request, re.IGNORECASE):
        return None
    kept = {line.strip() for line in revised.splitlines()}
    return next((line.strip() for line in original.splitlines()
                 if re.search(r"[A-Z]{2}", line) and not re.search(r"[a-z]", line) and len(line.strip()) <= 60
                 and line.strip() not in kept), None)


def prose_problem(revised: str, original: str, request: str, language: str, *, targeted: bool) -> str | None:
    """Why a revision of prose cannot be proposed for ``request`` by these checks, in words for the user; None
    when it can. ``targeted``: a revision of a part of the document, not a rewrite of all of it."""
    if only_takes_out_text(revised, original) and not _CUTS.search(request):
        return ("The model's revision only takes out words, lines or sentences of yours, which the request did not ask for; "
                "nothing was proposed. Try rephrasing, or select the part to change.")
    repeated = repeated_lines(revised, original, request)
    if repeated:
        return (f"The model's revision says “{shortened(repeated[0])}” more than once, which the request did not ask "
                "for; nothing was proposed. Try rephrasing, or select the part to change.")
    if rewrites_a_correction(revised, original, request):
        return ("The model's revision rewrites your text, where the request asks only for corrections; nothing was "
                "proposed. Try selecting the sentence to correct.")
    lost = lost_from(revised, original, request) if targeted else []
    if lost:
        return (f"The model's revision drops “{shortened(lost[0])}”, where the request only asks to add; nothing was "
                "proposed. Try rephrasing, or select the part to change.")
    if targeted and language == "text" and (cue := dropped_capital_lines(revised, original, request)):
        return (f"The model's revision drops the line “{cue}”, a speaker's name or a scene heading the request did not "
                "ask to change; nothing was proposed. Try rephrasing, or select the lines to change.")
    if person := lost_parties(revised, original, request):
        return (f"The model's revision drops “{person}”, where your text says whom it is to or from and the request did "
                "not ask to change that; nothing was proposed. Try rephrasing, or select the part to change.")
    if not targeted and keeps_little(revised, original, request):
        return (f"The model's rewrite keeps little of your text ({len(_word_list(revised))} words for your "
                f"{len(_word_list(original))}), where the request did not ask to shorten it; nothing was proposed. Try "
                "rephrasing, or select a part to rewrite.")
    if not targeted and shares_nothing(revised, original, request):
        return ("The model's rewrite has none of your words, where the request did not ask to translate; nothing was "
                "proposed. Try rephrasing, or select a part to rewrite.")
    if not targeted and (lost := dropped_headings(revised, original, language)) and not _CHANGES_FORM.search(request):
        return (f"The model's rewrite drops the heading “{lost[0]}”, which the request did not ask to take out; nothing "
                "was proposed. Try rephrasing, or select a part to rewrite.")
    if not targeted:
        return None
    if not makes_statement(revised, request, original):
        return ("The model's revision does not make the statement you asked for; nothing was proposed. Try "
                "rephrasing, or select the part to change.")
    if _ASKS_FOR_A_SECTION.match(request) and len(headings_of(revised, language)) <= len(headings_of(original, language)):
        return ("The model's revision adds no heading for the section you asked for; nothing was proposed. Try "
                "rephrasing, or select the part to change.")
    if misnamed_section(revised, original, request, language):
        return ("The model's revision adds a section under a heading that does not name the one you asked for; "
                "nothing was proposed. Try rephrasing, or select the part to change.")
    promoted = [] if _SPEAKS_OF_HEADINGS.search(request) else promoted_to_headings(revised, original, language)
    if promoted:
        return (f"The model's revision makes your text “{shortened(promoted[0])}” a heading, which the request did not "
                "ask for; nothing was proposed. Try rephrasing, or select the part to change.")
    lost = dropped_headings(revised, original, language)
    if lost and not _SPEAKS_OF_HEADINGS.search(request):
        return (f"The model's revision drops the heading “{lost[0]}”, which the request did not ask to change; nothing "
                "was proposed. Try rephrasing, or select the part to change.")
    if lost and not _TAKES_HEADINGS_OUT.search(request):
        return (f"The model's revision has a heading fewer (“{lost[0]}” is gone or no longer a heading), where the request "
                "asks to change a heading, not to take one out; nothing was proposed. Try rephrasing, or select the heading.")
    reworded = [] if _NAMES_HEADINGS.search(request) else reworded_headings(revised, original, language)
    if reworded:
        return (f"The model's revision rewords the heading “{reworded[0]}”, which the request did not ask to change; "
                "nothing was proposed. Try rephrasing, or select the part to change.")
    return None
