#!/usr/bin/env python3
"""Build the bundled sample contracts from the text sources in src/.

    /work/venv/bin/python samples/build/build_samples.py          # build all
    /work/venv/bin/python samples/build/build_samples.py --check  # build, then verify

Each source in src/ is plain UTF-8 text with a light markup (one paragraph a line):

    # 題名                 title (centred, bold)
    ^ 文字列               centred line
    > 文字列               right-aligned line
    | セル | セル |         table row (consecutive rows form one table)
    =====                  page break
    [A1] 本文 / [A2] / [A3]  paragraph with Word automatic numbering, list A, level 1-3
    [B1] 本文 / [B2] / [B3]  the same with list B (「第１」 style), [C1].. list C (「１」 style)
    %% ...                 comment, dropped
    anything else          a paragraph (a blank line is an empty paragraph)

The built files go directly in samples/. Nothing here reads the checker's code.
"""
from __future__ import annotations

import argparse
import copy
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"
OUT = HERE.parent

# (source, output, options). Output format follows the extension.
SAMPLES = [
    ("01_itaku_compliant.txt", "01_itaku_compliant.docx", {}),
    ("01_itaku_compliant.txt", "02_itaku_items_removed.docx", {"derive": "items_removed"}),
    ("03_itaku_contrary.txt", "03_itaku_contrary.pdf", {}),
    ("04_shitei_kanri_kyotei.txt", "04_shitei_kanri_kyotei.docx", {}),
    ("05_tokki_only.txt", "05_tokki_only.txt", {"encoding": "utf-8-sig"}),
    ("06_haken_with_privacy.txt", "06_haken_with_privacy.docx", {}),
    ("07_haken_without_privacy.txt", "07_haken_without_privacy.txt",
     {"encoding": "cp932", "newline": "\r\n"}),
    ("08a_buppin_baibai.txt", "08a_buppin_baibai.txt", {}),
    ("08b_himitsu_hoji_nda.txt", "08b_himitsu_hoji_nda.pdf", {}),
    ("09_system_unyo_long.txt", "09_system_unyo_long.docx", {}),
    ("10a_hatchusha_kanji.txt", "10a_hatchusha_kanji.pdf", {}),
    ("10b_itakusha_jutakusha.txt", "10b_itakusha_jutakusha.txt", {}),
    ("11_auto_numbering.txt", "11_auto_numbering.docx", {}),
    ("12_body_with_attachment.txt", "12_body_with_attachment.docx", {}),
    ("12_attachment_tokki.txt", "12_attachment_tokki.pdf", {}),
    ("13_tokki_not_supplied.txt", "13_tokki_not_supplied.txt", {}),
    ("14_party_swap.txt", "14_party_swap.docx", {}),
]

NUM_RE = re.compile(r"^\[([ABC])([123])\]\s?")
TABLE_RE = re.compile(r"^\|(.*)\|\s*$")


# ---------------------------------------------------------------- derived drafts
def _cut(s: str, start: str, end: str) -> str:
    i = s.index(start)
    j = s.index(end, i)
    return s[:i] + s[j:]


def items_removed(s: str) -> str:
    """02: the contract of 01 with several 特記事項 removed (an older, thinner draft).

    Removed: 第８ 複写又は複製の禁止, 第１１ 管理体制の報告, 第１３ 事故発生時における報告,
    the cascade / 子会社 / 再々委託 paragraphs of 第９, and the monthly report of 第１２.
    The remaining 特記事項 are renumbered and the body's cross-reference follows.
    """
    s = s.replace("%% 01: 業務委託契約書＋別記 個人情報取扱特記事項。全項目を満たす（基準サンプル）。",
                  "%% 02: 01 から特記事項の一部を削った版。")
    s = _cut(s, "第８　複写又は複製の禁止", "第９　再委託の制限等")
    s = _cut(s, "第１１　管理体制の報告", "第１２　定期報告及び検査")
    s = _cut(s, "第１３　事故発生時における報告", "第１４　資料等の返還及び消去")
    s = _cut(s, "２　前項の第三者には、乙の子会社", "第１０　従事者への周知及び教育")
    s = s.replace("　乙は、この特記事項の遵守状況及び個人情報の管理状況について、毎月、甲が定める様式により"
                  "甲に報告しなければならない。\n２　甲は、前項の報告によるほか、年1回以上、", "　甲は、年1回以上、")
    s = s.replace("３　甲は、前項の検査又は監査の結果", "２　甲は、前項の検査又は監査の結果")
    s = _cut(s, "４　第９第３項の規定により再委託", "第１４　資料等の返還及び消去")
    s = s.replace("第１２　定期報告及び検査", "第１２　検査")
    s = s.replace("アクセス権限を業務従事者に限定すること", "アクセス権限を業務に従事する者に限定すること")
    renumber = {"第９　": "第８　", "第１０　": "第９　", "第１２　": "第１０　",
                "第１４　": "第１１　", "第１５　": "第１２　"}
    lines = s.split("\n")
    for k, line in enumerate(lines):
        for a, b in renumber.items():
            if line.startswith(a):
                lines[k] = b + line[len(a):]
                break
    s = "\n".join(lines)
    s = s.replace("別記「個人情報取扱特記事項」第９に定める", "別記「個人情報取扱特記事項」第８に定める")
    s = re.sub(r"(。)\n(第[０-９]+　)", r"\1\n\n\2", s)
    s = re.sub(r"\n{3,}", "\n\n", s)
    for gone in ("複写し、又は複製", "子会社", "事故", "業務従事者", "毎月、甲が定める様式"):
        assert gone not in s, gone
    return s


DERIVE = {"items_removed": items_removed}


# ---------------------------------------------------------------- parsing
def parse(path: Path, derive: str | None = None):
    """Source text -> list of blocks: (kind, payload)."""
    text = path.read_text(encoding="utf-8")
    if derive:
        text = DERIVE[derive](text)
    blocks = []
    table = None
    for raw in text.splitlines():
        line = raw.rstrip()
        if line.startswith("%%"):
            continue
        m = TABLE_RE.match(line)
        if m:
            cells = [c.strip() for c in m.group(1).split("|")]
            if table is None:
                table = []
                blocks.append(("table", table))
            table.append(cells)
            continue
        table = None
        if line == "=====":
            blocks.append(("pagebreak", None))
        elif line.startswith("# "):
            blocks.append(("title", line[2:].strip()))
        elif line.startswith("^ "):
            blocks.append(("center", line[2:].strip()))
        elif line.startswith("> "):
            blocks.append(("right", line[2:].strip()))
        elif NUM_RE.match(line):
            m = NUM_RE.match(line)
            blocks.append(("numbered", (m.group(1), int(m.group(2)), line[m.end():])))
        else:
            blocks.append(("para", line))
    return blocks


def indent_of(text: str):
    """(left indent, first-line indent) in characters, from how the line starts."""
    if re.match(r"^[（(][0-9０-９]+[）)]|^[一二三四五六七八九十]+[　 ]|^[①-⑳]|^[ア-ン][　 ]", text):
        return 2, -1
    if re.match(r"^第[0-9０-９一二三四五六七八九十百]+条|^[0-9０-９]+[　 ]", text):
        return 1, -1
    if re.match(r"^（[^）]{1,30}）$", text):
        return 1, 0
    return 0, 0


def plain_text(blocks) -> str:
    """The text a reader sees, as written to .txt outputs."""
    out = []
    counters = {}
    for kind, p in blocks:
        if kind == "title":
            out.append("　　　　" + p)
        elif kind == "center":
            out.append("　　　　" + p)
        elif kind == "right":
            out.append("　" * 20 + p)
        elif kind == "table":
            for row in p:
                out.append("　".join(c for c in row if c))
        elif kind == "pagebreak":
            out.append("")
        elif kind == "numbered":  # only used for .docx; a fallback rendering
            lst, lvl, text = p
            counters[(lst, lvl)] = counters.get((lst, lvl), 0) + 1
            out.append(text)
        else:
            out.append(p)
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- .txt
def build_txt(blocks, dest: Path, opts):
    text = plain_text(blocks)
    enc = opts.get("encoding", "utf-8")
    nl = opts.get("newline", "\n")
    data = text.replace("\n", nl).encode(enc, errors="strict")
    dest.write_bytes(data)


# ---------------------------------------------------------------- .docx
def build_docx(blocks, dest: Path, opts):
    import docx
    from docx.enum.section import WD_SECTION  # noqa: F401
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt

    doc = docx.Document()
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Mm(297), Mm(210)
    sec.left_margin = sec.right_margin = Mm(25)
    sec.top_margin = sec.bottom_margin = Mm(25)

    normal = doc.styles["Normal"]
    normal.font.name = "ＭＳ 明朝"
    normal.font.size = Pt(10.5)
    rpr = normal.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia"):
        rfonts.set(qn(a), "ＭＳ 明朝")
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.space_before = Pt(0)

    char = Pt(10.5)
    num_ids = {}
    if any(k == "numbered" for k, _ in blocks):
        num_ids = add_numbering(doc)

    # page number in the footer: a PAGE field, centred
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = fp.add_run("- ")
    for tag, text in (("begin", None), (None, " PAGE "), ("end", None)):
        r = OxmlElement("w:r")
        if tag:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), tag)
            r.append(fc)
        else:
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = text
            r.append(it)
        fp._p.append(r)
    fp.add_run(" -")
    del run

    pending_break = False
    for kind, p in blocks:
        if kind == "pagebreak":
            pending_break = True
            continue
        if kind == "table":
            ncol = max(len(r) for r in p)
            t = doc.add_table(rows=len(p), cols=ncol)
            t.style = "Table Grid"
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            for i, row in enumerate(p):
                for j in range(ncol):
                    cell = t.cell(i, j)
                    cell.text = row[j] if j < len(row) else ""
            for row in t.rows:
                row.cells[0].width = Mm(40)
                if ncol > 1:
                    row.cells[1].width = Mm(120)
            if pending_break:
                # a break before a table: put it in an empty paragraph before it
                pending_break = False
            continue
        para = doc.add_paragraph()
        if pending_break:
            para.paragraph_format.page_break_before = True
            pending_break = False
        pf = para.paragraph_format
        if kind == "title":
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = para.add_run(p)
            r.bold = True
            r.font.size = Pt(14)
            pf.space_after = Pt(10)
        elif kind == "center":
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
            para.add_run(p)
        elif kind == "right":
            para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            para.add_run(p)
        elif kind == "numbered":
            lst, lvl, text = p
            numpr = OxmlElement("w:numPr")
            il = OxmlElement("w:ilvl")
            il.set(qn("w:val"), str(lvl - 1))
            ni = OxmlElement("w:numId")
            ni.set(qn("w:val"), str(num_ids[lst]))
            numpr.append(il)
            numpr.append(ni)
            para._p.get_or_add_pPr().insert(0, numpr)
            para.add_run(text)
        else:
            left, first = indent_of(p)
            if left:
                pf.left_indent = char * left
            if first:
                pf.first_line_indent = char * first
            if p:
                para.add_run(p)
    doc.core_properties.title = next((p for k, p in blocks if k == "title"), "")
    doc.core_properties.author = "contractcheck samples"
    doc.save(dest)


def add_numbering(doc):
    """Two multilevel lists in numbering.xml.

    A: 第%1条 / %2 (項, starting at 2) / (%3) (号)  -- contract articles
    B: 第%1   / %2 (starting at 2)    / (%3)       -- 特記事項 style 「第１　基本的事項」
    C: %1     / %2 (starting at 2)    / (%3)       -- 仕様書 style 「１　業務の概要」
    The paragraph text then carries no 「第N条」 at all: Word draws it from the list.
    """
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls, qn

    numbering = doc.part.numbering_part.element
    used_abs = [int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))]
    used_num = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    next_abs = max(used_abs + [0]) + 1
    next_num = max(used_num + [0]) + 1

    def lvl(ilvl, start, fmt, text, left, hanging, suff="space"):
        return (
            f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
            f'<w:suff w:val="{suff}"/><w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
            f'<w:pPr><w:ind w:left="{left}" w:hanging="{hanging}"/></w:pPr></w:lvl>'
        )

    defs = {
        "A": [lvl(0, 1, "decimal", "第%1条", 210, 210),
              lvl(1, 2, "decimalFullWidth", "%2", 210, 210),
              lvl(2, 1, "decimal", "(%3)", 420, 210)],
        "B": [lvl(0, 1, "decimalFullWidth", "第%1", 0, 0),
              lvl(1, 2, "decimalFullWidth", "%2", 210, 210),
              lvl(2, 1, "decimal", "(%3)", 420, 210)],
        "C": [lvl(0, 1, "decimalFullWidth", "%1", 0, 0),
              lvl(1, 2, "decimalFullWidth", "%2", 210, 210),
              lvl(2, 1, "decimal", "(%3)", 420, 210)],
    }
    ids = {}
    first_num = numbering.find(qn("w:num"))
    for name, levels in defs.items():
        absx = parse_xml(
            f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{next_abs}">'
            f'<w:multiLevelType w:val="multilevel"/>' + "".join(levels) + "</w:abstractNum>")
        # schema order: every abstractNum before the first num
        if first_num is not None:
            first_num.addprevious(absx)
        else:
            numbering.append(absx)
        num = parse_xml(
            f'<w:num {nsdecls("w")} w:numId="{next_num}"><w:abstractNumId w:val="{next_abs}"/></w:num>')
        numbering.append(num)
        ids[name] = next_num
        next_abs += 1
        next_num += 1
    return ids


# ---------------------------------------------------------------- .pdf
FONT = "HeiseiMin-W3"
FONT_SIZE = 10.5
CHARS_PER_LINE = 40
NO_LINE_START = set("、。，．）」』】〕・ー？！：；ぁぃぅぇぉっゃゅょァィゥェォッャュョ")


def wrap(text: str, width_chars: float, font, size):
    """Greedy wrap by width, with simple kinsoku (no line starts with 、。）」 etc.)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    maxw = width_chars * size
    lines, cur = [], ""
    for ch in text:
        if stringWidth(cur + ch, font, size) > maxw + 0.01 and cur:
            if ch in NO_LINE_START:
                cur += ch  # hang it on the line end
                lines.append(cur)
                cur = ""
                continue
            lines.append(cur)
            cur = ch
        else:
            cur += ch
    lines.append(cur)
    return lines


def build_pdf(blocks, dest: Path, opts):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas

    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    W, H = A4
    size = FONT_SIZE
    text_w = CHARS_PER_LINE * size
    left_x = (W - text_w) / 2
    top_y = H - 72
    bottom_y = 72
    lead = size * 1.75

    c = canvas.Canvas(str(dest), pagesize=A4)
    title = next((p for k, p in blocks if k == "title"), dest.stem)
    c.setTitle(title)
    c.setAuthor("contractcheck samples")
    page = [1]
    y = [top_y]

    def new_page():
        c.setFont(FONT, 9)
        c.drawCentredString(W / 2, 40, f"- {page[0]} -")
        c.showPage()
        page[0] += 1
        y[0] = top_y
        c.setFont(FONT, size)  # a new page starts with the default font

    def need(h):
        if y[0] - h < bottom_y:
            new_page()

    for kind, p in blocks:
        if kind == "pagebreak":
            if y[0] != top_y:
                new_page()
            continue
        if kind == "title":
            need(lead * 2)
            c.setFont(FONT, 15)
            c.drawCentredString(W / 2, y[0], p)
            y[0] -= lead * 1.6
            continue
        if kind in ("center", "right"):
            need(lead)
            c.setFont(FONT, size)
            if kind == "center":
                c.drawCentredString(W / 2, y[0], p)
            else:
                c.drawRightString(left_x + text_w, y[0], p)
            y[0] -= lead
            continue
        if kind == "table":
            c.setFont(FONT, size)
            col1 = 9 * size
            for row in p:
                first = row[0] if row else ""
                rest = "　".join(x for x in row[1:] if x)
                wrapped = wrap(rest, (text_w - col1 - size) / size, FONT, size) if rest else [""]
                h = lead * len(wrapped)
                need(h)
                top = y[0] + size * 1.1
                c.rect(left_x, top - h, text_w, h, stroke=1, fill=0)
                c.line(left_x + col1, top, left_x + col1, top - h)
                c.drawString(left_x + size * 0.5, y[0], first)
                for i, ln in enumerate(wrapped):
                    c.drawString(left_x + col1 + size * 0.5, y[0] - i * lead, ln)
                y[0] -= h
            y[0] -= lead * 0.5
            continue
        text = p[2] if kind == "numbered" else p
        if not text:
            y[0] -= lead * 0.6
            continue
        left, first = indent_of(text)
        if re.match(r"^（[^）]{1,30}）$", text):
            need(lead * 3)  # keep an article heading with its first line
        first_x = left + first
        lines = wrap(text, CHARS_PER_LINE - first_x, FONT, size)
        if len(lines) > 1:
            rest = wrap(text[len(lines[0]):], CHARS_PER_LINE - left, FONT, size)
            lines = [lines[0]] + rest
        c.setFont(FONT, size)
        for i, ln in enumerate(lines):
            need(lead)
            x = left_x + (first_x if i == 0 else left) * size
            c.drawString(x, y[0], ln)
            y[0] -= lead
    c.setFont(FONT, 9)
    c.drawCentredString(W / 2, 40, f"- {page[0]} -")
    c.showPage()
    c.save()


# ---------------------------------------------------------------- verification
def squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


def extracted_text(dest: Path) -> str:
    if dest.suffix == ".pdf":
        import pdfplumber

        with pdfplumber.open(dest) as pdf:
            pages = [pg.extract_text() or "" for pg in pdf.pages]
        # drop the page-number footer lines
        return "\n".join(re.sub(r"(?m)^- \d+ -$", "", t) for t in pages), len(pages)
    if dest.suffix == ".docx":
        import docx

        d = docx.Document(dest)
        parts = []
        body = d.element.body
        for child in body.iterchildren():
            tag = child.tag.rsplit("}", 1)[-1]
            if tag == "p":
                parts.append("".join(t.text or "" for t in child.iter(
                    "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}t")))
            elif tag == "tbl":
                for t in child.iter("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}t"):
                    parts.append(t.text or "")
        return "\n".join(parts), None
    raw = dest.read_bytes()
    return raw.decode("utf-8-sig" if raw[:3] == b"\xef\xbb\xbf" else (
        "cp932" if dest.name.startswith("07_") else "utf-8")), None


def source_text(blocks) -> str:
    parts = []
    for kind, p in blocks:
        if kind == "table":
            parts += [c for row in p for c in row]
        elif kind == "numbered":
            parts.append(p[2])
        elif kind != "pagebreak":
            parts.append(p)
    return "\n".join(parts)


def check(src: Path, dest: Path, derive=None):
    blocks = parse(src, derive)
    got, pages = extracted_text(dest)
    want = source_text(blocks)
    a, b = squash(got), squash(want)
    ok = a == b
    msg = ""
    if not ok:
        i = next((k for k, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
        msg = f" first difference at {i}: got {a[i:i+20]!r} want {b[i:i+20]!r}"
    return ok, len(squash(want)), len(plain_text(blocks)), pages, msg


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="verify the built files' text")
    ap.add_argument("only", nargs="*", help="build only these outputs")
    args = ap.parse_args(argv)
    failed = 0
    for src, out, opts in SAMPLES:
        if args.only and out not in args.only:
            continue
        s, d = SRC / src, OUT / out
        blocks = parse(s, opts.get("derive"))
        {".txt": build_txt, ".docx": build_docx, ".pdf": build_pdf}[d.suffix](blocks, d, opts)
        line = f"built {out}"
        if args.check:
            ok, n_nows, n_chars, pages, msg = check(s, d, opts.get("derive"))
            failed += not ok
            line += f"  chars={n_chars} (no whitespace {n_nows})"
            if pages:
                line += f" pages={pages}"
            line += "  text OK" if ok else "  TEXT MISMATCH" + msg
        print(line)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
