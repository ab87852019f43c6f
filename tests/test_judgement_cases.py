"""Judgement cases kept as data (tests/judgement_cases/*.yaml): each a short contract text, the
item, the kind of document and the status a careful officer gives it. A case marked
``contrast`` is a near neighbour that must keep its status; the others each failed on the engine
before the round that added them (the file's header says which; round92-95 were moved here
unchanged from tests/test_judgement.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

CASES = [(f.stem, i, c) for f in sorted((Path(__file__).parent / "judgement_cases").glob("*.yaml"))
         for i, c in enumerate(yaml.safe_load(f.read_text(encoding="utf-8")))]
KEYS = {"why", "item", "kind", "expected", "text", "contrast"}
pytestmark = pytest.mark.ginza


@pytest.mark.parametrize("name,index,case", CASES, ids=[f"{n}-{i + 1}" for n, i, _ in CASES])
def test_judgement_case(engine, name, index, case):
    assert set(case) <= KEYS and case["expected"] in ("present", "weak", "missing")
    doc = engine.check_text(case["text"], f"{name}-{index + 1}", kind=case["kind"])
    got = doc.item(case["item"])
    assert got is not None and got.status == case["expected"], (case["why"], got and got.reason)
