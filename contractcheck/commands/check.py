"""``contractcheck check``: read, judge, report, decide the exit code."""

from __future__ import annotations

import sys

import click

from ..config import load_config
from ..errors import UsageError
from ..fsio import write_atomic
from ..model import Report
from ..policy import exit_code
from ..report import RenderContext, render


def run_check(*, files, attach, kind, annotate, author, fmt, output, force, fail_on, exit_zero,
              config_path, baseline, write_baseline, color) -> int:
    from .. import __version__
    from ..engine import get_engine

    if attach and len(files) > 1:
        raise UsageError("--attach は確認するファイルを1つだけ指定したときに使えます。",
                         "契約ごとに contractcheck check を実行してください。")
    if annotate and len(files) > 1:
        raise UsageError("--annotate は確認するファイルを1つだけ指定したときに使えます。")
    config = load_config([f for f in files if f != "-"], config_path)
    fail_on = fail_on or config.fail_on or "weak"
    engine = get_engine(config)
    docs = []
    for path in files:
        doc_kind = kind or config.kind_for(path)
        if path == "-":
            data = sys.stdin.buffer.read()
            docs.append(engine.check_bytes(data, "-", kind=doc_kind))
        else:
            docs.append(engine.check_paths([path, *attach], kind=doc_kind))
    report = Report(documents=tuple(docs))

    known = frozenset()
    if baseline:
        from ..baseline import load_baseline
        known = load_baseline(baseline)
    if write_baseline:
        from ..baseline import write_baseline as _write
        n = _write(report, write_baseline, fail_on=fail_on,
                   advisories_fail=config.advisories_fail, force=force)
        click.echo(f"ベースラインに{n}件の指摘を記録しました: {write_baseline}", err=True)

    if annotate and report.documents[0].error is None:
        from ..annotate import annotate_document
        annotate_document(files[0], report.documents[0], annotate, author=author, force=force)
        click.echo(f"コメント付きの写しを作成しました: {annotate}", err=True)

    use_color = color if color is not None else (output is None and sys.stdout.isatty())
    ctx = RenderContext(color=use_color, fail_on=fail_on, advisories_fail=config.advisories_fail,
                        specs=engine.specs_by_id(), command="check", tool_version=__version__)
    text = render(report, fmt, ctx)
    if output:
        write_atomic(output, text, force=force)
    else:
        click.echo(text if isinstance(text, str) else text.decode("utf-8"), nl=False)
    for doc in report.documents:
        if doc.error:
            click.echo(f"contractcheck: {doc.error.message}", err=True)
    return exit_code(report, fail_on=fail_on, advisories_fail=config.advisories_fail,
                     known=known, exit_zero=exit_zero)
