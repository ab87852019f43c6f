"""PDF: the text layer via pdfplumber, one block per line, with page numbers.

Lines broken by the PDF layout are joined again by ``segment`` (shared with plain text).

Hostile or broken PDFs: pdfminer raises many unrelated exception types, so every call into it
is wrapped and turned into one of a few InputErrors. The page count is read from the page
tree before any page is parsed, and pages are enumerated with a cap, so a 100,000-page file
is refused in a second. pdfminer's and pdfplumber's loggers are silenced: their warnings can
quote bytes of the file (metadata values, content-stream tokens), and nothing from a document
may reach a log (docs/security.md).
"""

from __future__ import annotations

import io
import logging
import re
import time

from ..errors import InputError
from ..model import Block, Location
from ._common import clean_text, too_many_chars

MAX_PAGES = 1000
# Cooperative limit checked between pages. A single page that never finishes is stopped by
# scan's per-file time limit (a separate process); this one bounds a slow file in `check`.
TIME_LIMIT_S = 300.0
# A page number or a bare running counter on its own line: not contract text.
_PAGE_NO = re.compile(r"^\s*[-－―‐ー（(]?\s*[0-9０-９]{1,4}\s*(/\s*[0-9０-９]{1,4})?\s*[-－―‐ー）)]?\s*$")
# pdfminer writes "(cid:123)" for a glyph whose font has no Unicode mapping.
_CID = re.compile(r"\(cid:\d+\)")

for _logger in ("pdfminer", "pdfplumber"):
    _lg = logging.getLogger(_logger)
    _lg.addHandler(logging.NullHandler())
    _lg.propagate = False
    _lg.setLevel(logging.CRITICAL + 1)


def _err(code: str, name: str, message: str, hint: str) -> InputError:
    return InputError(code, f"{name}: {message}", hint, path=name)


def _corrupt(name: str, what: str = "PDFが壊れていて読めません。") -> InputError:
    return _err("pdf-corrupt", name, what, "元のファイルからPDFを作り直してください。")


def _encrypted(name: str) -> InputError:
    return _err("pdf-encrypted", name, "パスワードで保護されたPDFのため読めません。",
                "パスワードを解除したPDFを用意してください（印刷やコピーの制限だけなら読めます）。")


def _is_password_error(exc: BaseException) -> bool:
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

    seen = 0
    while exc is not None and seen < 10:  # pdfplumber wraps pdfminer's exception
        if isinstance(exc, (PDFPasswordIncorrect, PDFEncryptionError)):
            return True
        inner = exc.args[0] if exc.args and isinstance(exc.args[0], BaseException) else None
        exc = inner or exc.__cause__ or exc.__context__
        seen += 1
    return False


def _declared_pages(doc) -> int | None:
    """/Count of the page tree root: the page count without walking the tree."""
    from pdfminer.pdftypes import resolve1

    try:
        pages = resolve1(doc.catalog.get("Pages"))
        count = resolve1(pages.get("Count")) if isinstance(pages, dict) else None
    except Exception:
        return None
    return count if isinstance(count, int) and count >= 0 else None


def _too_many(name: str, n: int | None, max_pages: int) -> InputError:
    count = f"{n:,}ページ" if n else f"{max_pages:,}ページを超える"
    return _err("pdf-too-many-pages", name,
                f"ページ数が多すぎます（{count}、上限{max_pages:,}ページ）。",
                "契約書の部分だけを別のPDFにしてください。")


def _iter_pages(pdf, name: str, max_pages: int):
    """pdfplumber pages, created one at a time, never more than ``max_pages``."""
    from pdfminer.pdfpage import PDFPage
    from pdfplumber.page import Page

    doctop = 0
    gen = PDFPage.create_pages(pdf.doc)
    for no in range(1, max_pages + 2):
        try:
            page_obj = next(gen)
        except StopIteration:
            return
        except RecursionError:
            raise _corrupt(name, "PDFのページ構造が壊れていて（循環しています）読めません。") from None
        except Exception:
            raise _corrupt(name, "PDFのページ情報が壊れていて読めません。") from None
        if no > max_pages:
            raise _too_many(name, _declared_pages(pdf.doc), max_pages)
        try:
            page = Page(pdf, page_obj, page_number=no, initial_doctop=doctop)
            doctop += page.height
        except Exception:
            raise _corrupt(name, f"{no}ページ目が壊れていて読めません。") from None
        yield no, page


def extract(data: bytes, name: str, max_pages: int = MAX_PAGES, *,
            max_chars: int | None = None, time_limit: float = TIME_LIMIT_S) -> list[Block]:
    started = time.monotonic()
    # NOTE: when the cross-reference table is unreadable pdfminer rebuilds it by scanning the
    # objects (as viewers do). When the table parses but its offsets are wrong, no page is
    # found; that is reported as a broken file rather than as a scan without text.
    blocks = _extract(data, name, max_pages, max_chars, started, time_limit)
    if blocks is None:
        raise _corrupt(name, "PDFにページが見つかりません（ファイルが壊れています）。")
    return blocks


def _extract(data: bytes, name: str, max_pages: int, max_chars: int | None, started: float,
             time_limit: float) -> list[Block] | None:
    """Blocks of the PDF, or None when it has no page at all."""
    import pdfplumber

    try:
        pdf = pdfplumber.open(io.BytesIO(data))
    except Exception as exc:  # pdfminer raises many unrelated types for broken files
        if _is_password_error(exc):
            raise _encrypted(name) from None
        raise _corrupt(name) from None
    blocks: list[Block] = []
    chars = cid_chars = pages = 0
    # NOTE: not ``with pdf``: pdfplumber's close() enumerates every page of the file first,
    # which is exactly what the page limit must avoid. The stream is ours (BytesIO).
    declared = _declared_pages(pdf.doc)
    if declared is not None and declared > max_pages:
        raise _too_many(name, declared, max_pages)
    for no, page in _iter_pages(pdf, name, max_pages):
        pages = no
        if time.monotonic() - started > time_limit:
            raise _err("pdf-timeout", name,
                       f"PDFの読み取りに時間がかかりすぎるため中止しました（{no - 1}ページまで処理、上限{time_limit:.0f}秒）。",
                       "PDFを作り直すか、契約書の部分だけを別のPDFにしてください。")
        try:
            text = page.extract_text() or ""
        except Exception:  # includes RecursionError from self-referencing forms
            raise _corrupt(name, f"{no}ページ目が壊れていて読めません。") from None
        cid_chars += sum(len(m) for m in _CID.findall(text))
        for line in text.split("\n"):
            line = clean_text(line)
            if line.strip() and not _PAGE_NO.match(line):
                blocks.append(Block(line, Location(name, page=no)))
                chars += len(line)
        if max_chars is not None and chars > max_chars:
            raise too_many_chars(name, chars, max_chars)
        try:
            page.close()
        except Exception:
            pass
    if pages == 0:
        return None
    if blocks and cid_chars * 2 > chars:
        raise _err("pdf-no-text",
                   name, "PDFの文字を読み取れません（フォントに文字の対応情報がありません）。",
                   "元の文書から「PDFとして保存」し直すか、OCR（文字認識）をかけたPDFにしてください。")
    if not blocks:
        raise _err("pdf-no-text", name,
                   "PDFに文字情報がありません（スキャンした画像のPDFと思われます）。",
                   "OCR（文字認識）をかけて文字を含むPDFにしてから確認してください。")
    return blocks
