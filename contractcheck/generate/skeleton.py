"""``generate TEMPLATE --show-vars``: the variables as a commented YAML file to fill in."""

from __future__ import annotations

import re

import yaml

from .spec import TemplateSpec, Variable


def _dump_value(value) -> str:
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return value   # our loader reads dates as text, so they need no quotes
    text = yaml.safe_dump(value, allow_unicode=True, default_flow_style=True, width=10_000)
    return text.strip().removesuffix("...").strip()


def _comment_block(value, indent: str = "#   ") -> list[str]:
    text = yaml.safe_dump(value, allow_unicode=True, default_flow_style=False, sort_keys=False,
                          width=10_000)
    return [indent + line for line in text.rstrip("\n").splitlines()]


def _describe(var: Variable) -> str:
    need = "必須" if var.required else "任意"
    parts = [need, var.type_label()]
    if var.default is not None and var.type not in ("list", "table"):
        parts.append(f"省略時: {_dump_value(var.default)}")
    return f"# {var.label}（{'・'.join(parts)}）"


def skeleton(spec: TemplateSpec) -> str:
    """Commented YAML: every variable with its label, need, type and example.

    Required values are left empty, not filled with the example, so that a skeleton submitted
    unedited fails validation instead of producing a contract with sample names in it.
    """
    out = [
        f"# {spec.title}（{spec.name}）に差し込む変数",
        f"# {spec.description}",
        "#",
        "# 値を記入して保存し、次のように実行します:",
        f"#   contractcheck generate {spec.name} --data このファイル -o 出力.docx",
        "# 「必須」はすべて記入してください。「任意」は空欄のままで構いません。",
        "# 日付は 2026-04-01 の形で書きます（文書には 令和8年4月1日 と表示されます）。",
        "# 金額は 1234000 のように数字だけを書きます（文書には 1,234,000円 と表示されます）。",
        "",
    ]
    for var in spec.variables:
        out.append(_describe(var))
        if var.help:
            out.append(f"# {var.help}")
        if var.type == "table":
            cols = "、".join(f"{c.name}={c.label}（{'必須' if c.required else '任意'}）"
                            for c in var.columns)
            out.append(f"# 各行の列: {cols}")
            out.append("# 例:")
            out.extend(_comment_block(var.example))
            out.append(f"{var.name}:")
        elif var.type == "list":
            out.append("# 例:")
            out.extend(_comment_block(var.example))
            out.append(f"{var.name}:")
        else:
            out.append(f"# 例: {_dump_value(var.example)}")
            value = "" if var.default is None else " " + _dump_value(var.default)
            out.append(f"{var.name}:{value}")
        out.append("")
    return "\n".join(out)
