"""``contractcheck --help``, ``generate`` and ``templates lint`` must not load spaCy (or GiNZA,
SudachiPy, thinc): an officer generating a contract must not wait for the model.

Each command runs in a fresh interpreter through a small wrapper that runs the CLI and then
reports which of the heavy modules ended up in ``sys.modules``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
HEAVY = ("spacy", "ginza", "sudachipy", "thinc", "torch", "ja_ginza")

WRAPPER = r"""
import json, sys
from contractcheck.cli import run
code = run(sys.argv[1:])
heavy = sorted({m.split(".")[0] for m in sys.modules} & set(json.loads(HEAVY)))
sys.stdout.flush()
sys.__stderr__.write("\nHEAVY=" + json.dumps(heavy) + "\n")
sys.exit(code)
"""


def _run(args: list[str], tmp_path: Path) -> tuple[int, list[str], str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT), CONTRACTCHECK_NO_CONFIG="1")
    code = WRAPPER.replace("HEAVY)", repr(json.dumps(HEAVY)) + ")")
    proc = subprocess.run([sys.executable, "-c", code, *args], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=120)
    line = [ln for ln in proc.stderr.splitlines() if ln.startswith("HEAVY=")]
    assert line, proc.stderr
    return proc.returncode, json.loads(line[-1][len("HEAVY="):]), proc.stdout + proc.stderr


@pytest.mark.parametrize("args", [
    ["--help"],
    ["generate", "--list"],
    ["templates", "lint", str(ROOT / "templates")],
], ids=["help", "generate-list", "templates-lint"])
def test_no_spacy(args, tmp_path):
    code, heavy, out = _run(args, tmp_path)
    assert code in (0, 1), out
    assert heavy == [], f"{' '.join(args)} imported {heavy}"


def test_python_m_help_no_spacy(tmp_path):
    """The real entry point, checked with -X importtime (every imported module is listed)."""
    env = dict(os.environ, PYTHONPATH=str(ROOT), CONTRACTCHECK_NO_CONFIG="1")
    proc = subprocess.run([sys.executable, "-X", "importtime", "-m", "contractcheck", "--help"],
                          cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    imported = {ln.rsplit("|", 1)[-1].strip().split(".")[0]
                for ln in proc.stderr.splitlines() if ln.startswith("import time:")}
    assert "contractcheck" in imported
    assert not imported & set(HEAVY), sorted(imported & set(HEAVY))
