"""The JSON shape of issue #2 (``version`` 1): an interface; add keys, never rename them."""

from __future__ import annotations

import json

from ..model import Report


def render(report: Report, ctx=None) -> str:
    return json.dumps(report.as_dict(), ensure_ascii=False, indent=2) + "\n"
