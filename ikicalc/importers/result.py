"""What an import gives back: the document, the rows a person must review, the rows left out.

Nothing read is lost without a word: every table row is an indicator row of the document, or
an :class:`Unplaced` row with the reason, and :meth:`ImportResult.summary` says so.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ikicalc.documents import Document
from ikicalc.i18n import _, ngettext
from ikicalc.importers.tables import collapse

__all__ = ["ImportResult", "Unplaced"]


@dataclass(frozen=True)
class Unplaced:
    """A table row the import could not place, with where it is and why."""

    where: str
    cells: tuple[str, ...]
    reason: str

    def __str__(self) -> str:
        shown = " | ".join(collapse(c)[:40] for c in self.cells if collapse(c))
        return f"{self.where}: {self.reason}: {shown}"


@dataclass(frozen=True)
class ImportResult:
    """A document read from a file, with what a reviewer must look at.

    ``review`` maps an indicator id to why the row needs checking by a person
    (``perlu_diperiksa``: rebuilt from interleaved columns, realigned, …); ``unplaced`` lists
    every table row that is not in the document, with the reason.
    """

    document: Document
    path: str
    kind: str
    review: dict[str, str]
    unplaced: tuple[Unplaced, ...]
    tables: int
    rows_read: int
    notes: tuple[str, ...] = ()
    headers_without_formula: tuple[str, ...] = ()
    """Where a header names the indicator column but no formula or target column."""
    origins: dict[str, int] = field(default_factory=dict)
    """The line (text) or table row where each indicator's row starts in the file."""

    def summary(self) -> str:
        """What was read, in one paragraph, then every unplaced row."""
        doc = self.document
        count = sum(len(j.indikator) for j in doc.jabatan)
        read = ngettext(
            "{jabatan} jabatan, {count} indikator from {rows} table row ({kind})",
            "{jabatan} jabatan, {count} indikator from {rows} table rows ({kind})",
            self.rows_read,
        ).format(jabatan=len(doc.jabatan), count=count, rows=self.rows_read, kind=self.kind)
        lines = [
            f"{self.path}: {read}; "
            + _("unit {unit}, tahun {tahun}").format(
                unit=repr(doc.unit),
                tahun=doc.tahun if doc.tahun is not None else _("(not stated)"),
            )
        ]
        if self.review:
            review = len(self.review)
            lines.append(
                ngettext(
                    "{count} row needs review (perlu diperiksa)",
                    "{count} rows need review (perlu diperiksa)",
                    review,
                ).format(count=review)
            )
        lines.extend(self.notes)
        if self.unplaced:
            unplaced = len(self.unplaced)
            lines.append(
                ngettext(
                    "{count} table row could not be placed:",
                    "{count} table rows could not be placed:",
                    unplaced,
                ).format(count=unplaced)
            )
            lines.extend(f"  {u}" for u in self.unplaced)
        return "\n".join(lines)
