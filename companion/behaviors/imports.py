"""Imports: "remove the unused imports" and "sort the imports" of a Python module, made without the model.

Both are bookkeeping a small model gets wrong and a tool gets exactly right: which names a module imports and
never uses is a question of reading every other line, and the order of imports is a rule. The result is
checked by compiling it; a module that does not compile is left to the model.
"""

from __future__ import annotations

import ast
import io
import re
import tokenize
from dataclasses import dataclass

REMOVES_UNUSED = re.compile(r"^\s*(?:please\s+)?(?:remove|delete|drop|clean\s+up|get\s+rid\s+of|prune)\s+"
                            r"(?:the\s+|any\s+|all\s+(?:the\s+)?)?unused\s+imports?\b", re.IGNORECASE)
SORTS = re.compile(r"^\s*(?:please\s+)?(?:sort|order|alphabeti[sz]e|organi[sz]e|tidy(?:\s+up)?)\s+(?:the\s+|my\s+|all\s+"
                   r"(?:the\s+)?)?imports?\b", re.IGNORECASE)


@dataclass(frozen=True)
class _Import:
    """One import statement at the top level of a module: lines ``first``..``last`` (0-based, inclusive)."""
    node: ast.Import | ast.ImportFrom
    first: int
    last: int


def imports_tidied(code: str, request: str) -> str | None:
    """``code`` (Python) with its unused imports removed or its imports sorted, as ``request`` asks; the code
    unchanged where there is nothing to do; None where the request asks neither or the code does not compile."""
    if not (REMOVES_UNUSED.match(request) or SORTS.match(request)):
        return None
    try:
        tree = ast.parse(code)
    except SyntaxError:
        return None
    lines = code.splitlines(keepends=True)
    imports = [_Import(node, node.lineno - 1, node.end_lineno - 1) for node in tree.body
               if isinstance(node, (ast.Import, ast.ImportFrom)) and _alone_on_its_lines(node, lines)]
    changed = _without_unused(lines, imports) if REMOVES_UNUSED.match(request) else _sorted(lines, imports)
    try:
        compile(changed, "<tidied>", "exec")
    except SyntaxError:
        return None
    return changed


def _alone_on_its_lines(node: ast.stmt, lines: list[str]) -> bool:
    """Whether the statement has its lines to itself (not ``import os; x = 1``), so whole lines can go."""
    first, last = lines[node.lineno - 1], lines[node.end_lineno - 1]
    return not first[: node.col_offset].strip() and not last[node.end_col_offset :].split("#")[0].strip(" \t\r\n;")


def _without_unused(lines: list[str], imports: list[_Import]) -> str:
    """The module with each name it imports and uses nowhere else taken out of its import, and an import left
    with no names taken out whole. A name counts as used wherever it appears outside the imports, in a string or
    comment too (``__all__``, a string annotation), so nothing that may be used is removed. ``from __future__``
    stays, and so does ``import *``."""
    import_lines = {number for statement in imports for number in range(statement.first, statement.last + 1)}
    used = _words("".join(line for number, line in enumerate(lines) if number not in import_lines))
    out = list(lines)
    for statement in reversed(imports):
        node = statement.node
        if isinstance(node, ast.ImportFrom) and node.module == "__future__":
            continue
        kept = [alias for alias in node.names if alias.name == "*" or _bound_name(alias) in used]
        if len(kept) == len(node.names):
            continue
        indent = re.match(r"[ \t]*", lines[statement.first]).group()
        newline = "\r\n" if lines[statement.last].endswith("\r\n") else "\n"
        replacement = [indent + _statement(node, kept, wrapped=statement.last > statement.first) + newline] if kept else []
        out[statement.first : statement.last + 1] = replacement
    return "".join(out)


def _bound_name(alias: ast.alias) -> str:
    """The name an import binds: ``np`` for ``import numpy as np``, ``os`` for ``import os.path``."""
    return alias.asname or alias.name.split(".")[0]


def _words(code: str) -> set[str]:
    """Every name and every word inside a string or comment of ``code``."""
    words: set[str] = set()
    try:
        for token in tokenize.generate_tokens(io.StringIO(code).readline):
            if token.type == tokenize.NAME:
                words.add(token.string)
            elif token.type in (tokenize.STRING, tokenize.COMMENT) or token.type == getattr(tokenize, "FSTRING_MIDDLE", -1):
                words.update(re.findall(r"[A-Za-z_]\w*", token.string))
    except (tokenize.TokenError, SyntaxError):
        words.update(re.findall(r"[A-Za-z_]\w*", code))
    return words


def _sorted(lines: list[str], imports: list[_Import]) -> str:
    """The module with each run of imports (imports on consecutive lines, as the author grouped them) sorted the
    way isort sorts a section: ``import x`` lines first, then ``from x import``, each by module name, and the
    names a ``from`` import brings in sorted too (not where comments sit among them). A comment beside an import
    keeps to it, and a comment line or blank line ends a run: the groups the author made stay."""
    out = list(lines)
    for run in reversed(_runs(imports)):
        ordered = sorted(run, key=_sort_key)
        text = []
        for statement in ordered:
            node = statement.node
            written = lines[statement.first : statement.last + 1]
            wrapped = statement.last > statement.first
            if isinstance(node, ast.ImportFrom) and len(node.names) > 1 and not (wrapped and "#" in "".join(written)):
                names = sorted(node.names, key=lambda alias: (alias.name.lower(), alias.name))
                comment = re.search(r"\s*#.*$", written[0].rstrip("\r\n")) if not wrapped else None
                newline = "\r\n" if written[-1].endswith("\r\n") else "\n"
                text.append(_statement(node, names, wrapped=wrapped) + (comment.group() if comment else "") + newline)
            else:
                text.extend(lines[statement.first : statement.last + 1])
        out[run[0].first : run[-1].last + 1] = text
    return "".join(out)


def _runs(imports: list[_Import]) -> list[list[_Import]]:
    """The imports in runs of statements on consecutive lines."""
    runs: list[list[_Import]] = []
    for statement in imports:
        if runs and runs[-1][-1].last + 1 == statement.first:
            runs[-1].append(statement)
        else:
            runs.append([statement])
    return runs


def _sort_key(statement: _Import) -> tuple:
    node = statement.node
    if isinstance(node, ast.ImportFrom):
        module = "." * node.level + (node.module or "")
        return (node.module != "__future__", 1, module.lower(), module)
    return (True, 0, node.names[0].name.lower(), node.names[0].name)


def _statement(node: ast.Import | ast.ImportFrom, names: list[ast.alias], *, wrapped: bool = False) -> str:
    """The import of ``names`` as ``node`` imports them; ``wrapped``, one name a line in parentheses, as a long
    ``from`` import was written."""
    written = [alias.name + (f" as {alias.asname}" if alias.asname else "") for alias in names]
    if isinstance(node, ast.ImportFrom):
        listed = "(\n" + "".join(f"    {name},\n" for name in written) + ")" if wrapped and len(written) > 1 else ", ".join(written)
        return f"from {'.' * node.level}{node.module or ''} import {listed}"
    return f"import {', '.join(written)}"
