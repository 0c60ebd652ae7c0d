"""A formula under two labels: the indicator's name, then the symbol the formula computes
(PUPR damage guideline: ``Prosentase Kerusakan Atap =`` / ``%Luas C = ((Luas C)/(Luas
Total)) x 100%``; ``Indeks Kepuasan = IKM = (N1 + N2) / 2`` on one line).

A careful reader sees a chain of equalities whose links before the last are names: the
formula is what the last ``=`` gives, and the first name is the indicator's label; the
symbol between is set aside. Only two ``=`` in the cell, no operator before the second, the
first link of words; a guess, recorded.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ikicalc.errors import FormulaSyntaxError
from ikicalc.i18n import N_
from ikicalc.lang.formula import Formula, Reading
from ikicalc.lang.layout_cues import operator
from ikicalc.patterns import lazy

__all__ = ["TITLED", "titled"]

TITLED = N_(
    "two labels before the formula: the first names the indicator, the second (the symbol the "
    "formula computes) was set aside"
)

# the indicator's name (words, brackets), '=', the symbol (a word or two, one with a capital
# or a percent sign before it), '='
_CHAIN = lazy(
    r"^(?P<title>[ \t]*[^\W\d_][^\W_]*(?:[ \t]+\(?[^\W_]+\)?){1,9})[ \t]*=[ \t]*\n?"
    r"(?P<symbol>[ \t]*(?:%[ \t]*)?[^\W\d_][^\W_]{0,9}(?:[ \t]+[^\W\d_][^\W_]{0,9})?)[ \t]*=(?!=)"
)


def titled(source: str, parse: Callable[[str], Formula]) -> Formula | None:
    """The formula under two labels (see module), or ``None``."""
    found = _CHAIN.match(source) if source.count("=") == 2 else None
    if found is None or operator().search(found.group("title") + found.group("symbol")):
        return None
    if not re.search(r"[A-Z%]", found.group("symbol")) or not operator().search(
        source, found.end()
    ):
        return None  # "… = jumlah penduduk = …": no symbol; nothing computed after it
    title = " ".join(found.group("title").split())
    if len(title.split()) < 2:
        return None  # "A = B = …": no indicator's name, a chain of symbols
    piece = "".join(c if c == "\n" else " " for c in source[: found.start("symbol")])
    try:
        inner = parse(piece + source[found.start("symbol") :])
    except FormulaSyntaxError:
        return None
    if inner.label is None:
        return None
    reading = Reading(found.span("symbol"), str(inner), source.strip(), TITLED)
    formula = Formula(inner.expr, label=title, source=source, guesses=(*inner.guesses, reading))
    try:
        return formula if parse(formula.stated()) == formula else None
    except FormulaSyntaxError:
        return None
