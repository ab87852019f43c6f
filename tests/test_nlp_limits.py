"""Every text given to GiNZA stays under SudachiPy's 49,149-byte input limit, however the
document is written (one 10 MB 'sentence', no punctuation at all), and a long contract works."""

from __future__ import annotations

import pytest

from contractcheck.nlp import MAX_PIECE_CHARS, SUDACHI_MAX_BYTES, pieces


@pytest.mark.parametrize("text", [
    "あ" * 200_000,                       # no punctuation at all
    ("乙は、" + "個人情報" * 50) * 2000,  # commas, very long clauses
    "甲" * 10 + "、" * 70_000,            # only commas
])
def test_pieces_respect_the_byte_limit(text):
    parts = pieces(text)
    assert "".join(parts) == text
    assert all(len(p) <= MAX_PIECE_CHARS and len(p.encode("utf-8")) < SUDACHI_MAX_BYTES for p in parts)


@pytest.mark.ginza
def test_a_200_page_contract_is_checked(engine, tmp_path):
    body = "\n".join(
        f"第{i}条　乙は、本業務の履行に当たり、第{i}号様式により甲に報告しなければならない。"
        f"この場合において、乙は、{'関係法令を遵守し、' * 20}誠実に業務を行うものとする。"
        for i in range(1, 1500))
    text = "業務委託契約書\n" + body + "\n第1500条　乙は、業務上知り得た秘密を漏らしてはならない。"
    assert len(text) > 300_000
    f = tmp_path / "long.txt"
    f.write_text(text, encoding="utf-8")
    doc = engine.check_paths([f])
    assert doc.error is None
    assert doc.item("confidentiality").status == "weak"
