"""Accuracy on our own evaluation set (tests/eval/): per item, precision and recall for
present / weak / missing, on the tuning part and on the held-aside part separately.

    python benchmarks/eval.py            # table for both parts
    python benchmarks/eval.py --errors   # also list every wrong case
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
# Every labelled set: tests/eval (splits tune + holdout), tests/eval2 (holdout2: a second author
# who saw neither the patterns nor the first set), tests/tune2 and tests/tune3 (more tuning data
# written later from the spec alone). The holdout splits were never used to tune the patterns.
SETS = [ROOT / "tests" / name for name in ("eval", "eval2", "tune2", "tune3", "tune4")]
STATUSES = ("present", "weak", "missing")


def load_cases():
    cases = []
    for f in [f for base in SETS for f in sorted(base.glob("cases/*.yaml"))]:
        for c in yaml.safe_load(f.read_text(encoding="utf-8")) or []:
            cases.append(("snippet", c["item"], c.get("kind", "outsourcing"), c["split"],
                          c["text"], c["expected"], c["id"]))
    expected = {}
    for base in SETS:
        f = base / "documents" / "expected.yaml"
        if f.exists():
            for name, spec in (yaml.safe_load(f.read_text(encoding="utf-8")) or {}).items():
                expected[base / "documents" / name] = spec
    return cases, expected


def run(errors: bool) -> int:
    from contractcheck.engine import get_engine

    engine = get_engine()
    cases, doc_expected = load_cases()
    results = []  # (split, item, expected, got, id, source)
    for source, item, kind, split, text, exp, cid in cases:
        doc = engine.check_text(text, cid, kind=kind)
        got = doc.item(item).status if doc.item(item) else "n/a"
        results.append((split, item, exp, got, cid, "snippet"))
    for name, spec in doc_expected.items():
        doc = engine.check_paths([name])
        if doc.error:
            print(f"ERROR {name}: {doc.error.message}")
            continue
        want = dict(spec.get("items") or {})
        want.update(spec.get("advisories") or {})
        for item, exp in want.items():
            it = doc.item(item)
            results.append((spec.get("split", "tune"), item, exp, it.status if it else "n/a",
                            name.name, "document"))
        if doc.kind != spec.get("kind"):
            print(f"kind mismatch {name}: expected {spec.get('kind')} got {doc.kind}")
    for split in sorted({r[0] for r in results}, key=lambda x: (not x.startswith("tune"), x)):
        rows = [r for r in results if r[0] == split]
        print(f"\n## {split}: {len(rows)} judgements, accuracy "
              f"{sum(r[2] == r[3] for r in rows) / max(1, len(rows)):.3f}")
        print(f"| item | n | " + " | ".join(f"{s} P | {s} R" for s in STATUSES) + " |")
        print("|---|---|" + "---|---|" * len(STATUSES))
        by_item = defaultdict(list)
        for r in rows:
            by_item[r[1]].append(r)
        for item in sorted(by_item):
            rs = by_item[item]
            cells = []
            for s in STATUSES:
                tp = sum(1 for r in rs if r[2] == s and r[3] == s)
                pp = sum(1 for r in rs if r[3] == s)
                ap = sum(1 for r in rs if r[2] == s)
                p = f"{tp / pp:.2f}" if pp else "-"
                rc = f"{tp / ap:.2f}" if ap else "-"
                cells += [p, rc]
            print(f"| {item} | {len(rs)} | " + " | ".join(cells) + " |")
        print(f"\n{split}: judged right / labelled, per status")
        print("| item | present | weak | missing |")
        print("|---|---|---|---|")
        for item in sorted(by_item):
            rs = by_item[item]
            cells = []
            for s in STATUSES:
                n = sum(1 for r in rs if r[2] == s)
                ok = sum(1 for r in rs if r[2] == s and r[3] == s)
                cells.append(f"{ok}/{n}" if n else "-")
            print(f"| {item} | " + " | ".join(cells) + " |")
    if errors:
        print("\n## wrong")
        for r in results:
            if r[2] != r[3]:
                print(f"{r[0]:8} {r[1]:24} expected {r[2]:8} got {r[3]:8} {r[4]} ({r[5]})")
    return 0


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--errors", action="store_true")
    sys.exit(run(ap.parse_args().errors))
