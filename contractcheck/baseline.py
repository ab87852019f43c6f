"""Baselines: record today's findings so that only new ones fail (adopting the tool on a
legacy store). The file holds paths, item ids, statuses and fingerprints, never document text.

Paths are also stored relative to the baseline file, so the same baseline works when CI runs
from another folder (the fingerprint alone is tied to the path as it was displayed).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from .errors import ConfigError
from .fsio import write_atomic
from .model import ItemResult, Report
from .policy import fingerprint

BASELINE_VERSION = 1
# NOTE: a finding recorded as `missing` also covers `weak` for the same document and item:
# an officer who improves a clause from absent to insufficient must not see CI turn red.
_COVERS = {"missing": ("missing", "weak"), "weak": ("weak",)}


def baseline_entries(report: Report) -> list[dict]:
    """Every non-present item (advisories too, so changing --fail-on or advisories-fail later
    does not make recorded findings look new). Sorted, so the file diffs cleanly."""
    entries = []
    for doc in report.documents:
        if doc.error is not None:
            continue  # errors are never baselined: an unreadable file always needs a person
        for item in doc.items:
            if item.status == "present":
                continue
            entries.append({"path": doc.path, "item": item.id, "status": item.status,
                            "fingerprint": fingerprint(doc.path, item)})
    entries.sort(key=lambda e: (e["path"], e["item"]))
    return entries


def write_baseline(report: Report, path: str, *, fail_on: str = "weak",
                   advisories_fail: bool = False, force: bool = False) -> int:
    """Write the baseline file; returns the number of findings recorded.

    ``fail_on`` / ``advisories_fail`` are accepted for the CLI's convenience; everything that is
    not present is recorded whatever they are (see ``baseline_entries``).
    """
    entries = baseline_entries(report)
    base = Path(os.path.abspath(path)).parent
    for e in entries:
        try:
            e["rel"] = Path(os.path.relpath(os.path.abspath(e["path"]), base)).as_posix()
        except ValueError:  # another drive on Windows
            pass
    data = {"version": BASELINE_VERSION, "tool": "contractcheck", "findings": entries}
    write_atomic(path, json.dumps(data, ensure_ascii=False, indent=2) + "\n", force=force)
    return len(entries)


def _fp(path: str, item_id: str, status: str) -> str:
    return fingerprint(path, ItemResult(id=item_id, basis="", title="", status=status))


def load_baseline(path: str) -> frozenset[str]:
    """The fingerprints a run should treat as known."""
    p = Path(path)
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
        if not isinstance(data, dict) or data.get("version") != BASELINE_VERSION:
            raise ValueError("version")
        known: set[str] = set()
        base = Path(os.path.abspath(p)).parent
        cwd = os.getcwd()
        for e in data["findings"]:
            item, status = e["item"], e["status"]
            paths = {e["path"]}
            if e.get("rel"):
                target = os.path.normpath(base / e["rel"])
                paths.add(target)
                try:
                    paths.add(Path(os.path.relpath(target, cwd)).as_posix())
                except ValueError:
                    pass
            for covered in _COVERS.get(status, (status,)):
                for dp in paths:
                    known.add(_fp(dp, item, covered))
            if e.get("fingerprint"):
                known.add(e["fingerprint"])
        return frozenset(known)
    except FileNotFoundError:
        raise ConfigError(f"{path}: ベースラインファイルが見つかりません。",
                          "--write-baseline で作成してから指定してください。",
                          path=str(path)) from None
    except OSError as exc:
        raise ConfigError(f"{path}: ベースラインファイルを読めません（{exc.strerror}）。",
                          "ファイルのアクセス権を確認してください。", path=str(path)) from None
    except (ValueError, KeyError, TypeError, AttributeError):
        raise ConfigError(f"{path}: ベースラインファイルの形式が正しくありません。",
                          "--write-baseline で作り直してください。", path=str(path)) from None
