"""JUnit XML for CI test-report views (GitLab merge requests, Jenkins, Azure Pipelines).

One ``testsuite`` per document, one ``testcase`` per item. A finding that fails the run is a
``failure``; an unreadable document is an ``error``; a finding recorded in the baseline is
``skipped`` with the reason, so it shows up without turning the pipeline red. Items below the
failure level and advisories pass, with the status in ``system-out``.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from ..model import KIND_LABELS, STATUS_LABELS, Report
from ._ci import classify, where

# XML 1.0 cannot carry most control characters at all, not even escaped; file names can.
_XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def _x(text: str) -> str:
    return _XML_BAD.sub("\ufffd", text or "")


def _message(item) -> str:
    text = f"{item.title or item.id}（{item.basis}）: {STATUS_LABELS[item.status]}。"
    return text + (item.reason or "")


def build(report: Report, ctx=None) -> ET.Element:
    root = ET.Element("testsuites", name="contractcheck")
    totals = {"tests": 0, "failures": 0, "errors": 0, "skipped": 0}
    for doc in report.documents:
        suite = ET.SubElement(root, "testsuite", name=_x(doc.path))
        counts = {"tests": 0, "failures": 0, "errors": 0, "skipped": 0}
        if doc.kind:
            props = ET.SubElement(suite, "properties")
            ET.SubElement(props, "property", name="kind", value=doc.kind)
        if doc.error is not None:
            case = ET.SubElement(suite, "testcase", name="読み込み", classname=_x(doc.path),
                                 time="0")
            err = ET.SubElement(case, "error", message=_x(doc.error.message),
                                type=doc.error.code)
            err.text = _x(doc.error.message)
            counts["tests"] += 1
            counts["errors"] += 1
        for item in doc.items:
            cls = classify(doc, item, ctx)
            label = f"[{item.id}] {item.title}" if item.title else item.id
            case = ET.SubElement(suite, "testcase", name=_x(label), classname=_x(doc.path),
                                 time="0")
            counts["tests"] += 1
            msg = _x(_message(item))
            if cls == "fail":
                f = ET.SubElement(case, "failure", message=msg, type=item.status)
                body = [msg]
                place = where(item)
                if place:
                    body.append(f"根拠: {place}")
                if item.suggestion:
                    body += ["追加する文言の例:", item.suggestion.strip()]
                f.text = _x("\n".join(body))
                counts["failures"] += 1
            elif cls == "known":
                ET.SubElement(case, "skipped", message=_x("ベースラインに記録済みの指摘: " + msg))
                counts["skipped"] += 1
            elif cls == "info":
                out = ET.SubElement(case, "system-out")
                adv = "（参考項目）" if item.severity == "advisory" else ""
                out.text = msg + adv
        for k, v in counts.items():
            suite.set(k, str(v))
            totals[k] += v
        suite.set("time", "0")
        if doc.kind:
            ET.SubElement(suite, "system-out").text = _x(
                "文書の種類: " + KIND_LABELS.get(doc.kind, doc.kind))
    for k in ("tests", "failures", "errors", "skipped"):
        root.set(k, str(totals[k]))
    root.set("time", "0")
    return root


def render(report: Report, ctx=None) -> str:
    root = build(report, ctx)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
