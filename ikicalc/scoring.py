"""Moved to :mod:`ikicalc.rules.scoring`; this path stays for one release."""

from ikicalc.rules.scoring import (
    SkmResult,
    SkpScore,
    skm,
    skp_pp46,
)

__all__ = [
    "SkmResult",
    "SkpScore",
    "skm",
    "skp_pp46",
]
