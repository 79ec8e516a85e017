"""More documents, each with revisions written for it by hand: the offline teacher, in breadth.

The first adapter saw fourteen short documents and rule-made edits only, so it had never seen an
open-ended request answered or a whole document rewritten, and for those it copied its input or wrote
one unrelated line. These documents are other kinds (notes, toasts, product pages, FAQs, changelogs,
stories, poems, Python, JavaScript, TypeScript), and each comes with revisions of selected words and
sentences, of whole paragraphs, and of the whole document, in the shapes the runtime sends them. None is
a held-out document, and `training.dedupe` drops any example that overlaps the held-out split.
Like training/revisions.py, the rows were written knowing which kinds of held-out request the adapter
missed (sign-offs, rewrites, ports to another language): the split's documents and wording stay unseen,
its kinds of request do not.

``selected``: (selection, request, revision); ``sections``: (request, paragraph, revision), the paragraph
being one whole section of the document; ``rewrites``: (request, the whole document revised).
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Written:
    text: str
    selected: list[tuple[str, str, str]] = field(default_factory=list)
    sections: list[tuple[str, str, str]] = field(default_factory=list)
    rewrites: list[tuple[str, str]] = field(default_factory=list)


WRITTEN: dict[str, Written] = {
    "thank-you-note.txt": Written(
        "Dear Mrs. Alvarez,\n\n"
        "Thank you for watering our plants while we were away. Everything was alive when we got back, even the fern.\n\n"
        "We brought you some olive oil from the market in Lucca. I hope you like it.\n\n"
        "Best,\nTheo\n",
        selected=[
            ("Best,\nTheo", "end it more warmly", "With love and many thanks,\nTheo"),
            ("Best,", "a friendlier closing", "Warmest wishes,"),
            ("even the fern", "make this funnier", "even the fern, which has never forgiven us for anything"),
            ("I hope you like it.", "sound more enthusiastic", "It's the best we tasted, and we think you'll love it."),
            ("Thank you for watering our plants while we were away.", "make it more heartfelt",
             "We're so grateful that you looked after our plants while we were away."),
            ("from the market in Lucca", "say it was a small farm", "from a small family farm near Lucca"),
        ],
        sections=[
            ("make the paragraph about the olive oil longer",
             "We brought you some olive oil from the market in Lucca. I hope you like it.",
             "We brought you some olive oil from the market in Lucca. The woman who sold it picked the olives herself, "
             "and it tastes of pepper and grass. I hope you like it."),
        ],
        rewrites=[
            ("rewrite it as a short text message",
             "Thanks so much for watering the plants, Mrs. Alvarez! All alive, even the fern. We brought you olive oil from Lucca. Theo"),
            ("make the whole note more formal",
             "Dear Mrs. Alvarez,\n\n"
             "Thank you very much for watering our plants during our absence. We were pleased to find every one of them alive "
             "on our return, including the fern.\n\n"
             "Please accept a bottle of olive oil from the market in Lucca as a small token of our gratitude.\n\n"
             "Kind regards,\nTheo\n"),
        ],
    ),
    "bakery-opening.md": Written(
        "# A New Bakery on Elm Street\n\n"
        "Crumb & Co. opens its doors on Saturday at seven in the morning. The owners, two sisters from Porto, "
        "have been baking for the neighbourhood from their kitchen for years.\n\n"
        "## What to try\n\n"
        "The custard tarts are the thing to order. The rye bread is good too, and there is always a vegan option.\n\n"
        "## Opening day\n\n"
        "The first fifty customers get a free coffee. Expect a queue.\n",
        selected=[
            ("# A New Bakery on Elm Street", "a catchier headline", "# Fresh Custard Tarts Arrive on Elm Street"),
            ("The custard tarts are the thing to order.", "make this mouth-watering",
             "Order the custard tarts: crisp, flaky shells around a warm, wobbling centre, dusted with cinnamon."),
            ("Expect a queue.", "make it sound less negative", "Come early, because the word is already out."),
            ("at seven in the morning", "make it eight", "at eight in the morning"),
            ("two sisters from Porto", "name them", "sisters Inês and Marta Costa from Porto"),
            ("The rye bread is good too", "be more specific", "The dark rye loaf, baked with caraway, is excellent too"),
        ],
        sections=[
            ("make the opening day section more exciting",
             "The first fifty customers get a free coffee. Expect a queue.",
             "Be one of the first fifty through the door and your coffee is on the house. There will be music, samples "
             "and, almost certainly, a queue."),
            ("shorten the first paragraph",
             "Crumb & Co. opens its doors on Saturday at seven in the morning. The owners, two sisters from Porto, "
             "have been baking for the neighbourhood from their kitchen for years.",
             "Crumb & Co., run by two sisters from Porto, opens on Saturday at seven."),
        ],
        rewrites=[
            ("turn it into a short social media post",
             "New on Elm Street: Crumb & Co. opens Saturday at 7am! Two sisters from Porto, custard tarts to die for, "
             "rye bread, vegan options, and free coffee for the first fifty customers. See you in the queue!"),
        ],
    ),
    "bike-commute.md": Written(
        "# Why I Ride to Work\n\n"
        "Three years ago I sold my car and bought a second-hand bike. I was worried about the rain and the hills.\n\n"
        "The rain turned out to be fine with a good jacket. The hills were hard for a month and then they weren't.\n\n"
        "I save about two hundred pounds a month. More importantly, I arrive at work awake.\n\n"
        "If you are thinking about it, try it one day a week first.\n",
        selected=[
            ("I was worried about the rain and the hills.", "make this more vivid",
             "I lay awake picturing soaked trousers and a hill that would leave me gasping at every red light."),
            ("try it one day a week first", "make the advice more concrete",
             "try it one day a week first, on a dry Friday, on the quietest route you can find"),
            ("about two hundred pounds a month", "use euros", "about two hundred and thirty euros a month"),
            ("More importantly, I arrive at work awake.", "make it more convincing",
             "More importantly, I arrive at work awake, clear-headed and in a better mood than I ever was after the traffic."),
            ("# Why I Ride to Work", "a more intriguing title", "# The Best Thing I Ever Sold Was My Car"),
            ("a second-hand bike", "say what kind", "a second-hand steel touring bike"),
        ],
        sections=[
            ("expand the paragraph about the hills",
             "The rain turned out to be fine with a good jacket. The hills were hard for a month and then they weren't.",
             "The rain turned out to be fine with a good jacket. The hills were hard for a month: I walked up the worst one "
             "twice. Then one morning I noticed I was at the top and still talking to myself."),
            ("make the ending more persuasive",
             "If you are thinking about it, try it one day a week first.",
             "If you are thinking about it, try it one day a week first. You have nothing to lose but the traffic."),
        ],
        rewrites=[
            ("rewrite it as five bullet points",
             "# Why I Ride to Work\n\n"
             "- I sold my car three years ago and bought a second-hand bike.\n"
             "- The rain is fine with a good jacket.\n"
             "- The hills were hard for a month, then easy.\n"
             "- I save about two hundred pounds a month and arrive awake.\n"
             "- Try it one day a week first.\n"),
        ],
    ),
    "wedding-toast.txt": Written(
        "Good evening, everyone. For those who don't know me, I'm Sam, Nora's older brother.\n\n"
        "When Nora was eight she announced that she would never get married, because boys were loud. "
        "Then she met Daniel, who is the quietest person I know.\n\n"
        "Daniel, thank you for making my sister laugh every day. Please raise your glasses to Nora and Daniel.\n",
        selected=[
            ("Please raise your glasses to Nora and Daniel.", "make the toast line more memorable",
             "So please raise your glasses: to Nora and Daniel, and to a long, loud, happy life together."),
            ("who is the quietest person I know", "make it funnier",
             "who once went a whole family holiday without finishing a sentence"),
            ("Good evening, everyone.", "a livelier opening", "Good evening, everyone, and thank you for putting your forks down."),
            ("thank you for making my sister laugh every day", "more emotional",
             "thank you for making my sister laugh every day, and for making her happier than I have ever seen her"),
            ("Nora's older brother", "say younger", "Nora's younger brother"),
        ],
        sections=[
            ("add a short story to the middle paragraph",
             "When Nora was eight she announced that she would never get married, because boys were loud. "
             "Then she met Daniel, who is the quietest person I know.",
             "When Nora was eight she announced that she would never get married, because boys were loud. She wrote it "
             "down and made me sign it as a witness. Then she met Daniel, who is the quietest person I know."),
        ],
        rewrites=[
            ("make the whole toast shorter, three sentences at most",
             "Good evening, I'm Sam, Nora's older brother. At eight Nora swore never to marry because boys were loud, "
             "and then she met Daniel, the quietest man I know. Please raise your glasses to Nora and Daniel!\n"),
        ],
    ),
    "landlord-email.txt": Written(
        "Subject: Heating in flat 4\n\n"
        "Hello Mr. Brandt,\n\n"
        "The heating in flat 4 has stopped working again. It's the third time since October.\n\n"
        "Could someone come and look at it this week? I work from home, so any day is fine.\n\n"
        "Thanks,\nAiko Tanaka\n",
        selected=[
            ("It's the third time since October.", "sound firmer but polite",
             "This is the third time since October, so I would appreciate a lasting repair rather than another quick fix."),
            ("Subject: Heating in flat 4", "a more urgent subject line", "Subject: Urgent: no heating in flat 4"),
            ("Could someone come and look at it this week?", "make it more urgent",
             "Could someone come and look at it in the next two days? The flat is very cold at night."),
            ("I work from home, so any day is fine.", "add a time", "I work from home, so any day is fine, ideally after ten in the morning."),
            ("Thanks,", "more formal sign-off", "Kind regards,"),
        ],
        sections=[
            ("say what happens when the heating fails",
             "The heating in flat 4 has stopped working again. It's the third time since October.",
             "The heating in flat 4 has stopped working again: the boiler shows a red light and the radiators stay cold. "
             "It's the third time since October."),
        ],
        rewrites=[
            ("rewrite the email to be much more formal",
             "Subject: Repeated heating failure in flat 4\n\n"
             "Dear Mr. Brandt,\n\n"
             "I am writing to inform you that the heating in flat 4 has stopped working once again. This is the third failure "
             "since October.\n\n"
             "I would be grateful if a technician could inspect it this week. As I work from home, I am available on any day.\n\n"
             "Yours sincerely,\nAiko Tanaka\n"),
        ],
    ),
    "book-club.md": Written(
        "# Book Club: March\n\n"
        "This month we're reading The Remains of the Day by Kazuo Ishiguro. It's short, so there's still time.\n\n"
        "## When and where\n\n"
        "Thursday the 27th at half past seven, in the back room of the Crown. Food is available from the bar.\n\n"
        "## For next time\n\n"
        "Bring a suggestion for April. We'll vote at the end of the evening.\n",
        selected=[
            ("It's short, so there's still time.", "make it more tempting to read",
             "It's short and quietly devastating, and you can finish it in a weekend."),
            ("in the back room of the Crown", "move it to the library", "in the reading room of the library"),
            ("Food is available from the bar.", "mention drinks too", "Food and drinks are available from the bar."),
            ("# Book Club: March", "make the heading more inviting", "# Join Us for March Book Club"),
            ("Bring a suggestion for April.", "explain what a good suggestion is",
             "Bring a suggestion for April: something under three hundred pages that you haven't read yet."),
            ("Thursday the 27th", "make it Wednesday the 26th", "Wednesday the 26th"),
        ],
        sections=[
            ("make the first paragraph say what the book is about",
             "This month we're reading The Remains of the Day by Kazuo Ishiguro. It's short, so there's still time.",
             "This month we're reading The Remains of the Day by Kazuo Ishiguro, about an English butler looking back on "
             "a life of loyal service. It's short, so there's still time."),
        ],
        rewrites=[
            ("rewrite it as a one-paragraph email",
             "Hi all, this month we're reading The Remains of the Day by Kazuo Ishiguro, which is short, so there's still time. "
             "We meet on Thursday the 27th at half past seven in the back room of the Crown, where food is available from the bar. "
             "Please bring a suggestion for April; we'll vote at the end of the evening.\n"),
        ],
    ),
    "museum-story.md": Written(
        "# The Blue Whale\n\n"
        "Lucy was seven when she first saw the whale. It hung from the ceiling of the museum hall, longer than a bus.\n\n"
        "She stood under it until her neck hurt. Her father said it was time to go, and she pretended not to hear.\n\n"
        "Twenty years later she works in the museum. Every morning, before the doors open, she says hello to the whale.\n",
        selected=[
            ("longer than a bus", "a more striking comparison", "longer than the whole row of houses on her street"),
            ("She stood under it until her neck hurt.", "show her wonder", "She stood under it, mouth open, counting the ribs until her neck ached."),
            ("and she pretended not to hear", "make it more playful", "and she suddenly became completely deaf"),
            ("Every morning, before the doors open, she says hello to the whale.", "a more moving last line",
             "Every morning, before the doors open, she stands under the whale and feels seven again."),
            ("# The Blue Whale", "a more evocative title", "# Under the Whale"),
            ("Lucy was seven", "make her six", "Lucy was six"),
        ],
        sections=[
            ("make the first paragraph more atmospheric",
             "Lucy was seven when she first saw the whale. It hung from the ceiling of the museum hall, longer than a bus.",
             "Lucy was seven when she first saw the whale. In the hush of the great hall it hung from the ceiling, longer "
             "than a bus, its bones glowing in the light from the high windows."),
            ("add a line about what she does at the museum",
             "Twenty years later she works in the museum. Every morning, before the doors open, she says hello to the whale.",
             "Twenty years later she works in the museum, cleaning and mending the old skeletons. Every morning, before "
             "the doors open, she says hello to the whale."),
        ],
        rewrites=[
            ("retell it in the first person",
             "# The Blue Whale\n\n"
             "I was seven when I first saw the whale. It hung from the ceiling of the museum hall, longer than a bus.\n\n"
             "I stood under it until my neck hurt. My father said it was time to go, and I pretended not to hear.\n\n"
             "Twenty years later I work in the museum. Every morning, before the doors open, I say hello to the whale.\n"),
            ("rewrite it for very young children",
             "# The Blue Whale\n\n"
             "Lucy was seven. She went to the museum and saw a giant whale! It was bigger than a bus.\n\n"
             "She looked up and up until her neck was sore. She did not want to go home.\n\n"
             "Now Lucy is grown up and works at the museum. Every morning she says, \"Hello, whale!\"\n"),
        ],
    ),
    "autumn.txt": Written(
        "First Frost\n\n"
        "The garden sleeps beneath a sheet of white,\n"
        "the roses bow their heads and hold their breath,\n"
        "a blackbird tests the silence of the light,\n"
        "and every leaf is dreaming of its death.\n",
        selected=[
            ("and every leaf is dreaming of its death.", "a less gloomy last line", "and every seed is dreaming of the spring."),
            ("First Frost", "a more unusual title", "The Morning Glass"),
            ("a blackbird tests the silence of the light,", "a fresher image", "a blackbird cracks the stillness like a bell,"),
            ("the roses bow their heads and hold their breath,", "make it simpler", "the roses droop and wait,"),
        ],
        rewrites=[
            ("squeeze it into three short lines", "First Frost\n\nGarden under white,\nroses bowed, a blackbird calls.\nLeaves dream of their fall.\n"),
            ("turn the poem into a short prose paragraph",
             "First Frost\n\nThe garden sleeps under a white sheet of frost. The roses bow their heads, a blackbird breaks the "
             "silence, and every leaf seems to be dreaming of the end.\n"),
        ],
    ),
    "product-page.md": Written(
        "# Trailhead 28 Backpack\n\n"
        "A 28-litre pack for day hikes and city commutes. It weighs 900 grams.\n\n"
        "## Features\n\n"
        "- Padded laptop sleeve\n- Rain cover\n- Side pockets for bottles\n\n"
        "## Care\n\n"
        "Wash by hand in cold water. Do not tumble dry.\n",
        selected=[
            ("A 28-litre pack for day hikes and city commutes.", "make it more appealing",
             "One 28-litre pack that takes you from the morning train to the mountain ridge."),
            ("It weighs 900 grams.", "make the weight sound like a benefit", "At just 900 grams, you'll forget you're wearing it."),
            ("- Rain cover", "say where it is", "- Rain cover, tucked into a zip pocket at the base"),
            ("Do not tumble dry.", "explain why", "Do not tumble dry, because heat damages the waterproof coating."),
            ("- Padded laptop sleeve", "give a size", "- Padded laptop sleeve (fits up to 15 inches)"),
        ],
        sections=[
            ("make the first paragraph more persuasive",
             "A 28-litre pack for day hikes and city commutes. It weighs 900 grams.",
             "A 28-litre pack built for day hikes and city commutes alike. At 900 grams it is light enough to carry all day, "
             "and tough enough to last for years."),
        ],
        rewrites=[
            ("rewrite the page in a playful tone",
             "# Trailhead 28 Backpack\n\n"
             "Meet your new favourite sidekick: 28 litres of adventure for hills, trails and the Monday train, and only 900 grams.\n\n"
             "## Features\n\n"
             "- A padded laptop sleeve, so your laptop rides first class\n- A rain cover for when the sky changes its mind\n"
             "- Side pockets that always know where your bottle is\n\n"
             "## Care\n\n"
             "Give it a gentle hand wash in cold water, and keep it away from the tumble dryer.\n"),
        ],
    ),
    "speaker-bio.txt": Written(
        "Dr. Hana Okoro is a marine biologist at the University of Bergen. She studies how cold-water corals respond to "
        "warming oceans. She has led six expeditions to the Norwegian Sea. In her free time she plays the cello.\n",
        selected=[
            ("She studies how cold-water corals respond to warming oceans.", "make it clearer for a general audience",
             "She studies what happens to the corals of the deep, cold sea as the oceans warm."),
            ("In her free time she plays the cello.", "make it more personal",
             "When she is not at sea, she plays the cello in a small string quartet that rehearses in her kitchen."),
            ("She has led six expeditions to the Norwegian Sea.", "make it more impressive",
             "She has led six expeditions to the Norwegian Sea, diving to reefs that no one had mapped before."),
            ("Dr. Hana Okoro", "use her full title", "Professor Hana Okoro"),
        ],
        rewrites=[
            ("rewrite the bio in the first person",
             "I'm a marine biologist at the University of Bergen, where I study how cold-water corals respond to warming oceans. "
             "I have led six expeditions to the Norwegian Sea. In my free time I play the cello.\n"),
            ("make the bio one sentence",
             "Dr. Hana Okoro, a marine biologist at the University of Bergen and a keen cellist, studies how cold-water corals "
             "respond to warming oceans and has led six expeditions to the Norwegian Sea.\n"),
        ],
    ),
    "pool-faq.md": Written(
        "# Pool FAQ\n\n"
        "## Do I need to book?\n\n"
        "Lane swimming must be booked online. Family sessions are first come, first served.\n\n"
        "## Can I bring a float?\n\n"
        "Small floats are allowed in family sessions only.\n\n"
        "## Is there parking?\n\n"
        "Yes, behind the building. It's free for the first two hours.\n",
        selected=[
            ("Lane swimming must be booked online.", "say how far ahead", "Lane swimming must be booked online, up to a week in advance."),
            ("Small floats are allowed in family sessions only.", "make it friendlier",
             "Small floats are very welcome in family sessions; please leave them at home for lane swimming."),
            ("It's free for the first two hours.", "say what it costs after", "It's free for the first two hours, then one pound an hour."),
            ("# Pool FAQ", "a clearer heading", "# Questions About the Pool"),
            ("behind the building", "say which street", "behind the building, entered from Mill Lane"),
        ],
        sections=[
            ("explain family sessions",
             "Lane swimming must be booked online. Family sessions are first come, first served.",
             "Lane swimming must be booked online. Family sessions, when the whole pool is open for play and children must be "
             "with an adult, are first come, first served."),
        ],
        rewrites=[
            ("turn the FAQ into one short paragraph",
             "# Pool FAQ\n\n"
             "Book lane swimming online; family sessions are first come, first served, and small floats are allowed only in "
             "those. There is free parking behind the building for the first two hours.\n"),
        ],
    ),
    "changelog.md": Written(
        "# Changelog\n\n"
        "## 2.1.0\n\n"
        "- Added a --dry-run flag.\n- Fixed a crash when the config file is empty.\n\n"
        "## 2.0.0\n\n"
        "- Dropped support for Python 3.8.\n- Renamed the `sync` command to `push`.\n",
        selected=[
            ("- Added a --dry-run flag.", "say what it does", "- Added a --dry-run flag that shows what would change without changing anything."),
            ("- Renamed the `sync` command to `push`.", "warn people", "- Breaking: renamed the `sync` command to `push`; update your scripts."),
            ("- Fixed a crash when the config file is empty.", "credit the reporter",
             "- Fixed a crash when the config file is empty (reported by @mirela)."),
            ("## 2.1.0", "add the release date", "## 2.1.0 (2026-03-02)"),
        ],
        rewrites=[
            ("rewrite the changelog as release notes for users",
             "# What's new\n\n"
             "Version 2.1 adds a --dry-run flag, so you can see what would change before anything does, and no longer crashes "
             "when the config file is empty.\n\n"
             "Version 2.0 needs Python 3.9 or newer, and the `sync` command is now called `push`.\n"),
        ],
    ),
    "team-retro.md": Written(
        "# Sprint 14 retro\n\n"
        "## Went well\n\n"
        "The new deploy script saved everyone time. Pairing on the billing bug worked.\n\n"
        "## Didn't go well\n\n"
        "Too many meetings on Wednesday. The staging database was down for two days.\n\n"
        "## Actions\n\n"
        "- Ines to move the Wednesday sync to Thursday\n- Raj to add monitoring to staging\n",
        selected=[
            ("Too many meetings on Wednesday.", "be more specific", "Five meetings on Wednesday left no time to write code."),
            ("The new deploy script saved everyone time.", "give a number", "The new deploy script cut each release from forty minutes to five."),
            ("- Raj to add monitoring to staging", "add a deadline", "- Raj to add monitoring to staging by Friday"),
            ("Pairing on the billing bug worked.", "say why", "Pairing on the billing bug worked, because two people spotted the rounding error in an hour."),
        ],
        sections=[
            ("make the didn't go well section less blaming",
             "Too many meetings on Wednesday. The staging database was down for two days.",
             "Wednesday was crowded with meetings, which made focus hard. We also lost two days when the staging database went "
             "down, and we now know what to watch for."),
        ],
        rewrites=[
            ("turn the retro into a short email to the team",
             "Hi team,\n\n"
             "Thanks for a good retro. The new deploy script saved everyone time, and pairing on the billing bug worked. Wednesday "
             "had too many meetings, and staging was down for two days.\n\n"
             "Actions: Ines will move the Wednesday sync to Thursday, and Raj will add monitoring to staging.\n\n"
             "See you at planning!\n"),
        ],
    ),
    "temperature.py": Written(
        "def to_fahrenheit(celsius):\n"
        "    return celsius * 9 / 5 + 32\n\n\n"
        "def to_celsius(fahrenheit):\n"
        "    return (fahrenheit - 32) * 5 / 9\n\n\n"
        "def describe(celsius):\n"
        "    if celsius < 10:\n"
        "        return \"cold\"\n"
        "    if celsius < 25:\n"
        "        return \"mild\"\n"
        "    return \"hot\"\n",
        selected=[
            ("    return celsius * 9 / 5 + 32\n", "round to one decimal", "    return round(celsius * 9 / 5 + 32, 1)\n"),
            ("        return \"cold\"", "call it freezing below zero",
             "        return \"freezing\" if celsius < 0 else \"cold\""),
            ("def to_celsius(fahrenheit):", "add type hints", "def to_celsius(fahrenheit: float) -> float:"),
        ],
        sections=[
            ("describe should reject values below absolute zero",
             "def describe(celsius):\n    if celsius < 10:\n        return \"cold\"\n    if celsius < 25:\n        return \"mild\"\n    return \"hot\"",
             "def describe(celsius):\n    if celsius < -273.15:\n        raise ValueError(\"below absolute zero\")\n    if celsius < 10:\n"
             "        return \"cold\"\n    if celsius < 25:\n        return \"mild\"\n    return \"hot\""),
            ("add a kelvin option to to_fahrenheit",
             "def to_fahrenheit(celsius):\n    return celsius * 9 / 5 + 32",
             "def to_fahrenheit(celsius, kelvin=False):\n    if kelvin:\n        celsius -= 273.15\n    return celsius * 9 / 5 + 32"),
        ],
        rewrites=[
            ("port it to javascript",
             "function toFahrenheit(celsius) {\n  return celsius * 9 / 5 + 32;\n}\n\n"
             "function toCelsius(fahrenheit) {\n  return (fahrenheit - 32) * 5 / 9;\n}\n\n"
             "function describe(celsius) {\n  if (celsius < 10) {\n    return \"cold\";\n  }\n  if (celsius < 25) {\n    return \"mild\";\n  }\n"
             "  return \"hot\";\n}\n"),
            ("add type hints to every function",
             "def to_fahrenheit(celsius: float) -> float:\n    return celsius * 9 / 5 + 32\n\n\n"
             "def to_celsius(fahrenheit: float) -> float:\n    return (fahrenheit - 32) * 5 / 9\n\n\n"
             "def describe(celsius: float) -> str:\n    if celsius < 10:\n        return \"cold\"\n    if celsius < 25:\n"
             "        return \"mild\"\n    return \"hot\"\n"),
        ],
    ),
    "shopping.js": Written(
        "const items = [];\n\n"
        "function addItem(name, quantity) {\n"
        "  items.push({ name, quantity });\n"
        "}\n\n"
        "function totalQuantity() {\n"
        "  let total = 0;\n"
        "  for (const item of items) {\n"
        "    total += item.quantity;\n"
        "  }\n"
        "  return total;\n"
        "}\n",
        selected=[
            ("  items.push({ name, quantity });", "default the quantity to 1", "  items.push({ name, quantity: quantity ?? 1 });"),
            ("const items = [];", "use let", "let items = [];"),
        ],
        sections=[
            ("totalQuantity should use reduce",
             "function totalQuantity() {\n  let total = 0;\n  for (const item of items) {\n    total += item.quantity;\n  }\n  return total;\n}",
             "function totalQuantity() {\n  return items.reduce((total, item) => total + item.quantity, 0);\n}"),
            ("addItem should reject an empty name",
             "function addItem(name, quantity) {\n  items.push({ name, quantity });\n}",
             "function addItem(name, quantity) {\n  if (!name) {\n    throw new Error(\"an item needs a name\");\n  }\n"
             "  items.push({ name, quantity });\n}"),
        ],
        rewrites=[
            ("port this to python",
             "items = []\n\n\ndef add_item(name, quantity):\n    items.append({\"name\": name, \"quantity\": quantity})\n\n\n"
             "def total_quantity():\n    total = 0\n    for item in items:\n        total += item[\"quantity\"]\n    return total\n"),
            ("rewrite it as a class",
             "class ShoppingList {\n  constructor() {\n    this.items = [];\n  }\n\n  addItem(name, quantity) {\n"
             "    this.items.push({ name, quantity });\n  }\n\n  totalQuantity() {\n    let total = 0;\n"
             "    for (const item of this.items) {\n      total += item.quantity;\n    }\n    return total;\n  }\n}\n"),
        ],
    ),
    "greeting.ts": Written(
        "export function greet(name: string): string {\n"
        "  return \"Hello, \" + name + \"!\";\n"
        "}\n\n"
        "export function farewell(name: string): string {\n"
        "  return \"Goodbye, \" + name + \".\";\n"
        "}\n",
        selected=[
            ("  return \"Hello, \" + name + \"!\";", "use a template literal", "  return `Hello, ${name}!`;"),
            ("  return \"Goodbye, \" + name + \".\";", "make it warmer", "  return \"See you soon, \" + name + \"!\";"),
        ],
        sections=[
            ("greet should greet a stranger when the name is empty",
             "export function greet(name: string): string {\n  return \"Hello, \" + name + \"!\";\n}",
             "export function greet(name: string): string {\n  if (!name.trim()) {\n    return \"Hello, stranger!\";\n  }\n"
             "  return \"Hello, \" + name + \"!\";\n}"),
        ],
        rewrites=[
            ("convert this to plain javascript",
             "export function greet(name) {\n  return \"Hello, \" + name + \"!\";\n}\n\n"
             "export function farewell(name) {\n  return \"Goodbye, \" + name + \".\";\n}\n"),
        ],
    ),
}

REWRITES: dict[str, list[tuple[str, str]]] = {  # a training document (training/documents.py) → (request, whole revision)
    "rain.txt": [
        ("make it a three-line poem", "Rain on the Roof\n\nWhispers on the tiles,\ngutters humming through the night;\npuddles hold the sky.\n"),
    ],
    "sorry-marcus.txt": [
        ("redo the whole message so it is three sentences long",
         "Hi Marcus, I'm sorry I missed Thursday's call: my train was stuck with no signal. I'm happy with Jen's plan, "
         "though the launch date feels tight. Could we talk on Monday morning before eleven?\n\nRuth\n"),
        ("make the whole message more formal",
         "Dear Marcus,\n\n"
         "I apologise for missing our call on Thursday. My train was held outside the city, and I had no signal for almost an hour.\n\n"
         "I have read the notes Jen sent and I agree with the plan. The one change I would suggest is to the launch date, "
         "which seems rather tight.\n\n"
         "Would Monday morning suit you instead? I am available at any time before eleven.\n\n"
         "Thank you for your understanding,\nRuth\n"),
    ],
    "cafe-review.txt": [
        ("make the whole review half as long",
         "The Blue Door Café on Harbour Street is already packed on Sundays, and for good reason: its own-roast flat white is "
         "the best in town.\n\n"
         "The pastries are fresh, but my omelette was cold, the toast burnt and the service slow.\n\n"
         "Come for the coffee; skip the hot food for now.\n"),
    ],
    "product-update.txt": [
        ("rewrite the update for customers who aren't technical",
         "What's new this week\n\n"
         "Searching is now twice as quick, and it has worked smoothly all week.\n\n"
         "The export button is back: you'll find it at the top of every report.\n\n"
         "One thing we're still fixing: in dark mode, tables have white borders. A fix is coming next week.\n\n"
         "Thank you for all your feedback, and please keep it coming!\n"),
    ],
    "station-fox.md": [
        ("rewrite the story in the present tense",
         "# The Fox at the Station\n\n"
         "Every evening at six, a red fox trots along platform two as if it has a train to catch.\n\n"
         "The station master, an old man called Ferris, begins leaving a sandwich on the bench by the clock.\n\n"
         "The fox never eats while anyone watches. It waits until the last train has gone and the lights are dimmed.\n\n"
         "One winter night the fox doesn't come. Ferris waits on the cold bench until midnight, the sandwich going stale beside him.\n\n"
         "In the morning there are two sets of small tracks in the snow, and the sandwich is gone.\n"),
    ],
    "garden-news.md": [
        ("turn the newsletter into a short friendly email",
         "Hi everyone,\n\n"
         "This year we're planting tomatoes, beans and squash in the north beds, once the last frost has passed in early May. "
         "Volunteer days are every Saturday from nine until noon; bring gloves and a water bottle.\n\n"
         "The shed code has changed, so ask Priya for the new one, and please put the wheelbarrows back.\n\n"
         "Our next meeting is on the second Tuesday of April at the library, where we'll vote on the new compost bins.\n\n"
         "See you in the garden!\n"),
    ],
    "dates.js": [
        ("rewrite this as typescript",
         "export function parseDate(text: string): Date {\n  const [year, month, day] = text.split(\"-\").map(Number);\n"
         "  return new Date(year, month - 1, day);\n}\n\n"
         "export function daysBetween(start: Date, end: Date): number {\n  const millis = end.getTime() - start.getTime();\n"
         "  return Math.round(millis / 86400000);\n}\n\n"
         "export function isWeekend(date: Date): boolean {\n  const day = date.getDay();\n  return day === 0 || day === 6;\n}\n"),
    ],
    "report.py": [
        ("port it to javascript",
         "const fs = require(\"fs\");\n\n"
         "function readRows(path) {\n  const [header, ...lines] = fs.readFileSync(path, \"utf8\").trim().split(\"\\n\");\n"
         "  const names = header.split(\",\");\n"
         "  return lines.map((line) => Object.fromEntries(line.split(\",\").map((value, i) => [names[i], value])));\n}\n\n"
         "function summarize(rows, column) {\n  const values = rows.map((row) => Number(row[column]));\n"
         "  const total = values.reduce((sum, value) => sum + value, 0);\n"
         "  return { count: values.length, mean: total / values.length, max: Math.max(...values) };\n}\n\n"
         "function main() {\n  const rows = readRows(process.argv[2]);\n  console.log(summarize(rows, process.argv[3]));\n}\n\n"
         "main();\n"),
    ],
}
