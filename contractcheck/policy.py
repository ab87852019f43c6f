"""The one place that decides exit codes.

0: nothing at or above the failure level; 1: findings; 2: the tool could not do its job
(an unreadable document, a bad pattern file, bad template data, usage). Commands return the
code; only ``cli.main`` exits.
"""

from __future__ import annotations

import hashlib

from .model import DocumentResult, ItemResult, Report

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
FAIL_LEVELS = ("weak", "missing")


def is_failure(item: ItemResult, fail_on: str = "weak", advisories_fail: bool = False) -> bool:
    """Whether one item's status counts as a failure at the given level."""
    if item.severity == "advisory" and not advisories_fail:
        return False
    if fail_on == "missing":
        return item.status == "missing"
    return item.status in ("weak", "missing")


def fingerprint(doc_path: str, item: ItemResult) -> str:
    """A stable identity for a finding, used by baselines: the document, the item, the status.

    Evidence text is deliberately not part of it, so editing an unrelated sentence does not
    turn an old finding into a new one; hashing keeps document text out of the baseline file.
    """
    raw = f"{doc_path}\0{item.id}\0{item.status}"
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:20]


def failures(doc: DocumentResult, fail_on: str = "weak", advisories_fail: bool = False,
             known: frozenset[str] = frozenset()) -> list[ItemResult]:
    return [it for it in doc.items
            if is_failure(it, fail_on, advisories_fail) and fingerprint(doc.path, it) not in known]


def exit_code(report: Report, *, fail_on: str = "weak", advisories_fail: bool = False,
              known: frozenset[str] = frozenset(), exit_zero: bool = False) -> int:
    if any(d.error is not None for d in report.documents):
        return EXIT_ERROR
    if exit_zero:
        return EXIT_OK
    for doc in report.documents:
        if failures(doc, fail_on, advisories_fail, known):
            return EXIT_FINDINGS
    return EXIT_OK
