"""scan with the real engine in real worker processes (each loads GiNZA once).

One 300-document store, scanned with --jobs 1 and --jobs 2 on the cache-free path: every
document accounted for, the same results, and a CSV Excel opens with the Japanese intact.
About 2-3 minutes on 2 cores, hence ``slow``.
"""

from __future__ import annotations

import csv
import io
import json
import multiprocessing
import os

import pytest

from test_scan_support import SAMPLES, make_mixed_store

pytestmark = [pytest.mark.slow, pytest.mark.ginza,
              pytest.mark.skipif(not any(SAMPLES.glob("*.docx")), reason="samples not built")]


def _statuses(path):
    data = json.loads(path.read_text(encoding="utf-8"))
    return [(d["path"], d["kind"], (d["error"] or {}).get("code"),
             [(i["id"], i["status"]) for i in d["items"]]) for d in data["documents"]]


def test_scan_300_mixed_documents_jobs_1_and_2(tmp_path, monkeypatch, capsys):
    from contractcheck.cli import run

    store = tmp_path / "store"
    expect = make_mixed_store(store, n=300)
    assert len(expect) == 300
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CONTRACTCHECK_NO_CONFIG", "1")
    monkeypatch.setenv("CONTRACTCHECK_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("CONTRACTCHECK_SCAN_FACTORY", raising=False)

    codes = {}
    for jobs in (1, 2):
        codes[jobs] = run(["scan", "store", "--jobs", str(jobs), "--no-cache",
                           "--format", "json", "-o", f"j{jobs}.json", "--csv", f"j{jobs}.csv"])
        err = capsys.readouterr().err
        assert "300件中 300件を確認しました" in err
    assert codes == {1: 2, 2: 2}  # the unreadable files make it exit 2
    assert not (tmp_path / "cache").exists() or not any((tmp_path / "cache").rglob("*.json"))
    assert not multiprocessing.active_children()

    one, two = _statuses(tmp_path / "j1.json"), _statuses(tmp_path / "j2.json")
    # Every document accounted for, in the same (sorted) order, with the same results.
    assert [p for p, *_ in one] == [p for p, *_ in two]
    assert sorted(os.path.relpath(p, "store") for p, *_ in one) == sorted(expect)
    assert one == two
    for p, kind, err, items in one:
        rel = os.path.relpath(p, "store")
        if expect[rel] == "error":
            assert err is not None, rel
        else:
            assert err is None and items, (rel, err)

    # The CSV: a BOM, UTF-8 Japanese intact, one row per document, the same for both runs.
    data = (tmp_path / "j1.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert "福祉課".encode("utf-8") in data and "記載あり".encode("utf-8") in data
    assert data == (tmp_path / "j2.csv").read_bytes()
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert len(rows) == 301
    assert all(len(r) == len(rows[0]) for r in rows)
