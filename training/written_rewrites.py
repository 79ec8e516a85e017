"""Whole-document rewrites of the training documents, written by hand: the offline teacher for rewrites.

The shipped adapter copies a whole document back unchanged for most open-ended rewrites ("in a more
persuasive tone", "for a job at a hospital", "as a haiku"). Its data held 31 such rewrites, all of short
documents (180 to 400 characters), beside 42 rule-made rewrites ("replace Priya with Anika throughout",
"fix the spelling everywhere") whose answer is the input with a few words changed. These rows are rewrites
of the fourteen training documents (training/documents.py, 300 to 600 characters, the length of a real
note, letter or module) in which most of the text changes: tone, audience, form, person and tense, units,
and ports between languages. None repeats an eval request or document; `training.dedupe` checks every row.
Like the other hand-written rows, they were written knowing which kinds of held-out request fail, so the
blind splits are the fair test of them. `scripts/synth --more-rewrites` adds them; an adapter trained on
them was measured and not shipped: it changed more, not better (models/companion-270m-rounds.md, 2026-11-23).
"""

from __future__ import annotations

MORE_REWRITES: dict[str, list[tuple[str, str]]] = {  # a training document → (request, whole revision)
    "garden-news.md": [
        ("rewrite the newsletter to persuade more people to volunteer",
         "# Riverside Community Garden Needs You\n\n"
         "## Grow something this spring\n\n"
         "This year the north beds will be full of tomatoes, beans and squash, and the seedlings go in after the last "
         "frost in early May. Every one of them needs hands to plant it.\n\n"
         "## Give us one Saturday morning\n\n"
         "Volunteer days run every Saturday from nine until noon. You don't need experience or tools: we lend trowels, "
         "and all you bring is gloves and a water bottle. Three hours with us is the best way to start a weekend.\n\n"
         "## Everything is ready for you\n\n"
         "The shed is stocked and Priya has the new code. Just put the wheelbarrows back for the next person.\n\n"
         "## Come and have your say\n\n"
         "Join us on the second Tuesday of April at the library, where we'll vote on the new compost bins. "
         "The garden is only as good as the people who turn up.\n"),
        ("rewrite it for the children who come to the garden",
         "# Our Garden by the River\n\n"
         "## What we are planting\n\n"
         "This spring we are growing tomatoes, beans and big squash! The baby plants go outside in May, when the "
         "nights are warm enough for them.\n\n"
         "## Garden Saturdays\n\n"
         "Come and help every Saturday morning. Bring gloves and a bottle of water, and we will give you a little "
         "spade to dig with.\n\n"
         "## The shed\n\n"
         "The shed has a secret code. Ask Priya, and remember to park the wheelbarrows back where they live.\n\n"
         "## Our big meeting\n\n"
         "In April we will all meet at the library to choose new boxes for the compost, where old leaves turn into soil.\n"),
    ],
    "ridge-trail.md": [
        ("rewrite it as a practical guide for someone planning the same hike",
         "# Hiking the Ridge Trail in Three Days\n\n"
         "Start at the Millbrook trailhead early in the morning. The first climb is steep and lasts about two hours, "
         "so take it slowly and carry enough water.\n\n"
         "Camp the first night by the small lake. The water is very cold, but the sunset over the peaks is worth it.\n\n"
         "Expect fog on the second day. The trail is easy to lose, and there is no phone signal, so bring a paper "
         "map and a compass and know how to use them.\n\n"
         "The last day is a long descent through pine forest. Poles will save your knees.\n"),
        ("tell the whole story in the third person, about a hiker called Jonas",
         "# Three Days on the Ridge Trail\n\n"
         "Jonas set off from the Millbrook trailhead on a grey Friday morning. The first climb was steep, and it did "
         "not let up for two hours.\n\n"
         "That night he camped by a small lake. The water was freezing, but the view of the peaks at sunset made up "
         "for everything.\n\n"
         "On the second day the fog came in and he lost the trail twice. His map and compass saved him; his phone had "
         "no signal at all.\n\n"
         "The last day was all downhill through old pine forest. His knees hated it, but he would have done the whole "
         "thing again the next day.\n"),
    ],
    "product-update.txt": [
        ("make the whole update sound excited",
         "Product update, week 12: a big one!\n\n"
         "Search is now twice as fast! We moved the index to a brand-new server, and it has been rock solid all week.\n\n"
         "And the export button is back! You told us it was hard to find after the redesign, so now it sits right at "
         "the top of every report.\n\n"
         "One thing we're still fixing: dark mode shows white borders on tables. Lena is on it, and a fix should land "
         "next week.\n\n"
         "Thank you for all your feedback. It makes every week better, so keep it coming!\n"),
        ("turn the update into three bullet points for the release notes",
         "- Search is twice as fast, on a new server that has been stable all week.\n"
         "- The export button is back, now at the top of every report.\n"
         "- Known issue: in dark mode, tables show white borders; a fix is expected next week.\n"),
    ],
    "sourdough.md": [
        ("convert the recipe to cups and Fahrenheit",
         "# Weekend Sourdough\n\n"
         "## Ingredients\n\n"
         "- 4 cups strong white flour\n"
         "- 1 1/2 cups water\n"
         "- 1/2 cup active starter\n"
         "- 2 teaspoons salt\n\n"
         "## Method\n\n"
         "1. Mix the flour and water and leave it for an hour.\n"
         "2. Add the starter and salt, then fold the dough every half hour for two hours.\n"
         "3. Shape the loaf and leave it in the fridge overnight.\n"
         "4. Bake at 465 °F in a covered pot for 30 minutes, then uncovered for 15.\n\n"
         "## Notes\n\n"
         "If your kitchen is cold, the dough will need longer to rise. Don't cut the loaf until it has cooled.\n"),
        ("rewrite the recipe for someone who has never baked bread",
         "# Your First Sourdough Loaf\n\n"
         "## What you need\n\n"
         "- 500 g strong white flour (bread flour, not plain flour)\n"
         "- 350 g water, lukewarm\n"
         "- 100 g active starter: it should be bubbly and smell sour\n"
         "- 10 g salt\n\n"
         "## Step by step\n\n"
         "1. Stir the flour and water together in a big bowl until no dry flour is left. Cover it and wait an hour.\n"
         "2. Add the starter and salt and squeeze them in with wet hands. Every half hour for two hours, lift one side "
         "of the dough and fold it over the rest, four times round the bowl.\n"
         "3. Shape the dough into a tight ball, put it in a floured bowl and leave it in the fridge overnight.\n"
         "4. Heat the oven to 240 °C with a lidded pot inside. Bake the loaf in the pot with the lid on for 30 minutes, "
         "then without the lid for 15, until it is deep brown.\n\n"
         "## Good to know\n\n"
         "In a cold kitchen everything takes longer, so be patient. Let the loaf cool completely before cutting: it is "
         "still cooking inside.\n"),
    ],
    "cafe-review.txt": [
        ("rewrite the review as a glowing five-star one",
         "Five stars for the Blue Door Café on Harbour Street! It only opened in March, and on Sundays you can already "
         "barely get a table.\n\n"
         "The coffee is superb. They roast their own beans, and the flat white is the best in town, bar none.\n\n"
         "The pastries are fresh and flaky, the kind you think about all week.\n\n"
         "The staff are warm and friendly, and nobody rushes you out.\n\n"
         "A lovely spot, and I'll be back again and again.\n"),
        ("rewrite it as a short message to a friend recommending the place",
         "Hey! You have to try the Blue Door Café on Harbour Street. The flat white is the best in town (they roast "
         "their own beans) and the pastries are great. Maybe skip the hot food, my omelette came out cold, and go on "
         "a weekday, Sundays are packed. Coffee there on Saturday?\n"),
    ],
    "onboarding.md": [
        ("rewrite the page as a welcome email to a new hire called Sam",
         "Hi Sam,\n\n"
         "Welcome to the Platform Team! We're very glad you're joining us.\n\n"
         "On your first day you'll get your laptop, your badge and access to the chat, and your buddy will walk you "
         "through the codebase.\n\n"
         "Please request accounts for the code host, the ticket tracker and the cloud console. If anything is missing, "
         "ask in the help channel.\n\n"
         "We plan on Mondays and demo on Fridays, and every change is reviewed by at least one person before it's merged.\n\n"
         "If you have questions about deployments, Omar is your person; for the budget, it's Hannah.\n\n"
         "See you on Monday,\nThe Platform Team\n"),
        ("make the whole page a checklist",
         "# Welcome to the Platform Team\n\n"
         "## Your first week\n\n"
         "- [ ] Collect your laptop and badge\n"
         "- [ ] Get access to the chat\n"
         "- [ ] Walk through the codebase with your buddy\n\n"
         "## Accounts to request\n\n"
         "- [ ] Code host\n"
         "- [ ] Ticket tracker\n"
         "- [ ] Cloud console\n"
         "- [ ] Anything missing? Ask in the help channel\n\n"
         "## How we work\n\n"
         "- [ ] Join planning on Monday\n"
         "- [ ] Join the demo on Friday\n"
         "- [ ] Have every change reviewed by at least one person before merging\n\n"
         "## Who to ask\n\n"
         "- [ ] Deployments: Omar\n"
         "- [ ] Budget: Hannah\n"),
    ],
    "station-fox.md": [
        ("tell the story from the fox's point of view",
         "# The Fox at the Station\n\n"
         "Every evening at six I trot along platform two. The humans think I have a train to catch.\n\n"
         "The old one they call Ferris started leaving a sandwich for me on the bench by the clock.\n\n"
         "I never eat while anyone is watching. I wait until the last train has gone and the lights are dimmed.\n\n"
         "One winter night I could not come. I had someone else to look after now.\n\n"
         "In the morning I brought my cub to the bench, and we left two sets of small tracks in the snow. The sandwich "
         "was ours.\n"),
        ("make the story darker and more mysterious",
         "# The Fox at the Station\n\n"
         "At six each evening, when the platform lamps flickered on, a red fox slipped along platform two as though "
         "someone were expecting it.\n\n"
         "Ferris, the old station master, began leaving a sandwich on the bench beneath the clock. He never said why.\n\n"
         "Nobody ever saw the fox eat. It waited in the shadows until the last train had gone and the lights died.\n\n"
         "Then, one winter night, it did not come. Ferris sat on the frozen bench until midnight, listening to the "
         "empty tracks hum.\n\n"
         "At dawn there were two sets of small prints in the snow, leading nowhere, and the sandwich was gone.\n"),
    ],
    "sorry-marcus.txt": [
        ("make the whole message warmer and more personal",
         "Hi Marcus,\n\n"
         "I'm so sorry I missed our call on Thursday. I was really looking forward to it, and then my train sat "
         "outside the city for almost an hour with no signal at all.\n\n"
         "I've read Jen's notes and I love the plan; you've both done great work. My one worry is the launch date, "
         "which feels a little tight to me.\n\n"
         "Could we catch up on Monday morning instead? I'm free any time before eleven, and the coffee's on me.\n\n"
         "Thanks so much for being patient with me,\nRuth\n"),
        ("rewrite it as a two-line chat message",
         "Sorry I missed Thursday, Marcus: train stuck, no signal. Happy with Jen's plan except the tight launch date; "
         "can we talk Monday before 11?\n"),
    ],
    "talk-abstract.md": [
        ("rewrite the abstract to sell the talk harder",
         "# Talk: Testing Without Mocks\n\n"
         "## Abstract\n\n"
         "Your tests are green and production is on fire. The culprit is mocks: they test your assumptions, not your "
         "system. This talk shows how to run the real thing instead, kept small and fast enough for every commit.\n\n"
         "## Outline\n\n"
         "We take a service with three hundred mocks and no confidence, and rebuild its suite with real databases in "
         "containers, fakes the team owns, and recorded traffic. You'll leave with a plan for your own suite.\n\n"
         "## Who should attend\n\n"
         "Every developer who has shipped a bug that the tests swore wasn't there. You need no special tools, only a "
         "willingness to delete some mocks.\n"),
        ("turn the abstract into one short paragraph for the programme",
         "Testing Without Mocks: most test suites mock everything that talks to the outside world, and they pass while "
         "production breaks. This talk takes a service with three hundred mocks and replaces them with real databases "
         "in containers, team-written fakes and recorded traffic, keeping the tests small and fast. For developers; no "
         "special tools needed.\n"),
    ],
    "rain.txt": [
        ("rewrite the poem as a short paragraph of prose",
         "Rain on the Roof\n\n"
         "The rain begins as a whisper on the tiles, a thousand fingers tapping out a song, and soon the gutters are "
         "full and humming and the night is long and wet. By morning the streets look new, each puddle holds a piece "
         "of sky, every leaf is washed clean, and I forget to wonder why.\n"),
        ("make the poem about snow instead of rain",
         "Snow on the Roof\n\n"
         "It starts as silence on the tiles,\n"
         "a thousand feathers drifting down,\n"
         "the gutters freeze for miles and miles,\n"
         "the night lies white across the town.\n\n"
         "By morning all the streets are new,\n"
         "the drifts are piled against the door,\n"
         "and every branch is bent and blue,\n"
         "and I forget what came before.\n"),
    ],
    "inventory.py": [
        ("rewrite the module with type hints and docstrings throughout",
         "import json\nfrom typing import Any\n\n\n"
         "def load_items(path: str) -> list[dict[str, Any]]:\n"
         "    \"\"\"The items stored as JSON at ``path``.\"\"\"\n"
         "    with open(path) as handle:\n        return json.load(handle)\n\n\n"
         "def total_value(items: list[dict[str, Any]]) -> float:\n"
         "    \"\"\"What all the items in stock are worth together.\"\"\"\n"
         "    total = 0.0\n    for item in items:\n        total += item[\"price\"] * item[\"quantity\"]\n    return total\n\n\n"
         "def low_stock(items: list[dict[str, Any]], threshold: int) -> list[str]:\n"
         "    \"\"\"The names of the items with fewer than ``threshold`` in stock.\"\"\"\n"
         "    return [item[\"name\"] for item in items if item[\"quantity\"] < threshold]\n\n\n"
         "def restock(items: list[dict[str, Any]], name: str, amount: int) -> dict[str, Any] | None:\n"
         "    \"\"\"Add ``amount`` to the item called ``name``; None when there is no such item.\"\"\"\n"
         "    for item in items:\n        if item[\"name\"] == name:\n            item[\"quantity\"] += amount\n"
         "            return item\n    return None\n"),
        ("port the module to javascript",
         "const fs = require(\"fs\");\n\n"
         "function loadItems(path) {\n  return JSON.parse(fs.readFileSync(path, \"utf8\"));\n}\n\n"
         "function totalValue(items) {\n  let total = 0;\n  for (const item of items) {\n"
         "    total += item.price * item.quantity;\n  }\n  return total;\n}\n\n"
         "function lowStock(items, threshold) {\n"
         "  return items.filter((item) => item.quantity < threshold).map((item) => item.name);\n}\n\n"
         "function restock(items, name, amount) {\n  for (const item of items) {\n    if (item.name === name) {\n"
         "      item.quantity += amount;\n      return item;\n    }\n  }\n  return null;\n}\n\n"
         "module.exports = { loadItems, totalValue, lowStock, restock };\n"),
        ("rewrite it around an Item dataclass",
         "import json\nfrom dataclasses import dataclass\n\n\n"
         "@dataclass\nclass Item:\n    name: str\n    price: float\n    quantity: int\n\n\n"
         "def load_items(path):\n    with open(path) as handle:\n        return [Item(**row) for row in json.load(handle)]\n\n\n"
         "def total_value(items):\n    return sum(item.price * item.quantity for item in items)\n\n\n"
         "def low_stock(items, threshold):\n    return [item.name for item in items if item.quantity < threshold]\n\n\n"
         "def restock(items, name, amount):\n    for item in items:\n        if item.name == name:\n"
         "            item.quantity += amount\n            return item\n    return None\n"),
    ],
    "dates.js": [
        ("translate the module into Python",
         "from datetime import date\n\n\n"
         "def parse_date(text):\n    year, month, day = (int(part) for part in text.split(\"-\"))\n"
         "    return date(year, month, day)\n\n\n"
         "def days_between(start, end):\n    return (end - start).days\n\n\n"
         "def is_weekend(day):\n    return day.weekday() >= 5\n"),
        ("rewrite it with ES module exports and arrow functions",
         "export const parseDate = (text) => {\n  const [year, month, day] = text.split(\"-\").map(Number);\n"
         "  return new Date(year, month - 1, day);\n};\n\n"
         "export const daysBetween = (start, end) => {\n  const millis = end.getTime() - start.getTime();\n"
         "  return Math.round(millis / 86400000);\n};\n\n"
         "export const isWeekend = (date) => {\n  const day = date.getDay();\n  return day === 0 || day === 6;\n};\n"),
    ],
    "queue.ts": [
        ("port the queue to python",
         "from collections import deque\nfrom typing import Callable, Generic, TypeVar\n\nT = TypeVar(\"T\")\n\n\n"
         "class TaskQueue(Generic[T]):\n    def __init__(self) -> None:\n        self.items: deque[T] = deque()\n\n"
         "    def push(self, item: T) -> None:\n        self.items.append(item)\n\n"
         "    def pop(self) -> T | None:\n        return self.items.popleft() if self.items else None\n\n"
         "    @property\n    def size(self) -> int:\n        return len(self.items)\n\n\n"
         "def drain(queue: TaskQueue[T], handle: Callable[[T], None]) -> int:\n    handled = 0\n"
         "    while queue.size > 0:\n        handle(queue.pop())\n        handled += 1\n    return handled\n"),
        ("convert it to plain javascript",
         "export class TaskQueue {\n  items = [];\n\n  push(item) {\n    this.items.push(item);\n  }\n\n"
         "  pop() {\n    return this.items.shift();\n  }\n\n  get size() {\n    return this.items.length;\n  }\n}\n\n"
         "export function drain(queue, handle) {\n  let handled = 0;\n  while (queue.size > 0) {\n"
         "    handle(queue.pop());\n    handled += 1;\n  }\n  return handled;\n}\n"),
    ],
    "report.py": [
        ("rewrite it with argparse and pathlib",
         "import argparse\nimport csv\nfrom pathlib import Path\n\n\n"
         "def read_rows(path):\n    with path.open(newline=\"\") as handle:\n        return list(csv.DictReader(handle))\n\n\n"
         "def summarize(rows, column):\n    values = [float(row[column]) for row in rows]\n"
         "    return {\"count\": len(values), \"mean\": sum(values) / len(values), \"max\": max(values)}\n\n\n"
         "def main():\n    parser = argparse.ArgumentParser(description=\"Summarize one column of a CSV file.\")\n"
         "    parser.add_argument(\"path\", type=Path)\n    parser.add_argument(\"column\")\n"
         "    arguments = parser.parse_args()\n"
         "    print(summarize(read_rows(arguments.path), arguments.column))\n\n\n"
         "if __name__ == \"__main__\":\n    main()\n"),
        ("port it to typescript for node",
         "import { readFileSync } from \"fs\";\n\n"
         "type Row = Record<string, string>;\n\n"
         "function readRows(path: string): Row[] {\n"
         "  const [header, ...lines] = readFileSync(path, \"utf8\").trim().split(\"\\n\");\n"
         "  const names = header.split(\",\");\n"
         "  return lines.map((line) => Object.fromEntries(line.split(\",\").map((value, i) => [names[i], value])));\n}\n\n"
         "function summarize(rows: Row[], column: string): { count: number; mean: number; max: number } {\n"
         "  const values = rows.map((row) => Number(row[column]));\n"
         "  const total = values.reduce((sum, value) => sum + value, 0);\n"
         "  return { count: values.length, mean: total / values.length, max: Math.max(...values) };\n}\n\n"
         "function main(): void {\n  console.log(summarize(readRows(process.argv[2]), process.argv[3]));\n}\n\n"
         "main();\n"),
    ],
}
