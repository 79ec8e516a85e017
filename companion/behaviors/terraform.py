"""Terraform's HCL read as blocks: what a file declares, a tag added, a variable's default set, without the model.

Asked "what does this file do?" of an S3 bucket's main.tf, the model answered "It is a storage bucket for the files
in the project. It is used to store the files in the project." until it was stopped; asked to "add an Owner tag
with the value priya", it proposed no change, and the settings-file rule wrote ``owner_tag = priya`` at the end,
outside every block. HCL says what everything is: each block its type and labels (``resource "aws_s3_bucket"
"files"``), each setting its name, and tags are a map of their own.
"""

from __future__ import annotations

import re

from companion.behaviors.figures import spoken
from companion.behaviors.quoted import stems
from companion.documents import node_text, syntax_tree

HCL_SUFFIXES = (".tf", ".tfvars", ".hcl")

_ADDS_TAG = re.compile(
    r"^\s*(?:please\s+)?(?:add|set)\s+(?:(?:a|an|the)\s+)?(?:(?P<key>[\w:./-]+)\s+tag|tag\s+(?P<key2>[\w:./-]+))\s*"
    r"(?:with\s+(?:the\s+)?value\s+|set\s+to\s+|of\s+|=\s*|:\s*|saying\s+|to\s+)(?P<value>\S.*?)"
    r"(?:\s+to\s+(?:the\s+)?(?P<where>\S.*?))?[\s.!]*$", re.IGNORECASE)
""""add an Owner tag with the value priya", "add a tag Team = outreach", "set the CostCentre tag to 42"."""
_SETS_DEFAULT = re.compile(
    r"^\s*(?:please\s+)?(?:change|set|make)\s+(?:the\s+)?default\s+(?:(?:of|for)\s+(?:the\s+)?)?(?P<name>\S.*?)\s+"
    r"(?:to\s+)?(?P<value>\S+?)[\s.!]*$"
    r"|^\s*(?:the\s+)?default\s+(?P<name2>\S.*?)\s+should\s+be\s+(?P<value2>\S+?)[\s.!]*$"
    r"|^\s*(?:the\s+)?(?P<name3>\S.*?)\s+should\s+default\s+to\s+(?P<value3>\S+?)[\s.!]*$", re.IGNORECASE)
""""change the default bucket name to rrc-files", "the default region should be eu-west-1"."""
_BARE_VALUE = re.compile(r"^(?:-?\d+(?:\.\d+)?|true|false|null|(?:var|local|module|data)\.\S+|\".*\")$")
"""A value HCL writes without quotes: a number, true or false, a reference; or one quoted already."""


def hcl_outline(text: str, heading: str) -> str | None:
    """What an HCL file declares, a block to a line: its type and labels, and the settings it gives plainly
    (``region = "eu-west-2"``), or the names of the blocks and maps inside it."""
    root = syntax_tree(text, "hcl").root_node
    body = next((child for child in root.named_children if child.type == "body"), None)
    lines = [_block_line(block) for block in (body.named_children if body is not None else []) if block.type == "block"]
    return f"{heading}:\n" + "\n".join(lines) if lines else None


def _block_line(block) -> str:
    kind = node_text(block.named_children[0])
    labels = [node_text(child) for child in block.named_children if child.type in ("string_lit", "identifier")][1:]
    body = next((child for child in block.named_children if child.type == "body"), None)
    said = []
    for item in body.named_children if body is not None else []:
        name = node_text(item.named_children[0])
        value = node_text(item.named_children[1]) if item.type == "attribute" and len(item.named_children) > 1 else ""
        said.append(f"{name} = {value}" if value and "\n" not in value and len(value) <= 60 else name)
    return f"- `{' '.join([kind, *labels])}`" + (f": {', '.join(said)}" if said else "")


def terraform_change(text: str, request: str) -> str | None:
    """``text`` with the tag the request gives added to the one ``tags`` map (``tag_added``) or the default of the
    variable it names set (``default_set``); None otherwise."""
    return tag_added(text, request) or default_set(text, request)


def tag_added(text: str, request: str) -> str | None:
    """``text`` with ``Key = "value"`` added to its one ``tags = { … }`` map (of the block the request names, where
    there are more), its ``=`` lined up with the others' as ``terraform fmt`` lines them; None where there is no one
    map, or it has the key already."""
    found = _ADDS_TAG.match(request)
    if not found:
        return None
    key, value = found["key"] or found["key2"], found["value"].strip().strip("\"'“”")
    maps = [tags for tags in re.finditer(r"^(?P<indent>[ \t]*)tags\s*=\s*\{[ \t]*\n(?P<body>(?:.*\n)*?)(?P=indent)\}",
                                          text, re.MULTILINE)]
    if found["where"] and len(maps) > 1:
        wanted = stems(found["where"])
        maps = [tags for tags in maps if wanted <= stems(spoken(_block_above(text, tags.start())))]
    if len(maps) != 1:
        return None
    tags = maps[0]
    entries = [entry for entry in re.finditer(r"^(?P<indent>[ \t]*)(?P<key>\"[^\"\n]+\"|[\w:./-]+)[ \t]*=[ \t]*(?P<value>.*)$",
                                              tags["body"], re.MULTILINE)]
    if any(entry["key"].strip('"') == key for entry in entries):
        return None
    indent = entries[0]["indent"] if entries else tags["indent"] + "  "
    name = key if re.fullmatch(r"[\w-]+", key) else f'"{key}"'
    width = max([len(name), *(len(entry["key"]) for entry in entries)])
    at = entries[-1].end() + 1 if entries else 0  # after the last entry's line
    lined = tags["body"][:at]
    for entry in reversed(entries):  # each entry lined up where it stands; comments and blank lines between kept
        lined = lined[: entry.start()] + f"{entry['indent']}{entry['key'].ljust(width)} = {entry['value']}" + lined[entry.end() :]
    written = value if _BARE_VALUE.match(value) else f'"{value}"'
    body = lined + f"{indent}{name.ljust(width)} = {written}\n" + tags["body"][at:]
    return text[: tags.start("body")] + body + text[tags.end("body") :]


def _block_above(text: str, at: int) -> str:
    """The type and labels of the nearest block opened above ``at``: ``resource "aws_s3_bucket" "files"``."""
    opened = re.findall(r"^([\w-]+(?:[ \t]+\"[^\"\n]*\")*)[ \t]*\{[ \t]*$", text[:at], re.MULTILINE)
    return opened[-1].replace('"', " ") if opened else ""


def default_set(text: str, request: str) -> str | None:
    """``text`` with the ``default`` of the one ``variable`` block the request names by its words ("bucket name"
    is ``bucket_name``) given the value it asks for, quoted as the old one was; None otherwise."""
    found = _SETS_DEFAULT.match(request)
    if not found:
        return None
    name, value = next((found[name], found[value]) for name, value in (("name", "value"), ("name2", "value2"),
                                                                       ("name3", "value3")) if found[name])
    wanted = stems(name) - stems("variable var value")
    blocks = [block for block in re.finditer(r"^variable[ \t]+\"(?P<name>[^\"\n]+)\"[ \t]*\{[ \t]*\n(?P<body>(?:.*\n)*?)\}",
                                             text, re.MULTILINE) if wanted and stems(spoken(block["name"])) == wanted]
    if len(blocks) != 1:
        return None
    default = re.search(r"^[ \t]*default[ \t]*=[ \t]*(?P<value>\"[^\"\n]*\"|[^\s{\[]+)[ \t]*$", blocks[0]["body"], re.MULTILINE)
    if default is None:
        return None
    value = value.strip("\"'“”")
    written = f'"{value}"' if default["value"].startswith('"') else value
    start = blocks[0].start("body") + default.start("value")
    return text[:start] + written + text[blocks[0].start("body") + default.end("value") :]
