"""``check --annotate``: a copy of the draft with the findings as Word comments.

The officer sends the annotated copy back to the contractor (or edits it), so the copy must be
the draft as it was plus comments, nothing else: every paragraph keeps its runs and formatting,
earlier reviewers' comments stay, and the original file is never opened for writing.

- .docx: the file is copied through python-docx and ``Document.add_comment`` anchors a comment on
  each evidence paragraph of a ``weak`` item; ``missing`` items get a comment on the place the
  clause belongs (the 特記事項 heading when there is one, else the title).
- .pdf, .txt and stdin: there is no Word file to copy, so a new .docx is built from the extracted
  text (one paragraph per line, page markers for PDF) and carries the same comments.

Paragraph numbers in ``Evidence`` follow ``extract.docx``: body ``w:p`` children counted from 1,
paragraphs inside a content control (``w:sdt``) counted in place, tables counted apart
(``Evidence.table/row/cell``). ``_body_paragraphs`` must stay in step with that adapter; a test
checks the two against each other.
"""

from __future__ import annotations

import io
import os
import re
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError, OutputError
from .fsio import write_atomic
from .model import STATUS_LABELS, DocumentResult, Evidence, ItemResult

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
DEFAULT_AUTHOR = "contractcheck"

# Characters XML 1.0 cannot hold. A PDF or text file can contain them; lxml would refuse the
# whole document, so they are dropped from what we write (the original is untouched).
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_SPACE = re.compile(r"[\s\u3000]+")
# A heading that opens the personal-information provisions: where a missing clause belongs.
_TOKKI_HEADING = re.compile(
    r"^[（(]?(別記|別紙|別添)?[0-9０-９一二三四五六七八九十]*[）)]?[\s\u3000]*"
    r"(個人情報(等)?(の)?(取扱|取り扱|保護)(い)?(に関する|に係る)?)?特記(事項|仕様書)"
    r"[\s\u3000]*[）)]?$")


def annotate_document(src_path: str | os.PathLike, doc: DocumentResult,
                      out_path: str | os.PathLike, *, author: str = DEFAULT_AUTHOR,
                      force: bool = False, source_bytes: bytes | None = None) -> Path:
    """Write ``out_path``: the draft ``src_path`` with ``doc``'s findings as Word comments.

    ``source_bytes`` is the input when it was read from stdin (``src_path == "-"``), which can
    be read only once. Raises ``OutputError`` when ``out_path`` exists (without ``force``) or is
    the draft itself, ``InputError`` when the draft cannot be read again.
    """
    out = Path(out_path)
    author = (author or DEFAULT_AUTHOR).strip() or DEFAULT_AUTHOR
    is_stdin = str(src_path) == "-"
    # Refuse early: an officer should not wait for the copy to learn it will not be written.
    if not is_stdin and _same_file(Path(src_path), out):
        raise OutputError(f"{out}: 確認した契約書そのものには書き込めません。",
                          "--annotate には別のファイル名を指定してください。", path=str(out))
    if out.exists() and not force:
        raise OutputError(f"{out}: 出力先のファイルが既にあります。",
                          "上書きしてよい場合は --force を付けてください。", path=str(out))

    name = doc.path or str(src_path)
    if is_stdin:
        if source_bytes is None:
            raise InputError("annotate-stdin", "標準入力から読んだ文書にはコメント付きの写しを作れません。",
                             "契約書をファイルとして保存し、そのファイル名を指定してください。")
        data = _text_from_bytes(source_bytes, name)
        document, target = _render_text(data.split("\n"), name, pages=None)
    else:
        from .extract import sniff

        src = Path(src_path)
        with open(src, "rb") as fh:  # read-only, always
            head = fh.read(1024)
        fmt = sniff(head, src.suffix.lower())
        if fmt == "docx":
            document, target = _open_docx(src, name)
        elif fmt == "pdf":
            document, target = _render_pdf(src, name)
        elif fmt == "text":
            document, target = _render_text(_text_from_bytes(src.read_bytes(), name)
                                            .split("\n"), name, pages=None)
        else:
            raise InputError("annotate-unsupported",
                             f"{name}: この形式の文書にはコメント付きの写しを作れません。",
                             "Word（.docx）・PDF・テキストの契約書を指定してください。", path=name)

    own_files = {name, str(src_path)}
    for item in doc.items:
        if item.status == "weak":
            _comment_weak(document, target, item, own_files, author)
        elif item.status == "missing":
            _comment_missing(document, target, item, author)

    buf = io.BytesIO()
    document.save(buf)
    return write_atomic(out, buf.getvalue(), force=force)


# ------------------------------------------------------------------ where comments go

@dataclass
class _Target:
    """The annotated document's paragraphs as the evidence locations name them."""

    paragraphs: list            # CT_P elements in the extractor's paragraph order (docx)
    tables: list                # top-level CT_Tbl elements (docx)
    lines: dict                 # line number -> CT_P (text input, 1-based)
    pages: dict                 # page number -> list of CT_P (PDF)
    title: object | None        # CT_P of the title (first paragraph with text)
    tokki: object | None        # CT_P of the 特記事項 heading, if any
    kind: str                   # "docx" or "text"

    def all_text_paragraphs(self) -> list:
        if self.kind == "docx":
            return self.paragraphs
        if self.pages:
            return [p for ps in self.pages.values() for p in ps]
        return list(self.lines.values())


def _comment_weak(document, target: _Target, item: ItemResult, own_files: set[str],
                  author: str) -> None:
    done: set[int] = set()
    placed = False
    elsewhere: list[Evidence] = []
    for ev in item.evidence:
        if ev.file and ev.file not in own_files:
            # Evidence in an attachment (--attach): that file is not in this copy.
            elsewhere.append(ev)
            continue
        span = _locate(target, ev)
        if not span:
            elsewhere.append(ev)
            continue
        if id(span[0]) in done:  # two sentences of one paragraph: one comment is enough
            continue
        done.add(id(span[0]))
        _add_comment(document, span, _weak_text(item, ev), author)
        placed = True
    if not placed:
        anchor = target.title
        if anchor is not None:
            _add_comment(document, [anchor], _weak_text(item, None, elsewhere), author)


def _comment_missing(document, target: _Target, item: ItemResult, author: str) -> None:
    # The 第20条 items belong in the 特記事項; a dispatch contract has none, so its title.
    anchor = target.tokki if target.tokki is not None and not item.id.startswith("dispatch") \
        else target.title
    if anchor is None:
        return
    in_tokki = anchor is target.tokki
    _add_comment(document, [anchor], _missing_text(item, in_tokki), author)


def _locate(target: _Target, ev: Evidence) -> list:
    """The paragraphs an evidence quote covers in the annotated document (empty if unknown)."""
    if target.kind == "docx":
        if ev.table is not None:
            cell = _table_cell(target.tables, ev.table, ev.row, ev.cell)
            if cell is not None:
                return cell.findall(f"{W}p")
        if ev.paragraph is not None and 1 <= ev.paragraph <= len(target.paragraphs):
            return [target.paragraphs[ev.paragraph - 1]]
        return _search(target.paragraphs, ev.text)
    if ev.line is not None and ev.line in target.lines:
        ordered = list(target.lines.values())
        return _extend(ordered, ordered.index(target.lines[ev.line]), ev.text)
    if ev.page is not None and ev.page in target.pages:
        span = _search(target.pages[ev.page], ev.text, extend_in=target.all_text_paragraphs())
        if span:
            return span
    return _search(target.all_text_paragraphs(), ev.text)


def _table_cell(tables: list, table: int, row: int | None, cell: int | None):
    if not (1 <= table <= len(tables)) or row is None or cell is None:
        return None
    rows = tables[table - 1].findall(f"{W}tr")
    if not 1 <= row <= len(rows):
        return None
    cells = rows[row - 1].findall(f"{W}tc")
    return cells[cell - 1] if 1 <= cell <= len(cells) else None


def _norm(text: str) -> str:
    return _SPACE.sub("", text or "")


def _p_text(p) -> str:
    return "".join(t.text or "" for t in p.iter(f"{W}t"))


def _search(paras: list, text: str, extend_in: list | None = None) -> list:
    """Find where ``text`` starts among ``paras``; extend over the lines it continues on.

    PDF and text lines are broken by layout, while the engine quotes whole sentences, so a quote
    may start in the middle of one line and run over the next ones.
    """
    ev = _norm(text)
    if not ev:
        return []
    head = ev[:12]
    for p in paras:
        line = _norm(_p_text(p))
        if not line:
            continue
        if head in line or (len(line) >= 4 and line in ev) or ev in line:
            ordered = extend_in or paras
            return _extend(ordered, ordered.index(p), text)
    return []


def _extend(ordered: list, start: int, text: str) -> list:
    ev = _norm(text)
    span = [ordered[start]]
    for p in ordered[start + 1:]:
        line = _norm(_p_text(p))
        if not line or line not in ev:
            break
        span.append(p)
    return span


# ------------------------------------------------------------------ comment text

def _weak_text(item: ItemResult, ev: Evidence | None, elsewhere: list[Evidence] = ()) -> str:
    adv = "（参考）" if item.severity == "advisory" else ""
    lines = [f"【{STATUS_LABELS['weak']}】{item.title}{adv}（指針{item.basis}）"]
    if ev is not None and ev.article:
        lines.append(f"該当箇所: {ev.article}")
    for e in elsewhere:
        where = "・".join(x for x in (e.article, e.location().describe()) if x)
        lines.append(f"根拠: {Path(e.file).name if e.file else ''} {where}「{_clip(e.text)}」".strip())
    if item.reason:
        lines.append(f"理由: {item.reason}")
    for note in item.notes:
        lines.append(f"補足: {note}")
    if item.suggestion:
        lines.append("修正する文言の例:")
        lines.extend(item.suggestion.strip().splitlines())
    return _xml_safe("\n".join(lines))


def _missing_text(item: ItemResult, in_tokki: bool) -> str:
    adv = "（参考）" if item.severity == "advisory" else ""
    lines = [f"【{STATUS_LABELS['missing']}】{item.title}{adv}（指針{item.basis}）",
             "この項目を定める条項が見当たりません。"]
    if item.reason:
        lines.append(f"理由: {item.reason}")
    for note in item.notes:
        lines.append(f"補足: {note}")
    if item.suggestion:
        where = "この特記事項" if in_tokki else "契約書（又は個人情報取扱特記事項）"
        lines.append(f"{where}に次の条項を追加してください（例）:")
        lines.extend(item.suggestion.strip().splitlines())
    return _xml_safe("\n".join(lines))


def _clip(text: str, limit: int = 80) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[:limit] + "…"


def _xml_safe(text: str) -> str:
    return _XML_ILLEGAL.sub("", text)


def _initials(author: str) -> str:
    return "CC" if author == DEFAULT_AUTHOR else author[:2]


def _add_comment(document, paras: list, text: str, author: str) -> None:
    """Anchor one comment from the start of ``paras[0]`` to the end of ``paras[-1]``."""
    from docx.text.paragraph import Paragraph
    from docx.text.run import Run

    runs = [(r, p) for p in paras for r in p.r_lst]
    if runs:
        first = Run(runs[0][0], Paragraph(runs[0][1], document._body))
        last = Run(runs[-1][0], Paragraph(runs[-1][1], document._body))
        document.add_comment([first, last], text=text, author=author,
                             initials=_initials(author))
        return
    # No direct runs (an empty paragraph, or text only inside hyperlinks/fields): python-docx
    # needs runs, so place the range markers by hand, as Word does for such paragraphs.
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    comment = document.comments.add_comment(text=text, author=author,
                                            initials=_initials(author))
    cid = str(comment.comment_id)
    start = OxmlElement("w:commentRangeStart", attrs={qn("w:id"): cid})
    first_p = paras[0]
    ppr = first_p.find(f"{W}pPr")
    if ppr is not None:
        ppr.addnext(start)
    else:
        first_p.insert(0, start)
    last_p = paras[-1]
    last_p.append(OxmlElement("w:commentRangeEnd", attrs={qn("w:id"): cid}))
    ref_run = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    rpr.append(OxmlElement("w:rStyle", attrs={qn("w:val"): "CommentReference"}))
    ref_run.append(rpr)
    ref_run.append(OxmlElement("w:commentReference", attrs={qn("w:id"): cid}))
    last_p.append(ref_run)


# ------------------------------------------------------------------ opening / building

def _same_file(a: Path, b: Path) -> bool:
    try:
        return b.exists() and os.path.samefile(a, b)
    except OSError:
        return a.resolve() == b.resolve()


def _open_docx(src: Path, name: str):
    import docx

    try:
        # python-docx reads the file into memory and never writes to it.
        document = docx.Document(str(src))
    except Exception:  # python-docx raises several unrelated types for files it cannot load
        raise InputError("annotate-docx", f"{name}: Word文書を読み直せないため、コメント付きの写しを作れません。",
                         "Wordで開いて .docx 形式で保存し直してください。", path=name) from None
    body = document.element.body
    paragraphs = list(_body_paragraphs(body))
    tables = body.findall(f"{W}tbl")
    title = next((p for p in paragraphs if _p_text(p).strip()), None)
    if title is None and tables:
        # A draft that opens with a table (頭書): anchor on its first cell instead.
        title = next((p for p in tables[0].iter(f"{W}p") if _p_text(p).strip()), None)
    tokki = next((p for p in paragraphs if _TOKKI_HEADING.match(_p_text(p).strip())), None)
    return document, _Target(paragraphs, tables, {}, {}, title, tokki, "docx")


def _body_paragraphs(body):
    """Body paragraphs in ``extract.docx``'s order (keep the two in step)."""
    for child in body.iterchildren():
        if child.tag == f"{W}p":
            yield child
        elif child.tag == f"{W}sdt":
            yield from child.iter(f"{W}p")


def _text_from_bytes(data: bytes, name: str) -> str:
    from .extract.text import decode

    return decode(data, name).replace("\r\n", "\n").replace("\r", "\n")


def _new_document(name: str):
    """An empty A4 document with a Japanese font, headed by a note saying what it is."""
    import docx
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt, RGBColor

    document = docx.Document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Mm(25)
    section.top_margin = section.bottom_margin = Mm(20)
    normal = document.styles["Normal"]
    normal.font.size = Pt(10.5)
    # Word picks the East Asian font from w:eastAsia; without it Japanese falls back to a
    # Western font and looks broken on the officer's PC.
    rfonts = normal.element.get_or_add_rPr().get_or_add_rFonts()
    rfonts.set(qn("w:eastAsia"), "ＭＳ 明朝")
    normal.paragraph_format.space_after = Pt(0)
    note = document.add_paragraph()
    run = note.add_run(f"この文書は contractcheck が「{Path(name).name}」の文字を取り出して"
                       "Word形式にした写しです（書式・改行位置は元の文書と異なります）。")
    run.font.size = Pt(8)
    run.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    document.add_paragraph()
    return document


def _render_text(lines: list[str], name: str, pages):
    document = _new_document(name)
    by_line: dict[int, object] = {}
    for no, line in enumerate(lines, 1):
        p = document.add_paragraph(_xml_safe(line))
        by_line[no] = p._p
    return document, _text_target(by_line, {})


def _render_pdf(src: Path, name: str):
    from docx.shared import Pt, RGBColor

    from .extract import extract

    # The public entry point, not the adapter: the page numbers must be the ones the engine saw.
    blocks = extract(src, display_name=name)
    document = _new_document(name)
    pages: dict[int, list] = {}
    for block in blocks:
        page = block.loc.page or 1
        if page not in pages:
            marker = document.add_paragraph()
            run = marker.add_run(f"― {page}ページ ―")
            run.font.size = Pt(8)
            run.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
            pages[page] = []
        pages[page].append(document.add_paragraph(_xml_safe(block.text))._p)
    return document, _text_target({}, pages)


def _text_target(lines: dict, pages: dict) -> _Target:
    paras = list(lines.values()) or [p for ps in pages.values() for p in ps]
    title = next((p for p in paras if _p_text(p).strip()), None)
    tokki = next((p for p in paras if _TOKKI_HEADING.match(_p_text(p).strip())), None)
    return _Target([], [], lines, pages, title, tokki, "text")


__all__ = ["annotate_document", "DEFAULT_AUTHOR"]
