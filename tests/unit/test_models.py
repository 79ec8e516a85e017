"""Model resolution (flag, then config, then the embedded default) and provisioning of the default."""

from __future__ import annotations

import hashlib
import os

import pytest

from companion.config import ConfigError, Locations, Settings
from companion.models import (
    ModelError,
    default_manifest,
    load_manifests,
    provision_default,
    resolve_model,
)


@pytest.fixture
def locations(tmp_path) -> Locations:
    return Locations(tmp_path / "config", tmp_path / "cache", tmp_path / "data")


def gguf(path):
    path.write_bytes(b"GGUF" + b"\0" * 64)
    return path


def test_the_flag_wins_over_the_config(tmp_path, locations):
    flag, configured = gguf(tmp_path / "flag.gguf"), gguf(tmp_path / "config.gguf")
    resolved = resolve_model(str(flag), Settings(model=str(configured)), locations)
    assert (resolved.path, resolved.chosen_by) == (flag, "flag")


def test_the_config_is_used_without_a_flag(tmp_path, locations):
    configured = gguf(tmp_path / "config.gguf")
    resolved = resolve_model(None, Settings(model=str(configured)), locations)
    assert (resolved.path, resolved.chosen_by, resolved.manifest) == (configured, "config", None)


def test_a_configured_model_that_does_not_exist_says_where_it_came_from(locations):
    with pytest.raises(ModelError, match=r"not found: /missing.gguf \(from `model` in .*config.toml\)"):
        resolve_model(None, Settings(model="/missing.gguf"), locations)


def test_every_shipped_manifest_is_complete_and_one_is_the_default():
    manifests = load_manifests()
    assert sum(m.default for m in manifests) == 1
    for manifest in manifests:
        assert len(manifest.sha256) == 64 and manifest.size > 0 and manifest.context_length > 0


def test_the_default_is_assembled_once_with_progress_and_then_trusted(locations):
    calls = []
    path = provision_default(default_manifest(), locations, progress=lambda done, total: calls.append((done, total)))
    assert path.stat().st_size == default_manifest().size
    assert calls[-1][0] == calls[-1][1] == default_manifest().size
    mtime = path.stat().st_mtime_ns
    calls.clear()
    assert provision_default(default_manifest(), locations, progress=lambda d, t: calls.append(d)) == path
    assert calls == [] and path.stat().st_mtime_ns == mtime


def test_a_corrupted_default_is_detected_and_assembled_again(locations):
    path = provision_default(default_manifest(), locations)
    with path.open("r+b") as file:
        file.seek(1000)
        file.write(b"corrupt!")
    os.utime(path, ns=(1, 1))
    provision_default(default_manifest(), locations)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == default_manifest().sha256


def test_a_truncated_default_is_assembled_again(locations):
    path = provision_default(default_manifest(), locations)
    with path.open("r+b") as file:
        file.truncate(1000)
    assert provision_default(default_manifest(), locations).stat().st_size == default_manifest().size


def test_settings_reject_unknown_keys_and_wrong_types(tmp_path):
    config = tmp_path / "config.toml"
    config.write_text('modle = "x"\n')
    with pytest.raises(ConfigError, match="unknown setting"):
        Settings.load(config)
    config.write_text('threads = "two"\n')
    with pytest.raises(ConfigError, match="threads must be an integer"):
        Settings.load(config)
    config.write_text("threads = [\n")
    with pytest.raises(ConfigError, match="not valid TOML"):
        Settings.load(config)


@pytest.mark.parametrize("line, message", [
    ("threads = 0", "threads must be at least 1, not 0"),
    ("max_file_bytes = -5", "max_file_bytes must be at least 1, not -5"),
    ("watch_debounce_ms = -100", "watch_debounce_ms must be at least 0"),
    ("gpu_layers = -2", "gpu_layers must be at least -1"),
    ("[quick_action]\nshorter = 'Make it shorter'", r"unknown setting\(s\) quick_action; the tables read are quick_actions"),
])
def test_settings_out_of_range_and_misspelt_tables_are_named(tmp_path, line, message):
    config = tmp_path / "config.toml"
    config.write_text(line + "\n")
    with pytest.raises(ConfigError, match=message):
        Settings.load(config)


def test_settings_keep_tables_for_later_features(tmp_path):
    config = tmp_path / "config.toml"
    config.write_text('theme = "light"\n[quick_actions]\nshorter = "Make it shorter"\n')
    settings = Settings.load(config)
    assert settings.theme == "light" and settings.extra == {"quick_actions": {"shorter": "Make it shorter"}}


def test_the_default_is_the_base_with_its_distilled_adapter_and_the_bare_base_stays_selectable(locations):
    default = default_manifest()
    assert default.adapter and default.adapter_sha256 and default.training["data_sha256"]
    resolved = resolve_model(None, Settings(), locations)
    assert resolved.adapter is not None and resolved.adapter.name == default.adapter
    bare = resolve_model("gemma-3-270m-q4_k_m", Settings(), locations)
    assert (bare.path, bare.adapter, bare.manifest.adapter) == (resolved.path, None, None)


def test_a_damaged_adapter_is_refused_with_a_way_out(tmp_path):
    from dataclasses import replace

    from companion.models import verified_adapter

    manifest = default_manifest()
    (tmp_path / manifest.adapter).write_bytes(b"not the adapter that was evaluated")
    with pytest.raises(ModelError, match="does not match its manifest.*--model gemma-3-270m-q4_k_m"):
        verified_adapter(manifest, tmp_path)
    with pytest.raises(ModelError, match="is missing"):
        verified_adapter(replace(manifest, adapter="gone.gguf"), tmp_path)
