"""The blind split: documents and requests written on 2026-11-23, after every runtime rule and adapter
that ships, and before any model ran on them.

By then the held-out, dev and fresh splits had all been read case by case while tuning the runtime (the
model card says where), so none of them measured the shipped default blind any more. Nothing may be tuned
against this split: a change that is measured on it should be judged here once, and the next round needs a
split of its own. The training set's dedupe check (training/dedupe.py) covers it like the others.

Rows as in evals/fresh_requests.py: edits are (document, selection or None, request, mode, changed,
unchanged), routes (document, selection or None, request, intent), comments (document, selection or None,
request, flags).
"""

LANDLORD = """Dear Mr. Hollis,

I am writing about the boiler in flat 3. It has stopped heating water twice this month, most recently on Sunday evening.

The engineer who came on the 4th said a valve needs replacing, but nobody has been back since. We have a baby at home, so hot water is not optional for us.

Could you tell me by Friday when the repair will be done?

Best,
Jonas Berg
"""

ABSTRACT = """# Testing the untestable: property-based tests for data pipelines

Data pipelines fail in ways that example-based tests rarely catch: an empty file, a column full of nulls, a date in the wrong century.

## What you will learn

This talk shows how to describe the shape of your data once and let a library generate hundreds of awkward inputs. We will use Hypothesis with pandas and walk through three bugs it found in production code.

## Who it is for

Anyone who writes ETL jobs in Python. No prior experience with property-based testing is needed.
"""

GARDEN = """# Spring planting plan

## Raised bed one

Early potatoes in March, two rows of twelve. Lettuce between the rows once the shoots are up.

## Raised bed two

Broad beans along the back fence in February. Carrots in April, thinned to five centimetres apart.

## Pots on the patio

Basil and parsley by the kitchen door. Tomatoes in the three large pots, staked in May.
"""

SUMMARY = '''import csv
import sys


def read_amounts(path):
    with open(path, newline="", encoding="utf-8") as source:
        return [float(row["amount"]) for row in csv.DictReader(source)]


def summarize(amounts):
    return {"count": len(amounts), "total": sum(amounts), "largest": max(amounts)}


if __name__ == "__main__":
    print(summarize(read_amounts(sys.argv[1])))
'''

DEBOUNCE = """const DEFAULT_WAIT = 250;

function debounce(fn, wait = DEFAULT_WAIT) {
  let timer = null;
  return function (...args) {
    clearTimeout(timer);
    timer = setTimeout(() => fn.apply(this, args), wait);
  };
}

function once(fn) {
  let called = false;
  return function (...args) {
    if (!called) {
      called = true;
      return fn.apply(this, args);
    }
  };
}

module.exports = { debounce, once };
"""

BLIND_DOCUMENTS = {
    "boiler-complaint.txt": LANDLORD,
    "talk-abstract.md": ABSTRACT,
    "planting-plan.md": GARDEN,
    "summarize.py": SUMMARY,
    "debounce.js": DEBOUNCE,
}

LL, AB, GA, PY, JS = "boiler-complaint.txt", "talk-abstract.md", "planting-plan.md", "summarize.py", "debounce.js"

BLIND_EDIT_CASES = [
    (LL, "Best,\nJonas Berg", "end on a firmer note", "targeted", ["Best,\nJonas Berg"], ["flat 3", "We have a baby"]),
    (LL, None, "the engineer came on the 6th, not the 4th", "targeted", ["on the 4th"], ["Dear Mr. Hollis,", "by Friday"]),
    (LL, "Could you tell me by Friday when the repair will be done?", "make this request more polite", "targeted",
     ["Could you tell me by Friday"], ["Dear Mr. Hollis,", "Jonas Berg"]),
    (LL, None, "mention that it is flat 3b", "targeted", ["the boiler in flat 3."], ["We have a baby", "Best,"]),
    (LL, None, "rewrite the letter so it sounds calmer", "rewrite", ["hot water is not optional for us"], []),
    (AB, None, "give the talk a shorter title", "targeted", ["# Testing the untestable: property-based tests for data pipelines"],
     ["## Who it is for", "Hypothesis with pandas"]),
    (AB, "a date in the wrong century", "add one more example of a bad input", "targeted", ["a date in the wrong century"],
     ["## What you will learn", "No prior experience"]),
    (AB, None, "say that it is a 30 minute talk", "targeted", ["This talk shows how"], ["# Testing the untestable", "Anyone who writes ETL jobs"]),
    (AB, None, "the audience section should also mention data engineers using Spark", "targeted", ["Anyone who writes ETL jobs in Python."],
     ["# Testing the untestable", "Hypothesis with pandas"]),
    (AB, None, "turn the whole abstract into three bullet points", "rewrite", ["Data pipelines fail"], []),
    (GA, None, "the potatoes go in in april instead", "targeted", ["Early potatoes in March"], ["Broad beans along the back fence", "Basil and parsley"]),
    (GA, "thinned to five centimetres apart", "make it clearer why you thin them", "targeted", ["thinned to five centimetres apart"],
     ["## Raised bed one", "Tomatoes in the three large pots"]),
    (GA, None, "add chives to the patio pots", "targeted", ["Basil and parsley by the kitchen door."], ["Early potatoes", "Broad beans"]),
    (GA, None, "rewrite the plan as a month-by-month calendar", "rewrite", ["## Raised bed one"], []),
    (PY, None, "summarize should also report the smallest amount", "targeted", ['"largest": max(amounts)}'],
     ["def read_amounts(path):", "import csv"]),
    (PY, None, "read_amounts should skip rows with an empty amount", "targeted", ['return [float(row["amount"]) for row in csv.DictReader(source)]'],
     ["def summarize(amounts):", "import sys"]),
    (PY, '"total": sum(amounts)', "round the total to two decimals", "targeted", ['"total": sum(amounts)'], ["def read_amounts(path):", "import csv"]),
    (PY, None, "rewrite it with pathlib and a main function", "rewrite", ["if __name__ == \"__main__\":"], []),
    (JS, None, "the default wait should be 300", "targeted", ["const DEFAULT_WAIT = 250;"], ["function once(fn) {", "module.exports"]),
    (JS, None, "add a cancel method to the debounced function", "targeted", ["clearTimeout(timer);\n    timer = setTimeout"],
     ["function once(fn) {", "const DEFAULT_WAIT"]),
    (JS, "let called = false;", "rename called to done", "targeted", ["let called = false;"], ["function debounce(fn", "DEFAULT_WAIT"]),
    (JS, None, "convert the module to ES module exports", "targeted", ["module.exports = { debounce, once };"],
     ["function debounce(fn", "let called = false;"]),
]

BLIND_ROUTE_CASES = [
    (None, None, "write a short poem about the first frost", "create"),
    (None, None, "what does idempotent mean", "answer"),
    (LL, None, "when did the engineer come?", "answer"),
    (LL, None, "make the second paragraph less angry", "edit"),
    (LL, None, "redo the whole letter in french", "rewrite"),
    (LL, None, "comment on anything that sounds rude", "comment"),
    (AB, None, "how many bugs does the talk promise to show?", "answer"),
    (AB, "Hypothesis with pandas", "spell out what Hypothesis is", "edit"),
    (GA, None, "when do the broad beans go in?", "answer"),
    (GA, None, "move the tomatoes to raised bed two", "edit"),
    (PY, None, "what happens if the file is empty?", "answer"),
    (PY, None, "point out edge cases that would crash this", "comment"),
    (JS, "let timer = null;", "why is this null?", "answer"),
    (JS, None, "port the whole file to typescript", "rewrite"),
]

BLIND_COMMENT_CASES = [
    (LL, None, "proofread it and leave comments", []),
    (PY, None, "review for bugs", ['max(amounts)']),
]
