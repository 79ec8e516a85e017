"""Asked only for notes in code, a revision that also changes lines of the code is cut down to the notes it adds:
every line of the code stays as it was."""

from __future__ import annotations

from companion.behaviors.notes import notes_kept

LOAD = (
    "def load(path):\n"
    "    inventory = Inventory()\n"
    "    with open(path) as handle:\n"
    "        for line in handle:\n"
    "            inventory.add(*line.split(','))\n"
    "    return inventory\n"
)


def test_a_docstring_is_kept_and_the_code_line_changed_beside_it_is_restored():
    revised = LOAD.replace("    inventory = Inventory()\n", '    """Load from path."""\n    inventory = Load()\n')
    assert notes_kept(revised, LOAD, "add a docstring to load") == LOAD.replace(
        "def load(path):\n", 'def load(path):\n    """Load from path."""\n')


def test_a_docstring_of_several_lines_is_kept_whole():
    docstring = '    """An inventory read from a file.\n\n    Each line is a name and a count.\n    """\n'
    revised = LOAD.replace("def load(path):\n", "def load(path):\n" + docstring).replace("*line", "line")
    assert notes_kept(revised, LOAD, "add a docstring") == LOAD.replace("def load(path):\n", "def load(path):\n" + docstring)


def test_comments_on_their_own_lines_and_at_the_end_of_a_kept_line_are_kept():
    revised = (LOAD.replace("    with open", "    # one item per line\n    with open")
               .replace("    return inventory\n", "    return inventory  # never None\n")
               .replace("Inventory()", "dict()"))
    assert notes_kept(revised, LOAD, "add comments") == (
        LOAD.replace("    with open", "    # one item per line\n    with open")
        .replace("    return inventory\n", "    return inventory  # never None\n"))


def test_for_logging_only_the_log_calls_are_kept():
    revised = LOAD.replace("    return inventory\n", '    """Loaded."""\n    logger.info("loaded %s", path)\n    return items\n')
    assert notes_kept(revised, LOAD, "add logging") == LOAD.replace(
        "    return inventory\n", '    logger.info("loaded %s", path)\n    return inventory\n')


def test_javascript_block_comments_are_notes():
    code = "function total(items) {\n  return items.reduce((sum, item) => sum + item.price, 0);\n}\n"
    revised = "/**\n * The sum of the prices.\n */\nfunction total(items) {\n  return items.length;\n}\n"
    assert notes_kept(revised, code, "add a jsdoc comment") == "/**\n * The sum of the prices.\n */\n" + code


def test_a_revision_that_adds_no_note_gives_nothing():
    assert notes_kept(LOAD.replace("Inventory()", "Load()"), LOAD, "add a docstring") is None
    assert notes_kept(LOAD, LOAD, "add a docstring") is None


def test_a_note_written_in_place_of_one_there_was_is_left_out():
    module = '"""Stock helpers."""\n\n\n' + LOAD
    revised = module.replace('"""Stock helpers."""\n\n\n', '"""Load: loads."""\n').replace(
        "    inventory = Inventory()\n", "    # a fresh inventory\n    inventory = Inventory()\n")
    assert notes_kept(revised, module, "add comments") == module.replace(
        "    inventory = Inventory()\n", "    # a fresh inventory\n    inventory = Inventory()\n")
