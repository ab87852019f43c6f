"""``contractcheck templates lint [DIR]``: problems in hand-edited .docx templates.

Word splits what looks like one word into several runs whenever formatting, spell-check or
revision marks touch it; a Jinja tag split that way renders wrong or not at all, and nobody can
see it in Word. This lint finds such tags, tag syntax errors, and variables used by a template
but not declared in its variables file (or declared but never used), each with the file and a
location an officer can find in Word (本文N段落 / 表N M行K列 / ヘッダー / フッター).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import jinja2
from jinja2 import meta

from ..errors import ContractCheckError
from .render import BUILTIN_NAMES, VARS_SUFFIX, make_env
from .spec import load_spec

_TAG_RE = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", re.S)
_STRAY_RE = re.compile(r"\{\{|\{%|\{#|\}\}|%\}|#\}")
# docxtpl's own tag prefixes ({%p if %}, {%tr for %}, {{r x }} ...) are not Jinja syntax.
_DOCXTPL_PREFIX = re.compile(r"(\{[{%]-?)(p|tr|tc|r|cellbg|colspan)(?=\s)")
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@dataclass(frozen=True)
class LintProblem:
    file: str
    where: str
    code: str
    message: str

    def line(self) -> str:
        loc = f"{self.where}: " if self.where else ""
        return f"{self.file}: {loc}{self.message} [{self.code}]"


@dataclass
class _Para:
    where: str
    text: str
    runs: list[int]           # for each character of text, the index of its run
    in_table: bool


def _paragraph(p_el, where: str, in_table: bool) -> _Para:
    text, owners = [], []
    run_ids: dict[int, int] = {}
    for t in p_el.iter(_W + "t"):
        parent = t.getparent()
        key = id(parent)
        run_ids.setdefault(key, len(run_ids))
        s = t.text or ""
        text.append(s)
        owners.extend([run_ids[key]] * len(s))
    return _Para(where, "".join(text), owners, in_table)


def _paragraphs(docx_path: Path) -> list[_Para]:
    from docx import Document

    doc = Document(str(docx_path))
    out: list[_Para] = []
    body = doc.element.body
    n_para = n_table = 0
    for child in body.iterchildren():
        if child.tag == _W + "p":
            n_para += 1
            out.append(_paragraph(child, f"本文{n_para}段落", False))
        elif child.tag == _W + "tbl":
            n_table += 1
            for r, tr in enumerate(child.iterchildren(_W + "tr"), 1):
                for c, tc in enumerate(tr.iterchildren(_W + "tc"), 1):
                    for p in tc.iter(_W + "p"):
                        out.append(_paragraph(p, f"表{n_table} {r}行{c}列", True))
    for s_no, section in enumerate(doc.sections, 1):
        for label, part in (("ヘッダー", section.header), ("フッター", section.footer)):
            if part.is_linked_to_previous and s_no > 1:
                continue
            for i, p in enumerate(part._element.iter(_W + "p"), 1):
                out.append(_paragraph(p, f"{label}{i}段落", False))
    return out


def lint_template(docx_path: str | Path, vars_path: str | Path | None = None) -> list[LintProblem]:
    docx_path = Path(docx_path)
    vars_path = Path(vars_path) if vars_path else docx_path.with_name(docx_path.stem + VARS_SUFFIX)
    name = str(docx_path)
    problems: list[LintProblem] = []
    try:
        paras = _paragraphs(docx_path)
    except Exception as exc:  # a broken zip or XML: report it and go on with other files
        return [LintProblem(name, "", "unreadable",
                            f"Word 文書として読めません（{type(exc).__name__}）")]

    lines = []
    for para in paras:
        for m in _TAG_RE.finditer(para.text):
            runs = set(para.runs[m.start():m.end()])
            if len(runs) > 1:
                problems.append(LintProblem(name, para.where, "split-tag",
                                            f"差込みタグ「{m.group(0)}」が{len(runs)}個の書式区間（ラン）に"
                                            "分かれています。Word でタグを削除し、書式を変えずに一度に入力し直してください"))
            tag = m.group(0)
            if re.match(r"\{%-?p\s", tag) and para.text.strip() != tag:
                problems.append(LintProblem(name, para.where, "paragraph-tag",
                                            f"「{tag}」は段落に単独で置いてください（同じ段落の文章は消えます）"))
            if re.match(r"\{%-?(tr|tc)\s", tag) and not para.in_table:
                problems.append(LintProblem(name, para.where, "row-tag",
                                            f"「{tag}」は表の中でのみ使えます"))
        rest = _TAG_RE.sub("", para.text)
        stray = _STRAY_RE.search(rest)
        if stray:
            problems.append(LintProblem(name, para.where, "unclosed-tag",
                                        f"差込みタグの「{stray.group(0)}」に対応する閉じ（開き）記号が同じ段落にありません"))
        lines.append(_DOCXTPL_PREFIX.sub(lambda m: m.group(1) + " ", para.text))

    source = "\n".join(lines)
    env = make_env()
    try:
        ast = env.parse(source)
        env.compile(source)   # also catches unknown filters and tests
    except jinja2.TemplateSyntaxError as exc:
        where = paras[exc.lineno - 1].where if exc.lineno and exc.lineno <= len(paras) else ""
        problems.append(LintProblem(name, where, "syntax",
                                    f"差込みタグの書式に誤りがあります（{exc.message}）"))
        ast = None

    try:
        spec = load_spec(vars_path, docx_path)
    except ContractCheckError as exc:
        problems.append(LintProblem(str(vars_path), "", "vars-invalid", exc.one_line()))
        return problems
    if ast is None:
        return problems
    used = meta.find_undeclared_variables(ast) - set(env.globals)
    declared = set(spec.names)
    for var in sorted(used - declared - BUILTIN_NAMES):
        problems.append(LintProblem(name, _first_use(paras, var), "undeclared",
                                    f"変数 {var} が変数定義ファイル {vars_path.name} にありません"))
    for var in sorted(declared & BUILTIN_NAMES):
        problems.append(LintProblem(str(vars_path), f"variables.{var}", "reserved",
                                    f"変数名 {var} は予約されています"))
    for var in spec.names:
        if var not in used:
            problems.append(LintProblem(str(vars_path), f"variables.{var}", "unused",
                                        f"変数 {var}（{spec.variable(var).label}）はテンプレートで使われていません"))
    return problems


def _first_use(paras: list[_Para], var: str) -> str:
    pat = re.compile(rf"(?<![\w.]){re.escape(var)}(?!\w)")
    for para in paras:
        for m in _TAG_RE.finditer(para.text):
            if pat.search(m.group(0)):
                return para.where
    return ""


def lint_dir(directory: str | Path) -> tuple[list[Path], list[LintProblem]]:
    """Lint every .docx in ``directory`` (not recursive); return (files, problems)."""
    directory = Path(directory)
    files = sorted(p for p in directory.glob("*.docx") if not p.name.startswith("~$"))
    problems: list[LintProblem] = []
    for docx in files:
        problems.extend(lint_template(docx))
    for vars_path in sorted(directory.glob("*" + VARS_SUFFIX)):
        docx = vars_path.with_name(vars_path.name.removesuffix(VARS_SUFFIX) + ".docx")
        if not docx.exists():
            problems.append(LintProblem(str(vars_path), "", "orphan-vars",
                                        f"対応するテンプレート {docx.name} がありません"))
    return files, problems
