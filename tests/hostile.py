"""Builders of good and hostile input files, made by the tests themselves.

Nothing here is checked in as a binary fixture: each file is built from a few lines of code,
so a reviewer can see exactly what is hostile about it. Builders return bytes; ``write_all``
writes one file of every bad kind into a folder (used by the robustness and scan tests).

Encrypted .docx: built as an OLE compound file by ``ole_bytes`` below (our own ~60-line
writer), with the ``EncryptionInfo``/``EncryptedPackage`` streams that Word writes. No extra
package (msoffcrypto-tool, olefile) is needed, at run time or for the tests.
"""

from __future__ import annotations

import io
import os
import struct
import zipfile
import zlib
from pathlib import Path

# A string that must never appear in an error message, a log line, a traceback or a cache
# file. Each hostile file that has text carries it.
SECRET = "秘匿検査用マーカー甲乙丙XYZZY"

GOOD_LINES = [
    "個人情報取扱業務委託契約書",
    "○○市（以下「甲」という。）と株式会社△△（以下「乙」という。）は、次のとおり契約を締結する。",
    "（目的）",
    "第1条　甲は、住民基本台帳に関する事務の一部を乙に委託し、乙はこれを受託する。",
    "（秘密の保持）",
    "第2条　乙は、この契約による業務に関して知り得た個人情報を他に漏らしてはならない。契約が終了し、又は解除された後においても同様とする。",
    "（再委託の禁止）",
    "第3条　乙は、甲の承諾を得た場合を除き、この契約による業務を第三者に委託してはならない。",
    "（目的外利用及び提供の禁止）",
    "第4条　乙は、甲の指示がある場合を除き、個人情報を契約の目的以外に利用し、又は第三者に提供してはならない。",
    "（複写又は複製の禁止）",
    "第5条　乙は、甲の承諾なしに、個人情報が記録された資料等を複写し、又は複製してはならない。",
    "（事故報告）",
    "第6条　乙は、個人情報の漏えい等の事故が生じたときは、直ちに甲に報告し、その指示に従うものとする。",
    "（返還等）",
    "第7条　乙は、契約が終了したときは、個人情報が記録された資料等を速やかに甲に返還し、又は廃棄するものとする。",
]


def good_text(marker: str = "") -> str:
    lines = list(GOOD_LINES)
    if marker:
        lines.append(f"（備考）本件とは無関係の記載：{marker}")
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------- docx

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.document.main+xml"/></Types>').encode()
ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="word/document.xml"/></Relationships>').encode()


def _esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def document_xml(paragraphs: list[str], prolog: str = "") -> bytes:
    body = "".join(f'<w:p><w:r><w:t xml:space="preserve">{_esc(p)}</w:t></w:r></w:p>'
                   for p in paragraphs)
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>{prolog}'
            f'<w:document xmlns:w="{W_NS}"><w:body>{body}</w:body></w:document>').encode()


def docx_bytes(paragraphs: list[str] | None = None, *, document: bytes | None = None,
               parts: dict[str, bytes] | None = None) -> bytes:
    """A minimal valid .docx (Word and python-docx open it)."""
    if document is None:
        document = document_xml(paragraphs if paragraphs is not None else GOOD_LINES)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", CONTENT_TYPES)
        zf.writestr("_rels/.rels", ROOT_RELS)
        zf.writestr("word/document.xml", document)
        for name, data in (parts or {}).items():
            zf.writestr(name, data)
    return buf.getvalue()


def good_docx(marker: str = "") -> bytes:
    return docx_bytes(good_text(marker).splitlines())


def raw_zip(entries: list[tuple[str, bytes, int, int]]) -> bytes:
    """A zip written by hand: (name, deflated data, declared uncompressed size, crc).

    zipfile cannot write a member whose directory entry lies about its size; a zip bomb
    needs exactly that, so the headers are packed here.
    """
    out = io.BytesIO()
    central = []
    for name, comp, size, crc in entries:
        off = out.tell()
        nb = name.encode()
        out.write(struct.pack("<4s5H3I2H", b"PK\x03\x04", 20, 0, 8, 0, 0, crc, len(comp),
                              size, len(nb), 0) + nb + comp)
        central.append(struct.pack("<4s6H3I5H2I", b"PK\x01\x02", 20, 20, 0, 8, 0, 0, crc,
                                   len(comp), size, len(nb), 0, 0, 0, 0, 0, off) + nb)
    cd_off = out.tell()
    cd = b"".join(central)
    out.write(cd)
    out.write(struct.pack("<4s4H2IH", b"PK\x05\x06", 0, 0, len(entries), len(entries),
                          len(cd), cd_off, 0))
    return out.getvalue()


def _deflate_repeated(chunk: bytes, times: int) -> bytes:
    """Raw deflate of ``chunk * times`` without ever holding or compressing all of it.

    After a full flush the compressor starts from a clean state, so the bytes for each copy of
    the chunk are identical and can simply be repeated.
    """
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    one = c.compress(chunk) + c.flush(zlib.Z_FULL_FLUSH)
    tail = c.flush(zlib.Z_FINISH)
    c2 = zlib.compressobj(9, zlib.DEFLATED, -15)
    first = c2.compress(chunk) + c2.flush(zlib.Z_FULL_FLUSH)
    assert first == one
    return one * times + tail


def docx_zip_bomb(*, honest_size: bool) -> bytes:
    """A .docx whose document.xml inflates to 3 GB of XML (about 3 MB on disk).

    With ``honest_size`` the zip directory states the 3 GB; otherwise it claims 1 MB less
    than the extractor's part limit, so only a bounded read stops it.
    """
    head = f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{W_NS}"><w:body><w:p><w:r><w:t>'.encode()
    chunk = b"\xe3\x81\x82" * (16 * 1024 * 1024 // 3)  # "あ" x 5.6 million, 16 MB
    times = 3 * 1024 // 16
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    data = c.compress(head) + c.flush(zlib.Z_FULL_FLUSH)
    body = _deflate_repeated(chunk, times)
    total = len(head) + len(chunk) * times
    declared = total if honest_size else 31 * 1024 * 1024
    return raw_zip([
        ("[Content_Types].xml", _raw_deflate(CONTENT_TYPES), len(CONTENT_TYPES),
         zlib.crc32(CONTENT_TYPES)),
        ("_rels/.rels", _raw_deflate(ROOT_RELS), len(ROOT_RELS), zlib.crc32(ROOT_RELS)),
        ("word/document.xml", data + body, declared & 0xFFFFFFFF, 0),
    ])


def _raw_deflate(data: bytes) -> bytes:
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    return c.compress(data) + c.flush()


def docx_huge_text(mb: int = 30) -> bytes:
    """A real, well-formed document.xml just under the part limit: millions of characters."""
    para = f'<w:p><w:r><w:t>{"個人情報" * 250}</w:t></w:r></w:p>'.encode()
    n = mb * 1024 * 1024 // len(para)
    doc = (f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{W_NS}"><w:body>'.encode()
           + para * n + b"</w:body></w:document>")
    return docx_bytes(document=doc)


BILLION_LAUGHS = (
    '<!DOCTYPE w:document [<!ENTITY lol "lol">'
    + "".join(f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
              for i in range(1, 10))
    + "]>")


def docx_billion_laughs(*, hide_after_comment: bool = False) -> bytes:
    """Entity expansion to ~3 GB; optionally with the DOCTYPE after a 10 kB comment."""
    prolog = (f"<!-- {'x' * 10000} -->" if hide_after_comment else "") + BILLION_LAUGHS
    doc = document_xml(["&lol9;"], prolog).replace(b"&amp;lol9;", b"&lol9;")
    return docx_bytes(document=doc)


def docx_xxe(target: str, *, utf16: bool = False, parameter: bool = False) -> bytes:
    """External entity pointing at ``target`` (a local file or a URL)."""
    if parameter:
        prolog = f'<!DOCTYPE w:document [<!ENTITY % ext SYSTEM "{target}"> %ext;]>'
        doc = document_xml(["本文"], prolog)
    else:
        prolog = f'<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "{target}">]>'
        doc = document_xml(["&xxe;"], prolog).replace(b"&amp;xxe;", b"&xxe;")
    if utf16:
        doc = doc.replace(b'encoding="UTF-8"', b'encoding="UTF-16"').decode().encode("utf-16")
    return docx_bytes(document=doc)


def xlsx_bytes() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", CONTENT_TYPES)
        zf.writestr("xl/workbook.xml", b'<?xml version="1.0"?><workbook/>')
        zf.writestr("xl/worksheets/sheet1.xml", f"<sheetData>{SECRET}</sheetData>".encode())
    return buf.getvalue()


def docx_zip_encrypted_entry() -> bytes:
    """A zip whose document.xml has the 'encrypted' flag set (a zip password)."""
    data = docx_bytes()
    # Set bit 0 of the general-purpose flags in the local and central headers of every entry.
    out = bytearray(data)
    for sig, flag_off in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        pos = out.find(sig)
        while pos >= 0:
            out[pos + flag_off] |= 1
            pos = out.find(sig, pos + 4)
    return bytes(out)


def docx_corrupt_deflate() -> bytes:
    """Valid zip directory, but the compressed bytes of document.xml are garbage."""
    data = bytearray(docx_bytes([SECRET] * 50))
    info = zipfile.ZipFile(io.BytesIO(bytes(data))).getinfo("word/document.xml")
    start = info.header_offset + 30 + len(info.filename.encode())
    for i in range(start + 2, start + info.compress_size - 2):
        data[i] = (data[i] * 7 + 13) & 0xFF
    return bytes(data)


def docx_many_entries(n: int = 60_000) -> bytes:
    entries = [(f"x/{i}.xml", _raw_deflate(b""), 0, 0) for i in range(n)]
    return raw_zip(entries)


def docx_hostile_numbering() -> bytes:
    """numbering.xml with values Word never writes: text starts, huge starts, megabyte labels."""
    numbering = (
        f'<?xml version="1.0"?><w:numbering xmlns:w="{W_NS}">'
        '<w:abstractNum w:abstractNumId="1">'
        '<w:lvl w:ilvl="0"><w:start w:val="abc"/><w:numFmt w:val="japaneseCounting"/>'
        '<w:lvlText w:val="第%1条"/></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="99999999"/><w:numFmt w:val="japaneseCounting"/>'
        f'<w:lvlText w:val="{"%2" * 100000}"/></w:lvl>'
        '<w:lvl w:ilvl="x"><w:start w:val="1"/></w:lvl>'
        '<w:lvl><w:start w:val="1"/></w:lvl>'
        '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>'
        '<w:num w:numId="2"/></w:numbering>').encode()
    paras = []
    for i in range(200):
        ilvl = ("0", "1", "x", "9", "")[i % 5]
        paras.append(f'<w:p><w:pPr><w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{1 + i % 3}"/>'
                     f'</w:numPr></w:pPr><w:r><w:t>本文{i}</w:t></w:r></w:p>')
    doc = (f'<?xml version="1.0"?><w:document xmlns:w="{W_NS}"><w:body>{"".join(paras)}'
           '</w:body></w:document>').encode()
    return docx_bytes(document=doc, parts={"word/numbering.xml": numbering})


def docx_deep_tables(depth: int = 300) -> bytes:
    inner = "<w:p><w:r><w:t>深い表</w:t></w:r></w:p>"
    for _ in range(depth):
        inner = f"<w:tbl><w:tr><w:tc>{inner}</w:tc></w:tr></w:tbl><w:p/>"
    doc = (f'<?xml version="1.0"?><w:document xmlns:w="{W_NS}"><w:body>{inner}'
           '</w:body></w:document>').encode()
    return docx_bytes(document=doc)


# --------------------------------------------------------------------------- OLE (.doc)

def ole_bytes(streams: dict[str, bytes]) -> bytes:
    """A version-3 OLE compound file (512-byte sectors) holding ``streams`` in the root.

    Every stream is padded to at least 4096 bytes so it lives in the regular FAT (no mini
    stream needed). Sector 0 is the FAT, sector 1.. the directory, then the stream data.
    """
    ssz = 512
    names = list(streams)
    entries = ["Root Entry", *names]
    dir_sectors = (len(entries) * 128 + ssz - 1) // ssz
    data_sectors = []
    chains = []
    next_sec = 1 + dir_sectors
    for n in names:
        blob = streams[n].ljust(4096, b"\0")
        blob += b"\0" * (-len(blob) % ssz)
        count = len(blob) // ssz
        chains.append((next_sec, count, len(streams[n]) if len(streams[n]) >= 4096 else 4096))
        data_sectors.append(blob)
        next_sec += count
    total = next_sec
    assert total <= ssz // 4, "keep fixtures small: one FAT sector"
    fat = [0xFFFFFFFF] * (ssz // 4)
    fat[0] = 0xFFFFFFFD  # FATSECT
    for i in range(dir_sectors):
        fat[1 + i] = 2 + i if i < dir_sectors - 1 else 0xFFFFFFFE
    for start, count, _ in chains:
        for i in range(count):
            fat[start + i] = start + i + 1 if i < count - 1 else 0xFFFFFFFE
    header = struct.pack("<8s16sHHHHH6sIIIIIIIII", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
                         b"\0" * 16, 0x3E, 3, 0xFFFE, 9, 6, b"\0" * 6, 0, 1, 1, 0, 4096,
                         0xFFFFFFFE, 0, 0xFFFFFFFE, 0)
    header += struct.pack("<109I", 0, *([0xFFFFFFFF] * 108))
    directory = b""
    for i, name in enumerate(entries):
        enc = name.encode("utf-16-le") + b"\0\0"
        if i == 0:
            typ, child, right, start, size = 5, (1 if names else 0xFFFFFFFF), 0xFFFFFFFF, 0xFFFFFFFE, 0
        else:
            start, _, size = chains[i - 1]
            typ, child = 2, 0xFFFFFFFF
            right = i + 1 if i < len(names) else 0xFFFFFFFF
        directory += struct.pack("<64sHBBIII16sIQQIQ", enc, len(enc), typ, 1, 0xFFFFFFFF, right,
                                 child, b"\0" * 16, 0, 0, 0, start, size)
    directory = directory.ljust(dir_sectors * ssz, b"\0")
    return header + struct.pack(f"<{ssz // 4}I", *fat) + directory + b"".join(data_sectors)


def docx_encrypted() -> bytes:
    # EncryptionInfo starts with the version (4.4 = agile encryption) and flags, as Word writes.
    info = struct.pack("<HHI", 4, 4, 0x40) + b'<?xml version="1.0"?><encryption/>'
    return ole_bytes({"EncryptionInfo": info,
                      "EncryptedPackage": struct.pack("<Q", 5000) + os.urandom(5000)})


def doc_legacy() -> bytes:
    return ole_bytes({"WordDocument": b"\xec\xa5" + b"\0" * 500,
                      "1Table": b"\0" * 100,
                      "\x05SummaryInformation": b"\0" * 100})


def xls_legacy() -> bytes:
    return ole_bytes({"Workbook": b"\x09\x08" + b"\0" * 200})


# --------------------------------------------------------------------------- pdf

def pdf_bytes(lines: list[str] | None = None, *, pages: int = 1, encrypt=None,
              draw_text: bool = True, font: str = "HeiseiMin-W3") -> bytes:
    """A PDF with a real (CID-font) Japanese text layer, via reportlab."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("HeiseiMin-W3"))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, encrypt=encrypt, invariant=1)
    lines = GOOD_LINES if lines is None else lines
    for _ in range(pages):
        if draw_text:
            c.setFont(font, 9)
            y = 800
            for line in lines:
                c.drawString(40, y, line[:60])
                y -= 14
        else:
            # A "scanned" page: only graphics, no text operators at all.
            for i in range(40):
                c.rect(40, 780 - i * 18, 500, 9, fill=1, stroke=0)
        c.showPage()
    c.save()
    return buf.getvalue()


def good_pdf(marker: str = "") -> bytes:
    return pdf_bytes(good_text(marker).splitlines())


def pdf_encrypted(user_password: str = "secret") -> bytes:
    from reportlab.lib import pdfencrypt

    enc = pdfencrypt.StandardEncryption(user_password, ownerPassword="owner", strength=128)
    return pdf_bytes([SECRET, *GOOD_LINES], encrypt=enc)


def pdf_corrupt_xref(kind: str = "offsets") -> bytes:
    """A broken cross-reference table; the objects themselves are intact.

    ``offsets``: every offset 5 bytes off (a hand edit) -- nothing is found where the table
    says, so no page can be read. ``garbled``: the table is not a table at all, and
    ``shifted``: 37 bytes inserted after the header (line ends changed by a mail gateway) --
    pdfminer rebuilds the table by scanning, as PDF viewers do, and the text is readable.
    """
    import re

    data = pdf_bytes()
    if kind == "offsets":
        return re.sub(rb"\n(\d{10}) 00000 n",
                      lambda m: b"\n%010d 00000 n" % (int(m.group(1)) + 5), data)
    if kind == "garbled":
        i = data.rindex(b"\nxref")
        return data[:i] + b"\nxref\n0 9\nthis is not an xref table\n" + data[data.index(b"trailer", i):]
    if kind == "shifted":
        return data[:20] + b"\n" * 37 + data[20:]
    raise ValueError(kind)


def pdf_broken() -> bytes:
    """A PDF header followed by half a file and noise: beyond repair."""
    data = pdf_bytes([SECRET])
    return data[:200] + bytes((i * 37) & 0xFF for i in range(3000))


def pdf_page_tree_loop() -> bytes:
    """A page tree whose /Kids points back at itself, plus a self-drawing Form XObject."""
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R"
        b" /Resources << /XObject << /X1 5 0 R >> >> >>",
        None,  # content stream
        None,  # form
    ]
    content = b"/X1 Do"
    form = b"/X1 Do"
    return _raw_pdf(objs, {3: content, 4: (b"/Type /XObject /Subtype /Form /BBox [0 0 10 10]"
                                           b" /Resources << /XObject << /X1 5 0 R >> >>", form)})


def _raw_pdf(objs: list, streams: dict) -> bytes:
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objs):
        offsets.append(out.tell())
        out.write(f"{i + 1} 0 obj\n".encode())
        if i in streams:
            s = streams[i]
            extra, data = (s if isinstance(s, tuple) else (b"", s))
            out.write(b"<< " + extra + f" /Length {len(data)} >>\nstream\n".encode() + data
                      + b"\nendstream")
        else:
            out.write(body)
        out.write(b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode())
    for off in offsets:
        out.write(f"{off:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
              .encode())
    return out.getvalue()


def pdf_many_pages(n: int = 3000) -> bytes:
    """``n`` pages, each sharing one tiny content stream (written by hand: seconds, not minutes)."""
    kids = " ".join(f"{4 + i} 0 R" for i in range(n))
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            f"<< /Type /Pages /Kids [{kids}] /Count {n} >>".encode(),
            None]
    streams = {2: b"BT /F1 12 Tf 20 100 Td (page) Tj ET"}
    for _ in range(n):
        objs.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 3 0 R"
                    b" /Resources << /Font << /F1 << /Type /Font /Subtype /Type1"
                    b" /BaseFont /Helvetica >> >> >> >>")
    return _raw_pdf(objs, streams)


# --------------------------------------------------------------------------- text

def text_undecodable() -> bytes:
    # 0x82 is a Shift_JIS lead byte; a newline cannot follow it. Not UTF-8 either.
    return SECRET.encode("utf-8")[:6] + b"\x82\n\x82\x0d" + b"\xff\xfe\xfd" * 3


def text_mixed_encodings() -> bytes:
    return (good_text().encode("utf-8") + f"第8条　{SECRET}とする。\n".encode("cp932")
            + "第9条　これはUTF-8の行である。\n".encode("utf-8"))


def text_nul_bytes() -> bytes:
    return good_text(SECRET).encode("utf-8").replace("第3条".encode(), b"\x00\x00\x00")


def text_long_line(mb: int = 10) -> bytes:
    unit = ("第1条　乙は個人情報を適正に取り扱う。" + SECRET).encode("utf-8")
    return unit * (mb * 1024 * 1024 // len(unit) + 1)


# --------------------------------------------------------------------------- folders

def write(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


# name -> (builder, expected error code). One file of each bad kind, for check and scan.
BAD_FILES = {
    "empty.txt": (lambda: b"", "empty-file"),
    "blank.txt": (lambda: b" \n\t\n\xe3\x80\x80\n" * 10, "no-text"),
    "not_zip.docx": (lambda: SECRET.encode() + b" plain text named .docx", "docx-not-zip"),
    "pk_garbage.docx": (lambda: b"PK\x03\x04" + SECRET.encode() * 20, "docx-not-zip"),
    "truncated.docx": (lambda: good_docx(SECRET)[:700], "docx-not-zip"),
    "zip_bomb.docx": (lambda: docx_zip_bomb(honest_size=True), "docx-too-large"),
    "zip_bomb_lying.docx": (lambda: docx_zip_bomb(honest_size=False), "docx-corrupt"),
    "billion_laughs.docx": (lambda: docx_billion_laughs(), "docx-unsafe-xml"),
    "billion_laughs_hidden.docx": (lambda: docx_billion_laughs(hide_after_comment=True),
                                   "docx-unsafe-xml"),
    "xxe.docx": (lambda: docx_xxe("file:///etc/passwd"), "docx-unsafe-xml"),
    "xxe_utf16.docx": (lambda: docx_xxe("file:///etc/passwd", utf16=True), "docx-unsafe-xml"),
    "xxe_network.docx": (lambda: docx_xxe("http://127.0.0.1:9/x.dtd", parameter=True),
                         "docx-unsafe-xml"),
    "legacy.docx": (doc_legacy, "doc-legacy"),
    "legacy.doc": (doc_legacy, "doc-legacy"),
    "excel.docx": (xlsx_bytes, "docx-not-word"),
    "excel_legacy.docx": (xls_legacy, "office-not-word"),
    "encrypted.docx": (docx_encrypted, "docx-encrypted"),
    "zip_password.docx": (docx_zip_encrypted_entry, "docx-encrypted"),
    "bad_deflate.docx": (docx_corrupt_deflate, "docx-corrupt"),
    "many_entries.docx": (lambda: docx_many_entries(60_000), "docx-not-word"),
    "encrypted.pdf": (pdf_encrypted, "pdf-encrypted"),
    "broken.pdf": (pdf_broken, "pdf-corrupt"),
    "bad_xref.pdf": (pdf_corrupt_xref, "pdf-corrupt"),
    "not_pdf.pdf": (lambda: SECRET.encode() * 3, "pdf-corrupt"),
    "scanned.pdf": (lambda: pdf_bytes(draw_text=False, pages=2), "pdf-no-text"),
    "many_pages.pdf": (lambda: pdf_many_pages(3000), "pdf-too-many-pages"),
    "undecodable.txt": (text_undecodable, "encoding-unknown"),
    "mixed.txt": (text_mixed_encodings, "encoding-mixed"),
    "nul.txt": (text_nul_bytes, "binary-file"),
    "long_line.txt": (lambda: text_long_line(10), "text-too-long"),
}


def write_bad_files(folder: Path, only: list[str] | None = None) -> dict[Path, str]:
    """Write every bad file into ``folder``; return {path: expected error code}."""
    out = {}
    for name, (build, code) in BAD_FILES.items():
        if only and name not in only:
            continue
        out[write(folder / name, build())] = code
    return out


def write_good_files(folder: Path, n: int = 50) -> list[Path]:
    """``n`` good contracts, a third each as .txt (UTF-8 / CP932 / UTF-8 BOM), .docx, .pdf."""
    paths = []
    for i in range(n):
        kind = i % 5
        text = good_text(f"整理番号{i}")
        if kind == 0:
            p = write(folder / f"good_{i:02d}.txt", text.encode("utf-8"))
        elif kind == 1:
            p = write(folder / f"good_{i:02d}_sjis.txt", text.replace("\n", "\r\n").encode("cp932"))
        elif kind == 2:
            p = write(folder / "サブフォルダ" / f"良い契約 {i:02d}.docx", good_docx(f"整理番号{i}"))
        elif kind == 3:
            p = write(folder / f"good_{i:02d}.pdf", good_pdf(f"整理番号{i}"))
        else:
            p = write(folder / f"good_{i:02d}_bom.txt", text.encode("utf-8-sig"))
        paths.append(p)
    return paths
