"""Helpers shared by the adapters: safe display names, control characters, long lines."""

from __future__ import annotations

import re

from ..errors import InputError
from ..model import Block

# No block is longer than this. Real paragraphs are under 2,000 characters; the NLP stage's
# tokenizer refuses inputs over 49,149 UTF-8 bytes (about 12,000 four-byte characters), so a
# block this size can always be given to it, and a 10 MB line never exists as one string
# downstream.
MAX_BLOCK_CHARS = 4000

# C0/C1 control characters (except TAB) and the Unicode line/paragraph separators. They are
# replaced one for one by a space, so every character keeps its position: evidence offsets
# into a block still point at the same characters of the source line.
_CONTROL = {c: " " for c in [*range(0x00, 0x09), *range(0x0A, 0x20), *range(0x7F, 0xA0),
                             0x2028, 0x2029]}
_CONTROL_RE = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029]")

# Characters that may not appear raw in a file name we print: controls could move the cursor
# or change the terminal title, bidi overrides could make 「契約.txt」 look like something else.
_NAME_BAD = re.compile("[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069"
                       "\ud800-\udfff]")

# Preferred places to cut an over-long line, best first: sentence ends, then closing
# brackets and spaces, then commas.
_BREAK_TIERS = ("。．！？!?", "」』）)\u3000 \t", "、，,")


def clean_text(text: str) -> str:
    """``text`` with control characters replaced by spaces (same length)."""
    if _CONTROL_RE.search(text) is None:
        return text
    return text.translate(_CONTROL)


def display_name(name: str) -> str:
    """A file name safe to print: undecodable bytes and control characters are escaped."""
    if _NAME_BAD.search(name) is None:
        return name

    def esc(m: re.Match) -> str:
        o = ord(m.group())
        if 0xDC80 <= o <= 0xDCFF:  # a byte that was not UTF-8 (surrogateescape)
            return f"\\x{o - 0xDC00:02x}"
        return f"\\x{o:02x}" if o < 0x100 else f"\\u{o:04x}"

    return _NAME_BAD.sub(esc, name)


def _cut_points(text: str, limit: int):
    start = 0
    n = len(text)
    while n - start > limit:
        end = start + limit
        window = text[start + limit // 2:end]
        best = -1
        for tier in _BREAK_TIERS:
            best = max(window.rfind(ch) for ch in tier)
            if best >= 0:
                break
        cut = start + limit // 2 + best + 1 if best >= 0 else end
        yield start, cut
        start = cut
    yield start, n


def split_long(blocks: list[Block], limit: int = MAX_BLOCK_CHARS) -> list[Block]:
    """Blocks longer than ``limit`` split into pieces at sentence ends where possible.

    Every piece keeps the block's location, and the pieces concatenate to the original text,
    so a quote from any piece is still found at that location of the source.
    """
    if all(len(b.text) <= limit for b in blocks):
        return blocks
    out: list[Block] = []
    for b in blocks:
        if len(b.text) <= limit:
            out.append(b)
            continue
        for i, (s, e) in enumerate(_cut_points(b.text, limit)):
            out.append(Block(b.text[s:e], b.loc, label=b.label if i == 0 else None,
                             is_heading=b.is_heading if i == 0 else False))
    return out


def too_many_chars(name: str, total: int, max_chars: int) -> InputError:
    return InputError("text-too-long",
                      f"{name}: 文字数が多すぎます（約{total:,}文字、上限{max_chars:,}文字）。"
                      "契約書として異常に長いため確認しません。",
                      "契約書の部分だけを別ファイルにしてください。", path=name)
