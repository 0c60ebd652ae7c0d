"""A caret where an operand opens is no power: a mark a scan or a PDF left before a symbol.

``{ ^PAD + ^DAU + (DBH-DBHDR)} - ^BW`` (PP 56/2018, a regulation's page read by OCR): a power
needs a base before its caret, so a caret after the start of the formula, an ``=``, an opening
bracket or an operator, right before a symbol's letter, is no operator at all; it is what the
scan made of an accent, a hat or a bullet over the symbol. It is blanked (the text keeps its
length), each a guess (``W110``). A caret after an operand (``x^2``, ``10^3``) is untouched: the
grammar reads a power of ten, and refuses any other power.

A scanned regulation's text layer leaves carets before its words too (``… termasuk uang ^jasa
(honorarium) saksi …``, PP 24/2016; ``Pasal ^48 … (enam puluh ^persen)``, PP 29/2021; UU
12/2018): a caret after a blank, right before a word of two letters or more, raises nothing (no
power has a word for its exponent). Where one stands, every caret after a blank or a bracket
before a word, a digit or a bracket is the scan's, set aside (one guess, ``W110``).
"""

from __future__ import annotations

from ikicalc.i18n import N_
from ikicalc.lang.chars import text_of
from ikicalc.lang.formula import Reading
from ikicalc.patterns import lazy

__all__ = ["SCAN_CARET", "STRAY_CARET", "stray_carets"]

STRAY_CARET = N_(
    "a '^' where an operand opens has no base to raise: a mark the scan left before the "
    "symbol, set aside"
)
# where an operand opens (the start, "=", an opening bracket, an operator), then the caret
# before a letter
_STRAY = lazy(r"(?:^|(?<=[=(\[{+\-−×*/÷]))[ \t]*(?P<caret>\^)(?=[^\W\d_])")
SCAN_CARET = N_(
    "a caret before a word in a scanned regulation ('uang ^jasa', 'Pasal ^48') is a mark of "
    "the scan, not a power: set aside"
)
_CARET_WORD = lazy(r"(?<![^\s(])\^(?=[^\W\d_]{2})")  # "uang ^jasa": a word after it
_CARET = lazy(r"(?<![^\s(])\^(?=[\w(])")  # then every caret after a blank or a bracket


def stray_carets(chars: list[str]) -> tuple[Reading, ...]:
    """Blank each caret where an operand opens (see the module); the guesses."""
    readings: list[Reading] = []
    for found in _STRAY.finditer(text_of(chars)):
        chars[found.start("caret")] = " "
        readings.append(Reading(found.span("caret"), "", "^", STRAY_CARET))
    text = text_of(chars)
    marks = list(_CARET.finditer(text)) if _CARET_WORD.search(text) else []
    for mark in marks:  # "uang ^jasa …", "Pasal ^48", "^(1)"
        chars[mark.start()] = " "
    if marks:
        readings.append(Reading(marks[0].span(), "", "^", SCAN_CARET))
    return tuple(readings)
