"""Ruby and PHP are code (tree-sitter-ruby, tree-sitter-php): a module or class is cut at the methods it holds,
their definitions are names a revision must keep and a request may name, a rename changes the code's own names
only, and questions about what a method does or returns, how to run the file and whether it has bugs are
answered from the code."""

from pathlib import Path

import pytest

from companion.behaviors.code_checks import breaks_syntax
from companion.behaviors.code_counts import definitions_counted
from companion.behaviors.code_review import code_review_findings, review_answer
from companion.behaviors.comment import Comment, unfounded
from companion.behaviors.figures import setting_set
from companion.behaviors.locate import named_sections
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
    is_prose,
    language_for,
    parses_cleanly,
    split_sections,
)

LIBRARY = """\
# A small lending library for a book club.

require "json"

module BookClub
  # One book on the shelf, and who has it.
  class Book
    attr_reader :title
    attr_accessor :borrower

    def initialize(title)
      @title = title
    end
  end

  # The shelf: lends and returns the books.
  class Library
    LOAN_DAYS = 21

    def initialize
      @books = []
    end

    def lend(title, member)
      book = @books.find { |b| b.title == title }
      raise ArgumentError, "no book called #{title}" unless book
      book.borrower = member
      book
    end

    def give_back(title)
      book = @books.find { |b| b.title == title }
      book.borrower = nil
    end
  end
end

if __FILE__ == $PROGRAM_NAME
  library = BookClub::Library.new
  library.lend("Middlemarch", "Ana")
end
"""

CONTACT = """\
<?php
// Handles the contact form.

function clean_input(string $value): string
{
    return trim(strip_tags($value));
}

class RateLimiter
{
    private string $dir;

    public function allow(string $ip): bool
    {
        if ($this->recent($ip)) {
            return false;
        }
        return true;
    }

    private function recent(string $ip): bool
    {
        return file_exists($this->dir . '/' . md5($ip));
    }
}

$form = array_map('clean_input', $_POST);
echo "Thanks, " . $_POST['name'];
"""


def test_ruby_and_php_files_are_code_of_their_own_language():
    assert [language_for(Path(name)) for name in ("library.rb", "Rakefile.rake", "contact.php")] == ["ruby", "ruby", "php"]
    assert (LANGUAGE_NAMES["ruby"], LANGUAGE_NAMES["php"]) == ("Ruby", "PHP")
    assert parses_cleanly(LIBRARY, "ruby") and not parses_cleanly("def lend(title\n  book\n", "ruby")
    assert parses_cleanly("function f($a) { return $a; }\n", "php"), "a section of PHP has no <?php and still parses"


def test_a_ruby_module_is_cut_at_each_class_and_method_and_a_class_keeps_its_attributes_with_it():
    sections = split_sections(LIBRARY, "ruby")
    assert "".join(section.text for section in sections) == LIBRARY
    assert [section.title for section in sections] == [
        'require "json"', "module BookClub", "class Book", "def initialize(title)", "class Library", "def initialize",
        "def lend(title, member)", "def give_back(title)", "if __FILE__ == $PROGRAM_NAME"]
    book = next(section for section in sections if section.title == "class Book")
    assert "# One book on the shelf" in book.text and "attr_accessor :borrower" in book.text


def test_a_php_class_is_cut_at_its_methods():
    sections = split_sections(CONTACT, "php")
    assert "".join(section.text for section in sections) == CONTACT
    assert [section.title for section in sections][1:5] == [
        "function clean_input(string $value): string", "class RateLimiter", "public function allow(string $ip): bool",
        "private function recent(string $ip): bool"]


def test_what_ruby_and_php_declare_includes_attributes_constants_and_methods():
    assert declared_names(LIBRARY, "ruby") == ["BookClub", "Book", "title", "borrower", "initialize", "Library",
                                               "LOAN_DAYS", "lend", "give_back", "library"]
    assert declared_names(CONTACT, "php") == ["clean_input", "RateLimiter", "allow", "recent"]


def test_a_request_names_an_indented_method_of_a_class():
    document = Document.from_text(Path("library.rb"), LIBRARY)
    assert [section.title for section in named_sections(document, "make give_back check the title")] == [
        "def give_back(title)"]


def test_a_rename_reaches_a_class_named_through_its_module_and_this_objects_methods_not_anothers():
    assert "BookClub::Shelf.new" in renamed(LIBRARY, renaming("rename Library to Shelf", LIBRARY, "ruby"), "ruby")
    code = "class A\n  def run\n    self.run\n    other.run\n  end\nend\n"
    assert renamed(code, renaming("rename run to start", code, "ruby"), "ruby") == (
        "class A\n  def start\n    self.start\n    other.run\n  end\nend\n")
    php = renamed(CONTACT, renaming("rename recent to seen_recently", CONTACT, "php"), "php")
    assert "$this->seen_recently($ip)" in php and "private function seen_recently(" in php
    php = renamed(CONTACT, renaming("rename clean_input to sanitize", CONTACT, "php"), "php")
    assert "function sanitize(" in php and "array_map('sanitize', $_POST)" in php


def test_a_named_method_or_function_is_removed_without_the_model():
    ruby, _ = removed_definition(LIBRARY, "delete the give_back method", "ruby")
    assert "give_back" not in ruby and parses_cleanly(ruby, "ruby")
    php, caution = removed_definition(CONTACT, "remove clean_input", "php")
    assert "function clean_input" not in php
    assert caution == "clean_input is still used elsewhere in the file", "array_map('clean_input', …) calls it"


def test_the_outline_of_ruby_shows_each_class_with_its_comment_members_and_what_the_script_runs():
    assert outline(Document.from_text(Path("library.rb"), LIBRARY)) == """\
library.rb, read from its code: A small lending library for a book club.
- `module BookClub`
- `class Book`: One book on the shelf, and who has it.
  - `attr_reader :title`
  - `attr_accessor :borrower`
  - `def initialize(title)`
- `class Library`: The shelf: lends and returns the books.
  - `LOAN_DAYS = 21`
  - `def initialize`
  - `def lend(title, member)`
  - `def give_back(title)`
- when run: `library = BookClub::Library.new`; `library.lend("Middlemarch", "Ana")`"""


def test_a_ruby_method_returns_its_last_expression_or_what_its_last_assignment_assigns():
    document = Document.from_text(Path("library.rb"), LIBRARY)
    assert returns_answer("what does lend return?", document) == "`lend` returns `book`."
    assert returns_answer("what does give_back return?", document) == "`give_back` returns `nil`."
    definition = named_definition("what does lend do?", document)
    assert definition_outline(document, definition) == (
        "`lend`, read from its code:\n- `def lend(title, member)`: Returns `book`.")


def test_the_outline_of_php_shows_types_as_written_and_a_class_with_its_members():
    text = outline(Document.from_text(Path("contact.php"), CONTACT))
    assert text.startswith("contact.php, read from its code: Handles the contact form.\n")
    assert "- `clean_input(string $value): string`: Returns `trim(strip_tags($value))`." in text
    assert "- `class RateLimiter`\n  - `private string $dir`\n  - `public function allow(string $ip): bool`" in text
    document = Document.from_text(Path("contact.php"), CONTACT)
    assert returns_answer("what does allow return?", document) == "`allow` returns `false` or `true`."


@pytest.mark.parametrize(
    ("name", "code", "answer"),
    [
        ("library.rb", LIBRARY, "Run it with `ruby library.rb`."),
        ("shelf.rb", "class Shelf\nend\n", ("shelf.rb defines classes and modules and runs nothing itself: load it "
                                           "from other Ruby code with `require_relative \"shelf\"`.")),
        ("count.rb", "puts ARGV[0].length\n", "Run it with `ruby count.rb ARG1`."),
        ("shelf_spec.rb", "describe Shelf do\nend\n", ("Run its specs with `rspec shelf_spec.rb` (`bundle exec rspec "
                                                       "shelf_spec.rb` in a project with a Gemfile).")),
        ("contact.php", CONTACT, ("contact.php is a web page: serve its folder with `php -S localhost:8000` and open "
                                  "http://localhost:8000/contact.php (in production, your web server runs it).")),
        ("resize.php", "<?php\n$size = (int) $argv[2];\necho $argv[1];\n", "Run it with `php resize.php ARG1 ARG2`."),
        ("helpers.php", "<?php\nrequire_once 'db.php';\nfunction slug($s) { return $s; }\n",
         ("helpers.php defines functions and classes for other PHP code: load it with "
          "`require_once __DIR__ . '/helpers.php';`.")),
    ],
)
def test_how_to_run_a_ruby_or_php_file_is_read_from_it(name, code, answer):
    assert usage_answer("how do I run this?", Document.from_text(Path(name), code)) == answer


def test_a_method_called_on_what_find_returned_unchecked_is_a_bug_and_a_checked_one_is_not():
    findings = code_review_findings(LIBRARY, "ruby", "any bugs?")
    assert [LIBRARY[f.start : f.end] for f in findings] == ["book.borrower = nil"]
    assert "NoMethodError" in findings[0].comment
    assert review_answer("any bugs in lend?", LIBRARY, "ruby").startswith("The checks find none of the faults")


@pytest.mark.parametrize(
    ("code", "flagged"),
    [
        ("def load\n  JSON.parse(text)\nrescue JSON::ParserError\nend\n", "rescue JSON::ParserError"),
        ("def size\n  File.size(path) rescue nil\nend\n", "File.size(path) rescue nil"),
        ('def wipe(path)\n  system("rm -rf #{path}")\nend\n', 'system("rm -rf #{path}")'),
    ],
)
def test_ruby_faults_the_code_itself_proves(code, flagged):
    assert [code[f.start : f.end] for f in code_review_findings(code, "ruby", "review this for bugs")] == [flagged]


@pytest.mark.parametrize(
    ("code", "flagged"),
    [
        (CONTACT, "echo \"Thanks, \" . $_POST['name'];"),
        ("<?php\n$rows = $db->query(\"SELECT * FROM users WHERE id = \" . $_GET['id']);\n",
         "$rows = $db->query(\"SELECT * FROM users WHERE id = \" . $_GET['id']);"),
        ("<?php\ninclude $_GET['page'] . '.php';\n", "include $_GET['page'] . '.php';"),
        ("<?php\n$cart = unserialize($_COOKIE['cart']);\n", "$cart = unserialize($_COOKIE['cart']);"),
        ("<?php\n$hash = md5($password);\n", "$hash = md5($password);"),
    ],
)
def test_php_faults_the_code_itself_proves(code, flagged):
    assert [code[f.start : f.end] for f in code_review_findings(code, "php", "any security problems?")] == [flagged]


def test_a_page_of_html_around_php_parses_and_a_request_value_it_prints_is_flagged():
    page = ("<main>\n  <h1><?= htmlspecialchars($title) ?></h1>\n  <?php foreach ($posts as $post): ?>\n"
            "    <p><?= $post['summary'] ?></p>\n  <?php endforeach; ?>\n  <p>Results for <?= $_GET['q'] ?></p>\n</main>\n")
    assert parses_cleanly(page, "php")
    assert [page[f.start : f.end] for f in code_review_findings(page, "php", "any bugs?")] == [
        "<p>Results for <?= $_GET['q'] ?></p>"]


def test_escaped_output_and_a_prepared_query_are_not_faults():
    code = ("<?php\necho htmlspecialchars($_GET['q'], ENT_QUOTES);\n"
            "$stmt = $db->prepare('SELECT * FROM users WHERE id = ?');\n$stmt->execute([$_GET['id']]);\n")
    assert code_review_findings(code, "php", "any bugs?") == []


def test_a_constant_in_a_class_is_set_when_the_request_names_it_as_written_or_in_words():
    assert "    LOAN_DAYS = 14\n" in setting_set(LIBRARY, "change LOAN_DAYS to 14")
    assert "    LOAN_DAYS = 14\n" in setting_set(LIBRARY, "set the loan days to 14")
    assert setting_set("def total\n  count = 0\nend\n", "set count to 3") is None, "a local variable is no setting"


def test_a_claimed_typo_in_a_files_name_is_unfounded():
    document = Document.from_text(Path("library.rb"), 'Library.new("books.json")\n')
    claim = Comment(0, 25, 'Library.new("books.json")', "Typo: 'books.json' should be 'books'.", None, 1, 1)
    assert unfounded(claim, [], document)


def test_a_port_to_ruby_or_php_is_checked_as_that_language():
    python = "def add(a, b):\n    return a + b\n"
    assert not breaks_syntax("def add(a, b)\n  a + b\nend\n", python, "python", "port it to ruby")
    assert not breaks_syntax("<?php\nfunction add($a, $b) { return $a + $b; }\n", python, "python", "convert to PHP")


def test_the_methods_and_classes_of_ruby_and_php_are_counted():
    library = Document.from_text(Path("library.rb"), LIBRARY)
    assert definitions_counted("how many methods are there?", library) == (
        "library.rb has 4 methods: `initialize`, `initialize`, `lend`, `give_back`."), "each class's initialize is one"
    assert definitions_counted("how many classes are there?", library) == "library.rb has 2 classes: `Book`, `Library`."
    contact = Document.from_text(Path("contact.php"), CONTACT)
    assert definitions_counted("how many functions are there?", contact) == "contact.php has 1 function: `clean_input`."
    assert definitions_counted("how many methods does RateLimiter have?", contact) == (
        "`RateLimiter` has 2 methods: `allow`, `recent`.")


def test_a_gemfile_or_rakefile_is_ruby_not_writing_and_says_which_tool_runs_it():
    assert [(language_for(Path(name)), is_prose(Path(name))) for name in ("Gemfile", "Rakefile", "config.ru", "NOTES")] == [
        ("ruby", False), ("ruby", False), ("ruby", False), ("text", True)]
    gemfile = Document.from_text(Path("Gemfile"), 'source "https://rubygems.org"\ngem "rails"\n')
    assert usage_answer("how do I run this?", gemfile).startswith("Bundler reads it: `bundle install`")
    rakefile = Document.from_text(Path("Rakefile"), (
        'task :test do\n  ruby "test.rb"\nend\ntask default: :test\nnamespace :db do\n  task "seed" do\n  end\nend\n'))
    assert usage_answer("how do I run this?", rakefile) == (
        "Rake runs its tasks: `rake test`, `rake default`, `rake db:seed` (`rake -T` lists those with a description).")
