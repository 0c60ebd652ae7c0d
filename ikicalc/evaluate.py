"""Moved to ikicalc.backends.exact; this path stays for one release."""

from ikicalc.backends.exact import (
    Data,
    MeasuredResult,
    Result,
    compile_formula,
    is_percent,
)

__all__ = [
    "Data",
    "MeasuredResult",
    "Result",
    "compile_formula",
    "is_percent",
]
