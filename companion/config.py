"""Settings from the user's TOML config file, and where config, cache and data live.

All user directories come from platformdirs, except when ``COMPANION_HOME`` is set: then every
directory lives under it. Tests use that seam so they never touch the real user's folders.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field, fields
from importlib import resources
from pathlib import Path

import platformdirs

APP_NAME = "companion"


def shipped_dir(kind: str) -> Path:
    """``models``, ``themes`` or ``evals``: inside the installed wheel, or at the repository root in a development install."""
    packaged = Path(str(resources.files("companion"))) / "_shipped" / kind
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / kind


class ConfigError(Exception):
    """The config file exists but cannot be used; the message says which file and why."""


@dataclass(frozen=True)
class Locations:
    """The folders companion reads and writes outside the project."""

    config_dir: Path
    cache_dir: Path
    data_dir: Path

    @property
    def config_file(self) -> Path:
        return self.config_dir / "config.toml"

    @property
    def themes_dir(self) -> Path:
        """The user's own theme files (TOML, the same fields as the shipped ones in themes/)."""
        return self.config_dir / "themes"

    @property
    def models_cache(self) -> Path:
        """Where the embedded default model is assembled, once."""
        return self.cache_dir / "models"

    @property
    def feedback_log(self) -> Path:
        """Every accepted and rejected hunk and comment (companion feedback export reads it)."""
        return self.data_dir / "feedback.jsonl"

    @classmethod
    def from_environment(cls) -> Locations:
        home = os.environ.get("COMPANION_HOME")
        if home:
            root = Path(home)
            return cls(root / "config", root / "cache", root / "data")
        return cls(
            Path(platformdirs.user_config_dir(APP_NAME)),
            Path(platformdirs.user_cache_dir(APP_NAME)),
            Path(platformdirs.user_data_dir(APP_NAME)),
        )


TABLES = ("quick_actions",)
"""The config's tables, read by the features they name (Settings.extra)."""

LEAST_NUMBERS = {"threads": 1, "context_length": 1, "gpu_layers": -1, "max_file_bytes": 1, "watch_debounce_ms": 0}
"""The integer settings and the least value each may have (-1 GPU layers: all of them, as llama.cpp reads it)."""


@dataclass(frozen=True)
class Settings:
    """What a user may set in ``config.toml``; every field is optional there."""

    model: str | None = None
    """Path to a GGUF model file, or the name of a manifest in models/. Unset: the embedded default."""

    threads: int | None = None
    """CPU threads for generation. Unset: the CPU cores this process may run on."""

    context_length: int | None = None
    """Tokens of context to allocate. Unset: the model manifest's value (capped to keep memory small)."""

    gpu_layers: int | None = None
    """Layers to offload to a GPU. Unset: all of them when the installed llama.cpp build has a GPU."""

    max_file_bytes: int = 5_000_000
    """Files larger than this are refused for editing, with a message."""

    theme: str = "companion-dark"
    """The terminal UI's theme."""

    snapshot_user_edits: bool = True
    """Before committing a change to a file with uncommitted edits, commit those first as the user's own."""

    proactive_comments: bool = False
    """While watching, comment on the sections that changed after each save."""

    watch_debounce_ms: int = 400
    """Quiet time after a file event before the change is handled (editors save in several steps)."""

    extra: dict = field(default_factory=dict)
    """Sections of the config that later features read (quick actions, watching)."""

    @classmethod
    def load(cls, path: Path) -> Settings:
        """Read settings from ``path``; a missing file means all defaults."""
        if not path.exists():
            return cls()
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
            raise ConfigError(f"{path}: not valid TOML ({error}). Fix or remove the file.") from error
        known = {f.name for f in fields(cls)} - {"extra"}
        values = {key: value for key, value in data.items() if key in known}
        extra = {key: value for key, value in data.items() if key in TABLES and isinstance(value, dict)}
        unknown = sorted(set(data) - known - set(extra))
        if unknown:
            raise ConfigError(f"{path}: unknown setting(s) {', '.join(unknown)}; the tables read are {', '.join(TABLES)}.")
        for name, least in LEAST_NUMBERS.items():
            if name in values and (not isinstance(values[name], int) or isinstance(values[name], bool)):
                raise ConfigError(f"{path}: {name} must be an integer, not {values[name]!r}.")
            if name in values and values[name] < least:
                raise ConfigError(f"{path}: {name} must be at least {least}, not {values[name]}.")
        for name in ("snapshot_user_edits", "proactive_comments"):
            if name in values and not isinstance(values[name], bool):
                raise ConfigError(f"{path}: {name} must be true or false, not {values[name]!r}.")
        return cls(**values, extra=extra)
