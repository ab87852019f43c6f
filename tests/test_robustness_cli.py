"""`contractcheck check` on every hostile input: exit 2, one clear Japanese line per bad file,
the other files still checked, no traceback, nothing from inside the file (issue #8).

These go through the public CLI (``contractcheck.cli.run``), so they need the engine.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from contractcheck.cli import run

try:
    from . import hostile
except ImportError:  # tests/ is not a package: pytest put it on sys.path
    import hostile

SECRET = hostile.SECRET
ROOT = Path(__file__).resolve().parents[1]
JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
RAW_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e]")


def check(capsys, *args) -> tuple[int, str, str]:
    code = run(["check", "--no-color", *map(str, args)])
    out, err = capsys.readouterr()
    return code, out, err


def assert_error_output(code: int, out: str, err: str, path, error_code: str | None = None):
    assert code == 2, (code, out[-500:], err[-500:])
    assert "Traceback" not in out + err
    assert SECRET not in out + err
    lines = [line for line in err.splitlines() if str(path) in line or "contractcheck:" in line]
    assert lines, err
    assert any(JAPANESE.search(line) and "対処" in line for line in lines), err
    if error_code:
        assert error_code in out, out[-800:]


@pytest.mark.parametrize("name", list(hostile.BAD_FILES))
def test_check_bad_file(tmp_path, capsys, name):
    build, error_code = hostile.BAD_FILES[name]
    path = hostile.write(tmp_path / name, build())
    code, out, err = check(capsys, path)
    assert_error_output(code, out, err, path, error_code)


def test_check_json_has_error_rows_and_keeps_going(tmp_path, capsys):
    good = hostile.write(tmp_path / "good.txt", hostile.good_text().encode())
    bad = hostile.write_bad_files(tmp_path / "bad", only=["encrypted.docx", "scanned.pdf",
                                                          "mixed.txt", "zip_bomb.docx"])
    code = run(["check", "--format", "json", str(good), *map(str, bad)])
    out, err = capsys.readouterr()
    assert code == 2
    docs = {d["path"]: d for d in json.loads(out)["documents"]}
    assert docs[str(good)]["error"] is None and docs[str(good)]["items"]
    for path, error_code in bad.items():
        assert docs[str(path)]["error"]["code"] == error_code
        assert docs[str(path)]["items"] == []
    assert SECRET not in err


def test_check_missing_file(tmp_path, capsys):
    p = tmp_path / "無い.docx"
    assert_error_output(*check(capsys, p), p, "file-not-found")


def test_check_directory(tmp_path, capsys):
    assert_error_output(*check(capsys, tmp_path), tmp_path, "is-directory")


def test_check_fifo(tmp_path, capsys):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    assert_error_output(*check(capsys, fifo), fifo, "not-a-file")


def test_check_symlink_loop(tmp_path, capsys):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.symlink_to(b)
    b.symlink_to(a)
    assert_error_output(*check(capsys, a), a, "symlink-loop")


def test_check_permission_denied(tmp_path, capsys, monkeypatch):
    p = hostile.write(tmp_path / "locked.txt", hostile.good_text(SECRET).encode())
    real_open = os.open

    def deny(path, flags, *a, **kw):
        if Path(os.fsdecode(path)) == p:
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, flags, *a, **kw)

    monkeypatch.setattr(os, "open", deny)
    assert_error_output(*check(capsys, p), p, "permission-denied")


@pytest.mark.parametrize("name", [
    "契約書 （最終版）.txt", "-rf.txt", "tab\tand\nnewline.txt", "\x1b]0;pwned\x07.txt",
    "bidi\u202etxt.exe", "$(id)`id`;.txt"])
def test_check_odd_names(tmp_path, capsys, name):
    p = hostile.write(tmp_path / name, hostile.good_text().encode())
    code, out, err = check(capsys, "--", p) if name.startswith("-") else check(capsys, p)
    assert code in (0, 1), err
    assert not RAW_CONTROL.search(out.replace("\n", "")), "raw control character in the report"
    assert not RAW_CONTROL.search(err.replace("\n", ""))


def test_check_undecodable_name(tmp_path):
    raw = os.fsencode(tmp_path) + b"/\x8c\x5f\x96\xf1.txt"
    with open(raw, "wb") as fh:
        fh.write(hostile.good_text().encode())
    res = subprocess.run([sys.executable, "-m", "contractcheck", "check", "--no-color",
                          os.fsdecode(raw)], capture_output=True, cwd=ROOT, timeout=300,
                         env={**os.environ, "PYTHONPATH": str(ROOT), "PYTHONIOENCODING": "utf-8"})
    assert res.returncode in (0, 1), res.stderr.decode("utf-8", "replace")[-1500:]
    res.stdout.decode("utf-8")  # no lone surrogates written out


def test_check_size_limit_from_config(tmp_path, capsys):
    (tmp_path / "contractcheck.toml").write_text("max-file-mb = 1\n", encoding="utf-8")
    p = hostile.write(tmp_path / "big.txt", ("第1条　甲及び乙は契約する。\n" * 80000).encode())
    code, out, err = check(capsys, p)
    assert_error_output(code, out, err, p, "too-large")
    assert "上限1.0MB" in err or "上限1MB" in err


def test_check_stdin_binary_and_huge(tmp_path):
    for data, error_code in ((b"\x00\x01binary", "binary-file"),
                             (hostile.text_long_line(10), "text-too-long")):
        res = subprocess.run([sys.executable, "-m", "contractcheck", "check", "-",
                              "--format", "json"], input=data, capture_output=True, cwd=ROOT,
                             timeout=300, env={**os.environ, "PYTHONPATH": str(ROOT)})
        assert res.returncode == 2, res.stderr.decode()[-1000:]
        doc = json.loads(res.stdout)["documents"][0]
        assert doc["error"]["code"] == error_code
        assert SECRET.encode() not in res.stderr


def test_debug_traceback_never_shows_document_text(tmp_path, capsys):
    """--debug may print a traceback, but never the document's contents."""
    paths = hostile.write_bad_files(tmp_path, only=[
        "not_zip.docx", "pk_garbage.docx", "nul.txt", "mixed.txt", "xxe.docx", "broken.pdf"])
    good = hostile.write(tmp_path / "good.txt", hostile.good_text(SECRET).encode())
    code = run(["--debug", "check", "--format", "json", "-o", str(tmp_path / "out.json"),
                str(good), *map(str, paths)])
    out, err = capsys.readouterr()
    assert code == 2
    assert SECRET not in out + err
