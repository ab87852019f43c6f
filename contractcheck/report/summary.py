"""The scan summary for the terminal: per item, how many documents have it present / weak /
missing; then the worst documents and the unreadable ones. A per-document listing of thousands
of files is what --csv / --format json are for."""

from __future__ import annotations

from ..model import STATUS_LABELS, Report
from ._ci import classify, clip, item_meta, pad

WORST_N = 10
ERRORS_N = 20


def render_summary(report: Report, ctx=None, *, interrupted: int = 0) -> str:
    meta = item_meta(report, ctx)
    docs = report.documents
    ok_docs = [d for d in docs if d.error is None]
    errs = [d for d in docs if d.error is not None]
    out = []
    head = f"確認した文書: {len(docs)}件（読み込みエラー {len(errs)}件）"
    if interrupted:
        head += f"　※中断したため未確認 {interrupted}件"
    out += [head, ""]

    names = {iid: (m["title"] or iid) + ("（参考）" if m["severity"] == "advisory" else "")
             for iid, m in meta.items()}
    w = max([12] + [min(34, _w(n)) for n in names.values()])
    cols = [STATUS_LABELS["present"], STATUS_LABELS["weak"], STATUS_LABELS["missing"], "対象外"]
    out.append(pad("項目", w) + "  " + "  ".join(pad(c, 8) for c in cols) + "  根拠")
    out.append("-" * (w + 2 + 10 * len(cols) + 12))
    for iid, m in meta.items():
        c = {"present": 0, "weak": 0, "missing": 0}
        na = 0
        for d in ok_docs:
            it = d.item(iid)
            if it is None:
                na += 1
            else:
                c[it.status] += 1
        nums = [c["present"], c["weak"], c["missing"], na]
        out.append(pad(clip(names[iid], w, keep_end=False), w) + "  "
                   + "  ".join(pad(str(n).rjust(6), 8) for n in nums) + "  " + m["basis"])
    out.append("")

    scored = []
    for n, d in enumerate(ok_docs):
        fails = [it for it in d.items if classify(d, it, ctx) == "fail"]
        if fails:
            score = sum(2 if f.status == "missing" else 1 for f in fails)
            scored.append((-score, n, d, fails))
    scored.sort(key=lambda t: (t[0], t[1]))
    if scored:
        out.append(f"指摘の多い文書（上位{min(WORST_N, len(scored))}件／指摘あり {len(scored)}件）:")
        for _, _, d, fails in scored[:WORST_N]:
            miss = sum(1 for f in fails if f.status == "missing")
            weak = len(fails) - miss
            out.append(f"  {d.path}  記載なし{miss}件・不十分{weak}件")
        out.append("")
    else:
        out += ["指摘のある文書はありません。", ""]
    if errs:
        out.append(f"読み込めなかった文書（{len(errs)}件）:")
        for d in errs[:ERRORS_N]:
            out.append(f"  [{d.error.code}] {d.error.message}")
        if len(errs) > ERRORS_N:
            out.append(f"  …ほか{len(errs) - ERRORS_N}件（--csv で一覧を出力できます）")
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def _w(text: str) -> int:
    from ._ci import display_width
    return display_width(text)


def render(report: Report, ctx=None) -> str:
    return render_summary(report, ctx)
