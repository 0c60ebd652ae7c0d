"""Moved to :mod:`ikicalc.lang.formula`; this path stays for one release."""

from ikicalc.lang.formula import (
    Formula,
    Reading,
)

__all__ = [
    "Formula",
    "Reading",
]
