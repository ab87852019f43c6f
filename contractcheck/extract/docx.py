"""Word .docx: body paragraphs and table cells in document order.

Article numbers produced by Word's automatic numbering (e.g. a list level whose text is
「第%1条」) are not in the paragraph text; we recompute them from numbering.xml so the article
tree still gets its 第N条 labels.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from ..errors import InputError
from ..model import Block, Location

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

# A .docx part larger than this when inflated is refused (zip bombs). Real contracts are < 5 MB.
MAX_PART_BYTES = 100 * 1024 * 1024
MAX_TOTAL_BYTES = 300 * 1024 * 1024


def reject_ole(path: Path, name: str) -> list[Block]:
    data = path.read_bytes()[:1 << 20]
    # Encrypted OOXML is stored inside an OLE container with these stream names.
    if "EncryptionInfo".encode("utf-16-le") in data or b"EncryptionInfo" in data:
        raise InputError("docx-encrypted", f"{name}: パスワードで保護された文書のため読めません。",
                         "Wordでパスワードを解除して保存し直してから確認してください。", path=name)
    raise InputError("doc-legacy", f"{name}: 古いWord形式（.doc）またはその他のOffice形式のため読めません。",
                     "Wordで開き「名前を付けて保存」で .docx 形式にしてください。", path=name)


def _open_zip(path: Path, name: str) -> zipfile.ZipFile:
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, EOFError):
        raise InputError("docx-not-zip", f"{name}: Word文書（.docx）として読めません（ファイルが壊れています）。",
                         "Wordで開いて .docx 形式で保存し直してください。", path=name) from None
    names = set(zf.namelist())
    if "word/document.xml" not in names:
        zf.close()
        if "xl/workbook.xml" in names:
            what = "Excelのファイル（.xlsx）"
        elif "ppt/presentation.xml" in names:
            what = "PowerPointのファイル（.pptx）"
        else:
            what = "Word文書ではないZIPファイル"
        raise InputError("docx-not-word", f"{name}: {what}です。Word文書（.docx）ではありません。",
                         "契約書のWord・PDF・テキストファイルを指定してください。", path=name)
    total = 0
    for info in zf.infolist():
        total += info.file_size
        if info.file_size > MAX_PART_BYTES or total > MAX_TOTAL_BYTES:
            zf.close()
            raise InputError("docx-too-large", f"{name}: 展開後のサイズが異常に大きい文書のため読みません（圧縮爆弾の可能性）。",
                             "送付元に正しいファイルを確認してください。", path=name)
    return zf


def _read_part(zf: zipfile.ZipFile, part: str, name: str) -> bytes | None:
    try:
        with zf.open(part) as fh:
            data = fh.read(MAX_PART_BYTES + 1)
    except KeyError:
        return None
    except (zipfile.BadZipFile, OSError, EOFError, zipfile.LargeZipFile):
        raise InputError("docx-corrupt", f"{name}: Word文書の一部が壊れていて読めません。",
                         "Wordで開いて保存し直してください。", path=name) from None
    # The size in the zip directory can lie; the stream read above is the real bound.
    if len(data) > MAX_PART_BYTES:
        raise InputError("docx-too-large", f"{name}: 展開後のサイズが異常に大きい文書のため読みません（圧縮爆弾の可能性）。",
                         "送付元に正しいファイルを確認してください。", path=name)
    return data


def _parse_xml(data: bytes, name: str):
    from lxml import etree

    # No entity resolution, no network, no DTD: a hostile part cannot expand or fetch anything.
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                             huge_tree=False, remove_blank_text=False)
    if b"<!ENTITY" in data[:4096] or b"<!DOCTYPE" in data[:4096]:
        raise InputError("docx-unsafe-xml", f"{name}: 文書に安全でないXML定義（DTD・エンティティ）が含まれているため読みません。",
                         "送付元に通常のWord文書で送り直してもらってください。", path=name)
    try:
        return etree.fromstring(data, parser)
    except etree.XMLSyntaxError:
        raise InputError("docx-corrupt", f"{name}: Word文書の本文が壊れていて読めません。",
                         "Wordで開いて保存し直してください。", path=name) from None


_KANJI_DIGITS = "〇一二三四五六七八九"


def _kanji(n: int) -> str:
    if n <= 0:
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
                lv[ilvl] = (text.get(f"{W}val") if text is not None else "",
                            fmt.get(f"{W}val") if fmt is not None else "decimal",
                            int(start.get(f"{W}val")) if start is not None else 1)
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
        level = int(ilvl)
        counters[level] = counters.get(level, start - 1) + 1
        for deeper in [k for k in counters if k > level]:
            del counters[deeper]

        def sub(m: re.Match) -> str:
            lv = int(m.group(1)) - 1
            value = counters.get(lv, 1)
            lv_fmt = self.levels.get((num_id, str(lv)), ("", fmt, 1))[1]
            return _format_number(value, lv_fmt)

        return re.sub(r"%(\d)", sub, text) if fmt != "bullet" else None


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


def extract(path: Path, name: str) -> list[Block]:
    zf = _open_zip(path, name)
    with zf:
        doc = _parse_xml(_read_part(zf, "word/document.xml", name) or b"", name)
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
                text = _para_text(p)
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
        for c, tc in enumerate(tr.findall(f"{W}tc"), 1):
            # A vertically merged continuation cell repeats nothing; skip it.
            vm = tc.find(f"{W}tcPr/{W}vMerge")
            if vm is not None and vm.get(f"{W}val") in (None, "continue"):
                continue
            cell_lines = [_para_text(p) for p in tc.findall(f"{W}p")]
            text = "\u3000".join(x for x in cell_lines if x.strip())
            if text.strip():
                blocks.append(Block(text, Location(name, table=table_no, row=r, cell=c)))
            for inner in tc.findall(f"{W}tbl"):
                blocks.extend(_table_blocks(inner, name, table_no))
    return blocks
