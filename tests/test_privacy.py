"""Privacy and safety promises (issue #8, docs/security.md):

* no network at run time (check, scan, generate with sockets blocked, in-process and in a
  subprocess whose sitecustomize blocks them);
* no document text in logs, error messages or --debug output;
* the scan cache stores results only, readable by the user only;
* outputs are written atomically and never replace a file without --force;
* inputs are never opened for writing (hash and mtime compared around every command);
* untrusted templates are rendered in a sandbox: reaching Python internals fails clearly.
"""

from __future__ import annotations

import builtins
import hashlib
import json
import logging
import os
import socket
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from contractcheck.cli import run

try:
    from . import hostile
except ImportError:  # tests/ is not a package: pytest put it on sys.path
    import hostile

ROOT = Path(__file__).resolve().parents[1]
SECRET = hostile.SECRET
SAMPLE_DATA = ROOT / "samples" / "data" / "special-provisions.yaml"


class NetworkAttempt(AssertionError):
    pass


@pytest.fixture
def no_network(monkeypatch):
    attempts = []

    def refuse(*args, **kwargs):
        attempts.append(args[:2])
        raise NetworkAttempt(f"network access attempted: {args[:2]!r}")

    real_connect = socket.socket.connect

    def connect(self, address):
        if self.family in (socket.AF_INET, socket.AF_INET6):
            refuse(address)
        return real_connect(self, address)

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket, "gethostbyname", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    return attempts


@pytest.fixture
def docs(tmp_path):
    folder = tmp_path / "in"
    paths = [hostile.write(folder / "a.txt", hostile.good_text(SECRET).encode()),
             hostile.write(folder / "b.docx", hostile.good_docx(SECRET)),
             hostile.write(folder / "c.pdf", hostile.good_pdf(SECRET)),
             hostile.write(folder / "xxe_network.docx",
                           hostile.docx_xxe("http://127.0.0.1:9/x.dtd", parameter=True))]
    return folder, paths


def snapshot(paths) -> dict:
    return {p: (hashlib.sha256(Path(p).read_bytes()).hexdigest(), os.stat(p).st_mtime_ns,
                stat.S_IMODE(os.stat(p).st_mode)) for p in paths}


# --------------------------------------------------------------------------- network

def test_no_network_in_process(tmp_path, docs, no_network, capsys):
    folder, paths = docs
    assert run(["check", "--format", "json", *map(str, paths)]) == 2  # the xxe file is an error
    assert run(["scan", str(folder), "--no-cache", "-j", "1", "--format", "json",
                "-o", str(tmp_path / "scan.json")]) == 2
    assert run(["generate", "special-provisions", "--data", str(SAMPLE_DATA),
                "-o", str(tmp_path / "gen.docx")]) == 0
    capsys.readouterr()
    assert no_network == []


SITECUSTOMIZE = textwrap.dedent("""
    # Loaded by every Python process of the test (PYTHONPATH), including scan's workers.
    import os, socket
    _log = os.environ["NETWORK_ATTEMPTS_LOG"]

    def _refuse(*args, **kwargs):
        with open(_log, "a", encoding="utf-8") as fh:
            fh.write(repr(args[:2]) + "\\n")
        raise OSError("network disabled by test")

    _real_connect = socket.socket.connect

    def _connect(self, address):
        if self.family in (socket.AF_INET, socket.AF_INET6):
            _refuse(address)
        return _real_connect(self, address)

    socket.socket.connect = _connect
    socket.socket.connect_ex = _connect
    socket.getaddrinfo = _refuse
    socket.gethostbyname = _refuse
    socket.create_connection = _refuse
""")


def test_no_network_in_subprocesses(tmp_path, docs):
    folder, paths = docs
    site = tmp_path / "site"
    site.mkdir()
    (site / "sitecustomize.py").write_text(SITECUSTOMIZE, encoding="utf-8")
    log = tmp_path / "attempts.log"
    env = {**os.environ, "PYTHONPATH": f"{site}{os.pathsep}{ROOT}", "NETWORK_ATTEMPTS_LOG": str(log),
           "CONTRACTCHECK_CACHE_DIR": str(tmp_path / "cache"), "PYTHONIOENCODING": "utf-8"}
    # The block itself works (otherwise this test would prove nothing).
    probe = subprocess.run([sys.executable, "-c", "import socket; socket.getaddrinfo('x', 1)"],
                           env=env, capture_output=True)
    assert probe.returncode != 0 and log.exists()
    log.unlink()
    commands = [
        (["check", "--format", "json", *map(str, paths)], 2),
        (["scan", str(folder), "-j", "2", "--format", "json", "-o", str(tmp_path / "s.json")], 2),
        (["generate", "special-provisions", "--data", str(SAMPLE_DATA),
          "-o", str(tmp_path / "g.docx")], 0),
    ]
    for args, expected in commands:
        res = subprocess.run([sys.executable, "-m", "contractcheck", *args], env=env, cwd=ROOT,
                             capture_output=True, timeout=600)
        assert res.returncode == expected, (args[0], res.stderr.decode("utf-8", "replace")[-1500:])
    assert not log.exists(), log.read_text()


# --------------------------------------------------------------------------- no text in logs

def test_no_document_text_in_logs_or_errors(tmp_path, docs, caplog, capsys):
    folder, paths = docs
    bad = hostile.write_bad_files(tmp_path / "bad", only=[
        "not_zip.docx", "pk_garbage.docx", "nul.txt", "mixed.txt", "broken.pdf",
        "encrypted.pdf", "long_line.txt", "excel.docx"])
    caplog.set_level(logging.DEBUG)
    run(["--debug", "check", "--format", "json", "-o", str(tmp_path / "out.json"),
         *map(str, paths), *map(str, bad)])
    run(["--debug", "scan", str(folder), str(tmp_path / "bad"), "--no-cache", "-j", "1",
         "--format", "json", "-o", str(tmp_path / "scan.json")])
    out, err = capsys.readouterr()
    assert SECRET not in out + err
    for record in caplog.records:
        assert SECRET not in record.getMessage(), record.name
    for name in ("out.json", "scan.json"):
        report = json.loads((tmp_path / name).read_text(encoding="utf-8"))
        for d in report["documents"]:
            if d["error"]:
                assert SECRET not in d["error"]["message"]


def test_debug_traceback_of_a_crash_shows_no_document_text(tmp_path, monkeypatch, capsys):
    """Even an unexpected exception raised while the text is in hand prints no text."""
    import contractcheck.segment as segment

    def boom(blocks):
        raise ValueError("unexpected")

    monkeypatch.setattr(segment, "build", boom)
    import contractcheck.engine as engine
    monkeypatch.setattr(engine, "build", boom, raising=False)
    p = hostile.write(tmp_path / "a.txt", hostile.good_text(SECRET).encode())
    code = run(["--debug", "check", str(p)])
    out, err = capsys.readouterr()
    assert code == 2
    assert SECRET not in out + err


# --------------------------------------------------------------------------- cache

def test_scan_cache_is_private_and_holds_results_only(tmp_path, docs):
    folder, paths = docs
    cache = tmp_path / "cache"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "CONTRACTCHECK_CACHE_DIR": str(cache)}
    res = subprocess.run([sys.executable, "-m", "contractcheck", "scan", str(folder), "-j", "1",
                          "--format", "json", "-o", str(tmp_path / "s.json")], env=env, cwd=ROOT,
                         capture_output=True, timeout=600)
    assert res.returncode == 2, res.stderr.decode()[-1500:]
    files = [p for p in cache.rglob("*") if p.is_file()]
    assert files, "scan wrote no cache"
    for p in [cache, *cache.rglob("*")]:
        mode = stat.S_IMODE(p.stat().st_mode)
        assert mode & 0o077 == 0, f"{p} is readable by others ({oct(mode)})"
    for p in files:
        data = p.read_bytes()
        # The marker line is in every document but is not a clause: only a store of the
        # document text itself would contain it.
        assert SECRET.encode() not in data, p
        assert "住民基本台帳に関する事務の一部".encode() not in data or b"evidence" in data


# --------------------------------------------------------------------------- outputs

def test_existing_output_is_never_replaced_without_force(tmp_path, docs, capsys):
    folder, paths = docs
    out = tmp_path / "out.json"
    out.write_text("keep me", encoding="utf-8")
    for args in (["check", "--format", "json", "-o", str(out), str(paths[0])],
                 ["scan", str(folder), "--no-cache", "-j", "1", "--format", "json", "-o", str(out)],
                 ["scan", str(folder), "--no-cache", "-j", "1", "--csv", str(out)],
                 ["generate", "special-provisions", "--data", str(SAMPLE_DATA), "-o", str(out)]):
        assert run(args) == 2, args
        assert out.read_text(encoding="utf-8") == "keep me", args
        err = capsys.readouterr().err
        assert "--force" in err
    assert run(["check", "--format", "json", "-o", str(out), "--force", str(paths[0])]) in (0, 1)
    assert json.loads(out.read_text(encoding="utf-8"))["documents"]


def test_outputs_are_atomic(tmp_path, docs, monkeypatch, capsys):
    """A failure during the final rename leaves the old file intact and no temporary file."""
    folder, paths = docs
    out = tmp_path / "out.json"
    out.write_text("old", encoding="utf-8")

    def fail(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", fail)
    for args in (["check", "--force", "--format", "json", "-o", str(out), str(paths[0])],
                 ["generate", "special-provisions", "--data", str(SAMPLE_DATA), "--force",
                  "-o", str(out)]):
        assert run(args) != 0
        assert out.read_text(encoding="utf-8") == "old"
        assert sorted(p.name for p in tmp_path.iterdir()) == ["in", "out.json"], args
    capsys.readouterr()


def test_inputs_are_never_modified_or_opened_for_writing(tmp_path, docs, monkeypatch, capsys):
    folder, paths = docs
    data_file = tmp_path / "data.yaml"
    data_file.write_bytes(SAMPLE_DATA.read_bytes())
    inputs = [*paths, data_file]
    before = snapshot(inputs)
    watched = {os.path.realpath(p) for p in inputs}
    writes = []
    real_open, real_os_open = builtins.open, os.open

    def guarded_open(file, mode="r", *a, **k):
        if isinstance(file, (str, os.PathLike)) and os.path.realpath(file) in watched \
                and any(c in mode for c in "wax+"):
            writes.append((file, mode))
        return real_open(file, mode, *a, **k)

    def guarded_os_open(path, flags, *a, **k):
        if os.path.realpath(path) in watched and flags & (os.O_WRONLY | os.O_RDWR | os.O_TRUNC):
            writes.append((path, flags))
        return real_os_open(path, flags, *a, **k)

    monkeypatch.setattr(builtins, "open", guarded_open)
    monkeypatch.setattr(os, "open", guarded_os_open)
    run(["check", *map(str, paths)])
    run(["check", "--format", "json", "-o", str(tmp_path / "o1.json"), *map(str, paths)])
    run(["check", "--annotate", str(tmp_path / "annotated.docx"), str(paths[1])])
    run(["check", "--write-baseline", str(tmp_path / "base.json"), str(paths[0])])
    run(["scan", str(folder), "-j", "1", "--format", "json", "-o", str(tmp_path / "o2.json"),
         "--csv", str(tmp_path / "o2.csv")])
    run(["generate", "special-provisions", "--data", str(data_file),
         "-o", str(tmp_path / "g.docx")])
    capsys.readouterr()
    assert writes == []
    assert snapshot(inputs) == before


# --------------------------------------------------------------------------- templates

HOSTILE_TAGS = [
    "{{ x.__class__.__mro__[1].__subclasses__() }}",
    "{{ x.__init__.__globals__ }}",
    "{{ cycler.__init__.__globals__.os.popen('id').read() }}",
    "{{ lipsum.__globals__['os'].system('id') }}",
    "{{ self._TemplateReference__context }}",
    "{{ ''.__class__.__base__.__subclasses__() }}",
    "{{ x.format.__self__.__class__ }}",
    "{{ '{0.__class__.__mro__}'.format(x) }}",
    "{% for c in [].__class__.__base__.__subclasses__() %}{{ c }}{% endfor %}",
    "{{ range.__class__ }}",
]


def _template(tmp_path, body: str) -> Path:
    folder = tmp_path / "tpl"
    folder.mkdir(exist_ok=True)
    path = folder / "t.docx"
    path.write_bytes(hostile.docx_bytes([body]))
    (folder / "t.vars.yaml").write_text(
        "name: t\ntitle: T\ndescription: test\nvariables:\n"
        "  x:\n    label: X\n    type: str\n    example: e\n", encoding="utf-8")
    (tmp_path / "d.yaml").write_text("x: a\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("tag", HOSTILE_TAGS)
def test_template_cannot_reach_python_internals(tmp_path, tag, capsys):
    tpl = _template(tmp_path, f"第1条　{tag}")
    out = tmp_path / "out.docx"
    code = run(["generate", str(tpl), "--data", str(tmp_path / "d.yaml"), "-o", str(out)])
    _, err = capsys.readouterr()
    assert code == 2, err
    assert not out.exists()
    assert "テンプレート" in err and "Traceback" not in err
    assert "uid=" not in err and "subprocess" not in err.lower()


def test_benign_template_renders(tmp_path, capsys):
    tpl = _template(tmp_path, "第1条　{{ x }}")
    out = tmp_path / "out.docx"
    assert run(["generate", str(tpl), "--data", str(tmp_path / "d.yaml"), "-o", str(out)]) == 0
    assert out.exists()
