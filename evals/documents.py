"""The documents eval cases are built on: varied kinds, lengths and voices, some with planted flaws."""

ESSAY = """# Why Cities Should Plant More Trees

Cities are getting hotter every summer. Asphalt and concrete soak up heat during the day and release it at night, so neighbourhoods without shade can be several degrees warmer than nearby parks.

## The case for trees

A mature tree can cool the air around it through shade and evaporation. Trees also absorb rainwater, which reduces flooding, and they make streets more pleasant to walk along.

## The objections

Critics say trees are expensive to plant and maintain. Roots can crack pavements, and fallen leaves clog drains every autumn.

## Conclusion

The benefits outweigh the costs. Every city should set a target for canopy cover and fund it properly.
"""

NOTES = """Standup notes, Monday

Maria: finished the login page, starting on password reset today.
Tom: blocked on the API keys, waiting for ops to reply since thursday.
Priya: reviewing the onboarding copy; thinks the second screen is confusing.

Decisions: we ship the beta on the 14th. Tom to escalate the keys issue if there is no answer by noon.
"""

LETTER = """Dear Ms. Okafor,

Thank you for meeting with me last week to discuss the apprenticeship program. I really enjoyed hearing about the workshop and the projects your team is building.

I have attached my portfolio, which includes the furniture I made during my evening course. I would be grateful for any feedback you might have.

I am available to start in September and could visit the workshop again at any time that suits you.

Kind regards,
Daniel Reyes
"""

STORY = """# The Lighthouse Keeper

Every evening at dusk, Ada climbed the hundred and twelve steps of the lighthouse. She counted them out loud, the way her father had taught her, and at the top she lit the lamp.

One night in November the lamp would not light. The wick was dry and the oil can was empty. Far out at sea, she could see the lights of a fishing boat heading straight for the rocks.

Ada ran down the steps two at a time. In the shed behind the cottage she found an old storm lantern and a tin of paraffin. She climbed back up, breathless, and hung the lantern in the window.

The boat turned. In the morning the fishermen came to thank her, and one of them brought a new can of oil.
"""

README = """# tidyfiles

tidyfiles sorts the files in a folder into subfolders by type: images, documents, archives and so on.

## Installation

```sh
pip install tidyfiles
```

## Usage

```sh
tidyfiles ~/Downloads
```

Add `--dry-run` to see what would move without moving anything.

## Configuration

Rules live in `~/.config/tidyfiles/rules.toml`. Each rule maps a file extension to a folder name.

## License

MIT
"""

RECIPE = """# Weeknight Lentil Soup

Serves four. Takes about forty minutes.

## Ingredients

- 1 onion, chopped
- 2 carrots, diced
- 2 cloves of garlic
- 250 g red lentils
- 1 litre vegetable stock
- juice of half a lemon

## Method

1. Soften the onion and carrots in olive oil for ten minutes.
2. Add the garlic and cook for one minute.
3. Add the lentils and stock and simmer for twenty minutes.
4. Blend half of the soup, stir in the lemon juice and season.
"""

POEM = """Morning

The kettle hums before the birds,
the window holds a paler blue,
and all the things I meant to say
are waiting, folded, in my shoe.
"""

PYTHON_APP = '''"""Command-line tool that reports the largest files in a folder."""

import os
import sys


def largest_files(folder, count=10):
    sizes = []
    for root, _dirs, files in os.walk(folder):
        for name in files:
            path = os.path.join(root, name)
            sizes.append((os.path.getsize(path), path))
    sizes.sort(reverse=True)
    return sizes[:count]


def human_size(size):
    for unit in ["B", "KB", "MB", "GB"]:
        if size < 1024:
            return f"{size:.1f} {unit}"
        size /= 1024
    return f"{size:.1f} TB"


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else "."
    for size, path in largest_files(folder):
        print(human_size(size), path)


if __name__ == "__main__":
    main()
'''

PYTHON_BUGGY = '''def average(values):
    total = 0
    for value in values:
        total += value
    return total / len(values)


def find_user(users, name):
    for user in users:
        if user["name"] = name:
            return user
    return None


def read_config(path):
    file = open(path)
    data = file.read()
    return data.split("\\n")
'''

JS_SERVER = """const express = require("express");

const app = express();
const port = process.env.PORT || 3000;

function formatDate(date) {
  return date.toISOString().slice(0, 10);
}

app.get("/health", (req, res) => {
  res.json({ status: "ok", date: formatDate(new Date()) });
});

app.get("/users/:id", async (req, res) => {
  const user = await db.findUser(req.params.id);
  res.json(user);
});

app.listen(port, () => {
  console.log(`listening on ${port}`);
});
"""

TS_CART = """export interface Item {
  name: string;
  price: number;
  quantity: number;
}

export function subtotal(items: Item[]): number {
  return items.reduce((sum, item) => sum + item.price * item.quantity, 0);
}

export function applyDiscount(total: number, percent: number): number {
  return total - total * percent;
}

export class Cart {
  private items: Item[] = [];

  add(item: Item): void {
    this.items.push(item);
  }

  total(): number {
    return subtotal(this.items);
  }
}
"""

BLOG_TYPOS = """# My First Marathon

I never thought I would run a marathon. Two years ago I could barely run to the bus stop, and now I have a medal hanging above my desk.

Training was harder then I expected. Their were weeks when my knees hurt so much that I could only walk, and I almost gave up twice.

On race day the weather was perfect. I started to slow, kept a steady pace, and crossed the line in four hours and twelve minutes. It was the most proudest moment of my life.
"""

COVER_LETTER = """Dear Hiring Manager,

I am writing to apply for the position of data analyst at Brightline. I have three years of experience cleaning, analysing and presenting data for a retail company.

In my current role I built a dashboard that the sales team uses every morning, and I automated a weekly report that used to take two days to prepare.

I would love to bring these skills to Brightline and would welcome the chance to talk.

Sincerely,
Lena Marsh
"""

DOCUMENTS = {
    "essay.md": ESSAY,
    "standup.txt": NOTES,
    "letter.txt": LETTER,
    "lighthouse.md": STORY,
    "README.md": README,
    "lentil-soup.md": RECIPE,
    "morning.txt": POEM,
    "largest.py": PYTHON_APP,
    "helpers.py": PYTHON_BUGGY,
    "server.js": JS_SERVER,
    "cart.ts": TS_CART,
    "marathon.md": BLOG_TYPOS,
    "cover-letter.txt": COVER_LETTER,
}
