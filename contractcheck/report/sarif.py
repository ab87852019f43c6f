"""SARIF 2.1.0 for code-scanning tools (GitHub code scanning, GitLab, VS Code SARIF viewer).

One rule per item (with the guideline basis and the Japanese help text), one result per item
that is not present, and one result per document that could not be read. Every result has a
``level``: ``error`` when it fails the run at the configured level, ``warning`` when it is below
it, ``note`` for advisories and for findings already recorded in the baseline.
"""

from __future__ import annotations

import json
from urllib.parse import quote

from ..model import STATUS_LABELS, Report
from ..policy import fingerprint
from ._ci import classify, item_meta, known_of, where

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
ERROR_RULE = "document-error"


def _uri(path: str) -> str:
    # Relative paths stay relative (code scanning resolves them against the checkout);
    # Japanese and other non-ASCII names are percent-encoded as a URI requires.
    p = path.replace("\\", "/")
    if len(p) > 1 and p[1] == ":":  # a Windows drive path
        return "file:///" + quote(p, safe="/:")
    if p.startswith("/"):
        return "file://" + quote(p, safe="/")
    return quote(p, safe="/")


def _rule(iid: str, m: dict) -> dict:
    title = m["title"] or iid
    help_lines = [m["summary"] or title, f"根拠: {m['basis']}" if m["basis"] else ""]
    if m["suggestion"]:
        help_lines += ["", "追加する文言の例:", m["suggestion"].strip()]
    help_text = "\n".join(x for x in help_lines if x is not None).strip()
    md = [f"**{title}**（{m['basis']}）" if m["basis"] else f"**{title}**", "",
          m["summary"] or ""]
    if m["suggestion"]:
        md += ["", "追加する文言の例:", "", "```text", m["suggestion"].strip(), "```"]
    level = "error" if m["severity"] == "required" else "note"
    return {
        "id": iid,
        "name": iid.replace("-", " ").title().replace(" ", ""),
        "shortDescription": {"text": f"{title}（{m['basis']}）" if m["basis"] else title},
        "fullDescription": {"text": m["summary"] or title},
        "help": {"text": help_text, "markdown": "\n".join(md).strip()},
        "defaultConfiguration": {"level": level},
        "properties": {"basis": m["basis"], "severity": m["severity"],
                       "tags": ["contract", "personal-information"]},
    }


def _location(path: str, item=None) -> dict:
    phys: dict = {"artifactLocation": {"uri": _uri(path)}}
    loc: dict = {"physicalLocation": phys}
    if item is not None and item.evidence:
        ev = item.evidence[0]
        if ev.line:
            phys["region"] = {"startLine": int(ev.line)}
        extra = {k: v for k, v in (("page", ev.page), ("paragraph", ev.paragraph),
                                    ("article", ev.article)) if v is not None}
        if extra:
            phys["properties"] = extra
        desc = where(item)
        if desc:
            loc["message"] = {"text": desc}
    return loc


def build(report: Report, ctx=None) -> dict:
    meta = item_meta(report, ctx)
    rule_ids = list(meta)
    rules = [_rule(i, meta[i]) for i in rule_ids]
    rules.append({"id": ERROR_RULE, "name": "DocumentError",
                  "shortDescription": {"text": "文書を読み込めませんでした"},
                  "fullDescription": {"text": "ファイルが壊れている、形式が違う、権限がない等の理由で"
                                              "確認できなかった文書です。"},
                  "help": {"text": "メッセージの対処に従ってファイルを直し、再実行してください。"},
                  "defaultConfiguration": {"level": "error"},
                  "properties": {"tags": ["contract"]}})
    index = {r["id"]: n for n, r in enumerate(rules)}
    baseline_in_use = bool(known_of(ctx))
    results, notifications = [], []
    for doc in report.documents:
        if doc.error is not None:
            results.append({"ruleId": ERROR_RULE, "ruleIndex": index[ERROR_RULE],
                            "level": "error", "kind": "fail",
                            "message": {"text": doc.error.message},
                            "locations": [_location(doc.path)],
                            "properties": {"errorCode": doc.error.code}})
            notifications.append({"level": "error", "message": {"text": doc.error.message},
                                  "locations": [_location(doc.path)],
                                  "properties": {"errorCode": doc.error.code}})
            continue
        for item in doc.items:
            cls = classify(doc, item, ctx)
            if cls == "present":
                continue
            if cls == "fail":
                level = "error"
            elif cls == "known" or item.severity == "advisory":
                level = "note"
            else:
                level = "warning"
            text = f"{item.title or item.id}（{item.basis}）: {STATUS_LABELS[item.status]}。"
            if item.reason:
                text += item.reason
            res = {"ruleId": item.id, "ruleIndex": index[item.id], "level": level,
                   "kind": "fail" if cls == "fail" else "review",
                   "message": {"text": text},
                   "locations": [_location(doc.path, item)],
                   "partialFingerprints": {"contractcheck/v1": fingerprint(doc.path, item)},
                   "properties": {"status": item.status, "severity": item.severity,
                                  "documentKind": doc.kind or "unknown"}}
            if baseline_in_use:
                res["baselineState"] = "unchanged" if cls == "known" else "new"
            results.append(res)
    driver = {"name": "contractcheck", "rules": rules}
    version = getattr(ctx, "tool_version", "") if ctx else ""
    if version:
        driver["version"] = version
    return {
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": driver},
            "invocations": [{"executionSuccessful": True,
                             "toolExecutionNotifications": notifications}],
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    }


def render(report: Report, ctx=None) -> str:
    return json.dumps(build(report, ctx), ensure_ascii=False, indent=2) + "\n"
