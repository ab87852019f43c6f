"""``contractcheck scan`` and ``contractcheck config show``.

Nothing heavy is imported at module level: ``contractcheck --help`` must stay fast, and the
engine (patterns, later GiNZA) is loaded only by the commands that need it.
"""

from __future__ import annotations

import os
import sys

import click

from .cli import KIND_CHOICES, output_options
from .errors import UsageError

EXIT_INTERRUPTED = 130  # the same code cli.run uses for Ctrl-C


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--include", multiple=True, metavar="GLOB",
              help="対象にするファイルのglob（既定: *.docx *.pdf *.txt *.md、古い *.doc はエラー行で知らせる）。繰り返し指定可")
@click.option("--exclude", multiple=True, metavar="GLOB",
              help="除外するファイル・フォルダのglob（例: '古い契約/*'）。繰り返し指定可")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None,
              help="同時に確認するプロセス数（既定: CPUコア数）")
@click.option("--csv", "csv_path", type=click.Path(dir_okay=False),
              help="文書ごとの結果をCSV（Excel用、BOM付きUTF-8）で書き出す")
@click.option("--xlsx", "xlsx_path", type=click.Path(dir_okay=False),
              help="文書ごとの結果をExcelファイルで書き出す")
@click.option("--no-cache", is_flag=True,
              help="前回の結果（キャッシュ）を使わずにすべて確認し直す")
@click.option("--kind", type=click.Choice(KIND_CHOICES), default=None,
              help="すべての文書の種類を指定する（既定: 自動判定・設定の kinds）")
@click.option("--timeout", type=click.FloatRange(min=1), default=None,
              help="1ファイルあたりの制限時間（秒、既定: 300）。超えたファイルはエラーとして記録")
@output_options
def scan(paths, include, exclude, jobs, csv_path, xlsx_path, no_cache, kind, timeout,
         fmt, output, force, fail_on, exit_zero, config_path, baseline, write_baseline,
         color) -> int:
    """フォルダ内の契約書をまとめて確認する（サブフォルダも含む）。

    \b
    結果は項目ごとの集計表で表示します。文書ごとの一覧は --csv / --xlsx / --format json で
    出力できます。変更のないファイルは前回の結果を再利用します（--no-cache で無効）。
    """
    from .commands.output import (finish, known_findings, make_context, precheck_outputs,
                                  record_baseline)
    from .config import load_config
    from .engine import get_engine
    from .model import Report
    from .report.summary import render_summary
    from .scan import Progress, discover, run_scan

    precheck_outputs({"--output": output, "--csv": csv_path, "--xlsx": xlsx_path,
                      "--write-baseline": write_baseline}, force)
    config = load_config(list(paths), config_path)
    fail_on = fail_on or config.fail_on or "weak"
    known = known_findings(baseline)
    engine = get_engine(config)
    if config.enable or config.disable:
        config.check_item_ids(engine.specs_by_id())

    targets = discover(paths, include=include or config.include,
                       exclude=(*config.exclude, *exclude))
    if not targets:
        raise UsageError("確認する文書が見つかりませんでした。",
                         "フォルダと --include / --exclude の指定を確認してください。")

    cache = None
    if not no_cache:
        from .cache import ResultCache, code_token
        cache = ResultCache((str(engine.version), code_token(), config.cache_token()))
        cache.prune()
    progress = Progress()
    try:
        outcome = run_scan(targets, config=config, kind=kind, jobs=jobs, timeout=timeout,
                           cache=cache, progress=progress,
                           factory_spec=os.environ.get("CONTRACTCHECK_SCAN_FACTORY")
                           or "contractcheck.scan:default_engine_factory")
    finally:
        progress.close()
    report = Report(documents=outcome.documents)
    st = outcome.stats
    click.echo(f"contractcheck: {st.total}件中 {len(report.documents)}件を確認しました"
               f"（前回の結果を再利用 {st.cached}件、新たに確認 {st.checked}件、"
               f"エラー {st.errors}件、時間切れ {st.timeouts}件）{st.elapsed:.1f}秒", err=True)
    if outcome.interrupted:
        click.echo(f"contractcheck: 中断しました。確認済みの{len(report.documents)}件だけを"
                   f"出力します（未確認 {outcome.not_done}件。再実行すると確認済みの分は"
                   "キャッシュから再利用されます）。", err=True)

    known = known | record_baseline(report, write_baseline, fail_on=fail_on,
                                    advisories_fail=config.advisories_fail, force=force)
    ctx = make_context(engine=engine, fail_on=fail_on, advisories_fail=config.advisories_fail,
                       known=known, color=color, output=output, command="scan")

    if csv_path:
        from .fsio import write_atomic
        from .report.csv_report import render_csv
        write_atomic(csv_path, render_csv(report, ctx), force=force)
    if xlsx_path:
        try:
            from .report.xlsx import render_xlsx
        except ImportError:
            raise UsageError("この版では --xlsx を使えません。", "--csv を使ってください。") from None
        from .fsio import write_atomic
        write_atomic(xlsx_path, render_xlsx(report, ctx), force=force)

    def summary(rep, c):
        return render_summary(rep, c, interrupted=outcome.not_done if outcome.interrupted else 0)

    code = finish(report, fmt=fmt, output=output, force=force, ctx=ctx, exit_zero=exit_zero,
                  text_renderer=summary)
    if fmt != "text" and output and sys.stdout.isatty():
        # The machine output went to a file: the terminal still gets the summary table.
        click.echo(summary(report, ctx), nl=False)
    return EXIT_INTERRUPTED if outcome.interrupted else code


@click.group("config")
def config_group() -> None:
    """設定（pyproject.toml の [tool.contractcheck] / contractcheck.toml）を扱う。"""


@config_group.command("show")
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--config", "config_path", type=click.Path(dir_okay=False),
              help="設定ファイルを直接指定する")
@click.option("--format", "fmt", type=click.Choice(("text", "json")), default="text",
              show_default=True, help="出力形式")
def config_show(paths, config_path, fmt) -> int:
    """PATH（既定: 現在のフォルダ）に適用される設定を表示する。"""
    import json

    from .config import load_config

    config = load_config(list(paths) or ["."], config_path)
    data = config.as_dict()
    items = _item_states(config)
    if fmt == "json":
        if items is not None:
            data["items"] = items
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    src = data.pop("source")
    click.echo(f"# 設定ファイル: {src or 'なし（既定値を使用）'}")
    click.echo("[tool.contractcheck]")
    for key, value in data.items():
        click.echo(f"{key} = {_toml(value)}")
    if items is not None:
        click.echo("")
        click.echo("# 確認する項目（有効/無効）")
        for iid, st in items.items():
            click.echo(f"#   {iid}: {st}")
    return 0


def _item_states(config) -> dict | None:
    """Item ids with 有効/無効; None when the patterns cannot be loaded (shown without them)."""
    try:
        from .engine import get_engine
        specs = get_engine(config).specs_by_id()
    except Exception:  # noqa: BLE001 - config show must work even with broken patterns
        return None
    states = {}
    for iid, spec in specs.items():
        adv = "（参考）" if getattr(spec, "severity", "required") == "advisory" else ""
        states[iid] = ("有効" if config.item_enabled(iid) else "無効") + adv
    return states


def _toml(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if isinstance(value, list):
        return "[" + ", ".join(_toml(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{_toml(k)} = {_toml(v)}" for k, v in value.items()) + " }"
    return _toml(str(value))
