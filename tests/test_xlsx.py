"""``scan --xlsx``: header row, filters, frozen panes, status colours; text stays text."""

from __future__ import annotations

import io

from openpyxl import load_workbook

from contractcheck.model import DocumentResult, ErrorInfo, Evidence, ItemResult, Report
from contractcheck.report.xlsx import DETAIL_HEADER, render_xlsx


def _report() -> Report:
    a = DocumentResult("keiyaku/a.docx", "outsourcing", (
        ItemResult("confidentiality", "第20条第1項第1号", "秘密保持・目的外利用の禁止", "present",
                   evidence=(Evidence("keiyaku/a.docx", "第5条", "乙は、秘密を漏らしてはならない。",
                                      paragraph=12),)),
        ItemResult("subcontracting", "第20条第1項第2号", "再委託の制限", "weak",
                   evidence=(Evidence("keiyaku/a.docx", "第9条",
                                      '=HYPERLINK("http://example.invalid","x")\x07乙は再委託できる。',
                                      paragraph=30),),
                   reason="甲の承認なしに再委託できます。", notes=("子会社の定めがありません。",),
                   suggestion="乙は、甲の承認を得なければ再委託してはならない。"),
        ItemResult("annual-check", "第20条第3項", "年1回以上の確認", "missing", severity="advisory",
                   suggestion="甲は、年1回以上確認する。"),
    ))
    b = DocumentResult("keiyaku/b.pdf", error=ErrorInfo("pdf-no-text", "keiyaku/b.pdf: PDFに文字情報がありません。"))
    c = DocumentResult("keiyaku/c.docx", "dispatch", (
        ItemResult("dispatch-secrecy", "第20条第5項", "派遣労働者の秘密保持", "missing"),))
    return Report(documents=(a, b, c))


def _load():
    return load_workbook(io.BytesIO(render_xlsx(_report())))


def test_overview_sheet():
    wb = _load()
    ws = wb["一覧"]
    rows = [[c.value for c in r] for r in ws.iter_rows()]
    assert rows[0] == ["ファイル", "文書の種類", "記載なしの数", "不十分の数", "秘密保持・目的外利用の禁止",
                       "再委託の制限", "年1回以上の確認（参考）", "派遣労働者の秘密保持", "エラー"]
    assert rows[1] == ["keiyaku/a.docx", "業務委託契約（特記事項を含む）", 0, 1, "○記載あり", "△不十分",
                       "×記載なし", "対象外", None]
    assert rows[2][0] == "keiyaku/b.pdf" and rows[2][-1] == "keiyaku/b.pdf: PDFに文字情報がありません。"
    assert rows[3][2] == 1 and rows[3][7] == "×記載なし"
    assert ws.auto_filter.ref == "A1:I4"
    assert ws.freeze_panes == "B2"
    assert ws["A1"].font.b
    # Status colours (and the words, so colour is not the only signal).
    assert ws["E2"].fill.fgColor.rgb.endswith("E3F3E8")
    assert ws["F2"].fill.fgColor.rgb.endswith("FFF1C9")
    assert ws["G2"].fill.fgColor.rgb.endswith("FDE2E2")
    assert ws["I3"].fill.fgColor.rgb.endswith("EFE5FB")


def test_detail_sheet_and_untrusted_text():
    wb = _load()
    ws = wb["指摘"]
    rows = [[c.value for c in r] for r in ws.iter_rows()]
    assert rows[0] == DETAIL_HEADER
    assert len(rows) == 1 + 3 + 1 + 1
    sub = rows[2]
    assert sub[:9] == ["keiyaku/a.docx", "業務委託契約（特記事項を含む）", "subcontracting", "再委託の制限",
                       "第20条第1項第2号", "必須", "△不十分", "第9条", "30段落"]
    # Stored as text, not a formula; the control character is gone.
    cell = ws.cell(row=3, column=10)
    assert cell.data_type == "s"
    assert cell.value == '=HYPERLINK("http://example.invalid","x")乙は再委託できる。'
    assert sub[10:] == ["甲の承認なしに再委託できます。", "子会社の定めがありません。",
                        "乙は、甲の承認を得なければ再委託してはならない。"]
    assert rows[3][5] == "参考" and rows[3][6] == "×記載なし"
    assert rows[4][6] == "エラー" and rows[4][10] == "keiyaku/b.pdf: PDFに文字情報がありません。"
    assert ws.auto_filter.ref == "A1:M6"
    assert ws.freeze_panes == "B2"
    assert ws["G3"].fill.fgColor.rgb.endswith("FFF1C9")


def test_no_formula_anywhere():
    raw = render_xlsx(_report())
    import zipfile

    with zipfile.ZipFile(io.BytesIO(raw)) as z:
        for name in z.namelist():
            if name.startswith("xl/worksheets/"):
                assert b"<f>" not in z.read(name)


def test_empty_report():
    wb = load_workbook(io.BytesIO(render_xlsx(Report())))
    assert [c.value for c in wb["一覧"][1]][:2] == ["ファイル", "文書の種類"]
