"""Plain text (.txt, .md): encoding detected from the bytes, one block per line."""

from __future__ import annotations

from pathlib import Path

from ..errors import InputError
from ..model import Block, Location

# Tried in order; CP932 is Windows' Shift_JIS, which is what old ward PCs save.
ENCODINGS = ("utf-8", "cp932")


def decode(data: bytes, name: str) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
        candidates: tuple[str, ...] = ("utf-8",)
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _strict(data, "utf-16", name)
    else:
        candidates = ENCODINGS
    if b"\x00" in data:
        raise InputError("binary-file", f"{name}: テキストファイルではありません（バイナリデータを含みます）。",
                         "Word・PDF・テキスト形式の契約書を指定してください。", path=name)
    for enc in candidates:
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    raise InputError("encoding-unknown",
                     f"{name}: 文字コードを判別できません（UTF-8でもShift_JISでもない部分があります）。",
                     "メモ帳などで開き、UTF-8で保存し直してください。", path=name)


def _strict(data: bytes, enc: str, name: str) -> str:
    try:
        return data.decode(enc)
    except UnicodeDecodeError:
        raise InputError("encoding-unknown", f"{name}: 文字コードを判別できません。",
                         "UTF-8で保存し直してください。", path=name) from None


def blocks_from_text(text: str, name: str) -> list[Block]:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return [Block(line, Location(name, line=i)) for i, line in enumerate(text.split("\n"), 1)
            if line.strip()]


def extract(path: Path, name: str) -> list[Block]:
    data = path.read_bytes()
    return blocks_from_text(decode(data, name), name)
