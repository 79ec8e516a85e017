"""Edit cases: (document, selection or None, request, mode, changed spans, unchanged spans).

``changed`` spans must be modified by a correct companion; ``unchanged`` spans must survive byte for byte
(the parts a targeted edit has no business touching).
"""

E = "essay.md"
S = "standup.txt"
L = "letter.txt"
T = "lighthouse.md"
R = "README.md"
C = "lentil-soup.md"
P = "morning.txt"
PY = "largest.py"
H = "helpers.py"
JS = "server.js"
TS = "cart.ts"
M = "marathon.md"
CV = "cover-letter.txt"

EDIT_CASES = [
    (E, "Critics say trees are expensive to plant and maintain.", "make this sentence stronger", "targeted",
     ["Critics say trees are expensive to plant and maintain."], ["A mature tree can cool the air", "# Why Cities Should Plant More Trees"]),
    (E, None, "make the title catchier", "targeted", ["# Why Cities Should Plant More Trees"], ["Cities are getting hotter every summer.", "## Conclusion"]),
    (E, None, "rewrite the conclusion so it ends with a question", "targeted", ["The benefits outweigh the costs."], ["Cities are getting hotter every summer.", "Critics say trees are expensive"]),
    (E, None, "the objections section should mention allergies too", "targeted", ["fallen leaves clog drains every autumn."], ["A mature tree can cool the air", "The benefits outweigh the costs."]),
    (E, None, "rewrite the whole essay in a more persuasive tone", "rewrite", ["Cities are getting hotter every summer."], []),
    (E, None, "make it half as long", "rewrite", ["Asphalt and concrete soak up heat"], []),
    (E, "several degrees warmer", "give a number", "targeted", ["several degrees warmer"], ["## The case for trees", "Critics say"]),
    (E, None, "in the case for trees, add that trees support birds and insects", "targeted", ["they make streets more pleasant to walk along."], ["Critics say trees", "Cities are getting hotter"]),
    (S, None, "capitalize thursday", "targeted", ["since thursday."], ["Maria: finished the login page", "Decisions: we ship the beta on the 14th."]),
    (S, "Tom: blocked on the API keys, waiting for ops to reply since thursday.", "make this more neutral", "targeted",
     ["Tom: blocked on the API keys, waiting for ops to reply since thursday."], ["Maria: finished the login page, starting on password reset today.", "Priya: reviewing"]),
    (S, None, "turn these notes into a proper status email for the team", "rewrite", ["Standup notes, Monday"], []),
    (S, None, "change the beta date to the 21st", "targeted", ["we ship the beta on the 14th."], ["Maria: finished the login page, starting on password reset today."]),
    (S, "Priya: reviewing the onboarding copy; thinks the second screen is confusing.", "say which part of the screen", "targeted",
     ["Priya: reviewing the onboarding copy; thinks the second screen is confusing."], ["Decisions: we ship the beta"]),
    (L, None, "change september to october", "targeted", ["I am available to start in September"], ["Dear Ms. Okafor,", "I have attached my portfolio"]),
    (L, "I really enjoyed hearing about the workshop", "make this sound less generic", "targeted",
     ["I really enjoyed hearing about the workshop"], ["I have attached my portfolio", "Kind regards,"]),
    (L, None, "shorten the second paragraph", "targeted", ["which includes the furniture I made during my evening course."], ["Dear Ms. Okafor,", "Kind regards,"]),
    (L, None, "redo the whole letter so it is three sentences long", "rewrite", ["Thank you for meeting with me last week"], []),
    (L, None, "make the whole letter more formal", "rewrite", ["I really enjoyed hearing about the workshop"], []),
    (L, "Kind regards,", "use a warmer sign-off", "targeted", ["Kind regards,"], ["Dear Ms. Okafor,", "Thank you for meeting with me last week"]),
    (T, "The boat turned.", "make this moment more dramatic", "targeted", ["The boat turned."], ["Every evening at dusk, Ada climbed", "Ada ran down the steps two at a time."]),
    (T, None, "make the opening line more gripping", "targeted", ["Every evening at dusk, Ada climbed the hundred and twelve steps of the lighthouse."], ["One night in November the lamp would not light.", "The boat turned."]),
    (T, None, "rewrite the story from the fisherman's point of view", "rewrite", ["She counted them out loud"], []),
    (T, None, "the second paragraph should be set in a storm", "targeted", ["One night in November the lamp would not light."], ["Every evening at dusk", "The boat turned."]),
    (T, "breathless", "show it, don't tell it", "targeted", ["breathless"], ["One night in November", "The boat turned."]),
    (T, None, "translate the whole story into french", "rewrite", ["Every evening at dusk, Ada climbed"], []),
    (R, None, "fix the install command, it should be pipx", "targeted", ["pip install tidyfiles"], ["tidyfiles ~/Downloads", "## License"]),
    (R, "Add `--dry-run` to see what would move without moving anything.", "explain this better", "targeted",
     ["Add `--dry-run` to see what would move without moving anything."], ["pip install tidyfiles", "## License"]),
    (R, None, "change the license to Apache-2.0", "targeted", ["MIT"], ["pip install tidyfiles", "# tidyfiles"]),
    (R, None, "rewrite the readme so a beginner can follow it", "rewrite", ["tidyfiles sorts the files in a folder"], []),
    (R, None, "in the configuration section, say that rules are applied in order", "targeted", ["Each rule maps a file extension to a folder name."], ["pip install tidyfiles", "MIT"]),
    (C, "250 g red lentils", "change to 300 g", "targeted", ["250 g red lentils"], ["1 onion, chopped", "Soften the onion and carrots"]),
    (C, None, "double the recipe", "rewrite", ["250 g red lentils", "Serves four."], []),
    (C, None, "make the intro more inviting", "targeted", ["Serves four. Takes about forty minutes."], ["- 2 carrots, diced", "Add the garlic and cook for one minute."]),
    (C, None, "step 3 should say to stir now and then", "targeted", ["Add the lentils and stock and simmer for twenty minutes."], ["Soften the onion", "- 1 onion, chopped"]),
    (C, "juice of half a lemon", "use lime instead", "targeted", ["juice of half a lemon"], ["# Weeknight Lentil Soup", "Add the garlic and cook for one minute."]),
    (C, None, "convert every measurement to US cups", "rewrite", ["250 g red lentils", "1 litre vegetable stock"], []),
    (P, "are waiting, folded, in my shoe.", "find a better last line", "targeted", ["are waiting, folded, in my shoe."], ["The kettle hums before the birds,"]),
    (P, None, "change the title", "targeted", ["Morning"], ["The kettle hums before the birds,", "the window holds a paler blue,"]),
    (P, None, "rewrite it as a haiku", "rewrite", ["the window holds a paler blue,"], []),
    (PY, None, "add a docstring to human_size", "targeted", ["def human_size(size):"], ["def largest_files(folder, count=10):", 'if __name__ == "__main__":']),
    (PY, "sizes.sort(reverse=True)", "use heapq.nlargest instead", "targeted", ["sizes.sort(reverse=True)"], ["def human_size(size):", "def main():"]),
    (PY, None, "handle files that disappear while largest_files walks the folder", "targeted", ["sizes.append((os.path.getsize(path), path))"], ["def human_size(size):", "def main():"]),
    (PY, None, "add a --count option to main", "targeted", ['folder = sys.argv[1] if len(sys.argv) > 1 else "."'], ["def largest_files(folder, count=10):", 'for unit in ["B", "KB", "MB", "GB"]:']),
    (PY, None, "port this to javascript", "rewrite", ["import os", "def largest_files(folder, count=10):"], []),
    (PY, None, "rewrite it using pathlib throughout", "rewrite", ["os.path.join(root, name)"], []),
    (PY, None, "human_size should use 1000 not 1024", "targeted", ["if size < 1024:"], ["def largest_files(folder, count=10):", "def main():"]),
    (H, None, "fix the bug in find_user", "targeted", ['if user["name"] = name:'], ["def average(values):", "def read_config(path):"]),
    (H, "return total / len(values)", "handle an empty list", "targeted", ["return total / len(values)"], ["def find_user(users, name):", "def read_config(path):"]),
    (H, None, "close the file properly in read_config", "targeted", ["file = open(path)"], ["def average(values):", "def find_user(users, name):"]),
    (H, None, "add docstrings to every function", "rewrite", ["def average(values):\n    total = 0"], []),
    (H, None, "average should use the built-in sum", "targeted", ["for value in values:\n        total += value"], ["def find_user(users, name):", "def read_config(path):"]),
    (JS, None, "add a /version endpoint", "targeted", ["app.listen(port, () => {"], ["function formatDate(date) {", "const express = require(\"express\");"]),
    (JS, "const user = await db.findUser(req.params.id);", "return 404 if the user is missing", "targeted",
     ["const user = await db.findUser(req.params.id);"], ["function formatDate(date) {", 'app.get("/health", (req, res) => {']),
    (JS, None, "convert this to typescript", "rewrite", ['const express = require("express");'], []),
    (JS, None, "formatDate should include the time too", "targeted", ["return date.toISOString().slice(0, 10);"], ['app.get("/users/:id", async (req, res) => {', "app.listen(port, () => {"]),
    (JS, None, "the default port should be 8080", "targeted", ["const port = process.env.PORT || 3000;"], ["function formatDate(date) {", 'app.get("/health", (req, res) => {']),
    (TS, None, "fix applyDiscount, percent is 0-100", "targeted", ["return total - total * percent;"], ["export interface Item {", "export class Cart {"]),
    (TS, "return total - total * percent;", "round to two decimals", "targeted", ["return total - total * percent;"], ["export function subtotal(items: Item[]): number {"]),
    (TS, None, "add a remove method to Cart", "targeted", ["  total(): number {\n    return subtotal(this.items);\n  }"], ["export interface Item {", "export function applyDiscount"]),
    (TS, None, "port it to python", "rewrite", ["export interface Item {"], []),
    (TS, None, "Item should have an optional sku field", "targeted", ["  quantity: number;\n}"], ["export function subtotal", "export class Cart {"]),
    (M, None, "fix the typos", "targeted", ["harder then I expected", "Their were weeks"], ["# My First Marathon"]),
    (M, "It was the most proudest moment of my life.", "fix the grammar", "targeted", ["It was the most proudest moment of my life."], ["I never thought I would run a marathon.", "Training was harder"]),
    (M, None, "rewrite it for a running magazine", "rewrite", ["I never thought I would run a marathon."], []),
    (M, "I started to slow, kept a steady pace,", "this contradicts itself, fix it", "targeted", ["I started to slow, kept a steady pace,"], ["Two years ago I could barely run", "# My First Marathon"]),
    (M, None, "make it funnier all the way through", "rewrite", ["On race day the weather was perfect."], []),
    (M, None, "change the finishing time to four hours and five minutes", "targeted", ["four hours and twelve minutes"], ["Training was harder then I expected.", "I never thought I would run a marathon."]),
    (CV, None, "strengthen the second paragraph with a number", "targeted", ["I built a dashboard that the sales team uses every morning"], ["Dear Hiring Manager,", "Sincerely,"]),
    (CV, "I would love to bring these skills to Brightline", "sound more confident", "targeted", ["I would love to bring these skills to Brightline"], ["I am writing to apply", "In my current role"]),
    (CV, None, "tailor the whole letter for a job at a hospital", "rewrite", ["for a retail company"], []),
    (CV, None, "change the role to senior data analyst", "targeted", ["the position of data analyst at Brightline"], ["In my current role I built a dashboard", "Sincerely,"]),
    (CV, "Dear Hiring Manager,", "address it to Ms. Patel", "targeted", ["Dear Hiring Manager,"], ["I am writing to apply", "Lena Marsh"]),
]
