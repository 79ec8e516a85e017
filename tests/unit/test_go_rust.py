"""Go and Rust are code to every check and answer: tree-sitter reads their definitions, sections and syntax, and
the outline says what a file declares."""

from pathlib import Path

from companion.behaviors.code_checks import breaks_syntax
from companion.behaviors.outline import outline
from companion.behaviors.removal import removed_definition
from companion.behaviors.rename import renamed, renaming
from companion.code_names import declared_names
from companion.documents import Document, is_prose, language_for

STORE = """\
package store

// ErrFull is returned when the store is full.
var ErrFull = errors.New("store is full")

// Store keeps items in the order they were added.
type Store struct {
\tItems []string
\tcount int
}

// Add appends an item, or fails when the store is full.
func (s *Store) Add(item string) error {
\tif len(s.Items) >= 10 {
\t\treturn ErrFull
\t}
\ts.Items = append(s.Items, item)
\treturn nil
}

type Greeter interface {
\tGreet(name string) string
}

func New() *Store {
\treturn &Store{}
}
"""
COUNTER = """\
use std::fs;

/// Counts the words in a text.
fn count_words(text: &str) -> usize {
    text.split_whitespace().count()
}

pub struct Counter {
    pub total: usize,
}

impl Counter {
    pub fn new() -> Self {
        Counter { total: 0 }
    }
}

enum Mode { Fast, Slow }
"""


def test_go_and_rust_files_are_code_in_their_language():
    assert (language_for(Path("store.go")), language_for(Path("src/main.rs"))) == ("go", "rust")
    assert not is_prose(Path("store.go"))


def test_their_declared_names_are_read_and_locals_are_not():
    assert declared_names(STORE, "go") == ["ErrFull", "Store", "Items", "count", "Add", "Greeter", "Greet", "New"]
    assert declared_names(COUNTER, "rust") == ["count_words", "Counter", "total", "new", "Mode", "Fast", "Slow"]


def test_their_sections_are_their_definitions():
    sections = Document.from_text(Path("store.go"), STORE).sections
    assert [section.kind for section in sections] == [
        "package_clause", "var_declaration", "type_declaration", "method_declaration", "type_declaration",
        "function_declaration"]


def test_a_revision_that_breaks_their_syntax_is_caught():
    assert breaks_syntax(STORE.replace("\treturn nil\n}", "\treturn nil\n", 1), STORE, "go", "handle nil items")
    assert breaks_syntax(COUNTER.replace("fn count_words(", "fn count_words((", 1), COUNTER, "rust", "count lines")
    assert not breaks_syntax(COUNTER.replace("usize {", "u64 {", 1), COUNTER, "rust", "return a u64")


def test_the_outline_says_each_type_its_fields_methods_and_doc_comments():
    store = outline(Document.from_text(Path("store.go"), STORE))
    assert "- `type Store struct`: Store keeps items in the order they were added.\n  - `Items []string`" in store
    assert "- `func (s *Store) Add(item string) error`: Add appends an item" in store
    assert "- `type Greeter interface`\n  - `Greet(name string) string`" in store
    assert "- `New() *Store`: Returns `&Store{}`." in store
    counter = outline(Document.from_text(Path("main.rs"), COUNTER))
    assert "- `count_words(text: &str) -> usize`: Counts the words in a text." in counter
    assert "- `impl Counter`\n  - `pub fn new() -> Self`" in counter
    assert "- `enum Mode`\n  - `Fast`\n  - `Slow`" in counter


def test_a_rename_changes_every_use_of_the_name_and_no_string():
    code = 'fn count_words(t: &str) -> usize { 0 }\nfn main() { println!("count_words: {}", count_words("a")); }\n'
    asked = renaming("rename count_words to word_count", code, "rust")
    assert renamed(code, asked, "rust") == code.replace("fn count_words", "fn word_count").replace(
        ", count_words(", ", word_count(")


def test_a_go_type_named_for_removal_goes_with_its_type_keyword():
    removed, _ = removed_definition(STORE, "remove the Greeter interface", "go")
    assert "Greeter" not in removed and "type Greeter" not in removed and "\ntype Store struct" in removed
