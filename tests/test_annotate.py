"""``check --annotate``: comments land on the right paragraphs and nothing else changes.

The drafts are built here with python-docx (paragraphs with mixed formatting, a table, a
tracked insertion, an earlier reviewer's comment) so the tests do not depend on the engine.
"""

from __future__ import annotations

import copy
import hashlib
import os
import shutil
import subprocess
from pathlib import Path

import docx
import pytest
from lxml import etree

from contractcheck.annotate import _body_paragraphs, annotate_document
from contractcheck.errors import InputError, OutputError
from contractcheck.extract import extract
from contractcheck.model import DocumentResult, Evidence, ItemResult

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

SUGGESTION_RETURN = ("第６　乙は、この契約が終了したときは、甲から提供を受けた個人情報を直ちに甲に返還し、"
                     "又は消去しなければならない。")


def _make_draft(path: Path) -> dict:
    """A small outsourcing draft; returns the 1-based paragraph numbers of the key paragraphs."""
    d = docx.Document()
    title = d.add_paragraph()
    title.add_run("業務委託契約書").bold = True                                   # 1
    d.add_paragraph("委託者練馬区（以下「甲」という。）と受託者株式会社テスト（以下「乙」という。）とは、"
                    "次の条項により契約を締結する。")                                # 2
    table = d.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "契約件名"
    table.cell(0, 1).text = "住民データ入力業務委託"
    table.cell(1, 0).text = "特記"
    table.cell(1, 1).text = "乙は、業務に必要な範囲で個人情報を複製することができる。"
    d.add_paragraph("（秘密の保持）")                                                # 3
    p = d.add_paragraph()                                                            # 4
    p.add_run("第1条　").bold = True
    r = p.add_run("乙は、業務上知り得た秘密を漏らさないよう努めるものとする。")
    r.italic = True
    p.add_run("（努力義務）")
    d.add_paragraph("")                                                              # 5
    d.add_paragraph("別記　個人情報取扱特記事項")                                     # 6
    d.add_paragraph("第２　乙は、個人情報の漏えい、滅失及び毀損の防止その他の安全管理のために"
                    "必要な措置を講じなければならない。")                              # 7
    # 8: text only inside a tracked insertion (no direct w:r): python-docx sees no runs.
    ins_p = d.add_paragraph()
    ins_p._p.append(etree.fromstring(
        f'<w:ins xmlns:w="{W[1:-1]}" w:id="901" w:author="法務課" w:date="2025-04-01T00:00:00Z">'
        '<w:r><w:t>第３　乙は、事故が発生したときは、月次報告において甲に報告するものとする。</w:t></w:r>'
        '</w:ins>'))
    d.add_paragraph("第４　乙は、甲の承認なく個人情報を第三者に提供してはならない。")        # 9
    # An earlier reviewer's comment on paragraph 7.
    d.add_comment(d.paragraphs[6].runs, text="安全管理措置の内容を仕様書で確認済み。",
                  author="法務課", initials="法")
    d.save(str(path))
    return {"title": 1, "conf": 4, "empty": 5, "tokki": 6, "security": 7, "incident": 8,
            "third": 9}


def _result(path: Path, n: dict) -> DocumentResult:
    f = str(path)
    items = (
        ItemResult("confidentiality", "第20条第1項第1号", "秘密保持・目的外利用の禁止", "weak",
                   evidence=(Evidence(f, "第1条", "乙は、業務上知り得た秘密を漏らさないよう努めるものとする。",
                                      paragraph=n["conf"]),
                             Evidence(f, "第1条", "（努力義務）", paragraph=n["conf"])),
                   reason="努力義務にとどまっています。",
                   suggestion="乙は、業務上知り得た秘密を他に漏らしてはならない。"),
        ItemResult("copying", "第20条第1項第3号", "複写・複製の禁止", "weak",
                   evidence=(Evidence(f, None, "乙は、業務に必要な範囲で個人情報を複製することができる。",
                                      table=1, row=2, cell=2),),
                   reason="甲の承認なしに複製できる定めです。",
                   suggestion="乙は、甲の承認を得ずに個人情報を複写し、又は複製してはならない。"),
        ItemResult("incident", "第20条第1項第5号", "事故発生時の報告", "weak",
                   evidence=(Evidence(f, "第３", "第３　乙は、事故が発生したときは、月次報告において甲に報告するものとする。",
                                      paragraph=n["incident"]),),
                   reason="直ちに報告する定めがありません。", notes=("甲の指示に従う定めもありません。",),
                   suggestion="乙は、事故が発生したときは、直ちに甲に報告し、甲の指示に従わなければならない。"),
        ItemResult("security", "第20条第1項第4号", "安全管理措置", "present",
                   evidence=(Evidence(f, "第２", "第２　乙は、…", paragraph=n["security"]),)),
        ItemResult("return-deletion", "第20条第1項第6号", "返還・廃棄", "missing",
                   reason="返還・消去の定めが見当たりません。", suggestion=SUGGESTION_RETURN),
        ItemResult("reporting-audit", "第20条第1項第8号", "定期報告・監査", "weak",
                   evidence=(Evidence("tokki.pdf", "第８", "甲は、必要があると認めるときは監査することができる。",
                                      page=2),),
                   reason="定期報告の定めがありません。", suggestion="乙は、毎月、甲に報告しなければならない。"),
        ItemResult("annual-check", "第20条第3項", "年1回以上の確認", "missing", severity="advisory",
                   reason="年1回以上の確認の定めがありません。", suggestion="甲は、年1回以上確認する。"),
    )
    return DocumentResult(path=f, kind="outsourcing", items=items)


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _range_paragraphs(document, comment_id: int) -> list[str]:
    """Texts of the paragraphs from the comment's range start to its range end."""
    body = document.element.body
    start = body.xpath(f'.//w:commentRangeStart[@w:id="{comment_id}"]')
    end = body.xpath(f'.//w:commentRangeEnd[@w:id="{comment_id}"]')
    assert len(start) == 1 and len(end) == 1, comment_id
    paras = [p for p in body.iter(f"{W}p")]
    p_start = next(a for a in start[0].iterancestors(f"{W}p"))
    p_end = next(a for a in end[0].iterancestors(f"{W}p"))
    i, j = paras.index(p_start), paras.index(p_end)
    return ["".join(t.text or "" for t in p.iter(f"{W}t")) for p in paras[i:j + 1]]


def _comments_by_id(document) -> dict[int, object]:
    return {c.comment_id: c for c in document.comments}


def _strip_comment_markup(body, ids: set[int]):
    body = copy.deepcopy(body)
    for el in list(body.iter(f"{W}commentRangeStart", f"{W}commentRangeEnd")):
        if int(el.get(f"{W}id")) in ids:
            el.getparent().remove(el)
    for ref in list(body.iter(f"{W}commentReference")):
        if int(ref.get(f"{W}id")) in ids:
            run = ref.getparent()
            run.getparent().remove(run)
    return etree.tostring(body, method="c14n")


@pytest.fixture()
def draft(tmp_path):
    src = tmp_path / "draft.docx"
    n = _make_draft(src)
    return src, n


def test_comments_on_the_right_paragraphs_and_nothing_else_changes(draft, tmp_path):
    src, n = draft
    before_hash = _sha(src)
    original = docx.Document(str(src))
    old_ids = {c.comment_id for c in original.comments}
    out = tmp_path / "out.docx"

    annotate_document(src, _result(src, n), out, author="練馬区 情報政策課")

    assert _sha(src) == before_hash, "the draft itself must never be written"
    annotated = docx.Document(str(out))
    comments = _comments_by_id(annotated)
    new = {cid: c for cid, c in comments.items() if cid not in old_ids}

    # The earlier reviewer's comment is still there, unchanged, on the same paragraph.
    (old_id,) = old_ids
    assert comments[old_id].author == "法務課"
    assert comments[old_id].initials == "法"
    assert comments[old_id].text == "安全管理措置の内容を仕様書で確認済み。"
    assert _range_paragraphs(annotated, old_id)[0].startswith("第２　乙は、個人情報の漏えい")

    # One comment per weak evidence paragraph (two quotes from paragraph 4 make one comment),
    # one per weak item located elsewhere, one per missing item; none for present items.
    assert len(new) == 6
    assert all(c.author == "練馬区 情報政策課" for c in new.values())
    by_head = {c.text.splitlines()[0]: (cid, c) for cid, c in new.items()}

    cid, c = by_head["【不十分】秘密保持・目的外利用の禁止（指針第20条第1項第1号）"]
    assert _range_paragraphs(annotated, cid) == [
        "第1条　乙は、業務上知り得た秘密を漏らさないよう努めるものとする。（努力義務）"]
    assert "理由: 努力義務にとどまっています。" in c.text
    assert "修正する文言の例:\n乙は、業務上知り得た秘密を他に漏らしてはならない。" in c.text

    cid, c = by_head["【不十分】複写・複製の禁止（指針第20条第1項第3号）"]
    assert _range_paragraphs(annotated, cid) == ["乙は、業務に必要な範囲で個人情報を複製することができる。"]
    start = annotated.element.body.xpath(f'.//w:commentRangeStart[@w:id="{cid}"]')[0]
    assert list(start.iterancestors(f"{W}tc")), "the table evidence is commented in its cell"

    cid, c = by_head["【不十分】事故発生時の報告（指針第20条第1項第5号）"]
    assert _range_paragraphs(annotated, cid) == [
        "第３　乙は、事故が発生したときは、月次報告において甲に報告するものとする。"]
    assert "補足: 甲の指示に従う定めもありません。" in c.text

    cid, c = by_head["【記載なし】返還・廃棄（指針第20条第1項第6号）"]
    assert _range_paragraphs(annotated, cid) == ["別記　個人情報取扱特記事項"]
    assert c.text.endswith("この特記事項に次の条項を追加してください（例）:\n" + SUGGESTION_RETURN)

    cid, c = by_head["【記載なし】年1回以上の確認（参考）（指針第20条第3項）"]
    assert _range_paragraphs(annotated, cid) == ["別記　個人情報取扱特記事項"]

    # Evidence found only in an attachment: said on the title, with the file and place.
    cid, c = by_head["【不十分】定期報告・監査（指針第20条第1項第8号）"]
    assert _range_paragraphs(annotated, cid) == ["業務委託契約書"]
    assert "根拠: tokki.pdf 第８・2ページ「甲は、必要があると認めるときは監査することができる。」" in c.text

    # Apart from the new comments' markers the body is byte-for-byte the original (text, runs,
    # bold/italic, the tracked insertion, the table, the earlier comment's markers).
    assert (_strip_comment_markup(annotated.element.body, set(new))
            == _strip_comment_markup(original.element.body, set()))
    # And the extractor reads the same text from both files.
    assert [(b.text, b.loc.paragraph, b.loc.table) for b in extract(out)] == \
        [(b.text, b.loc.paragraph, b.loc.table) for b in extract(src)]


def test_missing_items_go_on_the_title_without_a_tokki_heading(tmp_path):
    src = tmp_path / "haken.docx"
    d = docx.Document()
    d.add_paragraph("")  # a blank first line: the title is the first paragraph with text
    d.add_paragraph("労働者派遣契約書")
    d.add_paragraph("第1条　派遣元は、派遣労働者を派遣する。")
    d.save(str(src))
    res = DocumentResult(str(src), "dispatch", items=(
        ItemResult("dispatch-secrecy", "第20条第5項", "派遣労働者の秘密保持", "missing",
                   suggestion="派遣元は、派遣労働者に秘密を保持させなければならない。"),))
    out = tmp_path / "out.docx"
    annotate_document(src, res, out)
    annotated = docx.Document(str(out))
    (c,) = list(annotated.comments)
    assert c.author == "contractcheck" and c.initials == "CC"
    assert _range_paragraphs(annotated, c.comment_id) == ["労働者派遣契約書"]
    assert "契約書（又は個人情報取扱特記事項）に次の条項を追加してください（例）:" in c.text


def test_paragraph_numbers_follow_the_extractor(draft):
    """``annotate`` and ``extract.docx`` must number paragraphs the same way."""
    src, _ = draft
    paras = list(_body_paragraphs(docx.Document(str(src)).element.body))
    blocks = [b for b in extract(src) if b.loc.paragraph is not None]
    assert blocks
    for b in blocks:
        text = "".join(t.text or "" for t in paras[b.loc.paragraph - 1].iter(f"{W}t"))
        assert b.text in text


def test_output_rules(draft, tmp_path):
    src, n = draft
    res = _result(src, n)
    out = tmp_path / "out.docx"
    out.write_bytes(b"keep me")
    with pytest.raises(OutputError) as exc:
        annotate_document(src, res, out)
    assert "--force" in exc.value.one_line()
    assert out.read_bytes() == b"keep me"
    annotate_document(src, res, out, force=True)
    assert len(docx.Document(str(out)).comments) == 7
    # Never the original, even with --force.
    before = _sha(src)
    with pytest.raises(OutputError) as exc:
        annotate_document(src, res, src, force=True)
    assert "確認した契約書そのもの" in exc.value.one_line()
    assert _sha(src) == before
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_text_input_becomes_a_docx_with_comments(tmp_path):
    src = tmp_path / "tokki.txt"
    lines = ["個人情報取扱特記事項", "", "（秘密の保持）",
             "第１　乙は、この契約による事務に関して知り得た個人情報を",
             "他に漏らさないよう努めるものとする。", "（再委託）",
             "第２　乙は、再委託することができる。\x01"]
    # CP932 with CRLF as old ward PCs save it, and a stray control character XML cannot hold.
    src.write_bytes("\r\n".join(lines).encode("cp932"))
    f = str(src)
    res = DocumentResult(f, "special-provisions", items=(
        ItemResult("confidentiality", "第20条第1項第1号", "秘密保持・目的外利用の禁止", "weak",
                   evidence=(Evidence(f, "第１", "第１　乙は、この契約による事務に関して知り得た個人情報を"
                                      "他に漏らさないよう努めるものとする。", line=4),),
                   reason="努力義務です。"),
        ItemResult("subcontracting", "第20条第1項第2号", "再委託の制限", "weak",
                   evidence=(Evidence(f, "第２", "第２　乙は、再委託することができる。", line=7),)),
        ItemResult("incident", "第20条第1項第5号", "事故発生時の報告", "missing", suggestion="報告する。"),
    ))
    out = tmp_path / "tokki.docx"
    annotate_document(src, res, out)
    d = docx.Document(str(out))
    texts = [p.text for p in d.paragraphs]
    assert texts[0].startswith("この文書は contractcheck が「tokki.txt」の文字を取り出して")
    assert texts[2:] == lines[:6] + ["第２　乙は、再委託することができる。"]
    got = {c.text.splitlines()[0]: _range_paragraphs(d, c.comment_id) for c in d.comments}
    # The quote runs over two layout lines: the comment covers both.
    assert got["【不十分】秘密保持・目的外利用の禁止（指針第20条第1項第1号）"] == lines[3:5]
    assert got["【不十分】再委託の制限（指針第20条第1項第2号）"] == ["第２　乙は、再委託することができる。"]
    assert got["【記載なし】事故発生時の報告（指針第20条第1項第5号）"] == ["個人情報取扱特記事項"]


def test_stdin_input(tmp_path):
    data = "業務委託契約書\n第1条　乙は秘密を守るよう努める。\n".encode()
    res = DocumentResult("-", "outsourcing", items=(
        ItemResult("confidentiality", "第20条第1項第1号", "秘密保持", "weak",
                   evidence=(Evidence("-", "第1条", "第1条　乙は秘密を守るよう努める。", line=2),)),))
    out = tmp_path / "stdin.docx"
    annotate_document("-", res, out, source_bytes=data)
    d = docx.Document(str(out))
    (c,) = list(d.comments)
    assert _range_paragraphs(d, c.comment_id) == ["第1条　乙は秘密を守るよう努める。"]
    with pytest.raises(InputError):
        annotate_document("-", res, tmp_path / "other.docx")


def _make_pdf(path: Path, pages: list[list[str]]) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("HeiseiMin-W3"))
    c = canvas.Canvas(str(path), pagesize=A4)
    for lines in pages:
        c.setFont("HeiseiMin-W3", 11)
        y = 780
        for line in lines:
            c.drawString(60, y, line)
            y -= 18
        c.showPage()
    c.save()


def test_pdf_input_becomes_a_docx_with_comments(tmp_path):
    src = tmp_path / "keiyaku.pdf"
    _make_pdf(src, [["業務委託契約書", "第1条　甲は乙に業務を委託する。"],
                    ["個人情報取扱特記事項", "第１　乙は、知り得た秘密を漏らさないよう",
                     "努めるものとする。", "第２　乙は、必要に応じ複製できる。"]])
    blocks = extract(src)
    assert any("個人情報取扱特記事項" in b.text for b in blocks), "the PDF must have a text layer"
    f = str(src)
    res = DocumentResult(f, "outsourcing", items=(
        ItemResult("confidentiality", "第20条第1項第1号", "秘密保持", "weak",
                   evidence=(Evidence(f, "第１", "第１　乙は、知り得た秘密を漏らさないよう努めるものとする。",
                                      page=2),)),
        ItemResult("return-deletion", "第20条第1項第6号", "返還・廃棄", "missing"),
    ))
    out = tmp_path / "keiyaku.docx"
    annotate_document(src, res, out)
    d = docx.Document(str(out))
    texts = [p.text for p in d.paragraphs]
    assert "― 2ページ ―" in texts
    got = {c.text.splitlines()[0]: _range_paragraphs(d, c.comment_id) for c in d.comments}
    conf = got["【不十分】秘密保持（指針第20条第1項第1号）"]
    assert [t.replace(" ", "") for t in conf] == ["第１乙は、知り得た秘密を漏らさないよう", "努めるものとする。"]
    assert got["【記載なし】返還・廃棄（指針第20条第1項第6号）"][0].replace(" ", "") == "個人情報取扱特記事項"


def _soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def soffice_to_pdf(docx_path: Path, outdir: Path) -> Path:
    """Convert with LibreOffice headless, comments exported as PDF notes.

    Its own profile directory, so parallel runs (and an officer's open LibreOffice) do not clash.
    """
    profile = outdir / "lo-profile"
    filt = 'pdf:writer_pdf_Export:{"ExportNotes":{"type":"boolean","value":"true"}}'
    subprocess.run([_soffice(), f"-env:UserInstallation=file://{profile}", "--headless",
                    "--norestore", "--convert-to", filt, "--outdir", str(outdir), str(docx_path)],
                   check=True, capture_output=True, timeout=180)
    pdf = outdir / (docx_path.stem + ".pdf")
    assert pdf.exists(), "LibreOffice did not convert the annotated copy"
    return pdf


def _pdf_notes(pdf: Path) -> list[tuple[int, str]]:
    """(page, text) of each note (comment) in a PDF LibreOffice exported."""
    import pdfplumber
    from pdfminer.pdftypes import resolve1

    notes = []
    with pdfplumber.open(pdf) as doc:
        for no, page in enumerate(doc.pages, 1):
            for annot in resolve1(page.page_obj.annots) or []:
                annot = resolve1(annot)
                raw = annot.get("Contents")
                if raw is None:
                    continue
                text = raw.decode("utf-16") if raw[:2] == b"\xfe\xff" else raw.decode("latin-1")
                notes.append((no, text))
    return notes


@pytest.mark.libreoffice
@pytest.mark.skipif(_soffice() is None, reason="LibreOffice (soffice) is not installed")
def test_annotated_copy_opens_in_libreoffice(draft, tmp_path):
    import pdfplumber

    src, n = draft
    out = tmp_path / "annotated.docx"
    annotate_document(src, _result(src, n), out)
    pdf_dir = tmp_path / "pdf"
    pdf_dir.mkdir()
    pdf = soffice_to_pdf(out, pdf_dir)
    with pdfplumber.open(pdf) as doc:
        text = "".join((page.extract_text() or "") for page in doc.pages)
    flat = "".join(text.split())
    # The document text came through LibreOffice unchanged.
    for expected in ("業務委託契約書", "別記個人情報取扱特記事項", "第1条乙は、業務上知り得た秘密を漏らさないよう努めるものとする。",
                     "第３乙は、事故が発生したときは、月次報告において甲に報告するものとする。"):
        assert expected in flat
    # LibreOffice read every comment, the earlier reviewer's included.
    notes = [t for _, t in _pdf_notes(pdf)]
    assert len(notes) == 7  # six new comments and the earlier one
    assert any(t == "安全管理措置の内容を仕様書で確認済み。" for t in notes)
    assert any(t.startswith("【不十分】秘密保持・目的外利用の禁止") and "努力義務にとどまっています" in t
               for t in notes)
    assert sum(t.startswith("【記載なし】") for t in notes) == 2


SAMPLES = Path(__file__).resolve().parent.parent / "samples"


@pytest.mark.ginza
@pytest.mark.skipif(not (SAMPLES / "02_itaku_items_removed.docx").exists(),
                    reason="samples not built")
def test_end_to_end_with_the_engine(tmp_path):
    """The real engine's evidence locations land on the paragraphs that hold the quoted text."""
    from contractcheck.engine import get_engine

    src = SAMPLES / "02_itaku_items_removed.docx"
    before = _sha(src)
    result = get_engine().check_paths([str(src)])
    assert result.error is None
    out = tmp_path / "02_annotated.docx"
    annotate_document(src, result, out)
    assert _sha(src) == before

    d = docx.Document(str(out))
    new = [c for c in d.comments if c.author == "contractcheck"]
    weak = [i for i in result.items if i.status == "weak"]
    missing = [i for i in result.items if i.status == "missing"]
    expected_weak = sum(len({e.paragraph for e in i.evidence}) for i in weak)
    assert len(new) == expected_weak + len(missing)
    for c in new:
        head = c.text.splitlines()[0]
        anchored = "".join(_range_paragraphs(d, c.comment_id))
        item = next(i for i in result.items
                    if head.startswith(f"【{'不十分' if i.status == 'weak' else '記載なし'}】{i.title}"))
        if item.status == "weak":
            assert any(e.text.strip() and "".join(e.text.split()) in "".join(anchored.split())
                       for e in item.evidence), (head, anchored)
        else:
            assert "特記事項" in anchored, (head, anchored)
    shots = os.environ.get("CONTRACTCHECK_SCREENSHOTS")
    if shots and _soffice():
        # The README picture: LibreOffice renders the copy, pdftoppm makes PNG pages.
        pdf_dir = tmp_path / "pdf"
        pdf_dir.mkdir()
        pdf = soffice_to_pdf(out, pdf_dir)
        Path(shots).mkdir(parents=True, exist_ok=True)
        subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "6", str(pdf),
                        str(Path(shots) / "annotate-page")], check=True)
