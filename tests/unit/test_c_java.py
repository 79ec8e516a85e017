"""C, C++ and Java are code (tree-sitter-c, tree-sitter-cpp, tree-sitter-java): their definitions are names a
revision must keep and a request may name, a Java class is cut at its methods and a C++ namespace at what it
holds, a rename changes the code's own names only, and a question about a function is answered from its code."""

from pathlib import Path

import pytest

from companion.behaviors.code_counts import definitions_counted
from companion.behaviors.code_review import code_review_findings
from companion.behaviors.edit import MalformedOutput, unusable
from companion.behaviors.locate import named_sections
from companion.behaviors.named_code import definition_outline, named_definition
from companion.behaviors.outline import outline
from companion.behaviors.rename import renamed, renaming
from companion.behaviors.returns import returns_answer
from companion.behaviors.usage import usage_answer
from companion.code_names import declared_names, definition_spans
from companion.documents import LANGUAGE_NAMES, Document, language_for, split_sections
from companion.session import Session
from companion.workspace import Workspace
from tests.scripted import ScriptedEngine

WORD_COUNT = """\
#include <stdio.h>
#include <ctype.h>

#define MAX_NAME 64

/* Count lines, words and characters read from a stream. */
struct counts {
    long lines;
    long words;
};

typedef struct counts counts_t;

static int verbose = 0;

static struct counts count_stream(FILE *in)
{
    struct counts c = {0, 0};
    int ch, in_word = 0;

    while ((ch = getc(in)) != EOF) {
        if (ch == '\\n')
            c.lines++;
        if (isspace(ch)) {
            in_word = 0;
        } else if (!in_word) {
            in_word = 1;
            c.words++;
        }
    }
    return c;
}

int main(int argc, char **argv)
{
    FILE *in = argc > 1 ? fopen(argv[1], "r") : stdin;
    if (in == NULL)
        return 1;
    struct counts c = count_stream(in);
    printf("%ld %ld\\n", c.lines, c.words);
    return 0;
}
"""

LIBRARY = """\
package shelf;

import java.util.ArrayList;
import java.util.List;

/** A small lending library: books can be added, lent and returned. */
public class Library {
    private final List<String> titles = new ArrayList<>();
    private final List<String> lent = new ArrayList<>();

    public void add(String title) {
        titles.add(title);
    }

    /** Lends a book the library has and has not lent out already. */
    public boolean lend(String title) {
        if (!titles.contains(title) || this.lent.contains(title)) {
            return false;
        }
        lent.add(title);
        return true;
    }

    @Override
    public String toString() {
        int count = titles.size();
        return count + " books";
    }
}
"""


def c_file(text: str = WORD_COUNT) -> Document:
    return Document.from_text(Path("wc.c"), text)


def java_file(text: str = LIBRARY) -> Document:
    return Document.from_text(Path("Library.java"), text)


def test_c_sources_headers_and_java_files_are_code_named_for_the_user():
    assert language_for(Path("wc.c")) == language_for(Path("wc.h")) == "c"
    assert language_for(Path("Library.java")) == "java"
    assert (LANGUAGE_NAMES["c"], LANGUAGE_NAMES["java"]) == ("C", "Java")


def test_c_declares_its_functions_types_fields_macros_and_globals_but_not_a_function_s_locals():
    assert declared_names(WORD_COUNT, "c") == ["MAX_NAME", "counts", "lines", "words", "counts_t", "verbose",
                                               "count_stream", "main"]


def test_java_declares_its_class_fields_and_methods_but_not_a_method_s_locals():
    assert declared_names(LIBRARY, "java") == ["Library", "titles", "lent", "add", "lend", "toString"]


def test_a_c_file_is_cut_at_its_definitions_with_the_comment_above_each():
    starts = [section.text.splitlines()[0] for section in split_sections(WORD_COUNT, "c")]
    assert starts == ["#include <stdio.h>", "#define MAX_NAME 64", "/* Count lines, words and characters read from a stream. */",
                      "typedef struct counts counts_t;", "static int verbose = 0;",
                      "static struct counts count_stream(FILE *in)", "int main(int argc, char **argv)"]
    assert "".join(section.text for section in split_sections(WORD_COUNT, "c")) == WORD_COUNT


def test_a_java_class_is_cut_at_its_methods_and_its_first_line_stays_with_its_fields():
    sections = split_sections(LIBRARY, "java")
    assert [section.text.strip().splitlines()[0] for section in sections] == [
        "package shelf;", "/** A small lending library: books can be added, lent and returned. */",
        "public void add(String title) {", "/** Lends a book the library has and has not lent out already. */",
        "@Override"]
    assert "private final List<String> lent" in sections[1].text
    assert sections[-1].text.endswith("    }\n}\n")
    assert "".join(section.text for section in sections) == LIBRARY


def test_a_c_struct_is_defined_where_it_has_a_body_not_where_it_is_a_variable_s_type():
    (start, end), = definition_spans(WORD_COUNT, "c", "counts")
    assert WORD_COUNT[start:end].startswith("struct counts {") and WORD_COUNT[start:end].endswith("}")
    (start, end), = definition_spans(WORD_COUNT, "c", "count_stream")
    assert WORD_COUNT[start:end].startswith("static struct counts count_stream(FILE *in)")


def test_a_request_names_a_c_function_or_java_method_that_has_no_keyword_before_it():
    assert named_sections(c_file(), "make count_stream count tabs too")[0].title == "static struct counts count_stream(FILE *in)"
    assert "public boolean lend" in named_sections(java_file(), "make lend refuse an empty title")[0].text
    # a method named is what the request is about, not the field it names beside it
    assert "toString()" in named_sections(java_file(), "make toString say how many are lent")[0].text
    assert "List<String> lent" in named_sections(java_file(), "make lent a Set")[0].text


def test_a_java_rename_changes_the_class_s_own_names_not_a_member_of_another_object():
    asked = renaming("rename add to addTitle", LIBRARY, "java")
    assert asked is not None
    result = renamed(LIBRARY, asked, "java")
    assert "public void addTitle(String title)" in result
    assert "titles.add(title);" in result and "lent.add(title);" in result  # a List's add is not the library's

    asked = renaming("rename lent to onLoan", LIBRARY, "java")
    result = renamed(LIBRARY, asked, "java")
    assert "this.onLoan.contains(title)" in result and "onLoan.add(title);" in result
    assert "lent" not in result.replace("lent and returned", "").replace("lent out", "")  # comments are not renamed


def test_a_c_rename_changes_a_function_and_its_calls():
    result = renamed(WORD_COUNT, renaming("rename count_stream to tally", WORD_COUNT, "c"), "c")
    assert "static struct counts tally(FILE *in)" in result and "= tally(in);" in result


def test_the_outline_of_c_shows_each_definition_as_written_with_what_it_returns():
    assert outline(c_file()) == (
        "wc.c, read from its code:\n"
        "- `#define MAX_NAME 64`\n"
        "- `struct counts`: Count lines, words and characters read from a stream.\n"
        "  - `long lines`\n"
        "  - `long words`\n"
        "- `typedef struct counts counts_t`\n"
        "- `static int verbose = 0`\n"
        "- `static struct counts count_stream(FILE *in)`: Returns `c`.\n"
        "- `int main(int argc, char **argv)`: Returns `1` or `0`."
    )


def test_the_outline_of_a_java_class_lists_its_fields_and_methods():
    assert outline(java_file()) == (
        "Library.java, read from its code:\n"
        "- `class Library`: A small lending library: books can be added, lent and returned.\n"
        "  - `private final List<String> titles = new ArrayList<>()`\n"
        "  - `private final List<String> lent = new ArrayList<>()`\n"
        "  - `public void add(String title)`\n"
        "  - `public boolean lend(String title)`\n"
        "  - `public String toString()`"
    )


def test_a_question_about_one_method_is_answered_from_that_method_s_code():
    document = java_file()
    named = named_definition("what does lend do?", document)
    assert named is not None
    assert definition_outline(document, named) == (
        "`lend`, read from its code:\n"
        "- `public boolean lend(String title)`: Lends a book the library has and has not lent out already. "
        "Returns `false` or `true`.")
    assert returns_answer("what does toString return?", document) == '`toString` returns `count + " books"`.'
    assert returns_answer("what does count_stream return?", c_file()) == "`count_stream` returns `c`."


def test_a_revision_that_breaks_c_or_java_syntax_or_drops_a_method_is_refused():
    method = LIBRARY[LIBRARY.index("    public void add") : LIBRARY.index("    /** Lends")]
    broken = method.replace("titles.add(title);", "titles.add(title")
    reason = unusable(broken, method, "", "make add ignore duplicates", "Library.java", targeted=True)
    assert reason is not None and "not valid Java" in reason
    without_lend = LIBRARY.replace(LIBRARY[LIBRARY.index("    /** Lends") : LIBRARY.index("    @Override")], "")
    reason = unusable(without_lend, LIBRARY, "", "make toString say how many are lent", "Library.java", targeted=True)
    assert reason is not None and "lend" in reason


def test_how_to_compile_and_run_a_c_program_is_read_from_its_main_and_includes():
    assert usage_answer("how do I compile this?", c_file()) == (
        "Compile it with `cc -Wall -o wc wc.c`, then run it with `./wc [ARG1]`.")  # argc > 1 is tested: optional
    with_math = WORD_COUNT.replace("#include <ctype.h>", "#include <ctype.h>\n#include <math.h>").replace("argc > 1 ? ", "")
    assert usage_answer("how do I run this?", c_file(with_math)) == (
        "Compile it with `cc -Wall -o wc wc.c -lm`, then run it with `./wc ARG1`.")
    library = WORD_COUNT[: WORD_COUNT.index("int main")]
    assert "has no main function" in usage_answer("how do I run this?", c_file(library))
    assert "is a header" in usage_answer("how do I use this?", Document.from_text(Path("wc.h"), "int count(void);\n"))


def test_how_to_run_a_java_class_depends_on_its_main_and_its_package():
    assert usage_answer("how do I run this?", java_file()) == (
        "Library has no main method, so it is a class for other code to use rather than a program: compile it with "
        "`javac shelf/Library.java` from the folder `shelf/` is in.")
    program = LIBRARY.replace("package shelf;\n\n", "").replace(
        "    @Override", "    public static void main(String[] args) {\n        new Library().add(args[0]);\n    }\n\n    @Override")
    assert usage_answer("how do I run this?", java_file(program)) == (
        "Run it with `java Library.java ARG1` (Java 11 and later compile it on the way), or compile it with "
        "`javac Library.java` and run `java Library ARG1`.")


def test_how_many_functions_or_methods_code_has_is_counted_and_each_named():
    assert definitions_counted("how many functions are there?", c_file()) == (
        "wc.c has 2 functions: `count_stream`, `main`.")
    assert definitions_counted("how many methods does Library have?", java_file()) == (
        "`Library` has 3 methods: `add`, `lend`, `toString`.")
    assert definitions_counted("how many functions are in it?", java_file()) == (
        "Library.java has 3 methods: `add`, `lend`, `toString`.")  # Java has none outside a class
    assert definitions_counted("how many structs are there?", c_file()) == "wc.c has 1 struct: `counts`."
    assert definitions_counted("how many classes are there?", c_file()) == "wc.c has no classes."
    assert definitions_counted("how many words is this?", c_file()) is None


def test_a_revision_of_a_java_method_that_loses_the_class_s_last_brace_is_refused(repo):
    # the last method's section ends the class: alone it does not parse, so only the whole file can tell
    (repo / "Library.java").write_text(LIBRARY)
    method = '    @Override\n    public String toString() {\n        return lent.size() + " lent";\n    }\n'
    engine = ScriptedEngine(lambda prompt: method + "</revised>")
    with pytest.raises(MalformedOutput, match="no longer valid Java"):
        Session(engine, Workspace(repo), None).propose_edit("Library.java", "make toString say how many are lent")
    assert (repo / "Library.java").read_text() == LIBRARY


CART = """\
#include <string>
#include <vector>

namespace shop {

// One line of a cart: what it is, how many, at what price.
struct Item {
    std::string name;
    int quantity;
    double price;
};

class Cart {
public:
    void add(const Item& item) { items.push_back(item); }
    double total() const;
private:
    std::vector<Item> items;
};

double Cart::total() const
{
    double sum = 0;
    for (const auto& item : items)
        sum += item.price * item.quantity;
    return sum;
}

}  // namespace shop

int main()
{
    shop::Cart cart;
    cart.add({"tea", 2, 3.5});
    return cart.total() > 0 ? 0 : 1;
}
"""


def cpp_file(text: str = CART) -> Document:
    return Document.from_text(Path("cart.cpp"), text)


def test_cpp_sources_and_headers_are_cpp_and_a_namespace_is_cut_at_what_it_holds():
    assert language_for(Path("cart.cpp")) == language_for(Path("cart.hpp")) == language_for(Path("cart.cc")) == "cpp"
    assert LANGUAGE_NAMES["cpp"] == "C++"
    starts = [section.text.splitlines()[0] for section in split_sections(CART, "cpp")]
    assert starts == ["#include <string>", "namespace shop {", "class Cart {", "double Cart::total() const", "int main()"]
    assert "".join(section.text for section in split_sections(CART, "cpp")) == CART
    assert declared_names(CART, "cpp") == ["shop", "Item", "name", "quantity", "price", "Cart", "add", "total", "items",
                                           "main"]


def test_a_cpp_class_renamed_is_renamed_before_its_colons_too_and_a_member_is_left_to_the_model():
    result = renamed(CART, renaming("rename Cart to Basket", CART, "cpp"), "cpp")
    assert "class Basket {" in result and "double Basket::total() const" in result and "shop::Basket cart;" in result
    # declared in the class as a member, defined outside as Cart::total: no grammar says which uses are its own
    assert renaming("rename total to subtotal", CART, "cpp") is None


def test_the_outline_of_cpp_reads_inside_its_namespace():
    assert outline(cpp_file()) == (
        "cart.cpp, read from its code:\n"
        "- `struct Item`: One line of a cart: what it is, how many, at what price.\n"
        "  - `std::string name`\n"
        "  - `int quantity`\n"
        "  - `double price`\n"
        "- `class Cart`\n"
        "  - `void add(const Item& item)`\n"
        "  - `double total() const`\n"
        "  - `std::vector<Item> items`\n"
        "- `double Cart::total() const`: Returns `sum`.\n"
        "- `int main()`: Returns `cart.total() > 0 ? 0 : 1`."
    )


def test_cpp_methods_defined_outside_their_class_are_counted_as_its_methods_once():
    assert definitions_counted("how many methods does Cart have?", cpp_file()) == "`Cart` has 2 methods: `add`, `total`."
    assert definitions_counted("how many methods are there?", cpp_file()) == "cart.cpp has 2 methods: `add`, `total`."
    assert definitions_counted("how many functions are there?", cpp_file()) == "cart.cpp has 1 function: `main`."


def test_cpp_is_compiled_with_cpp_and_reviewed_with_c_s_checks():
    assert usage_answer("how do I compile this?", cpp_file()) == (
        "Compile it with `c++ -std=c++17 -Wall -o cart cart.cpp`, then run it with `./cart`.")
    code = "#include <cstring>\n\nvoid tag(const char* s)\n{\n    char out[8];\n    strcpy(out, s);\n}\n"
    assert [code[f.start : f.end] for f in code_review_findings(code, "cpp", "any bugs?")] == ["strcpy(out, s);"]


def test_a_cpp_template_function_is_outlined_with_its_template_and_what_it_returns():
    code = "template <typename T>\nT clamp(T value, T low, T high)\n{\n    return value < low ? low : value;\n}\n"
    assert outline(cpp_file(code)) == ("cart.cpp, read from its code:\n"
                                       "- `template <typename T> T clamp(T value, T low, T high)`: Returns "
                                       "`value < low ? low : value`.")
    (start, end), = definition_spans(code, "cpp", "clamp")
    assert code[start:end] == code.strip()  # deleting it takes its template line too
