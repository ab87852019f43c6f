#!/usr/bin/env python3
"""Build the .docx templates from their text sources (``NAME.src.txt`` -> ``NAME.docx``).

Why: a .docx is a zip of XML that no reviewer can read in a diff. The text source is what we
review; this script is the only thing that writes the .docx, and a test checks that every
committed .docx is byte-for-byte what this script builds (run ``python templates/build.py``
after editing a source, ``--check`` to verify). Each paragraph becomes exactly one Word run, so
a Jinja tag can never be split across runs.

Source format, one line per paragraph:

    // comment                 not output
    (empty line)               not output (spacing comes from the paragraph formats)
    #! title: 文書名            document property (title)
    # 文書名                   document title: centred, bold, larger
    ## 見出し                  heading: bold, left
    ^ text                     centred
    > text                     right-aligned
    < text                     left-aligned, no indent
    = text                     signature block: indented about half the line; consecutive
                               "=" lines (and "." between them) form one unbreakable paragraph
    .                          a blank line (as space above the next paragraph, not an empty
                               paragraph: LibreOffice breaks "keep with next" at empty ones)
    ---                        page break
    {%p ... %}                 a docxtpl paragraph tag (if/for), on its own line
    （見出し）                  article caption: indented one character
    第N条 / 第{{ art() }}条 …   article: hanging indent of one character
    2　… / {{ n }}　…           項 (number + full-width space): hanging indent of one character
    （1）…                     号: indented one character, hanging one more
    ア　…                      細目: indented two characters, hanging one more
    anything else              body paragraph with a one-character first-line indent
    %keep                      from here to the end, keep paragraphs on one page with the next
                               (the closing sentence and the signature block)
    |% 35 | 125 [| label]      starts a table: column widths in mm; "label" shades column 1
    |! a | b |                 header row (bold, shaded)
    | a | b |                  row; "<br>" starts a new paragraph inside a cell;
                               a row whose first cell is {%tr ... %} is a docxtpl row tag
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import re
import sys
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

HERE = Path(__file__).resolve().parent
FONT = "ＭＳ 明朝"          # the font of Japanese municipal documents on the officers' PCs
BODY_PT = 10.5
TITLE_PT = 14
EM = Pt(BODY_PT)            # one full-width character
BLANK_PT = 13               # one blank line at 10.5 pt with 1.15 line spacing
FIXED_TIME = dt.datetime(2026, 1, 1, 0, 0, 0)
ZIP_TIME = (2026, 1, 1, 0, 0, 0)

_ARTICLE = re.compile(r"第(\d+|[一二三四五六七八九十百]+|\{\{.*?\}\})条")
_KOU = re.compile(r"(\d+|[０-９]+|\{\{.*?\}\})　")
_GOU = re.compile(r"（(\d+|[０-９]+|\{\{.*?\}\})）")
_MOKU = re.compile(r"[アイウエオカキクケコサシスセソタチツテト]　")
_CAPTION = re.compile(r"（[^（）]+）")


def split_cells(line: str) -> list[str]:
    """Split a ``| a | b |`` row on ``|`` outside Jinja tags (``{{ x|money }}`` keeps its pipe)."""
    body = line.strip()
    body = body[1:] if body.startswith("|") else body
    body = body[:-1] if body.endswith("|") else body
    cells, cur, depth, i = [], "", 0, 0
    while i < len(body):
        two = body[i:i + 2]
        if two in ("{{", "{%"):
            depth += 1
            cur += two
            i += 2
            continue
        if two in ("}}", "%}") and depth:
            depth -= 1
            cur += two
            i += 2
            continue
        if body[i] == "|" and not depth:
            cells.append(cur.strip())
            cur = ""
        else:
            cur += body[i]
        i += 1
    cells.append(cur.strip())
    return cells


def _fonts(rpr_parent) -> None:
    rpr = rpr_parent.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attr), FONT)


def _setup(doc, title: str) -> None:
    normal = doc.styles["Normal"]
    normal.font.size = Pt(BODY_PT)
    normal.font.name = FONT
    _fonts(normal.element)
    pf = normal.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.line_spacing = 1.15
    # Japanese line breaking (kinsoku) and no auto spacing between Japanese and Latin text,
    # as in documents typed by the ward's own staff.
    ppr = normal.element.get_or_add_pPr()
    for tag in ("w:autoSpaceDE", "w:autoSpaceDN"):
        el = OxmlElement(tag)
        el.set(qn("w:val"), "0")
        ppr.append(el)
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin = section.bottom_margin = Mm(25)
    section.left_margin = section.right_margin = Mm(25)
    section.footer_distance = Mm(12)
    footer_p = section.footer.paragraphs[0]
    footer_p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), "PAGE")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    fld.append(run)
    footer_p._p.append(fld)
    props = doc.core_properties
    props.title = title
    props.author = "contractcheck"
    props.last_modified_by = "contractcheck"
    props.comments = ""
    props.created = props.modified = FIXED_TIME
    props.revision = 1


def _para(container, text: str, *, align=None, bold=False, size=None, left=0.0, first=0.0,
          space_after=None, space_before=None):
    p = container.add_paragraph()
    # An empty paragraph still gets a run: LibreOffice ignores "keep with next" on a
    # paragraph that has none, which split the signature block from its closing sentence.
    run = p.add_run(text)
    run.bold = bold or None
    if size:
        run.font.size = Pt(size)
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if left:
        pf.left_indent = int(EM * left)
    if first:
        pf.first_line_indent = int(EM * first)
    if space_after is not None:
        pf.space_after = Pt(space_after)
    if space_before is not None:
        pf.space_before = Pt(space_before)
    return p


def body_paragraph(doc, line: str) -> None:
    if line.startswith("{%p") or line.startswith("{%-p"):
        _para(doc, line)
    elif line.startswith("## "):
        _para(doc, line[3:], bold=True, space_before=6,
              space_after=3).paragraph_format.keep_with_next = True
    elif line.startswith("# "):
        _para(doc, line[2:], align=WD_ALIGN_PARAGRAPH.CENTER, bold=True, size=TITLE_PT,
              space_after=12)
    elif line.startswith("^ "):
        _para(doc, line[2:], align=WD_ALIGN_PARAGRAPH.CENTER)
    elif line.startswith("> "):
        _para(doc, line[2:], align=WD_ALIGN_PARAGRAPH.RIGHT)
    elif line.startswith("< "):
        _para(doc, line[2:])
    elif line == "---":
        doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    elif _CAPTION.fullmatch(line):
        # A caption stranded at the foot of a page, its article on the next, reads as a typo.
        _para(doc, line, left=1, space_before=6).paragraph_format.keep_with_next = True
    elif _ARTICLE.match(line) or _KOU.match(line):
        _para(doc, line, left=1, first=-1)
    elif _GOU.match(line):
        _para(doc, line, left=2, first=-1)
    elif _MOKU.match(line):
        _para(doc, line, left=3, first=-1)
    else:
        _para(doc, line, first=1)


def _shade(cell) -> None:
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), "E7E6E6")
    tcpr.append(shd)


def add_table(doc, header: str, rows: list[str], where: str) -> None:
    spec = split_cells(header[2:])
    label_col = spec and spec[-1] == "label"
    widths = [float(w) for w in (spec[:-1] if label_col else spec)]
    table = doc.add_table(rows=0, cols=len(widths))
    table.style = doc.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    for line in rows:
        is_header = line.startswith("|!")
        cells = split_cells(line[2:] if is_header else line)
        if len(cells) > len(widths) or (len(cells) < len(widths) and not cells[0].startswith("{%tr")):
            raise SystemExit(f"{where}: row has {len(cells)} cells, table has {len(widths)}: {line}")
        cells += [""] * (len(widths) - len(cells))
        row = table.add_row()
        for idx, (cell, text) in enumerate(zip(row.cells, cells)):
            cell.width = Mm(widths[idx])
            parts = text.split("<br>")
            first = cell.paragraphs[0]
            for n, part in enumerate(parts):
                p = first if n == 0 else cell.add_paragraph()
                if part:
                    run = p.add_run(part)
                    run.bold = (is_header or None)
            if is_header or (label_col and idx == 0 and not text.startswith("{%tr")):
                _shade(cell)
            if is_header:
                for p in cell.paragraphs:
                    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    # The grid must carry the widths too, or LibreOffice spreads the columns evenly.
    grid = table._tbl.tblGrid
    for col, width in zip(grid.findall(qn("w:gridCol")), widths):
        col.set(qn("w:w"), str(int(Mm(width).twips)))


def build(src: Path) -> bytes:
    """The .docx bytes for one source. Deterministic: fixed properties and zip timestamps."""
    lines = src.read_text(encoding="utf-8").splitlines()
    title = src.name.removesuffix(".src.txt")
    for line in lines:
        if line.startswith("#! title:"):
            title = line.split(":", 1)[1].strip()
    doc = Document()
    _setup(doc, title)
    i = 0
    after_table = keep = False
    blank = 0
    while i < len(lines):
        line = lines[i].rstrip()
        where = f"{src.name}:{i + 1}"
        i += 1
        if not line.strip() or line.startswith("//") or line.startswith("#!"):
            continue
        if line == "%keep":
            keep = True
            continue
        if line == ".":
            blank += 1
            continue
        if line.startswith("|%"):
            if after_table:
                # Word joins two tables with nothing between them into one table.
                _para(doc, "")
            rows = []
            while i < len(lines) and lines[i].startswith("|") and not lines[i].startswith("|%"):
                rows.append(lines[i].rstrip())
                i += 1
            add_table(doc, line, rows, where)
            after_table = True
            continue
        if line.startswith("|"):
            raise SystemExit(f"{where}: table row without a preceding '|%' widths line")
        if line.startswith("= "):
            # The whole signature block is one paragraph (lines joined by breaks, one run per
            # line) kept on one page: LibreOffice does not reliably keep a chain of short
            # paragraphs together, and a seal line alone on a page is a defect.
            block = [line[2:]]
            while i < len(lines) and (lines[i].startswith("= ") or (
                    lines[i].rstrip() == "." and i + 1 < len(lines)
                    and lines[i + 1].startswith("= "))):
                block.append("" if lines[i].rstrip() == "." else lines[i].rstrip()[2:])
                i += 1
            p = _para(doc, "", left=16)
            p.runs[0]._r.getparent().remove(p.runs[0]._r)
            for n, text in enumerate(block):
                run = p.add_run(text)
                if n < len(block) - 1:
                    run.add_break()
            p.paragraph_format.keep_together = True
        else:
            body_paragraph(doc, line)
            p = doc.paragraphs[-1]
        is_tag = line.startswith("{%")   # removed when rendered: spacing goes to the next one
        if blank and not is_tag:
            p.paragraph_format.space_before = Pt(BLANK_PT * blank)
            blank = 0
        elif after_table and not is_tag:
            # Text straight after a table's bottom rule reads as part of the table.
            p.paragraph_format.space_before = Pt(6)
        if keep:
            p.paragraph_format.keep_with_next = True
        if not is_tag:
            after_table = False
    if keep and doc.paragraphs:
        # The last paragraph has no next one to keep with.
        doc.paragraphs[-1].paragraph_format.keep_with_next = None
    raw = io.BytesIO()
    doc.save(raw)
    return _normalise_zip(raw.getvalue())


def _normalise_zip(data: bytes) -> bytes:
    """Rewrite the zip with fixed timestamps so the same source always gives the same bytes."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()


def sources(directory: Path = HERE) -> list[Path]:
    return sorted(directory.glob("*.src.txt"))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true",
                    help="do not write; exit 1 if a committed .docx differs from its source")
    ap.add_argument("names", nargs="*", help="template names (default: all)")
    args = ap.parse_args(argv)
    stale = []
    for src in sources():
        name = src.name.removesuffix(".src.txt")
        if args.names and name not in args.names:
            continue
        data = build(src)
        target = src.with_name(name + ".docx")
        if args.check:
            if not target.exists() or target.read_bytes() != data:
                stale.append(target.name)
            continue
        if not target.exists() or target.read_bytes() != data:
            target.write_bytes(data)
            print(f"built {target.name}")
    if stale:
        print("out of date (run python templates/build.py): " + ", ".join(stale), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
