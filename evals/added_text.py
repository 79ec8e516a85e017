"""Text a right revision must bring in, for the edit cases whose request says it literally.

``edit.target_hit`` only asks that the ``changed`` span was modified, so a junk change there counts ("since
thursday" turned into a bulleted list for "capitalize thursday"). For the requests below the right answer
contains known text, so ``edit.added_text`` can say whether the change was the one asked for. Each string is
matched case-sensitively in the document after the proposal, and none is in the document before it
(scripts/make-cases checks). Requests with more than one right wording ("close the file properly": a
``with`` block or ``file.close()``) or none (tone, style) are left out.
"""

ADDED = {
    # held-out
    "edit-012": ["21st"],
    "edit-031": ["300 g"],
    "edit-035": ["lime"],
    "edit-036": ["cup"],
    "edit-043": ["--count"],
    "edit-047": ['user["name"] == name'],
    "edit-051": ["sum(values)"],
    "edit-053": ["404"],
    "edit-056": ["8080"],
    "edit-059": ["remove("],
    "edit-060": ["def subtotal(", "def total(self"],
    "edit-061": ["sku?"],
    "edit-070": ["hospital"],
    "edit-072": ["Dear Ms. Patel"],
    # dev
    "edit-004": ["allerg"],
    "edit-008": ["birds", "insects"],
    "edit-009": ["Thursday"],
    "edit-014": ["October"],
    "edit-026": ["pipx install"],
    "edit-028": ["Apache"],
    "edit-032": ["500 g"],
    "edit-041": ["heapq.nlargest"],
    "edit-045": ["pathlib"],
    "edit-046": ["1000"],
    "edit-050": ['"""'],
    "edit-052": ["/version"],
    "edit-062": ["harder than I expected", "There were weeks"],
    "edit-067": ["four hours and five minutes"],
    "edit-071": ["senior data analyst"],
    # fresh
    "fresh-edit-02": ["18:40"],
    "fresh-edit-07": ["19th"],
    "fresh-edit-08": ["Tuesday"],
    "fresh-edit-13": ["rye flour"],
    "fresh-edit-18": ["twelve"],
    "fresh-edit-23": ["MAX_RETRIES = 5"],
    "fresh-edit-25": ["ValueError"],
    "fresh-edit-26": ["timeout"],
    "fresh-edit-28": ["off("],
    "fresh-edit-29": ["50"],
    "fresh-edit-30": ["avatarUrl?"],
    "fresh-edit-31": ["includes("],
    "fresh-edit-32": ["@dataclass"],
    # blind
    "blind-edit-02": ["6th"],
    "blind-edit-04": ["3b"],
    "blind-edit-08": ["30"],
    "blind-edit-09": ["Spark"],
    "blind-edit-11": ["potatoes in April"],
    "blind-edit-13": ["chives"],
    "blind-edit-15": ["min(amounts)"],
    "blind-edit-17": ["round("],
    "blind-edit-18": ["pathlib", "def main"],
    "blind-edit-19": ["300"],
    "blind-edit-20": ["cancel"],
    "blind-edit-21": ["let done = false"],
    "blind-edit-22": ["export "],
    # second blind
    "blind2-edit-01": ["19th"],
    "blind2-edit-04": ["nuts"],
    "blind2-edit-08": ["five seconds"],
    "blind2-edit-11": ["VAT_RATE = 21"],
    "blind2-edit-12": ["sum("],
    "blind2-edit-13": ["quantity"],
    "blind2-edit-14": ["round("],
    "blind2-edit-15": ["amount: number"],
    "blind2-edit-16": ["5000"],
    "blind2-edit-17": ["throw"],
    "blind2-edit-18": ["MAX_ATTEMPTS = 20"],
    "blind2-edit-20": ["remove"],
    "blind2-edit-21": ["album?"],
    "blind2-edit-22": ["reduce("],
}
