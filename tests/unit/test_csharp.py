"""C# is code (tree-sitter-c-sharp): a namespace and a class are cut at what they hold, a method is read as Java's
are, and questions about what a method does or returns, how to run the file and whether it has bugs are answered
from the code."""

from pathlib import Path

import pytest

from companion.behaviors.code_checks import breaks_syntax
from companion.behaviors.code_counts import definitions_counted
from companion.behaviors.code_review import code_review_findings, review_answer
from companion.behaviors.named_code import definition_outline, named_definition
from companion.behaviors.outline import outline
from companion.behaviors.removal import removed_definition
from companion.behaviors.rename import renamed, renaming
from companion.behaviors.returns import returns_answer
from companion.behaviors.usage import usage_answer
from companion.code_names import declared_names
from companion.documents import (
    LANGUAGE_NAMES,
    Document,
    language_for,
    parses_cleanly,
    split_sections,
)

LIBRARY = """\
using System;
using System.Linq;

namespace BookClub
{
    /// <summary>The shelf: lends and returns the books.</summary>
    public class Library
    {
        private const int LoanDays = 21;
        private readonly List<Book> _books = new();

        public string Name { get; set; }

        public Book Lend(string title)
        {
            var book = _books.Find(b => b.Title == title);
            if (book == null)
            {
                throw new ArgumentException($"No book called {title}");
            }
            book.Due = DateTime.Today.AddDays(LoanDays);
            return book;
        }

        public void GiveBack(string title)
        {
            var book = _books.FirstOrDefault(b => b.Title == title);
            book.Due = null;
            this.Save();
        }

        public int Count() => _books.Count;

        private void Save() { }
    }
}
"""


def document() -> Document:
    return Document.from_text(Path("Library.cs"), LIBRARY)


def test_cs_files_are_csharp_code():
    assert language_for(Path("Library.cs")) == "csharp" and LANGUAGE_NAMES["csharp"] == "C#"
    assert parses_cleanly(LIBRARY, "csharp") and not parses_cleanly("public void F( {\n", "csharp")


def test_a_namespace_and_its_class_are_cut_at_each_member_with_its_doc_comment():
    sections = split_sections(LIBRARY, "csharp")
    assert "".join(section.text for section in sections) == LIBRARY
    assert [section.title for section in sections] == [
        "using System;", "namespace BookClub", "public class Library", "public string Name { get; set; }",
        "public Book Lend(string title)", "public void GiveBack(string title)", "public int Count() => _books.Count;",
        "private void Save() { }"]
    assert sections[2].text.lstrip().startswith("/// <summary>The shelf")


def test_what_csharp_declares_and_a_rename_of_this_classs_method():
    assert declared_names(LIBRARY, "csharp") == ["BookClub", "Library", "LoanDays", "_books", "Name", "Lend", "GiveBack",
                                                 "Count", "Save"]
    code = renamed(LIBRARY, renaming("rename Save to Persist", LIBRARY, "csharp"), "csharp")
    assert "this.Persist();" in code and "private void Persist() { }" in code


def test_a_named_method_is_removed_without_the_model():
    code, caution = removed_definition(LIBRARY, "delete the Count method", "csharp")
    assert "Count()" not in code and parses_cleanly(code, "csharp") and caution == ""


def test_the_outline_shows_the_class_with_its_doc_comment_and_members_and_methods_say_what_they_return():
    assert outline(document()) == """\
Library.cs, read from its code:
- `class Library`: The shelf: lends and returns the books.
  - `private const int LoanDays = 21`
  - `private readonly List<Book> _books = new()`
  - `public string Name { get; set; }`
  - `public Book Lend(string title)`
  - `public void GiveBack(string title)`
  - `public int Count()`
  - `private void Save()`"""
    definition = named_definition("what does Lend do?", document())
    assert definition_outline(document(), definition) == (
        "`Lend`, read from its code:\n- `public Book Lend(string title)`: Returns `book`.")
    assert returns_answer("what does Count return?", document()) == "`Count` returns `_books.Count`."


@pytest.mark.parametrize(
    ("name", "code", "answer"),
    [
        ("Library.cs", LIBRARY, ("Library.cs has no Main method or top-level statements, so it is code for other code "
                                 "to use: build its project with `dotnet build`.")),
        ("Program.cs", "Console.WriteLine(args[0]);\n", ("Run it with `dotnet run -- ARG1`, from the folder of its "
                                                          "project (the .csproj).")),
        ("LibraryTests.cs", "public class T\n{\n    [Fact]\n    public void Lends() { }\n}\n",
         "Run its tests with `dotnet test`, from the folder of its test project (the .csproj)."),
    ],
)
def test_how_to_run_csharp_is_read_from_it(name, code, answer):
    assert usage_answer("how do I run this?", Document.from_text(Path(name), code)) == answer


def test_a_member_used_on_what_first_or_default_returned_unchecked_is_a_bug_and_a_checked_one_is_not():
    findings = code_review_findings(LIBRARY, "csharp", "any bugs?")
    assert [LIBRARY[f.start : f.end] for f in findings] == ["book.Due = null;"]
    assert "NullReferenceException" in findings[0].comment
    assert review_answer("any bugs in Lend?", LIBRARY, "csharp").startswith("The checks find none of the faults")


@pytest.mark.parametrize(
    ("line", "said"),
    [
        ("try { Save(); } catch (Exception) { }", "does nothing with the exception"),
        ("var page = client.GetStringAsync(url).Result;", "blocks the thread"),
        ('var sql = "SELECT * FROM books WHERE id = " + id;', "SQL injection"),
        ('var sql = $"DELETE FROM books WHERE id = {id}";', "SQL injection"),
    ],
)
def test_csharp_faults_the_code_itself_proves(line, said):
    code = f"class A\n{{\n    void F()\n    {{\n        {line}\n    }}\n}}\n"
    [finding] = code_review_findings(code, "csharp", "review this for bugs")
    assert code[finding.start : finding.end] == line and said in finding.comment


def test_async_void_is_a_bug_except_in_an_event_handler():
    code = ("class A\n{\n    public async void Save() { }\n"
            "    private async void OnClick(object sender, EventArgs e) { }\n}\n")
    assert [code[f.start : f.end] for f in code_review_findings(code, "csharp", "any bugs?")] == [
        "public async void Save() { }"]


def test_the_methods_of_csharp_are_counted_and_a_port_to_csharp_is_checked_as_csharp():
    assert definitions_counted("how many methods does Library have?", document()) == (
        "`Library` has 4 methods: `Lend`, `GiveBack`, `Count`, `Save`."), "a property is no method"
    assert not breaks_syntax("class A\n{\n    int Add(int a, int b) => a + b;\n}\n", "def add(a, b):\n    return a + b\n",
                             "python", "port it to C#")
