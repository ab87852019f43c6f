"""Readable Japanese, one block per item; colour only when writing to a terminal."""

from __future__ import annotations

from ..model import KIND_LABELS, STATUS_LABELS, Report

_COLORS = {"present": "\033[32m", "weak": "\033[33m", "missing": "\033[31m"}
_MARKS = {"present": "○", "weak": "△", "missing": "×"}
_RESET = "\033[0m"


def render(report: Report, ctx=None) -> str:
    color = bool(ctx and ctx.color)
    out: list[str] = []
    for doc in report.documents:
        out.append(f"■ {doc.path}")
        if doc.attachments:
            out.append("  添付: " + "、".join(doc.attachments))
        if doc.error:
            out.append(f"  エラー[{doc.error.code}]: {doc.error.message}")
            out.append("")
            continue
        out.append(f"  文書の種類: {KIND_LABELS.get(doc.kind or '', doc.kind)}")
        for w in doc.warnings:
            out.append(f"  注意: {w}")
        counts = {s: 0 for s in STATUS_LABELS}
        for item in doc.items:
            if item.severity == "required":
                counts[item.status] += 1
        out.append("  結果: " + "　".join(f"{STATUS_LABELS[s]} {n}件" for s, n in counts.items()))
        out.append("")
        for item in doc.items:
            label = STATUS_LABELS[item.status]
            mark = _MARKS[item.status]
            head = f"{mark} {label}"
            if color:
                head = f"{_COLORS[item.status]}{head}{_RESET}"
            adv = "（参考）" if item.severity == "advisory" else ""
            out.append(f"  {head}  {item.title}{adv} [{item.id}] …{item.basis}")
            for ev in item.evidence:
                where = "・".join(x for x in (ev.article, ev.location().describe()) if x)
                out.append(f"      根拠: {where}「{_clip(ev.text)}」")
            if item.reason:
                out.append(f"      理由: {item.reason}")
            for note in item.notes:
                out.append(f"      補足: {note}")
            if item.suggestion and item.status != "present":
                out.append("      追加する文言の例:")
                for line in item.suggestion.strip().splitlines():
                    out.append(f"        {line}")
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def _clip(text: str, limit: int = 120) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit] + "…"
