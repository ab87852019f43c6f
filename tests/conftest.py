"""Shared fixtures. GiNZA is loaded once per test session (it takes ~1-2 s and ~500 MB)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"


@pytest.fixture(scope="session")
def engine():
    from contractcheck.engine import get_engine

    eng = get_engine()
    return eng


@pytest.fixture(scope="session")
def naive_engine():
    """The same engine with the prefilter off: every sentence is parsed."""
    from contractcheck.engine import get_engine

    return get_engine(prefilter=False)
