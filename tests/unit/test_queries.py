"""What an SQL file does is read from its statements' clauses, each under the comment above it."""

from pathlib import Path

from companion.behaviors.answer import answer
from companion.behaviors.queries import sql_outline
from companion.documents import Document
from tests.scripted import ScriptedEngine

REPORT = """\
-- Monthly revenue by plan
SELECT plan, SUM(amount) AS revenue
FROM payments
WHERE paid_at >= '2026-01-01'
GROUP BY plan
ORDER BY revenue DESC;

UPDATE accounts SET closed = true WHERE last_seen < '2025-01-01';
DELETE FROM sessions;
INSERT INTO plans (name, price) VALUES ('Team;Plus', 29);
CREATE TABLE loans (
  id INTEGER PRIMARY KEY,
  due_on DATE,
  FOREIGN KEY (id) REFERENCES books(id)
);
"""


def test_each_statement_is_said_in_its_own_clauses_and_a_semicolon_in_quotes_ends_none():
    assert sql_outline(REPORT) == [
        ("- Monthly revenue by plan: selects `plan, SUM(amount) AS revenue`, from `payments`, where "
         "`paid_at >= '2026-01-01'`, grouped by `plan`, ordered by `revenue DESC`"),
        "- Updates `accounts`: sets `closed = true` where `last_seen < '2025-01-01'`",
        "- Deletes from `sessions` every row",
        "- Inserts rows into `plans` (`name, price`)",
        "- Creates the table `loans` with columns `id`, `due_on`",
    ]


def test_asked_what_a_query_does_the_looping_model_gives_way_to_the_outline():
    looping = ScriptedEngine(lambda prompt: "It returns the revenue. " * 40)
    reply = answer(looping, "what does this query do?", Document.from_text(Path("report.sql"), REPORT),
                   display_path="report.sql")
    assert reply.startswith("report.sql, read from its code:\n- Monthly revenue by plan: selects")
