"""Lua is code (tree-sitter-lua): a module's functions, ``function M.count`` and ``M.restock = function`` alike, are
its sections and the names a revision must keep and a request may name; the outline, how to run it (Neovim, LÖVE,
``require``, ``lua``) and a name a function sets as a global by accident are read from the code."""

from pathlib import Path

import pytest

from companion.behaviors.code_review import code_review_findings
from companion.behaviors.outline import outline
from companion.behaviors.removal import removed_definition
from companion.behaviors.rename import renamed, renaming
from companion.behaviors.returns import returns_answer
from companion.behaviors.usage import usage_answer
from companion.code_names import declared_names
from companion.documents import Document, language_for, parses_cleanly, split_sections
from companion.markers import find_markers

INVENTORY = """\
-- Inventory helpers for the shop's stock sheet.

local M = {}

local LOW = 3

--- Count the items on hand.
function M.count(items)
  local n = 0
  for _, item in ipairs(items) do
    n = n + item.qty
  end
  total = n
  return n
end

local function describe(item)
  return item.name .. " (" .. item.qty .. ")"
end

M.restock = function(item, amount)
  item.qty = item.qty + amount
  return describe(item)
end

return M
"""


def document() -> Document:
    return Document.from_text(Path("inventory.lua"), INVENTORY)


def test_a_lua_module_is_cut_at_its_functions_however_they_are_written():
    assert language_for(Path("init.lua")) == "lua" and parses_cleanly(INVENTORY, "lua")
    sections = split_sections(INVENTORY, "lua")
    assert "".join(section.text for section in sections) == INVENTORY
    assert [section.title for section in sections] == [
        "local M = {}", "function M.count(items)",
        "local function describe(item)", "M.restock = function(item, amount)", "return M"]


def test_what_lua_declares_and_a_function_deleted_or_renamed_by_its_name():
    assert declared_names(INVENTORY, "lua") == ["LOW", "count", "describe", "restock"]
    code, caution = removed_definition(INVENTORY, "delete the restock function", "lua")
    assert "restock" not in code and parses_cleanly(code, "lua") and caution == ""
    code = renamed(INVENTORY, renaming("rename describe to label", INVENTORY, "lua"), "lua")
    assert "local function label(item)" in code and "return label(item)" in code


def test_the_outline_shows_each_function_with_its_comment_and_returns_and_what_the_module_exports():
    assert outline(document()) == """\
inventory.lua, read from its code: Inventory helpers for the shop's stock sheet.
- `M.count(items)`: Count the items on hand. Returns `n`.
- `describe(item)`: Returns `item.name .. " (" .. item.qty .. ")"`.
- `M.restock(item, amount)`: Returns `describe(item)`.
- exports `M`"""
    assert returns_answer("what does count return?", document()) == "`count` returns `n`."


@pytest.mark.parametrize(
    ("name", "code", "answer"),
    [
        ("inventory.lua", INVENTORY, ('inventory.lua is a module: it returns its table for other Lua to use, with '
                                      '`local inventory = require("inventory")` (from the folder it is in, or one on '
                                      '`package.path`).')),
        ("options.lua", "vim.opt.number = true\n", ("Neovim runs options.lua: it loads at start from your config "
                                                     "(`~/.config/nvim`, `init.lua` or under `lua/`); to run it now, in "
                                                     "Neovim: `:luafile options.lua` (`:source %` while it is open).")),
        ("main.lua", "function love.draw()\nend\n", "It is a LÖVE game: run `love .` in its folder (the one with main.lua)."),
        ("count.lua", "print(#arg[1])\n", "Run it with `lua count.lua ARG1`."),
    ],
)
def test_how_to_run_lua_is_read_from_it(name, code, answer):
    assert usage_answer("how do I run this?", Document.from_text(Path(name), code)) == answer


def test_a_name_a_function_sets_that_nothing_declares_is_a_global_by_accident():
    assert [INVENTORY[f.start : f.end] for f in code_review_findings(INVENTORY, "lua", "any bugs?")] == ["total = n"]
    meant = "count = 0\n\nlocal function bump(step)\n  for i = 1, step do\n    local last = i\n  end\n  count = count + step\nend\n"
    assert code_review_findings(meant, "lua", "any bugs?") == [], "a global the file sets at its top is meant"


def test_a_marker_in_a_lua_comment_is_a_request():
    [marker] = find_markers(Path("init.lua"), "vim.opt.number = true -- AI: also show relative numbers\n")
    assert marker.request == "also show relative numbers"
