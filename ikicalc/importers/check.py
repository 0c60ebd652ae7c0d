"""``ikicalc check`` on a document file (.docx, .xlsx, .pdf, .html, .md, .txt).

The document is imported in memory and linted like a definition file; each finding points at
the line (text) or table row (DOCX/XLSX/PDF) where the indicator's row starts. Rows the import
marked for review are listed too, as ``perlu diperiksa`` lines.
"""

from __future__ import annotations

import re
from pathlib import Path

from ikicalc.diagnostics.api import lint
from ikicalc.documents.check import Finding
from ikicalc.i18n import _
from ikicalc.importers import FORMATS, import_file

__all__ = ["check_imported", "is_document_file", "review_comments"]

_REVIEW = re.compile(r"^\s*# perlu diperiksa: (.*)$")
_ID = re.compile(r"^\s*- id: ['\"]?([^'\"]+?)['\"]?\s*$")


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
    reviews += [f"{path}: " + _("not placed: {row}").format(row=u) for u in result.unplaced]
    return findings, reviews


def review_comments(path: Path) -> list[str]:
    """The ``# perlu diperiksa: …`` comments ``ikicalc import`` wrote above rows of a
    definition file, as ``file:line:1: perlu diperiksa: reason [id]`` (until a person
    reviews the row and deletes the comment)."""
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError):
        return []
    found = []
    for number, line in enumerate(lines, start=1):
        review = _REVIEW.match(line)
        if review is None or number >= len(lines):
            continue
        ident = _ID.match(lines[number])
        if ident is not None:
            found.append(
                f"{path}:{number + 1}:1: perlu diperiksa: {review.group(1)} [{ident.group(1)}]"
            )
    return found
