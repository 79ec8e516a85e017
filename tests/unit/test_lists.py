"""A task the request ticks off, and an item it adds to a named list or beside another item, are set exactly, without
the model, in the form of the list."""

from __future__ import annotations

import pytest

from companion.behaviors.labels import labelled_value_set
from companion.behaviors.lists import (
    item_added,
    item_added_beside,
    item_of_kind_added,
    ticked,
)
from companion.behaviors.moves import moved
from companion.behaviors.removal import removed
from companion.behaviors.route import route
from companion.session import Session
from companion.workspace import Workspace
from tests.scripted import ScriptedEngine

TASKS = (
    "# This week\n\n"
    "- [ ] Book the dentist\n- [ ] Renew passport\n- [x] Pay the electricity bill\n\n"
    "## Later\n\n"
    "- Paint the shed\n- Sort the photos from Lisbon\n"
)
STEPS = "## Steps\n\n1. Soak the beans.\n2. Boil them.\n"


@pytest.mark.parametrize(("request_", "expected"), [
    ("tick off renew passport", TASKS.replace("[ ] Renew", "[x] Renew")),
    ("mark the dentist as done", TASKS.replace("[ ] Book", "[x] Book")),
    ("please check off Renew Passport.", TASKS.replace("[ ] Renew", "[x] Renew")),
    ("untick pay the electricity bill", TASKS.replace("[x] Pay", "[ ] Pay")),
    ("mark the electricity bill as not done", TASKS.replace("[x] Pay", "[ ] Pay")),
])
def test_the_one_task_named_is_ticked_or_unticked(request_, expected):
    assert ticked(TASKS, request_) == expected


@pytest.mark.parametrize(("request_", "expected"), [
    ("I've booked the dentist", TASKS.replace("[ ] Book", "[x] Book")),
    ("we renewed the passport today.", TASKS.replace("[ ] Renew", "[x] Renew")),
    ("the passport is renewed now", TASKS.replace("[ ] Renew", "[x] Renew")),
    ("the dentist is sorted", TASKS.replace("[ ] Book", "[x] Book")),
])
def test_a_statement_that_a_task_is_done_ticks_it_off(request_, expected):
    assert ticked(TASKS, request_) == expected


@pytest.mark.parametrize("request_", [
    "I need to book the dentist",  # not done yet
    "I've cancelled the dentist",  # done, but not what the task says
    "I've paid the electricity bill",  # ticked already
    "the dentist was friendly",
])
def test_a_statement_that_is_not_a_task_done_ticks_nothing(request_):
    assert ticked(TASKS, request_) is None


@pytest.mark.parametrize("request_", [
    "tick off pay the electricity bill",  # already ticked
    "tick off the shed",  # not a task: no checkbox
    "tick off the",  # no word to find it by
    "check the quantities",  # a request for comments
])
def test_no_task_is_ticked_where_none_is_named_or_it_is_already_so(request_):
    assert ticked(TASKS, request_) is None


@pytest.mark.parametrize(("text", "request_", "expected"), [
    (TASKS, "add buy milk to this week", TASKS.replace("electricity bill\n", "electricity bill\n- [ ] Buy milk\n")),
    (TASKS, "put fix the gate on the later list", TASKS + "- Fix the gate\n"),
    (STEPS, "add serve with rice to the steps", STEPS + "3. Serve with rice.\n"),
    (TASKS, "add a bullet about fixing the gate to later", TASKS + "- Fixing the gate\n"),
    (TASKS, "add an item for the gutters to later", TASKS + "- Gutters\n"),
])
def test_an_item_given_outright_goes_last_in_the_list_under_the_heading_named_in_its_form(text, request_, expected):
    assert item_added(text, request_) == expected


@pytest.mark.parametrize("request_", [
    "add a dinner plan to this week",  # describes what to write: the model's work
    "add buy milk to the list",  # two lists: which is not said
    "add buy milk to saturday",  # no such heading
])
def test_no_item_is_added_where_it_is_described_or_the_list_is_unknown(request_):
    assert item_added(TASKS, request_) is None


PROFILE = "# Priya Raman\n\n## Skills\n\nPython, Go, Kafka\n\n## Languages\n\nEnglish, French and Welsh.\n\n## Hobbies\n\nI like chess, tea and long walks.\n"


@pytest.mark.parametrize(("request_", "old", "new"), [
    ("add Rust to the skills", "Python, Go, Kafka\n", "Python, Go, Kafka, Rust\n"),
    ("add Spanish to languages", "English, French and Welsh.", "English, French, Welsh and Spanish."),
    ("add Spanish and Italian to the languages", "English, French and Welsh.", "English, French, Welsh, Spanish and Italian."),
])
def test_a_name_given_outright_goes_last_in_a_list_written_on_one_line_with_its_separators(request_, old, new):
    assert item_added(PROFILE, request_) == PROFILE.replace(old, new)


@pytest.mark.parametrize("request_", [
    "add chess to the about section",  # a sentence, not a list
    "add a database to the skills",  # described, not given
])
def test_no_name_is_added_to_a_sentence_or_where_it_is_described(request_):
    assert item_added(PROFILE, request_) is None


@pytest.mark.parametrize(("text", "request_"), [(TASKS, "add renew passport to this week"), (PROFILE, "add Go to the skills")])
def test_an_item_the_list_has_already_leaves_the_text_as_it_is_without_asking_the_model(text, request_):
    assert item_added(text, request_) == text


AGENDA = (
    "# Offsite\n\nDate: Thursday 12 March\nPlace: The Old Mill, Room 2\n\n"
    "## Morning\n\n- 09:30 Coffee and welcome\n- 11:00 Roadmap for next quarter (Tom)\n\n"
    "## Afternoon\n\n- 13:00 Lunch\n- 14:00 Review of last quarter\n- 16:00 Wrap-up\n"
)


@pytest.mark.parametrize(("request_", "after", "new"), [
    ("add a 15:30 coffee break to the afternoon", "- 14:00 Review of last quarter\n", "- 15:30 Coffee break\n"),
    ("add 8:45 registration to the morning", "## Morning\n\n", "- 08:45 Registration\n"),
    ("add a 5pm drinks to the afternoon", "- 16:00 Wrap-up\n", "- 5pm Drinks\n"),
])
def test_an_item_added_to_a_timetable_goes_in_its_place_in_time(request_, after, new):
    assert item_added(AGENDA, request_) == AGENDA.replace(after, after + new)


def test_an_item_named_by_some_of_its_words_and_the_word_item_is_removed_where_only_it_has_them():
    assert removed(AGENDA, "remove the roadmap item") == AGENDA.replace("- 11:00 Roadmap for next quarter (Tom)\n", "")
    assert removed(AGENDA, "remove the lunch item") == AGENDA.replace("- 13:00 Lunch\n", "")
    assert removed(AGENDA, "remove the quarter item") is None  # two items speak of a quarter


@pytest.mark.parametrize(("request_", "old", "new"), [
    ("change the place to the Library, Room 4", "The Old Mill, Room 2", "The Library, Room 4"),
    ("the date is now friday 13 March", "Thursday 12 March", "Friday 13 March"),
    ("set the date to 2027-03-12", "Thursday 12 March", "2027-03-12"),
])
def test_a_labelled_value_is_replaced_whole_by_the_value_given(request_, old, new):
    assert labelled_value_set(AGENDA, request_) == AGENDA.replace(old, new)


@pytest.mark.parametrize("request_", [
    "the date should be later",  # says how to change it: the model's work
    "change the time to 10:00",  # no line is labelled so
    "change the place to The Old Mill, Room 2",  # says so already
    "make the tone warmer",
])
def test_no_labelled_value_is_set_where_none_is_given_or_no_line_has_the_label(request_):
    assert labelled_value_set(AGENDA, request_) is None


POEM = "# November\n\nThe light goes early now, and thin,\nand leaves are gathering in the hall.\n"


@pytest.mark.parametrize(("request_", "new"), [
    ("the title should be Leaves", "Leaves"),
    ('change the title to "Leaves in the Hall"', "Leaves in the Hall"),
    ("rename the title to Leaves", "Leaves"),
])
def test_without_a_title_line_the_one_top_level_heading_is_the_title(request_, new):
    assert labelled_value_set(POEM, request_) == POEM.replace("November", new)


@pytest.mark.parametrize("text", [
    "# A\n\ntext\n\n# B\n",  # two top-level headings: which one is not said
    "Intro\n\n```bash\n# install it\npip install x\n```\n",  # a comment in code is no heading
])
def test_no_title_is_set_where_there_is_not_one_top_level_heading(text):
    assert labelled_value_set(text, "the title should be Setup") is None


CONFIG = "server:\n  host: 0.0.0.0\n  port: 8000  # http\n\ndatabase:\n  url: \"postgres://localhost/shop\"\n  pool_size: 5\n"


@pytest.mark.parametrize(("request_", "old", "new"), [
    ("the port should be 9000", "port: 8000", "port: 9000"),
    ("set the pool size to 10", "pool_size: 5", "pool_size: 10"),
    ("change the url to postgres://db/shop", '"postgres://localhost/shop"', '"postgres://db/shop"'),
    ("bump the pool size to 8", "pool_size: 5", "pool_size: 8"),
    ("raise the port to 8080", "port: 8000", "port: 8080"),
])
def test_in_a_config_file_a_setting_named_by_its_words_gets_the_value_and_keeps_its_comment_and_quotes(request_, old, new):
    assert labelled_value_set(CONFIG, request_, config=True) == CONFIG.replace(old, new)
    assert labelled_value_set("PORT=8000\n[server]\nworkers = 2\n", "set workers to 4", config=True) == "PORT=8000\n[server]\nworkers = 4\n"


@pytest.mark.parametrize(("text", "request_", "old", "new"), [
    ('[server]\nlevel = 2\n\n[logging]\nlevel = "info"\n', "set the log level to debug", '"info"', '"debug"'),
    ("server:\n  url: http://a\ndatabase:\n  url: sqlite:///app.db\n", "change the database url to postgres://db/app",
     "sqlite:///app.db", "postgres://db/app"),
])
def test_in_a_config_file_a_setting_may_be_named_with_its_sections_words_first(text, request_, old, new):
    assert labelled_value_set(text, request_, config=True) == text.replace(old, new)


def test_a_scaling_verb_sets_a_value_only_when_it_gives_a_number():
    section = "# Talk\n\n## Intro\n\nWelcome, everyone.\n"
    assert labelled_value_set(section, "reduce the intro to two sentences") is None
    assert labelled_value_set('version = "0.3.1"\n', "bump the version to 0.4.0", config=True) == 'version = "0.4.0"\n'


def test_a_section_whose_body_is_one_short_line_holds_its_headings_value():
    readme = "# tool\n\nSorts photos.\n\n## Licence\n\nMIT\n"
    assert labelled_value_set(readme, "the licence is Apache-2.0 now") == readme.replace("MIT", "Apache-2.0")
    assert labelled_value_set(readme.replace("MIT", "MIT, see the LICENSE file for the full text of it"),
                              "the licence is Apache-2.0 now") is None  # more than a value


EMAIL = "Hi Tom,\n\nCould you send it by Wednesday?\n\nBest,\nHannah\n"


@pytest.mark.parametrize(("request_", "closing"), [
    ("sign off with Kind regards instead", "Kind regards,"),
    ("change the sign-off to Warm wishes", "Warm wishes,"),
    ('sign off with "Thanks!"', "Thanks!"),
])
def test_the_line_that_closes_a_letter_is_its_sign_off(request_, closing):
    assert labelled_value_set(EMAIL, request_) == EMAIL.replace("Best,", closing)


def test_an_item_moved_under_another_heading_takes_that_lists_form():
    assert moved(TASKS, "move paint the shed to this week") == TASKS.replace(
        "electricity bill\n", "electricity bill\n- [ ] Paint the shed\n").replace("- Paint the shed\n", "")


def test_such_requests_are_routed_as_edits_and_made_without_the_model(repo):
    (repo / "todo.md").write_text(TASKS)
    commenting = ScriptedEngine(lambda prompt: pytest.fail("the model was asked"), choice=lambda prompt, choices: choices[-1])
    assert route(commenting, "mark the dentist as done", "todo.md", False, document=TASKS) == "edit"
    proposal = Session(commenting, Workspace(repo), None).propose_edit("todo.md", "add buy milk to this week")
    assert proposal.result() == item_added(TASKS, "add buy milk to this week")


MEETING = "# Team meeting\n\n1. Welcome\n2. Hiring update (Ben)\n3. Office move\n4. Any other business\n\nNotes on Friday.\n"


@pytest.mark.parametrize(("request_", "expected"), [
    ("add summer party before any other business",
     MEETING.replace("4. Any other business", "4. Summer party\n5. Any other business")),
    ("add an item for the budget after the hiring update",
     MEETING.replace("3. Office move\n4. Any other business", "3. Budget\n4. Office move\n5. Any other business")),
    ("put coffee break above welcome",
     MEETING.replace("1. Welcome\n2. Hiring update (Ben)\n3. Office move\n4. Any",
                    "1. Coffee break\n2. Welcome\n3. Hiring update (Ben)\n4. Office move\n5. Any")),
    ("add charge the phone after book the dentist",
     TASKS.replace("- [ ] Book the dentist\n", "- [ ] Book the dentist\n- [ ] Charge the phone\n")),
])
def test_an_item_added_beside_another_takes_its_place_and_its_lists_form(request_, expected):
    assert item_added_beside(MEETING if "Team" in expected else TASKS, request_) == expected


def test_an_item_added_after_one_with_lines_under_it_goes_after_them_all():
    packing = "- Pack\n  - socks\n  - boots\n- Book train\n"
    assert item_added_beside(packing, "add charge phone after pack") == packing.replace("- Book", "- Charge phone\n- Book")


@pytest.mark.parametrize("request_", [
    "add a short summary before the office move",  # describes the item: the model's work
    "add summer party before the raffle",  # no such item
    "add office move after welcome",  # there already
    "add a comma after the greeting",
])
def test_no_item_is_added_beside_an_item_the_request_does_not_name(request_):
    assert item_added_beside(MEETING, request_) is None


NEWSLETTER = ("# Spring newsletter\n\n## Open day\n\nSaturday 14 June.\n\n## Reminders\n\n- Keep paths clear.\n"
              "- Lock the gate behind you.\n\nSee you on the plots\n")
RECIPE = "# Pancakes\n\n## Steps\n\n1. Whisk the eggs\n2. Fry in butter\n"


@pytest.mark.parametrize(("text", "request_", "item"), [
    (NEWSLETTER, "add a reminder to close the water taps", "- Close the water taps.\n"),  # a full stop like the rest
    (NEWSLETTER, "add another reminder that dogs stay on leads", "- Dogs stay on leads.\n"),
    (RECIPE, "add a step: rest the batter", "3. Rest the batter\n"),  # numbered, no full stops
])
def test_an_item_worded_after_its_kind_goes_last_in_the_list_of_the_section_named_for_that_kind(text, request_, item):
    changed = item_of_kind_added(text, request_)
    assert [line + "\n" for line in changed.splitlines() if line not in text.splitlines()] == [item]
    assert changed.replace(item, "", 1) == text


@pytest.mark.parametrize(("text", "request_"), [
    (NEWSLETTER, "add a reminder about the water"),  # described, not given
    (NEWSLETTER, "add a note to the open day"),  # no section of notes
    (NEWSLETTER, "add a reminder to the list"),  # a place, not an item
    (RECIPE, "add an ingredient: two eggs"),  # no list of ingredients
])
def test_no_item_is_added_where_no_section_is_named_for_its_kind_or_it_is_not_given(text, request_):
    assert item_of_kind_added(text, request_) is None
