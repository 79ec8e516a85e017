"""The fresh split: documents and requests written after the adapter's training data, to measure it blind.

The held-out split stayed out of training, but the hand-written training rows were written knowing which
kinds of held-out request the adapter missed, so that split is no longer blind to kinds of request. These
cases were written afterwards, on new kinds of document, without running any model on them first; the
training set's dedupe check (training/dedupe.py) covers them as it covers the held-out split.

Rows as in the other tables: edits are (document, selection or None, request, mode, changed, unchanged),
routes (document, selection or None, request, intent), comments (document, selection or None, request, flags).
"""

TRIP = """# Lisbon, long weekend

## Friday

Land at 11:05 and take the metro to Baixa. Check in at the guesthouse on Rua dos Fanqueiros after two.
Dinner at the little fish place near the cathedral; book ahead, it only has eight tables.

## Saturday

Breakfast at the bakery on the corner, then tram 28 to Graça. Take the tram up to the castle in the afternoon.
Sunset from the Miradouro da Senhora do Monte.

## Sunday

Pack in the morning and leave the bags at the guesthouse. Walk along the river to Belém for custard tarts.
The flight home at 16:15 leaves from Terminal 1.
"""

INVITE = """Hi all,

As most of you know, Henrik is leaving us at the end of the month after six years on the platform team.

We're taking him out for lunch on Friday the 12th at Casa Verde, starting at half past twelve. The team will cover his meal, so please bring about 20 euros for your own.

Let me know by Wednesday if you can come so I can book the table.

Thanks,
Lena
"""

SOURDOUGH = """# My first sourdough starter

Everyone said a starter was easy. Everyone was lying, a little.

## Day one

Mix 50 g of wholemeal flour with 50 g of water in a clean jar. Cover it loosely and leave it somewhere warm.

## Days two to five

Throw away half and feed it again with the same amounts. Bubbles should appear by day three. Mine smelled like nail polish on day four, which is normal.

## Baking

When it doubles within six hours of a feed, it is ready. My first loaf was flat, but the second one raised beautifully.
"""

BIO = """Dr. Amara Nwosu is a marine biologist at the University of Bergen, where she studies how coral reefs recover after heatwaves.

She has led eleven research expeditions and written for National Geographic and The Guardian.

In her spare time she teaches free diving and grows too many tomatoes.
"""

MINUTES = """Book club, March meeting

Present: Sofia, Dan, Mei, Oskar. Apologies: Ruth.

We discussed The Remains of the Day. Most of us loved it; Dan found the ending too quiet.

Next month's book is Piranesi, chosen by Mei. The meeting moves to Oskar's flat because the café is closing for repairs.

Snacks: Sofia.
"""

RETRY = '''import time
import urllib.request

MAX_RETRIES = 3
DELAY_SECONDS = 2


def fetch_with_retry(url):
    for attempt in range(MAX_RETRIES):
        try:
            with urllib.request.urlopen(url) as response:
                return response.read()
        except OSError:
            time.sleep(DELAY_SECONDS)
    raise RuntimeError("gave up on " + url)


def parse_status(line):
    code, message = line.split(" ", 1)
    return int(code), message
'''

EVENTS = """const MAX_LISTENERS = 10;
const listeners = {};

function on(name, handler) {
  listeners[name] = listeners[name] || [];
  listeners[name].push(handler);
}

function emit(name, payload) {
  for (const handler of listeners[name] || []) {
    handler(payload);
  }
}

module.exports = { on, emit };
"""

USER = """export interface User {
  id: number;
  name: string;
  email: string;
}

export function displayName(user: User): string {
  return user.name;
}

export function isAdmin(user: User, admins: number[]): boolean {
  for (const id of admins) {
    if (id === user.id) {
      return true;
    }
  }
  return false;
}
"""

FRESH_DOCUMENTS = {
    "lisbon-trip.md": TRIP,
    "farewell-lunch.txt": INVITE,
    "sourdough.md": SOURDOUGH,
    "speaker-bio.txt": BIO,
    "book-club.txt": MINUTES,
    "fetch.py": RETRY,
    "events.js": EVENTS,
    "user.ts": USER,
}

TR, IN, SD, BI, BC = "lisbon-trip.md", "farewell-lunch.txt", "sourdough.md", "speaker-bio.txt", "book-club.txt"
PY, JS, TS = "fetch.py", "events.js", "user.ts"

FRESH_EDIT_CASES = [
    (TR, "Take the tram up to the castle in the afternoon.", "make it sound more exciting", "targeted",
     ["Take the tram up to the castle in the afternoon."], ["Land at 11:05", "Pack in the morning"]),
    (TR, None, "the flight home is at 18:40 now", "targeted", ["The flight home at 16:15"], ["Land at 11:05", "tram 28 to Graça"]),
    (TR, None, "add a dinner plan to saturday", "targeted", ["Sunset from the Miradouro da Senhora do Monte."],
     ["Land at 11:05", "Walk along the river to Belém"]),
    (TR, "it only has eight tables", "say why booking matters", "targeted", ["it only has eight tables"], ["## Saturday", "Terminal 1"]),
    (TR, None, "turn the whole plan into a bulleted checklist", "rewrite", ["Breakfast at the bakery on the corner"], []),
    (IN, "Thanks,\nLena", "sign off more cheerfully", "targeted", ["Thanks,\nLena"], ["Henrik is leaving us", "Casa Verde"]),
    (IN, None, "lunch moved to the 19th", "targeted", ["Friday the 12th"], ["Henrik is leaving us", "Thanks,"]),
    (IN, None, "the rsvp deadline should be tuesday", "targeted", ["Let me know by Wednesday"], ["Casa Verde", "Henrik is leaving us"]),
    (IN, "As most of you know, Henrik is leaving us at the end of the month after six years on the platform team.",
     "warm this up a bit", "targeted", ["after six years on the platform team."], ["Casa Verde", "Let me know by"]),
    (IN, None, "rewrite it as a short slack message", "rewrite", ["As most of you know"], []),
    (SD, None, "give the post a funnier title", "targeted", ["# My first sourdough starter"], ["Mix 50 g of wholemeal flour", "## Baking"]),
    (SD, "Everyone was lying, a little.", "punch this up", "targeted", ["Everyone was lying, a little."], ["## Day one", "50 g of water"]),
    (SD, None, "use rye flour instead of wholemeal", "targeted", ["50 g of wholemeal flour"], ["Everyone said a starter was easy.", "## Baking"]),
    (SD, None, "explain in the baking section what to do when the loaf is flat", "targeted", ["My first loaf was flat"],
     ["Everyone said a starter", "Throw away half"]),
    (SD, None, "write the whole post as a numbered recipe", "rewrite", ["Everyone said a starter was easy."], []),
    (BI, None, "put the bio in the first person", "rewrite", ["Dr. Amara Nwosu is a marine biologist"], []),
    (BI, "grows too many tomatoes", "could this be funnier?", "targeted", ["grows too many tomatoes"], ["University of Bergen", "eleven research"]),
    (BI, None, "she has led twelve expeditions now", "targeted", ["She has led eleven research expeditions"], ["University of Bergen", "free diving"]),
    (BI, None, "cut the bio down to one sentence", "rewrite", ["In her spare time"], []),
    (BC, None, "Ruth was there too, she wasn't absent", "targeted", ["Apologies: Ruth."], ["The Remains of the Day", "Piranesi"]),
    (BC, "Dan found the ending too quiet.", "make this more diplomatic", "targeted", ["Dan found the ending too quiet."], ["Piranesi", "Snacks: Sofia."]),
    (BC, None, "write the minutes up as a friendly email to the club", "rewrite", ["Book club, March meeting"], []),
    (PY, None, "retry five times instead of three", "targeted", ["MAX_RETRIES = 3"], ["def parse_status(line):", "import time"]),
    (PY, "time.sleep(DELAY_SECONDS)", "back off exponentially", "targeted", ["time.sleep(DELAY_SECONDS)"], ["MAX_RETRIES = 3", "def parse_status"]),
    (PY, None, "parse_status should raise a ValueError on a line without a space", "targeted", ["code, message = line.split(\" \", 1)"],
     ["def fetch_with_retry(url):", "MAX_RETRIES"]),
    (PY, None, "add a timeout argument to fetch_with_retry", "targeted", ["def fetch_with_retry(url):"], ["def parse_status(line):", "import time"]),
    (JS, None, "emit should return how many handlers ran", "targeted", ["function emit(name, payload) {"], ["function on(name, handler) {", "MAX_LISTENERS"]),
    (JS, None, "add an off function that removes a handler", "targeted", ["module.exports = { on, emit };"], ["function emit(name, payload) {", "const listeners"]),
    (JS, "const MAX_LISTENERS = 10;", "raise the limit to 50", "targeted", ["const MAX_LISTENERS = 10;"], ["function on(name, handler)", "module.exports"]),
    (TS, None, "User needs an optional avatarUrl", "targeted", ["  email: string;\n}"], ["export function isAdmin", "return user.name;"]),
    (TS, None, "isAdmin should just use includes", "targeted", ["for (const id of admins) {"], ["export interface User", "return user.name;"]),
    (TS, None, "rewrite the module in python with a dataclass", "rewrite", ["export interface User {"], []),
]

FRESH_ROUTE_CASES = [
    (None, None, "draft a toast for my parents' 40th anniversary", "create"),
    (None, None, "what's a good synonym for 'important'", "answer"),
    (None, None, "new file: a bash script that backs up my dotfiles", "create"),
    (None, None, "how do i center a div", "answer"),
    (TR, None, "what time do i land?", "answer"),
    (TR, None, "add a museum to sunday morning", "edit"),
    (TR, None, "rewrite the whole itinerary for travelling with kids", "rewrite"),
    (TR, None, "leave comments on anything that looks unrealistic", "comment"),
    (IN, "Casa Verde", "is this a vegetarian place?", "answer"),
    (IN, None, "make the second paragraph shorter", "edit"),
    (IN, None, "redo the entire email in german", "rewrite"),
    (SD, None, "is 50 g enough flour for a starter?", "answer"),
    (SD, "Mine smelled like nail polish on day four, which is normal.", "add a line explaining why this happens", "edit"),
    (SD, None, "proofread it and mark anything unclear", "comment"),
    (BI, None, "swap 'The Guardian' for 'The Atlantic'", "edit"),
    (BI, None, "how long is this bio in words?", "answer"),
    (BC, None, "who is bringing snacks?", "answer"),
    (BC, None, "reformat the whole thing as a table", "rewrite"),
    (PY, None, "what happens when every attempt fails?", "answer"),
    (PY, None, "log each failed attempt", "edit"),
    (PY, None, "review this for bugs", "comment"),
    (JS, None, "convert the whole file to a class", "rewrite"),
    (JS, "listeners[name].push(handler);", "enforce MAX_LISTENERS here", "edit"),
    (TS, None, "does isAdmin handle an empty list?", "answer"),
    (TS, None, "point out anything that could be simpler", "comment"),
]

FRESH_COMMENT_CASES = [
    (SD, None, "proofread and leave comments", ["the second one raised beautifully"]),
    (SD, None, "any grammar slips? comment inline", ["the second one raised beautifully"]),
    (IN, None, "check the details and comment", []),
    (PY, None, "flag bugs", []),
    (TS, None, "review this file", []),
]
