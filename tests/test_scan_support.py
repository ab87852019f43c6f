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


# ----------------------------------------------------------------------------- a mixed store
import random  # noqa: E402
import shutil  # noqa: E402
import zipfile  # noqa: E402
from pathlib import Path  # noqa: E402

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
ODD = ["", " (写し)", "　全角空白", "-先頭", "#1", "😀", "[旧]"]


def _unreadables(dest: Path) -> dict[str, str]:
    """Files a real store contains that cannot be checked, and the error code each gets."""
    bad = dest / "読めないファイル"
    bad.mkdir(parents=True, exist_ok=True)
    docx = next(iter(sorted(SAMPLES.glob("*.docx"))), None)
    files = {
        "壊れたPDF.pdf": b"%PDF-1.4\n" + bytes(range(256)) * 4,
        "zipでないWord.docx": b"This is not a zip file at all.\n" * 10,
        "空のファイル.txt": b"",
        "バイナリ.txt": bytes(range(256)) * 20,
        "旧形式をdocxに改名.docx": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 2048,
        "画像だけのPDF.pdf": b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n",
        "契約ではないメモ.md": "# 買い物メモ\n牛乳\n".encode(),
    }
    if docx is not None:
        data = docx.read_bytes()
        files["途中で切れたWord.docx"] = data[: len(data) // 3]
        # A valid zip that is not a Word document.
        z = bad / "中身が違うzip.docx"
        with zipfile.ZipFile(z, "w") as zf:
            zf.writestr("hello.txt", "こんにちは")
    for name, data in files.items():
        (bad / name).write_bytes(data)
    return {f"読めないファイル/{n}": "error" for n in [*files, "中身が違うzip.docx"]
            if (bad / n).exists()}


def make_mixed_store(dest: Path, n: int = 300, seed: int = 6) -> dict[str, str]:
    """Build a store of ``n`` documents from the samples: byte copies of the built samples
    (.docx/.pdf/.txt) under varied folders and names, text variants of the sample sources
    (.txt/.md, a line dropped, a header added), and some unreadable files.
    Returns relative path -> "ok" | "error" (what the scan must report)."""
    rnd = random.Random(seed)
    built = sorted(p for p in SAMPLES.glob("*") if p.suffix in (".docx", ".pdf", ".txt"))
    srcs = sorted((SAMPLES / "build" / "src").glob("*.txt"))
    expect = _unreadables(dest)
    i = 0
    while len(expect) < n:
        i += 1
        folder = f"{2019 + i % 6}年度/{['総務課', '区民課', '福祉課', '情報政策課'][i % 4]}"
        odd = ODD[i % len(ODD)]
        if i % 2 and built:
            src = built[rnd.randrange(len(built))]
            rel = f"{folder}/{i:03d}_{src.stem}{odd}{src.suffix}"
            (dest / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(src, dest / rel)
        else:
            src = srcs[rnd.randrange(len(srcs))]
            lines = [ln for ln in src.read_text(encoding="utf-8").splitlines()
                     if not ln.startswith("%%")]
            if len(lines) > 10:
                del lines[rnd.randrange(5, len(lines))]
            lines.insert(1, f"（管理番号 R{i:04d}）")
            ext = ".md" if i % 10 == 0 else ".txt"
            rel = f"{folder}/{i:03d}_{src.stem}_改{odd}{ext}"
            (dest / rel).parent.mkdir(parents=True, exist_ok=True)
            (dest / rel).write_text("\n".join(lines) + "\n", encoding="utf-8")
        expect[rel] = "ok"
    return expect
