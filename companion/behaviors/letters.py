"""Who a letter or an email is to and from, read from its greeting, its sign-off and its headers.

Asked "who is this email to?" of a note that opens "Dear Ms. Okafor,", the small model answered "the President
of the Board of Directors of the International Association of the Deaf" until it was stopped; asked who wrote a
thank-you note signed "Priya", "I sent it to my sister." The text says it in a line or two a reader finds at a
glance, so those lines are the answer. The same lines are what a revision of a letter must not lose unasked
(``lost_parties``): asked to make a note more formal, the adapter put a sentence of its own in place of "See you
soon,\\nPriya".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from companion.documents import PROSE_LANGUAGES, Document


@dataclass(frozen=True)
class Parties:
    """The people a letter names as its reader and its writer, each with the line or lines that say so."""

    reader: str = ""
    greeting: str = ""
    """The line that names ``reader``: "Dear Ms. Okafor," or a "To:" header."""
    writer: str = ""
    signature: str = ""
    """The lines that name ``writer``: a closing and the name under it, or a "From:" header."""


_HEADER = re.compile(r"^(?P<field>to|from|subject|re|date|cc|bcc|sent)\s*:\s*(?P<value>.*?)\s*$", re.IGNORECASE)
_GREETING = re.compile(r"^(?:dear|hi|hello|hey|hiya|greetings|good\s+(?:morning|afternoon|evening))\b[ \t,]*"
                       r"(?P<reader>(?:(?:mr|mrs|ms|mx|dr|prof|rev|st)\.|[^,!:.\n]){0,60}?)\s*[,!:.]?\s*$", re.IGNORECASE)
_NOBODY_IN_PARTICULAR = re.compile(r"^to\s+whom\s+it\s+may\s+concern\b", re.IGNORECASE)
_CLOSING = re.compile(r"^(?P<closing>(?:(?:with\s+)?(?:kind|best|warm|warmest|many)\s+(?:regards|wishes|thanks)|regards|"
                      r"best|cheers|thanks(?:\s+(?:again|so\s+much|a\s+lot))?|thank\s+you(?:\s+again)?|"
                      r"(?:lots\s+of\s+)?love|(?:yours\s+)?(?:sincerely|faithfully|truly)|yours|all\s+the\s+best|"
                      r"take\s+care|see\s+you(?:\s+(?:soon|then|there|tomorrow))?|talk\s+soon|speak\s+soon|"
                      r"with\s+(?:love|thanks|gratitude)|respectfully|xx+)[,!.]?)(?:\s+(?P<name>[^\W\d_][^,.!?]{0,40}))?\s*$",
                      re.IGNORECASE)
_ANY_CLOSING = re.compile(r"^(?P<closing>[A-Z][^.!?:;,\n]{0,40},)(?P<name>)$")
"""A closing in words of the writer's own ("Thanks for understanding,"): a short phrase that ends with a comma."""
_NAME_LINE = re.compile(r"^(?!.*\.\s+[a-z])(?:(?:--|[–—])\s*)?[^\W\d_][^\d@!?:;]{0,40}$")
"""The line under a closing: a name or a team ("Tom Reyes", "Finance team"), not a sentence."""
_DASHED_NAME = re.compile(r"^(?:--|[–—])\s*(?P<name>[^\W\d_][^\d@.!?:;]{0,40})$")
"""A signature with no closing: "— Priya"."""
_POSTSCRIPT = re.compile(r"^p\.?\s?p?\.?s\.?\b", re.IGNORECASE)


def parties(text: str) -> Parties:
    """Whom ``text`` greets (its first line that greets, after any headers) and who signs it (the closing
    nearest its end and the short lines under it, with any "P.S." after them), and what its "To:" and "From:"
    headers say; empty fields where it has none."""
    lines = [line.strip() for line in text.splitlines()]
    headers = {}
    for line in lines:
        if not line or line.startswith("#"):
            continue
        header = _HEADER.match(line)
        if not header:
            break
        headers.setdefault(header["field"].lower(), (header["value"], line))
    reader, greeting = _reader(lines, headers)
    writer, signature = _writer(lines, headers)
    return Parties(reader, greeting, writer, signature)


def _reader(lines: list[str], headers: dict[str, tuple[str, str]]) -> tuple[str, str]:
    if "to" in headers and headers["to"][0]:
        return headers["to"]
    for line in lines:
        if not line or line.startswith("#") or _HEADER.match(line):
            continue
        if _NOBODY_IN_PARTICULAR.match(line):
            return "whoever reads it", line
        greeting = _GREETING.match(line)
        return (greeting["reader"].strip(), line) if greeting else ("", "")
    return "", ""


def _writer(lines: list[str], headers: dict[str, tuple[str, str]]) -> tuple[str, str]:
    if "from" in headers and headers["from"][0]:
        return headers["from"]
    written = [line for line in lines if line]
    while written and _POSTSCRIPT.match(written[-1]):
        written.pop()
    if written and (dashed := _DASHED_NAME.match(written[-1])) and dashed["name"][0].isupper():
        return dashed["name"].strip(), written[-1]
    for at in range(len(written) - 1, max(len(written) - 6, -1), -1):
        closing = _CLOSING.match(written[at]) or _ANY_CLOSING.match(written[at])
        if not closing:
            continue
        under = written[at + 1 :]
        if not under and closing["name"] and closing["name"][0].isupper():
            return closing["name"].strip(), written[at]
        if under and _signs(under[0]) and all(_UNDER_A_NAME.match(line) for line in under[1:]):
            named = [line.lstrip("-–— ") for line in under if _signs(line)]
            return ", ".join(named), "\n".join(written[at:])
        return "", ""
    return "", ""


def _signs(line: str) -> bool:
    """Whether ``line`` may be a name or a team signing a letter: a few words that begin with a capital, not a
    sentence ("And I forget to wonder why." ends a poem)."""
    name = line.lstrip("-–— ")
    return (bool(_NAME_LINE.match(line)) and name[:1].isupper() and len(name.split()) <= 5
            and (not name.endswith(".") or bool(_ABBREVIATED_END.search(name))))


_ABBREVIATED_END = re.compile(r"\b(?:Jr|Sr|Esq|Ph\.D|M\.D|Inc|Ltd|Co)\.$")
_UNDER_A_NAME = re.compile(r"^[^\n]{1,60}(?<![.!?])$")
"""A line of a signature under the name: a role, an email address, a telephone number; not a sentence."""


_IT = r"(?:it|(?:this|that|the|your|my)(?:\s+[\w-]+)?)"
"""The letter a question is about: "it", "this", "the email", "this thank-you"."""
_ASKS_WHOM = re.compile(
    rf"^\s*(?:(?:to\s+)?whom?\s+(?:is|was|'s)\s+{_IT}\s+(?:to|for|addressed(?:\s+to)?|written\s+(?:to|for)|sent\s+to|"
    rf"meant\s+for)|who(?:m)?\s+(?:am\s+i|are\s+we|is\s+s?he)\s+(?:writing|sending\s+{_IT})\s+to|"
    rf"who\s+is\s+the\s+(?:recipient|addressee|reader)|who\s+(?:does|did|will)\s+{_IT}\s+(?:go|get\s+sent)\s+to|"
    rf"who\s+(?:does|did)\s+{_IT}\s+(?:greet|address))\b", re.IGNORECASE)
_ASKS_WHO_WROTE = re.compile(
    rf"^\s*(?:who\s+(?:wrote|sent|signed|is\s+writing|has\s+(?:written|sent|signed))\s+{_IT}|"
    rf"who\s+(?:is|was|'s)\s+{_IT}\s+(?:from|by|signed\s+by|written\s+by|sent\s+by)|"
    rf"who\s+is\s+the\s+(?:sender|author|writer|signatory)|who\s+signs?\s+(?:it|this|off))\b", re.IGNORECASE)


def letter_answer(request: str, document: Document, selection: tuple[int, int] | None = None) -> str | None:
    """Who a letter or email (prose that greets someone or is signed) is to, or from, as its own lines say;
    None for any other question, and for text that does neither."""
    asks_whom, asks_who_wrote = bool(_ASKS_WHOM.match(request)), bool(_ASKS_WHO_WROTE.match(request))
    if document.language not in PROSE_LANGUAGES or not (asks_whom or asks_who_wrote):
        return None
    found = parties(document.text[selection[0] : selection[1]] if selection else document.text)
    if not (found.greeting or found.signature):
        return None
    if asks_whom:
        if found.reader:
            return f"To {found.reader}: it opens “{found.greeting}”."
        if found.greeting:
            return f"It does not name whom it is to: it opens “{found.greeting}”."
        return "It does not say whom it is to: it opens with no greeting such as “Dear …,” and has no “To:” line."
    if found.signature:
        return f"From {found.writer}: it is signed “{' / '.join(found.signature.splitlines())}”."
    return "It does not say who wrote it: it ends with no sign-off such as “Best wishes,” and a name, and has no “From:” line."


def without_parties(text: str) -> str:
    """``text`` with its greeting, its signature and its opening headers other than "Subject:" blanked out, its
    lines kept."""
    found = parties(text)
    dropped = set(found.greeting.splitlines()) | set(found.signature.splitlines())
    lines, in_headers = [], True
    for line in text.split("\n"):
        header = in_headers and _HEADER.match(line.strip())
        in_headers = in_headers and (bool(header) or not line.strip())
        lines.append("" if line.strip() in dropped or (header and not _SUBJECT.match(line.strip())) else line)
    return "\n".join(lines)


_SUBJECT = re.compile(r"^(?:subject|re)\s*:", re.IGNORECASE)


_SPEAKS_OF_PARTIES = re.compile(r"\b(?:greet\w*|salutation|sign(?:ed|s|ing)?|signature|sign[- ]?off|closing|"
                                r"address\w*|name|remove|delete|drop|cut)\b", re.IGNORECASE)


_NAMED = re.compile(r"\b(?!(?:Mr|Mrs|Ms|Mx|Miss|Dr|Prof|Rev|Sir|Madam)\b)[A-Z][^\W\d_]+")
"""The capitalised words of a greeting's or signature's person but its honorifics: its names ("Okafor" of "Ms.
Okafor", which a translation may call "Madame Okafor"); "Hi all," names no one."""


def lost_parties(revised: str, original: str, request: str) -> str:
    """The greeting or the signature of ``original`` that ``revised`` loses, where the request neither speaks of
    greetings, sign-offs or names nor names the person; "" when none is lost. A greeting is lost when the revision
    no longer names its person ("Dear Dana," may become "Hi Dana,"); a signature when the name under its closing is
    no longer a line of its own (a role or an address under it may be translated). Asked to make a note more
    formal, the adapter put a sentence of its own in place of "See you soon,\nPriya"; asked for a P.S., it wrote
    "See you soon, Priya, at the van keys."."""
    if _SPEAKS_OF_PARTIES.search(request):
        return ""
    found = parties(original)
    names = _NAMED.findall(found.reader)
    if names and not _asks_about(names, request) and not all(re.search(rf"\b{re.escape(name)}\b", revised) for name in names):
        return found.greeting
    signed = found.signature.splitlines()
    name_line = signed[1] if len(signed) > 1 else found.writer
    names = _NAMED.findall(name_line)
    if not names or _asks_about(names, request):
        return ""
    if len(signed) > 1:
        return "" if name_line in {line.strip() for line in revised.splitlines()} else name_line
    return "" if all(re.search(rf"\b{re.escape(name)}\b", revised) for name in names) else found.signature


def _asks_about(names: list[str], request: str) -> bool:
    return any(name.lower() in request.lower() for name in names)


_SIGN_AS = re.compile(r"^\s*(?:please\s+)?(?:sign\s+(?:it|this|the\s+\w+)(?:\s+off)?\s+(?:as\s+|from\s+)?|sign\s+off\s+as\s+|"
                      r"(?:change|set)\s+the\s+(?:signature|name\s+at\s+the\s+(?:end|bottom))\s+to\s+)"
                      r"[\"'“]?(?P<name>[A-Z][\w.'-]*(?:\s+(?:and|&)?\s*[A-Z][\w.'-]*)*)[\"'”]?[.!]?\s*$")
_SIGN_OFF_WITH = re.compile(r"^\s*(?:please\s+)?(?:sign\s+(?:it\s+)?off\s+with|(?:change|set)\s+the\s+(?:sign[- ]?off|closing)\s+to|"
                            r"end\s+(?:it\s+)?with)\s+[\"'“]?(?P<closing>[^\"'”\n]+?)[\"'”]?(?:\s+(?:instead|please|now))?[.!]?\s*$",
                            re.IGNORECASE)


def signed_as(passage: str, request: str) -> str | None:
    """The letter signed as the request says: "sign it Priya and Sam" puts that name in place of the one under the
    closing, "sign off with Warm wishes" that closing in place of its closing; None for any other request, and for
    a passage with no closing and name to change. The model had answered the first by changing "Thanks" to "Thanks
    so much" and leaving the name as it was."""
    found = parties(passage)
    signature = found.signature.splitlines()
    if len(signature) < 2 or not _CLOSING.match(signature[0]) and not _ANY_CLOSING.match(signature[0]):
        return None
    if asked := _SIGN_AS.match(request):
        old, new = signature[1], asked["name"]
    elif (asked := _SIGN_OFF_WITH.match(request)) and (closing := _CLOSING.match(asked["closing"])) and not closing["name"]:
        old, new = signature[0], asked["closing"].rstrip(",") + ","
        new = new[0].upper() + new[1:]
    else:
        return None
    at = passage.rfind(old)
    return passage[:at] + new + passage[at + len(old) :]
