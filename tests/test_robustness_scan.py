"""`contractcheck scan` over a folder that mixes 50 good contracts with one file of every bad
kind (issue #8): every good file is reported correctly, every bad one with its own error, and
the whole run finishes in bounded time.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

try:
    from . import hostile
except ImportError:  # tests/ is not a package: pytest put it on sys.path
    import hostile

ROOT = Path(__file__).resolve().parents[1]
SECRET = hostile.SECRET


def run_scan(args, tmp_path, env_extra=None, timeout=900) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONIOENCODING": "utf-8",
           "CONTRACTCHECK_CACHE_DIR": str(tmp_path / "cache"), **(env_extra or {})}
    return subprocess.run([sys.executable, "-m", "contractcheck", "scan", *map(str, args)],
                          capture_output=True, cwd=ROOT, timeout=timeout, env=env)


def docs_by_name(out_json: Path) -> dict[str, dict]:
    report = json.loads(out_json.read_text(encoding="utf-8"))
    return {d["path"]: d for d in report["documents"]}


def find(docs: dict[str, dict], name: str) -> dict:
    hits = [d for p, d in docs.items() if p.endswith(name)]
    assert len(hits) == 1, (name, sorted(docs))
    return hits[0]


@pytest.mark.slow
def test_scan_mixed_folder(tmp_path):
    folder = tmp_path / "契約書フォルダ"
    good = hostile.write_good_files(folder, 50)
    bad = hostile.write_bad_files(folder / "bad")
    # File-system oddities: they are found by the walk, not by the extractor.
    links = folder / "links"
    links.mkdir()
    (links / "loop_a.docx").symlink_to(links / "loop_b.docx")
    (links / "loop_b.docx").symlink_to(links / "loop_a.docx")
    outside = hostile.write(tmp_path / "outside" / "secret.txt", hostile.good_text().encode())
    (links / "leaves_tree.txt").symlink_to(outside)
    (links / "dangling.pdf").symlink_to(tmp_path / "nowhere.pdf")
    (links / "up.dir").symlink_to(folder, target_is_directory=True)
    os.mkfifo(folder / "bad" / "pipe.txt")
    [hostile.write(folder / "odd" / n, hostile.good_text().encode())
           for n in ("改行\nあり.txt", "\x1b[31m色.txt", "空白 と　全角.txt")]

    out = tmp_path / "out.json"
    t0 = time.monotonic()
    res = run_scan([folder, "--format", "json", "-o", out, "--no-cache", "-j", "2",
                    "--timeout", "120"], tmp_path)
    elapsed = time.monotonic() - t0
    err = res.stderr.decode("utf-8", "replace")
    assert res.returncode == 2, err[-2000:]  # errors present -> 2
    assert elapsed < 600, f"scan took {elapsed:.0f}s"
    assert "Traceback" not in err and SECRET not in err
    docs = docs_by_name(out)

    statuses = []
    # Odd names may be shown escaped; find them by their harmless tail.
    for key in [p.name for p in good] + ["あり.txt", "色.txt", "空白 と　全角.txt"]:
        d = find(docs, key)
        assert d["error"] is None, d["error"]
        assert d["kind"] and d["items"]
        statuses.append(tuple((i["id"], i["status"]) for i in d["items"]))
    # The good files are one contract in five formats/encodings: one result for all of them.
    assert len(set(statuses)) == 1, set(statuses)

    for p, code in bad.items():
        d = find(docs, "/bad/" + p.name)
        assert d["error"] and d["error"]["code"] == code, (p.name, d["error"])
        assert SECRET not in d["error"]["message"]
    assert find(docs, "pipe.txt")["error"]["code"] == "not-a-file"
    assert find(docs, "loop_a.docx")["error"]["code"] == "symlink-loop"
    assert find(docs, "loop_b.docx")["error"]["code"] == "symlink-loop"
    assert find(docs, "leaves_tree.txt")["error"]["code"] == "symlink-outside"
    assert find(docs, "dangling.pdf")["error"]["code"] == "file-not-found"
    assert not any(str(outside) in p for p in docs), "a link leaving the tree was followed"
    # Nothing was checked twice through the link back up to the folder.
    assert len([p for p in docs if "good_00.txt" in p]) == 1


def test_scan_per_file_time_limit(tmp_path):
    """A file whose check never ends is stopped by scan's per-file limit; the rest go on.

    NOTE: a PDF that truly makes pdfminer loop could not be built reliably, so the engine
    used by the workers is swapped (CONTRACTCHECK_SCAN_FACTORY) for one that hangs on files
    named "*hang*" and checks every other file normally.
    """
    helper = tmp_path / "helper"
    helper.mkdir()
    (helper / "hangfactory.py").write_text(textwrap.dedent("""
        import time
        from contractcheck.scan import default_engine_factory

        class Hanging:
            def __init__(self, inner):
                self.inner = inner
            def check_paths(self, paths, kind=None):
                if "hang" in str(paths[0]):
                    while True:  # a parser stuck in a loop
                        time.sleep(0.05)
                return self.inner.check_paths(paths, kind=kind)
            def __getattr__(self, name):
                return getattr(self.inner, name)

        def make(config):
            return Hanging(default_engine_factory(config))
    """), encoding="utf-8")
    folder = tmp_path / "in"
    hostile.write_good_files(folder, 4)
    hostile.write(folder / "hang.pdf", hostile.good_pdf())
    out = tmp_path / "out.json"
    t0 = time.monotonic()
    res = run_scan([folder, "--format", "json", "-o", out, "--no-cache", "-j", "2",
                    "--timeout", "5"], tmp_path,
                   {"CONTRACTCHECK_SCAN_FACTORY": "hangfactory:make",
                    "PYTHONPATH": f"{ROOT}{os.pathsep}{helper}"}, timeout=300)
    elapsed = time.monotonic() - t0
    assert res.returncode == 2, res.stderr.decode()[-2000:]
    assert elapsed < 120
    docs = docs_by_name(out)
    assert find(docs, "hang.pdf")["error"]["code"] == "timeout"
    assert sum(1 for d in docs.values() if d["error"] is None) == 4
