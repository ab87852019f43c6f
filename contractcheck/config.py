"""Configuration: ``[tool.contractcheck]`` in pyproject.toml or ``contractcheck.toml``.

Found by walking up from the checked files (from their common folder), nearest first; a
``contractcheck.toml`` wins over a ``pyproject.toml`` in the same folder, and a pyproject.toml
without a ``[tool.contractcheck]`` table is passed over (it belongs to some other project).
One configuration applies to one run: scanning two trees with different settings is two runs.

Loading is strict, like the pattern files: an unknown key or a wrong type is an error naming the
file and the key, raised before any contract is read.
"""

from __future__ import annotations

import fnmatch
import os
import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path, PurePosixPath

from .errors import ConfigError
from .model import KINDS, DocumentResult

CONFIG_NAMES = ("contractcheck.toml", "pyproject.toml")
DEFAULT_TIMEOUT = 300          # seconds per file in scan; a looping PDF parser must not hang a batch
# A worker is replaced after this many documents. Its memory is bounded by the parse cache
# (nlp.ParseCache), so recycling is a backstop; each restart costs a GiNZA load (~2-3 s).
DEFAULT_WORKER_MAX_DOCS = 500


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
    # scan only
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    timeout: float = DEFAULT_TIMEOUT
    worker_max_docs: int = DEFAULT_WORKER_MAX_DOCS

    @property
    def root(self) -> Path | None:
        """The folder the config file sits in: globs in it are relative to this folder."""
        return self.source.parent if self.source else None

    def kind_for(self, path: str) -> str | None:
        """The document kind configured for ``path`` (first matching glob wins), or None."""
        candidates = {str(path), PurePosixPath(Path(path).as_posix()).name,
                      Path(path).as_posix()}
        if self.root is not None:
            try:
                rel = Path(os.path.abspath(path)).relative_to(os.path.abspath(self.root))
                candidates.add(rel.as_posix())
            except ValueError:
                pass
        for glob, kind in self.kinds:
            if any(fnmatch.fnmatchcase(c, glob) for c in candidates):
                return kind
        return None

    def item_enabled(self, item_id: str) -> bool:
        if self.enable and item_id not in self.enable:
            return False
        return item_id not in self.disable

    def apply(self, doc: DocumentResult) -> DocumentResult:
        """Drop disabled items from a result. Idempotent, so it is safe if the engine also
        filters: the cache and the reporters then see exactly what the user configured."""
        if not (self.enable or self.disable):
            return doc
        kept = tuple(it for it in doc.items if self.item_enabled(it.id))
        return doc if len(kept) == len(doc.items) else replace(doc, items=kept)

    def check_item_ids(self, known: set[str] | dict) -> None:
        """Raise if enable/disable name an item that no pattern file defines (a typo would
        otherwise silently switch a check off)."""
        unknown = [i for i in (*self.enable, *self.disable) if i not in known]
        if unknown:
            where = str(self.source) if self.source else "設定"
            raise ConfigError(
                f"{where}: 存在しない項目IDが指定されています（{', '.join(unknown)}）。",
                "docs/ITEMS.md の項目ID（例: confidentiality）を指定してください。",
                path=where)

    def cache_token(self) -> str:
        """What in the configuration changes a document's result (part of the cache key)."""
        return repr((sorted(self.enable), sorted(self.disable),
                     [str(p) for p in self.pattern_dirs], self.max_file_mb))

    def as_dict(self) -> dict:
        return {
            "source": str(self.source) if self.source else None,
            "enable": list(self.enable), "disable": list(self.disable),
            "advisories-fail": self.advisories_fail, "fail-on": self.fail_on or "weak",
            "kinds": {g: k for g, k in self.kinds},
            "pattern-dirs": [str(p) for p in self.pattern_dirs],
            "max-file-mb": self.max_file_mb,
            "include": list(self.include), "exclude": list(self.exclude),
            "timeout": self.timeout, "worker-max-docs": self.worker_max_docs,
        }


# key -> (Config field, validator). Keys are kebab-case like most [tool.*] tables; the
# snake_case spelling is accepted too because people write both.
def _str_list(v):
    return isinstance(v, list) and all(isinstance(x, str) for x in v)


_KEYS = {
    "enable": ("enable", _str_list, "文字列のリスト"),
    "disable": ("disable", _str_list, "文字列のリスト"),
    "advisories-fail": ("advisories_fail", lambda v: isinstance(v, bool), "true / false"),
    "fail-on": ("fail_on", lambda v: v in ("weak", "missing"), '"weak" または "missing"'),
    "kinds": ("kinds", lambda v: isinstance(v, dict) and all(
        isinstance(k, str) and x in KINDS for k, x in v.items()),
        "表（glob = 文書の種類）。種類は " + " / ".join(KINDS)),
    "pattern-dirs": ("pattern_dirs", _str_list, "フォルダのリスト"),
    "max-file-mb": ("max_file_mb", lambda v: isinstance(v, int) and not isinstance(v, bool)
                    and 0 < v <= 2048, "1〜2048の整数"),
    "include": ("include", _str_list, "globのリスト"),
    "exclude": ("exclude", _str_list, "globのリスト"),
    "timeout": ("timeout", lambda v: isinstance(v, (int, float)) and not isinstance(v, bool)
                and v > 0, "正の秒数"),
    "worker-max-docs": ("worker_max_docs", lambda v: isinstance(v, int)
                        and not isinstance(v, bool) and v > 0, "正の整数"),
}


def parse_config(data: dict, source: Path) -> Config:
    """Validate a ``[tool.contractcheck]`` table (or a whole contractcheck.toml)."""
    values: dict = {}
    for raw_key, value in data.items():
        key = raw_key.replace("_", "-")
        if key not in _KEYS:
            raise ConfigError(f"{source}: 不明な設定キー「{raw_key}」があります。",
                              "使えるキー: " + ", ".join(_KEYS), path=str(source))
        fld, ok, expected = _KEYS[key]
        if not ok(value):
            raise ConfigError(f"{source}: 設定「{raw_key}」の値が正しくありません（{expected}）。",
                              "contractcheck config show で現在の設定を確認できます。",
                              path=str(source))
        values[fld] = value
    base = source.parent
    if "enable" in values:
        values["enable"] = tuple(values["enable"])
    if "disable" in values:
        values["disable"] = tuple(values["disable"])
    if "kinds" in values:
        values["kinds"] = tuple(values["kinds"].items())
    if "include" in values:
        values["include"] = tuple(values["include"])
    if "exclude" in values:
        values["exclude"] = tuple(values["exclude"])
    if "pattern_dirs" in values:
        dirs = []
        for d in values["pattern_dirs"]:
            p = (base / d).resolve()
            if not p.is_dir():
                raise ConfigError(f"{source}: pattern-dirs のフォルダ「{d}」が見つかりません。",
                                  "設定ファイルのあるフォルダからの相対パスで指定してください。",
                                  path=str(source))
            dirs.append(p)
        values["pattern_dirs"] = tuple(dirs)
    return Config(source=source, **values)


def read_config_file(path: Path) -> Config | None:
    """The config in ``path``, or None for a pyproject.toml with no [tool.contractcheck]."""
    try:
        with open(path, "rb") as fh:
            data = tomllib.load(fh)
    except FileNotFoundError:
        raise ConfigError(f"{path}: 設定ファイルが見つかりません。",
                          "--config のパスを確認してください。", path=str(path)) from None
    except OSError as exc:
        raise ConfigError(f"{path}: 設定ファイルを読めません（{exc.strerror}）。",
                          "ファイルのアクセス権を確認してください。", path=str(path)) from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: 設定ファイルがTOMLとして読めません（{exc}）。",
                          "TOMLの書き方を確認してください。", path=str(path)) from None
    if path.name == "pyproject.toml":
        table = data.get("tool", {}).get("contractcheck")
        if table is None:
            return None
        if not isinstance(table, dict):
            raise ConfigError(f"{path}: [tool.contractcheck] は表でなければなりません。",
                              path=str(path))
        return parse_config(table, path)
    # contractcheck.toml: either a bare table or the same [tool.contractcheck] nesting,
    # so a block can be moved between the two files unchanged.
    if set(data) == {"tool"} and isinstance(data["tool"], dict) and "contractcheck" in data["tool"]:
        data = data["tool"]["contractcheck"]
    return parse_config(data, path)


def find_config_file(start: Path) -> Path | None:
    """Walk up from ``start`` (a folder) to the filesystem root; nearest config wins."""
    d = start
    while True:
        for name in CONFIG_NAMES:
            candidate = d / name
            if candidate.is_file():
                if name == "pyproject.toml" and read_config_file(candidate) is None:
                    continue
                return candidate
        if d.parent == d:
            return None
        d = d.parent


def _start_folder(paths) -> Path:
    folders = []
    for p in paths:
        ap = Path(os.path.abspath(p))
        folders.append(ap if ap.is_dir() else ap.parent)
    if not folders:
        return Path(os.getcwd())
    try:
        return Path(os.path.commonpath([str(f) for f in folders]))
    except ValueError:  # different drives on Windows
        return folders[0]


def load_config(paths: list[str] | tuple[str, ...] = (), explicit: str | None = None) -> Config:
    """The configuration in effect for a run over ``paths`` (``explicit`` from --config wins).

    ``CONTRACTCHECK_NO_CONFIG=1`` disables discovery (tests and reproducible runs).
    """
    if explicit:
        cfg = read_config_file(Path(explicit))
        if cfg is None:
            raise ConfigError(f"{explicit}: [tool.contractcheck] の表がありません。",
                              "設定を書き足すか、別のファイルを指定してください。",
                              path=str(explicit))
        return cfg
    if os.environ.get("CONTRACTCHECK_NO_CONFIG"):
        return Config()
    found = find_config_file(_start_folder(paths))
    if found is None:
        return Config()
    return read_config_file(found) or Config()


__all__ = ["Config", "load_config", "find_config_file", "parse_config", "read_config_file",
           "DEFAULT_TIMEOUT", "DEFAULT_WORKER_MAX_DOCS"]
