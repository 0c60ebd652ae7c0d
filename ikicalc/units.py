"""Moved to :mod:`ikicalc.rules.units`; this path stays for one release."""

from ikicalc.rules.units import (
    Quantity,
    Registry,
    UnitMismatchError,
    add,
    canonical_unit,
    compatible,
    convert,
    dimension,
    format_quantity,
    format_unit,
    is_unit,
    multiplier,
    quantity,
    registry,
    to_unit,
    unit_names,
)

__all__ = [
    "Quantity",
    "Registry",
    "UnitMismatchError",
    "add",
    "canonical_unit",
    "compatible",
    "convert",
    "dimension",
    "format_quantity",
    "format_unit",
    "is_unit",
    "multiplier",
    "quantity",
    "registry",
    "to_unit",
    "unit_names",
]
