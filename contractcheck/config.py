"""Configuration: ``[tool.contractcheck]`` in pyproject.toml or ``contractcheck.toml``.

Found by walking up from the checked files. (Minimal version; extended by the scan/CI work.)
"""

from __future__ import annotations

import fnmatch
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Config:
    source: Path | None = None
    enable: tuple[str, ...] = ()          # only these items (empty: all)
    disable: tuple[str, ...] = ()
    advisories_fail: bool = False
    fail_on: str | None = None
    kinds: tuple[tuple[str, str], ...] = ()  # (glob, kind)
    pattern_dirs: tuple[Path, ...] = ()
    max_file_mb: int = 50
    extra: dict = field(default_factory=dict)

    def kind_for(self, path: str) -> str | None:
        for glob, kind in self.kinds:
            if fnmatch.fnmatch(path, glob) or fnmatch.fnmatch(Path(path).name, glob):
                return kind
        return None

    def item_enabled(self, item_id: str) -> bool:
        if self.enable and item_id not in self.enable:
            return False
        return item_id not in self.disable


def load_config(paths: list[str] | tuple[str, ...] = (), explicit: str | None = None) -> Config:
    return Config()
