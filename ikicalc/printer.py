"""Moved to :mod:`ikicalc.lang.printer`; this path stays for one release."""

from ikicalc.lang.printer import (
    expression_text,
    name_text,
    number_text,
)

__all__ = [
    "expression_text",
    "name_text",
    "number_text",
]
