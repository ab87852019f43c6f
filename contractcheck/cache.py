"""The scan cache: results keyed by the file's content hash, the document kind and a namespace
made of the engine version (patterns + engine) and the settings that change a result.

Only results are stored (statuses, reasons and the short evidence quotes that the JSON report
shows too), never the extracted text of a document. The folder is the user's cache folder,
created readable by the user only (0700, files 0600), because evidence quotes come from
contracts that handle citizens' personal information.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sys
import time
from dataclasses import asdict, replace
from pathlib import Path

from .errors import OutputError
from .fsio import write_atomic
from .model import DocumentResult, ErrorInfo, Evidence, ItemResult

CACHE_FORMAT = 1
PRUNE_AFTER_DAYS = 30
# Errors that depend on the bytes alone are cached (a corrupt PDF stays corrupt); errors that
# depend on the moment (timeouts, crashed workers, permissions) are retried on the next scan.
UNCACHED_ERRORS = {"timeout", "worker-crashed", "internal-error", "permission-denied",
                   "file-not-found", "unreadable", "interrupted"}


def default_cache_dir() -> Path:
    env = os.environ.get("CONTRACTCHECK_CACHE_DIR")
    if env:
        return Path(env)
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or str(Path.home() / "AppData" / "Local")
        return Path(base) / "contractcheck" / "Cache"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "contractcheck"
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "contractcheck"


def code_token() -> str:
    """A hash of the package's checking code (not its reporters or CLI).

    ``engine.version`` changes with the patterns and when ENGINE_VERSION is bumped; hashing the
    code as well means a forgotten bump, a development checkout or a patched install can never
    serve results computed by different code. Reading ~40 small files costs about a millisecond.
    """
    pkg = Path(__file__).resolve().parent
    h = hashlib.sha256()
    for f in sorted(pkg.rglob("*.py")):
        rel = f.relative_to(pkg).as_posix()
        if rel.startswith(("report/", "cli", "commands/", "generate/")) or rel in (
                "scan.py", "cache.py", "baseline.py", "annotate.py"):
            continue
        h.update(rel.encode() + b"\0" + f.read_bytes())
    return h.hexdigest()[:16]


def file_digest(path: str | os.PathLike) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:  # read-only
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _to_json(doc: DocumentResult) -> dict:
    return asdict(doc)


def _from_json(d: dict) -> DocumentResult:
    items = tuple(
        ItemResult(**{**it, "evidence": tuple(Evidence(**e) for e in it["evidence"]),
                      "notes": tuple(it["notes"])})
        for it in d["items"])
    err = ErrorInfo(**d["error"]) if d.get("error") else None
    return DocumentResult(**{**d, "items": items, "error": err,
                             "warnings": tuple(d["warnings"]),
                             "attachments": tuple(d["attachments"])})


def relocate(doc: DocumentResult, new_path: str) -> DocumentResult:
    """The cached result of identical bytes found under another name (or the same name)."""
    old = doc.path
    if old == new_path:
        return doc
    items = tuple(
        replace(it, evidence=tuple(replace(e, file=new_path) if e.file == old else e
                                   for e in it.evidence))
        for it in doc.items)
    err = doc.error
    if err is not None and old in err.message:
        err = ErrorInfo(err.code, err.message.replace(old, new_path))
    return replace(doc, path=new_path, items=items, error=err)


class ResultCache:
    def __init__(self, namespace_parts: tuple[str, ...], directory: Path | None = None):
        self.root = Path(directory) if directory else default_cache_dir()
        raw = "\0".join((str(CACHE_FORMAT), *namespace_parts))
        self.namespace = hashlib.sha256(raw.encode("utf-8")).hexdigest()[:16]
        self.dir = self.root / self.namespace
        self.hits = 0
        self.misses = 0
        self.usable = True
        try:
            self.root.mkdir(parents=True, exist_ok=True, mode=0o700)
            os.chmod(self.root, 0o700)
            self.dir.mkdir(exist_ok=True, mode=0o700)
            os.utime(self.dir)  # marks this namespace as in use for pruning
        except OSError:
            # A cache that cannot be written is not a reason to stop a scan.
            self.usable = False

    @staticmethod
    def key(digest: str, kind: str | None) -> str:
        return hashlib.sha256(f"{digest}\0{kind or ''}".encode()).hexdigest()

    def _file(self, key: str) -> Path:
        return self.dir / key[:2] / f"{key}.json"

    def get(self, key: str, path: str) -> DocumentResult | None:
        if not self.usable:
            return None
        try:
            data = json.loads(self._file(key).read_text(encoding="utf-8"))
            doc = _from_json(data["result"])
        except FileNotFoundError:
            self.misses += 1
            return None
        except (OSError, ValueError, KeyError, TypeError):
            self.misses += 1  # a damaged or outdated entry is a miss, and gets rewritten
            return None
        self.hits += 1
        return relocate(doc, path)

    def put(self, key: str, doc: DocumentResult) -> None:
        if not self.usable or (doc.error is not None and doc.error.code in UNCACHED_ERRORS):
            return
        f = self._file(key)
        try:
            f.parent.mkdir(exist_ok=True, mode=0o700)
            payload = {"format": CACHE_FORMAT, "result": _to_json(doc)}
            write_atomic(f, json.dumps(payload, ensure_ascii=False), force=True, mode=0o600,
                         encoding="utf-8")
        except (OSError, ValueError, OutputError):
            pass  # the cache is best-effort: a full disk must not fail the scan

    def prune(self, max_age_days: int = PRUNE_AFTER_DAYS) -> int:
        """Remove namespaces (old engine versions / settings) unused for ``max_age_days``."""
        if not self.usable:
            return 0
        cutoff = time.time() - max_age_days * 86400
        removed = 0
        try:
            for sub in self.root.iterdir():
                if sub.is_dir() and sub.name != self.namespace and len(sub.name) == 16:
                    if sub.stat().st_mtime < cutoff:
                        shutil.rmtree(sub, ignore_errors=True)
                        removed += 1
        except OSError:
            pass
        return removed
