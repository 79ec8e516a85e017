"""Code review comments found without the model: the mistakes a reader can prove from the code alone, where it
crashes on input it does not check, swallows errors, leaks a file, or waits forever.

Asked to "flag bugs" or "point out anything that could crash", the model marked nothing, or a "typo" its quote did
not have. Each check here names a line whose fault the code itself shows (a division by ``len(values)`` in a
function that never checks ``values`` is a ZeroDivisionError on an empty list), says why in a sentence and what
to do instead. The model's own comments are kept beside these (``comment.review``): it may see what no check can.
Python is read with its own parser (``ast``); JavaScript and TypeScript line by line; C and Java by tree-sitter
(``review_c_java``), Ruby and PHP (``review_ruby_php``), C# (``review_csharp``), Lua (``review_lua``), Kotlin (``review_kotlin``) and Swift (``review_swift``) too.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass

from companion.behaviors.review_c_java import c_java_faults
from companion.behaviors.review_csharp import CHECKED_FOR as CSHARP_CHECKED_FOR
from companion.behaviors.review_csharp import csharp_faults
from companion.behaviors.review_kotlin import CHECKED_FOR as KOTLIN_CHECKED_FOR
from companion.behaviors.review_kotlin import kotlin_faults
from companion.behaviors.review_lua import CHECKED_FOR as LUA_CHECKED_FOR
from companion.behaviors.review_lua import lua_faults
from companion.behaviors.review_ruby_php import CHECKED_FOR as RUBY_PHP_CHECKED_FOR
from companion.behaviors.review_ruby_php import ruby_php_faults
from companion.behaviors.review_swift import CHECKED_FOR as SWIFT_CHECKED_FOR
from companion.behaviors.review_swift import swift_faults
from companion.code_names import declared_names, definition_spans

ASKS_FOR_CODE_REVIEW = re.compile(
    r"\b(?:bugs?|buggy|crash\w*|exceptions?|raises?|throws?|errors?|fail\w*|break\w*|broken|wrong|problems?|issues?|"
    r"edge\s+cases?|leaks?|hangs?|safe(?:ty)?|security|risky|review\w*|check)\b",
    re.IGNORECASE,
)
"""A request about what could go wrong, or a review with nothing more said; not one about style or naming."""
_ABOUT_STYLE = re.compile(r"\b(?:style|nits?|naming|names|format\w*|docstrings?|comments?\s+on\s+what|annotate|"
                          r"explain|readab\w*)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Finding:
    start: int
    end: int
    comment: str


def code_review_findings(text: str, language: str, request: str) -> list[Finding]:
    """The faults of ``text`` that the checks of its ``language`` find, where the request asks what could go wrong;
    [] for any other request, language, or code that does not parse."""
    if not ASKS_FOR_CODE_REVIEW.search(request) or _ABOUT_STYLE.search(request):
        return []
    if language == "python":
        return _python_findings(text)
    if language in ("javascript", "typescript", "tsx"):
        return _script_findings(text)
    if language in ("c", "cpp", "java", "ruby", "php", "csharp", "lua", "kotlin", "swift"):
        faults = _TREE_CHECKS[language](text) if language in _TREE_CHECKS else c_java_faults(text, language)
        return [_on_line(text, fault.node.start_point[0], fault.comment) for fault in faults]
    return []


_ASKS_WHETHER = re.compile(r"^\s*(?:any|are|is|does|do|did|can|could|will|would|might|why|where|which|"
                           r"what(?:'s|\s+is|\s+are|\s+could|\s+might|\s+can)?)\b|\?\s*$", re.IGNORECASE)
"""A question ("any bugs?", "what's wrong with read_config?", "could this crash?"), not a request for comments."""
_ABOUT_FAULTS = re.compile(r"\b(?:bugs?|buggy|crash\w*|wrong|problems?|issues?|leak\w*|safe|unsafe|secure|security|"
                           r"vulnerab\w*|broken)\b", re.IGNORECASE)
"""What a question about faults asks of ("could this crash?"); not one about errors or failures as the code's
behaviour ("what does load raise?", "what happens when every attempt fails?")."""


def review_answer(request: str, code: str, language: str) -> str | None:
    """The answer to a question about what could go wrong in ``code`` (or in the one of its definitions the
    question names): the lines whose faults its checks prove, each with why; where they find none, what they
    looked for, which proves no code right; None for another question, or a language with no checks. Asked "any
    bugs?" of a C file with an unchecked ``malloc``, the model had answered "I'm not sure. I've never seen a haiku
    with a bug.", and of a stock module, listed "the number of items in the list is too high" until stopped."""
    if not (_ASKS_WHETHER.search(request) and _ABOUT_FAULTS.search(request)) or language not in _CHECKED_FOR:
        return None
    findings = code_review_findings(code, language, request)
    named = [name for name in declared_names(code, language)
             if re.search(rf"(?<![\w$]){re.escape(name)}(?![\w$])", request)]
    if len(named) == 1:
        start, end = _definition_span(code, language, named[0])
        findings = [finding for finding in findings if start <= finding.start < end]
    where = f"`{named[0]}`" if len(named) == 1 else "this code"
    if not findings:
        return (f"The checks find none of the faults they look for in {where}: {_CHECKED_FOR[language]}. That does "
                "not prove it correct: ask to “review this” for the model's comments on it as well.")
    lines = [f"- line {code.count(chr(10), 0, f.start) + 1}, `{code[f.start : f.end]}`: {f.comment}" for f in findings]
    said = "this line can fail" if len(lines) == 1 else f"these {len(lines)} lines can fail"
    return f"In {where}, {said}, as the code itself shows:\n" + "\n".join(lines)


_CHECKED_FOR = {
    "python": ("a division by len() or a max() or min() of a parameter never tested, an exception swallowed, a "
               "mutable default argument, open() outside with, == None, an HTTP call without a timeout, shell=True, "
               "eval or exec, sys.argv read unchecked, a syntax error"),
    "javascript": "forEach with an async callback, == or !=, a division by a length never tested, JSON.parse outside try",
    "c": "a copy of unbounded length into a fixed array, a malloc() or fopen() result used unchecked, realloc() losing its block",
    "java": "a String compared with == or !=, an exception caught and ignored, a file opened outside try-with-resources",
}
_CHECKED_FOR.update(RUBY_PHP_CHECKED_FOR, csharp=CSHARP_CHECKED_FOR, lua=LUA_CHECKED_FOR, kotlin=KOTLIN_CHECKED_FOR,
                    swift=SWIFT_CHECKED_FOR)
_CHECKED_FOR["typescript"] = _CHECKED_FOR["tsx"] = _CHECKED_FOR["javascript"]
_CHECKED_FOR["cpp"] = _CHECKED_FOR["c"]
"""What the checks of each language look for, said where they find nothing."""


_TREE_CHECKS = {"ruby": lambda text: ruby_php_faults(text, "ruby"), "php": lambda text: ruby_php_faults(text, "php"),
                "csharp": csharp_faults, "lua": lua_faults, "kotlin": kotlin_faults, "swift": swift_faults}
"""The checks that read each language's tree, but C's, C++'s and Java's (``c_java_faults``)."""


def _definition_span(code: str, language: str, name: str) -> tuple[int, int]:
    spans = definition_spans(code, language, name)
    return spans[0] if len(spans) == 1 else (0, len(code))


def _on_line(text: str, row: int, comment: str) -> Finding:
    """A finding anchored to line ``row`` (from 0) of ``text``, from its first character that is not a space."""
    lines = text.splitlines(keepends=True)
    offset = sum(len(line) for line in lines[:row])
    line = lines[row].rstrip("\r\n")
    return Finding(offset + len(line) - len(line.lstrip()), offset + len(line), comment)


# -- Python ---------------------------------------------------------------------------------------------------------


_MOST_SYNTAX_ERRORS = 5


def _python_findings(text: str) -> list[Finding]:
    lines = text.splitlines(keepends=True)
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line))
    found: dict[int, Finding] = {}

    def mark(number: int, comment: str) -> None:
        line = lines[number - 1].rstrip("\r\n")
        start = starts[number - 1] + len(line) - len(line.lstrip())
        found.setdefault(number, Finding(start, starts[number - 1] + len(line), comment))

    tree, readable = None, list(lines)
    for _ in range(_MOST_SYNTAX_ERRORS):
        try:
            tree = ast.parse("".join(readable))
            break
        except SyntaxError as error:  # marked, and read past: the rest may have faults of its own
            number = error.lineno or 0
            if not 1 <= number <= len(lines) or number in found:
                return sorted(found.values(), key=lambda finding: finding.start)
            mark(number, f"Not valid Python ({error.msg}): this file does not run until it is fixed.")
            line = readable[number - 1]
            indent = line[: len(line) - len(line.lstrip())]
            readable[number - 1] = indent + ("if True:" if line.rstrip().endswith(":") else "pass") + "\n"
        except ValueError:
            return []
    if tree is None:
        return sorted(found.values(), key=lambda finding: finding.start)
    parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
    for node in ast.walk(tree):
        for check in _PYTHON_CHECKS:
            if comment := check(node, parents, tree):
                mark(node.lineno, comment)
    return sorted(found.values(), key=lambda finding: finding.start)


def _enclosing_function(node: ast.AST, parents: dict) -> ast.AST | None:
    while node in parents:
        node = parents[node]
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            return node
    return None


def _unchecked_parameter(name: str, function: ast.AST | None) -> bool:
    """Whether ``name`` is a parameter of ``function`` that it never tests: what the caller passes, empty or not."""
    if function is None:
        return False
    arguments = function.args
    names = {argument.arg for argument in [*arguments.posonlyargs, *arguments.args, *arguments.kwonlyargs]}
    return name in names and not _checked(name, function)


def _checked(name: str, scope: ast.AST) -> bool:
    """Whether ``scope`` tests ``name`` anywhere (an ``if``, ``while``, ``assert``, conditional expression, a
    ``try``, or ``or``/``and``), so that an empty or missing value may well be handled."""
    for node in ast.walk(scope):
        tests = [node.test] if isinstance(node, (ast.If, ast.While, ast.Assert, ast.IfExp)) else []
        tests += [node] if isinstance(node, ast.BoolOp) else []
        if any(isinstance(inner, ast.Name) and inner.id == name for test in tests for inner in ast.walk(test)):
            return True
        if isinstance(node, ast.Try) and any(isinstance(inner, ast.Name) and inner.id == name
                                             for statement in node.body for inner in ast.walk(statement)):
            return True
    return False


def _division_by_length(node: ast.AST, parents: dict, tree: ast.Module) -> str:
    if not (isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Div, ast.FloorDiv, ast.Mod))):
        return ""
    divisor = node.right
    if not (isinstance(divisor, ast.Call) and isinstance(divisor.func, ast.Name) and divisor.func.id == "len"
            and len(divisor.args) == 1 and isinstance(divisor.args[0], ast.Name)):
        return ""
    name = divisor.args[0].id
    if not _unchecked_parameter(name, _enclosing_function(node, parents)):
        return ""
    return f"Fails on an empty {name}: len({name}) is 0 and this raises ZeroDivisionError. Check for it first."


def _empty_max_or_min(node: ast.AST, parents: dict, tree: ast.Module) -> str:
    if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("max", "min")
            and len(node.args) == 1 and isinstance(node.args[0], ast.Name)
            and not any(keyword.arg == "default" for keyword in node.keywords)):
        return ""
    name = node.args[0].id
    if not _unchecked_parameter(name, _enclosing_function(node, parents)):
        return ""
    return f"{node.func.id}() of an empty {name} raises ValueError: check for it, or pass default=."


def _bare_or_silent_except(node: ast.AST, parents: dict, tree: ast.Module) -> str:
    if not isinstance(node, ast.ExceptHandler):
        return ""
    silent = all(isinstance(statement, ast.Pass) or isinstance(statement, ast.Expr)
                 and isinstance(statement.value, ast.Constant) for statement in node.body)
    if node.type is None:
        return ("A bare 'except:' also catches KeyboardInterrupt and SystemExit" +
                (" and hides the error" if silent else "") + ": name the exceptions expected.")
    broad = isinstance(node.type, ast.Name) and node.type.id in ("Exception", "BaseException")
    return "Every error is silently ignored here: a bug in the try block would never show." if broad and silent else ""


def _mutable_default(node: ast.AST, parents: dict, tree: ast.Module) -> str:
    if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
        return ""
    for default in [*node.args.defaults, *(d for d in node.args.kw_defaults if d is not None)]:
        if isinstance(default, (ast.List, ast.Dict, ast.Set)) or (
                isinstance(default, ast.Call) and isinstance(default.func, ast.Name)
                and default.func.id in ("list", "dict", "set") and not default.args):
            return (f"The default {ast.unparse(default)} is made once and shared by every call: a change to it in one "
                    "call is there in the next. Default to None and make it inside.")
    return ""


def _open_without_with(node: ast.AST, parents: dict, tree: ast.Module) -> str:
    if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "open"):
        return ""
    parent = parents.get(node)
    if isinstance(parent, (ast.withitem, ast.Return, ast.Call)):
        return ""
    return "The file is not closed if anything below raises (and not at all without close()): use 'with open(...)'."


def _compared_to_none(node: ast.AST, parents: dict, tree: ast.Module) -> str:
    if not isinstance(node, ast.Compare):
        return ""
    for operator, right in zip(node.ops, node.comparators):
        if isinstance(operator, (ast.Eq, ast.NotEq)) and isinstance(right, ast.Constant) and right.value is None:
            return "Compare with None by 'is' (or 'is not'): '==' calls the object's own __eq__, which may say anything."
    return ""


_HTTP_CALLS = {"get", "post", "put", "patch", "delete", "head", "request"}


def _request_without_timeout(node: ast.AST, parents: dict, tree: ast.Module) -> str:
    if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in _HTTP_CALLS
            and isinstance(node.func.value, ast.Name) and node.func.value.id in ("requests", "httpx")):
        return ""
    if any(keyword.arg == "timeout" for keyword in node.keywords):
        return ""
    return "No timeout: if the server stops answering, this call waits forever. Pass timeout=."


def _shell_or_eval(node: ast.AST, parents: dict, tree: ast.Module) -> str:
    if not isinstance(node, ast.Call):
        return ""
    if isinstance(node.func, ast.Name) and node.func.id in ("eval", "exec"):
        return f"{node.func.id}() runs whatever code the string holds: anyone who controls it controls the program."
    shell = any(keyword.arg == "shell" and isinstance(keyword.value, ast.Constant) and keyword.value.value is True
                for keyword in node.keywords)
    if shell and isinstance(node.func, ast.Attribute) and isinstance(node.func.value, ast.Name) and node.func.value.id == "subprocess":
        return "shell=True runs the command through the shell: a name with a space or a ';' in it breaks it or runs more."
    return ""


def _unchecked_argument(node: ast.AST, parents: dict, tree: ast.Module) -> str:
    if not (isinstance(node, ast.Subscript) and isinstance(node.value, ast.Attribute) and node.value.attr == "argv"
            and isinstance(node.value.value, ast.Name) and node.value.value.id == "sys"
            and isinstance(node.slice, ast.Constant) and isinstance(node.slice.value, int) and node.slice.value >= 1):
        return ""
    if any(isinstance(other, ast.Call) and isinstance(other.func, ast.Name) and other.func.id == "len"
           and any(isinstance(argument, ast.Attribute) and argument.attr == "argv" for argument in other.args)
           for other in ast.walk(tree)):
        return ""
    given = "no argument" if node.slice.value == 1 else f"fewer than {node.slice.value} arguments"
    return f"Run with {given}, this raises IndexError: check len(sys.argv) and say how to use it."


_PYTHON_CHECKS = (_division_by_length, _empty_max_or_min, _bare_or_silent_except, _mutable_default, _open_without_with,
                  _compared_to_none, _request_without_timeout, _shell_or_eval, _unchecked_argument)


# -- JavaScript and TypeScript ------------------------------------------------------------------------------------

_LOOSE_EQUALITY = re.compile(r"(?<![=!<>])(?:==|!=)(?!=)(?!\s*null\b)")
_ASYNC_FOR_EACH = re.compile(r"\.forEach\(\s*async\b")
_LENGTH_DIVISOR = re.compile(r"/\s*(?P<name>[\w.]+)\.length\b")
_JSON_PARSE = re.compile(r"\bJSON\.parse\(")


def _script_findings(text: str) -> list[Finding]:
    findings, offset = [], 0
    code = _without_strings_and_comments(text)
    for line, bare in zip(text.splitlines(keepends=True), code.splitlines(keepends=True)):
        comment = ""
        if _ASYNC_FOR_EACH.search(bare):
            comment = "forEach does not wait for an async callback: the loop ends before any of them, and their errors go unhandled. Use for…of with await."
        elif _LOOSE_EQUALITY.search(bare):
            comment = "'==' converts types before comparing ('' == 0 is true): use '===' (and '!==')."
        elif (found := _LENGTH_DIVISOR.search(bare)) and not _length_checked(found["name"], code):
            comment = f"For an empty {found['name']} this divides by 0 and gives NaN. Check its length first."
        elif _JSON_PARSE.search(bare) and not _inside_try(code, offset):
            comment = "JSON.parse throws on text that is not JSON, and nothing here catches it."
        if comment:
            stripped = line.rstrip("\r\n")
            start = offset + len(stripped) - len(stripped.lstrip())
            findings.append(Finding(start, offset + len(stripped), comment))
        offset += len(line)
    return findings


def _length_checked(name: str, code: str) -> bool:
    """Whether the code tests ``name``'s length anywhere: in a condition, or compared."""
    length = rf"\b{re.escape(name)}\.length\b"
    return bool(re.search(rf"(?:\bif\s*\(|\?|&&|\|\||!)[^;\n]*{length}|{length}\s*(?:[=!]==?|[<>])", code))


def _inside_try(code: str, offset: int) -> bool:
    """Whether ``offset`` lies in a ``try { … }`` block: the braces opened since the last ``try {`` before it are
    still open."""
    for found in reversed(list(re.finditer(r"\btry\s*\{", code[:offset]))):
        if code[found.end() : offset].count("{") >= code[found.end() : offset].count("}"):
            return True
    return False


def _without_strings_and_comments(text: str) -> str:
    """``text`` with its strings, template literals and comments blanked (newlines kept), so that a '==' or a brace in
    them is not read as code."""
    def blank(found: re.Match) -> str:
        return re.sub(r"[^\n]", " ", found.group(0))

    return re.sub(r"//[^\n]*|/\*.*?\*/|\"(?:\\.|[^\"\\\n])*\"|'(?:\\.|[^'\\\n])*'|`(?:\\.|[^`\\])*`", blank, text,
                  flags=re.DOTALL)
