"""A notebook is read, for answers, as its cells: Markdown as it is, code in fences, outputs left out."""

import json
from pathlib import Path

from companion.behaviors.answer import answer
from companion.behaviors.notebooks import notebook_text
from companion.documents import Document
from tests.scripted import ScriptedEngine

NOTEBOOK = json.dumps({
    "metadata": {"kernelspec": {"language": "python", "name": "python3"}},
    "cells": [
        {"cell_type": "markdown", "source": ["# Rainfall in Lisbon\n", "\n", "We compare the wettest months of 2024 and 2025."]},
        {"cell_type": "code", "source": ["import pandas as pd\n", "rain = pd.read_csv('rain.csv')"],
         "outputs": [{"data": {"image/png": "iVBORw0KGgo="}}]},
        {"cell_type": "markdown", "source": "## Results\n\nNovember was the wettest month in both years."},
    ],
    "nbformat": 4,
})


def test_its_cells_are_read_in_order_with_code_fenced_and_outputs_left_out():
    assert notebook_text(NOTEBOOK) == (
        "# Rainfall in Lisbon\n\nWe compare the wettest months of 2024 and 2025.\n\n"
        "```python\nimport pandas as pd\nrain = pd.read_csv('rain.csv')\n```\n\n"
        "## Results\n\nNovember was the wettest month in both years.\n")
    assert notebook_text("not a notebook") is None


def test_a_question_about_a_notebook_is_answered_from_its_cells():
    document = Document.from_text(Path("rain.ipynb"), NOTEBOOK)
    never = ScriptedEngine(lambda prompt: "It is about the sea.")
    assert answer(never, "what are the results?", document) == (
        "Under “Results” the text says:\nNovember was the wettest month in both years.")
    seen = []
    answer(ScriptedEngine(lambda prompt: seen.append(prompt) or "Rain."), "what is this about?", document,
           display_path="rain.ipynb")
    assert "We compare the wettest months" in seen[0] and "iVBORw0KGgo" not in seen[0] and "\\n" not in seen[0]
