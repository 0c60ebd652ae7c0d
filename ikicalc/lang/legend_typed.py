"""Legend entries whose symbol is not written as the formula writes it (session 19, legend19).

Two symbols said together before one copula (``A1 dan A2 adalah jumlah kasus pada triwulan 1
dan 2``: their names in turn, no reader can tell whose), and a symbol of the legend typed (or
read by an OCR) one character otherwise than the formula's (``HI,d adalah …`` under ``Hj,d``).
"""

from __future__ import annotations

import re
from functools import cache

from ikicalc.lang.legend_ends import copulas
from ikicalc.patterns import lazy

__all__ = ["joint_line", "typed_otherwise"]


@cache
def joint_line() -> re.Pattern[str]:
    """``A1 dan A2 adalah jumlah kasus …, sedangkan B(t) adalah …``: a line that opens with two
    symbols said together before one copula (their names in turn: no reader can tell whose);
    its ``symbol`` the symbols as written, which the formula does not write as one."""
    one = r"[^\W\d_][^\W_]{0,5}(?:_\{?[^\W_]{1,4}\}?|\([a-z]\)|(?:,[^\W_]{1,4}){1,2})?"
    return re.compile(
        r"^[ \t]*(?P<symbol>" + one + r"(?:[ \t]*,[ \t]*" + one + r")*[ \t]+dan[ \t]+" + one + r")"
        r"[ \t]+(?i:" + copulas() + r")[ \t]+(?P<name>\S[^\n]*)$"
    )


# a symbol of a formula: a letter, up to five letters or figures, subscripts after a comma
_SYMBOL_SHAPED = lazy(r"(?<![^\W_])[^\W\d_][^\W_]{0,5}(?:,[^\W_]{1,4}){0,2}(?![^\W_])")


def typed_otherwise(symbol: str, formula: str, defined: set[str]) -> str | None:
    """``HI,d adalah indeks dosis …`` under ``Hj,d / HL + …`` (bapeten-kepka-1-1999 #02): the
    one symbol of a legend the formula does not write and the one symbol of the formula of its
    length and its base no entry names, one character apart: the same symbol, typed (or read
    by an OCR) otherwise. A symbol of one letter is never paired (any letter is one apart)."""
    if len(symbol) < 3:
        return None
    found = {
        m.group(0)
        for m in _SYMBOL_SHAPED.finditer(formula)
        if len(m.group(0)) == len(symbol)
        and m.group(0)[0] == symbol[0]
        and m.group(0) not in defined
        and sum(a != b for a, b in zip(m.group(0), symbol, strict=True)) == 1
    }
    return found.pop() if len(found) == 1 else None
