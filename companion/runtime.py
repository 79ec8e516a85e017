"""Building the real parts from settings: shared by the command line and the TUI."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from companion.config import Locations, Settings
from companion.engine.llama import DEFAULT_CONTEXT, LlamaEngine
from companion.feedback import FeedbackLog
from companion.models import Progress, ResolvedModel, resolve_model
from companion.session import Session
from companion.vcs import Vcs
from companion.workspace import Workspace


@dataclass(frozen=True)
class Runtime:
    locations: Locations
    settings: Settings

    @classmethod
    def load(cls) -> Runtime:
        locations = Locations.from_environment()
        return cls(locations, Settings.load(locations.config_file))

    def resolve_model(self, flag: str | None, progress: Progress | None = None) -> ResolvedModel:
        return resolve_model(flag, self.settings, self.locations, progress)

    def load_engine(self, model: ResolvedModel) -> LlamaEngine:
        context = self.settings.context_length
        if context is None and model.manifest is not None:
            context = min(model.manifest.context_length, DEFAULT_CONTEXT)
        return LlamaEngine(
            model.path,
            name=model.name,
            context_length=context,
            threads=self.settings.threads,
            gpu_layers=self.settings.gpu_layers,
            lora_path=model.adapter,
        )

    def workspace(self, root: Path) -> Workspace:
        return Workspace(root, self.settings.max_file_bytes)

    def session(self, engine: LlamaEngine, root: Path) -> Session:
        workspace = self.workspace(root)
        return Session(
            engine,
            workspace,
            Vcs.discover(workspace.root),
            snapshot_user_edits=self.settings.snapshot_user_edits,
            feedback=FeedbackLog(self.locations.feedback_log),
        )
