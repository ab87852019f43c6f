"""Word .docx: body paragraphs and table cells in document order.

Article numbers produced by Word's automatic numbering (e.g. a list level whose text is
「第%1条」) are not in the paragraph text; we recompute them from numbering.xml so the article
tree still gets its 第N条 labels.
"""

from __future__ import annotations

import io
import re
import struct
import zipfile
import zlib

from ..errors import InputError
from ..model import Block, Location
from ._common import clean_text

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

# A .docx XML part larger than this when inflated is refused (zip bombs). document.xml of a
# 200-page contract is under 10 MB; lxml needs several times the part's size in memory.
MAX_PART_BYTES = 32 * 1024 * 1024


def _err(code: str, name: str, message: str, hint: str) -> InputError:
    return InputError(code, f"{name}: {message}", hint, path=name)


def _corrupt(name: str, what: str = "Word文書の一部が壊れていて読めません。") -> InputError:
    return _err("docx-corrupt", name, what, "Wordで開いて保存し直してください。")


def _bomb(name: str) -> InputError:
    return _err("docx-too-large", name,
                "展開後のサイズが異常に大きい文書のため読みません（圧縮爆弾の可能性）。",
                "送付元に正しいファイルを確認してください。")


# --------------------------------------------------------------------------- OLE (.doc etc.)

_ENDCHAIN = 0xFFFFFFFA  # sector numbers at or above this are markers, not sectors


def ole_stream_names(data: bytes) -> set[str] | None:
    """Names of the streams and storages in an OLE compound file, or None if unreadable.

    A small, bounded reader of the directory only (header -> FAT -> directory chain), so that
    telling an encrypted .docx from an old .doc needs no extra dependency. Loops in the sector
    chains (a hostile file) are cut by the visited set.
    """
    if len(data) < 512:
        return None
    shift = struct.unpack_from("<H", data, 30)[0]
    if shift not in (9, 12):
        return None
    ssz = 1 << shift
    n_fat, first_dir = struct.unpack_from("<II", data, 44)
    first_difat, n_difat = struct.unpack_from("<II", data, 68)
    max_sectors = len(data) // ssz + 1
    difat = list(struct.unpack_from("<109I", data, 76))
    sec, seen = first_difat, set()
    while sec < _ENDCHAIN and sec not in seen and len(seen) < min(n_difat, max_sectors):
        seen.add(sec)
        block = data[(sec + 1) * ssz:(sec + 2) * ssz]
        if len(block) < ssz:
            break
        entries = struct.unpack(f"<{ssz // 4}I", block)
        difat.extend(entries[:-1])
        sec = entries[-1]
    fat: list[int] = []
    for fs in [s for s in difat if s < _ENDCHAIN][:min(n_fat, max_sectors)]:
        block = data[(fs + 1) * ssz:(fs + 2) * ssz]
        if len(block) == ssz:
            fat.extend(struct.unpack(f"<{ssz // 4}I", block))
    names: set[str] = set()
    sec, seen = first_dir, set()
    while sec < _ENDCHAIN and sec not in seen and len(seen) < max_sectors:
        seen.add(sec)
        block = data[(sec + 1) * ssz:(sec + 2) * ssz]
        if len(block) < ssz:
            break
        for off in range(0, ssz, 128):
            nlen = struct.unpack_from("<H", block, off + 64)[0]
            if block[off + 66] in (1, 2) and 2 <= nlen <= 64 and nlen % 2 == 0:
                names.add(block[off:off + nlen - 2].decode("utf-16-le", "replace"))
        sec = fat[sec] if sec < len(fat) else _ENDCHAIN
    return names


def reject_ole(data: bytes, name: str) -> list[Block]:
    """Explain why an OLE compound file (not a .docx) cannot be read. Always raises."""
    names = ole_stream_names(data)
    if names is None:  # unreadable directory: fall back to looking for the stream names
        names = {n for n in ("EncryptedPackage", "EncryptionInfo", "WordDocument", "Workbook")
                 if n.encode("utf-16-le") in data}
    # Encrypted OOXML (a password-protected .docx/.xlsx) is stored inside an OLE container
    # with these stream names; the real document is the encrypted package.
    if "EncryptedPackage" in names or "EncryptionInfo" in names:
        raise _err("docx-encrypted", name, "パスワードで保護された文書のため読めません。",
                   "Wordでパスワードを解除して（ファイル→情報→文書の保護）保存し直してから確認してください。")
    if "WordDocument" in names:
        raise _err("doc-legacy", name, "古いWord形式（.doc）のため読めません。",
                   "Wordで開き「名前を付けて保存」で .docx 形式にしてください。")
    if "Workbook" in names or "Book" in names:
        what = "古いExcel形式（.xls）"
    elif "PowerPoint Document" in names:
        what = "古いPowerPoint形式（.ppt）"
    else:
        what = "Word文書ではないOffice形式"
    raise _err("office-not-word", name, f"{what}のファイルです。Word文書ではありません。",
               "契約書のWord（.docx）・PDF・テキストファイルを指定してください。")


# --------------------------------------------------------------------------- zip container

# More entries than this is not a Word document; zipfile would build an object per entry
# (a 50 MB zip can declare a million), so the count is read from the end record first.
MAX_ZIP_ENTRIES = 10_000


def _declared_entries(data: bytes) -> int | None:
    tail = data[-(65535 + 22):]
    pos = tail.rfind(b"PK\x05\x06")
    if pos < 0 or pos + 22 > len(tail):
        return None
    return struct.unpack_from("<H", tail, pos + 10)[0]


def _open_zip(data: bytes, name: str) -> tuple[zipfile.ZipFile, str]:
    n = _declared_entries(data)
    if n is not None and n != 0xFFFF and n > MAX_ZIP_ENTRIES:
        raise _err("docx-not-word", name,
                   f"ZIPファイル内の項目数が異常に多く（{n:,}個）、Word文書とは考えられません。",
                   "契約書のWord・PDF・テキストファイルを指定してください。")
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, struct.error,
            NotImplementedError, zipfile.LargeZipFile):
        raise _err("docx-not-zip", name,
                   "Word文書（.docx）として読めません（ファイルが壊れているか、途中で切れています）。",
                   "元のファイルをコピーし直すか、Wordで開いて .docx 形式で保存し直してください。") from None
    if len(zf.infolist()) > MAX_ZIP_ENTRIES:
        zf.close()
        raise _err("docx-not-word", name, "ZIPファイル内の項目数が異常に多く、Word文書とは考えられません。",
                   "契約書のWord・PDF・テキストファイルを指定してください。")
    names = set(zf.namelist())
    main = _main_part(zf, names, name)
    if main is None:
        zf.close()
        if "xl/workbook.xml" in names or any(n.startswith("xl/") for n in names):
            what = "Excelのファイル（.xlsx）"
        elif "ppt/presentation.xml" in names or any(n.startswith("ppt/") for n in names):
            what = "PowerPointのファイル（.pptx）"
        elif "EncryptedPackage" in names:
            what = "暗号化されたファイル"
        else:
            what = "Word文書ではないZIPファイル"
        raise _err("docx-not-word", name, f"{what}です。Word文書（.docx）ではありません。",
                   "契約書のWord・PDF・テキストファイルを指定してください。")
    return zf, main


def _main_part(zf: zipfile.ZipFile, names: set[str], name: str) -> str | None:
    """The main document part: word/document.xml, or wherever _rels/.rels says it is."""
    if "word/document.xml" in names:
        return "word/document.xml"
    rels = _read_part(zf, "_rels/.rels", name, limit=1 << 20)
    if not rels:
        return None
    try:
        root = _parse_xml(rels, name)
    except InputError:
        return None
    for rel in root:
        target = (rel.get("Target") or "").lstrip("/")
        if rel.get("Type", "").endswith("/officeDocument") and target in names \
                and target.startswith("word/"):
            return target
    return None


def _read_part(zf: zipfile.ZipFile, part: str, name: str,
               limit: int | None = None) -> bytes | None:
    limit = MAX_PART_BYTES if limit is None else limit
    try:
        info = zf.getinfo(part)
    except KeyError:
        return None
    if info.file_size > limit:
        raise _bomb(name)  # the directory says so: refuse before inflating anything
    try:
        with zf.open(info) as fh:
            # The size in the zip directory can lie; this bounded read is the real limit.
            data = fh.read(limit + 1)
    except RuntimeError:
        # zipfile raises RuntimeError for an entry encrypted with a zip password.
        raise _err("docx-encrypted", name, "パスワードで保護された（暗号化された）ファイルのため読めません。",
                   "パスワードを解除したファイルを用意してください。") from None
    except NotImplementedError:
        raise _corrupt(name, "Word文書が対応していない圧縮形式で保存されていて読めません。") from None
    except (zipfile.BadZipFile, OSError, EOFError, zipfile.LargeZipFile, zlib.error,
            ValueError, struct.error):
        raise _corrupt(name) from None
    if len(data) > limit:
        raise _bomb(name)
    return data


# Word's "Strict Open XML" files use another namespace for the same vocabulary.
_STRICT_NS = b"http://purl.oclc.org/ooxml/wordprocessingml/main"
_TRANSITIONAL_NS = b"http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def xml_parser():
    """The only XML parser used on document parts.

    No entity resolution, no network, no DTD loading, libxml2's default depth and size limits
    (no huge_tree): a hostile part can neither expand entities nor fetch anything.
    """
    from lxml import etree

    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                           huge_tree=False, remove_blank_text=False, dtd_validation=False)


def _parse_xml(data: bytes, name: str):
    from lxml import etree

    # A DTD has no business in a .docx (Word never writes one), so any DOCTYPE is refused
    # outright; the byte scan covers UTF-8 parts, the docinfo check after the (safe) parse
    # covers every encoding, including a DOCTYPE placed after a long comment.
    parser = xml_parser()
    if b"<!ENTITY" in data or b"<!DOCTYPE" in data:
        raise _unsafe(name)
    if _STRICT_NS in data:
        data = data.replace(_STRICT_NS, _TRANSITIONAL_NS)
    try:
        root = etree.fromstring(data, parser)
    except (etree.XMLSyntaxError, ValueError):
        raise _corrupt(name, "Word文書の本文が壊れていて読めません。") from None
    info = root.getroottree().docinfo
    if info.internalDTD is not None or info.externalDTD is not None or info.doctype:
        raise _unsafe(name)
    return root


def _unsafe(name: str) -> InputError:
    return _err("docx-unsafe-xml", name,
                "文書に安全でないXML定義（DTD・エンティティ）が含まれているため読みません。",
                "送付元に、Wordで保存した通常の .docx で送り直してもらってください。")


_KANJI_DIGITS = "〇一二三四五六七八九"


def _kanji(n: int) -> str:
    if n <= 0 or n >= 10000:  # Word itself shows arabic digits past 9999
        return str(n)
    out = ""
    for unit, ch in ((1000, "千"), (100, "百"), (10, "十")):
        q, n = divmod(n, unit)
        if q:
            out += ("" if q == 1 else _KANJI_DIGITS[q]) + ch
    if n:
        out += _KANJI_DIGITS[n]
    return out


def _format_number(n: int, fmt: str) -> str:
    if fmt in ("japaneseCounting", "japaneseDigitalTenThousand", "ideographTraditional",
               "japaneseLegal"):
        return _kanji(n)
    if fmt in ("decimalFullWidth", "decimalFullWidth2"):
        return str(n).translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    if fmt == "decimalEnclosedCircle" and 1 <= n <= 20:
        return chr(0x2460 + n - 1)
    if fmt == "decimalEnclosedParen":
        return f"({n})"
    return str(n)


class _Numbering:
    """Counts automatic list numbers so headings get the label Word would display."""

    def __init__(self, root) -> None:
        self.levels: dict[tuple[str, str], tuple[str, str, int]] = {}
        self.counters: dict[str, dict[int, int]] = {}
        if root is None:
            return
        abstract = {}
        for an in root.iter(f"{W}abstractNum"):
            aid = an.get(f"{W}abstractNumId")
            lv = {}
            for lvl in an.iter(f"{W}lvl"):
                ilvl = lvl.get(f"{W}ilvl")
                text = lvl.find(f"{W}lvlText")
                fmt = lvl.find(f"{W}numFmt")
                start = lvl.find(f"{W}start")
                if ilvl is None:
                    continue
                # The level text is cut short: a hostile "%1%1%1…" of megabytes would
                # otherwise be expanded once for every numbered paragraph.
                lv[ilvl] = ((text.get(f"{W}val") or "")[:MAX_LABEL_CHARS]
                            if text is not None else "",
                            fmt.get(f"{W}val") if fmt is not None else "decimal",
                            _int(start.get(f"{W}val"), 1) if start is not None else 1)
            abstract[aid] = lv
        for num in root.iter(f"{W}num"):
            nid = num.get(f"{W}numId")
            ref = num.find(f"{W}abstractNumId")
            if ref is None:
                continue
            for ilvl, spec in abstract.get(ref.get(f"{W}val"), {}).items():
                self.levels[(nid, ilvl)] = spec

    def label(self, num_id: str, ilvl: str) -> str | None:
        spec = self.levels.get((num_id, ilvl))
        if spec is None or num_id == "0":
            return None
        text, fmt, start = spec
        counters = self.counters.setdefault(num_id, {})
        level = _int(ilvl, 0)
        counters[level] = counters.get(level, start - 1) + 1
        for deeper in [k for k in counters if k > level]:
            del counters[deeper]

        def sub(m: re.Match) -> str:
            lv = int(m.group(1)) - 1
            value = counters.get(lv, 1)
            lv_fmt = self.levels.get((num_id, str(lv)), ("", fmt, 1))[1]
            return _format_number(value, lv_fmt)

        if fmt == "bullet":
            return None
        return clean_text(re.sub(r"%(\d)", sub, text))[:MAX_LABEL_CHARS] or None


MAX_LABEL_CHARS = 64


def _int(value: str | None, default: int) -> int:
    """An integer attribute, or ``default`` when a hand-made file puts anything else there."""
    try:
        n = int(value or "")
    except ValueError:
        return default
    return n if -10**9 < n < 10**9 else default


def _style_numbering(styles_root) -> dict[str, tuple[str, str]]:
    """Paragraph styles that carry numbering (headings numbered through their style)."""
    out: dict[str, tuple[str, str]] = {}
    if styles_root is None:
        return out
    for st in styles_root.iter(f"{W}style"):
        numpr = st.find(f"{W}pPr/{W}numPr")
        if numpr is None:
            continue
        nid = numpr.find(f"{W}numId")
        ilvl = numpr.find(f"{W}ilvl")
        if nid is not None:
            out[st.get(f"{W}styleId")] = (nid.get(f"{W}val"),
                                          ilvl.get(f"{W}val") if ilvl is not None else "0")
    return out


def _para_text(p) -> str:
    parts = []
    for node in p.iter(f"{W}t", f"{W}tab", f"{W}br", f"{W}delText"):
        if node.tag == f"{W}t":
            parts.append(node.text or "")
        elif node.tag == f"{W}tab":
            parts.append("\u3000")
        elif node.tag == f"{W}br":
            parts.append("\n")
        # w:delText is deleted text in tracked changes: not part of the draft as it stands.
    return "".join(parts)


def extract(data: bytes, name: str) -> list[Block]:
    zf, main = _open_zip(data, name)
    with zf:
        doc = _parse_xml(_read_part(zf, main, name) or b"", name)
        num_xml = _read_part(zf, "word/numbering.xml", name)
        sty_xml = _read_part(zf, "word/styles.xml", name)
    numbering = _Numbering(_parse_xml(num_xml, name) if num_xml else None)
    style_num = _style_numbering(_parse_xml(sty_xml, name) if sty_xml else None)
    body = doc.find(f"{W}body")
    if body is None:
        return []
    blocks: list[Block] = []
    para_no = 0
    table_no = 0
    for child in body.iterchildren():
        if child.tag == f"{W}p":
            para_no += 1
            label = _numbering_label(child, numbering, style_num)
            text = _para_text(child)
            for line in text.split("\n"):
                line = clean_text(line)
                if line.strip() or label:
                    blocks.append(Block(line, Location(name, paragraph=para_no), label=label,
                                        is_heading=_is_heading(child)))
                    label = None
        elif child.tag == f"{W}tbl":
            table_no += 1
            blocks.extend(_table_blocks(child, name, table_no))
        elif child.tag == f"{W}sdt":
            # Content controls wrap ordinary paragraphs; read them in place.
            for p in child.iter(f"{W}p"):
                para_no += 1
                text = clean_text(_para_text(p))
                if text.strip():
                    blocks.append(Block(text, Location(name, paragraph=para_no)))
    return blocks


def _is_heading(p) -> bool:
    style = p.find(f"{W}pPr/{W}pStyle")
    return style is not None and (style.get(f"{W}val") or "").lower().startswith(("heading", "見出し"))


def _numbering_label(p, numbering: _Numbering, style_num) -> str | None:
    ppr = p.find(f"{W}pPr")
    if ppr is None:
        return None
    numpr = ppr.find(f"{W}numPr")
    if numpr is not None:
        nid = numpr.find(f"{W}numId")
        ilvl = numpr.find(f"{W}ilvl")
        if nid is None:
            return None
        return numbering.label(nid.get(f"{W}val"), ilvl.get(f"{W}val") if ilvl is not None else "0")
    style = ppr.find(f"{W}pStyle")
    if style is not None and style.get(f"{W}val") in style_num:
        nid, ilvl = style_num[style.get(f"{W}val")]
        return numbering.label(nid, ilvl)
    return None


def _table_blocks(tbl, name: str, table_no: int) -> list[Block]:
    blocks = []
    for r, tr in enumerate(tbl.findall(f"{W}tr"), 1):
        row: list[Block] = []
        nested: list[Block] = []
        for c, tc in enumerate(tr.findall(f"{W}tc"), 1):
            # A vertically merged continuation cell repeats nothing; skip it.
            vm = tc.find(f"{W}tcPr/{W}vMerge")
            if vm is not None and vm.get(f"{W}val") in (None, "continue"):
                continue
            cell_lines = [_para_text(p) for p in tc.findall(f"{W}p")]
            text = clean_text("\u3000".join(x for x in cell_lines if x.strip()))
            if text.strip():
                row.append(Block(text, Location(name, table=table_no, row=r, cell=c)))
            for inner in tc.findall(f"{W}tbl"):
                nested.extend(_table_blocks(inner, name, table_no))
        blocks.extend(_label_row(row))
        blocks.extend(nested)
    return blocks


_LABEL_CELL = re.compile(r"^[^。、\n]{1,15}$")
_NUMBERING_CELL = re.compile(r"^(第|[0-9０-９]|[（(]|[①-⑳一二三四五六七八九十]+$)")


def _label_row(row: list[Block]) -> list[Block]:
    """A two-cell row 「報告の時期 | 毎月10日まで」 reads as one line 「報告の時期：毎月10日まで」:
    the label says what the value is about, and a lone value (「毎月10日まで」) means nothing.
    The joined line keeps the value cell's location, where a comment belongs."""
    first = row[0].text.strip() if row else ""
    # A numbering cell (「第5条」「2」「(1)」) is structure, not a label: segmentation reads it.
    if len(row) == 2 and _LABEL_CELL.match(first) and not _NUMBERING_CELL.match(first):
        label, value = row[0].text.strip().rstrip("：:"), row[1]
        return [Block(f"{label}：{value.text}", value.loc)]
    return row
