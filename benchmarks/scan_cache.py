#!/usr/bin/env python3
"""How much the scan cache saves: scan a generated store of mixed documents twice.

    /work/venv/bin/python benchmarks/scan_cache.py [--n 300] [--jobs 2]

The store is built from samples/ (byte copies and text variants plus some unreadable files,
see tests/test_scan_support.make_mixed_store). Each run is the real command line in a fresh
process, so the figures include start-up, loading the patterns and (first run only) GiNZA.
The cache lives in a temporary folder, so nothing of the user's cache is touched.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))


def run(store: Path, cache: Path, jobs: int, *extra: str) -> tuple[float, str]:
    env = dict(os.environ, CONTRACTCHECK_CACHE_DIR=str(cache), PYTHONPATH=str(ROOT),
               CONTRACTCHECK_NO_CONFIG="1")
    t0 = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "contractcheck", "scan", str(store),
                           "--jobs", str(jobs), "--exit-zero", *extra],
                          env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - t0
    line = next((ln for ln in proc.stderr.splitlines() if "件を確認しました" in ln), proc.stderr)
    return elapsed, line.strip()


def main() -> None:
    from test_scan_support import make_mixed_store

    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=300)
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        store, cache = Path(tmp) / "store", Path(tmp) / "cache"
        make_mixed_store(store, n=args.n)
        cold, cold_line = run(store, cache, args.jobs)
        warm, warm_line = run(store, cache, args.jobs)
        touched = sorted(p for p in store.rglob("*.txt") if "読めない" not in str(p))[:10]
        for p in touched:  # an officer edits ten contracts
            p.write_text(p.read_text(encoding="utf-8") + "\n（追記）\n", encoding="utf-8")
        part, part_line = run(store, cache, args.jobs)
    print(f"documents: {args.n}   jobs: {args.jobs}   cores: {os.cpu_count()}")
    print(f"{'run':<28}{'wall s':>9}{'speed-up':>10}")
    print(f"{'first scan (empty cache)':<28}{cold:>9.2f}{'1.0x':>10}")
    print(f"{'second scan (unchanged)':<28}{warm:>9.2f}{cold / warm:>9.1f}x")
    print(f"{'third scan (10 files edited)':<28}{part:>9.2f}{cold / part:>9.1f}x")
    for label, line in (("first", cold_line), ("second", warm_line), ("third", part_line)):
        print(f"  {label}: {line}")


if __name__ == "__main__":
    main()
