"""A LaTeX document's title, author, date or section title is set exactly, in its own commands, without the model."""

from __future__ import annotations

from pathlib import Path

import pytest

from companion.behaviors.latex import latex_change
from tests.scripted import proposed_without_the_model

PAPER = ("\\documentclass{article}\n\\title{Soil Moisture and Tomato Yield}\n\\author{A. Gardener}\n\n"
         "\\begin{document}\n\\maketitle\n\n\\section{Method}\nBeds were watered.\n\n\\subsection{Beds}\nTwelve.\n"
         "\\end{document}\n")


@pytest.mark.parametrize(("request_", "old", "new"), [
    ("change the title to Watering and Tomato Yield", "{Soil Moisture and Tomato Yield}", "{Watering and Tomato Yield}"),
    ("the author should be A. Gardener & B. Grower", "{A. Gardener}", "{A. Gardener \\& B. Grower}"),
    ("rename the method section to Methods", "\\section{Method}", "\\section{Methods}"),
    ("rename the beds subsection to Raised beds", "\\subsection{Beds}", "\\subsection{Raised beds}"),
])
def test_the_command_the_request_names_gets_the_new_argument_its_special_characters_escaped(request_, old, new):
    assert latex_change(PAPER, request_, Path("paper.tex")) == PAPER.replace(old, new)


@pytest.mark.parametrize(("request_", "path"), [
    ("change the date to today", "paper.tex"),  # no \date
    ("rename the results section to Findings", "paper.tex"),  # no such section
    ("change the title to Watering", "notes.md"),  # no LaTeX
])
def test_a_command_the_document_lacks_or_another_file_is_left_to_the_model(request_, path):
    assert latex_change(PAPER, request_, Path(path)) is None


def test_the_change_is_proposed_without_asking_the_model(repo):
    proposal = proposed_without_the_model(repo, "paper.tex", PAPER, "change the title to Watering and Tomato Yield")
    assert proposal.result() == PAPER.replace("Soil Moisture", "Watering")
