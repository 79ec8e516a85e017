"""Only companion.tui may import Textual: the core stays usable from the CLI, evals and scripts."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import companion

CORE_MODULES = sorted(
    name for _, name, _ in pkgutil.walk_packages(companion.__path__, "companion.") if not name.startswith("companion.tui")
)


def test_core_modules_import_without_textual():
    code = (
        "import importlib, sys\n"
        f"for name in {CORE_MODULES!r}: importlib.import_module(name)\n"
        "assert 'textual' not in sys.modules, sorted(m for m in sys.modules if m.startswith('textual'))\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
    assert "companion.session" in CORE_MODULES and "companion.cli" in CORE_MODULES
