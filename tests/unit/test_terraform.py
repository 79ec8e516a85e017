"""Terraform's HCL: outlined by its blocks, a tag added in line with the others, a variable's default set, a
status switched, and a revision that no longer reads as HCL refused."""

from pathlib import Path

import pytest

from companion.behaviors.answer import answer
from companion.behaviors.data_formats import format_broken
from companion.behaviors.exact_edits import made_without_the_model
from companion.behaviors.terraform import default_set, tag_added
from companion.documents import Document
from tests.scripted import ScriptedEngine

MAIN = """\
provider "aws" {
  region = "eu-west-2"
}

variable "bucket_name" {
  type    = string
  default = "riverside-reading-files"
}

resource "aws_s3_bucket" "files" {
  bucket = var.bucket_name

  tags = {
    Project = "reading-circle"
  }
}

resource "aws_s3_bucket_versioning" "files" {
  bucket = aws_s3_bucket.files.id

  versioning_configuration {
    status = "Disabled"
  }
}
"""


def changed(request: str, text: str = MAIN) -> str | None:
    replacements = made_without_the_model(Document.from_text(Path("main.tf"), text), request, None, "main.tf")
    return None if replacements is None else replacements[0].new_text


@pytest.mark.parametrize("request_", ["add an Owner tag with the value priya", "add a tag Owner = priya",
                                      "set the Owner tag to priya"])
def test_a_tag_goes_into_the_tags_map_its_equals_sign_in_line(request_):
    assert changed(request_) == MAIN.replace('    Project = "reading-circle"\n',
                                             '    Project = "reading-circle"\n    Owner   = "priya"\n')


def test_a_longer_key_lines_the_others_up_with_it_and_a_reference_is_not_quoted():
    assert tag_added(MAIN, "add a CostCentre tag set to var.cost_centre") == MAIN.replace(
        '    Project = "reading-circle"\n', '    Project    = "reading-circle"\n    CostCentre = var.cost_centre\n')


def test_of_two_tags_maps_the_tag_goes_in_the_block_the_request_names_and_a_key_is_not_added_twice():
    two = MAIN.replace('  versioning_configuration {', '  tags = {\n    Project = "reading-circle"\n  }\n\n  versioning_configuration {')
    assert tag_added(two, "add an Owner tag with the value priya") is None  # which map?
    named = tag_added(two, "add an Owner tag with the value priya to the versioning resource")
    assert named.count('Owner   = "priya"') == 1 and named.index("Owner") > named.index("aws_s3_bucket_versioning")
    assert tag_added(MAIN, "add a Project tag with the value x") is None


def test_a_variables_default_is_set_by_the_words_of_its_name_quoted_as_it_was():
    assert default_set(MAIN, "change the default bucket name to rrc-files") == MAIN.replace(
        '"riverside-reading-files"', '"rrc-files"')
    assert changed("the default bucket name should be rrc-files") == MAIN.replace('"riverside-reading-files"', '"rrc-files"')
    assert default_set(MAIN, "change the default region to eu-west-1") is None  # no variable of that name


def test_enabling_what_a_status_stands_under_switches_it():
    assert changed("enable versioning") == MAIN.replace('status = "Disabled"', 'status = "Enabled"')
    assert changed("disable versioning") is None  # so already: no change to make


def test_no_setting_is_written_outside_every_block():
    assert changed("add a Team tag set to outreach", MAIN.replace("  tags = {\n    Project = \"reading-circle\"\n  }\n", "")) is None


def test_what_the_file_does_is_its_blocks_where_the_models_answer_loops():
    looping = ScriptedEngine(lambda prompt: "It is a storage bucket for the files in the project. " * 30)
    assert answer(looping, "what does this file do?", Document.from_text(Path("main.tf"), MAIN)) == (
        "main.tf, read from its code:\n"
        '- `provider "aws"`: region = "eu-west-2"\n'
        '- `variable "bucket_name"`: type = string, default = "riverside-reading-files"\n'
        '- `resource "aws_s3_bucket" "files"`: bucket = var.bucket_name, tags\n'
        '- `resource "aws_s3_bucket_versioning" "files"`: bucket = aws_s3_bucket.files.id, versioning_configuration')


def test_a_revision_that_is_no_longer_hcl_is_broken():
    assert format_broken(MAIN.replace('region = "eu-west-2"', "region = "), MAIN, Path("main.tf")) == "HCL"
    assert format_broken(MAIN, MAIN, Path("main.tf")) is None


def test_comments_and_blank_lines_among_the_tags_are_kept():
    commented = MAIN.replace('    Project = "reading-circle"\n',
                             '    # who pays\n    Project = "reading-circle"\n\n    Env = "prod" # live\n')
    assert tag_added(commented, "add an Owner tag with the value priya") == MAIN.replace(
        '    Project = "reading-circle"\n',
        '    # who pays\n    Project = "reading-circle"\n\n    Env     = "prod" # live\n    Owner   = "priya"\n')
    empty = MAIN.replace('    Project = "reading-circle"\n', "")
    assert tag_added(empty, "add an Owner tag with the value priya") == MAIN.replace(
        'Project = "reading-circle"', 'Owner = "priya"')
