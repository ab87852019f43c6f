"""GitHub Actions: workflow-command annotations (``render``) and a Markdown job summary
(``render_markdown``).

GitHub shows at most 10 error and 10 warning annotations per step (50 per job), so a store of
hundreds of contracts needs the summary too: the command writes it to ``$GITHUB_STEP_SUMMARY``.
"""

from __future__ import annotations

from ..model import KIND_LABELS, STATUS_LABELS, Report
from ._ci import classify, item_meta, where

MAX_SUMMARY_ROWS = 300  # the step summary is capped at 1 MiB; keep well under it


def _esc_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _esc_prop(text: str) -> str:
    return _esc_data(text).replace(":", "%3A").replace(",", "%2C")


def _cmd(level: str, message: str, *, file: str, title: str, line: int | None = None) -> str:
    props = [f"file={_esc_prop(file)}"]
    if line:
        props.append(f"line={int(line)}")
    props.append(f"title={_esc_prop(title)}")
    return f"::{level} {','.join(props)}::{_esc_data(message)}"


def render(report: Report, ctx=None) -> str:
    lines = []
    for doc in report.documents:
        if doc.error is not None:
            lines.append(_cmd("error", doc.error.message, file=doc.path,
                              title=f"contractcheck: 読み込みエラー（{doc.error.code}）"))
            continue
        for item in doc.items:
            cls = classify(doc, item, ctx)
            if cls == "present":
                continue
            level = {"fail": "error", "known": "notice"}.get(cls, "warning")
            if cls == "info" and item.severity == "advisory":
                level = "notice"
            msg = f"{item.title}（{item.basis}）: {STATUS_LABELS[item.status]}。{item.reason}"
            place = where(item)
            if place:
                msg += f"\n根拠: {place}"
            if cls == "known":
                msg += "\n（ベースラインに記録済み）"
            line = item.evidence[0].line if item.evidence else None
            lines.append(_cmd(level, msg, file=doc.path, line=line,
                              title=f"contractcheck: {item.title or item.id}"))
    return "\n".join(lines) + ("\n" if lines else "")


def _md(text: str) -> str:
    return (text or "").replace("|", "\\|").replace("\n", " ")


def render_markdown(report: Report, ctx=None) -> str:
    meta = item_meta(report, ctx)
    docs = report.documents
    n_err = sum(1 for d in docs if d.error is not None)
    failing_docs = []
    for d in docs:
        if d.error is not None:
            continue
        fails = [it for it in d.items if classify(d, it, ctx) == "fail"]
        if fails:
            failing_docs.append((d, fails))
    out = ["## contractcheck 確認結果", "",
           f"- 文書: {len(docs)}件（指摘あり {len(failing_docs)}件、読み込みエラー {n_err}件）",
           f"- 失敗とする水準: {'不十分以上' if getattr(ctx, 'fail_on', 'weak') != 'missing' else '記載なしのみ'}",
           ""]
    out += ["| 項目 | 根拠 | 記載あり | 不十分 | 記載なし |", "|---|---|---:|---:|---:|"]
    for iid, m in meta.items():
        c = {"present": 0, "weak": 0, "missing": 0}
        for d in docs:
            it = d.item(iid)
            if it is not None and d.error is None:
                c[it.status] += 1
        adv = "（参考）" if m["severity"] == "advisory" else ""
        out.append(f"| {_md(m['title'] or iid)}{adv} | {_md(m['basis'])} | {c['present']} | "
                   f"{c['weak']} | {c['missing']} |")
    out.append("")
    if failing_docs:
        out += ["### 指摘のある文書", "", "| 文書 | 種類 | 指摘 |", "|---|---|---|"]
        for d, fails in failing_docs[:MAX_SUMMARY_ROWS]:
            items = "、".join(f"{f.title or f.id}（{STATUS_LABELS[f.status]}）" for f in fails)
            out.append(f"| `{_md(d.path)}` | {_md(KIND_LABELS.get(d.kind or '', d.kind or ''))} "
                       f"| {_md(items)} |")
        if len(failing_docs) > MAX_SUMMARY_ROWS:
            out.append(f"| …ほか{len(failing_docs) - MAX_SUMMARY_ROWS}件 | | |")
        out.append("")
    if n_err:
        out += ["### 読み込めなかった文書", ""]
        errs = [d for d in docs if d.error is not None]
        for d in errs[:MAX_SUMMARY_ROWS]:
            out.append(f"- `{_md(d.path)}`: {_md(d.error.message)}")
        if len(errs) > MAX_SUMMARY_ROWS:
            out.append(f"- …ほか{len(errs) - MAX_SUMMARY_ROWS}件")
        out.append("")
    return "\n".join(out)
