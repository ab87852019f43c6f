"""Finding templates and rendering them with validated data.

Templates may come from outside the project (a ward's hand-edited copy), so they are rendered
in a ``SandboxedEnvironment``: a template can format values but cannot reach Python internals.
``StrictUndefined`` turns a misspelt variable into an error instead of a silent blank in a
contract. Values are XML-escaped (autoescape) so ``&`` or ``<`` in a company name cannot break
or inject into the document.
"""

from __future__ import annotations

import io
import os
import re
import zipfile
from pathlib import Path

import jinja2
from jinja2.sandbox import SandboxedEnvironment

from ..errors import TemplateError
from . import filters
from .spec import TemplateSpec, load_spec

VARS_SUFFIX = ".vars.yaml"
# Names the renderer provides itself; a variables file may not declare them.
BUILTIN_NAMES = frozenset({"art"})
_LEFTOVER_RE = re.compile(r"\{\{|\}\}|\{%|%\}")


def templates_dir() -> Path:
    """The bundled templates: ``$CONTRACTCHECK_TEMPLATES``, else ``templates/`` of a source
    checkout, else ``contractcheck/data/templates`` (where a wheel build may copy them, since
    a top-level folder is not part of an installed package)."""
    env = os.environ.get("CONTRACTCHECK_TEMPLATES")
    if env:
        return Path(env)
    here = Path(__file__).resolve()
    checkout = here.parents[2] / "templates"
    if checkout.is_dir():
        return checkout
    return here.parents[1] / "data" / "templates"


def list_templates(directory: str | Path | None = None) -> list[TemplateSpec]:
    directory = Path(directory) if directory else templates_dir()
    specs = []
    for vars_path in sorted(directory.glob("*" + VARS_SUFFIX)):
        spec = load_spec(vars_path)
        if spec.docx_path.exists():
            specs.append(spec)
    return specs


def find_template(name_or_path: str) -> TemplateSpec:
    """A bundled template by name (``outsourcing``) or a .docx path with its vars file beside."""
    if name_or_path.lower().endswith(".docx") or os.sep in name_or_path or "/" in name_or_path:
        docx = Path(name_or_path)
        if not docx.exists():
            raise TemplateError(f"{docx}: テンプレートファイルが見つかりません。",
                                "ファイル名を確認してください。", path=str(docx))
        return load_spec(docx.with_name(docx.stem + VARS_SUFFIX), docx)
    directory = templates_dir()
    vars_path = directory / (name_or_path + VARS_SUFFIX)
    if not vars_path.exists() or not (directory / (name_or_path + ".docx")).exists():
        known = ", ".join(s.name for s in list_templates(directory))
        raise TemplateError(f"テンプレート「{name_or_path}」はありません。",
                            f"contractcheck generate --list で一覧を確認してください（{known}）。")
    return load_spec(vars_path)


class ArticleCounter:
    """``第{{ art() }}条``: numbers articles in document order, so that an article switched off
    by a variable (e.g. the 特定個人情報 article) leaves no gap in the numbering."""

    def __init__(self) -> None:
        self.n = 0

    def __call__(self) -> int:
        self.n += 1
        return self.n


def make_env() -> SandboxedEnvironment:
    env = SandboxedEnvironment(undefined=jinja2.StrictUndefined, autoescape=True,
                               keep_trailing_newline=True)
    env.filters.update(filters.FILTERS)
    return env


def render_docx(spec: TemplateSpec, context: dict) -> bytes:
    """Render the template with an already validated context; return the .docx bytes."""
    # Imported here so that `generate --list` / `--show-vars` stay fast.
    from docxtpl import DocxTemplate

    for name in BUILTIN_NAMES:
        if name in context:
            raise TemplateError(f"{spec.vars_path.name}: 変数名 {name} は予約されています。",
                                "別の変数名にしてください。")
    ctx = dict(context)
    ctx["art"] = ArticleCounter()
    try:
        tpl = DocxTemplate(str(spec.docx_path))
        tpl.render(ctx, jinja_env=make_env(), autoescape=True)
        buf = io.BytesIO()
        tpl.save(buf)
    except jinja2.exceptions.SecurityError as exc:
        raise TemplateError(f"{spec.docx_path.name}: テンプレートに許可されていない操作があります（{exc}）。",
                            "テンプレートの差込みタグを確認してください。", path=str(spec.docx_path)) from None
    except jinja2.exceptions.UndefinedError as exc:
        raise TemplateError(f"{spec.docx_path.name}: テンプレートが未定義の変数を使っています（{exc.message}）。",
                            "contractcheck templates lint で確認し、変数定義に追加するか綴りを直してください。",
                            path=str(spec.docx_path)) from None
    except jinja2.exceptions.TemplateSyntaxError as exc:
        raise TemplateError(f"{spec.docx_path.name}: テンプレートの差込みタグの書式に誤りがあります（{exc.message}）。",
                            "contractcheck templates lint で場所を確認してください。",
                            path=str(spec.docx_path)) from None
    except jinja2.exceptions.TemplateError as exc:
        raise TemplateError(f"{spec.docx_path.name}: テンプレートを差し込めません（{exc}）。",
                            "contractcheck templates lint で確認してください。",
                            path=str(spec.docx_path)) from None
    except (zipfile.BadZipFile, KeyError, OSError) as exc:
        raise TemplateError(f"{spec.docx_path.name}: テンプレートを Word 文書として読めません（{type(exc).__name__}）。",
                            "テンプレートファイルが壊れていないか確認してください。",
                            path=str(spec.docx_path)) from None
    data = buf.getvalue()
    _self_check(spec, data)
    return data


def document_text(data: bytes) -> list[str]:
    """Every paragraph of a .docx (body, tables, headers, footers) as plain text."""
    from docx import Document

    doc = Document(io.BytesIO(data))
    out: list[str] = []

    def walk(container) -> None:
        for p in container.paragraphs:
            out.append(p.text)
        for t in container.tables:
            for row in t.rows:
                for cell in row.cells:
                    walk(cell)

    walk(doc)
    for section in doc.sections:
        for part in (section.header, section.footer):
            walk(part)
    return out


def _self_check(spec: TemplateSpec, data: bytes) -> None:
    """The render must leave no tag behind: a stray ``{{`` in a signed contract is a defect."""
    for i, text in enumerate(document_text(data), 1):
        if _LEFTOVER_RE.search(text):
            raise TemplateError(
                f"{spec.docx_path.name}: 差し込み後の文書にタグが残りました（{i}段落付近）。",
                "contractcheck templates lint でテンプレートを確認してください。",
                path=str(spec.docx_path))
