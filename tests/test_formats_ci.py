"""The CI formats (sarif, junit, github), the CSV for Excel and the scan summary: validated
against the SARIF 2.1.0 schema and a JUnit XSD shipped as fixtures; no GiNZA needed."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
import pytest
import xmlschema

from contractcheck.model import DocumentResult, ErrorInfo, Evidence, ItemResult, Report
from contractcheck.policy import fingerprint
from contractcheck.report import render
from contractcheck.report import RenderContext
from contractcheck.report.csv_report import render_csv
from contractcheck.report.github import render_markdown
from contractcheck.report.summary import render_summary
from test_scan_support import SPECS

FIX = Path(__file__).parent / "fixtures"


def _item(iid, status, *, line=None, page=None, severity=None):
    spec = SPECS[iid]
    ev = ()
    if status != "missing":
        ev = (Evidence(file="x", article="第3条", text="乙は、…しなければならない。", line=line,
                       page=page),)
    return ItemResult(id=iid, basis=spec.basis, title=spec.title, status=status,
                      severity=severity or spec.severity, evidence=ev,
                      reason="" if status == "present" else "甲の承認が要件になっていません。",
                      suggestion=spec.suggestion)


def sample_report() -> Report:
    docs = (
        DocumentResult(path="契約書/委託契約_2024.txt", kind="outsourcing", items=(
            _item("confidentiality", "present", line=12),
            _item("subcontracting", "weak", line=30),
            _item("incident", "missing"),
            _item("annual-check", "missing"))),
        DocumentResult(path="契約書/特記事項 (写し).pdf", kind="special-provisions", items=(
            _item("confidentiality", "weak", page=2),
            _item("subcontracting", "present", page=3),
            _item("incident", "present", page=3),
            _item("annual-check", "present", page=4))),
        DocumentResult(path="契約書/壊れた.docx", error=ErrorInfo(
            "docx-not-zip", "契約書/壊れた.docx: Word文書（.docx）として読めません。")),
        DocumentResult(path="=cmd|' /C calc'!A0.txt", kind="outsourcing", items=(
            _item("confidentiality", "present"),)),
        DocumentResult(path="odd\x01name<&>.txt", kind="dispatch", items=()),
    )
    return Report(documents=docs)


def ctx(**kw) -> RenderContext:
    base = dict(specs=dict(SPECS), tool_version="0.1.0", command="scan")
    base.update(kw)
    return RenderContext(**base)


# ----------------------------------------------------------------------------- SARIF

@pytest.fixture(scope="module")
def sarif_validator():
    schema = json.loads((FIX / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    return jsonschema.Draft4Validator(schema, format_checker=jsonschema.FormatChecker())


@pytest.mark.parametrize("kw", [{}, {"fail_on": "missing"}, {"advisories_fail": True}])
def test_sarif_validates_against_schema(sarif_validator, kw):
    out = json.loads(render(sample_report(), "sarif", ctx(**kw)))
    errors = sorted(sarif_validator.iter_errors(out), key=lambda e: list(e.path))
    assert not errors, [f"{list(e.path)}: {e.message}" for e in errors]


def test_sarif_schema_fixture_rejects_a_broken_log(sarif_validator):
    out = json.loads(render(sample_report(), "sarif", ctx()))
    out["runs"][0]["results"][0]["level"] = "fatal"
    out["runs"][0]["results"][1]["lineNumber"] = 3
    assert len(list(sarif_validator.iter_errors(out))) >= 2


def test_sarif_content():
    report = sample_report()
    out = json.loads(render(report, "sarif", ctx()))
    run = out["runs"][0]
    rules = {r["id"]: r for r in run["tool"]["driver"]["rules"]}
    assert rules["confidentiality"]["properties"]["basis"] == "第20条第1項第1号"
    assert "漏らしてはならない" in rules["confidentiality"]["help"]["text"]
    assert rules["annual-check"]["defaultConfiguration"]["level"] == "note"
    results = run["results"]
    assert all("level" in r for r in results)
    by = {(r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"], r["ruleId"]): r
          for r in results}
    weak = by[("%E5%A5%91%E7%B4%84%E6%9B%B8/%E5%A7%94%E8%A8%97%E5%A5%91%E7%B4%84_2024.txt",
               "subcontracting")]
    assert weak["level"] == "error"
    assert weak["locations"][0]["physicalLocation"]["region"] == {"startLine": 30}
    # Advisory, missing: reported, but never at error level by default.
    adv = [r for r in results if r["ruleId"] == "annual-check"]
    assert adv and adv[0]["level"] == "note"
    # The unreadable document is a result and a tool notification.
    errs = [r for r in results if r["ruleId"] == "document-error"]
    assert len(errs) == 1 and errs[0]["level"] == "error"
    assert run["invocations"][0]["toolExecutionNotifications"]
    # Rule indexes point at the right rule.
    ids = [r["id"] for r in run["tool"]["driver"]["rules"]]
    assert all(ids[r["ruleIndex"]] == r["ruleId"] for r in results)


def test_sarif_levels_follow_fail_on_and_baseline():
    report = sample_report()
    out = json.loads(render(report, "sarif", ctx(fail_on="missing")))
    levels = {(r["ruleId"], r["properties"].get("status")): r["level"]
              for r in out["runs"][0]["results"] if r["ruleId"] != "document-error"}
    assert levels[("subcontracting", "weak")] == "warning"
    assert levels[("incident", "missing")] == "error"
    doc = report.documents[0]
    known = frozenset({fingerprint(doc.path, doc.items[2])})
    out = json.loads(render(report, "sarif", ctx(known=known)))
    states = {(r["ruleId"], r["properties"].get("status")): (r["level"], r.get("baselineState"))
              for r in out["runs"][0]["results"] if r["ruleId"] != "document-error"}
    assert states[("incident", "missing")] == ("note", "unchanged")
    assert states[("subcontracting", "weak")] == ("error", "new")


# ----------------------------------------------------------------------------- JUnit

def test_junit_validates_against_xsd():
    schema = xmlschema.XMLSchema(str(FIX / "junit-10.xsd"))
    for kw in ({}, {"fail_on": "missing"}):
        xml = render(sample_report(), "junit", ctx(**kw))
        schema.validate(xml)


def test_junit_content():
    report = sample_report()
    doc = report.documents[0]
    known = frozenset({fingerprint(doc.path, doc.items[2])})
    root = ET.fromstring(render(report, "junit", ctx(known=known)))
    suites = root.findall("testsuite")
    assert len(suites) == len(report.documents)
    first = suites[0]
    assert first.get("name") == "契約書/委託契約_2024.txt"
    assert first.get("failures") == "1" and first.get("skipped") == "1"
    broken = suites[2]
    assert broken.get("errors") == "1"
    assert broken.find("testcase/error").get("type") == "docx-not-zip"
    assert int(root.get("tests")) == sum(int(s.get("tests")) for s in suites)
    # A control character in a file name cannot break the XML.
    assert "odd" in suites[4].get("name")


# ----------------------------------------------------------------------------- GitHub

def test_github_annotations():
    out = render(sample_report(), "github", ctx())
    lines = out.splitlines()
    assert all(line.startswith(("::error ", "::warning ", "::notice ")) for line in lines)
    weak = [line for line in lines if "line=30" in line]
    assert weak and weak[0].startswith("::error file=契約書/委託契約_2024.txt,line=30,")
    # Newlines in messages and ',' / ':' in properties are escaped.
    assert all("\n" not in line for line in lines)
    assert any("title=contractcheck%3A " in line for line in lines)
    assert any(line.startswith("::notice ") and "年1回以上" in line for line in lines)
    assert any("docx-not-zip" in line for line in lines)


def test_github_markdown_summary():
    md = render_markdown(sample_report(), ctx())
    assert md.startswith("## contractcheck 確認結果")
    assert "| 秘密の保持 | 第20条第1項第1号 | 2 | 1 | 0 |" in md
    assert "`契約書/委託契約_2024.txt`" in md
    assert "壊れた.docx" in md


def test_github_step_summary_written(tmp_path, monkeypatch):
    from contractcheck.commands.output import github_step_summary
    target = tmp_path / "summary.md"
    target.write_text("# 前のステップ\n", encoding="utf-8")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(target))
    github_step_summary(sample_report(), ctx())
    text = target.read_text(encoding="utf-8")
    assert text.startswith("# 前のステップ\n") and "contractcheck 確認結果" in text


# ----------------------------------------------------------------------------- CSV

def test_csv_bytes_for_excel():
    data = render_csv(sample_report(), ctx())
    assert data.startswith(b"\xef\xbb\xbf")            # the BOM Excel needs
    assert "委託契約_2024".encode("utf-8") in data      # Japanese stored as UTF-8, intact
    assert b"\r\n" in data and b"\n" not in data.replace(b"\r\n", b"")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[0][:2] == ["ファイル", "文書の種類"]
    assert rows[0][-2:] == ["エラー", "エラーコード"]
    assert len(rows) == 1 + len(sample_report().documents)
    head = rows[0]
    first = dict(zip(head, rows[1]))
    assert first["秘密の保持 [confidentiality]"] == "記載あり"
    assert first["再委託の制限 [subcontracting]"] == "不十分"
    assert first["年1回以上の確認（参考） [annual-check]"] == "記載なし"
    broken = dict(zip(head, rows[3]))
    assert broken["エラーコード"] == "docx-not-zip"
    # A file name that looks like a formula is neutralised.
    assert rows[4][0].startswith("'=")
    assert dict(zip(head, rows[4]))["事故発生時の報告 [incident]"] == "対象外"


# ----------------------------------------------------------------------------- summary

def test_summary_table():
    text = render_summary(sample_report(), ctx())
    assert "確認した文書: 5件（読み込みエラー 1件）" in text
    assert "秘密の保持" in text and "第20条第1項第1号" in text
    assert "指摘の多い文書" in text
    assert text.index("契約書/委託契約_2024.txt") < text.index("読み込めなかった文書")
    assert "[docx-not-zip]" in text


def test_json_same_shape_as_check():
    out = json.loads(render(sample_report(), "json", ctx()))
    assert out["version"] == 1 and len(out["documents"]) == 5
    assert out["documents"][2]["error"]["code"] == "docx-not-zip"


def test_sarif_rules_from_the_real_patterns(engine, sarif_validator):
    """Rule metadata comes from clause_patterns (basis, help, model wording); no GiNZA needed."""
    specs = engine.specs_by_id()
    out = json.loads(render(sample_report(), "sarif", ctx(specs=specs)))
    assert not list(sarif_validator.iter_errors(out))
    rules = {r["id"]: r for r in out["runs"][0]["tool"]["driver"]["rules"]}
    for iid, spec in specs.items():
        rule = rules[iid]
        assert rule["properties"]["basis"] == spec.basis
        assert spec.basis in rule["help"]["text"]
        level = "note" if spec.severity == "advisory" else "error"
        assert rule["defaultConfiguration"]["level"] == level
