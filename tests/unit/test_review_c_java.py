"""Asked what could go wrong in C or Java, the reviewer marks the lines whose fault the code itself proves; a
question about faults is answered with those lines, or with what was looked for; and the model's claim that one
of the code's names is a typo for another is not shown."""

from __future__ import annotations

from pathlib import Path

import pytest

from companion.behaviors.code_review import code_review_findings, review_answer
from companion.behaviors.comment import Comment, unfounded
from companion.documents import Document


def marked(code: str, language: str) -> list[str]:
    return [code[finding.start : finding.end] for finding in code_review_findings(code, language, "any bugs?")]


@pytest.mark.parametrize(("body", "line", "why"), [
    ("char name[32];\n    gets(name);", "gets(name);", "fgets"),
    ("char name[32];\n    scanf(\"%s\", name);", 'scanf("%s", name);', "width"),
    ("char tag[16];\n    strcpy(tag, s);", "strcpy(tag, s);", "overflows"),
    ("char tag[16];\n    strcat(tag, s);", "strcat(tag, s);", "overflows"),
    ("char tag[16];\n    sprintf(tag, \"<%s>\", s);", 'sprintf(tag, "<%s>", s);', "snprintf"),
    ("char *copy = malloc(64);\n    copy[0] = 0;", "char *copy = malloc(64);", "NULL"),
    ("FILE *log = fopen(s, \"a\");\n    fputs(s, log);", 'FILE *log = fopen(s, "a");', "could not be opened"),
    ("char *p = malloc(8);\n    if (!p) return;\n    p = realloc(p, 16);", "p = realloc(p, 16);", "loses the only pointer"),
])
def test_each_c_fault_the_code_proves_is_marked_with_why(body, line, why):
    code = f"void f(const char *s)\n{{\n    {body}\n}}\n"
    findings = code_review_findings(code, "c", "any bugs?")
    assert [code[f.start : f.end] for f in findings] == [line]
    assert why in findings[0].comment


@pytest.mark.parametrize("body", [
    "char *out = malloc(strlen(s) + 8);\n    if (out == NULL) return;\n    strcpy(out, s);",  # sized for it, checked
    "char tag[16];\n    strcpy(tag, \"none\");",  # a literal that fits
    "FILE *in = fopen(s, \"r\");\n    if (!in) { perror(s); return; }\n    fclose(in);",
    "char line[80];\n    fgets(line, sizeof line, stdin);",
])
def test_c_that_handles_the_case_is_not_marked(body):
    assert marked(f"void f(const char *s)\n{{\n    {body}\n}}\n", "c") == []


NOTES = """\
import java.io.*;

public class Notes {
    public void load(String path) throws IOException {
        BufferedReader reader = new BufferedReader(new FileReader(path));
        String line = reader.readLine();
        if (line == "") {
            return;
        }
    }

    public void save(String path) {
        try (PrintWriter out = new PrintWriter(path)) {
            out.println("notes");
        } catch (IOException e) {
        }
    }

    public String ask() {
        Scanner in = new Scanner(System.in);
        return in.nextLine();
    }
}
"""


def test_each_java_fault_the_code_proves_is_marked_and_a_file_opened_in_try_or_the_console_is_not():
    assert marked(NOTES, "java") == [
        "BufferedReader reader = new BufferedReader(new FileReader(path));", 'if (line == "") {',
        "} catch (IOException e) {"]


def test_a_question_about_faults_is_answered_with_the_lines_that_can_fail():
    code = "char *greet(const char *s)\n{\n    char tag[16];\n    strcpy(tag, s);\n    return strdup(tag);\n}\n"
    assert review_answer("any bugs?", code, "c") == (
        "In this code, this line can fail, as the code itself shows:\n"
        "- line 4, `strcpy(tag, s);`: strcpy() copies however long the source is: a longer one overflows the "
        "destination. Check its length, or use snprintf.")


def test_a_question_about_one_method_is_answered_of_that_method_alone():
    answer = review_answer("what's wrong with save?", NOTES, "java")
    assert answer.startswith("In `save`, this line can fail") and "caught and ignored" in answer
    assert "BufferedReader" not in answer


def test_where_the_checks_find_nothing_the_answer_says_what_they_looked_for_and_proves_nothing():
    code = "int twice(int n)\n{\n    return 2 * n;\n}\n"
    answer = review_answer("are there any bugs?", code, "c")
    assert answer.startswith("The checks find none of the faults they look for in this code: a copy of unbounded")
    assert "does not prove it correct" in answer


@pytest.mark.parametrize("request_", ["what happens when every attempt fails?", "what does load throw?",
                                      "flag bugs", "review this"])
def test_a_question_about_behaviour_or_a_request_for_comments_is_not_answered_so(request_):
    assert review_answer(request_, NOTES, "java") is None


def test_a_claimed_typo_of_one_of_the_code_s_names_for_another_is_unfounded():
    document = Document.from_text(Path("Notes.java"), NOTES)
    at = NOTES.index("String line")
    swapped = Comment(at, at + 11, "String line", "Typo: 'line' should be 'reader'.", None, 6, 9)
    assert unfounded(swapped, [], document)
    misspelt = Comment(at, at + 11, "String line", "Typo: 'line' should be 'lines'.", None, 6, 9)
    assert not unfounded(misspelt, [], document)  # "lines" is no name of this code
