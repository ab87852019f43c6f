"""Baselines: record today's findings so that only new ones fail (adopting the tool on a
legacy store). The file holds fingerprints and item ids only, never document text."""

from __future__ import annotations

import json
from pathlib import Path

from .errors import ConfigError
from .fsio import write_atomic
from .model import Report
from .policy import failures, fingerprint


def write_baseline(report: Report, path: str, *, fail_on: str = "weak",
                   advisories_fail: bool = False, force: bool = False) -> int:
    entries = []
    for doc in report.documents:
        for item in failures(doc, fail_on, advisories_fail):
            entries.append({"path": doc.path, "item": item.id, "status": item.status,
                            "fingerprint": fingerprint(doc.path, item)})
    data = {"version": 1, "tool": "contractcheck", "findings": entries}
    write_atomic(path, json.dumps(data, ensure_ascii=False, indent=2) + "\n", force=force)
    return len(entries)


def load_baseline(path: str) -> frozenset[str]:
    p = Path(path)
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
        return frozenset(e["fingerprint"] for e in data["findings"])
    except FileNotFoundError:
        raise ConfigError(f"{path}: ベースラインファイルが見つかりません。",
                          "--write-baseline で作成してから指定してください。") from None
    except (ValueError, KeyError, TypeError):
        raise ConfigError(f"{path}: ベースラインファイルの形式が正しくありません。",
                          "--write-baseline で作り直してください。") from None
