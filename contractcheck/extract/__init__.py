"""Extraction: one adapter per format, each turning a file into ``Block``s with locations.

The format is decided from the file's first bytes, not its name: officers rename files by hand,
and a .doc renamed to .docx must get the .doc message, not a zip error.
"""

from __future__ import annotations

import os
from pathlib import Path

from ..errors import InputError
from ..model import Block
from . import docx as docx_adapter
from . import pdf as pdf_adapter
from . import text as text_adapter

# Files bigger than this are refused before reading (a 200-page contract is about 1 MB as .docx).
DEFAULT_MAX_BYTES = 50 * 1024 * 1024

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def sniff(head: bytes, suffix: str) -> str:
    """Return 'docx', 'pdf', 'ole' or 'text' from the first bytes (and the name as a tie-break)."""
    if head.startswith(b"%PDF-"):
        return "pdf"
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return "docx"
    if head.startswith(OLE_MAGIC):
        return "ole"
    if suffix in (".docx", ".pdf") and head:
        # Named like a binary format but is neither: report it as a broken file of that format.
        return suffix[1:] + "-broken"
    return "text"


def check_readable(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> int:
    """Raise a clear InputError unless ``path`` is a readable, non-empty regular file."""
    name = str(path)
    try:
        st = path.stat()
    except FileNotFoundError:
        raise InputError("file-not-found", f"{name}: ファイルが見つかりません。",
                         "ファイル名とフォルダを確認してください。", path=name) from None
    except PermissionError:
        raise InputError("permission-denied", f"{name}: ファイルを読む権限がありません。",
                         "ファイルのアクセス権を確認してください。", path=name) from None
    except OSError as exc:
        raise InputError("unreadable", f"{name}: ファイルを開けません（{exc.strerror}）。",
                         "パスを確認してください。", path=name) from None
    if path.is_dir():
        raise InputError("is-directory", f"{name}: フォルダです。ファイルを指定してください。",
                         "フォルダ内をまとめて確認するには contractcheck scan を使ってください。",
                         path=name)
    if st.st_size == 0:
        raise InputError("empty-file", f"{name}: ファイルが空です。",
                         "正しいファイルを指定してください。", path=name)
    if st.st_size > max_bytes:
        raise InputError("too-large",
                         f"{name}: ファイルが大きすぎます（{st.st_size // (1024 * 1024)}MB、上限"
                         f"{max_bytes // (1024 * 1024)}MB）。",
                         "分割するか、設定 max-file-mb で上限を上げてください。", path=name)
    if not os.access(path, os.R_OK):
        raise InputError("permission-denied", f"{name}: ファイルを読む権限がありません。",
                         "ファイルのアクセス権を確認してください。", path=name)
    return st.st_size


def extract(path: str | os.PathLike, *, display_name: str | None = None,
            max_bytes: int = DEFAULT_MAX_BYTES) -> list[Block]:
    """Read one file into blocks. Raises InputError with a Japanese message on any failure."""
    p = Path(path)
    name = display_name or str(path)
    check_readable(p, max_bytes)
    with open(p, "rb") as fh:  # read-only, always
        head = fh.read(8)
    fmt = sniff(head, p.suffix.lower())
    if fmt == "pdf":
        blocks = pdf_adapter.extract(p, name)
    elif fmt == "docx":
        blocks = docx_adapter.extract(p, name)
    elif fmt == "ole":
        blocks = docx_adapter.reject_ole(p, name)
    elif fmt == "docx-broken":
        raise InputError("docx-not-zip", f"{name}: Word文書（.docx）として読めません（ファイルが壊れているか、形式が違います）。",
                         "Wordで開いて .docx 形式で保存し直してください。", path=name)
    elif fmt == "pdf-broken":
        raise InputError("pdf-corrupt", f"{name}: PDFとして読めません（ファイルが壊れているか、形式が違います）。",
                         "元のファイルからPDFを作り直してください。", path=name)
    else:
        blocks = text_adapter.extract(p, name)
    if not any(b.text.strip() for b in blocks):
        raise InputError("no-text", f"{name}: 文字が含まれていません。",
                         "本文の入ったファイルを指定してください。", path=name)
    return blocks


def extract_text(text: str, name: str = "-") -> list[Block]:
    """Blocks from text already in memory (``check -`` reads stdin)."""
    return text_adapter.blocks_from_text(text, name)
