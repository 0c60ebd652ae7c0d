"""Fractions whose bar the export lost, read from where the lines break.

:func:`ikicalc.lang.stacking.stack` finds a fraction's middle line; when there is none (no
bar, no scale between the lines) these read where the bar stood: one quantity over an
expression after a blank line, or an expression over a quantity (or another expression) on
the next line with nothing joining them. The place of the bar is a guess, kept for the
parser (:class:`LostBar`, see :func:`ikicalc.lang.reading.put_back`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ikicalc.i18n import N_
from ikicalc.lang.layout_cues import operator
from ikicalc.patterns import lazy

__all__ = ["LostBar", "over_blank_line", "over_the_line"]


@dataclass(frozen=True)
class LostBar:
    """A fraction whose bar the export lost: ``÷`` stands at ``split`` (``None``: the bar
    was found, only the scale stood apart); ``scale`` is the span of the scale (``x 100%``)
    set aside where the export left it, for the parser to multiply the whole formula by;
    ``guess`` says why the place of the bar is a guess (``None``: the cell shows it)."""

    split: int | None
    scale: tuple[int, int] | None
    guess: str | None


_COUNTING_LINE = lazy(r"(?im)^[ \t]*(?:[Σ∑][ \t]*)?(?:jumlah|jml|jmlh|total|banyaknya)(?![^\W_])")


def _has_words(text: str) -> bool:
    return re.search(r"[^\W\d_]{2,}", text) is not None


_OVER_BLANK_LINE = N_(
    "no bar and no scale: a quantity over an expression, a blank line between them, was "
    "taken as a fraction whose bar was lost"
)


def over_blank_line(chars: list[str], text: str, first_operator: int) -> LostBar | None:
    """``IMT = Berat Badan (kg)`` / (blank line) / ``Tinggi Badan (m) x Tinggi Badan (m)``:
    one quantity, then after the one blank line an expression (the operators all stand
    below it): the bar between them was lost. A guess."""
    gaps = list(re.finditer(r"\n[ \t]*\n", text))
    if len(gaps) != 1 or first_operator < gaps[0].end():
        return None
    split = gaps[0].start()
    above = re.sub(r"^[^=\n]*=", "", text[:split])  # a label and its '='
    if not (_has_words(above) and _has_words(text[split:])) or "=" in text[split:]:
        return None
    chars[split] = "÷"
    return LostBar(split, None, guess=_OVER_BLANK_LINE)


_OVER_THE_LINE = N_(
    "no bar and no scale: two lines, each a quantity or an expression, with no operator "
    "between them, were taken as a fraction whose bar was lost"
)
_JOINED_AT_BREAK = lazy(r"(?:[-+−×*/÷(,]|\b[xX]|\b(?i:dan|dengan|atau))[ \t]*$")
_OPENS_JOINED = lazy(r"[ \t]*(?:[-+−×*/÷),]|[xX][ \t]|[a-z])")


def over_the_line(chars: list[str], text: str) -> LostBar | None:
    """``Struktur Tarif Atas = Biaya Operasional + Biaya Pemeliharaan`` / ``Jumlah Unit
    Sarusun``; ``Pendapatan … - Belanja Pegawai`` / ``Pokok pinjaman + Bunga + Biaya Lain``:
    two lines, an expression over a quantity opened by a counting word or over another
    expression, nothing at the line break joining them (no operator, the lower line opens
    with a capital): the bar between them was lost. A guess."""
    lines = [m for m in re.finditer(r"[^\n]*", text) if m.group(0).strip()]
    if len(lines) != 2:
        return None
    upper, lower = lines
    above = re.sub(r"^[^=\n]*=", "", upper.group(0))  # a label and its '='
    below = lower.group(0)
    if "=" in below or not (_has_words(above) and _has_words(below)):
        return None
    if _JOINED_AT_BREAK.search(above) or _OPENS_JOINED.match(below):
        return None

    def computes(line: str) -> bool:
        return bool(operator().search(line) or re.search(r"\s[-+−]\s", line))

    if not (computes(above) and (computes(below) or _COUNTING_LINE.match(below))):
        return None
    split = upper.end()
    chars[split] = "÷"
    return LostBar(split, None, guess=_OVER_THE_LINE)
