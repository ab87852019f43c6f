"""PDF: the text layer via pdfplumber, one block per line, with page numbers.

Lines broken by the PDF layout are joined again by ``segment`` (shared with plain text).
"""

from __future__ import annotations

import re
from pathlib import Path

from ..errors import InputError
from ..model import Block, Location

MAX_PAGES = 2000
# A page number or a bare running counter on its own line: not contract text.
_PAGE_NO = re.compile(r"^\s*[-－―‐ー（(]?\s*[0-9０-９]{1,4}\s*(/\s*[0-9０-９]{1,4})?\s*[-－―‐ー）)]?\s*$")


def extract(path: Path, name: str, max_pages: int = MAX_PAGES) -> list[Block]:
    import pdfplumber
    from pdfminer.pdfdocument import PDFPasswordIncorrect

    try:
        pdf = pdfplumber.open(path)
    except PDFPasswordIncorrect:
        raise _encrypted(name) from None
    except Exception as exc:  # pdfminer raises many unrelated types for broken files
        if "password" in str(exc).lower() or "encrypt" in type(exc).__name__.lower():
            raise _encrypted(name) from None
        raise InputError("pdf-corrupt", f"{name}: PDFが壊れていて読めません。",
                         "元のファイルからPDFを作り直してください。", path=name) from None
    blocks: list[Block] = []
    with pdf:
        try:
            pages = pdf.pages
        except Exception:
            raise InputError("pdf-corrupt", f"{name}: PDFのページ情報が壊れていて読めません。",
                             "元のファイルからPDFを作り直してください。", path=name) from None
        if len(pages) > max_pages:
            raise InputError("pdf-too-many-pages",
                             f"{name}: ページ数が多すぎます（{len(pages)}ページ、上限{max_pages}ページ）。",
                             "契約書の部分だけを別のPDFにしてください。", path=name)
        for no, page in enumerate(pages, 1):
            try:
                text = page.extract_text() or ""
            except Exception:
                raise InputError("pdf-corrupt", f"{name}: {no}ページ目が壊れていて読めません。",
                                 "元のファイルからPDFを作り直してください。", path=name) from None
            for line in text.split("\n"):
                if line.strip() and not _PAGE_NO.match(line):
                    blocks.append(Block(line, Location(name, page=no)))
            page.flush_cache()
    if not blocks:
        raise InputError("pdf-no-text",
                         f"{name}: PDFに文字情報がありません（スキャンした画像のPDFと思われます）。",
                         "OCR（文字認識）をかけて文字を含むPDFにしてから確認してください。", path=name)
    return blocks


def _encrypted(name: str) -> InputError:
    return InputError("pdf-encrypted", f"{name}: パスワードで保護されたPDFのため読めません。",
                      "パスワードを解除したPDFを用意してください。", path=name)
