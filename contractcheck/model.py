"""Plain values passed between the stages. Frozen, so a stage cannot change another's data.

Findings are values: reporters (``contractcheck.report``) are pure functions of a ``Report``.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Literal

Status = Literal["present", "weak", "missing"]
Kind = Literal["outsourcing", "special-provisions", "dispatch", "unknown"]
Severity = Literal["required", "advisory"]

STATUSES: tuple[str, ...] = ("present", "weak", "missing")
KINDS: tuple[str, ...] = ("outsourcing", "special-provisions", "dispatch", "unknown")

# Japanese labels used by every human-facing reporter, so the words are the same everywhere.
STATUS_LABELS = {"present": "記載あり", "weak": "不十分", "missing": "記載なし"}
KIND_LABELS = {
    "outsourcing": "業務委託契約（特記事項を含む）",
    "special-provisions": "個人情報取扱特記事項",
    "dispatch": "労働者派遣契約",
    "unknown": "種類不明（業務委託契約として確認）",
}


@dataclass(frozen=True)
class Location:
    """Where a piece of text came from. Only the fields that apply to the format are set."""

    file: str
    page: int | None = None        # PDF, 1-based
    paragraph: int | None = None   # docx body paragraph index (1-based, tables counted apart)
    table: int | None = None       # docx table number (1-based), with row/cell below
    row: int | None = None
    cell: int | None = None
    line: int | None = None        # text files, 1-based

    def describe(self) -> str:
        """A short Japanese description, e.g. 「3ページ」「12段落」「表1 2行3列」「45行目」."""
        parts = []
        if self.page is not None:
            parts.append(f"{self.page}ページ")
        if self.table is not None:
            parts.append(f"表{self.table} {self.row}行{self.cell}列")
        elif self.paragraph is not None:
            parts.append(f"{self.paragraph}段落")
        if self.line is not None:
            parts.append(f"{self.line}行目")
        return " ".join(parts)


@dataclass(frozen=True)
class Block:
    """A paragraph-sized run of text as extracted, before segmentation."""

    text: str
    loc: Location
    label: str | None = None       # an article label recovered from Word numbering, e.g. "第5条"
    is_heading: bool = False


@dataclass(frozen=True)
class Evidence:
    file: str
    article: str | None
    text: str
    page: int | None = None
    paragraph: int | None = None
    line: int | None = None
    table: int | None = None
    row: int | None = None
    cell: int | None = None

    def location(self) -> Location:
        return Location(self.file, self.page, self.paragraph, self.table, self.row, self.cell,
                        self.line)

    def as_dict(self) -> dict:
        return {"file": self.file, "article": self.article, "text": self.text,
                "page": self.page, "paragraph": self.paragraph, "line": self.line}


@dataclass(frozen=True)
class ItemResult:
    id: str
    basis: str
    title: str
    status: Status
    severity: Severity = "required"
    evidence: tuple[Evidence, ...] = ()
    reason: str = ""
    suggestion: str = ""
    notes: tuple[str, ...] = ()

    def as_dict(self) -> dict:
        return {"id": self.id, "basis": self.basis, "title": self.title,
                "severity": self.severity, "status": self.status,
                "evidence": [e.as_dict() for e in self.evidence],
                "reason": self.reason, "suggestion": self.suggestion or None,
                "notes": list(self.notes)}


@dataclass(frozen=True)
class ErrorInfo:
    code: str
    message: str

    def as_dict(self) -> dict:
        return {"code": self.code, "message": self.message}


@dataclass(frozen=True)
class DocumentResult:
    path: str
    kind: str | None = None
    items: tuple[ItemResult, ...] = ()
    error: ErrorInfo | None = None
    warnings: tuple[str, ...] = ()
    attachments: tuple[str, ...] = ()
    chars: int = 0

    def item(self, item_id: str) -> ItemResult | None:
        for it in self.items:
            if it.id == item_id:
                return it
        return None

    def as_dict(self) -> dict:
        return {"path": self.path, "kind": self.kind,
                "attachments": list(self.attachments),
                "warnings": list(self.warnings),
                "items": [i.as_dict() for i in self.items],
                "error": self.error.as_dict() if self.error else None}


@dataclass(frozen=True)
class Report:
    documents: tuple[DocumentResult, ...] = field(default_factory=tuple)
    version: int = 1

    def as_dict(self) -> dict:
        return {"version": self.version, "documents": [d.as_dict() for d in self.documents]}


def document_from_dict(data: dict) -> DocumentResult:
    """Inverse of ``DocumentResult.as_dict`` (used by the scan cache and baselines)."""
    items = []
    for it in data.get("items", []):
        ev = tuple(Evidence(**{k: e.get(k) for k in ("file", "article", "text", "page",
                                                     "paragraph", "line")})
                   for e in it.get("evidence", []))
        items.append(ItemResult(id=it["id"], basis=it["basis"], title=it.get("title", ""),
                                status=it["status"], severity=it.get("severity", "required"),
                                evidence=ev, reason=it.get("reason", ""),
                                suggestion=it.get("suggestion") or "",
                                notes=tuple(it.get("notes", []))))
    err = data.get("error")
    return DocumentResult(path=data["path"], kind=data.get("kind"), items=tuple(items),
                          error=ErrorInfo(**err) if err else None,
                          warnings=tuple(data.get("warnings", [])),
                          attachments=tuple(data.get("attachments", [])))


__all__ = ["Block", "DocumentResult", "ErrorInfo", "Evidence", "ItemResult", "Location",
           "Report", "STATUSES", "KINDS", "STATUS_LABELS", "KIND_LABELS", "asdict",
           "document_from_dict"]
