"""``companion models`` and ``companion doctor``: what is installed, what is active, and whether it works."""

from __future__ import annotations

import json
import shutil
import sys
from collections.abc import Callable
from pathlib import Path

from companion.models import (
    ModelError,
    check_gguf,
    default_manifest,
    load_manifests,
    provision_default,
)
from companion.runtime import Runtime


def active_model_name(runtime: Runtime, flag: str | None) -> tuple[str, str]:
    """(name or path, chosen by) without loading or assembling anything."""
    if flag:
        return flag, "--model"
    if runtime.settings.model:
        return runtime.settings.model, f"config ({runtime.locations.config_file})"
    return default_manifest().name, "default"


def print_models(runtime: Runtime, flag: str | None, as_json: bool = False) -> int:
    active, chosen_by = active_model_name(runtime, flag)
    rows = []
    for manifest in load_manifests():
        cached = runtime.locations.models_cache / manifest.file_name
        rows.append(
            {
                "name": manifest.name,
                "active": active in (manifest.name, manifest.file_name) or Path(active).name == manifest.file_name,
                "file": manifest.file_name,
                "size_mb": round(manifest.size / 1e6, 1),
                "sha256": manifest.sha256,
                "prompt_format": manifest.prompt_format,
                "context_length": manifest.context_length,
                "source": manifest.source,
                "present": cached.is_file(),
            }
        )
    if not any(row["active"] for row in rows):
        rows.append({"name": active, "active": True, "file": active, "source": "a GGUF file you chose", "present": Path(active).is_file()})
    if as_json:
        print(json.dumps({"active": active, "chosen_by": chosen_by, "models": rows}, indent=2))
        return 0
    for row in rows:
        marker = "*" if row["active"] else " "
        size = f"{row['size_mb']:>7.1f} MB" if "size_mb" in row else "       ? MB"
        state = "ready" if row["present"] else "not yet assembled" if "sha256" in row else "missing"
        print(f"{marker} {row['name']:<28} {size}  {state:<18} {row['source']}")
    print(f"\nactive: {active} (chosen by {chosen_by})")
    return 0


def run_doctor(runtime: Runtime, flag: str | None, project: Path) -> int:
    checks: list[tuple[str, Callable[[], str]]] = [
        ("python", lambda: f"{sys.version.split()[0]}"),
        ("llama-cpp-python", _check_llama),
        ("tree-sitter grammars", _check_grammars),
        ("git", _check_git),
        ("project", lambda: check_project(project)),
        ("config", lambda: f"{runtime.locations.config_file} ({'present' if runtime.locations.config_file.exists() else 'defaults'})"),
        ("model", lambda: _check_model(runtime, flag)),
    ]
    failures = 0
    for name, check in checks:
        try:
            detail = check()
            print(f"ok    {name}: {detail}")
        except Exception as error:  # noqa: BLE001 - doctor reports every failure instead of stopping at one
            failures += 1
            print(f"FAIL  {name}: {error}")
    print("\nall checks passed" if not failures else f"\n{failures} check(s) failed")
    return 1 if failures else 0


def _check_llama() -> str:
    import llama_cpp

    from companion.engine.llama import available_threads, gpu_available

    return f"{llama_cpp.__version__}, {available_threads()} threads, GPU offload {'yes' if gpu_available() else 'no'}"


def _check_grammars() -> str:
    from companion.behaviors.data_formats import reads_as
    from companion.documents import split_sections

    samples = {"markdown": "# A\n\ntext\n", "python": "def f():\n    pass\n", "javascript": "function f() {}\n", "typescript": "let a: number = 1;\n", "tsx": "const a = <b/>;\n",
               "html": "<body>\n  <h1>A</h1>\n  <p>text</p>\n</body>\n", "go": "package main\n\nfunc f() {}\n",
               "rust": "fn f() {}\n", "bash": "f() {\n  echo hi\n}\n", "c": "int f(void) {\n  return 0;\n}\n",
               "cpp": "namespace a {\nint f() { return 0; }\n}\n",
               "java": "class A {\n  void f() {}\n}\n", "ruby": "class A\n  def f\n  end\nend\n",
               "php": "<?php\nfunction f() {}\n", "csharp": "namespace A\n{\n    class B\n    {\n        void F() {}\n    }\n}\n",
               "lua": "local M = {}\n\nfunction M.f()\nend\n\nreturn M\n", "kotlin": "class A {\n    fun f() = 1\n}\n",
               "swift": "struct A {\n    func f() -> Int { 1 }\n}\n"}
    for language, sample in samples.items():
        if "".join(s.text for s in split_sections(sample, language)) != sample:
            raise RuntimeError(f"{language} segmentation does not round-trip")
    for name, good, broken in (("YAML", "a:\n  b: 1\n", "a: [1\n"), ("HCL", 'a "b" {\n  c = 1\n}\n', 'a "b" {\n  c = \n')):
        if not reads_as(good, name) or reads_as(broken, name):
            raise RuntimeError(f"the {name} grammar does not tell a broken file from a good one")
    return ", ".join([*samples, "yaml", "hcl"])


def _check_git() -> str:
    executable = shutil.which("git")
    if not executable:
        raise RuntimeError("git is not on PATH; edits still work but nothing is committed")
    import git

    return git.Git().version()


def check_project(project: Path) -> str:
    """Where the project's changes will be committed, or why they will not be: a fault when git refuses it."""
    from companion.vcs import Vcs, why_no_repository

    vcs = Vcs.discover(project)
    if vcs is None:
        return f"{project}. {why_no_repository()}: accepted changes are written, not committed"
    if refusal := vcs.refusal():
        raise RuntimeError(f"git refuses the repository at {vcs.root}, so nothing would be committed: {refusal}")
    where = "HEAD detached" if vcs.detached else f"branch {vcs.repo.active_branch.name}"
    return f"{project}: git repository at {vcs.root}, {where}"


def _check_model(runtime: Runtime, flag: str | None) -> str:
    from companion.engine.base import GenerationRequest, generate

    model = runtime.resolve_model(flag)
    if model.manifest is not None and model.chosen_by == "default":
        provision_default(model.manifest, runtime.locations, rehash=True)
    check_gguf(model.path)
    engine = runtime.load_engine(model)
    text = generate(engine, GenerationRequest(prompt="The capital of France is", max_tokens=16))
    if not text:
        raise ModelError(f"{model.path} loaded but generated nothing")
    speed = engine.last_stats.tokens_per_second  # 0 when it stopped after one token: too little to time
    return f"{model.name} at {model.path}: loads and generates" + (f" ({speed:.0f} tok/s)" if speed else "")
