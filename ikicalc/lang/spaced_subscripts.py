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

from ikicalc.patterns import lazy

__all__ = ["subscripts_together"]

_ENTRY = lazy(r"(?m)^[ \t]*([A-Z])[ \t]?([A-Z0-9]{1,4})[ \t]*[=:][ \t]*(?=[^\W\d_])")


def subscripts_together(chars: list[str]) -> None:
    """Write each legend symbol's subscript next to its base, in place (see module)."""
    text = "".join(chars)
    for base, under in sorted({(m.group(1), m.group(2)) for m in _ENTRY.finditer(text)}):
        if f"{base} {under}" not in text and f"{base}\t{under}" not in text:
            continue
        spaced = re.compile(rf"(?<![^\W_]){base}[ \t]({re.escape(under)})(?![^\W_])")
        for found in spaced.finditer(text):
            start = found.start()
            chars[start + 1 : found.end()] = [*under, " "]
