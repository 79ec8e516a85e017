"""Code documents with edits written by hand: the kinds of code request the adapter failed most often.

Held-out, dev and fresh code requests asked for a method added to a class, an optional field, a default
changed, a built-in used, a missing file or a failed request handled, an option added, and ports to another
language; the adapter copied the code, renamed the wrong thing or wrote prose. The seven code documents it
was trained on had few such edits (rules made renames, docstrings, log lines). These documents are new,
none of them an eval document; with the rules ``change_setting`` and ``add_field`` they make the data set of
``scripts/synth --more-code``, which was measured and not shipped (models/companion-270m-rounds.md says why).
Every revision here is a program that parses (``tests/unit/test_training_data.py``).

Same shapes as training.written: ``selected``, ``sections`` (the paragraph is one whole top-level
definition), ``rewrites``.
"""

from __future__ import annotations

from training.written import Written

ACCOUNTS_PY = '''from dataclasses import dataclass

MINIMUM_BALANCE = 0


@dataclass
class Account:
    owner: str
    balance: float


def deposit(account, amount):
    account.balance += amount
    return account.balance


def withdraw(account, amount):
    if account.balance - amount < MINIMUM_BALANCE:
        raise ValueError("insufficient funds")
    account.balance -= amount
    return account.balance


def total_balance(accounts):
    total = 0
    for account in accounts:
        total += account.balance
    return total
'''

LIBRARY_TS = '''export interface Book {
  title: string;
  author: string;
  year: number;
}

const LOAN_DAYS = 14;

export class Library {
  private books: Book[] = [];

  add(book: Book): void {
    this.books.push(book);
  }

  byAuthor(author: string): Book[] {
    return this.books.filter((book) => book.author === author);
  }
}

export function dueDate(borrowed: Date): Date {
  const due = new Date(borrowed);
  due.setDate(due.getDate() + LOAN_DAYS);
  return due;
}
'''

WEATHER_JS = '''const API_URL = "https://api.example.com/weather";
const TIMEOUT_MS = 5000;

async function fetchWeather(city) {
  const response = await fetch(`${API_URL}?city=${encodeURIComponent(city)}`, {
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
  return response.json();
}

function describe(report) {
  return `${report.city}: ${report.temperature}°C, ${report.summary}`;
}

module.exports = { fetchWeather, describe };
'''

WORDCOUNT_PY = '''import argparse
from collections import Counter


def count_words(text):
    counts = Counter()
    for word in text.split():
        counts[word.lower()] += 1
    return counts


def main():
    parser = argparse.ArgumentParser(description="Count the words in a file.")
    parser.add_argument("path")
    args = parser.parse_args()
    with open(args.path) as handle:
        counts = count_words(handle.read())
    for word, count in counts.most_common(10):
        print(f"{count:6} {word}")


if __name__ == "__main__":
    main()
'''

TASKS_TS = '''export interface Task {
  id: number;
  title: string;
  done: boolean;
}

let nextId = 1;

export function createTask(title: string): Task {
  return { id: nextId++, title, done: false };
}

export function complete(task: Task): Task {
  return { ...task, done: true };
}

export function remaining(tasks: Task[]): number {
  let count = 0;
  for (const task of tasks) {
    if (!task.done) {
      count += 1;
    }
  }
  return count;
}
'''

SCORES_PY = '''def highest(scores):
    best = scores[0]
    for score in scores:
        if score > best:
            best = score
    return best


def passed(scores, pass_mark=50):
    return [score for score in scores if score >= pass_mark]


def grade(score):
    if score >= 90:
        return "A"
    if score >= 75:
        return "B"
    if score >= 50:
        return "C"
    return "F"
'''

WRITTEN_CODE: dict[str, Written] = {
    "accounts.py": Written(
        ACCOUNTS_PY,
        selected=[
            ('        raise ValueError("insufficient funds")', "say how much is missing",
             '        raise ValueError(f"insufficient funds: {amount - account.balance + MINIMUM_BALANCE} short")'),
            ("MINIMUM_BALANCE = 0", "allow an overdraft of 100", "MINIMUM_BALANCE = -100"),
        ],
        sections=[
            ("total_balance should use the built-in sum",
             "def total_balance(accounts):\n    total = 0\n    for account in accounts:\n        total += account.balance\n    return total",
             "def total_balance(accounts):\n    return sum(account.balance for account in accounts)"),
            ("deposit should refuse a negative amount",
             "def deposit(account, amount):\n    account.balance += amount\n    return account.balance",
             "def deposit(account, amount):\n    if amount < 0:\n        raise ValueError(\"cannot deposit a negative amount\")\n"
             "    account.balance += amount\n    return account.balance"),
            ("add a method to Account that says whether it is overdrawn",
             "@dataclass\nclass Account:\n    owner: str\n    balance: float",
             "@dataclass\nclass Account:\n    owner: str\n    balance: float\n\n    def is_overdrawn(self):\n        return self.balance < 0"),
        ],
        rewrites=[
            ("port it to typescript",
             "const MINIMUM_BALANCE = 0;\n\nexport interface Account {\n  owner: string;\n  balance: number;\n}\n\n"
             "export function deposit(account: Account, amount: number): number {\n  account.balance += amount;\n  return account.balance;\n}\n\n"
             "export function withdraw(account: Account, amount: number): number {\n  if (account.balance - amount < MINIMUM_BALANCE) {\n"
             "    throw new Error(\"insufficient funds\");\n  }\n  account.balance -= amount;\n  return account.balance;\n}\n\n"
             "export function totalBalance(accounts: Account[]): number {\n  let total = 0;\n  for (const account of accounts) {\n"
             "    total += account.balance;\n  }\n  return total;\n}\n"),
        ],
    ),
    "library.ts": Written(
        LIBRARY_TS,
        selected=[
            ("const LOAN_DAYS = 14;", "loans should last three weeks", "const LOAN_DAYS = 21;"),
            ("    return this.books.filter((book) => book.author === author);", "ignore case",
             "    return this.books.filter((book) => book.author.toLowerCase() === author.toLowerCase());"),
        ],
        sections=[
            ("add a method to Library that removes a book by its title",
             "export class Library {\n  private books: Book[] = [];\n\n  add(book: Book): void {\n    this.books.push(book);\n  }\n\n"
             "  byAuthor(author: string): Book[] {\n    return this.books.filter((book) => book.author === author);\n  }\n}",
             "export class Library {\n  private books: Book[] = [];\n\n  add(book: Book): void {\n    this.books.push(book);\n  }\n\n"
             "  removeByTitle(title: string): void {\n    this.books = this.books.filter((book) => book.title !== title);\n  }\n\n"
             "  byAuthor(author: string): Book[] {\n    return this.books.filter((book) => book.author === author);\n  }\n}"),
            ("Library needs a count getter",
             "export class Library {\n  private books: Book[] = [];\n\n  add(book: Book): void {\n    this.books.push(book);\n  }\n\n"
             "  byAuthor(author: string): Book[] {\n    return this.books.filter((book) => book.author === author);\n  }\n}",
             "export class Library {\n  private books: Book[] = [];\n\n  add(book: Book): void {\n    this.books.push(book);\n  }\n\n"
             "  byAuthor(author: string): Book[] {\n    return this.books.filter((book) => book.author === author);\n  }\n\n"
             "  get count(): number {\n    return this.books.length;\n  }\n}"),
            ("a Book can have an ISBN too, but not always",
             "export interface Book {\n  title: string;\n  author: string;\n  year: number;\n}",
             "export interface Book {\n  title: string;\n  author: string;\n  year: number;\n  isbn?: string;\n}"),
        ],
        rewrites=[
            ("translate the library to python",
             "from dataclasses import dataclass, field\nfrom datetime import date, timedelta\n\nLOAN_DAYS = 14\n\n\n"
             "@dataclass\nclass Book:\n    title: str\n    author: str\n    year: int\n\n\n"
             "@dataclass\nclass Library:\n    books: list[Book] = field(default_factory=list)\n\n"
             "    def add(self, book: Book) -> None:\n        self.books.append(book)\n\n"
             "    def by_author(self, author: str) -> list[Book]:\n        return [book for book in self.books if book.author == author]\n\n\n"
             "def due_date(borrowed: date) -> date:\n    return borrowed + timedelta(days=LOAN_DAYS)\n"),
        ],
    ),
    "weather.js": Written(
        WEATHER_JS,
        selected=[
            ("const TIMEOUT_MS = 5000;", "give it ten seconds", "const TIMEOUT_MS = 10000;"),
        ],
        sections=[
            ("throw an error when the response is not ok",
             "async function fetchWeather(city) {\n  const response = await fetch(`${API_URL}?city=${encodeURIComponent(city)}`, {\n"
             "    signal: AbortSignal.timeout(TIMEOUT_MS),\n  });\n  return response.json();\n}",
             "async function fetchWeather(city) {\n  const response = await fetch(`${API_URL}?city=${encodeURIComponent(city)}`, {\n"
             "    signal: AbortSignal.timeout(TIMEOUT_MS),\n  });\n  if (!response.ok) {\n"
             "    throw new Error(`weather for ${city}: HTTP ${response.status}`);\n  }\n  return response.json();\n}"),
            ("describe should round the temperature",
             "function describe(report) {\n  return `${report.city}: ${report.temperature}°C, ${report.summary}`;\n}",
             "function describe(report) {\n  return `${report.city}: ${Math.round(report.temperature)}°C, ${report.summary}`;\n}"),
        ],
        rewrites=[
            ("convert it to typescript",
             "const API_URL = \"https://api.example.com/weather\";\nconst TIMEOUT_MS = 5000;\n\n"
             "export interface Report {\n  city: string;\n  temperature: number;\n  summary: string;\n}\n\n"
             "export async function fetchWeather(city: string): Promise<Report> {\n"
             "  const response = await fetch(`${API_URL}?city=${encodeURIComponent(city)}`, {\n"
             "    signal: AbortSignal.timeout(TIMEOUT_MS),\n  });\n  return response.json();\n}\n\n"
             "export function describe(report: Report): string {\n  return `${report.city}: ${report.temperature}°C, ${report.summary}`;\n}\n"),
        ],
    ),
    "wordcount.py": Written(
        WORDCOUNT_PY,
        selected=[
            ('        print(f"{count:6} {word}")', "put the word first", '        print(f"{word}: {count}")'),
        ],
        sections=[
            ("add a --top option to main for how many words to show",
             "def main():\n    parser = argparse.ArgumentParser(description=\"Count the words in a file.\")\n"
             "    parser.add_argument(\"path\")\n    args = parser.parse_args()\n    with open(args.path) as handle:\n"
             "        counts = count_words(handle.read())\n    for word, count in counts.most_common(10):\n"
             "        print(f\"{count:6} {word}\")",
             "def main():\n    parser = argparse.ArgumentParser(description=\"Count the words in a file.\")\n"
             "    parser.add_argument(\"path\")\n    parser.add_argument(\"--top\", type=int, default=10, help=\"how many words to show\")\n"
             "    args = parser.parse_args()\n    with open(args.path) as handle:\n"
             "        counts = count_words(handle.read())\n    for word, count in counts.most_common(args.top):\n"
             "        print(f\"{count:6} {word}\")"),
            ("main should say so when the file does not exist",
             "def main():\n    parser = argparse.ArgumentParser(description=\"Count the words in a file.\")\n"
             "    parser.add_argument(\"path\")\n    args = parser.parse_args()\n    with open(args.path) as handle:\n"
             "        counts = count_words(handle.read())\n    for word, count in counts.most_common(10):\n"
             "        print(f\"{count:6} {word}\")",
             "def main():\n    parser = argparse.ArgumentParser(description=\"Count the words in a file.\")\n"
             "    parser.add_argument(\"path\")\n    args = parser.parse_args()\n    try:\n        with open(args.path) as handle:\n"
             "            counts = count_words(handle.read())\n    except FileNotFoundError:\n"
             "        raise SystemExit(f\"no such file: {args.path}\")\n    for word, count in counts.most_common(10):\n"
             "        print(f\"{count:6} {word}\")"),
            ("count_words should ignore punctuation",
             "def count_words(text):\n    counts = Counter()\n    for word in text.split():\n        counts[word.lower()] += 1\n    return counts",
             "def count_words(text):\n    counts = Counter()\n    for word in text.split():\n        word = word.strip(\".,;:!?\\\"'()\").lower()\n"
             "        if word:\n            counts[word] += 1\n    return counts"),
        ],
    ),
    "tasks.ts": Written(
        TASKS_TS,
        selected=[
            ("  return { id: nextId++, title, done: false };", "trim the title",
             "  return { id: nextId++, title: title.trim(), done: false };"),
        ],
        sections=[
            ("remaining should use filter",
             "export function remaining(tasks: Task[]): number {\n  let count = 0;\n  for (const task of tasks) {\n    if (!task.done) {\n"
             "      count += 1;\n    }\n  }\n  return count;\n}",
             "export function remaining(tasks: Task[]): number {\n  return tasks.filter((task) => !task.done).length;\n}"),
            ("a task may have a due date",
             "export interface Task {\n  id: number;\n  title: string;\n  done: boolean;\n}",
             "export interface Task {\n  id: number;\n  title: string;\n  done: boolean;\n  due?: Date;\n}"),
            ("createTask should reject an empty title",
             "export function createTask(title: string): Task {\n  return { id: nextId++, title, done: false };\n}",
             "export function createTask(title: string): Task {\n  if (!title.trim()) {\n    throw new Error(\"a task needs a title\");\n  }\n"
             "  return { id: nextId++, title, done: false };\n}"),
        ],
        rewrites=[
            ("convert this to plain javascript",
             "let nextId = 1;\n\nfunction createTask(title) {\n  return { id: nextId++, title, done: false };\n}\n\n"
             "function complete(task) {\n  return { ...task, done: true };\n}\n\n"
             "function remaining(tasks) {\n  let count = 0;\n  for (const task of tasks) {\n    if (!task.done) {\n      count += 1;\n    }\n  }\n"
             "  return count;\n}\n\nmodule.exports = { createTask, complete, remaining };\n"),
        ],
    ),
    "scores.py": Written(
        SCORES_PY,
        selected=[
            ('    return "F"', "fail should be an E", '    return "E"'),
        ],
        sections=[
            ("highest should just use max",
             "def highest(scores):\n    best = scores[0]\n    for score in scores:\n        if score > best:\n            best = score\n    return best",
             "def highest(scores):\n    return max(scores)"),
            ("highest should return None for no scores",
             "def highest(scores):\n    best = scores[0]\n    for score in scores:\n        if score > best:\n            best = score\n    return best",
             "def highest(scores):\n    if not scores:\n        return None\n    best = scores[0]\n    for score in scores:\n"
             "        if score > best:\n            best = score\n    return best"),
        ],
        rewrites=[
            ("add type hints everywhere",
             "def highest(scores: list[float]) -> float:\n    best = scores[0]\n    for score in scores:\n        if score > best:\n"
             "            best = score\n    return best\n\n\n"
             "def passed(scores: list[float], pass_mark: float = 50) -> list[float]:\n"
             "    return [score for score in scores if score >= pass_mark]\n\n\n"
             "def grade(score: float) -> str:\n    if score >= 90:\n        return \"A\"\n    if score >= 75:\n        return \"B\"\n"
             "    if score >= 50:\n        return \"C\"\n    return \"F\"\n"),
            ("port it to javascript",
             "function highest(scores) {\n  let best = scores[0];\n  for (const score of scores) {\n    if (score > best) {\n"
             "      best = score;\n    }\n  }\n  return best;\n}\n\n"
             "function passed(scores, passMark = 50) {\n  return scores.filter((score) => score >= passMark);\n}\n\n"
             "function grade(score) {\n  if (score >= 90) {\n    return \"A\";\n  }\n  if (score >= 75) {\n    return \"B\";\n  }\n"
             "  if (score >= 50) {\n    return \"C\";\n  }\n  return \"F\";\n}\n"),
        ],
    ),
}
