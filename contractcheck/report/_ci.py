"""Helpers shared by the CI-facing reporters (sarif, junit, github, csv, summary).

They stay pure: everything they need comes from the ``Report`` and the ``RenderContext``.
"""

from __future__ import annotations

import unicodedata

from ..model import DocumentResult, ItemResult, Report
from ..policy import fingerprint, is_failure


def known_of(ctx) -> frozenset:
    return getattr(ctx, "known", None) or frozenset()


def classify(doc: DocumentResult, item: ItemResult, ctx) -> str:
    """'present' | 'fail' (fails the run) | 'known' (would fail, recorded in the baseline) |
    'info' (not present, but below the failure level or an advisory)."""
    if item.status == "present":
        return "present"
    fail_on = getattr(ctx, "fail_on", "weak") or "weak"
    adv = bool(getattr(ctx, "advisories_fail", False))
    if is_failure(item, fail_on, adv):
        return "known" if fingerprint(doc.path, item) in known_of(ctx) else "fail"
    return "info"


def spec_attr(spec, name: str, default=""):
    if spec is None:
        return default
    if isinstance(spec, dict):
        return spec.get(name, default)
    return getattr(spec, name, default)


def item_order(report: Report, ctx) -> list[str]:
    """Item ids in pattern order (from the specs), then any others in first-seen order."""
    specs = getattr(ctx, "specs", None) or {}
    order = list(specs)
    seen = set(order)
    for doc in report.documents:
        for it in doc.items:
            if it.id not in seen:
                seen.add(it.id)
                order.append(it.id)
    return order


def item_meta(report: Report, ctx) -> dict[str, dict]:
    """id -> title/basis/severity/summary/suggestion, from the specs or else from the results."""
    specs = getattr(ctx, "specs", None) or {}
    meta: dict[str, dict] = {}
    for iid in item_order(report, ctx):
        s = specs.get(iid)
        meta[iid] = {"title": spec_attr(s, "title"), "basis": spec_attr(s, "basis"),
                     "severity": spec_attr(s, "severity", "required") or "required",
                     "summary": spec_attr(s, "summary"), "suggestion": spec_attr(s, "suggestion")}
    for doc in report.documents:
        for it in doc.items:
            m = meta[it.id]
            m["title"] = m["title"] or it.title
            m["basis"] = m["basis"] or it.basis
            if not specs.get(it.id):
                m["severity"] = it.severity
            m["suggestion"] = m["suggestion"] or it.suggestion
    return meta


def where(item: ItemResult) -> str:
    """A Japanese description of the first evidence's place, e.g. 「第5条・3ページ」."""
    if not item.evidence:
        return ""
    ev = item.evidence[0]
    return "・".join(x for x in (ev.article, ev.location().describe()) if x)


def display_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def pad(text: str, width: int) -> str:
    return text + " " * max(0, width - display_width(text))


def clip(text: str, width: int, *, keep_end: bool = True) -> str:
    """Cut ``text`` to ``width`` terminal columns: a path keeps its end (the file name), a title
    its beginning."""
    if display_width(text) <= width:
        return text
    if not keep_end:
        out = ""
        for ch in text:
            if display_width(out) + display_width(ch) > width - 1:
                break
            out += ch
        return out + "…"
    out = ""
    for ch in reversed(text):
        if display_width(out) + display_width(ch) > width - 1:
            break
        out = ch + out
    return "…" + out
