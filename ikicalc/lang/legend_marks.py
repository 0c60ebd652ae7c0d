"""Δ and Σ written before a symbol the legend names with them: one quantity, not an operator.

Documents write the change or the total of a quantity as a sign before its symbol and name
the whole in the legend (``Δ PKA / Σ PKB x 100%`` / ``Keterangan:`` / ``∆ PKA : Selisih
jumlah penumpang …`` / ``∑ PKB : Total jumlah penumpang …``, jatim-dishub-iku-2014-2019):
the legend's entry says what ``Δ PKA`` is, so it is a name, however the sign is spelt (Δ
GREEK CAPITAL DELTA or ∆ INCREMENT, Σ GREEK CAPITAL SIGMA or ∑ N-ARY SUMMATION) and whether a
space stands after it. :func:`marked_symbols` writes each such symbol, in the formula and in
its entry, as one word (``ΔPKA``, the space moved before it: the cell keeps its length),
and a total named with Σ as its symbol alone (the legend's entry names the total, not what
is summed); the legend's readers then read it as any symbol. A sign before a symbol the
legend names without it too (``∑ SKa : Total …`` and ``SKa : Skor …``) stays the operator.
"""

from __future__ import annotations

import re
from functools import cache

from ikicalc.lang.chars import text_of
from ikicalc.lang.layout_cues import LIST_MARK
from ikicalc.lang.legend_ends import copulas
from ikicalc.lang.legend_inline import introducers

__all__ = ["marked_symbols"]

_SIGNS = "ΔΣ∆∑"
_SAME = {"∆": "Δ", "∑": "Σ"}
_SYMBOL = r"[^\W\d_][^\W_]{0,9}(?:_[^\W_]{1,3})?"


@cache
def _entry(marked: bool = True) -> re.Pattern[str]:
    """A legend's entry whose symbol a sign opens: ``∆ PKA : …``, ``- ΣJKFL = …`` (with
    ``marked`` false, an entry of a symbol alone: ``PKA : …``)."""
    sign = r"[" + _SIGNS + r"][ \t]?" if marked else ""
    return re.compile(
        r"(?:(?m:^)|(?<=;)[ \t]*(?i:dan|atau|serta)?"  # "…; dan ∑ X = …": lines joined
        r"|(?m:^)[ \t]*(?i:" + introducers() + r")[ \t]*[:.,]?)"  # "Keterangan : ∆ X : …"
        r"[ \t]*(?:" + LIST_MARK + r"[ \t]+)?" + sign + r"(?P<symbol>" + _SYMBOL + r")"
        r"(?=[ \t]*(?::=|[=:|→⇒])|[ \t]+[–—-][ \t]|[ \t]*\t"
        r"|[ \t]+(?i:" + copulas() + r")(?:[ \t]|$))"
    )


def marked_symbols(chars: list[str]) -> bool:
    """Write each symbol a legend's entry names with Δ or Σ before it as one word, in the
    formula and in the entry, in place; whether one was."""
    text = text_of(chars)
    if "\n" not in text or not any(sign in text for sign in _SIGNS):
        return False
    named = {found.group("symbol") for found in _entry().finditer(text)}
    named -= {found.group("symbol") for found in _entry(marked=False).finditer(text)}
    if not named:  # "∑ SKa : Total …" over "SKa : Skor …": Σ sums what the legend names
        return False
    spelled = "|".join(re.escape(symbol) for symbol in sorted(named, key=len, reverse=True))
    written = r"(?<![^\W_])[" + _SIGNS + r"]([ \t]?)(?:" + spelled + r")(?![^\W_])"
    marked = list(re.finditer(written, text))
    if len(marked) < 2:  # the entry alone: the formula does not write it so
        return False
    for found in marked:
        sign = _SAME.get(found.group(0)[0], found.group(0)[0])
        at = found.start()
        if sign == "Σ":  # the total the legend names: the symbol alone is it
            chars[at] = " "
        elif found.group(1):  # "Δ PKA": the space before the sign
            chars[at], chars[at + 1] = " ", sign
        else:
            chars[at] = sign
    return True
