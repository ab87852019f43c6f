"""``generate TEMPLATE --interactive``: ask for each variable by its Japanese label.

Each answer is checked as soon as it is given, so the officer re-types one value rather than
starting over; the collected data then goes through the same ``validate`` as a data file.
"""

from __future__ import annotations

import click

from .spec import TemplateSpec, Variable, _coerce


def _ask_scalar(var: Variable, where: str):
    need = "必須" if var.required else "任意・空欄で省略"
    prompt = f"{var.label}（{need}・{var.type_label()}）"
    while True:
        if var.type == "bool":
            return click.confirm(prompt, default=bool(var.default))
        if var.type == "choice":
            return click.prompt(prompt, type=click.Choice(list(var.choices)),
                                default=var.default, show_choices=True)
        default = var.default if var.default is not None else ("" if not var.required else None)
        answer = click.prompt(prompt, default=default, show_default=default not in (None, ""))
        if answer in ("", None):
            if var.required:
                click.echo("  入力が必要です。", err=True)
                continue
            return None
        problems: list[str] = []
        _coerce(var, answer, problems, where=where)
        if problems:
            click.echo("  " + problems[0], err=True)
            continue
        return answer


def ask(spec: TemplateSpec) -> dict:
    click.echo(f"{spec.title}（{spec.name}）の変数を順に入力してください。", err=True)
    data: dict = {}
    for var in spec.variables:
        if var.help:
            click.echo(f"  ※ {var.help}", err=True)
        if var.type == "list":
            click.echo(f"{var.label}（1行に1つ。空欄で終了）", err=True)
            items = []
            while True:
                item = click.prompt(f"  {len(items) + 1}", default="", show_default=False)
                if not item:
                    break
                items.append(item)
            data[var.name] = items
        elif var.type == "table":
            click.echo(f"{var.label}（1行ずつ入力。最初の列を空欄にすると終了）", err=True)
            rows = []
            while True:
                row = {}
                for n, col in enumerate(var.columns):
                    if n == 0:
                        first = click.prompt(f"  {len(rows) + 1}行目 {col.label}", default="",
                                             show_default=False)
                        if not first:
                            break
                        row[col.name] = first
                    else:
                        value = _ask_scalar(col, f"{var.name}[{len(rows) + 1}].{col.name}")
                        if value is not None:
                            row[col.name] = value
                if not row:
                    break
                rows.append(row)
            data[var.name] = rows
        else:
            value = _ask_scalar(var, var.name)
            if value is not None:
                data[var.name] = value
    return data
