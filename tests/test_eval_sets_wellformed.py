"""Every labelled evaluation and tuning set is well formed: known items, statuses and kinds,
unique ids, documents that exist and label every item of their kind. This checks the data the
accuracy figures in the README rest on; it does not run the checker."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

TESTS = Path(__file__).resolve().parent
SETS = sorted(p for p in TESTS.iterdir() if p.is_dir() and p.name.startswith(("eval", "tune")))
PATTERNS = TESTS.parent / "clause_patterns"
ITEMS = {p.stem for p in PATTERNS.glob("*.yaml")}
REQUIRED = {"outsourcing": {"confidentiality", "subcontracting", "copying", "security", "incident",
                            "return-deletion", "termination-damages", "reporting-audit"},
            "dispatch": {"dispatch-secrecy", "dispatch-personal-info"}}
REQUIRED["special-provisions"] = REQUIRED["unknown"] = REQUIRED["outsourcing"]
STATUSES = {"present", "weak", "missing"}
CASE_KEYS = {"id", "item", "kind", "split", "style", "text", "expected", "why"}


def test_there_are_held_aside_and_tuning_sets():
    names = {s.name for s in SETS}
    assert {"eval", "eval2", "eval3", "eval4"} <= names
    assert sum(n.startswith("tune") for n in names) >= 10


@pytest.mark.parametrize("base", SETS, ids=lambda p: p.name)
def test_cases_are_well_formed(base):
    seen = set()
    for f in sorted(base.glob("cases/*.yaml")):
        for c in yaml.safe_load(f.read_text(encoding="utf-8")) or []:
            assert set(c) == CASE_KEYS, (f.name, c.get("id"))
            assert c["id"] not in seen, c["id"]
            seen.add(c["id"])
            assert c["item"] == f.stem and c["item"] in ITEMS
            assert c["expected"] in STATUSES, c["id"]
            if c["item"].startswith("dispatch"):
                assert c["kind"] == "dispatch", c["id"]
            else:
                assert c["kind"] in ("outsourcing", "special-provisions"), c["id"]
            assert c["text"].strip() and c["why"].strip()


@pytest.mark.parametrize("base", [s for s in SETS if (s / "documents" / "expected.yaml").exists()],
                         ids=lambda p: p.name)
def test_documents_label_every_item_of_their_kind(base):
    expected = yaml.safe_load((base / "documents" / "expected.yaml").read_text(encoding="utf-8"))
    files = {p.name for p in (base / "documents").glob("*.txt")}
    assert set(expected) == files
    for name, spec in expected.items():
        items = spec.get("items") or {}
        # An unrelated contract may be labelled only by its kind (the checker must not take it
        # for a contract that handles personal information).
        if not (spec["kind"] == "unknown" and not items):
            assert set(items) == REQUIRED[spec["kind"]], name
        labels = list(items.values()) + list((spec.get("advisories") or {}).values())
        assert set(labels) <= STATUSES, name
        assert set(spec.get("advisories") or {}) <= ITEMS, name
