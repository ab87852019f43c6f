"""The generated contracts satisfy the checker: every item ``present`` (issue #5 'done when').

Needs the GiNZA model and the check engine (``contractcheck.engine.check_paths``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from contractcheck.generate import find_template, read_data_file, render_docx, validate

ROOT = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.ginza


def _render(name: str, out: Path, **overrides) -> Path:
    spec = find_template(name)
    data, _ = read_data_file(ROOT / "samples" / "data" / f"{name}.yaml")
    data.update(overrides)
    path = out / f"{name}.docx"
    path.write_bytes(render_docx(spec, validate(spec, data)))
    return path


def _statuses(result) -> dict[str, str]:
    assert result.error is None, result.error
    return {item.id: item.status for item in result.items}


@pytest.fixture(scope="module")
def engine():
    return pytest.importorskip("contractcheck.engine")


OUTSOURCING_ITEMS = {"confidentiality", "subcontracting", "copying", "security", "incident",
                     "return-deletion", "termination-damages", "reporting-audit"}
ADVISORIES = {"management-structure", "special-provisions-link", "data-minimization",
              "annual-check"}
DISPATCH_ITEMS = {"dispatch-secrecy", "dispatch-personal-info"}


@pytest.mark.parametrize("options", [
    {},  # the sample: cloud, 特定個人情報, masking
    {"cloud": False, "specific_personal_info": False, "masking_method": None},
    {"overseas": True, "overseas_country": "シンガポール共和国"},
], ids=["sample", "minimal", "overseas"])
def test_outsourcing_with_special_provisions_all_present(engine, tmp_path, options):
    main = _render("outsourcing", tmp_path)
    sp = _render("special-provisions", tmp_path, **options)
    result = engine.check_paths([str(main), str(sp)])
    statuses = _statuses(result)
    assert OUTSOURCING_ITEMS <= set(statuses), statuses
    not_present = {k: v for k, v in statuses.items() if v != "present"}
    assert not not_present, not_present
    assert result.kind == "outsourcing"


def test_special_provisions_alone_all_required_present(engine, tmp_path):
    sp = _render("special-provisions", tmp_path)
    statuses = _statuses(engine.check_paths([str(sp)]))
    required = {k: v for k, v in statuses.items() if k in OUTSOURCING_ITEMS and v != "present"}
    assert not required, required


def test_dispatch_all_present(engine, tmp_path):
    path = _render("dispatch", tmp_path)
    result = engine.check_paths([str(path)])
    statuses = _statuses(result)
    assert DISPATCH_ITEMS <= set(statuses), statuses
    not_present = {k: v for k, v in statuses.items() if v != "present"}
    assert not not_present, not_present
    assert result.kind == "dispatch"
