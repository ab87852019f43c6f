"""scan: discovery, parallel checking, time limits, the cache, the CLI. Uses the fake engine
of test_scan_support in real worker processes (spawned), so no GiNZA is loaded here."""

from __future__ import annotations

import csv
import io
import json
import multiprocessing
import os
import stat
import sys

import pytest

from contractcheck import scan as scan_mod
from contractcheck.cache import ResultCache
from contractcheck.config import Config
from contractcheck.scan import discover, display_path, run_scan
from test_scan_support import cli_run, fake_engine_env  # noqa: F401 (fixtures)

FACTORY = "test_scan_support:make_engine"


def _write(path, text="業務委託契約書\n第1条 乙は秘密を保持する。\n"):
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def _store(tmp_path, n=12):
    store = tmp_path / "store"
    for i in range(n):
        sub = store / ("2023" if i % 2 else "2024")
        _write(sub / f"契約{i:03d}.txt", f"業務委託契約書 第{i}号\n第1条 甲と乙は…\n")
    return store


def _rel(targets, base):
    return [os.path.relpath(t.display, base) if os.path.isabs(t.display) else t.display
            for t in targets]


# ----------------------------------------------------------------------------- discovery

def test_discover_recursive_sorted_and_filtered(tmp_path):
    store = tmp_path / "s"
    for name in ["b.docx", "a.pdf", "c.txt", "d.md", "e.xlsx", "sub/z.txt", "sub/deep/y.pdf",
                 "~$b.docx", ".hidden/x.txt", "old/o.txt", "写し 1.docx"]:
        _write(store / name)
    got = _rel(discover([str(store)]), str(store))
    assert got == ["a.pdf", "b.docx", "c.txt", "d.md", "old/o.txt", "sub/deep/y.pdf",
                   "sub/z.txt", "写し 1.docx"]
    got = _rel(discover([str(store)], exclude=("old",)), str(store))
    assert "old/o.txt" not in got
    got = _rel(discover([str(store)], include=("*.pdf",)), str(store))
    assert got == ["a.pdf", "sub/deep/y.pdf"]
    got = _rel(discover([str(store)], include=("**/*.txt",), exclude=("sub/*",)), str(store))
    assert got == ["c.txt", "old/o.txt"]


def test_discover_display_paths_as_typed(tmp_path, monkeypatch):
    _write(tmp_path / "store" / "a.txt")
    monkeypatch.chdir(tmp_path)
    assert [t.display for t in discover(["./store/"])] == ["store/a.txt"]
    assert [t.display for t in discover(["store/a.txt", "store"])] == ["store/a.txt"]


def test_discover_missing_path_is_a_row(tmp_path):
    t = discover([str(tmp_path / "ない")])
    assert len(t) == 1 and t[0].error.code == "file-not-found"


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX symlinks")
def test_symlinks_not_followed(tmp_path):
    store = tmp_path / "store"
    outside = tmp_path / "outside"
    _write(store / "a.txt")
    _write(outside / "secret.txt")
    (store / "link_in.txt").symlink_to(store / "a.txt")          # inside: skipped silently
    (store / "link_out.txt").symlink_to(outside / "secret.txt")  # leaves the tree: a row
    (store / "dir_out").symlink_to(outside)                      # leaves the tree: a row
    (store / "loop").symlink_to(store / "loop")                  # a loop: a row
    (store / "up").symlink_to(store)                             # back into the tree: a row
    (store / "dangling.txt").symlink_to(tmp_path / "gone.txt")   # no target: a row
    rows = {os.path.basename(t.display): t.error.code if t.error else None
            for t in discover([str(store)])}
    assert rows == {"a.txt": None, "link_out.txt": "symlink-outside",
                    "dir_out": "symlink-outside", "loop": "symlink-loop",
                    "up": "symlink-loop", "dangling.txt": "file-not-found"}
    # A link named on the command line is the user's choice: it is followed.
    t = discover([str(store / "link_out.txt")])
    assert t[0].error is None


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX FIFOs")
def test_fifo_is_not_opened(tmp_path):
    store = tmp_path / "store"
    store.mkdir()
    os.mkfifo(store / "pipe.txt")  # opening it for reading would block the scan forever
    rows = discover([str(store)])
    assert [(os.path.basename(r.display), r.error.code) for r in rows] == [
        ("pipe.txt", "not-a-file")]


@pytest.mark.skipif(sys.platform != "linux", reason="byte file names")
def test_odd_names(tmp_path):
    store = tmp_path / "store"
    store.mkdir()
    names = ["space name.txt", "-dash.txt", "改行\nあり.txt", "絵文字😀.txt", "=SUM(A1).txt",
             "semi;colon,comma.txt", "tab\tname.txt"]
    for n in names:
        _write(store / n)
    raw = os.path.join(os.fsencode(store), b"bad\xff\xfe.txt")
    with open(raw, "wb") as fh:
        fh.write("業務委託契約書\n".encode())
    targets = discover([str(store)])
    assert len(targets) == len(names) + 1 and all(t.error is None for t in targets)
    disp = [os.path.basename(t.display) for t in targets]
    assert "改行\\nあり.txt" in disp and "tab\\tname.txt" in disp
    assert "bad\\xff\\xfe.txt" in disp
    out = run_scan(targets, config=Config(), jobs=1, factory_spec=FACTORY)
    assert all(d.error is None for d in out.documents), [d.error for d in out.documents]
    json.dumps([d.as_dict() for d in out.documents], ensure_ascii=False).encode("utf-8")


def test_display_path():
    assert display_path("a/b c.txt") == "a/b c.txt"
    assert display_path("x\x1b[31m.txt") == "x\\x1b[31m.txt"


# ----------------------------------------------------------------------------- workers

def _summary(docs):
    return [(d.path, d.kind, d.error.code if d.error else None,
             tuple((i.id, i.status) for i in d.items)) for d in docs]


def test_jobs_do_not_change_results(tmp_path):
    store = _store(tmp_path, n=14)
    _write(store / "壊れ.txt", b"\0\0\0binary")
    targets = discover([str(store)])
    one = run_scan(targets, config=Config(), jobs=1, factory_spec=FACTORY)
    two = run_scan(targets, config=Config(), jobs=2, factory_spec=FACTORY, max_docs=3)
    assert _summary(one.documents) == _summary(two.documents)
    assert [d.path for d in two.documents] == [t.display for t in targets]
    assert two.stats.workers_started >= 5  # recycled every 3 documents
    assert one.stats.checked == len(targets) and one.stats.errors == 1
    assert not multiprocessing.active_children()


def test_timeout_crash_and_bug_are_rows(tmp_path, monkeypatch):
    monkeypatch.setattr(scan_mod, "FIRST_TASK_GRACE", 0.0)
    store = _store(tmp_path, n=4)
    _write(store / "a_hang.pdf", b"HANG loops in the parser")
    _write(store / "b_crash.txt", b"CRASH")
    _write(store / "c_raise.txt", b"RAISE")
    targets = discover([str(store)])
    out = run_scan(targets, config=Config(), jobs=2, timeout=1.5, factory_spec=FACTORY)
    codes = {os.path.basename(d.path): d.error.code if d.error else None for d in out.documents}
    assert codes["a_hang.pdf"] == "timeout"
    assert codes["b_crash.txt"] == "worker-crashed"
    assert codes["c_raise.txt"] == "internal-error"
    assert sum(1 for c in codes.values() if c is None) == 4
    assert len(out.documents) == len(targets)
    assert out.stats.timeouts == 1 and out.stats.crashed == 1
    assert "1.5秒" in next(d for d in out.documents if d.path.endswith("a_hang.pdf")).error.message
    assert not multiprocessing.active_children()


def test_interrupt_keeps_what_is_done(tmp_path):
    store = _store(tmp_path, n=10)
    targets = discover([str(store)])

    def progress(done, total):
        if done == 4:
            raise KeyboardInterrupt

    out = run_scan(targets, config=Config(), jobs=2, factory_spec=FACTORY, progress=progress)
    assert out.interrupted and len(out.documents) == 4 and out.not_done == 6
    assert not multiprocessing.active_children()


def test_engine_that_cannot_start_stops_the_scan(tmp_path):
    from contractcheck.errors import ContractCheckError
    store = _store(tmp_path, n=2)
    with pytest.raises(ContractCheckError, match="作業プロセスを起動できませんでした"):
        run_scan(discover([str(store)]), config=Config(), jobs=1,
                 factory_spec="test_scan_support:no_such_factory")
    assert not multiprocessing.active_children()


def test_progress_bar_only_on_a_terminal():
    buf = io.StringIO()
    p = scan_mod.Progress(stream=buf)
    p(1, 10)
    assert buf.getvalue() == ""
    p = scan_mod.Progress(stream=buf, enabled=True, min_interval=0)
    p(1, 10)
    p(5, 10)
    assert "5/10件" in buf.getvalue() and "件/秒" in buf.getvalue()


# ----------------------------------------------------------------------------- cache

def test_cache_second_run_starts_no_worker(tmp_path):
    store = _store(tmp_path, n=8)
    targets = discover([str(store)])
    cache = ResultCache(("fake-1", Config().cache_token()), tmp_path / "cache")
    first = run_scan(targets, config=Config(), jobs=2, cache=cache, factory_spec=FACTORY)
    assert first.stats.cached == 0 and first.stats.checked == 8
    cache2 = ResultCache(("fake-1", Config().cache_token()), tmp_path / "cache")
    second = run_scan(targets, config=Config(), jobs=2, cache=cache2, factory_spec=FACTORY)
    assert second.stats.cached == 8 and second.stats.workers_started == 0
    assert _summary(first.documents) == _summary(second.documents)
    assert [d.as_dict() for d in first.documents] == [d.as_dict() for d in second.documents]
    # Changing one file re-checks that file only.
    _write(store / "2024" / "契約000.txt", "業務委託契約書 改訂版\n")
    third = run_scan(targets, config=Config(), jobs=2,
                     cache=ResultCache(("fake-1", Config().cache_token()), tmp_path / "cache"),
                     factory_spec=FACTORY)
    assert third.stats.cached == 7 and third.stats.checked == 1
    # Another engine version (new patterns) misses.
    other = ResultCache(("fake-2", Config().cache_token()), tmp_path / "cache")
    assert run_scan(targets, config=Config(), jobs=1, cache=other,
                    factory_spec=FACTORY).stats.cached == 0


def test_cache_follows_renames_and_holds_no_text(tmp_path):
    store = _store(tmp_path, n=3)
    cache_dir = tmp_path / "cache"
    run_scan(discover([str(store)]), config=Config(), jobs=1, factory_spec=FACTORY,
             cache=ResultCache(("v",), cache_dir))
    moved = tmp_path / "moved"
    os.rename(store, moved)
    out = run_scan(discover([str(moved)]), config=Config(), jobs=1, factory_spec=FACTORY,
                   cache=ResultCache(("v",), cache_dir))
    assert out.stats.cached == 3
    assert all(d.path.startswith(str(moved)) for d in out.documents)
    assert all(e.file.startswith(str(moved)) for d in out.documents for i in d.items
               for e in i.evidence)
    files = [p for p in cache_dir.rglob("*") if p.is_file()]
    assert files
    for f in files:
        assert "業務委託契約書" not in f.read_text(encoding="utf-8")
    if os.name == "posix":
        assert stat.S_IMODE(cache_dir.stat().st_mode) == 0o700
        assert all(stat.S_IMODE(f.stat().st_mode) == 0o600 for f in files)


def test_transient_errors_are_not_cached(tmp_path, monkeypatch):
    monkeypatch.setattr(scan_mod, "FIRST_TASK_GRACE", 0.0)
    store = tmp_path / "s"
    _write(store / "hang.txt", b"HANG")
    _write(store / "broken.txt", b"\0\0\0")
    cache_dir = tmp_path / "cache"
    for expected_cached in (0, 1):
        out = run_scan(discover([str(store)]), config=Config(), jobs=1, timeout=1,
                       factory_spec=FACTORY, cache=ResultCache(("v",), cache_dir))
        assert out.stats.cached == expected_cached  # the broken file only; never the timeout


# ----------------------------------------------------------------------------- CLI

def test_cli_scan_summary_csv_json(tmp_path, monkeypatch, cli_run, capsys):
    store = _store(tmp_path, n=6)
    _write(store / "壊れた.docx", b"not a zip at all")
    _write(store / "壊れた.txt", b"\0\0\0")
    monkeypatch.chdir(tmp_path)
    code = cli_run(["scan", "store", "--jobs", "2", "--csv", "out.csv",
                    "--format", "json", "-o", "out.json"])
    assert code == 2  # unreadable documents: the tool could not do its whole job
    err = capsys.readouterr().err
    assert "8件中 8件を確認しました" in err
    data = (tmp_path / "out.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert len(rows) == 9 and rows[1][0] == "store/2023/契約001.txt"
    report = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    assert report["version"] == 1 and len(report["documents"]) == 8
    # Text format: the summary table.
    code = cli_run(["scan", "store", "--exclude", "壊れた*"])
    out = capsys.readouterr().out
    assert code == 1 and "確認した文書: 6件" in out and "秘密の保持" in out
    assert cli_run(["scan", "store", "--exclude", "壊れた*", "--exit-zero"]) == 0


def test_cli_scan_refuses_existing_output_before_work(tmp_path, monkeypatch, cli_run, capsys):
    _store(tmp_path, n=2)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "out.csv").write_text("old", encoding="utf-8")
    assert cli_run(["scan", "store", "--csv", "out.csv"]) == 2
    err = capsys.readouterr().err
    assert "out.csv: 出力先のファイルが既にあります" in err and "確認しました" not in err
    assert (tmp_path / "out.csv").read_text(encoding="utf-8") == "old"
    assert cli_run(["scan", "store", "--csv", "out.csv", "--force", "--exit-zero"]) == 0
    assert cli_run(["scan", "store", "--csv", "x.csv", "-o", "x.csv"]) == 2


def test_cli_scan_nothing_found(tmp_path, cli_run, capsys):
    (tmp_path / "empty").mkdir()
    assert cli_run(["scan", str(tmp_path / "empty")]) == 2
    assert "確認する文書が見つかりませんでした" in capsys.readouterr().err


def test_cli_scan_cache_and_no_cache(tmp_path, monkeypatch, cli_run, capsys):
    _store(tmp_path, n=4)
    monkeypatch.chdir(tmp_path)
    cli_run(["scan", "store", "--exit-zero"])
    capsys.readouterr()
    cli_run(["scan", "store", "--exit-zero"])
    assert "前回の結果を再利用 4件" in capsys.readouterr().err
    cli_run(["scan", "store", "--exit-zero", "--no-cache"])
    assert "前回の結果を再利用 0件" in capsys.readouterr().err


def test_cli_scan_config_kinds_and_disable(tmp_path, monkeypatch, cli_run, capsys):
    store = _store(tmp_path, n=4)
    (tmp_path / "contractcheck.toml").write_text(
        'disable = ["annual-check"]\n[kinds]\n"*/2023/*" = "special-provisions"\n',
        encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("CONTRACTCHECK_NO_CONFIG", raising=False)
    cli_run(["scan", "store", "--format", "json", "--exit-zero"])
    data = json.loads(capsys.readouterr().out)
    kinds = {d["path"]: d["kind"] for d in data["documents"]}
    assert kinds["store/2023/契約001.txt"] == "special-provisions"
    assert kinds["store/2024/契約000.txt"] == "outsourcing"
    assert all(i["id"] != "annual-check" for d in data["documents"] for i in d["items"])
    assert store.exists()


@pytest.mark.parametrize("fmt", ["sarif", "junit", "github"])
def test_cli_scan_ci_formats(tmp_path, monkeypatch, cli_run, capsys, fmt):
    _store(tmp_path, n=3)
    monkeypatch.chdir(tmp_path)
    summary = tmp_path / "step.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    code = cli_run(["scan", "store", "--format", fmt, "--fail-on", "missing"])
    out = capsys.readouterr().out
    assert code in (0, 1) and out
    assert summary.exists() == (fmt == "github")
