"""How to run the open file, read from it: a script's command with its arguments and options, a test module's
pytest command, that a module that is no script is imported (and how), a Makefile's or Dockerfile's commands, and
how a C or Java program is compiled and run.

Asked "how do I run this?" of an argparse script, the base model answered "python wordcount.py" three times over;
of a pytest module, "python test_inventory.py", which runs no test; of a module of dataclasses, "python
inventory.py", which does nothing; asked how to compile a C word counter, "You can use the gcc compiler to compile
this file." three times over.
"""

from __future__ import annotations

import re

import tree_sitter

from companion.behaviors.build_files import build_file_usage
from companion.behaviors.outline import SHELL_SUFFIXES, CodeReader
from companion.code_names import declared_names
from companion.documents import Document, is_build_file, node_text, syntax_tree

ASKS_HOW_TO_RUN = re.compile(
    r"^\s*(?:how\s+(?:do|can|should|would)\s+(?:i|you|we|one)\s+(?:run|use|start|launch|call|invoke|compile|build)\s+"
    r"(?:this|it|the\s+(?:script|program|app|file|code|server|tool|tests?)|(?:these|those)\s+tests?)"
    r"|what(?:'s|\s+is)\s+(?:the\s+)?usage|usage)\b\s*(?:\w+\s*)?[?.!]*$", re.IGNORECASE)
"""A question about how to run the open script or tests: "how do I run this?", "what's the usage?", "how do I run
the tests?", "how do I compile this?"."""


def usage_answer(request: str, document: Document) -> str | None:
    """How to run the open Python or shell script, read from it: the command, with the arguments and options its
    argparse parser takes and what each is for; for a test module, the pytest (or unittest) command; for a module
    that is no script (no ``__main__`` block, parser or ``sys.argv``), that it is imported, and how; for the other
    languages read here (``_USAGE_OF``), how each kind of file is compiled, run, tested, served or loaded. None for
    another question or file."""
    if not ASKS_HOW_TO_RUN.match(request):
        return None
    if is_build_file(document.path):
        return build_file_usage(document)
    name = document.path.name
    if document.path.suffix.lower() in SHELL_SUFFIXES:
        return f"Run it with `bash {name}`" + (f" (or `./{name}` once it is executable: `chmod +x {name}`)."
                                               if document.text.startswith("#!") else ".")
    if document.language in _USAGE_OF:
        return _USAGE_OF[document.language](document)
    if document.language != "python":
        return None
    tests = _test_names(document.text)
    if tests or re.search(r"\btests?\b", request, re.IGNORECASE):  # tests asked of a file without them: elsewhere
        return _test_usage(document, tests) if tests else None
    reader = CodeReader("python")
    for node in syntax_tree(document.text, "python").root_node.named_children:
        reader.read_top(node)
    arguments = sorted({int(index) for index in re.findall(r"\bsys\.argv\[(\d+)\]", document.text)} - {0})
    if not (reader.runs or reader.options or arguments):
        return _module_usage(document)
    words = [option.in_usage for option in reader.options] or [f"ARG{index}" for index in arguments]
    command = " ".join([f"python {name}", *words])
    explained = [f"- `{option.in_usage.strip('[]')}`: {option.help or 'no help given'}"
                 + (f" (default {option.default})" if option.default else "") for option in reader.options]
    return f"Run it with `{command}`" + (":\n" + "\n".join(explained) if explained else ".")


def _module_usage(document: Document) -> str | None:
    """For a Python module that is no script, that it is imported rather than run, and the import of the public
    functions and classes it defines; None where it defines none."""
    names = [name for node in syntax_tree(document.text, "python").root_node.named_children
             if (definition := _undecorated(node)).type in ("function_definition", "class_definition")
             and not (name := node_text(definition.child_by_field_name("name"))).startswith("_")]
    if not names:
        return None
    return (f"{document.path.name} is a module to import rather than a script to run: running it defines "
            f"{'its names' if len(names) > 1 else 'one name'} and does nothing else (it has no "
            f"`if __name__ == \"__main__\":` block). Use it from other code with "
            f"`from {document.path.stem} import {', '.join(sorted(names))}`.")


def _test_names(code: str) -> list[str]:
    """The tests a Python module defines, as pytest names them: ``test_…`` functions, and the ``test…`` methods of
    its ``Test…`` classes or ``unittest.TestCase`` subclasses as ``Class::method``."""
    names = []
    for node in syntax_tree(code, "python").root_node.named_children:
        definition = _undecorated(node)
        name = node_text(definition.child_by_field_name("name"))
        if definition.type == "function_definition" and name.startswith("test"):
            names.append(name)
        elif definition.type == "class_definition" and (
                name.startswith("Test") or "TestCase" in node_text(definition.child_by_field_name("superclasses"))):
            body = definition.child_by_field_name("body")
            for child in body.named_children if body is not None else []:
                method = _undecorated(child)
                method_name = node_text(method.child_by_field_name("name"))
                if method.type == "function_definition" and method_name.startswith("test"):
                    names.append(f"{name}::{method_name}")
    return names


def _undecorated(node: tree_sitter.Node) -> tree_sitter.Node:
    return node.child_by_field_name("definition") or node if node.type == "decorated_definition" else node


def _test_usage(document: Document, tests: list[str]) -> str:
    """How to run the tests of a Python test module with pytest, every one and one alone."""
    name = document.path.name
    if "unittest" in document.text and "pytest" not in document.text:
        return f"Run them with `python -m unittest -v {document.path.stem}` ({_counted(len(tests), 'test')})."
    listed = ", ".join(f"`{test}`" for test in tests[:6]) + (", …" if len(tests) > 6 else "")
    return (f"Run them with `pytest {name}` ({_counted(len(tests), 'test')}: {listed}); one alone "
            f"with `pytest {name}::{tests[0]}`, or every test of the project with `pytest`.")


def _counted(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


_LINKED = (("math.h", "-lm"), ("cmath", "-lm"), ("pthread.h", "-pthread"), ("thread", "-pthread"))
"""Headers whose library the compiler links only when asked."""


def _c_usage(document: Document) -> str:
    """How to compile and run a C or C++ file with a ``main``: the ``cc`` (``c++``) command, with ``-lm`` where it
    includes ``math.h``, and the command-line arguments it reads (``argv[1]``), in brackets where it tests ``argc``
    for them; a header is included, and a file without ``main`` is compiled into another program."""
    name, stem, code, language = document.path.name, document.path.stem, document.text, document.language
    compiler = "c++ -std=c++17" if language == "cpp" else "cc"
    if document.path.suffix.lower() in (".h", ".hpp", ".hh", ".hxx"):
        return f"{name} is a header: it is not run, but included by the files that use it (`#include \"{name}\"`)."
    if "main" not in declared_names(code, language):
        return (f"{name} has no main function, so it is not a program of its own: compile it with the files that call "
                f"it (`{compiler} -c {name}` makes `{stem}.o` to link with them).")
    links = [flag for header, flag in _LINKED if re.search(rf"#\s*include\s*<{re.escape(header)}>", code)]
    indices = sorted({int(index) for index in re.findall(r"\bargv\[(\d+)\]", code)} - {0})
    tested = [int(bound) for bound in re.findall(r"\bargc\s*>\s*(\d+)", code)]
    words = [f"[ARG{index}]" if index in tested else f"ARG{index}" for index in indices]
    return (f"Compile it with `{' '.join([compiler, '-Wall -o', stem, name, *links])}`, then run it with "
            f"`{' '.join([f'./{stem}', *words])}`.")


def _java_usage(document: Document) -> str:
    """How to run a Java file with a ``main`` method: straight from its source (Java 11 and later), or compiled
    with ``javac``, from the folder its package's path starts in; a class without ``main`` is compiled for other
    code to use."""
    code, name, stem = document.text, document.path.name, document.path.stem
    package = re.search(r"^\s*package\s+([\w.]+)\s*;", code, re.MULTILINE)
    source = f"{package[1].replace('.', '/')}/{name}" if package else name
    qualified = f"{package[1]}.{stem}" if package else stem
    from_folder = f" from the folder `{package[1].split('.')[0]}/` is in" if package else ""
    if not re.search(r"\bstatic\s+void\s+main\s*\(", code):
        return (f"{stem} has no main method, so it is a class for other code to use rather than a program: compile it "
                f"with `javac {source}`{from_folder}.")
    words = [f"ARG{index + 1}" for index in sorted({int(index) for index in re.findall(r"\bargs\[(\d+)\]", code)})]
    return (f"Run it with `{' '.join([f'java {source}', *words])}`{from_folder} (Java 11 and later compile it on the "
            f"way), or compile it with `javac {source}` and run `{' '.join([f'java {qualified}', *words])}`.")


def _swift_usage(document: Document) -> str:
    """How to run Swift: a package's manifest with ``swift build``, tests (XCTest) with ``swift test``, a file of
    top-level code or ``@main`` with ``swift`` (``swift run`` in a package), anything else built with its package."""
    code, name = document.text, document.path.name
    if name == "Package.swift":
        return "SwiftPM reads it: `swift build` builds the package, `swift run` runs its executable, `swift test` its tests."
    if re.search(r"^\s*import\s+XCTest\b", code, re.MULTILINE):
        return "Run its tests with `swift test` in its package."
    statements = [node.type for node in syntax_tree(code, "swift").root_node.named_children]
    if "@main" in code or any(kind not in _SWIFT_DEFINITIONS for kind in statements):
        words = [f"ARG{index}" for index in sorted({int(index) for index in re.findall(
            r"CommandLine\.arguments\[(\d+)\]", code)} - {0})]
        return (f"Run it with `{' '.join([f'swift {name}', *words])}` (in a Swift package, `swift run`).")
    return f"{name} declares types and functions and runs nothing itself: build its package with `swift build`."


_SWIFT_DEFINITIONS = ("import_declaration", "comment", "multiline_comment", "class_declaration", "protocol_declaration",
                      "function_declaration", "property_declaration", "typealias_declaration")


def _kotlin_usage(document: Document) -> str:
    """How to run Kotlin: a script (``.kts``) with ``kotlin``, a file with ``fun main`` compiled by ``kotlinc`` into
    a jar (``./gradlew run`` in a Gradle project), a test class with ``./gradlew test``, anything else built with its
    project."""
    code, name, stem = document.text, document.path.name, document.path.stem
    if name.endswith(".kts"):
        return f"Run the script with `kotlin {name}` (or `kotlinc -script {name}`)."
    if re.search(r"^\s*@Test\b", code, re.MULTILINE):
        return "Run its tests with `./gradlew test` in its Gradle project."
    if not re.search(r"^\s*fun\s+main\s*\(", code, re.MULTILINE):
        return f"{name} has no main function, so it is code for other code to use: build its project with `./gradlew build`."
    words = [f"ARG{index + 1}" for index in sorted({int(index) for index in re.findall(r"\bargs\[(\d+)\]", code)})]
    return (f"Run it with `kotlinc {name} -include-runtime -d {stem}.jar` and then "
            f"`{' '.join([f'java -jar {stem}.jar', *words])}` (in a Gradle project, `./gradlew run`).")


def _lua_usage(document: Document) -> str:
    """How to run Lua: a Neovim config or plugin (it uses ``vim.``) is loaded by Neovim, a LÖVE game (``love.``
    callbacks) by ``love``, a module that returns its table by ``require``, anything else by ``lua``."""
    code, name, stem = document.text, document.path.name, document.path.stem
    if re.search(r"\bvim\.(?:api|fn|opt|o|g|keymap|cmd|lsp|diagnostic)\b", code):
        return (f"Neovim runs {name}: it loads at start from your config (`~/.config/nvim`, `init.lua` or under `lua/`); "
                f"to run it now, in Neovim: `:luafile {name}` (`:source %` while it is open).")
    if re.search(r"^\s*function\s+love\.(?:load|update|draw)\b", code, re.MULTILINE):
        return "It is a LÖVE game: run `love .` in its folder (the one with main.lua)."
    last = [node for node in syntax_tree(code, "lua").root_node.named_children if node.type != "comment"][-1:]
    if last and last[0].type == "return_statement":
        return (f"{name} is a module: it returns its table for other Lua to use, with `local {stem} = "
                f"require(\"{stem}\")` (from the folder it is in, or one on `package.path`).")
    words = [f"ARG{index}" for index in sorted({int(index) for index in re.findall(r"\barg\[(\d+)\]", code)} - {0})]
    return f"Run it with `{' '.join([f'lua {name}', *words])}`."


def _csharp_usage(document: Document) -> str:
    """How to run C#: ``dotnet test`` for tests (``[Fact]``, ``[Test]``, ``[TestMethod]``), ``dotnet run`` for a
    program (a ``Main`` method or top-level statements, with the ``args`` it reads), ``dotnet build`` for a class
    other code uses; each from the folder of the project (``.csproj``) the file is in."""
    code = document.text
    if re.search(r"\[(?:Fact|Theory|Test|TestMethod|TestCase)\b", code):
        return "Run its tests with `dotnet test`, from the folder of its test project (the .csproj)."
    root = syntax_tree(code, "csharp").root_node
    if re.search(r"\bstatic\s+(?:async\s+)?(?:void|int|Task(?:<int>)?)\s+Main\s*\(", code) or any(
            node.type == "global_statement" for node in root.named_children):
        words = [f"ARG{index + 1}" for index in sorted({int(index) for index in re.findall(r"\bargs\[(\d+)\]", code)})]
        command = " ".join(["dotnet run", *(["--", *words] if words else [])])
        return f"Run it with `{command}`, from the folder of its project (the .csproj)."
    return (f"{document.path.name} has no Main method or top-level statements, so it is code for other code to use: "
            "build its project with `dotnet build`.")


def _rake_tasks(node: tree_sitter.Node, namespace: str = "") -> list[str]:
    """The tasks a Rakefile defines, in order, each under its namespaces (``db:seed``): ``task :test``, ``task
    "seed"``, ``task default: :test``."""
    tasks: list[str] = []
    for child in node.named_children:
        method = child.child_by_field_name("method") if child.type == "call" else None
        arguments = child.child_by_field_name("arguments") if method is not None else None
        first = arguments.named_children[0] if arguments is not None and arguments.named_children else None
        name = "" if first is None else node_text(first.child_by_field_name("key") if first.type == "pair" else first)
        name = name.strip(":\"'")
        if method is not None and node_text(method) == "task" and name:
            tasks.append(namespace + name)
        elif method is not None and node_text(method) == "namespace" and name:
            tasks += _rake_tasks(child.child_by_field_name("block") or child, f"{namespace}{name}:")
        else:
            tasks += _rake_tasks(child, namespace)
    return tasks


_RUBY_TOOLS = {
    "Gemfile": "Bundler reads it: `bundle install` installs the gems it lists, and `bundle exec COMMAND` runs a command "
               "with them.",
    "config.ru": "Rack reads it: `bundle exec rackup` serves the app it builds (on port 9292).",
    "Vagrantfile": "Vagrant reads it: `vagrant up` starts the machine it describes, `vagrant ssh` opens a shell on it.",
    "Podfile": "CocoaPods reads it: `pod install` installs the pods it lists.",
    "Brewfile": "Homebrew reads it: `brew bundle` installs what it lists.",
    "Guardfile": "Guard reads it: `bundle exec guard` watches the files it names.",
    "Capfile": "Capistrano reads it: `cap STAGE deploy` deploys.",
    "Fastfile": "fastlane reads it: `fastlane LANE` runs one of its lanes.",
    "Dangerfile": "Danger reads it: `danger` runs it on a pull request in CI.",
}
"""What reads each Ruby file named for a tool, and the command that runs it."""


def _ruby_usage(document: Document) -> str:
    """How to run a Ruby file: an RSpec spec with ``rspec``, a Minitest file or a script with ``ruby`` (with the
    ``ARGV`` it reads), and a file of classes and modules, which runs nothing, with ``require_relative``."""
    code, name = document.text, document.path.name
    if name == "Rakefile" or name.endswith(".rake"):
        tasks = _rake_tasks(syntax_tree(code, "ruby").root_node)
        listed = ": " + ", ".join(f"`rake {task}`" for task in tasks) if tasks else ""
        return f"Rake runs its tasks{listed} (`rake -T` lists those with a description)."
    if name in _RUBY_TOOLS:
        return _RUBY_TOOLS[name]
    if name.endswith("_spec.rb") or re.search(r"^\s*(?:RSpec\.)?describe\b", code, re.MULTILINE):
        return f"Run its specs with `rspec {name}` (`bundle exec rspec {name}` in a project with a Gemfile)."
    if re.search(r"^\s*require\s+[\"']minitest/autorun[\"']", code, re.MULTILINE):
        return f"Run its tests with `ruby {name}`."
    runs = [node for node in syntax_tree(code, "ruby").root_node.named_children
            if node.type not in ("comment", "class", "module") and not node_text(node).startswith(("require", "include"))]
    if not runs:
        return (f"{name} defines classes and modules and runs nothing itself: load it from other Ruby code with "
                f"`require_relative \"{document.path.stem}\"`.")
    words = [f"ARG{index + 1}" for index in sorted({int(index) for index in re.findall(r"\bARGV\[(\d+)\]", code)})]
    return f"Run it with `{' '.join([f'ruby {name}', *words])}`."


_PHP_DEFINITIONS = ("php_tag", "comment", "function_definition", "class_declaration", "interface_declaration",
                    "trait_declaration", "enum_declaration", "namespace_definition", "namespace_use_declaration",
                    "declare_statement", "const_declaration")


def _php_usage(document: Document) -> str:
    """How to run a PHP file: a page (it reads a request or writes HTML) through a web server, PHP's own for
    trying it; a command-line script (it reads ``$argv``) with ``php``; a file of functions and classes with
    ``require_once``."""
    code, name = document.text, document.path.name
    if re.search(r"\$_(?:GET|POST|REQUEST|SERVER|SESSION|COOKIE|FILES)\b|\bheader\s*\(|\?>\s*<", code):
        return (f"{name} is a web page: serve its folder with `php -S localhost:8000` and open "
                f"http://localhost:8000/{name} (in production, your web server runs it).")
    if re.search(r"\$argv\b|\bPHP_SAPI\b|\bphp_sapi_name\s*\(", code):
        words = [f"ARG{index}" for index in sorted({int(index) for index in re.findall(r"\$argv\[(\d+)\]", code)} - {0})]
        return f"Run it with `{' '.join([f'php {name}', *words])}`."
    runs = [node for node in syntax_tree(code, "php").root_node.named_children if node.type not in _PHP_DEFINITIONS
            and not re.match(r"(?:require|include)(?:_once)?\b|define\s*\(", node_text(node))]
    if not runs:
        return (f"{name} defines functions and classes for other PHP code: load it with "
                f"`require_once __DIR__ . '/{name}';`.")
    return f"Run it with `php {name}`."


_USAGE_OF = {"c": _c_usage, "cpp": _c_usage, "java": _java_usage, "csharp": _csharp_usage, "kotlin": _kotlin_usage,
             "swift": _swift_usage, "ruby": _ruby_usage, "php": _php_usage, "lua": _lua_usage}
"""How to run a file of each language but Python's and the shell's, read from it."""
