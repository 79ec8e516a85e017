"""A Jupyter notebook's cells as Markdown, for answering questions about it: its Markdown cells as they are, its
code cells in fences, its outputs left out.

A notebook is JSON on disk: every line of its text is wrapped in quotes and escapes, with its outputs (images as
base64) in between, so a question about it would show the model mostly noise. Read as the document it amounts
to, the answer rules find its headings and sentences, and the model sees its words and code.
"""

from __future__ import annotations

import json


def notebook_text(notebook: str) -> str | None:
    """The cells of ``notebook`` (an ``.ipynb`` file's text) in order, as Markdown; None where it is no notebook."""
    try:
        parsed = json.loads(notebook)
        cells = parsed["cells"]
        language = parsed.get("metadata", {}).get("kernelspec", {}).get("language", "python")
    except (ValueError, KeyError, TypeError, AttributeError):
        return None
    blocks = []
    for cell in cells if isinstance(cells, list) else []:
        source = cell.get("source", "") if isinstance(cell, dict) else ""
        text = ("".join(source) if isinstance(source, list) else str(source)).strip()
        if not text:
            continue
        blocks.append(f"```{language}\n{text}\n```" if cell.get("cell_type") == "code" else text)
    return "\n\n".join(blocks) + "\n" if blocks else None
