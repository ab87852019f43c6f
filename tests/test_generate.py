"""generate: filters, variables files, validation, rendering, CLI (issue #5)."""

from __future__ import annotations

import datetime as dt
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from docx import Document

from contractcheck.cli_generate import generate
from contractcheck.errors import OutputError, TemplateDataError, TemplateError, UsageError
from contractcheck.generate import (find_template, list_templates, load_spec, read_data_file,
                                    render_docx, validate)
from contractcheck.generate import filters
from contractcheck.generate.render import document_text
from contractcheck.generate.skeleton import skeleton
from contractcheck.generate.spec import load_yaml

ROOT = Path(__file__).resolve().parents[1]
TEMPLATES = ROOT / "templates"
SAMPLES = ROOT / "samples" / "data"
NAMES = ["outsourcing", "special-provisions", "dispatch", "provision-request", "provision-record"]


def sample(name: str) -> dict:
    data, dups = read_data_file(SAMPLES / f"{name}.yaml")
    assert not dups
    return data


def render_sample(name: str, **overrides) -> list[str]:
    spec = find_template(name)
    data = {**sample(name), **overrides}
    return document_text(render_docx(spec, validate(spec, data)))


# ---------------------------------------------------------------- filters

@pytest.mark.parametrize("value, expected", [
    ("2026-04-01", "令和8年4月1日"),
    (dt.date(2019, 5, 1), "令和元年5月1日"),
    (dt.date(2019, 4, 30), "平成31年4月30日"),
    (dt.date(1989, 1, 8), "平成元年1月8日"),
    (dt.date(1989, 1, 7), "昭和64年1月7日"),
    ("2026/12/31", "令和8年12月31日"),
])
def test_wareki(value, expected):
    assert filters.wareki(value) == expected


def test_wareki_kanji_and_month():
    assert filters.wareki("2026-04-01", kanji=True) == "令和八年四月一日"
    assert filters.wareki("2019-05-01", kanji=True) == "令和元年五月一日"
    assert filters.wareki_month("2026-10-15") == "令和8年10月"


def test_to_date_accepts_wareki_text_and_rejects_impossible():
    assert filters.to_date("令和8年4月1日") == dt.date(2026, 4, 1)
    assert filters.to_date("令和元年5月1日") == dt.date(2019, 5, 1)
    for bad in ("2026-02-30", "平成31年5月1日", "2026-13-01", "明日", 20260401):
        with pytest.raises(ValueError):
            filters.to_date(bad)


@pytest.mark.parametrize("value, expected", [
    (1234000, "1,234,000円"), (0, "0円"), ("1,234,000", "1,234,000円"), (999, "999円")])
def test_money(value, expected):
    assert filters.money(value) == expected


@pytest.mark.parametrize("value, plain, daiji", [
    (2, "二", "弐"), (10, "十", "壱拾"), (15, "十五", "壱拾五"), (110, "百十", "壱百壱拾"),
    (2026, "二千二十六", "弐千弐拾六"), (10000, "一万", "壱万"),
    (1234000, "百二十三万四千", "壱百弐拾参万四千"), (100000000, "一億", "壱億"),
])
def test_kansuji(value, plain, daiji):
    assert filters.kansuji(value) == plain
    assert filters.kansuji(value, daiji=True) == daiji


def test_money_kanji():
    assert filters.money_kanji(1234000) == "金壱百弐拾参万四千円"


# ---------------------------------------------------------------- variables files

def test_every_template_has_a_valid_vars_file_and_sample():
    specs = {s.name: s for s in list_templates()}
    assert sorted(specs) == sorted(NAMES)
    for name, spec in specs.items():
        assert spec.docx_path.exists()
        assert (SAMPLES / f"{name}.yaml").exists(), f"sample data for {name}"
        for var in spec.variables:
            assert var.label and var.example is not None


def test_vars_file_unknown_key_is_an_error(tmp_path):
    (tmp_path / "x.vars.yaml").write_text(
        "name: x\ntitle: X\ndescription: d\nvariables:\n  a:\n    label: A\n    type: str\n"
        "    example: e\n    requierd: true\n", encoding="utf-8")
    with pytest.raises(TemplateError, match="requierd"):
        load_spec(tmp_path / "x.vars.yaml")


def test_vars_file_example_must_match_type(tmp_path):
    (tmp_path / "x.vars.yaml").write_text(
        "name: x\ntitle: X\ndescription: d\nvariables:\n  d:\n    label: 日付\n    type: date\n"
        "    example: 2026-02-30\n", encoding="utf-8")
    with pytest.raises(TemplateError, match="example"):
        load_spec(tmp_path / "x.vars.yaml")


def test_yaml_loader_keeps_dates_as_text_and_reports_duplicates():
    data, dups = load_yaml("a: 2026-02-30\nb: 1\nb: 2\n")
    assert data["a"] == "2026-02-30" and dups == ["b"]


# ---------------------------------------------------------------- validation

def test_bad_data_lists_every_problem_in_one_error():
    spec = find_template("outsourcing")
    data = sample("outsourcing")
    del data["contractor_name"]                      # missing
    data["contractr_address"] = data.pop("contractor_address")  # unknown (typo) + missing
    data["amount"] = "百万円"                        # wrong type
    data["period_start"] = "2026-02-30"              # invalid date
    data["period_end"] = "2026-01-01"
    data["copies"] = True                            # bool is not an int
    with pytest.raises(TemplateDataError) as info:
        validate(spec, data, source="vars.yaml")
    problems = info.value.problems
    text = "\n".join(problems)
    assert "contractor_name（受託者（乙）の名称）: 必須の変数がありません" in text
    assert "contractr_address" in text and "contractor_address のことですか" in text
    assert "contractor_address（受託者（乙）の所在地）: 必須" in text
    assert "amount" in text and "整数" in text
    assert "period_start" in text and "存在しない日付" in text
    assert "copies" in text
    assert len(problems) == 6
    line = info.value.one_line()
    assert "vars.yaml" in line and "6件" in line and "\n" not in line


def test_date_order_and_required_if():
    spec = find_template("special-provisions")
    with pytest.raises(TemplateDataError) as info:
        validate(spec, {**sample("special-provisions"), "overseas": True})
    assert any("overseas_country" in p and "true のため必須" in p for p in info.value.problems)
    spec = find_template("outsourcing")
    with pytest.raises(TemplateDataError) as info:
        validate(spec, {**sample("outsourcing"), "period_end": "2026-03-31"})
    assert any("period_end" in p and "より前の日付" in p for p in info.value.problems)


def test_table_rows_are_checked_per_cell():
    spec = find_template("provision-request")
    data = sample("provision-request")
    data["record_items"] = [{"name": "氏名", "bogus": 1}, {"note": "名前なし"}, "文字列"]
    with pytest.raises(TemplateDataError) as info:
        validate(spec, data)
    text = "\n".join(info.value.problems)
    assert "record_items[1].bogus" in text
    assert "record_items[2].name（項目名）: 必須" in text
    assert "record_items[3]" in text


def test_values_with_tags_or_control_characters_are_refused():
    spec = find_template("special-provisions")
    for bad in ("{{ art() }}", "株式会社\x07ベル", "{% if %}"):
        with pytest.raises(TemplateDataError):
            validate(spec, {**sample("special-provisions"), "contractor_name": bad})


def test_defaults_fill_optional_and_required_with_default():
    spec = find_template("special-provisions")
    ctx = validate(spec, {"contractor_name": "A社", "work_name": "B業務"})
    assert ctx["client_name"] == "練馬区" and ctx["report_frequency"] == "毎月"
    assert ctx["cloud"] is False and ctx["masking_method"] is None


# ---------------------------------------------------------------- rendering

@pytest.mark.parametrize("name", NAMES)
def test_every_template_renders_with_its_sample(name):
    text = "\n".join(render_sample(name))
    assert "{{" not in text and "{%" not in text and "None" not in text
    assert "令和" in text


def test_outsourcing_formats_dates_money_and_kanji():
    text = "\n".join(render_sample("outsourcing"))
    assert "令和8年4月1日から令和9年3月31日まで" in text
    assert "1,234,000円" in text and "112,181円" in text
    assert "本書二通を作成し" in text
    assert "別添の個人情報取扱特記事項（以下「特記事項」という。）を遵守しなければならない" in text


def test_special_provisions_optional_sections_and_numbering():
    def articles(paras):
        return [p.split("\u3000")[0] for p in paras if p.startswith("第") and "条\u3000" in p[:6]]

    full = render_sample("special-provisions", cloud=True, specific_personal_info=True,
                         overseas=True, overseas_country="シンガポール共和国")
    minimal = render_sample("special-provisions", cloud=False, specific_personal_info=False,
                            overseas=False, masking_method=None)
    for paras in (full, minimal):
        nums = articles(paras)
        assert nums == [f"第{i}条" for i in range(1, len(nums) + 1)], "no gap in numbering"
    full_text, min_text = "\n".join(full), "\n".join(minimal)
    assert "（特定個人情報の取扱い）" in full_text and "（特定個人情報の取扱い）" not in min_text
    assert "（クラウドサービスの利用）" in full_text and "クラウドサービス" not in min_text
    assert "シンガポール共和国において" in full_text
    assert "日本国外において取り扱い、又は日本国外に所在するサーバに保存してはならない" in min_text
    assert "本業務において前項の規定により講ずる措置は" not in min_text
    assert len(articles(full)) == len(articles(minimal)) + 2


def test_provision_request_safety_section_only_for_non_public_bodies():
    private = "\n".join(render_sample("provision-request"))
    assert "安全確保の措置等（法第70条）" in private and "実地の調査に応じます" in private
    public = "\n".join(render_sample("provision-request", recipient_is_public_body=True))
    assert "安全確保の措置等" not in public
    asked = "\n".join(render_sample("provision-request", recipient_is_public_body=True,
                                    require_safety_measures=True))
    assert "安全確保の措置等" in asked


def test_provision_request_record_items_table():
    doc_text = render_sample("provision-request")
    for item in ("生年月", "性別", "町丁目", "世帯人員", "日は提供しない"):
        assert item in doc_text


def test_autoescape_keeps_markup_characters_as_text():
    text = "\n".join(render_sample("special-provisions", contractor_name='A&B <株> "C"'))
    assert 'A&B <株> "C"（以下「乙」という。）' in text


def test_multiline_text_becomes_line_breaks():
    spec = find_template("provision-request")
    ctx = validate(spec, {**sample("provision-request"), "purpose": "一行目\n二行目"})
    doc = Document(io.BytesIO(render_docx(spec, ctx)))
    xml = doc.element.xml
    assert "一行目" in xml and "<w:br/>" in xml


def _tiny_template(tmp_path, body: str, variables: str = "") -> Path:
    doc = Document()
    doc.add_paragraph(body)
    path = tmp_path / "t.docx"
    doc.save(path)
    (tmp_path / "t.vars.yaml").write_text(
        "name: t\ntitle: T\ndescription: test\nvariables:\n" + (variables or
        "  x:\n    label: X\n    type: str\n    example: e\n"), encoding="utf-8")
    return path


def test_sandbox_blocks_python_internals(tmp_path):
    path = _tiny_template(tmp_path, "{{ x.__class__.__mro__[1].__subclasses__() }}")
    spec = find_template(str(path))
    with pytest.raises(TemplateError, match="許可されていない"):
        render_docx(spec, validate(spec, {"x": "a"}))


def test_strict_undefined(tmp_path):
    path = _tiny_template(tmp_path, "{{ y }}")
    spec = find_template(str(path))
    with pytest.raises(TemplateError, match="未定義"):
        render_docx(spec, validate(spec, {"x": "a"}))


def test_unknown_template_name():
    with pytest.raises(TemplateError) as info:
        find_template("no-such-template")
    assert "generate --list" in info.value.one_line()


# ---------------------------------------------------------------- skeleton

@pytest.mark.parametrize("name", NAMES)
def test_show_vars_skeleton_is_yaml_with_every_variable(name):
    spec = find_template(name)
    text = skeleton(spec)
    data, dups = load_yaml(text)
    assert not dups and list(data) == spec.names
    for var in spec.variables:
        assert var.label in text
    # An unedited skeleton must not pass: required values are empty, not sample values.
    required_without_default = [v for v in spec.variables if v.required and v.default is None]
    if required_without_default:
        with pytest.raises(TemplateDataError) as info:
            validate(spec, data)
        assert len(info.value.problems) == len(required_without_default)


def test_skeleton_filled_with_examples_renders():
    # The examples in the variables file must themselves produce a valid document.
    for name in NAMES:
        spec = find_template(name)
        data = {v.name: v.example for v in spec.variables}
        render_docx(spec, validate(spec, data))


# ---------------------------------------------------------------- CLI

def invoke(args, **kw):
    return CliRunner().invoke(generate, args, catch_exceptions=True, **kw)


def test_cli_list():
    result = invoke(["--list"])
    assert result.exit_code == 0
    for name in NAMES:
        assert name in result.output
    assert "保有個人情報提供依頼書" in result.output


def test_cli_show_vars():
    result = invoke(["dispatch", "--show-vars"])
    assert result.exit_code == 0
    assert "# 指揮命令者（職・氏名）（必須・文字列）" in result.output


def test_cli_generate_writes_docx_and_refuses_to_overwrite(tmp_path):
    out = tmp_path / "契約書.docx"
    data = str(SAMPLES / "outsourcing.yaml")
    result = invoke(["outsourcing", "--data", data, "-o", str(out)])
    assert result.exit_code == 0, result.output
    first = out.read_bytes()
    assert Document(str(out)).paragraphs[0].text == "業務委託契約書"
    result = invoke(["outsourcing", "--data", data, "-o", str(out)])
    assert isinstance(result.exception, OutputError)
    assert out.read_bytes() == first
    result = invoke(["outsourcing", "--data", data, "-o", str(out), "--force"])
    assert result.exit_code == 0


def test_cli_json_data(tmp_path):
    data = sample("dispatch")
    (tmp_path / "d.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "d.docx"
    result = invoke(["dispatch", "--data", str(tmp_path / "d.json"), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert out.exists()


def test_cli_bad_data_one_error_nothing_written(tmp_path):
    bad = sample("outsourcing")
    bad.pop("work_name")
    bad["extra_field"] = 1
    bad["amount"] = "abc"
    bad["contract_date"] = "2026-04-31"
    (tmp_path / "bad.yaml").write_text(yaml.safe_dump(bad, allow_unicode=True), encoding="utf-8")
    out = tmp_path / "out.docx"
    result = invoke(["outsourcing", "--data", str(tmp_path / "bad.yaml"), "-o", str(out)])
    assert isinstance(result.exception, TemplateDataError)
    assert len(result.exception.problems) == 4
    assert not out.exists() and list(tmp_path.iterdir()) == [tmp_path / "bad.yaml"]


def test_cli_main_maps_errors_to_exit_2(tmp_path):
    cli = pytest.importorskip("contractcheck.cli")
    (tmp_path / "bad.yaml").write_text("amount: x\n", encoding="utf-8")
    code = cli.run(["generate", "outsourcing", "--data", str(tmp_path / "bad.yaml"),
                    "-o", str(tmp_path / "o.docx")])
    assert code == 2 and not (tmp_path / "o.docx").exists()


def test_cli_usage_errors():
    assert isinstance(invoke([]).exception, UsageError)
    assert isinstance(invoke(["outsourcing"]).exception, UsageError)


def test_cli_interactive(tmp_path):
    spec = find_template("special-provisions")
    answers = {
        "client_name": "", "contractor_name": "株式会社テスト", "work_name": "テスト業務委託",
        "report_frequency": "四半期ごと", "masking_method": "", "cloud": "n", "overseas": "n",
        "overseas_country": "", "specific_personal_info": "y",
    }
    assert list(answers) == spec.names
    out = tmp_path / "sp.docx"
    result = invoke(["special-provisions", "--interactive", "-o", str(out)],
                    input="\n".join(answers.values()) + "\n")
    assert result.exit_code == 0, result.output
    text = "\n".join(document_text(out.read_bytes()))
    assert "株式会社テスト（以下「乙」という。）" in text
    assert "定期的に（四半期ごと）" in text and "（特定個人情報の取扱い）" in text


def test_generate_and_lint_do_not_import_spacy(tmp_path):
    code = (
        "import sys\n"
        "from click.testing import CliRunner\n"
        "from contractcheck.cli_generate import generate, templates\n"
        "r = CliRunner()\n"
        "assert r.invoke(generate, ['--help']).exit_code == 0\n"
        "assert r.invoke(generate, ['--list']).exit_code == 0\n"
        f"assert r.invoke(generate, ['outsourcing', '--data', {str(SAMPLES / 'outsourcing.yaml')!r},"
        f" '-o', {str(tmp_path / 'o.docx')!r}]).exit_code == 0\n"
        "assert r.invoke(templates, ['lint']).exit_code == 0\n"
        "try:\n"
        "    import contractcheck.cli as cli\n"
        "    cli.run(['--help']); cli.run(['generate', '--list'])\n"
        "except ImportError:\n"
        "    pass\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('spacy', 'ginza', 'thinc'))\n"
        "assert not bad, bad\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                          env={**__import__("os").environ, "PYTHONPATH": str(ROOT)})
    assert proc.returncode == 0, proc.stderr


# ---------------------------------------------------------------- committed .docx

def test_committed_templates_match_their_sources():
    sys.path.insert(0, str(TEMPLATES))
    try:
        import build
    finally:
        sys.path.remove(str(TEMPLATES))
    srcs = build.sources(TEMPLATES)
    assert sorted(s.name.removesuffix(".src.txt") for s in srcs) == sorted(NAMES)
    for src in srcs:
        docx = src.with_name(src.name.removesuffix(".src.txt") + ".docx")
        assert docx.read_bytes() == build.build(src), (
            f"{docx.name} differs from {src.name}: run python templates/build.py")
