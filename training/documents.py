"""Training documents: new texts, none of them from evals/ (the check in training.dedupe proves it).

Some carry informal phrasing, planted typos or planted bugs on purpose: the rules in training.rules turn
them into edits, rewrites and comments whose correct answers are known.
"""

GARDEN = """# Riverside Community Garden

## Spring planting

We're planting tomatoes, beans and squash in the north beds this year. Seedlings go in after the last frost, usually in early May.

## Volunteer days

Volunteer days are every Saturday from nine until noon. Bring gloves and a water bottle; we've got spare trowels in the shed.

## The tool shed

The shed code changed last week. Ask Priya for the new one, and please put the wheelbarrows back where you found them.

## Next meeting

Our next meeting is on the second Tuesday of April at the library. We'll vote on the new compost bins.
"""

TRIP = """# Three Days on the Ridge Trail

We started at the Millbrook trailhead on a grey Friday morning. The first climb is steep and it doesn't let up for two hours.

The first night we camped by a small lake. The water was freezing but the view of the peaks at sunset made up for everything.

On day two the fog came in and we lost the trail twice. A map and compass saved us; the phone had no signal at all.

The last day was all downhill through old pine forest. My knees hated it, but I'd do the whole thing again tomorrow.
"""

UPDATE = """Product update, week 12

Search is now twice as fast. We moved the index to a new server and it's been stable all week.

The export button is back. Some users couldn't find it after the redesign, so it's now at the top of every report.

Known issue: dark mode still shows white borders on tables. Lena is on it and expects a fix next week.

Thanks to everyone who sent feedback. Keep it coming!
"""

BREAD = """# Weekend Sourdough

## Ingredients

- 500 g strong white flour
- 350 g water
- 100 g active starter
- 10 g salt

## Method

1. Mix the flour and water and leave it for an hour.
2. Add the starter and salt, then fold the dough every half hour for two hours.
3. Shape the loaf and leave it in the fridge overnight.
4. Bake at 240 °C in a covered pot for 30 minutes, then uncovered for 15.

## Notes

If your kitchen is cold, the dough will need longer to rise. Don't cut the loaf until it has cooled.
"""

CAFE = """The Blue Door Café opened on Harbour Street in March, and it's already hard to get a table on a Sunday.

The coffee is excellent. They roast their own beans and the flat white is the best I've had in this town.

The food is less even. The pastries are fresh and flaky, but my omelette came out cold and the toast was burnt.

Service was friendly but slow. We waited twenty minutes for the bill on a quiet afternoon.

Overall it's a lovely spot for coffee, and I'll be back, but I'd skip the hot food for now.
"""

ONBOARDING = """# Welcome to the Platform Team

## Your first week

On your first day you'll get a laptop, a badge and access to the chat. Your buddy will walk you through the codebase.

## Accounts to request

You need accounts for the code host, the ticket tracker and the cloud console. Ask in the help channel if anything is missing.

## How we work

We plan on Mondays and demo on Fridays. Every change is reviewed by at least one person before it's merged.

## Who to ask

Questions about deployments go to Omar. Questions about the budget go to Hannah.
"""

FOX = """# The Fox at the Station

Every evening at six, a red fox trotted along platform two as if it had a train to catch.

The station master, an old man called Ferris, began leaving a sandwich on the bench by the clock.

The fox never ate while anyone watched. It waited until the last train had gone and the lights were dimmed.

One winter night the fox didn't come. Ferris waited on the cold bench until midnight, the sandwich going stale beside him.

In the morning there were two sets of small tracks in the snow, and the sandwich was gone.
"""

APOLOGY = """Hi Marcus,

I'm really sorry about missing the call on Thursday. My train got stuck outside the city and I had no signal for almost an hour.

I've gone through the notes Jen sent and I'm happy with the plan. The only thing I'd change is the launch date, which feels a bit tight.

Could we catch up on Monday morning instead? I'm free any time before eleven.

Thanks for understanding,
Ruth
"""

ABSTRACT = """# Talk: Testing Without Mocks

## Abstract

Most test suites mock everything that talks to the outside world. This talk shows a different approach: run the real thing, but make it small and fast.

## Outline

We start with a service that has three hundred mocks and no confidence. Then we replace the mocks with real databases in containers, fakes written by the team, and recorded traffic.

## Who should attend

Developers who are tired of tests that pass while production breaks. No special tools are needed.
"""

RAIN = """Rain on the Roof

It starts as a whisper on the tiles,
a thousand fingers tapping out a song,
the gutters fill and hum for miles,
the night is wet and very long.

By morning all the streets are new,
the puddles hold a piece of sky,
and every leaf is washed and blue,
and I forget to wonder why.
"""

INVENTORY_PY = '''import json


def load_items(path):
    with open(path) as handle:
        return json.load(handle)


def total_value(items):
    total = 0
    for item in items:
        total += item["price"] * item["quantity"]
    return total


def low_stock(items, threshold):
    return [item["name"] for item in items if item["quantity"] < threshold]


def restock(items, name, amount):
    for item in items:
        if item["name"] == name:
            item["quantity"] += amount
            return item
    return None
'''

DATES_JS = """function parseDate(text) {
  const [year, month, day] = text.split("-").map(Number);
  return new Date(year, month - 1, day);
}

function daysBetween(start, end) {
  const millis = end.getTime() - start.getTime();
  return Math.round(millis / 86400000);
}

function isWeekend(date) {
  const day = date.getDay();
  return day === 0 || day === 6;
}

module.exports = { parseDate, daysBetween, isWeekend };
"""

QUEUE_TS = """export class TaskQueue<T> {
  private items: T[] = [];

  push(item: T): void {
    this.items.push(item);
  }

  pop(): T | undefined {
    return this.items.shift();
  }

  get size(): number {
    return this.items.length;
  }
}

export function drain<T>(queue: TaskQueue<T>, handle: (item: T) => void): number {
  let handled = 0;
  while (queue.size > 0) {
    handle(queue.pop() as T);
    handled += 1;
  }
  return handled;
}
"""

REPORT_PY = '''import csv
import sys


def read_rows(path):
    with open(path, newline="") as handle:
        return list(csv.DictReader(handle))


def summarize(rows, column):
    values = [float(row[column]) for row in rows]
    return {"count": len(values), "mean": sum(values) / len(values), "max": max(values)}


def main():
    rows = read_rows(sys.argv[1])
    print(summarize(rows, sys.argv[2]))


if __name__ == "__main__":
    main()
'''

DOCUMENTS = {
    "garden-news.md": GARDEN,
    "ridge-trail.md": TRIP,
    "product-update.txt": UPDATE,
    "sourdough.md": BREAD,
    "cafe-review.txt": CAFE,
    "onboarding.md": ONBOARDING,
    "station-fox.md": FOX,
    "sorry-marcus.txt": APOLOGY,
    "talk-abstract.md": ABSTRACT,
    "rain.txt": RAIN,
    "inventory.py": INVENTORY_PY,
    "dates.js": DATES_JS,
    "queue.ts": QUEUE_TS,
    "report.py": REPORT_PY,
}
