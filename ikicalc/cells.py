"""Moved to :mod:`ikicalc.lang.cells`; this path stays for one release."""

from ikicalc.lang.cells import (
    CellClassification,
    CellKind,
    is_percent_word,
    missing_operand,
    prose_verb,
    read_cell,
)

__all__ = [
    "CellClassification",
    "CellKind",
    "is_percent_word",
    "missing_operand",
    "prose_verb",
    "read_cell",
]
