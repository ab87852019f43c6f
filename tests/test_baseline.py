"""Baselines: --write-baseline records today's findings; with --baseline only new ones fail."""

from __future__ import annotations

import json
import os
from dataclasses import replace

import pytest

from contractcheck.baseline import load_baseline, write_baseline
from contractcheck.errors import ConfigError
from contractcheck.model import DocumentResult, ItemResult, Report
from contractcheck.policy import exit_code
from test_scan_support import cli_run, fake_engine_env  # noqa: F401 (fixtures)


def _report(path="store/a.txt", status="missing"):
    return Report(documents=(DocumentResult(path=path, kind="outsourcing", items=(
        ItemResult("confidentiality", "第20条第1項第1号", "秘密の保持", "present"),
        ItemResult("incident", "第20条第1項第5号", "事故発生時の報告", status),
        ItemResult("annual-check", "第20条第3項", "年1回以上の確認", "weak",
                   severity="advisory"))),))


def test_write_and_load(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    report = _report()
    n = write_baseline(report, "baseline.json")
    assert n == 2  # the missing item and the advisory; present items are not findings
    data = json.loads((tmp_path / "baseline.json").read_text(encoding="utf-8"))
    assert data["version"] == 1
    text = json.dumps(data, ensure_ascii=False)
    assert "present" not in text and "（根拠" not in text  # no document text
    known = load_baseline("baseline.json")
    assert exit_code(report) == 1
    assert exit_code(report, known=known) == 0


def test_new_finding_still_fails(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write_baseline(_report(), "b.json")
    known = load_baseline("b.json")
    other = _report(path="store/new.txt")
    assert exit_code(other, known=known) == 1


def test_improvement_from_missing_to_weak_does_not_fail(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write_baseline(_report(status="missing"), "b.json")
    assert exit_code(_report(status="weak"), known=load_baseline("b.json")) == 0
    # ...but a regression from weak to missing is new.
    write_baseline(_report(status="weak"), "b2.json")
    assert exit_code(_report(status="missing"), known=load_baseline("b2.json")) == 1


def test_baseline_works_from_another_folder(tmp_path, monkeypatch):
    (tmp_path / "repo" / "ci").mkdir(parents=True)
    monkeypatch.chdir(tmp_path / "repo")
    write_baseline(_report(path="store/a.txt"), "ci/baseline.json")
    monkeypatch.chdir(tmp_path)  # the same files, now displayed as repo/store/a.txt
    known = load_baseline("repo/ci/baseline.json")
    assert exit_code(_report(path="repo/store/a.txt"), known=known) == 0


def test_errors_are_never_baselined(tmp_path, monkeypatch):
    from contractcheck.model import ErrorInfo
    monkeypatch.chdir(tmp_path)
    rep = Report(documents=(DocumentResult(path="x.pdf", error=ErrorInfo("pdf-corrupt", "x")),))
    assert write_baseline(rep, "b.json") == 0
    assert exit_code(rep, known=load_baseline("b.json")) == 2


@pytest.mark.parametrize("content", ["{", '{"version": 1}', '{"version": 9, "findings": []}',
                                     '[1, 2]'])
def test_bad_baseline_file(tmp_path, content):
    f = tmp_path / "b.json"
    f.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError, match="b.json: ベースラインファイルの形式"):
        load_baseline(str(f))
    with pytest.raises(ConfigError, match="見つかりません"):
        load_baseline(str(tmp_path / "none.json"))


def test_write_baseline_refuses_overwrite(tmp_path):
    f = tmp_path / "b.json"
    f.write_text("{}", encoding="utf-8")
    from contractcheck.errors import OutputError
    with pytest.raises(OutputError):
        write_baseline(_report(), str(f))
    write_baseline(_report(), str(f), force=True)


def _store(tmp_path, n=6):
    store = tmp_path / "store"
    store.mkdir()
    for i in range(n):
        (store / f"契約{i:02d}.txt").write_text(f"業務委託契約書 {i}\n第1条 甲と乙は…\n",
                                              encoding="utf-8")
    return store


@pytest.mark.parametrize("command", ["scan", "check"])
def test_cli_baseline_round_trip(tmp_path, monkeypatch, cli_run, capsys, command):
    store = _store(tmp_path)
    monkeypatch.chdir(tmp_path)
    args = ["store"] if command == "scan" else sorted(
        os.path.join("store", f) for f in os.listdir(store))
    extra = ["--jobs", "1"] if command == "scan" else []
    assert cli_run([command, *extra, "--format", "json", *args]) == 1
    capsys.readouterr()
    assert cli_run([command, *extra, "--format", "json", "--write-baseline", "b.json",
                    *args]) == 0
    assert "ベースラインに" in capsys.readouterr().err
    assert cli_run([command, *extra, "--format", "json", "--baseline", "b.json", *args]) == 0
    # A new document with findings fails the run again.
    (store / "新規.txt").write_text("業務委託契約書 新規 ZZZ\n", encoding="utf-8")
    args2 = ["store"] if command == "scan" else [*args, "store/新規.txt"]
    assert cli_run([command, *extra, "--format", "json", "--baseline", "b.json", *args2]) == 1
    capsys.readouterr()
