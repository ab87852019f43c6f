"""``contractcheck check``: read, judge, report, decide the exit code."""

from __future__ import annotations

import sys

import click

from ..config import load_config
from ..errors import UsageError
from ..model import Report
from .output import (finish, known_findings, make_context, precheck_outputs,
                     record_baseline)


def run_check(*, files, attach, kind, annotate, author, fmt, output, force, fail_on, exit_zero,
              config_path, baseline, write_baseline, color) -> int:
    from ..engine import get_engine

    if attach and len(files) > 1:
        raise UsageError("--attach は確認するファイルを1つだけ指定したときに使えます。",
                         "契約ごとに contractcheck check を実行してください。")
    if annotate and len(files) > 1:
        raise UsageError("--annotate は確認するファイルを1つだけ指定したときに使えます。")
    precheck_outputs({"--output": output, "--write-baseline": write_baseline,
                      "--annotate": annotate}, force)
    config = load_config([f for f in files if f != "-"], config_path)
    fail_on = fail_on or config.fail_on or "weak"
    known = known_findings(baseline)  # read before the work: a bad baseline fails fast
    engine = get_engine(config)
    if config.enable or config.disable:
        config.check_item_ids(engine.specs_by_id())
    docs = []
    stdin_data = None
    for path in files:
        doc_kind = kind or config.kind_for(path)
        if path == "-":
            data = stdin_data = sys.stdin.buffer.read()
            docs.append(config.apply(engine.check_bytes(data, "-", kind=doc_kind)))
        else:
            docs.append(config.apply(engine.check_paths([path, *attach], kind=doc_kind)))
    report = Report(documents=tuple(docs))

    known = known | record_baseline(report, write_baseline, fail_on=fail_on,
                                    advisories_fail=config.advisories_fail, force=force)

    if annotate and report.documents[0].error is None:
        from ..annotate import annotate_document
        # stdin can be read only once: the annotator gets the bytes already read.
        annotate_document(files[0], report.documents[0], annotate, author=author, force=force,
                          **({"source_bytes": stdin_data} if stdin_data is not None else {}))
        click.echo(f"コメント付きの写しを作成しました: {annotate}", err=True)

    ctx = make_context(engine=engine, fail_on=fail_on, advisories_fail=config.advisories_fail,
                       known=known, color=color, output=output, command="check")
    code = finish(report, fmt=fmt, output=output, force=force, ctx=ctx, exit_zero=exit_zero)
    for doc in report.documents:
        if doc.error:
            click.echo(f"contractcheck: {doc.error.message}", err=True)
    return code
