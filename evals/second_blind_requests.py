"""The second blind split: documents and requests written on 2026-11-23, while an adapter trained on new code
documents (training/written_code.py) was training, and before any model ran on them.

The first blind split (evals/blind_requests.py) judged the shipped default once and its answers were read,
so it cannot judge the next adapter cleanly. This one can, once. More of it is code, because the round it
judges is about code edits. The training set's dedupe check (training/dedupe.py) covers it like the others.

Rows as in evals/fresh_requests.py: edits are (document, selection or None, request, mode, changed,
unchanged), routes (document, selection or None, request, intent), comments (document, selection or None,
request, flags).
"""

BOOK_CLUB = """Hi all,

Our next book club is on Thursday the 12th at 7pm, at Nadia's place on Linden Road.

We're reading The Remains of the Day. It's short, so there's still time if you haven't started.

Nadia will make soup. Please bring something to drink, and let her know if you can't eat dairy.

See you there,
Owen
"""

PHOTO_TIPS = """# Better phone photos in low light

## Hold still

Brace your elbows against your body or a wall. Most blurry night photos are camera shake, not a bad phone.

## Find the light

Stand so the light falls on your subject's face, not behind them. A shop window or a street lamp is enough.

## Skip the flash

The flash flattens faces and turns eyes red. Use night mode instead and keep still for three seconds.
"""

INVOICE = '''import dataclasses

VAT_RATE = 20


@dataclasses.dataclass
class Line:
    description: str
    amount: float


def net_total(lines):
    total = 0
    for line in lines:
        total += line.amount
    return total


def with_vat(net):
    return net + net * VAT_RATE / 100


def render(lines):
    rows = [f"{line.description:<30}{line.amount:>10.2f}" for line in lines]
    return "\\n".join(rows)
'''

POLL = """const INTERVAL_MS = 2000;
const MAX_ATTEMPTS = 10;

async function poll(check) {
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    if (await check()) {
      return attempt;
    }
    await new Promise((resolve) => setTimeout(resolve, INTERVAL_MS));
  }
  return null;
}

module.exports = { poll };
"""

PLAYLIST = """export interface Song {
  title: string;
  artist: string;
  seconds: number;
}

export class Playlist {
  private songs: Song[] = [];

  add(song: Song): void {
    this.songs.push(song);
  }

  duration(): number {
    let total = 0;
    for (const song of this.songs) {
      total += song.seconds;
    }
    return total;
  }
}
"""

SECOND_BLIND_DOCUMENTS = {
    "book-club.txt": BOOK_CLUB,
    "low-light.md": PHOTO_TIPS,
    "invoice.py": INVOICE,
    "poll.js": POLL,
    "playlist.ts": PLAYLIST,
}

BC, PT, IN, PO, PL = "book-club.txt", "low-light.md", "invoice.py", "poll.js", "playlist.ts"

SECOND_BLIND_EDIT_CASES = [
    (BC, None, "it's on the 19th now", "targeted", ["Thursday the 12th"], ["We're reading", "Nadia will make soup."]),
    (BC, "See you there,\nOwen", "sign off with more excitement", "targeted", ["See you there,"], ["Hi all,", "Linden Road"]),
    (BC, None, "make the bit about the book more enticing", "targeted", ["It's short, so there's still time"],
     ["Hi all,", "Nadia will make soup."]),
    (BC, "let her know if you can't eat dairy", "also mention nuts", "targeted", ["can't eat dairy"], ["Hi all,", "Owen"]),
    (BC, None, "rewrite it as a two-line text message", "rewrite", ["Our next book club is on Thursday"], []),
    (PT, None, "give the article a catchier title", "targeted", ["# Better phone photos in low light"],
     ["## Hold still", "A shop window or a street lamp"]),
    (PT, "A shop window or a street lamp is enough.", "add another everyday light source", "targeted",
     ["A shop window or a street lamp is enough."], ["## Skip the flash", "Brace your elbows"]),
    (PT, None, "the night mode tip should say to wait five seconds", "targeted", ["keep still for three seconds"],
     ["## Hold still", "## Find the light"]),
    (PT, None, "make the hold still section friendlier", "targeted", ["Most blurry night photos are camera shake"],
     ["## Skip the flash", "Stand so the light falls"]),
    (PT, None, "turn the tips into a numbered list", "rewrite", ["## Hold still"], []),
    (IN, None, "VAT should be 21 percent", "targeted", ["VAT_RATE = 20"], ["def render(lines):", "class Line:"]),
    (IN, None, "net_total should use sum", "targeted", ["    total = 0\n    for line in lines:"], ["def with_vat(net):", "VAT_RATE"]),
    (IN, None, "Line should have an optional quantity", "targeted", ["    amount: float\n\n"], ["def net_total(lines):", "VAT_RATE"]),
    (IN, None, "with_vat should round to two decimals", "targeted", ["return net + net * VAT_RATE / 100"],
     ["def render(lines):", "class Line:"]),
    (IN, None, "port the invoice code to typescript", "rewrite", ["import dataclasses"], []),
    (PO, None, "poll every five seconds instead", "targeted", ["const INTERVAL_MS = 2000;"], ["module.exports", "async function poll"]),
    (PO, None, "poll should throw when it gives up instead of returning null", "targeted", ["  return null;"],
     ["const INTERVAL_MS", "module.exports"]),
    (PO, "const MAX_ATTEMPTS = 10;", "allow twenty attempts", "targeted", ["const MAX_ATTEMPTS = 10;"], ["const INTERVAL_MS", "module.exports"]),
    (PO, None, "rewrite the poller in typescript", "rewrite", ["async function poll(check) {"], []),
    (PL, None, "add a method to Playlist that removes a song by title", "targeted",
     ["    this.songs.push(song);\n  }\n\n  duration(): number {\n    let total = 0;\n    for (const song of this.songs) {\n"
      "      total += song.seconds;\n    }\n    return total;\n  }\n}"],
     ["export interface Song {", "  add(song: Song): void {"]),
    (PL, None, "Song should have an optional album field", "targeted", ["  seconds: number;\n}"],
     ["export class Playlist {", "  add(song: Song): void {"]),
    (PL, None, "duration should use reduce", "targeted", ["    let total = 0;"], ["export interface Song {", "  add(song: Song): void {"]),
    (PL, "    this.songs.push(song);", "ignore a song that is already in the list", "targeted", ["    this.songs.push(song);"],
     ["export interface Song {", "duration(): number"]),
]

SECOND_BLIND_ROUTE_CASES = [
    (None, None, "draft a note asking neighbours to join a street party", "create"),
    (None, None, "how do I undo the last git commit", "answer"),
    (BC, None, "what time does it start?", "answer"),
    (BC, None, "move it to Friday", "edit"),
    (PT, None, "rewrite the whole guide for a ten-year-old", "rewrite"),
    (PT, None, "leave notes on anything that is unclear", "comment"),
    (IN, None, "what does with_vat return for 100?", "answer"),
    (IN, None, "VAT should be 21 percent", "edit"),
    (PO, "await check()", "what if check throws?", "answer"),
    (PL, None, "add a shuffle method", "edit"),
]

SECOND_BLIND_COMMENT_CASES = [
    (BC, None, "proofread this and comment on mistakes", []),
]
