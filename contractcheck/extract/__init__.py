"""Extraction: one adapter per format, each turning a file into ``Block``s with locations.

The format is decided from the file's first bytes, not its name: officers rename files by hand,
and a .doc renamed to .docx must get the .doc message, not a zip error.

Every input is treated as hostile (see docs/security.md):

* the file is opened exactly once, read-only and non-blocking (a FIFO in a scanned folder must
  not hang the run), checked with ``fstat`` on that same descriptor (no check-then-open race),
  and read into memory with a hard size cap, so no adapter ever touches the path again;
* every failure becomes an ``InputError`` with a stable code, a Japanese message that names
  only the file (never its contents) and a hint;
* the output is bounded: no block is longer than ``MAX_BLOCK_CHARS`` and a document with more
  than ``max_chars`` characters is refused, so a 10 MB single line can neither exhaust memory
  here nor reach the NLP stage as one piece.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from ..errors import InputError
from ..model import Block
from . import docx as docx_adapter
from . import pdf as pdf_adapter
from . import text as text_adapter
from ._common import MAX_BLOCK_CHARS, split_long, too_many_chars
from ._common import display_name as _display_name

# Files bigger than this are refused before reading (a 200-page contract is about 1 MB as .docx).
DEFAULT_MAX_BYTES = 50 * 1024 * 1024
# A 200-page contract is about 200,000 characters; ten times that is not a contract, and the
# NLP stage would need hours for it. Refusing it up front keeps every run bounded in time.
DEFAULT_MAX_CHARS = 2_000_000
DEFAULT_MAX_PAGES = pdf_adapter.MAX_PAGES

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

__all__ = ["DEFAULT_MAX_BYTES", "DEFAULT_MAX_CHARS", "DEFAULT_MAX_PAGES", "MAX_BLOCK_CHARS",
           "OLE_MAGIC", "check_readable", "extract", "extract_text", "read_input", "sniff"]


def sniff(head: bytes, suffix: str) -> str:
    """Return 'docx', 'pdf', 'ole' or 'text' from the first bytes (and the name as a tie-break)."""
    # A PDF may legally have junk before the header (within the first 1024 bytes); some
    # scanners' PDFs start with a blank line or a BOM.
    if head.startswith(b"%PDF-") or (b"%PDF-" in head[:1024] and suffix == ".pdf"):
        return "pdf"
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return "docx"
    if head.startswith(OLE_MAGIC):
        return "ole"
    if suffix in (".docx", ".pdf") and head:
        # Named like a binary format but is neither: report it as a broken file of that format.
        return suffix[1:] + "-broken"
    return "text"


def _err(code: str, name: str, message: str, hint: str) -> InputError:
    return InputError(code, f"{name}: {message}", hint, path=name)


def _open_error(exc: OSError, path: Path, name: str) -> InputError:
    if isinstance(exc, FileNotFoundError) or exc.errno == errno.ENOTDIR:
        if os.path.islink(path):
            return _err("file-not-found", name, "リンク（ショートカット）の参照先のファイルがありません。",
                        "リンク先のファイルが移動・削除されていないか確認してください。")
        return _err("file-not-found", name, "ファイルが見つかりません。",
                    "ファイル名とフォルダを確認してください。")
    if isinstance(exc, PermissionError):
        return _err("permission-denied", name, "ファイルを読む権限がありません。",
                    "ファイルのアクセス権を確認してください。")
    if isinstance(exc, IsADirectoryError):
        return _is_dir(name)
    if exc.errno == errno.ELOOP:
        return _err("symlink-loop", name, "リンクが循環していて、ファイルにたどり着けません。",
                    "リンク（シンボリックリンク）の設定を確認してください。")
    if exc.errno == errno.ENAMETOOLONG:
        return _err("name-too-long", name, "ファイル名またはパスが長すぎます。",
                    "短い名前のフォルダにコピーしてから確認してください。")
    return _err("unreadable", name, f"ファイルを開けません（{exc.strerror or type(exc).__name__}）。",
                "パスとファイルの状態を確認してください。")


def _is_dir(name: str) -> InputError:
    return _err("is-directory", name, "フォルダです。ファイルを指定してください。",
                "フォルダ内をまとめて確認するには contractcheck scan を使ってください。")


def _too_large(name: str, size: int, max_bytes: int) -> InputError:
    mb = 1024 * 1024
    return _err("too-large", name,
                f"ファイルが大きすぎます（{_fmt_mb(size)}MB、上限{_fmt_mb(max_bytes)}MB）。",
                "契約書の部分だけを別ファイルにするか、設定 max-file-mb で上限を上げてください。"
                if max_bytes >= mb else "設定 max-file-mb で上限を上げてください。")


def _fmt_mb(n: int) -> str:
    v = n / (1024 * 1024)
    return f"{v:.0f}" if v >= 10 else f"{v:.1f}"


def read_input(path: str | os.PathLike, name: str | None = None, *,
               max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The bytes of one input file, read once, read-only, never more than ``max_bytes``.

    Raises InputError for a missing file, a folder, a FIFO/device, no permission, an empty
    file or one over the limit. The limit is checked before reading anything.
    """
    p = Path(path)
    name = _display_name(name or str(path))
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0) \
        | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(p, flags)
    except OSError as exc:
        raise _open_error(exc, p, name) from None
    try:
        try:
            st = os.fstat(fd)
        except OSError as exc:
            raise _open_error(exc, p, name) from None
        _check_stat(st, name, max_bytes)
        chunks = []
        left = max_bytes + 1  # one byte more than allowed tells us the file grew past the cap
        while left > 0:
            try:
                chunk = os.read(fd, min(left, 1 << 20))
            except PermissionError:
                raise _open_error(PermissionError(errno.EACCES, "Permission denied"), p,
                                  name) from None
            except OSError as exc:
                raise _err("unreadable", name,
                           f"ファイルの読み込み中にエラーが発生しました（{exc.strerror or type(exc).__name__}）。",
                           "ファイルをローカルのフォルダにコピーしてから確認してください。") from None
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
        data = b"".join(chunks)
    finally:
        os.close(fd)
    if len(data) > max_bytes:
        raise _too_large(name, len(data), max_bytes)
    if not data:
        raise _empty(name)
    return data


def _empty(name: str) -> InputError:
    return _err("empty-file", name, "ファイルが空です（0バイト）。", "正しいファイルを指定してください。")


def _check_stat(st: os.stat_result, name: str, max_bytes: int) -> None:
    """The checks both entry points make on a file's status, before any byte is read."""
    if stat.S_ISDIR(st.st_mode):
        raise _is_dir(name)
    if not stat.S_ISREG(st.st_mode):
        # FIFOs, sockets and devices: reading one could block forever or never end.
        raise _err("not-a-file", name, "通常のファイルではありません（デバイスや名前付きパイプなど）。",
                   "契約書のファイルを指定してください。")
    if st.st_size == 0:
        raise _empty(name)
    if st.st_size > max_bytes:
        raise _too_large(name, st.st_size, max_bytes)


def check_readable(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> int:
    """Raise a clear InputError unless ``path`` is a readable, non-empty regular file.

    Kept for callers that want to vet a path without extracting (e.g. listing a folder);
    ``extract`` itself does the same checks on the descriptor it reads from.
    """
    name = _display_name(str(path))
    try:
        st = os.stat(path)
    except OSError as exc:
        raise _open_error(exc, Path(path), name) from None
    _check_stat(st, name, max_bytes)
    if not os.access(path, os.R_OK):
        raise _open_error(PermissionError(errno.EACCES, "Permission denied"), Path(path), name)
    return st.st_size


def extract(path: str | os.PathLike, *, display_name: str | None = None,
            max_bytes: int = DEFAULT_MAX_BYTES, max_chars: int = DEFAULT_MAX_CHARS,
            max_pages: int = DEFAULT_MAX_PAGES) -> list[Block]:
    """Read one file into blocks. Raises InputError with a Japanese message on any failure.

    ``display_name`` is used in locations and messages (control characters and undecodable
    bytes in it are escaped so that a hostile file name cannot rewrite the terminal).
    """
    p = Path(path)
    name = _display_name(display_name or str(path))
    data = read_input(p, name, max_bytes=max_bytes)
    fmt = sniff(data[:1024], p.suffix.lower())
    if fmt == "pdf":
        blocks = pdf_adapter.extract(data, name, max_pages=max_pages, max_chars=max_chars)
    elif fmt == "docx":
        blocks = docx_adapter.extract(data, name)
    elif fmt == "ole":
        blocks = docx_adapter.reject_ole(data, name)
    elif fmt == "docx-broken":
        raise _err("docx-not-zip", name,
                   "Word文書（.docx）として読めません（ファイルが壊れているか、形式が違います）。",
                   "Wordで開いて .docx 形式で保存し直してください。")
    elif fmt == "pdf-broken":
        raise _err("pdf-corrupt", name,
                   "PDFとして読めません（ファイルが壊れているか、形式が違います）。",
                   "元のファイルからPDFを作り直してください。")
    else:
        blocks = text_adapter.extract(data, name, max_chars=max_chars)
    return _finish(blocks, name, max_chars)


def _finish(blocks: list[Block], name: str, max_chars: int) -> list[Block]:
    total = sum(len(b.text) for b in blocks)
    if total > max_chars:
        raise too_many_chars(name, total, max_chars)
    blocks = split_long(blocks)
    if not any(b.text.strip() for b in blocks):
        raise _err("no-text", name, "文字が含まれていません。", "本文の入ったファイルを指定してください。")
    return blocks


def extract_text(text: str, name: str = "-", *,
                 max_chars: int | None = DEFAULT_MAX_CHARS) -> list[Block]:
    """Blocks from text already in memory (``check -`` reads stdin).

    Never raises on any string within ``max_chars`` (over it: InputError "text-too-long"):
    control characters become spaces (one for one, so positions are kept) and over-long lines
    are split into several blocks of the same line.
    """
    name = _display_name(name)
    if max_chars is not None and len(text) > max_chars:
        raise too_many_chars(name, len(text), max_chars)
    return split_long(text_adapter.blocks_from_text(text, name))
