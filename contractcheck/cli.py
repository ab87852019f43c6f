"""Command line. Commands return exit codes; only ``main`` exits.

Keep imports here light: ``contractcheck --help``, ``generate`` and ``templates lint`` must not
load spaCy (the engine is imported inside the commands that need it).
"""

from __future__ import annotations

import sys
import traceback

import click

from . import __version__
from .errors import ContractCheckError, UsageError
from .policy import EXIT_ERROR, FAIL_LEVELS

KIND_CHOICES = ("outsourcing", "special-provisions", "dispatch", "unknown")
FORMAT_CHOICES = ("text", "json", "sarif", "junit", "github", "html")


class _State:
    debug = False


def output_options(func):
    """Options shared by check and scan: format, output file, failure level, baseline, config."""
    decorators = [
        click.option("--format", "fmt", type=click.Choice(FORMAT_CHOICES), default="text",
                     show_default=True, help="出力形式"),
        click.option("-o", "--output", type=click.Path(dir_okay=False),
                     help="結果をこのファイルに書く（既定は画面）"),
        click.option("--force", is_flag=True, help="既存の出力ファイルを上書きする"),
        click.option("--fail-on", type=click.Choice(FAIL_LEVELS), default=None,
                     help="終了コード1にする水準（既定: weak＝不十分以上）"),
        click.option("--exit-zero", is_flag=True, help="指摘があっても終了コード0にする"),
        click.option("--config", "config_path", type=click.Path(dir_okay=False),
                     help="設定ファイル（既定: pyproject.toml / contractcheck.toml を上位へ探索）"),
        click.option("--baseline", type=click.Path(dir_okay=False),
                     help="ベースラインに記録済みの指摘は失敗扱いにしない"),
        click.option("--write-baseline", type=click.Path(dir_okay=False),
                     help="今回の指摘をベースラインとして書き出す"),
        click.option("--color/--no-color", default=None, help="色付き表示（既定: 端末なら色付き）"),
    ]
    for dec in reversed(decorators):
        func = dec(func)
    return func


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="contractcheck")
@click.option("--debug", is_flag=True, help="エラー時に詳しい情報（トレースバック）を表示する")
def main_group(debug: bool) -> None:
    """個人情報を取り扱う委託契約書・派遣契約書を指針（第19条・第20条）に照らして確認します。

    \b
    主なコマンド:
      check     契約書（.docx / .pdf / .txt）を確認する
      scan      フォルダ内の契約書をまとめて確認する
      generate  ひな形（契約書・特記事項・提供依頼書）を作成する
    """
    _State.debug = debug


@main_group.command()
@click.argument("files", nargs=-1, required=True)
@click.option("--attach", multiple=True, type=click.Path(),
              help="同じ契約の別ファイル（特記事項・仕様書など）。繰り返し指定可")
@click.option("--kind", type=click.Choice(KIND_CHOICES), default=None,
              help="文書の種類を指定する（既定: 自動判定）")
@click.option("--annotate", type=click.Path(dir_okay=False),
              help="指摘をWordのコメントとして付けた写しをこのファイルに書く")
@click.option("--author", default="contractcheck", show_default=True,
              help="--annotate のコメント作成者名")
@output_options
@click.pass_context
def check(ctx, files, attach, kind, annotate, author, **out_opts) -> int:
    """契約書を確認する。FILE に - を指定すると標準入力のテキストを読みます。"""
    from .commands.check import run_check

    return run_check(files=files, attach=attach, kind=kind, annotate=annotate, author=author,
                     **out_opts)


def _register_optional_commands() -> None:
    """Commands that live in their own modules (they must not import spaCy at import time).
    Each module is registered on its own, so a broken one cannot hide the others."""
    import importlib

    for module, names in ((".cli_generate", ("generate", "templates")),
                          (".cli_scan", ("scan", "config_group"))):
        try:
            mod = importlib.import_module(module, __package__)
        except ImportError:
            if _State.debug or "--debug" in sys.argv:
                traceback.print_exc()
            continue
        for name in names:
            if getattr(mod, name).name not in main_group.commands:
                main_group.add_command(getattr(mod, name))


def main(argv: list[str] | None = None) -> None:
    sys.exit(run(argv))


def run(argv: list[str] | None = None) -> int:
    """Run the CLI and return the exit code (tests call this)."""
    _register_optional_commands()
    try:
        rv = main_group.main(args=argv, prog_name="contractcheck", standalone_mode=False)
    except ContractCheckError as exc:
        _print_error(exc)
        return EXIT_ERROR
    except click.exceptions.Exit as exc:
        return exc.exit_code
    except click.ClickException as exc:
        exc.show()
        return EXIT_ERROR
    except click.exceptions.Abort:
        click.echo("中断しました。", err=True)
        return 130
    except KeyboardInterrupt:
        click.echo("中断しました。", err=True)
        return 130
    except Exception as exc:  # a bug: one line for the officer, the traceback only with --debug
        if _State.debug:
            traceback.print_exc()
        click.echo(f"contractcheck: 予期しないエラーが発生しました（{type(exc).__name__}）。"
                   "--debug を付けて再実行し、表示内容を担当者に知らせてください。", err=True)
        return EXIT_ERROR
    return rv if isinstance(rv, int) else 0


def _print_error(exc: ContractCheckError) -> None:
    if _State.debug:
        traceback.print_exc()
    click.echo(f"contractcheck: {exc.one_line()}", err=True)


__all__ = ["main", "run", "main_group", "output_options", "UsageError"]
