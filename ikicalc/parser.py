"""Moved to :mod:`ikicalc.lang.parser`; this path stays for one release."""

from ikicalc.lang.parser import (
    MAX_CHAIN,
    MAX_DEPTH,
    MAX_DIGITS,
    MAX_LENGTH,
    parse,
)

__all__ = [
    "MAX_CHAIN",
    "MAX_DEPTH",
    "MAX_DIGITS",
    "MAX_LENGTH",
    "parse",
]
