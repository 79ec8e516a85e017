"""A web page is read, for answers, as the Markdown its headings, paragraphs and lists amount to."""

from pathlib import Path

from companion.behaviors.answer import answer
from companion.behaviors.page_text import page_text
from companion.documents import Document
from tests.scripted import ScriptedEngine

PAGE = """\
<!DOCTYPE html>
<html>
<head><title>Maple Street Bakery</title><style>h1 { color: red; }</style></head>
<body>
  <h1>Maple Street Bakery</h1>
  <p>Fresh bread <b>every</b> morning since 1998 &amp; cakes on Fridays.</p>
  <section>
    <h2>Opening hours</h2>
    <ul>
      <li>Monday to Friday: 7am to 6pm</li>
      <li>Sunday: closed</li>
    </ul>
  </section>
  <script>if (a < b) { alert("hi"); }</script>
</body>
</html>
"""


def test_headings_paragraphs_and_list_items_are_kept_and_tags_scripts_and_styles_are_not():
    assert page_text(PAGE) == (
        "# Maple Street Bakery\n\nFresh bread every morning since 1998 & cakes on Fridays.\n\n## Opening hours\n\n"
        "- Monday to Friday: 7am to 6pm\n- Sunday: closed\n")


def test_a_question_about_a_section_of_a_page_gets_its_lines_without_the_model():
    document = Document.from_text(Path("index.html"), PAGE)
    never = ScriptedEngine(lambda prompt: "The bakery opens on Sundays.")
    assert answer(never, "what are the opening hours?", document) == (
        "Under “Opening hours” the text says:\n- Monday to Friday: 7am to 6pm\n- Sunday: closed")


def test_the_model_is_shown_the_pages_words_not_its_markup():
    seen = []
    engine = ScriptedEngine(lambda prompt: seen.append(prompt) or "Since 1998.")
    answer(engine, "how old is the bakery?", Document.from_text(Path("index.html"), PAGE), display_path="index.html")
    assert "Fresh bread every morning since 1998" in seen[0] and "<p>" not in seen[0]
