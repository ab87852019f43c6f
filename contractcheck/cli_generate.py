"""Click commands ``generate`` and ``templates lint``.

Standalone click objects: the main CLI registers them with ``main.add_command(generate)`` and
``main.add_command(templates)``. Failures are raised as ``contractcheck.errors`` exceptions so
that main() turns them into one Japanese line and exit 2. Nothing here (or in
``contractcheck.generate``) imports spaCy: generating a contract must not wait for the model.
"""

from __future__ import annotations

from pathlib import Path

import click

from .errors import UsageError


@click.command("generate")
@click.argument("template", required=False)
@click.option("--list", "list_", is_flag=True, help="テンプレートの一覧を表示します。")
@click.option("--show-vars", is_flag=True,
              help="変数の記入用の雛形（YAML）を表示します。例: --show-vars > vars.yaml")
@click.option("--data", "data_path", type=click.Path(dir_okay=False),
              help="変数を記入した YAML または JSON ファイル。")
@click.option("--interactive", is_flag=True, help="変数を1つずつ質問して入力します。")
@click.option("-o", "--output", type=click.Path(dir_okay=False),
              help="出力する .docx ファイル（省略時は TEMPLATE.docx）。")
@click.option("--force", is_flag=True, help="出力先のファイルが既にあれば上書きします。")
def generate(template, list_, show_vars, data_path, interactive, output, force):
    """テンプレートから契約書・様式（.docx）を作成します。

    TEMPLATE はテンプレート名（outsourcing など）か、変数定義ファイル（NAME.vars.yaml）を
    同じフォルダに置いた .docx ファイルです。
    """
    from . import generate as gen
    from .fsio import write_atomic

    if list_:
        if template or show_vars or data_path or interactive or output:
            raise UsageError("--list は他の指定と同時には使えません。",
                             "contractcheck generate --list とだけ入力してください。")
        specs = gen.list_templates()
        width = max((len(s.name) for s in specs), default=0)
        for spec in specs:
            click.echo(f"{spec.name.ljust(width)}  {spec.title} — {spec.description}")
        return
    if not template:
        raise UsageError("テンプレート名を指定してください。",
                         "contractcheck generate --list で一覧を確認できます。")
    spec = gen.find_template(template)
    if show_vars:
        if data_path or interactive or output:
            raise UsageError("--show-vars は --data / --interactive / -o と同時には使えません。",
                             "雛形は contractcheck generate TEMPLATE --show-vars > vars.yaml で保存します。")
        from .generate.skeleton import skeleton

        click.echo(skeleton(spec))
        return
    if bool(data_path) == bool(interactive):
        raise UsageError("--data（変数ファイル）か --interactive（対話入力）のどちらか一方を指定してください。",
                         f"雛形は contractcheck generate {spec.name} --show-vars で出力できます。")
    out = Path(output) if output else Path(f"{spec.name}.docx")
    # Refuse before asking questions or rendering: the officer should not type twenty answers
    # only to learn that the file exists.
    if out.exists() and not force:
        from .errors import OutputError

        raise OutputError(f"{out}: 出力先のファイルが既にあります。",
                          "上書きしてよい場合は --force を付けてください。", path=str(out))
    if interactive:
        from .generate.interactive import ask

        data, extra, source = ask(spec), [], "対話入力"
    else:
        data, extra = gen.read_data_file(data_path)
        source = str(data_path)
    context = gen.validate(spec, data, source=source, extra_problems=extra)
    docx = gen.render_docx(spec, context)
    write_atomic(out, docx, force=force)
    click.echo(f"{out} を作成しました（{spec.title}）。内容を確認してから使用してください。", err=True)


@click.group("templates")
def templates():
    """テンプレートの管理。"""


@templates.command("lint")
@click.argument("directory", required=False, type=click.Path(file_okay=False))
@click.pass_context
def lint(ctx, directory):
    """テンプレート（.docx と NAME.vars.yaml）の差込みタグを検査します。

    分割されたタグ、書式の誤り、未定義・未使用の変数を、ファイルと場所つきで表示します。
    問題がなければ終了コード 0、問題があれば 1 を返します。
    """
    from .generate import templates_dir
    from .generate.lint import lint_dir

    directory = Path(directory) if directory else templates_dir()
    if not directory.is_dir():
        raise UsageError(f"{directory}: フォルダが見つかりません。", "テンプレートのフォルダを指定してください。")
    files, problems = lint_dir(directory)
    for problem in problems:
        click.echo(problem.line())
    click.echo(f"{len(files)}件のテンプレートを検査し、{len(problems)}件の問題がありました。", err=True)
    if problems:
        ctx.exit(1)
