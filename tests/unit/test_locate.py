"""Which sections a targeted edit may change, when the request itself says where: no model is asked."""

from pathlib import Path

from companion.behaviors.locate import locate, named_sections, placed_sections, worded_sections
from companion.documents import Document

LETTER = (
    "Dear Ms. Lee,\n\n"
    "Thank you for the interview on Monday. I enjoyed meeting the team.\n\n"
    "I have attached the samples you asked for. They include two reports.\n\n"
    "I could start in May.\n\n"
    "Best wishes,\nSam Ortiz\n"
)
ESSAY = (
    "# Why We Walk\n\n"
    "Walking is the oldest way to travel. It costs nothing.\n\n"
    "## Health\n\n"
    "A daily walk lowers blood pressure.\n\n"
    "## Conclusion\n\n"
    "Walk more, and walk together.\n"
)
POEM = "Evening\n\nThe lamps come on along the quay,\nthe gulls go quiet on the sea.\n"


def doc(path: str, text: str) -> Document:
    return Document.from_text(Path(path), text)


def only(sections) -> str:
    assert len(sections) == 1
    return sections[0].text.strip()


def test_paragraphs_are_counted_as_a_reader_counts_them_skipping_the_salutation():
    letter = doc("letter.txt", LETTER)
    assert only(placed_sections(letter, "shorten the second paragraph")).startswith("I have attached")
    assert only(placed_sections(letter, "make the 1st paragraph warmer")).startswith("Thank you")
    assert only(placed_sections(letter, "the last paragraph is too short")) == "I could start in May."


def test_the_intro_and_the_conclusion_are_the_first_and_last_paragraphs_of_the_body():
    essay = doc("essay.md", ESSAY)
    assert only(placed_sections(essay, "make the intro more inviting")).startswith("Walking is the oldest")
    assert only(placed_sections(essay, "a stronger opening line")).startswith("Walking is the oldest")
    assert only(placed_sections(essay, "punch up the ending")) == "Walk more, and walk together."
    assert only(placed_sections(essay, "make the opening funnier")).startswith("Walking is the oldest")
    assert only(placed_sections(essay, "add a thank-you at the end")) == "Walk more, and walk together."
    assert placed_sections(essay, "mention the start of the season") == []


def test_the_title_is_the_first_heading_or_a_plain_text_title_line():
    assert only(placed_sections(doc("essay.md", ESSAY), "make the title catchier")) == "# Why We Walk"
    assert only(placed_sections(doc("poem.txt", POEM), "change the title")) == "Evening"
    assert only(placed_sections(doc("essay.md", ESSAY), "give the essay a punchier, funnier title")) == "# Why We Walk"
    assert placed_sections(doc("letter.txt", LETTER), "give it a title") == []
    assert placed_sections(doc("essay.md", ESSAY), "put the headings in title case") == []


def test_a_place_that_does_not_exist_or_code_is_left_to_the_model():
    assert placed_sections(doc("letter.txt", LETTER), "shorten the fifth paragraph") == []
    assert placed_sections(doc("tool.py", "def intro():\n    return 1\n"), "make the intro faster") == []
    assert placed_sections(doc("letter.txt", LETTER), "make it friendlier") == []
    assert placed_sections(doc("letter.txt", LETTER), "mention the opening hours") == []


def test_the_text_a_substitution_replaces_says_where_when_the_document_has_it_once():
    server = doc("server.py", 'PORT = int(os.environ.get("PORT", 5000))\n\n\ndef address():\n    return f"http://{HOST}:{PORT}"\n')
    assert only(named_sections(server, "use port 8000 instead of 5000")).startswith("PORT = int(")
    assert only(named_sections(doc("letter.txt", LETTER), "change May to June")) == "I could start in May."
    assert only(named_sections(doc("letter.txt", LETTER), "change the month to June")) == "I could start in May."
    assert named_sections(doc("letter.txt", LETTER), "change the greeting to Dear Dr. Lee") == []


def test_a_named_heading_wins_over_a_place():
    essay = doc("essay.md", ESSAY)
    assert [s.text.strip() for s in named_sections(essay, "rewrite the conclusion")] == ["## Conclusion", "Walk more, and walk together."]


def test_a_placed_request_is_located_without_asking_the_model():
    class NoModel:
        def choose(self, prompt, choices):
            raise AssertionError("the model was asked")

    assert only(locate(NoModel(), doc("letter.txt", LETTER), "shorten the second paragraph")).startswith("I have attached")


def test_a_declaration_grouped_under_another_title_is_found_by_its_name():
    server = doc(
        "server.js",
        'const express = require("express");\n\nconst app = express();\nconst port = process.env.PORT || 3000;\n\n'
        "function formatDate(date) {\n  return date.toISOString();\n}\n\n"
        'app.listen(port, () => {\n  console.log(`listening on ${port}`);\n});\n',
    )
    assert only(named_sections(server, "the default port should be 8080")).startswith('const express = require("express");')
    assert only(named_sections(server, "formatDate should keep the time")).startswith("function formatDate")
    assert named_sections(server, "log when the server starts") == []


GARDEN = (
    "# Allotment plan\n\n"
    "## North bed\n\n"
    "Onions in March, two rows. Garlic along the edge.\n\n"
    "## South bed\n\n"
    "Runner beans up the canes in May. Courgettes after the frost.\n\n"
    "## In the greenhouse\n\n"
    "Tomatoes and chillies on the staging. Water them every evening in July.\n"
)


def texts(sections) -> list[str]:
    return [s.text.strip() for s in sections]


def test_a_word_only_one_section_has_says_where_the_change_goes():
    garden = doc("plan.md", GARDEN)
    assert texts(worded_sections(garden, "the onions should go in in april")) == ["Onions in March, two rows. Garlic along the edge."]
    assert texts(worded_sections(garden, "courgette, not courgettes")) == ["Runner beans up the canes in May. Courgettes after the frost."]
    letter = doc("letter.txt", LETTER)
    assert only(worded_sections(letter, "the interview was on Tuesday")).startswith("Thank you for the interview")


def test_the_new_words_a_request_dictates_say_nothing_about_where():
    plan = doc("plan.md", "# Weekend\n\nWe arrive on Friday at 18:40.\n\n## Saturday\n\nThe bookshop, then lunch.\n")
    assert named_sections(plan, "we arrive on Saturday instead") == []
    assert texts(worded_sections(plan, "we arrive on Saturday instead")) == ["We arrive on Friday at 18:40."]
    assert texts(named_sections(plan, "lunch on Saturday should be at the market")) == ["## Saturday", "The bookshop, then lunch."]
    letter = doc("letter.txt", "Dear Ms. Lee,\n\nI am applying for the position of data analyst.\n\n"
                               "In my current role I built a dashboard.\n\nBest wishes,\nSam\n")
    assert worded_sections(letter, "change the role to senior data analyst") == []  # not "In my current role": left to the model


def test_a_word_in_a_heading_takes_what_is_under_it():
    garden = doc("plan.md", GARDEN)
    assert texts(worded_sections(garden, "add basil to the greenhouse")) == [
        "Tomatoes and chillies on the staging. Water them every evening in July."]


def test_a_word_of_the_documents_title_says_nothing_about_where():
    garden = doc("plan.md", GARDEN)
    assert worded_sections(garden, "the allotment needs a compost heap") == []
    assert texts(worded_sections(garden, "the allotment onions go in in april")) == ["Onions in March, two rows. Garlic along the edge."]


def test_words_of_how_a_request_is_put_or_of_new_text_say_nothing_about_where():
    garden = doc("plan.md", GARDEN)
    assert worded_sections(garden, "make the middle part shorter") == []
    assert worded_sections(garden, 'add a sentence saying "Tomatoes need feeding."') == []
    assert worded_sections(garden, "add: onions are ready in August") == []


def test_two_places_each_with_a_word_of_their_own_are_left_to_the_model():
    garden = doc("plan.md", GARDEN)
    assert worded_sections(garden, "move the garlic to the greenhouse") == []
    assert worded_sections(garden, "water the beans every evening in July") == []


def test_parts_of_identifiers_count_as_words_in_code():
    invoice = doc(
        "invoice.py",
        "import math\n\nVAT_RATE = 20\n\n\ndef subtotal(lines):\n    return sum(line.amount for line in lines)\n\n\n"
        "def rounded(total):\n    return math.ceil(total)\n",
    )
    assert only(worded_sections(invoice, "vat is 21 percent now")).startswith("import math")


def test_a_worded_request_is_located_without_asking_the_model():
    class NoModel:
        def choose(self, prompt, choices):
            raise AssertionError("the model was asked")

    assert only(locate(NoModel(), doc("plan.md", GARDEN), "garlic should be planted in october")).startswith("Onions in March")
