"""American or British spelling throughout ("use American spelling", "switch to British spelling"), made without
the model from a table of the words that differ.

Asked to "use American spelling" of a blog post with "flavour" in it, the model proposed no change. Which words
are spelt differently is a matter of record, not of judgement: colour and color, centre and center, organise and
organize, travelled and traveled. The table holds the common ones with every ending they take; a word whose
other spelling means something else on the other side ("meter", "program", "check", "tire", "practice",
"license") is changed in the one direction where it cannot be wrong, or not at all. Code, in fences or
backticks, and web addresses are left as they are.
"""

from __future__ import annotations

import re

ASKS_FOR_SPELLING = re.compile(
    r"^\s*(?:please\s+)?(?:(?:use|switch\s+to|change\s+(?:it\s+|this\s+|the\s+spelling\s+)?to|convert\s+(?:it\s+|this\s+)?to|"
    r"make\s+(?:it|this|the\s+spelling)|put\s+(?:it|this)\s+in(?:to)?)\s+(?P<variety>american|us|u\.s\.|british|uk|u\.k\.)"
    r"(?:\s+english)?(?:\s+spellings?)?"
    r"|(?P<verb>americani[sz]e|angli[cs]i[sz]e|briti[cs]i[sz]e)\s+(?:the\s+|its\s+|my\s+)?(?:spellings?|text|it|this)?"
    r"|(?:spell\s+it|spell\s+everything|spell\s+words)\s+the\s+(?P<way>american|us|british|uk)\s+way)"
    r"(?:\s+(?:throughout|everywhere|spelling|spellings))?[\s.!]*$",
    re.IGNORECASE,
)

_OUR = ("colour", "flavour", "favour", "honour", "humour", "labour", "neighbour", "behaviour", "harbour", "rumour",
        "savour", "vapour", "vigour", "odour", "armour", "endeavour", "parlour", "rigour", "splendour", "tumour",
        "valour", "clamour", "candour", "ardour", "demeanour", "fervour")
"""British "-our" words, American "-or": with every ending (colours, coloured, colourful, favourite)."""
_RE = ("centre", "theatre", "litre", "fibre", "calibre", "sombre", "spectre", "lustre", "meagre", "sabre",
       "kilometre", "centimetre", "millimetre")
"""British "-re", American "-er" (centres, centred). "metre" is left: an American "meter" is also a gauge."""
_ISE = ("organis", "realis", "recognis", "apologis", "emphasis", "criticis", "prioritis", "summaris", "categoris",
        "minimis", "maximis", "optimis", "customis", "finalis", "memoris", "utilis", "standardis", "specialis",
        "characteris", "authoris", "visualis", "normalis", "initialis", "modernis", "familiaris", "personalis",
        "stabilis", "synchronis", "symbolis", "sympathis", "capitalis", "centralis", "globalis", "localis",
        "mobilis", "neutralis", "penalis", "popularis", "scrutinis", "theoris", "legalis", "digitalis")
"""British "-ise" stems, American "-ize" (organise, organised, organising, organisation, organiser)."""
_ISE_ENDINGS = ("e", "ed", "es", "ing", "ation", "ations", "er", "ers")
_LL = ("travel", "cancel", "label", "model", "fuel", "signal", "level", "counsel", "marshal", "channel", "tunnel",
       "dial", "quarrel", "total", "equal", "jewel", "marvel", "shovel", "snorkel", "unravel", "pedal", "grovel")
"""British doubles the l before -ed, -ing, -er (travelled, travelling, traveller); American does not."""
_WORDS = {
    "grey": "gray", "greys": "grays", "greyish": "grayish", "catalogue": "catalog", "catalogues": "catalogs",
    "analogue": "analog", "defence": "defense", "defences": "defenses", "offence": "offense", "offences": "offenses",
    "aluminium": "aluminum", "plough": "plow", "ploughed": "plowed", "pyjamas": "pajamas", "ageing": "aging",
    "judgement": "judgment", "judgements": "judgments", "acknowledgement": "acknowledgment",
    "acknowledgements": "acknowledgments", "enrol": "enroll", "enrolment": "enrollment", "fulfil": "fulfill",
    "fulfilment": "fulfillment", "skilful": "skillful", "wilful": "willful", "instalment": "installment",
    "jewellery": "jewelry", "marvellous": "marvelous", "paediatric": "pediatric", "encyclopaedia": "encyclopedia",
    "manoeuvre": "maneuver", "manoeuvres": "maneuvers", "mould": "mold", "mouldy": "moldy", "smoulder": "smolder",
    "smouldering": "smoldering", "sceptical": "skeptical", "sceptic": "skeptic", "analyse": "analyze",
    "analysed": "analyzed", "analysing": "analyzing", "paralyse": "paralyze",
    "paralysed": "paralyzed", "cosy": "cozy", "moustache": "mustache", "draught": "draft", "draughts": "drafts",
    "programme": "program", "programmes": "programs", "cheque": "check", "cheques": "checks", "tyre": "tire",
    "tyres": "tires", "practise": "practice", "practised": "practiced", "practising": "practicing",
    "licence": "license", "licences": "licenses", "woollen": "woolen", "storey": "story", "storeys": "stories",
}
_NOT_BACK = frozenset(["program", "programs", "check", "checks", "tire", "tires", "practice", "practiced",
                       "practicing", "license", "licenses", "story", "stories", "draft", "drafts"])
"""American words the table must not turn British: each is also a word of its own over there."""


def _british_to_american() -> dict[str, str]:
    table = dict(_WORDS)
    for word in _OUR:
        stem = word[:-3]  # "col" of "colour"
        for ending in ("", "s", "ed", "ing", "ful", "fully", "less", "able", "ably", "ite", "ites", "er", "ers", "hood",
                       "ist", "ists", "ly", "y"):
            table[f"{stem}our{ending}"] = f"{stem}or{ending}"
    for word in _RE:
        stem = word[:-2]
        table.update({word: f"{stem}er", f"{word}s": f"{stem}ers", f"{word}d": f"{stem}ered", f"{stem}ring": f"{stem}ering"})
    for stem in _ISE:
        for ending in _ISE_ENDINGS:
            table[f"{stem}{ending}"] = f"{stem[:-1]}z{ending}"
    for stem in _LL:
        for ending in ("ed", "ing", "er", "ers"):  # "cancellation" is American too
            table[f"{stem}l{ending}"] = f"{stem}{ending}"
    return table


BRITISH_TO_AMERICAN = _british_to_american()
AMERICAN_TO_BRITISH = {american: british for british, american in BRITISH_TO_AMERICAN.items()
                       if american not in _NOT_BACK and american != british}
_LEFT_ALONE = re.compile(r"```.*?(?:```|\Z)|~~~.*?(?:~~~|\Z)|`[^`\n]*`|\b(?:https?://|www\.)\S+", re.DOTALL)


def respelled(text: str, request: str) -> str | None:
    """``text`` with every word the table has in the other variety's spelling, its capitals kept; None when the
    request asks for no variety of spelling, or no word changes."""
    found = ASKS_FOR_SPELLING.match(request)
    if not found:
        return None
    variety = (found["variety"] or found["verb"] or found["way"]).lower()
    table = AMERICAN_TO_BRITISH if variety.startswith(("brit", "uk", "u.k", "angl")) else BRITISH_TO_AMERICAN

    def swapped(word: re.Match) -> str:
        old = word.group(0)
        new = table.get(old.lower())
        if new is None:
            return old
        if old.isupper() and len(old) > 1:
            return new.upper()
        return new[0].upper() + new[1:] if old[0].isupper() else new

    pieces, at = [], 0
    for kept in _LEFT_ALONE.finditer(text):
        pieces += [re.sub(r"[A-Za-z]+", swapped, text[at : kept.start()]), kept.group(0)]
        at = kept.end()
    pieces.append(re.sub(r"[A-Za-z]+", swapped, text[at:]))
    changed = "".join(pieces)
    return None if changed == text else changed
