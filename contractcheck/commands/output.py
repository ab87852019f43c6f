"""What ``check`` and ``scan`` do alike after the findings exist: baseline, rendering, output
files, the GitHub step summary and the exit code. Kept in one place so the two commands cannot
drift apart on CI behaviour."""

from __future__ import annotations

import os
import sys

import click

from ..errors import OutputError, UsageError
from ..fsio import write_atomic
from ..model import Report
from ..policy import exit_code
from ..report import render
from ..report import RenderContext


def precheck_outputs(paths: dict[str, str | None], force: bool) -> None:
    """Refuse before the work starts, not after an hour of scanning, when an output file exists
    (without --force) or two outputs name the same file."""
    given = {k: os.path.abspath(v) for k, v in paths.items() if v}
    by_path: dict[str, str] = {}
    for opt, p in given.items():
        if p in by_path:
            raise UsageError(f"{paths[opt]}: {by_path[p]} と {opt} に同じファイルが指定されています。",
                             "別々のファイル名を指定してください。")
        by_path[p] = opt
        if os.path.exists(p) and not force:
            raise OutputError(f"{paths[opt]}: 出力先のファイルが既にあります。",
                              "上書きしてよい場合は --force を付けてください。", path=paths[opt])


def known_findings(baseline: str | None) -> frozenset[str]:
    if not baseline:
        return frozenset()
    from ..baseline import load_baseline
    return load_baseline(baseline)


def record_baseline(report: Report, path: str | None, *, fail_on: str, advisories_fail: bool,
                    force: bool) -> frozenset[str]:
    """Write --write-baseline; returns the fingerprints now recorded (they no longer fail)."""
    if not path:
        return frozenset()
    from ..baseline import load_baseline, write_baseline
    n = write_baseline(report, path, fail_on=fail_on, advisories_fail=advisories_fail,
                       force=force)
    click.echo(f"ベースラインに{n}件の指摘を記録しました: {path}", err=True)
    return load_baseline(path)


def make_context(*, engine, fail_on: str, advisories_fail: bool, known: frozenset, color,
                 output, command: str) -> RenderContext:
    from .. import __version__
    use_color = color if color is not None else (output is None and sys.stdout.isatty())
    specs = engine.specs_by_id() if engine is not None else {}
    return RenderContext(color=use_color, fail_on=fail_on, advisories_fail=advisories_fail,
                           specs=specs, command=command, tool_version=__version__, known=known)


def emit(text: str | bytes, output: str | None, force: bool) -> None:
    if output:
        write_atomic(output, text, force=force)
    else:
        click.echo(text if isinstance(text, str) else text.decode("utf-8"), nl=False)


def github_step_summary(report: Report, ctx) -> None:
    """Append the Markdown summary to $GITHUB_STEP_SUMMARY (annotations are capped per job).

    NOTE: this is the one output not written through write_atomic: the runner creates the file
    and other commands of the same step may already have written to it, so we append.
    """
    target = os.environ.get("GITHUB_STEP_SUMMARY")
    if not target:
        return
    from ..report.github import render_markdown
    try:
        with open(target, "a", encoding="utf-8") as fh:
            fh.write(render_markdown(report, ctx) + "\n")
    except OSError as exc:
        click.echo(f"contractcheck: {target}: ジョブの概要を書き込めません（{exc.strerror}）。",
                   err=True)


def finish(report: Report, *, fmt: str, output, force, ctx, exit_zero: bool,
           text_renderer=None) -> int:
    """Render ``report`` in ``fmt`` to ``output`` (or stdout) and return the exit code."""
    if fmt == "text" and text_renderer is not None:
        text = text_renderer(report, ctx)
    else:
        text = render(report, fmt, ctx)
    emit(text, output, force)
    if fmt == "github":
        github_step_summary(report, ctx)
    return exit_code(report, fail_on=ctx.fail_on, advisories_fail=ctx.advisories_fail,
                     known=ctx.known, exit_zero=exit_zero)
