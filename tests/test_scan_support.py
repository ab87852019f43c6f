"""A fake engine for the scan / CI tests (no GiNZA): importable by name in spawned workers.

The result depends on the file's bytes only, like the real engine's, so --jobs and the cache
can be compared. Markers in the text drive failure modes:
HANG (loops forever), CRASH (the process dies), RAISE (a bug: an exception escapes).
"""

from __future__ import annotations

import hashlib
import os
import time
from dataclasses import dataclass

from contractcheck.model import DocumentResult, ErrorInfo, Evidence, ItemResult


@dataclass(frozen=True)
class FakeSpec:
    id: str
    basis: str
    title: str
    severity: str = "required"
    summary: str = ""
    suggestion: str = ""
    kinds: tuple = ("outsourcing",)


SPECS = {
    "confidentiality": FakeSpec("confidentiality", "第20条第1項第1号", "秘密の保持",
                                summary="受託者に秘密保持と目的外利用の禁止を義務付けること。",
                                suggestion="乙は、この契約に関して知り得た個人情報を他に漏らしてはならない。"),
    "subcontracting": FakeSpec("subcontracting", "第20条第1項第2号", "再委託の制限",
                               summary="再委託は甲の承認を要すること。"),
    "incident": FakeSpec("incident", "第20条第1項第5号", "事故発生時の報告",
                         summary="事故時に直ちに報告し甲の指示に従うこと。"),
    "annual-check": FakeSpec("annual-check", "第20条第3項", "年1回以上の確認",
                             severity="advisory", summary="年1回以上確認すること。"),
}
STATUSES = ("present", "weak", "missing")


class FakeEngine:
    version = "fake-1"

    def __init__(self, config=None):
        self.config = config
        self.calls = 0

    def specs_by_id(self):
        return dict(SPECS)

    def check_paths(self, paths, kind=None):
        path = paths[0]
        self.calls += 1
        try:
            data = open(path, "rb").read()
        except OSError as exc:
            return DocumentResult(path=str(path), error=ErrorInfo(
                "unreadable", f"{path}: ファイルを開けません（{exc.strerror}）。"))
        return self.check_bytes(data, str(path), kind)

    def check_bytes(self, data, name, kind=None):
        if data.startswith(b"HANG"):
            while True:
                time.sleep(0.05)
        if data.startswith(b"CRASH"):
            os._exit(3)
        if data.startswith(b"RAISE"):
            raise RuntimeError("bug")
        if not data.strip() or data.startswith(b"%PDF-broken") or b"\0" in data[:64]:
            return DocumentResult(path=name, error=ErrorInfo(
                "no-text", f"{name}: 文字が含まれていません。"))
        h = hashlib.sha256(data).digest()
        items = []
        for n, spec in enumerate(SPECS.values()):
            status = STATUSES[h[n] % 3]
            ev = ()
            if status != "missing":
                ev = (Evidence(file=name, article=f"第{n + 1}条", text="（根拠の文）",
                               line=n + 1),)
            items.append(ItemResult(id=spec.id, basis=spec.basis, title=spec.title,
                                    status=status, severity=spec.severity, evidence=ev,
                                    reason="" if status == "present" else "理由の説明",
                                    suggestion=spec.suggestion))
        return DocumentResult(path=name, kind=kind or "outsourcing", items=tuple(items))


def make_engine(config=None):
    return FakeEngine(config)


def slow_engine(config=None):
    """Each check takes 50 ms, so the cache benchmark has something to save."""
    eng = FakeEngine(config)
    inner = eng.check_bytes

    def check_bytes(data, name, kind=None):
        time.sleep(0.05)
        return inner(data, name, kind)
    eng.check_bytes = check_bytes
    return eng


# ----------------------------------------------------------------------------- fixtures
import sys  # noqa: E402
import types  # noqa: E402

import pytest  # noqa: E402


@pytest.fixture
def fake_engine_env(monkeypatch, tmp_path):
    """The CLI with the fake engine, in this process (sys.modules) and in scan's workers (by
    name), and a private cache folder."""
    fake = types.ModuleType("contractcheck.engine")
    fake.get_engine = lambda config=None, **kw: FakeEngine(config)
    monkeypatch.setitem(sys.modules, "contractcheck.engine", fake)
    monkeypatch.setenv("CONTRACTCHECK_SCAN_FACTORY", "test_scan_support:make_engine")
    monkeypatch.setenv("CONTRACTCHECK_CACHE_DIR", str(tmp_path / "_cache"))
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    return fake


@pytest.fixture
def cli_run(fake_engine_env):
    from contractcheck.cli import run
    return run
