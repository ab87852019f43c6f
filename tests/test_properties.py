"""Property-based tests (hypothesis) on extraction, normalization, segmentation and party
resolution: no exception on any text, and every location maps back to the text it quotes.

The normal run is kept fast (200 examples a property). A fuzz run:

    HYPOTHESIS_PROFILE=fuzz PYTHONPATH=. python -m pytest tests/test_properties.py

NOTE: the profiles are registered here rather than in conftest.py so that this file owns its
settings; ``fuzz`` is only loaded when asked for.
"""

from __future__ import annotations

import os
import re

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from contractcheck.errors import InputError
from contractcheck.extract import MAX_BLOCK_CHARS, extract_text
from contractcheck.extract._common import clean_text, display_name, split_long
from contractcheck.extract.text import decode
from contractcheck.model import Block, Location

settings.register_profile("default", max_examples=200, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("fuzz", max_examples=3000, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

# Text that looks like contracts: structure markers, brackets, party words, full-width forms,
# line breaks of every kind, control characters, plus anything at all.
_PIECES = ["第1条", "第十二条", "第３条の２", "第2項", "第1号", "（目的）", "（", "）", "「", "」",
           "『", "』", "(", ")", "。", "、", "甲", "乙", "丙", "委託者", "受託者", "発注者",
           "受注者", "派遣元", "派遣先", "（以下「甲」という。）", "（以下「乙」という。）",
           "株式会社○○", "○○市", "練馬区", "以下", "という", "個人情報", "別記", "別紙",
           "特記事項", "次の各号", "２　", "（１）", "①", "ア　", "\n", "\r\n", "\r", "\u3000",
           " ", "\t", "\x00", "\x1b", "\u2028", "\ufeff", "𠮷", "ｶﾀｶﾅ", "１２", "一二三",
           "契約書", "。」", "」。", "\u202e"]
contract_like = st.lists(st.one_of(st.sampled_from(_PIECES), st.text(max_size=8)),
                         max_size=80).map("".join)
any_text = st.one_of(st.text(max_size=400), contract_like)


def _source_lines(text: str) -> list[str]:
    """Lines exactly as a user sees them, numbered as extraction numbers them."""
    return [clean_text(line) for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]


# --------------------------------------------------------------------------- extraction

@given(any_text)
def test_extract_text_never_raises_and_blocks_map_back(text):
    blocks = extract_text(text, "x.txt")
    lines = _source_lines(text)
    for b in blocks:
        assert b.loc.file == "x.txt" and b.loc.line is not None
        assert b.text.strip()
        assert b.text in lines[b.loc.line - 1]
        assert len(b.text) <= MAX_BLOCK_CHARS
        assert not re.search(r"[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029]", b.text)
    # Nothing is lost: every non-blank line is there, in order.
    expected = [(i, line) for i, line in enumerate(lines, 1) if line.strip()]
    assert [(b.loc.line, b.text) for b in blocks] == expected


@given(st.text(min_size=1, max_size=30), st.integers(min_value=1, max_value=40))
def test_split_long_pieces_concatenate_to_the_line(unit, repeat):
    line = unit * (repeat * 300 // len(unit) + 1)
    loc = Location("x", line=7)
    pieces = split_long([Block(line, loc, label="第1条")], limit=200)
    assert "".join(p.text for p in pieces) == line
    assert all(0 < len(p.text) <= 200 for p in pieces)
    assert all(p.loc == loc for p in pieces)
    assert pieces[0].label == "第1条" and all(p.label is None for p in pieces[1:])


@given(st.text())
def test_clean_text_keeps_length(text):
    out = clean_text(text)
    assert len(out) == len(text)
    assert all(a == b or b == " " for a, b in zip(text, out))


@given(st.text())
def test_display_name_is_printable_and_encodable(name):
    out = display_name(name)
    out.encode("utf-8")
    assert not re.search(r"[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]", out)


@given(st.binary(max_size=2000))
def test_decode_any_bytes_gives_text_or_a_clear_error(data):
    try:
        text = decode(data, "x.txt")
    except InputError as exc:
        assert exc.code in {"encoding-unknown", "encoding-mixed", "binary-file"}
        assert exc.message.startswith("x.txt: ")
        return
    assert isinstance(text, str)


@given(st.text(max_size=300), st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp932"]))
def test_decode_reads_encoded_text_back(text, encoding):
    assume("\x00" not in text)
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        return
    if encoding == "cp932":
        # Characters that cp932 maps onto bytes never used by real Shift_JIS text are refused
        # on purpose (test_cp932_implausible_bytes_are_refused).
        assume(not set(data.decode("cp932")) & set("\x80\uf8f0\uf8f1\uf8f2\uf8f3"))
        try:
            expected = data.decode("utf-8")  # also valid UTF-8: read as UTF-8, rightly
        except UnicodeDecodeError:
            # cp932 does not round-trip every character (¢ comes back as ￠): compare with
            # what the codec itself reads.
            expected = data.decode("cp932")
    elif encoding == "utf-8" and text.startswith("\ufeff"):
        expected = text[1:]
    else:
        expected = text
    try:
        got = decode(data, "x.txt")
    except InputError as exc:
        # Known limit: Shift_JIS lines that happen to be valid UTF-8 with Japanese-looking
        # three-byte sequences, next to lines that are not, read as mixed encodings.
        assert encoding == "cp932" and exc.code == "encoding-mixed"
        return
    assert got == expected


# --------------------------------------------------------------------------- segmentation

segment = pytest.importorskip("contractcheck.segment")
parties_mod = pytest.importorskip("contractcheck.parties")


@given(any_text)
def test_normalize_never_raises(text):
    out = segment.normalize(text)
    assert isinstance(out, str)
    assert segment.normalize(text, squeeze=False) is not None
    segment.strip_markers(text)


@given(st.one_of(any_text, st.text(alphabet="0123456789²³¹١٢٣０１２３一二三十百千〇", max_size=6)))
def test_kanji_to_int_never_raises(text):
    """Documented: "None if ``text`` is not a kanji numeral"."""
    value = segment.kanji_to_int(text)
    assert value is None or isinstance(value, int)


@given(any_text)
def test_split_sentences_covers_the_text(text):
    pieces = segment.split_sentences(text)
    for off, sent in pieces:
        assert text[off:off + len(sent)] == sent
    # The pieces are in order and do not overlap.
    ends = [off + len(s) for off, s in pieces]
    assert all(pieces[i + 1][0] >= ends[i] for i in range(len(pieces) - 1))


_SKIPPABLE = re.compile(r"^\s*[-－―‐ー（(]?\s*[0-9０-９]{1,4}\s*(?:/\s*[0-9０-９]{1,4})?\s*[-－―‐ー）)]?\s*$")


def _quote_maps_back(quote: str, lines: list[str], line_no: int) -> bool:
    """``quote`` starts in line ``line_no`` and continues through the following lines.

    Line-oriented text is re-joined by segmentation (layout wraps), each line stripped; blank
    lines and bare page numbers between them are dropped; a letter-spaced run (「第 1 3 条」) is
    quoted without its spaces. The quote must be exactly the concatenation of such pieces,
    beginning inside the given line.
    """
    lines = [segment.unspace_letters(line) for line in lines]
    first = lines[line_no - 1].strip()
    if quote in first:
        return True
    for k in range(min(len(first), len(quote)), 0, -1):
        if not first.endswith(quote[:k]):
            continue
        rest = quote[k:]
        for line in lines[line_no:]:
            s = line.strip()
            if not s:
                continue
            if rest.startswith(s):
                rest = rest[len(s):]
            elif s.startswith(rest):
                rest = ""
            elif _SKIPPABLE.match(s):
                continue
            else:
                break
            if not rest:
                return True
    return False


@given(any_text)
def test_segmentation_never_raises_and_every_sentence_maps_back(text):
    blocks = extract_text(text, "x.txt")
    structure = segment.build(blocks)
    lines = _source_lines(text)
    for s in structure.sentences:
        assert s.loc.file == "x.txt" and s.loc.line is not None
        assert s.text == s.text.strip() and s.text
        assert _quote_maps_back(s.text, lines, s.loc.line), (s.text, s.loc.line)
        assert isinstance(s.norm, str)


@given(st.lists(st.tuples(any_text, st.sampled_from(["para", "table", "page"])), max_size=12))
def test_segmentation_of_docx_and_pdf_shaped_blocks(parts):
    blocks = []
    for i, (text, shape) in enumerate(parts, 1):
        for line in clean_text(text).split("\n"):
            if not line.strip():
                continue
            loc = {"para": Location("d", paragraph=i), "table": Location("d", table=1, row=i, cell=1),
                   "page": Location("d", page=1 + i // 4)}[shape]
            blocks.append(Block(line[:MAX_BLOCK_CHARS], loc))
    structure = segment.build(blocks)
    by_loc: dict[Location, list[str]] = {}
    for b in blocks:
        by_loc.setdefault(b.loc, []).append(b.text)
    for s in structure.sentences:
        assert s.loc in by_loc
        if s.loc.page is None:  # a Word paragraph or a cell is never joined with another
            assert any(s.text in t for t in by_loc[s.loc])


# --------------------------------------------------------------------------- parties

@given(any_text)
def test_party_resolution_never_raises(text):
    parties = parties_mod.resolve(text)
    assert not (parties.client & parties.contractor)
    for word in parties.words():
        assert parties.role_of(word) in {"client", "contractor"}
    for entity, alias, role in parties.definitions:
        assert role in {"client", "contractor"}
        assert alias in text


@given(st.sampled_from(["株式会社みどり", "有限会社あおば", "○○市", "練馬区", "区長"]),
       st.sampled_from(["甲", "乙", "委託者", "受託者", "発注者", "受注者"]), any_text)
def test_party_definition_decides_role(entity, alias, noise):
    assume("以下" not in noise)  # a second definition of the same alias may rightly override
    text = f"{entity}（以下「{alias}」という。）は、次のとおり契約する。{noise}"
    role = parties_mod.resolve(text).role_of(alias)
    company = entity.startswith(("株式会社", "有限会社"))
    assert role == ("contractor" if company else "client")
