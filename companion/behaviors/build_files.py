"""Answers about a Makefile or a Dockerfile read from the file itself: what it does, what one make target does,
and how to use it.

Asked "what does make install do?" of a six-line Makefile, the base model answered "make install does not
install the package. It installs the package." until it was stopped. What a target does is written in its
recipe, so it is read from there, with the Makefile's own variables put in (``$(VENV)/bin/pip`` as
``.venv/bin/pip``); a Dockerfile's steps are read from its instructions in order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from companion.documents import Document, is_dockerfile, is_makefile


@dataclass
class Target:
    name: str
    prerequisites: list[str]
    comment: str = ""
    recipe: list[str] = field(default_factory=list)


@dataclass
class Makefile:
    variables: dict[str, str]
    targets: list[Target]

    def target(self, name: str) -> Target | None:
        return next((target for target in self.targets if target.name == name), None)

    def expanded(self, text: str, depth: int = 0) -> str:
        """``text`` with the Makefile's variables put in (``$(VENV)``, ``${VENV}``), and ``$$`` as the shell's ``$``;
        a variable it does not set stays as written."""
        def value(found: re.Match[str]) -> str:
            name = found["paren"] or found["brace"]
            known = self.variables.get(name)
            return found.group(0) if known is None or depth > 5 else self.expanded(known, depth + 1)

        return _VARIABLE_USE.sub(value, text).replace("$$", "$")


_VARIABLE_USE = re.compile(r"\$\((?P<paren>[A-Za-z_][\w.-]*)\)|\$\{(?P<brace>[A-Za-z_][\w.-]*)\}")
_ASSIGNMENT = re.compile(r"^(?:export\s+|override\s+)?(?P<name>[A-Za-z_][\w.-]*)\s*(?P<op>\?=|:=|::=|\+=|=)\s*(?P<value>.*)$")
_RULE = re.compile(r"^(?P<targets>[^\s:=#][^:=#]*?)\s*::?(?!=)\s*(?P<prerequisites>[^=;#]*?)\s*(?:;\s*(?P<inline>.*))?$")


def read_makefile(text: str) -> Makefile:
    """The variables a Makefile sets and its targets in order (special ones such as ``.PHONY`` left out), each with
    its prerequisites, the comment right above it and its recipe; continued lines are joined."""
    variables: dict[str, str] = {}
    targets: list[Target] = []
    comment: list[str] = []
    current: Target | None = None
    for line in _joined_lines(text):
        if line.startswith("\t") and current is not None:
            if recipe_line := line.strip():
                current.recipe.append(recipe_line)
            continue
        stripped = line.strip()
        if stripped.startswith("#"):
            comment.append(stripped.lstrip("#").strip())
            continue
        if not stripped:
            comment = []  # a blank line ends a comment; a recipe may go on past it
            continue
        if assignment := _ASSIGNMENT.match(stripped):
            value = assignment["value"].split(" #")[0].strip()
            if assignment["op"] == "+=":
                value = f"{variables.get(assignment['name'], '')} {value}".strip()
            if assignment["op"] != "?=" or assignment["name"] not in variables:
                variables[assignment["name"]] = value
            comment, current = [], None
        elif rule := _RULE.match(stripped.split("#")[0].strip()):
            trailing = stripped.partition("#")[2].lstrip("#").strip()  # "test: ## run the tests", as help targets read
            for name in rule["targets"].split():
                if name.startswith("."):
                    continue
                current = Target(name, rule["prerequisites"].split(), trailing or " ".join(comment))
                if rule["inline"]:
                    current.recipe.append(rule["inline"].strip())
                targets.append(current)
            comment = []
        else:
            comment, current = [], None
    return Makefile(variables, targets)


def _joined_lines(text: str) -> list[str]:
    lines: list[str] = []
    for line in text.splitlines():
        if lines and lines[-1].endswith("\\"):
            lines[-1] = lines[-1][:-1].rstrip() + " " + line.strip()
        else:
            lines.append(line)
    return lines


def _recipe_said(makefile: Makefile, target: Target) -> str:
    """What running ``target`` does, in a line: its prerequisites first, then its commands with the variables put in
    (``@`` and ``-`` prefixes dropped)."""
    parts = []
    if target.prerequisites:
        parts.append("first makes " + ", ".join(f"`{makefile.expanded(name)}`" for name in target.prerequisites))
    if target.recipe:
        parts.append("runs " + "; then ".join(f"`{makefile.expanded(line).lstrip('@-+ ')}`" for line in target.recipe))
    return " and ".join(parts) or "does nothing of its own"


def makefile_outline(document: Document) -> str | None:
    """Each target of the Makefile ``document`` with what running it does, the first one marked as the default,
    and the variables one may set on the command line; None for a Makefile with no targets."""
    makefile = read_makefile(document.text)
    if not makefile.targets:
        return None
    lines = []
    for position, target in enumerate(makefile.targets):
        default = " (the default: plain `make`)" if position == 0 else ""
        about = f" — {target.comment.rstrip('.')}" if target.comment else ""
        lines.append(f"- `make {target.name}`{default}{about}: {_recipe_said(makefile, target)}")
    if makefile.variables:
        lines.append("- settings, each of which `make NAME=value` overrides: "
                     + ", ".join(f"`{name}` ({value or 'empty'})" for name, value in makefile.variables.items()))
    return f"{document.path.name}, read from the file:\n" + "\n".join(lines)


ASKS_WHAT_TARGET_DOES = re.compile(
    r"^\s*(?:what\s+(?:does|will|would)\s+(?:running\s+)?(?:`?make\s+(?P<make>[\w./-]+)`?|the\s+`?(?P<target>[\w./-]+)`?\s+"
    r"(?:target|rule|recipe))\s+do|what\s+happens\s+(?:when|if)\s+(?:i|you|we)\s+run\s+`?make\s+(?P<run>[\w./-]+)`?"
    r"|explain\s+`?make\s+(?P<explain>[\w./-]+)`?)\s*[?.!]*$", re.IGNORECASE)
"""A question about one make target: "what does make install do?", "what does the clean target do?"."""


def target_answer(request: str, document: Document) -> str | None:
    """What the one make target a question names does, read from its recipe; None for another question or
    file, or a target the Makefile does not have."""
    asked = ASKS_WHAT_TARGET_DOES.match(request)
    if not asked or not is_makefile(document.path):
        return None
    name = next(group for group in asked.groups() if group)
    makefile = read_makefile(document.text)
    target = makefile.target(name)
    if target is None:
        return None
    about = f" ({target.comment.rstrip('.')})" if target.comment else ""
    return f"`make {name}`{about} {_recipe_said(makefile, target)}."


def dockerfile_outline(document: Document) -> str | None:
    """The steps of the Dockerfile ``document`` in order, in words; None where it has no instructions."""
    steps = [step for line in _joined_lines(document.text) if (step := _docker_step(line.strip()))]
    return f"{document.path.name}, read from the file:\n" + "\n".join(f"- {step}" for step in steps) if steps else None


def _docker_step(line: str) -> str:
    instruction, _, argument = line.partition(" ")
    argument = argument.strip()
    said = {
        "FROM": lambda: (f"starts a stage `{stage}` from" if (stage := _stage_name(argument)) else "builds on")
        + f" the image `{argument.split()[0]}`",
        "WORKDIR": lambda: f"works in `{argument}`",
        "COPY": lambda: "copies " + _copied(argument),
        "ADD": lambda: "adds " + _copied(argument),
        "RUN": lambda: f"runs `{argument}`",
        "ENV": lambda: f"sets `{argument}`",
        "ARG": lambda: f"takes the build argument `{argument}`",
        "EXPOSE": lambda: "listens on port " + ", ".join(argument.split()),
        "USER": lambda: f"runs as the user `{argument}`",
        "VOLUME": lambda: f"keeps `{argument}` in a volume",
        "CMD": lambda: f"starts with `{_command(argument)}`",
        "ENTRYPOINT": lambda: f"always runs `{_command(argument)}`",
        "HEALTHCHECK": lambda: f"checks its health with `{argument}`",
    }.get(instruction.upper())
    return said() if said and argument else ""


def _stage_name(argument: str) -> str:
    words = argument.split()
    return words[2] if len(words) == 3 and words[1].lower() == "as" else ""


def _copied(argument: str) -> str:
    words = [word for word in argument.split() if not word.startswith("--")]
    if len(words) < 2:
        return f"`{argument}`"
    sources = ", ".join("the project" if word == "." else f"`{word}`" for word in words[:-1])
    return f"{sources} into " + ("the working folder" if words[-1] in (".", "./") else f"`{words[-1]}`")


def _command(argument: str) -> str:
    """A CMD or ENTRYPOINT as the shell would read it: ``["python", "app.py"]`` as ``python app.py``."""
    if argument.startswith("["):
        return " ".join(re.findall(r'"((?:[^"\\]|\\.)*)"', argument))
    return argument


def build_file_usage(document: Document) -> str | None:
    """How to use the open Makefile (its targets) or Dockerfile (build, then run with its port published); None
    for another file."""
    if is_makefile(document.path):
        targets = read_makefile(document.text).targets
        if not targets:
            return None
        others = ", ".join(f"`make {target.name}`" for target in targets[1:])
        return (f"Run `make` in this folder: it makes `{targets[0].name}`, the first target."
                + (f" The others: {others}." if others else ""))
    if is_dockerfile(document.path):
        image = re.sub(r"[^a-z0-9_.-]+", "-", document.path.resolve().parent.name.lower()).strip("-.") or "app"
        ports = [port.split("/")[0] for line in document.text.splitlines()
                 if line.strip().upper().startswith("EXPOSE ") for port in line.split()[1:]]
        published = "".join(f" -p {port}:{port}" for port in ports)
        default = "" if document.path.name.lower() == "dockerfile" else f" -f {document.path.name}"
        return (f"Build the image with `docker build{default} -t {image} .`, then run it with "
                f"`docker run{published} {image}`.")
    return None


ADDS_TARGET = re.compile(
    r"^\s*(?:please\s+)?add\s+(?:an?\s+)?(?:new\s+)?(?:make\s+)?(?:`?(?P<name>[\w.-]+)`?\s+(?:target|rule|command)"
    r"|(?:target|rule)\s+(?:called|named)\s+`?(?P<called>[\w.-]+)`?)\s+(?:that|which|to)\s+(?:runs?|calls?|executes?)\s+"
    r"`?(?P<command>[^`]+?)`?[\s.!]*$", re.IGNORECASE)
"""A request for a new make target: "add a format target that runs ruff format"."""


def target_added(text: str, request: str) -> str | None:
    """The Makefile ``text`` with the target a request names and the command it runs added at its end, in the
    Makefile's form: listed with the other ``.PHONY`` targets where they are, its program called by the path the
    other recipes call it by (``ruff`` as ``$(VENV)/bin/ruff``). None for another request, or a target the
    Makefile has already."""
    asked = ADDS_TARGET.match(request)
    if not asked:
        return None
    name, command = asked["name"] or asked["called"], asked["command"].strip()
    makefile = read_makefile(text)
    if makefile.target(name) is not None:
        return None
    program, _, rest = command.partition(" ")
    called_as = [word for target in makefile.targets for line in target.recipe for word in line.lstrip("@-+ ").split()
                 if word.endswith("/" + program)]
    command = " ".join(filter(None, [called_as[0] if called_as else program, rest]))
    phony = re.search(r"^\.PHONY\s*:.*$", text, re.MULTILINE)
    if phony:
        text = text[: phony.end()] + f" {name}" + text[phony.end() :]
    return text.rstrip("\n") + f"\n\n{name}:\n\t{command}\n"
