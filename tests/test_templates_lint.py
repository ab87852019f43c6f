"""templates lint: split tags, syntax errors, undeclared/unused variables, with locations."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner
from docx import Document

from contractcheck.cli_generate import templates
from contractcheck.generate.lint import lint_dir, lint_template

ROOT = Path(__file__).resolve().parents[1]

VARS = """name: t
title: T
description: test
variables:
  name:
    label: 名前
    type: str
    example: 山田
  unused_var:
    label: 使わない変数
    type: str
    example: x
"""


def make(tmp_path: Path, paragraphs, vars_text: str | None = VARS, table=None,
         stem: str = "t") -> Path:
    """paragraphs: list of str (one run) or list of lists (one run per string)."""
    doc = Document()
    for para in paragraphs:
        p = doc.add_paragraph()
        for run in ([para] if isinstance(para, str) else para):
            p.add_run(run)
    if table:
        t = doc.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, text in enumerate(row):
                t.cell(r, c).paragraphs[0].add_run(text)
    path = tmp_path / f"{stem}.docx"
    doc.save(path)
    if vars_text is not None:
        (tmp_path / f"{stem}.vars.yaml").write_text(vars_text.replace("name: t", f"name: {stem}", 1),
                                                   encoding="utf-8")
    return path


def codes(problems):
    return sorted(p.code for p in problems)


def test_bundled_templates_are_clean():
    files, problems = lint_dir(ROOT / "templates")
    assert len(files) == 5
    assert problems == []


def test_split_tag_is_reported_with_its_paragraph(tmp_path):
    path = make(tmp_path, ["前文", ["氏名は{{ na", "me }}です", "{{ unused_var }}"]])
    problems = lint_template(path)
    assert codes(problems) == ["split-tag"]
    assert problems[0].where == "本文2段落"
    assert "{{ name }}" in problems[0].message and "2個" in problems[0].message
    assert str(path) in problems[0].line()


def test_split_tag_inside_table_cell(tmp_path):
    path = make(tmp_path, ["{{ name }}{{ unused_var }}"],
                table=[["見出し", "値"], ["氏名", "x"]])
    doc = Document(path)
    cell = doc.tables[0].cell(1, 1).paragraphs[0]
    cell.add_run("{{ na")
    cell.add_run("me }}")
    doc.save(path)
    problems = lint_template(path)
    assert [(p.code, p.where) for p in problems] == [("split-tag", "表1 2行2列")]


def test_syntax_error_names_the_paragraph(tmp_path):
    path = make(tmp_path, ["{{ name }}{{ unused_var }}", "{%p if name %}", "本文", "三段落目"])
    problems = lint_template(path)
    assert codes(problems) == ["syntax"]
    assert "endif" in problems[0].message or "end of template" in problems[0].message


def test_unknown_filter_is_a_syntax_error(tmp_path):
    path = make(tmp_path, ["{{ name|nosuchfilter }}{{ unused_var }}"])
    problems = lint_template(path)
    assert codes(problems) == ["syntax"] and problems[0].where == "本文1段落"


def test_undeclared_and_unused_variables(tmp_path):
    path = make(tmp_path, ["前文", "{{ name }}と{{ nmae }}", "{%p for r in rows %}", "{{ r.x }}",
                           "{%p endfor %}", "第{{ art() }}条"])
    problems = lint_template(path)
    found = sorted((p.code, p.where) for p in problems)
    assert found == [("undeclared", "本文2段落"), ("undeclared", "本文3段落"),
                     ("unused", "variables.unused_var")]
    assert any("nmae" in p.message for p in problems)
    assert any("rows" in p.message for p in problems)


def test_paragraph_tag_with_text_and_unclosed_tag(tmp_path):
    path = make(tmp_path, ["{%p if name %}ここは消える", "{%p endif %}", "{{ unused_var",
                           "{{ name }}"])
    got = codes(lint_template(path))
    assert "paragraph-tag" in got and "unclosed-tag" in got


def test_row_tag_outside_table(tmp_path):
    path = make(tmp_path, ["{%tr for x in [1] %}", "{%tr endfor %}", "{{ name }}{{ unused_var }}"])
    assert codes(lint_template(path)) == ["row-tag", "row-tag"]


def test_missing_vars_file_and_broken_docx(tmp_path):
    make(tmp_path, ["{{ name }}"], vars_text=None, stem="novars")
    (tmp_path / "broken.docx").write_bytes(b"not a zip")
    (tmp_path / "orphan.vars.yaml").write_text(VARS, encoding="utf-8")
    files, problems = lint_dir(tmp_path)
    assert len(files) == 2
    got = {(Path(p.file).name, p.code) for p in problems}
    assert ("broken.docx", "unreadable") in got
    assert ("novars.vars.yaml", "vars-invalid") in got
    assert ("orphan.vars.yaml", "orphan-vars") in got


def test_cli_exit_codes(tmp_path):
    runner = CliRunner()
    clean = tmp_path / "clean"
    clean.mkdir()
    make(clean, ["{{ name }}{{ unused_var }}"])
    result = runner.invoke(templates, ["lint", str(clean)])
    assert result.exit_code == 0, result.output
    dirty = tmp_path / "dirty"
    dirty.mkdir()
    make(dirty, [["{{ na", "me }}"], "{{ unused_var }}"])
    result = runner.invoke(templates, ["lint", str(dirty)])
    assert result.exit_code == 1
    assert "本文1段落" in result.output and "split-tag" in result.output
    result = runner.invoke(templates, ["lint"])
    assert result.exit_code == 0, result.output
