"""``scan --xlsx``: the scan results as an Excel workbook, for officers who work in Excel.

Two sheets, each with a header row, an autofilter, frozen headers and status colours:

- 「一覧」: one row per document, one column per item (the same table as the HTML report).
- 「指摘」: one row per document and item (file, item, status, article, quote, reason,
  suggested wording); the long form that filters well.

``table_rows`` / ``matrix_rows`` give the plain rows, so a CSV writer can share the columns.

Document text is untrusted: a cell that starts with ``=`` is stored as text, never as a formula,
and characters Excel's XML cannot hold are dropped.
"""

from __future__ import annotations

import io

from ..model import KIND_LABELS, STATUS_LABELS, DocumentResult, Report

MARKS = {"present": "○", "weak": "△", "missing": "×"}
# Same colours as the HTML report (background, text).
FILLS = {"present": ("E3F3E8", "1E6B34"), "weak": ("FFF1C9", "7A4D00"),
         "missing": ("FDE2E2", "A4161A"), "error": ("EFE5FB", "5C2B91")}

DETAIL_HEADER = ["ファイル", "文書の種類", "項目ID", "項目", "指針の根拠", "区分", "状態", "条項",
                 "該当箇所", "根拠の文", "理由", "補足", "文言の例"]
DETAIL_WIDTHS = [36, 22, 18, 26, 18, 6, 10, 10, 14, 50, 40, 30, 50]


def status_text(status: str) -> str:
    return f"{MARKS.get(status, '')}{STATUS_LABELS.get(status, status)}"


def _kind(doc: DocumentResult) -> str:
    return KIND_LABELS.get(doc.kind or "", doc.kind or "")


def table_rows(report: Report) -> list[list[str]]:
    """The long table (without header): one row per document and item; errors as one row."""
    rows = []
    for doc in report.documents:
        if doc.error is not None:
            rows.append([doc.path, "", "", "", "", "", "エラー", "", "", "",
                         doc.error.message, "", ""])
            continue
        for item in doc.items:
            ev = item.evidence[0] if item.evidence else None
            where = ev.location().describe() if ev else ""
            if ev and ev.file and ev.file != doc.path:
                where = f"{ev.file} {where}".strip()
            rows.append([
                doc.path, _kind(doc), item.id, item.title, item.basis,
                "参考" if item.severity == "advisory" else "必須", status_text(item.status),
                (ev.article or "") if ev else "", where,
                "\n".join(e.text for e in item.evidence), item.reason, "\n".join(item.notes),
                item.suggestion if item.status != "present" else ""])
    return rows


def matrix_columns(report: Report) -> list[tuple[str, str]]:
    seen: dict[str, str] = {}
    for doc in report.documents:
        for item in doc.items:
            seen.setdefault(item.id, item.title + ("（参考）" if item.severity == "advisory" else ""))
    return list(seen.items())


def matrix_rows(report: Report) -> tuple[list[str], list[list[str]]]:
    """The wide table: (header, rows), one row per document, one column per item."""
    cols = matrix_columns(report)
    header = ["ファイル", "文書の種類", "記載なしの数", "不十分の数", *[t for _, t in cols], "エラー"]
    rows = []
    for doc in report.documents:
        if doc.error is not None:
            rows.append([doc.path, "", "", "", *[""] * len(cols), doc.error.message])
            continue
        req = [i for i in doc.items if i.severity == "required"]
        row = [doc.path, _kind(doc), sum(i.status == "missing" for i in req),
               sum(i.status == "weak" for i in req)]
        for iid, _ in cols:
            item = doc.item(iid)
            row.append(status_text(item.status) if item else "対象外")
        row.append("")
        rows.append(row)
    return header, rows


def render_xlsx(report: Report, ctx=None) -> bytes:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "一覧"
    header, rows = matrix_rows(report)
    widths = [36, 22, 8, 8, *[10] * (len(header) - 5), 40]
    _fill_sheet(ws, header, rows, widths, wrap_cols=set())
    ws2 = wb.create_sheet("指摘")
    _fill_sheet(ws2, DETAIL_HEADER, table_rows(report), DETAIL_WIDTHS,
                wrap_cols={10, 11, 12, 13})
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def render(report: Report, ctx=None) -> bytes:
    """The reporter interface (``render(report, ctx)``), for a registry entry if wanted."""
    return render_xlsx(report, ctx)


def _fill_sheet(ws, header: list[str], rows: list[list], widths: list[int],
                wrap_cols: set[int]) -> None:
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    head_fill = PatternFill("solid", fgColor="DDE3EA")
    fills = {label: (PatternFill("solid", fgColor=bg), Font(color=fg, bold=True))
             for status, (bg, fg) in FILLS.items()
             for label in ([status_text(status)] if status != "error" else ["エラー"])}
    ws.append([_safe(h) for h in header])
    for cell in ws[1]:
        cell.font = Font(bold=True)
        cell.fill = head_fill
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    for r, row in enumerate(rows, 2):
        for c, value in enumerate(row, 1):
            cell = ws.cell(row=r, column=c)
            if isinstance(value, str):
                cell.value = _safe(value)
                # A contract sentence beginning with "=" must not become a formula.
                cell.data_type = "s"
            else:
                cell.value = value
            style = fills.get(value) if isinstance(value, str) else None
            if style is not None:
                cell.fill, cell.font = style
                cell.alignment = Alignment(horizontal="center", vertical="top")
            elif c in wrap_cols:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
            else:
                cell.alignment = Alignment(vertical="top")
        # The error message in the last column of 一覧 is coloured like an error status.
        if header[-1] == "エラー" and row[-1]:
            ws.cell(row=r, column=len(header)).fill, ws.cell(row=r, column=len(header)).font = \
                fills["エラー"]
    for c, width in enumerate(widths[:len(header)], 1):
        ws.column_dimensions[get_column_letter(c)].width = width
    last = get_column_letter(len(header))
    ws.auto_filter.ref = f"A1:{last}{max(len(rows) + 1, 1)}"
    ws.freeze_panes = "B2"  # keep the header row and the file name in view
    ws.print_title_rows = "1:1"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True


def _safe(text: str) -> str:
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    return ILLEGAL_CHARACTERS_RE.sub("", text)


__all__ = ["render_xlsx", "render", "table_rows", "matrix_rows", "matrix_columns",
           "DETAIL_HEADER", "status_text"]
