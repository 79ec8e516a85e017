"""Swift is code (tree-sitter-swift), read as Java is: a struct, class, enum or protocol is cut at its members, its
functions and properties are names a revision must keep, and questions about what a function returns, how to run
the file and whether it has bugs are answered from the code."""

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
import Foundation

/// The shelf: lends and returns the books.
final class Library {
    private var titles: [String] = []

    func lend(_ title: String) -> String? {
        guard titles.contains(title) else { return nil }
        return title
    }

    func giveBack(_ title: String) {
        let index = titles.firstIndex(of: title)!
        titles.remove(at: index)
        self.save()
    }

    var count: Int { titles.count }

    private func save() {}
}

struct Book {
    let title: String
}
"""


def document() -> Document:
    return Document.from_text(Path("Library.swift"), LIBRARY)


def test_a_swift_class_is_cut_at_its_members():
    assert language_for(Path("Library.swift")) == "swift" and parses_cleanly(LIBRARY, "swift")
    sections = split_sections(LIBRARY, "swift")
    assert "".join(section.text for section in sections) == LIBRARY
    assert [section.title for section in sections] == [
        "import Foundation", "final class Library {", "func lend(_ title: String) -> String? {",
        "func giveBack(_ title: String) {", "var count: Int { titles.count }", "private func save() {}", "struct Book {"]


def test_what_swift_declares_a_rename_of_this_classs_function_and_a_removal():
    assert declared_names(LIBRARY, "swift") == ["Library", "titles", "lend", "giveBack", "count", "save", "Book", "title"]
    code = renamed(LIBRARY, renaming("rename save to persist", LIBRARY, "swift"), "swift")
    assert "self.persist()" in code and "private func persist() {}" in code
    code, caution = removed_definition(LIBRARY, "delete the save function", "swift")
    assert "func save" not in code and parses_cleanly(code, "swift") and caution == "save is still used elsewhere in the file"


def test_the_outline_returns_and_counts_are_read_from_the_code_a_struct_no_class():
    assert outline(document()) == """\
Library.swift, read from its code:
- `class Library`: The shelf: lends and returns the books.
  - `private var titles: [String] = []`
  - `func lend(_ title: String) -> String?`
  - `func giveBack(_ title: String)`
  - `var count: Int { titles.count }`
  - `private func save()`
- `struct Book`
  - `let title: String`"""
    assert returns_answer("what does lend return?", document()) == "`lend` returns `nil` or `title`."
    assert definitions_counted("how many classes are there?", document()) == "Library.swift has 1 class: `Library`."
    assert definitions_counted("how many structs are there?", document()) == "Library.swift has 1 struct: `Book`."


@pytest.mark.parametrize(
    ("name", "code", "answer"),
    [
        ("Library.swift", LIBRARY, ("Library.swift declares types and functions and runs nothing itself: build its "
                                    "package with `swift build`.")),
        ("main.swift", "print(CommandLine.arguments[1])\n",
         "Run it with `swift main.swift ARG1` (in a Swift package, `swift run`)."),
        ("LibraryTests.swift", "import XCTest\n", "Run its tests with `swift test` in its package."),
    ],
)
def test_how_to_run_swift_is_read_from_it(name, code, answer):
    assert usage_answer("how do I run this?", Document.from_text(Path(name), code)) == answer


@pytest.mark.parametrize(
    ("code", "flagged"),
    [
        (LIBRARY, "let index = titles.firstIndex(of: title)!"),
        ("let port = Int(text)!\n", "let port = Int(text)!"),
        ("let data = try! load()\n", "let data = try! load()"),
        ("do {\n    try save()\n} catch {\n}\n", "} catch {"),
    ],
)
def test_swift_faults_the_code_itself_proves(code, flagged):
    assert [code[f.start : f.end] for f in code_review_findings(code, "swift", "any bugs?")] == [flagged]


def test_a_static_constant_is_a_setting_named_as_written_or_in_words():
    code = "final class Library {\n    static let loanDays = 21\n}\n"
    assert setting_set(code, "change loanDays to 14") == setting_set(code, "set the loan days to 14") == (
        code.replace("21", "14"))
