"""A caret where an operand opens is no power: a mark a scan or a PDF left before a symbol.

``{ ^PAD + ^DAU + (DBH-DBHDR)} - ^BW`` (PP 56/2018, a regulation's page read by OCR): a power
needs a base before its caret, so a caret after the start of the formula, an ``=``, an opening
bracket or an operator, right before a symbol's letter, is no operator at all; it is what the
scan made of an accent, a hat or a bullet over the symbol. It is blanked (the text keeps its
length), each a guess (``W110``). A caret after an operand (``x^2``, ``10^3``) is untouched: the
grammar reads a power of ten, and refuses any other power.
"""

from __future__ import annotations

from ikicalc.i18n import N_
from ikicalc.lang.formula import Reading
from ikicalc.patterns import lazy

__all__ = ["STRAY_CARET", "stray_carets"]

STRAY_CARET = N_(
    "a '^' where an operand opens has no base to raise: a mark the scan left before the "
    "symbol, set aside"
)
# where an operand opens (the start, "=", an opening bracket, an operator), then the caret
# before a letter
_STRAY = lazy(r"(?:^|(?<=[=(\[{+\-−×*/÷]))[ \t]*(?P<caret>\^)(?=[^\W\d_])")


def stray_carets(chars: list[str]) -> tuple[Reading, ...]:
    """Blank each caret where an operand opens (see the module); the guesses."""
    readings: list[Reading] = []
    for found in _STRAY.finditer("".join(chars)):
        chars[found.start("caret")] = " "
        readings.append(Reading(found.span("caret"), "", "^", STRAY_CARET))
    return tuple(readings)
