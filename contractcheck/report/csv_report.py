"""CSV, one row per document, for Excel: UTF-8 with a BOM (without it Excel reads the file as
Shift_JIS and the Japanese turns to mojibake) and CRLF line ends."""

from __future__ import annotations

import csv
import io

from ..model import KIND_LABELS, STATUS_LABELS, Report
from ._ci import item_meta

NOT_APPLICABLE = "対象外"


def _cell(value: str) -> str:
    # A file name such as "=HYPERLINK(...)" would run as a formula when the officer opens the
    # CSV (CSV injection); a leading apostrophe makes Excel show it as text.
    if value and value[0] in "=+-@\t\r":
        return "'" + value
    return value


def render_csv(report: Report, ctx=None) -> bytes:
    meta = item_meta(report, ctx)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    header = ["ファイル", "文書の種類"]
    for iid, m in meta.items():
        adv = "（参考）" if m["severity"] == "advisory" else ""
        header.append(f"{m['title'] or iid}{adv} [{iid}]")
    header += ["エラー", "エラーコード"]
    w.writerow(header)
    for doc in report.documents:
        row = [_cell(doc.path), KIND_LABELS.get(doc.kind or "", doc.kind or "")
               if doc.error is None else ""]
        for iid in meta:
            it = doc.item(iid)
            if doc.error is not None:
                row.append("")
            else:
                row.append(STATUS_LABELS[it.status] if it is not None else NOT_APPLICABLE)
        row += [_cell(doc.error.message) if doc.error else "",
                doc.error.code if doc.error else ""]
        w.writerow(row)
    return buf.getvalue().encode("utf-8-sig", errors="replace")


def render(report: Report, ctx=None) -> bytes:
    return render_csv(report, ctx)
