"""The prefilter (only sentences holding a trigger word are parsed) must never change a verdict.

Every example of every clause pattern file and every bundled sample is judged twice: by the
normal engine and by the same engine with the prefilter off (every sentence parsed). Statuses
of every item, and the best level of every facet for facet examples, must be identical.

The naive engine shares the fast engine's parse cache: a parse depends only on the sentence
text, and the sentences the prefilter keeps are a subset of all sentences, so this only saves
parsing the same sentence twice (it keeps this test well under a minute).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from contractcheck.patterns import load_patterns

pytestmark = pytest.mark.ginza

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
SPECS = load_patterns()
EXAMPLES = [pytest.param(spec, ex, id=f"{spec.id}-{i}-{ex.facet or 'item'}")
            for spec in SPECS for i, ex in enumerate(spec.examples)]
# A sample that is the attachment of another is also checked together with its body.
ATTACHED = {"12_body_with_attachment.docx": ["12_attachment_tokki.pdf"]}
SAMPLE_CASES = sorted(p.name for p in SAMPLES.iterdir()
                      if p.is_file() and p.suffix in (".docx", ".pdf", ".txt"))
SAMPLE_CASES += [f"{body}+{'+'.join(att)}" for body, att in ATTACHED.items()]


@pytest.fixture(scope="module")
def pair(engine, naive_engine):
    assert engine.prefilter and not naive_engine.prefilter
    engine.check_text("乙は、個人情報を第三者に提供してはならない。", "warm.txt")  # creates the cache
    naive_engine._cache = engine._cache
    return engine, naive_engine


def _statuses(doc) -> dict[str, str]:
    assert doc.error is None, doc.error
    return {item.id: item.status for item in doc.items}


@pytest.mark.parametrize("spec,example", EXAMPLES)
def test_pattern_example_identical(pair, spec, example):
    from contractcheck.engine import facet_levels

    fast, naive = pair
    kind = example.kind or spec.kinds[0]
    if example.facet:
        assert facet_levels(fast, example.text, spec.id, kind) == \
            facet_levels(naive, example.text, spec.id, kind), example.text
    # The whole snippet judged as a document: every item, not only the example's own.
    assert _statuses(fast.check_text(example.text, "example.txt", kind=kind)) == \
        _statuses(naive.check_text(example.text, "example.txt", kind=kind)), example.text


@pytest.mark.parametrize("case", SAMPLE_CASES)
def test_sample_identical(pair, case):
    fast, naive = pair
    paths = [SAMPLES / name for name in case.split("+")]
    got_fast, got_naive = fast.check_paths(paths), naive.check_paths(paths)
    assert got_fast.kind == got_naive.kind
    assert _statuses(got_fast) == _statuses(got_naive)


def test_the_lemma_precheck_never_skips_a_rule_that_could_match(engine):
    """``_may_match`` on the lemmas read from Sudachi directly must be a necessary condition of
    every rule's Matcher on spaCy's Doc: on every sentence of the samples, a rule it rules out
    finds no match."""
    from contractcheck.engine import _lemmas
    from contractcheck.extract import extract
    from contractcheck.nlp import get_nlp
    from contractcheck.segment import build

    matchers = engine._get_matchers()
    make_doc = get_nlp().make_doc
    checked = 0
    for path in sorted(SAMPLES.glob("*.txt")):
        for sent in build(extract(path)).sentences:
            doc = make_doc(sent.norm)
            lemmas = _lemmas(get_nlp(), [sent.norm])
            for key, matcher in matchers.items():
                if not engine._may_match(key, lemmas):
                    assert not matcher(doc), (key, sent.norm)
                    checked += 1
    assert checked > 1000
