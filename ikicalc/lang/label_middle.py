"""A stacked fraction whose middle line holds only its label and ``=``, its bar lost, with a
legend under it (Perbup Kulon Progo 36/2018, PPDB: ``(NS + NP) x 100`` / ``NA =`` / ``NST +
NPT`` / ``Keterangan:`` / ``NA = Nilai Akhir.`` / ``NS = …``).

A careful reader sees the label where the bar stood: what stands above it is the numerator,
what stands under it, up to the legend, the denominator. Each is read on its own with the
legend kept (the rest of the cell blanked, so every span still points into the cell), and
the fraction is their quotient, labelled with the legend's name of the label. Only where the
cell has a legend (an introducer or entries under the denominator); a guess, recorded.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ikicalc.errors import FormulaSyntaxError
from ikicalc.i18n import N_
from ikicalc.lang import ast
from ikicalc.lang.formula import Formula, Reading
from ikicalc.names import clean_name, name_key
from ikicalc.patterns import lazy

__all__ = ["LABEL_MIDDLE", "label_in_the_middle"]

LABEL_MIDDLE = N_(
    "the fraction's middle line holds only its label and '=': what stands above it is read as "
    "the numerator, what stands under it (up to the legend) as the denominator"
)

_MIDDLE = lazy(r"(?m)^[ \t]*(?P<label>[A-Z][A-Za-z0-9]{0,9})[ \t]*=[ \t]*$")
# the legend under the denominator: an introducer, or the first "X = …" / "X : …" entry
_LEGEND = lazy(
    r"(?im)^[ \t]*(?:(?:keterangan|ket\.?|dimana|di[ \t]+mana|dengan)[ \t]*:?[ \t]*$"
    r"|[A-Za-z][A-Za-z0-9]{0,9}[ \t]*[=:][ \t]*[^\W\d_])"
)


def _kept(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with only ``spans`` kept, the rest blanked (line breaks kept)."""
    chars = [c if c == "\n" else " " for c in text]
    for start, end in spans:
        chars[start:end] = text[start:end]
    return "".join(chars)


def label_in_the_middle(source: str, parse: Callable[[str], Formula]) -> Formula | None:
    """The fraction with its label on the middle line (see module), or ``None``."""
    middles = list(_MIDDLE.finditer(source))
    if len(middles) != 1:
        return None
    middle = middles[0]
    above = source[: middle.start()]
    legend = _LEGEND.search(source, middle.end() + 1)
    if legend is None or not above.strip():
        return None
    below = (middle.end(), legend.start())
    if not source[below[0] : below[1]].strip():
        return None
    kept = (legend.start(), len(source))
    alone = re.search(r"[^\W\d_]", source[below[0] : below[1]]) is None  # "2": no symbol
    try:
        top = parse(_kept(source, [(0, middle.start()), kept]))
        bottom = parse(_kept(source, [below] if alone else [below, kept]))
    except FormulaSyntaxError:
        return None
    if top.label is not None or bottom.label is not None:
        return None
    expr = ast.Binary(ast.Op.DIV, top.expr, bottom.expr, (top.expr.span[0], bottom.expr.span[1]))
    label = _named(source[legend.start() :], middle.group("label")) or middle.group("label")
    chosen = str(Formula(expr, label=label))
    written = " ".join(source[: legend.start()].split())
    reading = Reading(middle.span("label"), chosen, written, LABEL_MIDDLE)
    guesses = (*top.guesses, *bottom.guesses, reading)
    formula = Formula(expr, label=label, source=source, guesses=guesses)
    try:
        return formula if parse(str(formula)) == formula else None
    except FormulaSyntaxError:
        return None


_ENTRY = lazy(r"(?m)^[ \t]*(?P<symbol>[^\W_]+)[ \t]*[=:][ \t]*(?P<name>.+)$")


def _named(legend: str, label: str) -> str | None:
    """The legend's name of the label (``NA = Nilai Akhir.``), if it gives one."""
    for entry in _ENTRY.finditer(legend):
        if name_key(entry.group("symbol")) == name_key(label):
            name = clean_name(entry.group("name")).rstrip(" .;,")
            return name if re.search(r"[^\W\d_]{2}", name) else None
    return None
