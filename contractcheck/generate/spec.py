"""Template variables files (``templates/NAME.vars.yaml``): strict loading and data validation.

A variables file is the template's public interface: every variable the .docx uses, its Japanese
label, whether it is required, its type and an example. ``generate`` validates the officer's
data against it *before* rendering, and reports every problem at once (one error, exit 2),
because an officer fixing one problem per run would give up.
"""

from __future__ import annotations

import datetime as _dt
import difflib
import json
import re
import types
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from ..errors import TemplateDataError, TemplateError
from . import filters
from ..yaml_keys import duplicate_keys

TYPES = ("str", "text", "int", "money", "date", "bool", "choice", "list", "table")
TYPE_LABELS = {
    "str": "文字列", "text": "文章（複数行可）", "int": "整数", "money": "金額（円・整数）",
    "date": "日付 YYYY-MM-DD", "bool": "true/false", "choice": "選択", "list": "文字列のリスト",
    "table": "表",
}
_VAR_KEYS = {"label", "type", "required", "example", "default", "help", "choices", "columns",
             "not_before", "required_if"}
_COLUMN_TYPES = ("str", "text", "int", "money", "date", "bool", "choice")
_FILE_KEYS = {"name", "title", "description", "variables"}
_NAME_RE = re.compile(r"[a-z][a-z0-9_]*\Z")
# Control characters other than tab/newline would reach the .docx XML (docxtpl turns \a and \f
# into new paragraphs and pages), so they are refused in data.
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_TAG_RE = re.compile(r"\{\{|\}\}|\{%|%\}|\{#|#\}")


class _Loader(yaml.SafeLoader):
    """SafeLoader without implicit timestamps and with duplicate-key detection.

    PyYAML turns ``2026-02-30`` into an exception inside the parser and ``2026-04-01`` into a
    date; we want both as text so that *our* validation reports an invalid date together with
    every other problem. A duplicated key silently wins in PyYAML; here it is a problem.
    """

    duplicates: list[str]


_Loader.yaml_implicit_resolvers = {
    ch: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for ch, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _construct_mapping(loader: _Loader, node, deep=False):
    loader.duplicates.extend(str(key) for key, _ in duplicate_keys(loader, node, deep))
    return yaml.SafeLoader.construct_mapping(loader, node, deep=deep)


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def load_yaml(text: str) -> tuple[Any, list[str]]:
    """Parse YAML (JSON is YAML too) with our loader; return (data, duplicated keys)."""
    loader = _Loader(text)
    loader.duplicates = []
    try:
        return loader.get_single_data(), loader.duplicates
    finally:
        loader.dispose()


class Row(types.SimpleNamespace):
    """One row of a table variable. An object, not a dict: in Jinja ``row.items`` on a dict is
    the dict method, so a column called ``items`` or ``values`` would render as garbage."""


@dataclass(frozen=True)
class Variable:
    name: str
    label: str
    type: str
    required: bool = False
    example: Any = None
    default: Any = None
    help: str = ""
    choices: tuple[str, ...] = ()
    columns: tuple["Variable", ...] = ()
    not_before: str | None = None
    required_if: str | None = None   # name of a bool variable that makes this one required

    def type_label(self) -> str:
        if self.type == "choice":
            return "選択: " + " / ".join(self.choices)
        return TYPE_LABELS[self.type]


@dataclass(frozen=True)
class TemplateSpec:
    name: str
    title: str
    description: str
    variables: tuple[Variable, ...]
    docx_path: Path
    vars_path: Path

    def variable(self, name: str) -> Variable | None:
        return next((v for v in self.variables if v.name == name), None)

    @property
    def names(self) -> list[str]:
        return [v.name for v in self.variables]


def _spec_problem(path: Path, where: str, what: str) -> TemplateError:
    return TemplateError(f"{path.name}: 変数定義の {where} が不正です（{what}）。",
                         "テンプレートの変数定義ファイルを修正してください。", path=str(path))


def _parse_variable(path: Path, name: str, raw: Any, *, column: bool = False,
                    where: str = "") -> Variable:
    where = where or f"variables.{name}"
    if not isinstance(name, str) or not _NAME_RE.match(name):
        raise _spec_problem(path, where, "変数名は英小文字・数字・_ で書いてください")
    if not isinstance(raw, dict):
        raise _spec_problem(path, where, "label, type などを持つ対応表にしてください")
    unknown = set(raw) - _VAR_KEYS
    if unknown:
        raise _spec_problem(path, where, "未知のキー " + ", ".join(sorted(map(str, unknown))))
    label, vtype = raw.get("label"), raw.get("type")
    if not isinstance(label, str) or not label.strip():
        raise _spec_problem(path, where, "label（日本語の名前）がありません")
    allowed = _COLUMN_TYPES if column else TYPES
    if vtype not in allowed:
        raise _spec_problem(path, where, "type は " + ", ".join(allowed) + " のいずれか")
    required = raw.get("required", False)
    if not isinstance(required, bool):
        raise _spec_problem(path, where, "required は true/false")
    choices = raw.get("choices", ())
    if vtype == "choice":
        if not (isinstance(choices, list) and choices and all(isinstance(c, str) for c in choices)):
            raise _spec_problem(path, where, "choice には choices（文字列のリスト）が必要です")
    elif "choices" in raw:
        raise _spec_problem(path, where, "choices は type: choice でのみ使えます")
    columns: tuple[Variable, ...] = ()
    if vtype == "table":
        cols = raw.get("columns")
        if not isinstance(cols, dict) or not cols:
            raise _spec_problem(path, where, "table には columns が必要です")
        columns = tuple(_parse_variable(path, c, spec, column=True, where=f"{where}.columns.{c}")
                        for c, spec in cols.items())
    elif "columns" in raw:
        raise _spec_problem(path, where, "columns は type: table でのみ使えます")
    if "example" not in raw:
        raise _spec_problem(path, where, "example（記入例）がありません")
    help_text = raw.get("help", "")
    if not isinstance(help_text, str):
        raise _spec_problem(path, where, "help は文字列")
    var = Variable(name=name, label=label.strip(), type=vtype, required=required,
                   example=raw.get("example"), default=raw.get("default"), help=help_text,
                   choices=tuple(choices), columns=columns, not_before=raw.get("not_before"),
                   required_if=raw.get("required_if"))
    # The example documents the type, so it must itself be valid: this catches a spec whose
    # example drifted from its type before any officer copies it.
    problems: list[str] = []
    _coerce(var, var.example, problems, where=where)
    if problems:
        raise _spec_problem(path, where + ".example", problems[0])
    if var.default is not None:
        _coerce(var, var.default, problems, where=where)
        if problems:
            raise _spec_problem(path, where + ".default", problems[0])
    return var


def load_spec(vars_path: str | Path, docx_path: str | Path | None = None) -> TemplateSpec:
    """Load and strictly validate a variables file; raise TemplateError naming the key."""
    vars_path = Path(vars_path)
    try:
        raw, dups = load_yaml(vars_path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise TemplateError(f"{vars_path.name}: テンプレートの変数定義ファイルがありません。",
                            "テンプレートと同じフォルダに NAME.vars.yaml を置いてください。",
                            path=str(vars_path)) from None
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise TemplateError(f"{vars_path.name}: 変数定義ファイルを読めません（{_yaml_where(exc)}）。",
                            "YAML の書式を確認してください。", path=str(vars_path)) from None
    if dups:
        raise _spec_problem(vars_path, dups[0], "キーが重複しています")
    if not isinstance(raw, dict):
        raise _spec_problem(vars_path, "全体", "name, title, variables を持つ対応表にしてください")
    unknown = set(raw) - _FILE_KEYS
    if unknown:
        raise _spec_problem(vars_path, "最上位", "未知のキー " + ", ".join(sorted(map(str, unknown))))
    for key in ("name", "title", "description"):
        if not isinstance(raw.get(key), str) or not raw[key].strip():
            raise _spec_problem(vars_path, key, "文字列で書いてください")
    variables = raw.get("variables")
    if not isinstance(variables, dict):
        raise _spec_problem(vars_path, "variables", "変数名から定義への対応表にしてください")
    parsed = tuple(_parse_variable(vars_path, n, spec) for n, spec in variables.items())
    for v in parsed:
        if v.not_before is not None:
            other = next((o for o in parsed if o.name == v.not_before), None)
            if v.type != "date" or other is None or other.type != "date":
                raise _spec_problem(vars_path, f"variables.{v.name}.not_before",
                                    "日付型の変数どうしで指定してください")
        if v.required_if is not None:
            other = next((o for o in parsed if o.name == v.required_if), None)
            if other is None or other.type != "bool":
                raise _spec_problem(vars_path, f"variables.{v.name}.required_if",
                                    "true/false 型の変数名を指定してください")
    if docx_path is None:
        docx_path = vars_path.with_name(vars_path.name.removesuffix(".vars.yaml") + ".docx")
    return TemplateSpec(name=raw["name"].strip(), title=raw["title"].strip(),
                        description=raw["description"].strip(), variables=parsed,
                        docx_path=Path(docx_path), vars_path=vars_path)


def _yaml_where(exc: Exception) -> str:
    mark = getattr(exc, "problem_mark", None)
    if mark is not None:
        return f"{mark.line + 1}行{mark.column + 1}列"
    return type(exc).__name__


def _short(value: Any) -> str:
    # Values are contract metadata, not citizens' data, but keep messages one line and short.
    text = str(value).replace("\n", " ")
    return text if len(text) <= 20 else text[:20] + "…"


def _coerce(var: Variable, value: Any, problems: list[str], *, where: str) -> Any:
    """Return ``value`` converted to the variable's Python type, or append a problem."""
    name = f"{where}（{var.label}）"
    t = var.type
    if t in ("str", "text"):
        if isinstance(value, bool) or not isinstance(value, (str, int, float)):
            problems.append(f"{name}: 文字列を指定してください")
            return None
        text = str(value)
        if _CONTROL_RE.search(text):
            problems.append(f"{name}: 使えない制御文字が含まれています")
            return None
        if _TAG_RE.search(text):
            # A value is never rendered as a template; refusing tag-like text keeps the
            # generated contract free of anything that looks like an unfilled field.
            problems.append(f"{name}: 「{{{{」「{{%」などの差込みタグの記号は使えません")
            return None
        if t == "str" and "\n" in text.strip("\n"):
            problems.append(f"{name}: 1行で書いてください（改行は使えません）")
            return None
        return text.strip("\n") if t == "str" else text.rstrip("\n")
    if t in ("int", "money"):
        try:
            number = filters._to_int(value)
        except ValueError:
            problems.append(f"{name}: 整数を指定してください（値: {_short(value)}）")
            return None
        if t == "money" and number < 0:
            problems.append(f"{name}: 金額に負の値は指定できません")
            return None
        return number
    if t == "date":
        try:
            return filters.to_date(value)
        except ValueError:
            if isinstance(value, str) and re.fullmatch(r"\d{4}[-/]\d{1,2}[-/]\d{1,2}", value.strip()):
                problems.append(f"{name}: 存在しない日付です（値: {_short(value)}）")
            else:
                problems.append(f"{name}: 日付を YYYY-MM-DD で指定してください（値: {_short(value)}）")
            return None
    if t == "bool":
        if isinstance(value, bool):
            return value
        if isinstance(value, str) and value.strip().lower() in ("true", "false", "はい", "いいえ"):
            return value.strip().lower() in ("true", "はい")
        problems.append(f"{name}: true か false を指定してください（値: {_short(value)}）")
        return None
    if t == "choice":
        if isinstance(value, str) and value in var.choices:
            return value
        problems.append(f"{name}: 次のいずれかを指定してください: {' / '.join(var.choices)}"
                        f"（値: {_short(value)}）")
        return None
    if t == "list":
        if isinstance(value, str) or not isinstance(value, list):
            problems.append(f"{name}: 文字列のリストを指定してください")
            return None
        out = []
        for i, item in enumerate(value, 1):
            item_var = Variable(name=var.name, label=var.label, type="str")
            out.append(_coerce(item_var, item, problems, where=f"{where}[{i}]"))
        return out
    if t == "table":
        if not isinstance(value, list):
            problems.append(f"{name}: 表（各行を - で始めるリスト）を指定してください")
            return None
        rows = []
        col_names = [c.name for c in var.columns]
        for i, row in enumerate(value, 1):
            here = f"{where}[{i}]"
            if not isinstance(row, dict):
                problems.append(f"{here}（{var.label}）: 各行は {', '.join(col_names)} を持つ対応表にしてください")
                continue
            for key in row:
                if key not in col_names:
                    problems.append(f"{here}.{key}: 定義されていない列です"
                                    f"（列は {', '.join(col_names)}）")
            rows.append(Row(**_coerce_mapping(var.columns, row, problems, prefix=f"{here}.")))
        return rows
    raise AssertionError(t)


def _is_empty(value: Any) -> bool:
    return value is None or (isinstance(value, (str, list)) and not (
        value.strip() if isinstance(value, str) else value))


def _coerce_mapping(variables, data: dict, problems: list[str], *, prefix: str = "") -> dict:
    out = {}
    for var in variables:
        value = data.get(var.name)
        if _is_empty(value):
            if var.default is not None:
                # A required variable with a default (甲 = 練馬区) needs no entry in the data.
                out[var.name] = _coerce(var, var.default, [], where=prefix + var.name)
                continue
            if var.required:
                problems.append(f"{prefix}{var.name}（{var.label}）: 必須の変数がありません")
            out[var.name] = [] if var.type in ("list", "table") else None
            continue
        out[var.name] = _coerce(var, value, problems, where=prefix + var.name)
    return out


def validate(spec: TemplateSpec, data: Any, *, source: str = "データ",
             extra_problems: list[str] | None = None) -> dict:
    """Check ``data`` against ``spec``; return the render context or raise TemplateDataError.

    Every problem is collected: missing required variables, unknown variables (with a
    suggestion), ill-typed values, invalid dates and date order.
    """
    problems: list[str] = list(extra_problems or [])
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise TemplateDataError(f"{source}: 変数ファイルは「変数名: 値」の対応表にしてください。",
                                [], "contractcheck generate TEMPLATE --show-vars で雛形を出力できます。")
    names = spec.names
    for key in data:
        if key not in names:
            close = difflib.get_close_matches(str(key), names, n=1)
            hint = f"（{close[0]} のことですか）" if close else ""
            problems.append(f"{key}: テンプレート「{spec.name}」にない変数です{hint}")
    context = _coerce_mapping(spec.variables, data, problems)
    for var in spec.variables:
        if var.not_before and isinstance(context.get(var.name), _dt.date) \
                and isinstance(context.get(var.not_before), _dt.date) \
                and context[var.name] < context[var.not_before]:
            other = spec.variable(var.not_before)
            problems.append(f"{var.name}（{var.label}）: {other.label}より前の日付です")
    for var in spec.variables:
        if var.required_if and context.get(var.required_if) is True \
                and _is_empty(data.get(var.name)):
            other = spec.variable(var.required_if)
            problems.append(f"{var.name}（{var.label}）: {var.required_if}（{other.label}）が "
                            f"true のため必須です")
    for var in spec.variables:
        if var.type == "date" and isinstance(context.get(var.name), _dt.date):
            try:
                filters.wareki(context[var.name])
            except ValueError:
                problems.append(f"{var.name}（{var.label}）: 和暦で表せない日付です")
    if problems:
        raise TemplateDataError(
            f"{source}: テンプレート「{spec.name}」の変数に{len(problems)}件の問題があります。",
            problems,
            f"contractcheck generate {spec.name} --show-vars で変数の一覧を確認してください。")
    return context


def read_data_file(path: str | Path) -> tuple[Any, list[str]]:
    """Read a YAML or JSON data file; return (data, problems with duplicated keys).

    Syntax errors are a TemplateDataError at once (nothing else can be judged); duplicated keys
    are returned so that ``validate`` lists them together with every other problem.
    """
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise TemplateDataError(f"{path}: 変数ファイルが見つかりません。", [],
                                "ファイル名を確認してください。") from None
    except UnicodeDecodeError:
        raise TemplateDataError(f"{path}: 変数ファイルを UTF-8 として読めません。", [],
                                "UTF-8 で保存し直してください。") from None
    except OSError as exc:
        raise TemplateDataError(f"{path}: 変数ファイルを読めません（{exc.strerror}）。") from None
    if path.suffix.lower() == ".json":
        try:
            return json.loads(text), []
        except json.JSONDecodeError as exc:
            raise TemplateDataError(f"{path}: JSON の書式が正しくありません（{exc.lineno}行{exc.colno}列）。",
                                    [], "括弧やカンマを確認してください。") from None
    try:
        data, dups = load_yaml(text)
    except yaml.YAMLError as exc:
        raise TemplateDataError(f"{path}: YAML の書式が正しくありません（{_yaml_where(exc)}）。",
                                [], "字下げや「:」の後の空白を確認してください。") from None
    return data, [f"{d}: 同じ変数が2回以上書かれています" for d in dups]
