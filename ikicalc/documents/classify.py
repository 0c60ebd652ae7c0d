"""What the cells of a document hold (:func:`classify_document`)."""

from __future__ import annotations

from dataclasses import dataclass

from ikicalc.documents.model import Document
from ikicalc.errors import IkiError
from ikicalc.lang.cells import CellClassification, CellKind, read_cell
from ikicalc.rules.target import parse_target


@dataclass(frozen=True)
class CellReport:
    """What one indicator's formula cell holds; the cell itself is kept as is."""

    indicator_id: str
    text: str | None
    classification: CellClassification


def classify_document(document: Document) -> tuple[CellReport, ...]:
    """Read the formula cell of every indicator, in document order (see
    :func:`ikicalc.lang.cells.read_cell`).

    Nothing is dropped: a cell that cannot be read is reported with its diagnostic. A row
    whose formula is ``null`` holds a target: its ``target`` text is read as one.
    """
    reports: list[CellReport] = []
    for _, ind in document.iter_indicators():
        result = _target_cell(ind.target) if ind.formula is None else read_cell(ind.formula)
        reports.append(CellReport(ind.id, ind.formula, result))
    return tuple(reports)


def _target_cell(target: object) -> CellClassification:
    if not isinstance(target, str):
        return CellClassification(CellKind.TARGET)
    try:
        return CellClassification(CellKind.TARGET, value=parse_target(target))
    except IkiError as error:
        return CellClassification(CellKind.TARGET, str(error), error=error)
