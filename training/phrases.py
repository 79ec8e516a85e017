"""Short selections and what a request makes of them: the seed rows for small, precise edits.

The first adapter copied short selections unchanged when the request named only the new value ("make it
Friday", "swap in basil"): nothing in its data showed a request that says *what* to write and leaves *where*
to the selection. These rows do, in many phrasings: a quantity, a time, a day, a word of a kind swapped for
another, and hand-written rewrites of short lines (sign-offs, greetings, titles, closing lines) for requests
no rule can answer. Each row becomes a selection edit whose context is a small document around it.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

QUANTITY_LINES = [  # (line, the unit a request names with the number, what fills {x}, file)
    ("{n} g {x}", "g", ["flour", "sugar", "rice", "oats", "butter", "chickpeas", "pasta", "spinach", "cheese", "almonds"], "recipe.md"),
    ("{n} ml {x}", "ml", ["milk", "water", "cream", "stock", "olive oil", "orange juice"], "recipe.md"),
    ("{n} minutes of {x}", "minutes", ["stretching", "reading", "planning", "warm-up", "questions"], "plan.md"),
    ("{n} {x} per table", "", ["chairs", "candles", "plates", "glasses"], "party.md"),
    ("Run {n} km on {x}", "km", ["Tuesday", "Thursday", "Saturday"], "training.md"),
]
QUANTITY_REQUESTS = ["change to {new}", "make it {new}", "{new} instead", "should be {new}", "use {new}",
                     "{new}, not {old}", "update it to {new}", "set this to {new}", "it's {new} now"]

KINDS = {
    "fruit": ["orange", "apple", "pear", "mango", "peach", "grapefruit", "banana", "plum"],
    "herb": ["basil", "parsley", "coriander", "mint", "dill", "thyme", "oregano"],
    "day": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "colour": ["red", "blue", "green", "yellow", "purple", "grey"],
    "city": ["Lisbon", "Oslo", "Nairobi", "Montreal", "Osaka", "Porto", "Krakow"],
    "drink": ["coffee", "tea", "cocoa", "juice", "lemonade"],
}
WORD_LINES = [
    ("the zest of one {x}", "fruit", "recipe.md"), ("a slice of {x} on top", "fruit", "recipe.md"),
    ("a handful of fresh {x}", "herb", "recipe.md"), ("garnish with chopped {x}", "herb", "recipe.md"),
    ("The meeting moves to {x}.", "day", "notes.md"), ("Bins go out every {x} night.", "day", "house.md"),
    ("Paint the fence {x}.", "colour", "todo.md"), ("The logo should be {x} on white.", "colour", "brief.md"),
    ("Our next offsite is in {x}.", "city", "email.txt"), ("Flights land in {x} at noon.", "city", "trip.md"),
    ("Serve {x} after the talk.", "drink", "event.md"), ("A pot of {x} for the guests.", "drink", "event.md"),
]
WORD_REQUESTS = ["use {new} instead", "swap in {new}", "make it {new}", "{new} instead of {old}", "change it to {new}",
                 "replace with {new}", "I meant {new}", "switch to {new}", "{new}, please"]

TIME_LINES = [("Doors open at {n} pm.", "event.md"), ("Standup is at {n} am.", "team.md"), ("Checkout by {n} am.", "trip.md")]
TIME_REQUESTS = ["move it to {new}", "change the time to {new}", "make it {new}", "{new} instead", "push it to {new}"]

REWRITES = [  # (selection, request, revision): short lines whose better version a person wrote
    ("Best,", "a warmer sign-off", "Warmly,"),
    ("Regards,", "make the sign-off friendlier", "All the best,"),
    ("Sincerely,", "a more casual sign-off", "Cheers,"),
    ("Thanks,", "sign off more warmly", "With warm thanks,"),
    ("Yours faithfully,", "less stiff sign-off", "Best wishes,"),
    ("To whom it may concern,", "address it to Mr. Alvarez", "Dear Mr. Alvarez,"),
    ("Dear Sir or Madam,", "address it to Dr. Lindqvist", "Dear Dr. Lindqvist,"),
    ("Hi all,", "address it to the design team", "Hi design team,"),
    ("Hey,", "a more polite greeting", "Hello,"),
    ("# Notes", "give it a more useful title", "# Notes from the Q3 planning meeting"),
    ("# Untitled", "name it after the recipe", "# Tomato and Basil Soup"),
    ("## Stuff to do", "a clearer heading", "## Open tasks"),
    ("## Misc", "a more descriptive heading", "## Other details"),
    ("Subject: Update", "a more specific subject line", "Subject: Launch moved to 14 March"),
    ("Subject: Question", "make the subject say what I need", "Subject: Can you review the budget by Friday?"),
    ("and that was the end of the day.", "a stronger closing line", "and the lights went out one window at a time."),
    ("The end.", "end on an image instead", "Behind us, the tide was already erasing our footprints."),
    ("and we all went home happy.", "find a better ending", "and nobody wanted to be the first to leave."),
    ("It was a very nice day.", "show it instead of telling it", "The sun warmed the benches and nobody checked their phones."),
    ("She was very angry.", "show, don't tell", "She set the cup down so hard the tea jumped."),
    ("He was nervous.", "show his nerves", "He checked the time, then checked it again."),
    ("The room was quiet.", "make it more vivid", "Only the clock on the far wall dared to make a sound."),
    ("The storm came.", "make it more dramatic", "The storm broke over the hills like a door slammed shut."),
    ("Our product is good.", "make it less generic", "Our app cuts the weekly report from an hour to five minutes."),
    ("We are a great team.", "say something specific", "We have shipped every release on time for two years."),
    ("I am a hard worker.", "sound more concrete", "I rebuilt our billing system in six weeks while on call."),
    ("I think I could maybe help.", "sound more confident", "I can help."),
    ("It might possibly work.", "be more decisive", "It will work."),
    ("Sorry to bother you, but", "less apologetic", "Quick question:"),
    ("Click here.", "a more descriptive link text", "Read the installation guide."),
    ("Error occurred.", "a more helpful error message", "Could not save the file: the disk is full."),
    ("Invalid input.", "explain what went wrong", "The date must look like 2024-05-31."),
    ("Run the script.", "explain this better", "Run `python sync.py` from the project folder; it copies new photos to the backup drive."),
    ("Use the flag to skip.", "be more specific", "Add `--skip-existing` to leave files that are already there untouched."),
    ("The meeting was long and nothing was decided.", "make it more tactful", "The meeting ran long, and we still need to settle a few decisions."),
    ("You forgot the file again.", "make it kinder", "Could you attach the file when you get a chance?"),
    ("I started early, I started late,", "this contradicts itself, make it consistent", "I started early, long before the others,"),
    ("Prices rose and fell and rose.", "make it clearer", "Prices rose, dipped in June, then rose again."),
    ("The sea was blue.", "a fresher image", "The sea was the blue of a gas flame."),
    ("A cat sat on a mat.", "make it more playful", "A cat sprawled across the mat like she had paid rent."),
]


def quantity_edits(rng: random.Random) -> Iterator[tuple[str, str, str, str]]:
    """(path, selection, request, revision) for a changed number: the selection says where, the request what."""
    for template, unit, things, path in QUANTITY_LINES:
        for thing in [*things, *rng.sample(things, len(things) // 2)]:
            old, new = rng.choice([2, 3, 4, 5, 8, 10, 12, 20, 30, 40, 100, 150, 200]), rng.choice([6, 7, 9, 15, 25, 50, 120, 180, 350, 400])
            request = rng.choice(QUANTITY_REQUESTS).format(new=f"{new} {unit}".strip(), old=f"{old} {unit}".strip())
            yield path, template.format(n=old, x=thing), request, template.format(n=new, x=thing)


def word_edits(rng: random.Random) -> Iterator[tuple[str, str, str, str]]:
    """A word of one kind swapped for another of the same kind, named only in the request."""
    for template, kind, path in WORD_LINES:
        for old in rng.sample(KINDS[kind], 3):
            new = rng.choice([w for w in KINDS[kind] if w != old])
            request = rng.choice(WORD_REQUESTS).format(new=new, old=old)
            yield path, template.format(x=old), request, template.format(x=new)


def time_edits(rng: random.Random) -> Iterator[tuple[str, str, str, str]]:
    for template, path in TIME_LINES:
        for old in rng.sample(range(1, 12), 4):
            new = rng.choice([h for h in range(1, 12) if h != old])
            suffix = template.split("{n}")[1].split()[0].rstrip(".")
            request = rng.choice(TIME_REQUESTS).format(new=f"{new} {suffix}")
            yield path, template.format(n=old), request, template.format(n=new)


def rewritten_lines() -> Iterator[tuple[str, str, str, str]]:
    for selection, request, revision in REWRITES:
        path = "draft.md" if selection.startswith("#") else "letter.txt"
        yield path, selection, request, revision


SURROUNDINGS = {  # a few lines around the selection, as the runtime shows a selection's section
    "recipe.md": ("## Ingredients\n\n- 1 onion, chopped\n- ", "\n- salt and pepper\n"),
    "plan.md": ("## Wednesday\n\n- ", "\n- a short break\n"),
    "party.md": ("## Setup\n\n- ", "\n- music from seven\n"),
    "training.md": ("## Week 3\n\n- ", "\n- rest on Sunday\n"),
    "notes.md": ("Quick update from the team.\n", " Please bring your laptops.\n"),
    "house.md": ("House notes for the summer.\n", " The recycling goes out with it.\n"),
    "todo.md": ("- Fix the gate.\n- ", "\n- Clean the gutters.\n"),
    "brief.md": ("Brand notes for the new site.\n", " Keep it simple.\n"),
    "email.txt": ("Hi everyone,\n\n", " More details soon.\n"),
    "trip.md": ("## Travel\n\n", " A bus goes to the hotel.\n"),
    "event.md": ("## Evening programme\n\n", " Music until ten.\n"),
    "team.md": ("## Routines\n\n", " Keep it under fifteen minutes.\n"),
    "letter.txt": ("", "\n"),
    "draft.md": ("", "\n\nThe rest of the draft follows here.\n"),
}


def phrase_edits(rng: random.Random) -> list[tuple[str, str, str, str, str]]:
    """(path, selection, request, revision, context) for every row."""
    rows = [*quantity_edits(rng), *word_edits(rng), *time_edits(rng), *rewritten_lines()]
    return [(path, selection, request, revision, SURROUNDINGS[path][0] + selection + SURROUNDINGS[path][1])
            for path, selection, request, revision in rows]
