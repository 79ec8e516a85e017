"""Lists: ticking off a task ("tick off renew passport") and adding an item to a named list ("add buy milk to
this week") or beside an item ("add summer party before any other business"), made without the model.

Asked "tick off renew passport" of a to-do list, the distilled model unticked "Pay the electricity bill"; asked
"add buy milk to this week", it dropped the heading; asked to add an agenda item before another, it dropped
the first. Each is a matter of finding the item or the list: the item whose words are the request's, the list
right under the heading it names. The new item takes the form of the items beside it (marker, checkbox, capital
letter), so the list stays one list.
"""

from __future__ import annotations

import re

from companion.behaviors.removal import (
    LIST_ITEM,
    Piece,
    container,
    item_called,
    pieces_of,
    renumbered,
    section_titled,
)

_TICKS = re.compile(r"^\s*(?:please\s+)?(?:(?:tick|check|cross)\s+off|tick)\s+(?P<what>\S.*?)[\s.!]*$"
                    r"|^\s*(?:please\s+)?mark\s+(?P<marked>\S.*?)\s+(?:as\s+)?(?:done|complete|completed|finished)[\s.!]*$",
                    re.IGNORECASE)
_UNTICKS = re.compile(r"^\s*(?:please\s+)?(?:untick|uncheck)\s+(?P<what>\S.*?)[\s.!]*$"
                      r"|^\s*(?:please\s+)?mark\s+(?P<marked>\S.*?)\s+(?:as\s+)?(?:not\s+done|undone|open|to\s?do)[\s.!]*$",
                      re.IGNORECASE)
_SAYS_DONE = re.compile(
    r"^\s*(?:(?:ok|okay|so|right|update|fyi)[,:]?\s+)?(?:i|we)(?:'ve|\s+have|'d|\s+had)?\s+(?:just\s+|already\s+|now\s+|finally\s+)?"
    r"(?P<verb>[a-z]+)\s+(?P<what>\S.*?)(?:\s+(?:today|yesterday|now|already|this\s+morning))?[\s.!]*$"
    r"|^\s*(?P<subject>\S.*?)\s+(?:is|are|has\s+been|have\s+been|was|were)\s+(?:now\s+|all\s+)?"
    r"(?P<state>done|finished|sorted|complete|completed|taken\s+care\s+of|[a-z]+ed|sent|paid|bought|made|written|"
    r"given|taken|sold|built|kept)(?:\s+now)?[\s.!]*$",
    re.IGNORECASE,
)
"""A statement that a task is done: "I've sent the Q3 report", "we booked the venue", "the car insurance is
renewed". The verb is the task's own, in the past ("sent" for "Send the Q3 report to Dana")."""
_IRREGULAR_PAST = {
    "sent": "send", "bought": "buy", "paid": "pay", "made": "make", "wrote": "write", "written": "write", "got": "get",
    "did": "do", "done": "do", "took": "take", "taken": "take", "gave": "give", "given": "give", "found": "find",
    "met": "meet", "rang": "ring", "sold": "sell", "told": "tell", "left": "leave", "brought": "bring",
    "caught": "catch", "taught": "teach", "chose": "choose", "drove": "drive", "went": "go", "spent": "spend",
    "built": "build", "lent": "lend", "put": "put", "set": "set", "cut": "cut", "hung": "hang", "won": "win",
    "drew": "draw", "swept": "sweep", "kept": "keep", "fed": "feed", "held": "hold", "ran": "run", "read": "read",
}
_FINISHED = frozenset(["done", "finished", "sorted", "complete", "completed", "did", "taken care of"])
_ITEM_INTRO = r"(?:an?\s+(?:new\s+)?(?:item|point|entry|line|bullet|step)\s+(?:for|on|about|called|saying)\s+(?:the\s+)?)?"
"""How a request may introduce the item it gives: "add a bullet about experience with git", "add an item for the
budget"."""
_ADDS_ITEM = re.compile(rf"^\s*(?:please\s+)?(?:add|put)\s+{_ITEM_INTRO}(?P<item>\S.*?)\s+(?:to|on|under)\s+(?:the\s+|my\s+)?"
                        r"(?P<place>\S.*?)(?:\s+(?:list|section|heading))?[\s.!]*$", re.IGNORECASE)
_DESCRIBES = re.compile(r"^(?:a|an|another|some|one|more|the|this|that|these|those|my|our|its)\b", re.IGNORECASE)
"""An item that begins so describes what to write ("add a dinner plan to saturday"): the model's work."""
_THE_LIST = frozenset(["list", "to-do list", "todo list", "to do list", "todos", "to-dos", "checklist", "tasks"])
_ADDS_ITEM_BESIDE = re.compile(rf"^\s*(?:please\s+)?(?:add|put|insert)\s+{_ITEM_INTRO}(?P<item>\S.*?)\s+(?P<relation>before|after|above|below)\s+"
                               r"(?P<other>\S.*?)(?:\s+(?:item|point|entry|line|bullet|step))?[\s.!]*$", re.IGNORECASE)
"""A request to add an item beside another: "add summer party before any other business", "add an item for the
budget after the hiring update"."""


def ticked(text: str, request: str) -> str | None:
    """``text`` with the one task a request ticks off ("tick off renew passport", "mark the dentist as done", or
    says is done: "I've sent the Q3 report") or unticks ("untick renew passport") set so; None when the request is neither, or names no one task, or the task
    is already so."""
    tasks = [piece for piece in pieces_of(text) if piece.kind == "line" and _task(piece)]
    for pattern, state in ((_UNTICKS, " "), (_TICKS, "x")):
        if found := pattern.match(request):
            task = _task_with_words((found["what"] or found["marked"]).strip(), tasks)
            break
    else:
        state, task = "x", _task_said_done(request, tasks)
    item = _task(task) if task is not None else None
    if item is None or item["state"].lower() == state:
        return None
    at = task.start + item.start("state")
    return text[:at] + state + text[at + 1 :]


def _task_said_done(request: str, tasks: list[Piece]) -> Piece | None:
    """The one task a statement says is done ("I've sent the Q3 report" for "Send the Q3 report to Dana"): the
    task with the statement's words and its verb, where the statement names one ("sent"); with its words alone
    where it says only that it is done ("the insurance is sorted")."""
    found = _SAYS_DONE.match(request)
    if not found:
        return None
    verb, what = (found["verb"], found["what"]) if found["verb"] else (found["state"], found["subject"])
    verb = " ".join(verb.lower().split())
    if verb in _FINISHED:
        return _task_with_words(what, tasks)
    bases = _present_forms(verb)
    if not bases:
        return None
    having = [task for task in tasks if _task_with_words(what, [task]) is not None
              and bases & set(re.findall(r"[a-z']+", task.text.lower()))]
    return having[0] if len(having) == 1 else None


def _present_forms(past: str) -> set[str]:
    """What a verb in the past may be in the present: "send" for "sent", "book" for "booked", "renew" for
    "renewed", "move" for "moved", "reply" for "replied", "stop" for "stopped"; none for a word not in the past."""
    if past in _IRREGULAR_PAST:
        return {_IRREGULAR_PAST[past]}
    if not past.endswith("ed") or len(past) < 5:
        return set()
    stem = past[:-2]
    forms = {stem, stem + "e"}
    if stem.endswith("i"):
        forms.add(stem[:-1] + "y")
    if len(stem) > 2 and stem[-1] == stem[-2]:
        forms.add(stem[:-1])
    return forms


def item_added(text: str, request: str) -> str | None:
    """``text`` with the item a request names outright ("add buy milk to this week") at the end of the list right
    under the heading it names (or of the document's one list, for "to the list"), in that list's form, or in its
    place in time where the list is a timetable ("add a 15:30 coffee break to the afternoon"); ``text`` as it
    is where the list has the item already; None when the request is no such add, describes the item rather
    than giving it ("add a dinner plan to saturday"), or names no one list."""
    found = _ADDS_ITEM.match(request) or _ADDS_BARE_ITEM.match(request)
    words = _unquoted(_TIMED_ARTICLE.sub("", found["item"].strip())) if found else ""
    if not found or _DESCRIBES.match(words):
        return None
    pieces = pieces_of(text)
    place = (found.groupdict().get("place") or "").strip()
    if not place:
        target = _the_whole_list(text, pieces) if not _ABOUT_ITEMS.match(words) else None
    elif place.lower() in _THE_LIST:
        lists = [piece for piece in pieces if is_list(piece)]
        target = lists[0] if len(lists) == 1 else None
    else:
        target = list_under(place, pieces)
        if target is None and (inline := _inline_list_under(place, pieces)) is not None:
            return _added_inline(text, inline, words)
    if target is None:
        return None
    if item_called(words, pieces) is not None:
        return text  # there already: nothing to change, and nothing for the model to guess at
    lines = target.text.splitlines()
    if all(re.match(r"\d\d:", item["text"]) for item in map(LIST_ITEM.match, lines)):
        words = re.sub(r"^(\d):(?=\d\d\b)", r"0\1:", words)  # "8:45" as "08:45" where the list writes "09:30"
    lines.insert(_place_in_time(words, lines), as_item_of(words, target.text))
    return text[: target.start] + "\n".join(lines) + text[target.end :]


_ADDS_BARE_ITEM = re.compile(r"^\s*(?:please\s+)?(?:add|(?:i|we)\s+(?:also\s+)?need)\s+(?P<item>[\w'-]+(?:\s+[\w'-]+){0,3})"
                             r"(?:\s+too|\s+as\s+well)?[\s.!]*$", re.IGNORECASE)
"""An item given with no list named, "add coffee beans", "we need oat milk too": of a document that is a list."""
_ABOUT_ITEMS = re.compile(r"^(?:checkbox(?:es)?|numbers|numbering|bullets?|titles?|headings?|headers?|emojis?|dates|"
                          r"prices|quantities|amounts|details|examples|descriptions|notes|categories|sections|"
                          r"formatting|punctuation|links|deadlines|times)\b", re.IGNORECASE)
"""What "add …" asks of every item or of the list's form, not an item to add: "add prices", "add checkboxes"."""


def _the_whole_list(text: str, pieces: list[Piece]) -> Piece | None:
    """The one list of a document that is that list, under a title or a caption line at most (a shopping list):
    "add coffee beans" of it adds an item; of an essay with a list in it, it asks for the model's writing."""
    lists = [piece for piece in pieces if is_list(piece)]
    if len(lists) != 1:
        return None
    others = [line for line in (text[: lists[0].start] + text[lists[0].end :]).splitlines() if line.strip()]
    return lists[0] if len(others) <= 2 else None


def item_of_kind_added(text: str, request: str) -> str | None:
    """``text`` with the item a request words after its kind ("add a reminder to close the water taps", "add a
    step: preheat the oven") at the end of the list under the section named for that kind ("Reminders",
    "Steps"), in that list's form, with a full stop where its items end with one; None when no section is so
    named, it has no list, or the words describe the item rather than give it ("add a reminder about the
    water")."""
    found = _ADDS_ITEM_OF_KIND.match(request)
    if not found or _DESCRIBES.match(found["words"]):
        return None
    pieces = pieces_of(text)
    target = list_under(found["kind"] + "s", pieces) or list_under(found["kind"], pieces)
    if target is None:
        return None
    words = found["words"].strip()
    items = [LIST_ITEM.match(line)["text"] for line in target.text.splitlines()]
    if sum(item.endswith(".") for item in items) * 2 > len(items) and not words.endswith((".", "!", "?")):
        words += "."
    return text[: target.end] + "\n" + as_item_of(words, target.text) + text[target.end :]


_ADDS_ITEM_OF_KIND = re.compile(r"^\s*(?:please\s+)?add\s+(?:a|an|another|one\s+more)\s+(?:new\s+)?(?P<kind>[a-z]+?)s?"
                                r"(?:\s*:\s*|\s+(?:to|that|saying)\s+)(?P<words>\S.*?)[\s.!]*$", re.IGNORECASE)


def item_added_beside(text: str, request: str) -> str | None:
    """``text`` with the item a request names outright put right before or after the one list item it names
    ("add summer party before any other business"), in that item's form, a numbered list counted again; None
    when the request is no such add, describes the item rather than giving it, or names no one item."""
    found = _ADDS_ITEM_BESIDE.match(request)
    if not found or _DESCRIBES.match(words := _unquoted(found["item"].strip())):
        return None
    pieces = pieces_of(text)
    other_words = re.sub(r"^(?:the|this|that)\s+", "", found["other"].strip(), flags=re.IGNORECASE)
    other = item_called(other_words, pieces) or item_called(other_words, pieces, partly=True)
    if other is None or item_called(words, pieces) is not None:
        return None
    at = other.start if found["relation"].lower() in ("before", "above") else _end_of_item(text, other)
    new = as_item_of(words, other.text) + "\n"
    if found["relation"].lower() in ("after", "below"):
        new = "\n" + new[:-1]
    return renumbered(text, text[:at] + new + text[at:])


def _end_of_item(text: str, item: Piece) -> int:
    """Where the list item ``item`` ends: past the lines indented under it."""
    indent = len(LIST_ITEM.match(item.text)["indent"])
    end = item.end
    for line in re.finditer(r"\n([^\n]*)", text[item.end :]):
        under = LIST_ITEM.match(line[1])
        if not line[1].strip() or (under is None and not line[1].startswith((" ", "\t"))) or (
                under is not None and len(under["indent"]) <= indent):
            break
        end = item.end + line.end()
    return end


_TIMED_ARTICLE = re.compile(r"^(?:a|an)\s+(?=\d{1,2}[:.]\d{2}\b|\d{1,2}\s*[ap]\.?m\b)", re.IGNORECASE)
""""add a 15:30 coffee break": the item is given, its time and all; the article only introduces it."""
_TIME = re.compile(r"^(?P<hour>\d{1,2})(?:[:.](?P<minute>\d{2}))?\s*(?P<half>[ap]\.?m\b\.?)?", re.IGNORECASE)


def _place_in_time(words: str, lines: list[str]) -> int:
    """Where a new item goes among a list's ``lines``: before the first item of a later time, where the list is
    a timetable (every item begins with a time and is not numbered); else at the end."""
    new = _minutes(words)
    items = [LIST_ITEM.match(line) for line in lines]
    times = [_minutes(item["text"]) if item and not item["marker"][0].isdigit() else None for item in items]
    if new is None or None in times:
        return len(lines)
    return next((index for index, time in enumerate(times) if time > new), len(lines))


def _minutes(text: str) -> int | None:
    """The time of day ``text`` begins with, in minutes since midnight ("15:30 Coffee", "9am Stand-up")."""
    time = _TIME.match(text)
    if not time or (time["minute"] is None and time["half"] is None):
        return None
    hour = int(time["hour"]) % 12 + (12 if (time["half"] or "").lower().startswith("p") else 0) if time["half"] \
        else int(time["hour"])
    return hour * 60 + int(time["minute"] or 0)


def _inline_list_under(heading: str, pieces: list[Piece]) -> Piece | None:
    """The one paragraph right under the section titled ``heading`` when it is a list written on one line: three
    names or more, of at most four words each, between commas ("Python, Go, PostgreSQL, Kafka")."""
    section = section_titled(heading, pieces)
    paragraphs = [piece for piece in pieces if section is not None and piece.kind == "paragraph"
                  and container(piece, pieces) == section]
    if len(paragraphs) != 1 or "\n" in paragraphs[0].text.strip():
        return None
    items = _INLINE_SEPARATOR.split(paragraphs[0].text.strip().rstrip("."))
    words = set(re.findall(r"[a-z']+", paragraphs[0].text.lower()))
    return paragraphs[0] if len(items) >= 3 and not words & _CLAUSE_WORDS and all(
        0 < len(item.split()) <= 4 and not re.search(r"[.:;!?]\s", item) for item in items) else None


_INLINE_SEPARATOR = re.compile(r",\s*(?:and\s+)?|\s+and\s+")
_CLAUSE_WORDS = frozenset("i we you he she they it my our your is are was were am be have has like love the a an to of in "
                          "on at with for from".split())
"""Words of a sentence, not of a list of names: "I like chess, tea and long walks." is no list to add to."""


def _added_inline(text: str, paragraph: Piece, words: str) -> str | None:
    """``text`` with the names ``words`` gives ("Rust", "Rust and Zig") put last in the one-line list
    ``paragraph``, written with its separators ("A, B and C" takes "D" as "A, B, C and D"); ``text`` as it is
    where the list names them all already, None where it names some."""
    line = paragraph.text.strip()
    stop = "." if line.endswith(".") else ""
    line = line.rstrip(".")
    have = {item.strip().lower() for item in _INLINE_SEPARATOR.split(line)}
    new = [item.strip() for item in _INLINE_SEPARATOR.split(words) if item.strip()]
    if not new:
        return None
    if all(item.lower() in have for item in new):
        return text  # there already
    if any(item.lower() in have for item in new):
        return None
    last_join = re.search(r"(,?\s+and\s+)(?=[^,]*$)", line)
    if last_join:
        items = [*_INLINE_SEPARATOR.split(line), *new]
        line = ", ".join(items[:-1]) + last_join[1] + items[-1]
    else:
        line = ", ".join([line, *new])
    at = paragraph.start + paragraph.text.index(paragraph.text.strip())
    return text[:at] + line + stop + text[at + len(paragraph.text.strip()) :]


def list_under(heading: str, pieces: list[Piece]) -> Piece | None:
    """The last list right under the section titled ``heading`` (not in a section below it)."""
    section = section_titled(heading, pieces)
    lists = [piece for piece in pieces if section is not None and is_list(piece) and container(piece, pieces) == section]
    return lists[-1] if lists else None


def as_item_of(words: str, list_text: str) -> str:
    """``words`` as the next item of the list ``list_text``: its last item's indent and marker (the next number
    in a numbered list), an open checkbox where its items have them, a capital where most of them begin so and a
    full stop where most of them end so."""
    items = [LIST_ITEM.match(line) for line in list_text.splitlines()]
    last = items[-1]
    marker = last["marker"]
    if marker[0].isdigit():
        marker = f"{int(marker[:-1]) + 1}{marker[-1]}"
    capitals = sum(_first_letter(item["text"]).isupper() for item in items)
    if capitals * 2 > len(items) and (letter := _first_letter(words)):
        at = words.index(letter)
        words = words[:at] + letter.upper() + words[at + 1 :]
    stops = sum(item["text"].rstrip().endswith(".") for item in items)
    if stops * 2 > len(items) and not words.endswith((".", "!", "?")):
        words += "."
    checkbox = "[ ] " if last["state"] is not None else ""
    return f"{last['indent']}{marker} {checkbox}{words}"


def _unquoted(words: str) -> str:
    """An item given in quotes ("add 'Added a --quiet flag' to 1.2.0") without them."""
    quoted = re.fullmatch(r"(['\"“‘`])(?P<words>.+)(['\"”’`])", words)
    return quoted["words"] if quoted else words


def _first_letter(text: str) -> str:
    """The first letter of ``text`` past a time or number it begins with ("C" of "09:30 Coffee", "d" of "5pm
    drinks")."""
    time = _TIME.match(text)
    return next((character for character in text[time.end() if time else 0 :] if character.isalpha()), "")


def is_list(piece: Piece) -> bool:
    return piece.kind == "paragraph" and all(LIST_ITEM.match(line) for line in piece.text.splitlines())


def _task(piece: Piece) -> re.Match | None:
    item = LIST_ITEM.match(piece.text)
    return item if item and item["state"] is not None else None


def _task_with_words(what: str, tasks: list[Piece]) -> Piece | None:
    """The one task with every word of ``what`` ("renew passport", "the dentist" for "Book the dentist")."""
    wanted = set(re.findall(r"[a-z0-9']{3,}", what.lower())) - {"the", "and", "item", "task"}
    having = [task for task in tasks if wanted and wanted <= set(re.findall(r"[a-z0-9']{3,}", task.text.lower()))]
    return having[0] if len(having) == 1 else None
