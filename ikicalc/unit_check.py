"""Moved to ikicalc.backends.measured; this path stays for one release."""

from ikicalc.backends.measured import (
    UnitResult,
    Units,
    UnknownSatuanError,
    evaluate_with_units,
    infer_unit,
    read_satuan,
    unit_factors,
    unit_problems,
)

__all__ = [
    "UnitResult",
    "Units",
    "UnknownSatuanError",
    "evaluate_with_units",
    "infer_unit",
    "read_satuan",
    "unit_factors",
    "unit_problems",
]
