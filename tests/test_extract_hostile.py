"""Extraction against hostile and broken inputs: one clear InputError each, bounded in time and
memory, never a crash, never the document's text in the message (issue #8).

The files are built by tests/hostile.py; nothing binary is checked in.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from contractcheck.errors import InputError
from contractcheck.extract import (MAX_BLOCK_CHARS, extract, extract_text, read_input, sniff)
from contractcheck.extract import docx as docx_adapter
from contractcheck.extract import pdf as pdf_adapter

try:
    from . import hostile
except ImportError:  # tests/ is not a package: pytest put it on sys.path
    import hostile
SECRET = hostile.SECRET

ROOT = Path(__file__).resolve().parents[1]
JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


def assert_clear_error(exc: InputError, path: Path | str, code: str) -> None:
    """The shape every input error must have: code, Japanese one-liner naming the file, hint."""
    assert exc.code == code, (exc.code, exc.message)
    name = str(path)
    assert exc.message.startswith(name + ": "), exc.message
    assert JAPANESE.search(exc.message[len(name):]), exc.message
    assert exc.hint and JAPANESE.search(exc.hint)
    line = exc.one_line()
    assert "\n" not in line and "\r" not in line
    # Privacy: nothing from inside the file, only its name.
    assert SECRET not in line
    assert "Traceback" not in line


def extract_error(path, **kw) -> InputError:
    with pytest.raises(InputError) as info:
        extract(path, **kw)
    return info.value


# --------------------------------------------------------------------------- every bad kind

@pytest.mark.parametrize("name", list(hostile.BAD_FILES))
def test_bad_file_gives_its_error_quickly(tmp_path, name):
    build, code = hostile.BAD_FILES[name]
    path = hostile.write(tmp_path / name, build())
    t0 = time.monotonic()
    exc = extract_error(path)
    elapsed = time.monotonic() - t0
    assert_clear_error(exc, path, code)
    assert elapsed < 15, f"{name} took {elapsed:.1f}s"


def test_bad_files_stay_within_memory_limit(tmp_path):
    """Every bad file is refused by a process limited to 1.5 GB of address space.

    A zip bomb (3 GB of XML), entity expansion or a 10 MB line that were read naively would
    need gigabytes; the limit turns that into a MemoryError, which fails this test.
    """
    paths = hostile.write_bad_files(tmp_path)
    script = (
        "import resource, sys\n"
        "resource.setrlimit(resource.RLIMIT_AS, (1536 << 20, 1536 << 20))\n"
        "from contractcheck.extract import extract\n"
        "from contractcheck.errors import InputError\n"
        "for p in sys.argv[1:]:\n"
        "    try:\n"
        "        extract(p)\n"
        "        print('OK', p)\n"
        "    except InputError as e:\n"
        "        print(e.code, p)\n")
    res = subprocess.run([sys.executable, "-c", script, *map(str, paths)], capture_output=True,
                         text=True, timeout=300, cwd=ROOT,
                         env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert res.returncode == 0, res.stderr[-2000:]
    got = dict(reversed(line.split(" ", 1)) for line in res.stdout.splitlines())
    assert got == {str(p): code for p, code in paths.items()}


# --------------------------------------------------------------------------- file system

def test_not_found(tmp_path):
    p = tmp_path / "無い契約書.docx"
    assert_clear_error(extract_error(p), p, "file-not-found")


def test_directory(tmp_path):
    assert_clear_error(extract_error(tmp_path), tmp_path, "is-directory")


def test_empty(tmp_path):
    p = hostile.write(tmp_path / "empty.pdf", b"")
    assert_clear_error(extract_error(p), p, "empty-file")


@pytest.mark.parametrize("name,data", [
    ("spaces.txt", " \u3000\t\r\n" * 100),
    ("controls.txt", "\x01\x02\x1b\x7f\n" * 10),
])
def test_zero_text(tmp_path, name, data):
    p = hostile.write(tmp_path / name, data.encode())
    assert_clear_error(extract_error(p), p, "no-text")


def test_docx_without_text(tmp_path):
    p = hostile.write(tmp_path / "blank.docx", hostile.docx_bytes(["", "\u3000", " "]))
    assert_clear_error(extract_error(p), p, "no-text")


def test_permission_denied_by_os(tmp_path, monkeypatch):
    """Root reads everything, so the refusal is simulated at the one place files are opened."""
    p = hostile.write(tmp_path / "locked.txt", hostile.good_text().encode())
    real_open = os.open

    def deny(path, flags, *a, **kw):
        if Path(path) == p:
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, flags, *a, **kw)

    monkeypatch.setattr(os, "open", deny)
    assert_clear_error(extract_error(p), p, "permission-denied")


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read a mode-000 file")
def test_permission_denied_real(tmp_path):
    p = hostile.write(tmp_path / "locked.txt", hostile.good_text().encode())
    p.chmod(0)
    try:
        assert_clear_error(extract_error(p), p, "permission-denied")
    finally:
        p.chmod(0o600)


def test_fifo_does_not_hang(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    result = {}

    def run():
        try:
            extract(fifo)
        except InputError as exc:
            result["exc"] = exc

    t = threading.Thread(target=run, daemon=True)
    t.start()
    t.join(10)
    assert not t.is_alive(), "extract blocked on a FIFO"
    assert_clear_error(result["exc"], fifo, "not-a-file")


def test_device_is_refused():
    assert_clear_error(extract_error("/dev/zero"), "/dev/zero", "not-a-file")


def test_symlink_loop(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.symlink_to(b)
    b.symlink_to(a)
    assert_clear_error(extract_error(a), a, "symlink-loop")


def test_dangling_symlink(tmp_path):
    link = tmp_path / "link.docx"
    link.symlink_to(tmp_path / "gone.docx")
    exc = extract_error(link)
    assert_clear_error(exc, link, "file-not-found")
    assert "リンク" in exc.message


def test_symlink_to_good_file_is_followed(tmp_path):
    target = hostile.write(tmp_path / "real.txt", hostile.good_text().encode())
    link = tmp_path / "link.txt"
    link.symlink_to(target)
    assert extract(link)[0].text == hostile.GOOD_LINES[0]


def test_size_limit_checked_before_reading(tmp_path, monkeypatch):
    p = hostile.write(tmp_path / "big.txt", b"a" * (2 * 1024 * 1024))
    reads = []
    real_read = os.read
    monkeypatch.setattr(os, "read", lambda fd, n: reads.append(n) or real_read(fd, n))
    exc = extract_error(p, max_bytes=1024 * 1024)
    assert_clear_error(exc, p, "too-large")
    assert "2.0MB" in exc.message and "上限1.0MB" in exc.message
    assert "max-file-mb" in exc.hint
    assert reads == [], "the file was read although its size is over the limit"


def test_size_limit_is_configurable(tmp_path):
    p = hostile.write(tmp_path / "ok.txt", hostile.good_text().encode())
    assert extract(p, max_bytes=p.stat().st_size)
    assert_clear_error(extract_error(p, max_bytes=p.stat().st_size - 1), p, "too-large")


ODD_NAMES = [
    "契約書 （最終版）.txt",
    "-rf --force.txt",
    "semi;colon&amp$(whoami)`id`.txt",
    "quote'\"back\\slash.txt",
    "tab\tand\nnewline.txt",
    "\x1b]0;pwned\x07\x1b[2J.txt",
    "bidi\u202etxt.exe",
    "a" * 200 + ".txt",
    "絵文字😀と全角　空白.txt",
]


@pytest.mark.parametrize("name", ODD_NAMES)
def test_odd_file_names(tmp_path, name):
    p = hostile.write(tmp_path / name, hostile.good_text().encode())
    blocks = extract(p)
    assert blocks[0].text == hostile.GOOD_LINES[0]
    # Errors name the file, but never with raw control characters (terminal escapes).
    exc = extract_error(p, max_bytes=10)
    assert exc.code == "too-large"
    assert not re.search(r"[\x00-\x1f\x7f-\x9f\u202a-\u202e]", exc.one_line())
    assert not re.search(r"[\x00-\x1f\x7f-\x9f\u202a-\u202e]", blocks[0].loc.file)


def test_undecodable_file_name(tmp_path):
    """A name that is not UTF-8 (copied from an old Windows share) still works."""
    raw = os.fsencode(tmp_path) + b"/\x8c\x5f\x96\xf1.txt"  # 「契約」 in Shift_JIS bytes
    with open(raw, "wb") as fh:
        fh.write(hostile.good_text().encode())
    path = os.fsdecode(raw)
    blocks = extract(path)
    assert blocks[0].text == hostile.GOOD_LINES[0]
    exc = extract_error(path, max_bytes=10)
    exc.one_line().encode("utf-8")  # printable: no lone surrogates
    assert "\\x8c" in exc.message
    blocks[0].loc.file.encode("utf-8")


def test_input_is_opened_read_only(tmp_path, monkeypatch):
    paths = [hostile.write(tmp_path / "a.txt", hostile.good_text().encode()),
             hostile.write(tmp_path / "b.docx", hostile.good_docx()),
             hostile.write(tmp_path / "c.pdf", hostile.good_pdf())]
    flags_seen = []
    real_open = os.open
    monkeypatch.setattr(os, "open", lambda p, f, *a, **k: flags_seen.append(f)
                        or real_open(p, f, *a, **k))
    import builtins
    real_builtin_open = builtins.open

    def guarded_open(file, mode="r", *a, **k):
        if Path(str(file)) in paths and any(c in mode for c in "wax+"):
            raise AssertionError(f"input opened for writing: {file} {mode}")
        return real_builtin_open(file, mode, *a, **k)

    monkeypatch.setattr(builtins, "open", guarded_open)
    for p in paths:
        before = (p.read_bytes(), p.stat().st_mtime_ns)
        extract(p)
        assert (p.read_bytes(), p.stat().st_mtime_ns) == before
    assert flags_seen and all(f & (os.O_WRONLY | os.O_RDWR) == 0 for f in flags_seen)


# --------------------------------------------------------------------------- docx specifics

def test_good_docx_locations(tmp_path):
    p = hostile.write(tmp_path / "good.docx", hostile.good_docx())
    blocks = extract(p)
    assert [b.text for b in blocks] == hostile.GOOD_LINES
    assert [b.loc.paragraph for b in blocks] == list(range(1, len(blocks) + 1))


def test_zip_bomb_with_honest_header_is_refused_without_inflating(tmp_path, monkeypatch):
    p = hostile.write(tmp_path / "bomb.docx", hostile.docx_zip_bomb(honest_size=True))
    import zipfile
    monkeypatch.setattr(zipfile.ZipFile, "open", lambda *a, **k: pytest.fail("inflated"))
    assert_clear_error(extract_error(p), p, "docx-too-large")


def test_docx_part_read_is_capped(tmp_path, monkeypatch):
    """Even when the directory understates the size, no more than the cap is inflated."""
    monkeypatch.setattr(docx_adapter, "MAX_PART_BYTES", 1024 * 1024)
    doc = hostile.document_xml(["個人情報" * 100] * 2000)  # about 2.5 MB of XML
    p = hostile.write(tmp_path / "big.docx", hostile.docx_bytes(document=doc))
    assert_clear_error(extract_error(p), p, "docx-too-large")


def test_huge_text_under_part_limit_is_refused_by_char_limit(tmp_path):
    p = hostile.write(tmp_path / "huge.docx", hostile.docx_huge_text(30))
    assert_clear_error(extract_error(p), p, "text-too-long")


def test_xxe_is_never_resolved(tmp_path):
    secret_file = tmp_path / "secret.txt"
    secret_file.write_text(SECRET)
    p = hostile.write(tmp_path / "xxe.docx", hostile.docx_xxe(secret_file.as_uri()))
    assert_clear_error(extract_error(p), p, "docx-unsafe-xml")


def test_xml_parser_itself_never_expands_entities(tmp_path):
    """The DOCTYPE refusal is one wall; the parser settings are the second."""
    from lxml import etree

    secret_file = tmp_path / "secret.txt"
    secret_file.write_text(SECRET)
    xxe = hostile.document_xml(["&xxe;"], f'<!DOCTYPE w:document [<!ENTITY xxe SYSTEM '
                                          f'"{secret_file.as_uri()}">]>').replace(b"&amp;", b"&")
    laughs = hostile.document_xml(["&lol9;"], hostile.BILLION_LAUGHS).replace(b"&amp;", b"&")
    root = etree.fromstring(xxe, docx_adapter.xml_parser())
    assert SECRET not in etree.tostring(root, encoding="unicode")
    # libxml2 refuses the expansion itself (an amplification limit) or leaves it unexpanded.
    try:
        root = etree.fromstring(laughs, docx_adapter.xml_parser())
    except etree.XMLSyntaxError as exc:
        assert "amplification" in str(exc)
    else:
        assert len(etree.tostring(root)) < 10_000


def test_utf16_part_with_doctype_is_refused():
    """A UTF-16 part hides "<!DOCTYPE" from a byte scan; the check after parsing catches it."""
    part = hostile.document_xml(["本文"], hostile.BILLION_LAUGHS)
    utf16 = part.replace(b'encoding="UTF-8"', b'encoding="UTF-16"').decode().encode("utf-16")
    with pytest.raises(InputError) as info:
        docx_adapter._parse_xml(utf16, "x.docx")
    assert info.value.code == "docx-unsafe-xml"


def test_docx_hostile_numbering_does_not_crash(tmp_path):
    p = hostile.write(tmp_path / "num.docx", hostile.docx_hostile_numbering())
    blocks = extract(p)
    assert len(blocks) == 200
    assert all(b.label is None or len(b.label) <= 64 for b in blocks)
    assert blocks[0].label == "第一条"


def test_kanji_numbers_past_9999():
    assert docx_adapter._kanji(10000) == "10000"
    assert docx_adapter._kanji(9999) == "九千九百九十九"


def test_docx_deep_nesting(tmp_path):
    p = hostile.write(tmp_path / "deep.docx", hostile.docx_deep_tables(300))
    assert_clear_error(extract_error(p), p, "docx-corrupt")
    p2 = hostile.write(tmp_path / "nested.docx", hostile.docx_deep_tables(20))
    assert [b.text for b in extract(p2)] == ["深い表"]


def test_strict_ooxml_namespace(tmp_path):
    doc = hostile.document_xml(["第1条　厳格形式"]).replace(
        hostile.W_NS.encode(), b"http://purl.oclc.org/ooxml/wordprocessingml/main")
    p = hostile.write(tmp_path / "strict.docx", hostile.docx_bytes(document=doc))
    assert [b.text for b in extract(p)] == ["第1条　厳格形式"]


def test_ole_reader_lists_streams():
    names = docx_adapter.ole_stream_names(hostile.docx_encrypted())
    assert {"EncryptionInfo", "EncryptedPackage"} <= names
    assert "WordDocument" in docx_adapter.ole_stream_names(hostile.doc_legacy())


def test_ole_with_looping_chains_is_bounded():
    data = bytearray(hostile.doc_legacy())
    # Make the directory chain point at itself: FAT[1] = 1.
    fat_off = 512
    data[fat_off + 4:fat_off + 8] = (1).to_bytes(4, "little")
    t0 = time.monotonic()
    names = docx_adapter.ole_stream_names(bytes(data))
    assert time.monotonic() - t0 < 1
    assert "WordDocument" in names


def test_ole_garbage_header_falls_back(tmp_path):
    p = hostile.write(tmp_path / "odd.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\xff" * 600)
    assert extract_error(p).code in {"office-not-word", "doc-legacy"}


# --------------------------------------------------------------------------- pdf specifics

def test_good_pdf_pages(tmp_path):
    p = hostile.write(tmp_path / "good.pdf", hostile.pdf_bytes(pages=2))
    blocks = extract(p)
    # pdfminer turns the ideographic space into an ordinary one.
    assert [b.text for b in blocks if b.loc.page == 1] == [
        x[:60].replace("\u3000", " ") for x in hostile.GOOD_LINES]
    assert {b.loc.page for b in blocks} == {1, 2}


def test_pdf_permissions_only_password_is_readable(tmp_path):
    from reportlab.lib import pdfencrypt

    enc = pdfencrypt.StandardEncryption("", ownerPassword="owner", canCopy=0, canPrint=0)
    p = hostile.write(tmp_path / "locked_copy.pdf",
                      hostile.pdf_bytes(["Article 1 Confidentiality"], encrypt=enc,
                                        font="Helvetica"))
    assert [b.text for b in extract(p)] == ["Article 1 Confidentiality"]


@pytest.mark.parametrize("kind", ["garbled", "shifted"])
def test_pdf_xref_recoverable(tmp_path, kind):
    p = hostile.write(tmp_path / f"{kind}.pdf", hostile.pdf_corrupt_xref(kind))
    assert extract(p)[0].text == hostile.GOOD_LINES[0]


def test_pdf_page_limit_is_checked_before_parsing_pages(tmp_path):
    p = hostile.write(tmp_path / "many.pdf", hostile.pdf_many_pages(3000))
    t0 = time.monotonic()
    exc = extract_error(p)
    assert time.monotonic() - t0 < 5
    assert "3,000ページ" in exc.message and "上限1,000ページ" in exc.message


def test_pdf_page_limit_when_count_lies(tmp_path):
    data = hostile.pdf_many_pages(30).replace(b"/Count 30", b"/Count 1 ")
    p = hostile.write(tmp_path / "lying.pdf", data)
    exc = extract_error(p, max_pages=10)
    assert_clear_error(exc, p, "pdf-too-many-pages")
    assert len(extract(p, max_pages=30)) == 30


def test_pdf_self_referencing_structures_terminate(tmp_path):
    p = hostile.write(tmp_path / "loop.pdf", hostile.pdf_page_tree_loop())
    t0 = time.monotonic()
    exc = extract_error(p)
    assert time.monotonic() - t0 < 10
    assert exc.code in {"pdf-no-text", "pdf-corrupt"}


def test_pdf_time_limit(tmp_path, monkeypatch):
    """A PDF whose pages are slow to parse is stopped between pages.

    NOTE: a truly looping pdfminer input could not be built reliably, so the slowness is
    simulated: each page's text extraction is made to take 0.3 s.
    """
    import pdfplumber.page

    real = pdfplumber.page.Page.extract_text

    def slow(self, *a, **k):
        time.sleep(0.3)
        return real(self, *a, **k)

    monkeypatch.setattr(pdfplumber.page.Page, "extract_text", slow)
    p = hostile.write(tmp_path / "slow.pdf", hostile.pdf_bytes(pages=20))
    t0 = time.monotonic()
    with pytest.raises(InputError) as info:
        pdf_adapter.extract(p.read_bytes(), str(p), time_limit=1.0)
    assert time.monotonic() - t0 < 3
    assert_clear_error(info.value, p, "pdf-timeout")


def test_pdf_unmapped_font_is_reported(tmp_path):
    from reportlab.lib import pdfencrypt

    # reportlab's encrypted CID-font output has no usable Unicode mapping for pdfminer:
    # exactly the "(cid:123)" case seen in PDFs from some old layout software.
    enc = pdfencrypt.StandardEncryption("", ownerPassword="o")
    p = hostile.write(tmp_path / "cid.pdf", hostile.pdf_bytes(encrypt=enc))
    exc = extract_error(p)
    assert_clear_error(exc, p, "pdf-no-text")
    assert "フォント" in exc.message


def test_pdf_library_logs_are_silenced(tmp_path, caplog):
    import logging

    caplog.set_level(logging.DEBUG)
    for name in ("broken.pdf", "bad_xref.pdf", "encrypted.pdf"):
        build, _ = hostile.BAD_FILES[name]
        p = hostile.write(tmp_path / name, build())
        with pytest.raises(InputError):
            extract(p)
    hostile.write(tmp_path / "ok.pdf", hostile.good_pdf(SECRET))
    extract(tmp_path / "ok.pdf")
    assert not [r for r in caplog.records if r.name.startswith(("pdfminer", "pdfplumber"))]


# --------------------------------------------------------------------------- text specifics

@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp932", "utf-16"])
def test_text_encodings(tmp_path, encoding):
    p = hostile.write(tmp_path / "t.txt", hostile.good_text().encode(encoding))
    assert [b.text for b in extract(p)] == hostile.GOOD_LINES


def test_crlf_and_cr_line_numbers(tmp_path):
    p = hostile.write(tmp_path / "t.txt", "一行目\r\n\r\n三行目\r四行目".encode("cp932"))
    assert [(b.text, b.loc.line) for b in extract(p)] == [
        ("一行目", 1), ("三行目", 3), ("四行目", 4)]


def test_undecodable_names_the_line(tmp_path):
    data = "第1条\n第2条\n".encode() + b"\x82\n"
    p = hostile.write(tmp_path / "t.txt", data)
    exc = extract_error(p)
    assert_clear_error(exc, p, "encoding-unknown")
    assert "3行目" in exc.message


def test_cp932_implausible_bytes_are_refused(tmp_path):
    # 0x80 and 0xFD-0xFF never occur in Shift_JIS; Python's cp932 would map them anyway.
    p = hostile.write(tmp_path / "t.txt", "契約".encode("cp932") + b"\x80\xfd\xfe\xff")
    assert_clear_error(extract_error(p), p, "encoding-unknown")


def test_bad_utf8_after_bom(tmp_path):
    p = hostile.write(tmp_path / "t.txt", b"\xef\xbb\xbf" + "第1条\n".encode() + b"\xff\n")
    exc = extract_error(p)
    assert_clear_error(exc, p, "encoding-unknown")
    assert "2行目" in exc.message


def test_utf16_with_nul_characters(tmp_path):
    p = hostile.write(tmp_path / "t.txt", "第1条\x00".encode("utf-16"))
    assert_clear_error(extract_error(p), p, "binary-file")


def test_long_line_under_the_limit_is_split(tmp_path):
    sentence = "乙は、個人情報を適正に取り扱わなければならない。"
    line = sentence * 2000  # 48,000 characters, no line break
    p = hostile.write(tmp_path / "long.txt", ("前文\n" + line + "\n末尾\n").encode())
    blocks = extract(p)
    middle = [b for b in blocks if b.loc.line == 2]
    assert len(middle) > 1
    assert "".join(b.text for b in middle) == line
    assert all(len(b.text) <= MAX_BLOCK_CHARS for b in blocks)
    # Cut at sentence ends, not in the middle of a word.
    assert all(b.text.endswith("。") for b in middle)


def test_ten_megabyte_line_is_refused_fast(tmp_path):
    p = hostile.write(tmp_path / "line.txt", hostile.text_long_line(10))
    t0 = time.monotonic()
    exc = extract_error(p)
    assert time.monotonic() - t0 < 5
    assert_clear_error(exc, p, "text-too-long")


def test_control_characters_become_spaces(tmp_path):
    p = hostile.write(tmp_path / "t.txt", "第1条\x1b[31m赤\x07字\u2028終".encode())
    [block] = extract(p)
    assert block.text == "第1条 [31m赤 字 終"


def test_extract_text_from_memory():
    blocks = extract_text("第1条\r\n\x00\n第2条", "-")
    assert [(b.text, b.loc.line) for b in blocks] == [("第1条", 1), ("第2条", 3)]


def test_read_input_returns_bytes(tmp_path):
    p = hostile.write(tmp_path / "x.bin", b"abc")
    assert read_input(p) == b"abc"


@pytest.mark.parametrize("head,suffix,fmt", [
    (b"%PDF-1.7", ".txt", "pdf"),
    (b"\xef\xbb\xbf%PDF-1.4", ".pdf", "pdf"),
    (b"PK\x03\x04", ".pdf", "docx"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", ".docx", "ole"),
    (b"hello", ".docx", "docx-broken"),
    (b"hello", ".pdf", "pdf-broken"),
    (b"hello", ".md", "text"),
])
def test_sniff(head, suffix, fmt):
    assert sniff(head, suffix) == fmt
