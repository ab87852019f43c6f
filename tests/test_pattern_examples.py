"""Every clause pattern file's own examples: one parametrised test, so adding a rule or an
example never needs new test code. Facet examples judge one sentence for one facet; item
examples judge a snippet as a whole document."""

from __future__ import annotations

import pytest

from contractcheck.patterns import load_patterns

SPECS = load_patterns()
CASES = [pytest.param(spec, ex, id=f"{spec.id}-{i}-{ex.facet or 'item'}-{ex.expect}",
                      marks=[pytest.mark.xfail(strict=True, reason=ex.xfail)] if ex.xfail else [])
         for spec in SPECS for i, ex in enumerate(spec.examples)]


@pytest.mark.ginza
@pytest.mark.parametrize("spec,example", CASES)
def test_example(engine, spec, example):
    kind = example.kind or spec.kinds[0]
    if example.facet:
        from contractcheck.engine import facet_levels

        got = facet_levels(engine, example.text, spec.id, kind).get(example.facet, "none")
    else:
        got = engine.check_text(example.text, "example.txt", kind=kind).item(spec.id).status
    assert got == example.expect, f"{spec.id}: {example.note} / {example.text.strip()}"
