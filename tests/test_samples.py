"""Every bundled sample gives the statuses declared in samples/expected.yaml (written by the
person who wrote the sample, from docs/ITEMS.md), through the engine and through the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from contractcheck.cli import run

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
EXPECTED = yaml.safe_load((SAMPLES / "expected.yaml").read_text(encoding="utf-8")) \
    if (SAMPLES / "expected.yaml").exists() else {}
pytestmark = pytest.mark.ginza


def _paths(name, spec):
    return [SAMPLES / name, *[SAMPLES / a for a in (spec.get("attach") or [])]]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_sample_statuses(engine, name):
    spec = EXPECTED[name]
    doc = engine.check_paths(_paths(name, spec))
    assert doc.error is None, doc.error
    assert doc.kind == spec["kind"]
    expected = dict(spec.get("items") or {})
    expected.update(spec.get("advisories") or {})
    got = {k: doc.item(k).status for k in expected if doc.item(k) is not None}
    assert got == expected


def test_expected_covers_every_sample():
    listed = set(EXPECTED)
    for spec in EXPECTED.values():
        listed.update(spec.get("attach") or [])
    files = {p.name for p in SAMPLES.iterdir() if p.is_file() and p.suffix in (".docx", ".pdf", ".txt", ".md")
             and p.name != "README.md"}
    assert files <= listed, files - listed


@pytest.mark.parametrize("name", sorted(EXPECTED)[:3])
def test_json_format_and_exit_code(capsys, name):
    spec = EXPECTED[name]
    argv = ["check", str(SAMPLES / name), "--format", "json"]
    for a in spec.get("attach") or []:
        argv += ["--attach", str(SAMPLES / a)]
    code = run(argv)
    data = json.loads(capsys.readouterr().out)
    assert data["version"] == 1
    items = {i["id"]: i["status"] for i in data["documents"][0]["items"]}
    for k, v in (spec.get("items") or {}).items():
        assert items[k] == v
    failing = any(v != "present" for v in (spec.get("items") or {}).values())
    assert code == (1 if failing else 0)
