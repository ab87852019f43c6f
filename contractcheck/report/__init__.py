"""Reporters: one pure function per output format, ``render(report, ctx) -> str | bytes``.

Modules are imported lazily so ``--format json`` does not pay for the HTML reporter.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field

from ..model import Report

FORMATS: dict[str, str] = {
    "text": "contractcheck.report.text",
    "json": "contractcheck.report.json_report",
    "sarif": "contractcheck.report.sarif",
    "junit": "contractcheck.report.junit",
    "github": "contractcheck.report.github",
    "html": "contractcheck.report.html",
}


@dataclass(frozen=True)
class RenderContext:
    """What a reporter may know besides the findings. Plain values only."""

    color: bool = False
    fail_on: str = "weak"
    advisories_fail: bool = False
    # item id -> ItemSpec (title, basis, help, suggestion); filled by the CLI from the patterns
    specs: dict = field(default_factory=dict)
    command: str = "check"       # "check" or "scan"
    tool_version: str = ""
    # fingerprints recorded in a baseline: those findings are shown but do not fail
    known: frozenset = frozenset()


def render(report: Report, fmt: str, ctx: RenderContext | None = None) -> str | bytes:
    module = importlib.import_module(FORMATS[fmt])
    return module.render(report, ctx or RenderContext())
