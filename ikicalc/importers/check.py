"""``ikicalc check`` on a document file (.docx, .xlsx, .pdf, .html, .md, .txt).

The document is imported in memory and linted like a definition file; each finding points at
the line (text) or table row (DOCX/XLSX/PDF) where the indicator's row starts. Rows the import
marked for review are listed too, as ``perlu diperiksa`` lines.
"""

from __future__ import annotations

from pathlib import Path

from ikicalc.check import Finding
from ikicalc.importers import FORMATS, import_file
from ikicalc.lint import lint

__all__ = ["check_imported", "is_document_file"]


def is_document_file(path: Path) -> bool:
    """True for a file the importers read (by its suffix), not a definition file."""
    return path.suffix.lower() in FORMATS


def check_imported(path: Path) -> tuple[list[Finding], list[str]]:
    """Findings of the imported document, and one ``perlu diperiksa`` line per row to review."""
    result = import_file(path)
    findings = [
        Finding(str(path), result.origins.get(d.indicator or "", 1), 1, d)
        for d in lint(result.document)
    ]
    reviews = [
        f"{path}:{result.origins.get(ident, 1)}:1: perlu diperiksa: {reason} [{ident}]"
        for ident, reason in result.review.items()
    ]
    reviews += [f"{path}: not placed: {u}" for u in result.unplaced]
    return findings, reviews
