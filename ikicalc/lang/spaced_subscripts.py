"""An equation's subscripted symbols as a PDF flattens them: the subscript set apart from its
base by a space (Word's or LibreOffice's ``m:sSub`` ``J_KL`` printed, then extracted: ``J KL``,
``X 1``), in the formula, in its legend, or in one and not the other (``X1`` over ``X2`` and
``X 1 = …`` under them).

A careful reader sees one symbol: a legend's entry ``J KL =`` / ``X 1 :`` (a capital, then one
to four capitals or digits) names the symbol ``JKL``/``X1``, and every ``J KL`` of the cell is
that symbol. The pair is written together and the space put after it (``X 1`` -> ``X1 ``), so
the text keeps its length (a caret at most one character off inside the symbol). ``X 100 %``
is no ``X 1``: a subscript ends where its word ends.
"""

from __future__ import annotations

import re

from ikicalc.lang import guards
from ikicalc.lang.chars import text_of
from ikicalc.patterns import lazy

__all__ = ["structured_together", "subscripts_together"]

_ENTRY = lazy(r"(?m)^[ \t]*([A-Z])[ \t]?([A-Z0-9]{1,4})[ \t]*[=:][ \t]*(?=[^\W\d_])")


# a symbol of the legend with an editor's subscripts: after a comma ("Ij,L", "Ij,ing,L"), an
# index in brackets ("A2(i)", "Hp(10)", "e(g)j,ing"), before its separator or its copula
_STRUCTURED = lazy(
    r"(?<![^\W_(])(?P<symbol>[^\W\d_][^\W_]{0,3}(?:\([^\W_]{1,3}\)[^\W_]{0,3})?"
    r"(?:,[^\W_]{1,4}){0,3})(?=[ \t]*(?:[=:]|(?i:adalah|ialah|merupakan|yaitu)(?![^\W_])))"
)


def structured_together(chars: list[str]) -> None:
    """``I j ,ing`` / ``H p (10)`` / ``e( g ) j ,ing`` in a formula over ``Ij,ing =`` /
    ``Hp(10) =`` / ``e(g)j,ing =`` in its legend (bapeten-perba-4-2013 #01/#02,
    bapeten-kepka-1-1999 #02): an equation editor's base, subscripts and index printed apart
    by a PDF, typed together by the legend; every spelling of the symbol with spaces between
    its characters is the symbol, written together and the spaces put after it."""
    text = text_of(chars)
    symbols = {
        m.group("symbol")
        for m in _STRUCTURED.finditer(text)
        if "," in m.group("symbol") or "(" in m.group("symbol")
    }
    for symbol in sorted(symbols, key=len, reverse=True):
        spaced = re.compile(
            r"(?<![^\W_])" + r"[ \t]*".join(map(re.escape, symbol)) + r"(?![^\W_])"
        )
        for found in spaced.finditer(text_of(chars)):
            if found.group(0) != symbol:
                pad = " " * (len(found.group(0)) - len(symbol))
                chars[found.start() : found.end()] = [*symbol, *pad]


def subscripts_together(chars: list[str], text: str) -> None:
    """Write each legend symbol's subscript next to its base, in place (see module); ``text``
    the cell as ``chars`` spell it (cheap guards first: a line break and a sign of a legend,
    or a space beside a comma or a bracket and a copula)."""
    if guards.has(text, " ,", "( ", " (") and guards.has(text, "=", ":", "alah", "yaitu"):
        structured_together(chars)  # "I j ,ing" over "Ij,ing = …": an editor's subscripts apart
    if "\n" not in text or ("=" not in text and ":" not in text):
        return
    text = text_of(chars)
    for base, under in sorted({(m.group(1), m.group(2)) for m in _ENTRY.finditer(text)}):
        if f"{base} {under}" not in text and f"{base}\t{under}" not in text:
            continue
        spaced = re.compile(rf"(?<![^\W_]){base}[ \t]({re.escape(under)})(?![^\W_])")
        for found in spaced.finditer(text):
            start = found.start()
            chars[start + 1 : found.end()] = [*under, " "]
