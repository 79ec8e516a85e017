"""Kotlin is code (tree-sitter-kotlin), read as Java is: a class or object is cut at its members, its functions and
properties are names a revision must keep, and questions about what a function does or returns, how to run the
file and whether it has bugs are answered from the code."""

from pathlib import Path

import pytest

from companion.behaviors.code_counts import definitions_counted
from companion.behaviors.code_review import code_review_findings
from companion.behaviors.figures import setting_set
from companion.behaviors.outline import outline
from companion.behaviors.removal import removed_definition
from companion.behaviors.rename import renamed, renaming
from companion.behaviors.returns import returns_answer
from companion.behaviors.usage import usage_answer
from companion.code_names import declared_names
from companion.documents import Document, language_for, parses_cleanly, split_sections

LIBRARY = """\
package club

/** The shelf: lends and returns the books. */
class Library {
    private val books = mutableListOf<Book>()

    fun lend(title: String): Book {
        val book = books.find { it.title == title } ?: throw IllegalArgumentException("No book called $title")
        return book
    }

    fun giveBack(title: String) {
        val book = books.firstOrNull { it.title == title }
        book!!.borrower = null
        this.save()
    }

    fun count() = books.size

    private fun save() {}
}
"""


def document() -> Document:
    return Document.from_text(Path("Library.kt"), LIBRARY)


def test_a_kotlin_class_is_cut_at_its_members():
    assert (language_for(Path("Library.kt")), language_for(Path("build.gradle.kts"))) == ("kotlin", "kotlin")
    assert parses_cleanly(LIBRARY, "kotlin")
    sections = split_sections(LIBRARY, "kotlin")
    assert "".join(section.text for section in sections) == LIBRARY
    assert [section.title for section in sections] == [
        "package club", "class Library {", "fun lend(title: String): Book {", "fun giveBack(title: String) {",
        "fun count() = books.size", "private fun save() {}"]


def test_what_kotlin_declares_a_rename_of_this_classs_function_and_a_removal():
    assert declared_names(LIBRARY, "kotlin") == ["Library", "books", "lend", "giveBack", "count", "save"]
    code = renamed(LIBRARY, renaming("rename save to persist", LIBRARY, "kotlin"), "kotlin")
    assert "this.persist()" in code and "private fun persist() {}" in code
    code, caution = removed_definition(LIBRARY, "delete the count function", "kotlin")
    assert "count()" not in code and parses_cleanly(code, "kotlin") and caution == ""


def test_the_outline_and_returns_are_read_from_the_code():
    assert outline(document()) == """\
Library.kt, read from its code:
- `class Library`: The shelf: lends and returns the books.
  - `private val books = mutableListOf<Book>()`
  - `fun lend(title: String): Book`
  - `fun giveBack(title: String)`
  - `fun count()`
  - `private fun save()`"""
    assert returns_answer("what does count return?", document()) == "`count` returns `books.size`."
    assert returns_answer("what does lend return?", document()) == "`lend` returns `book`."
    assert definitions_counted("how many methods are there?", document()) == (
        "Library.kt has 4 methods: `lend`, `giveBack`, `count`, `save`.")


@pytest.mark.parametrize(
    ("name", "code", "answer"),
    [
        ("Library.kt", LIBRARY, ("Library.kt has no main function, so it is code for other code to use: build its "
                                 "project with `./gradlew build`.")),
        ("Main.kt", "fun main(args: Array<String>) {\n    println(args[0])\n}\n",
         ("Run it with `kotlinc Main.kt -include-runtime -d Main.jar` and then `java -jar Main.jar ARG1` (in a Gradle "
          "project, `./gradlew run`).")),
        ("tidy.main.kts", 'println("hi")\n',
         "Run the script with `kotlin tidy.main.kts` (or `kotlinc -script tidy.main.kts`)."),
    ],
)
def test_how_to_run_kotlin_is_read_from_it(name, code, answer):
    assert usage_answer("how do I run this?", Document.from_text(Path(name), code)) == answer


def test_a_not_null_assertion_on_what_first_or_null_returned_and_an_empty_catch_are_bugs():
    assert [LIBRARY[f.start : f.end] for f in code_review_findings(LIBRARY, "kotlin", "any bugs?")] == [
        "book!!.borrower = null"]
    code = "fun load() {\n    try {\n        read()\n    } catch (e: IOException) {\n    }\n}\n"
    [finding] = code_review_findings(code, "kotlin", "any bugs?")
    assert "does nothing with the exception" in finding.comment


def test_a_constant_of_a_companion_object_is_a_setting():
    code = "class Library {\n    companion object {\n        const val LOAN_DAYS = 21L\n    }\n}\n"
    assert setting_set(code, "change LOAN_DAYS to 14") == code.replace("21L", "14L")
