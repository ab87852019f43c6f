"""Generated documents open with python-docx and convert to PDF with LibreOffice headless.

Skips where ``soffice`` is not installed (.ci/run installs libreoffice-writer-nogui).
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from docx import Document

from contractcheck.generate import find_template, read_data_file, render_docx, validate

ROOT = Path(__file__).resolve().parents[1]
NAMES = ["outsourcing", "special-provisions", "dispatch", "provision-request", "provision-record"]
SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.fixture(scope="module")
def generated(tmp_path_factory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("generated")
    paths = {}
    for name in NAMES:
        spec = find_template(name)
        data, _ = read_data_file(ROOT / "samples" / "data" / f"{name}.yaml")
        path = out / f"{name}.docx"
        path.write_bytes(render_docx(spec, validate(spec, data)))
        paths[name] = path
    return paths


@pytest.mark.parametrize("name", NAMES)
def test_opens_with_python_docx(generated, name):
    doc = Document(str(generated[name]))
    assert doc.paragraphs and doc.core_properties.title
    section = doc.sections[0]
    assert round(section.page_width.mm) == 210 and round(section.page_height.mm) == 297


@pytest.mark.libreoffice
@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")
def test_converts_to_pdf_with_libreoffice(generated, tmp_path):
    # One soffice run for all files: start-up dominates. A private profile directory keeps
    # parallel runs (and a user's open LibreOffice) from locking each other out.
    profile = tmp_path / "profile"
    cmd = [SOFFICE, f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
           "--convert-to", "pdf", "--outdir", str(tmp_path), *map(str, generated.values())]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    for name in NAMES:
        pdf = tmp_path / f"{name}.pdf"
        assert pdf.exists(), f"{name}: {proc.stdout} {proc.stderr}"
        data = pdf.read_bytes()
        assert data.startswith(b"%PDF") and len(data) > 5000
        if shutil.which("pdftotext"):
            text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True,
                                  text=True).stdout
            # Japanese text made it into the PDF (a missing CJK font would give empty boxes
            # that pdftotext cannot map back to characters).
            assert "令和" in text
