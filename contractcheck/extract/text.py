"""Plain text (.txt, .md): encoding detected from the bytes, one block per line.

Decoding is strict: a file we cannot decode with certainty is refused with the line number
where it goes wrong, rather than checked as mojibake (a garbled 第5条 would silently become a
"missing item" finding, which is worse than an error).
"""

from __future__ import annotations

import re

from ..errors import InputError
from ..model import Block, Location
from ._common import clean_text, too_many_chars

# Tried in order; CP932 is Windows' Shift_JIS, which is what old ward PCs save.
ENCODINGS = ("utf-8", "cp932")

# Python's cp932 codec maps the single bytes 0x80, 0xA0 and 0xFD-0xFF, which never occur in
# real Shift_JIS text, to these characters. Seeing one means the bytes were not Shift_JIS.
_CP932_IMPLAUSIBLE = frozenset("\x80\uf8f0\uf8f1\uf8f2\uf8f3")


_UTF8_3BYTE = re.compile(rb"[\xe0-\xef][\x80-\xbf]{2}")


def _err(code: str, name: str, message: str, hint: str) -> InputError:
    return InputError(code, f"{name}: {message}", hint, path=name)


def _unknown(name: str, line: int | None) -> InputError:
    where = f"{line}行目に" if line else ""
    return _err("encoding-unknown", name,
                f"文字コードを判別できません（{where}UTF-8でもShift_JISでもない部分があります）。",
                "メモ帳などで開き、UTF-8で保存し直してください。")


def decode(data: bytes, name: str) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        return _strict(data[3:], "utf-8", name)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _strict(data, "utf-16", name)
    nul = data.find(b"\x00")
    if nul >= 0:
        return _binary(name, data.count(b"\n", 0, nul) + 1)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    # Not UTF-8 as a whole: look line by line, so that a file that is half UTF-8 and half
    # Shift_JIS (two drafts pasted together) is named as such instead of becoming mojibake.
    # 0x0A is never the second byte of a Shift_JIS character, so splitting bytes on it is safe.
    utf8_first = sjis_first = None
    for no, raw in enumerate(data.split(b"\n"), 1):
        if raw.isascii():
            continue
        try:
            raw.decode("utf-8")
            # Only a line with a three-byte sequence (where Japanese lives in UTF-8) counts as
            # UTF-8 evidence: a few half-width kana in Shift_JIS can form valid two-byte UTF-8.
            if _UTF8_3BYTE.search(raw):
                utf8_first = utf8_first or no
                continue
        except UnicodeDecodeError:
            pass
        try:
            line = raw.decode("cp932")
        except UnicodeDecodeError:
            raise _unknown(name, no) from None
        if _CP932_IMPLAUSIBLE.intersection(line):
            raise _unknown(name, no)
        sjis_first = sjis_first or no
    if utf8_first and sjis_first:
        raise _err("encoding-mixed", name,
                   f"文字コードが混在しています（{utf8_first}行目はUTF-8、{sjis_first}行目はShift_JIS）。",
                   "メモ帳などで開いて文字化けがないか確認し、UTF-8で保存し直してください。")
    return data.decode("cp932")


def _binary(name: str, line: int) -> str:
    raise _err("binary-file", name,
               f"テキストファイルではありません（{line}行目にNUL文字などのバイナリデータを含みます）。",
               "Word・PDF・テキスト形式の契約書を指定してください。UTF-16の場合はUTF-8で保存し直してください。")


def _strict(data: bytes, enc: str, name: str) -> str:
    try:
        text = data.decode(enc)
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1 if enc == "utf-8" else None
        raise _unknown(name, line) from None
    if "\x00" in text:
        _binary(name, text.count("\n", 0, text.index("\x00")) + 1)
    return text


def blocks_from_text(text: str, name: str) -> list[Block]:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    blocks = []
    for i, line in enumerate(text.split("\n"), 1):
        line = clean_text(line)
        if line.strip():
            blocks.append(Block(line, Location(name, line=i)))
    return blocks


def extract(data: bytes, name: str, *, max_chars: int | None = None) -> list[Block]:
    text = decode(data, name)
    if max_chars is not None and len(text) > max_chars:
        # Checked before building blocks: a 10 MB line is refused without being copied again.
        raise too_many_chars(name, len(text), max_chars)
    return blocks_from_text(text, name)
