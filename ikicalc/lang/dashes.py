"""A fraction drawn with dashes inside a formula, its numerator and denominator lost to its line.

Tariff regulations (PP 128/2015, PNBP BPN) typeset ``Tu = (L / 500 × HSBKu) + Rp100.000,00``
as three lines: ``L`` above a row of dashes, ``Tu = ( ------ x HSBKu ) + Rp100.000,00`` in the
middle, ``500`` below. Text extraction joins them into one line, the numerator before the
formula's name and the denominator after its end::

    L Tu = ( ------ x HSBKu ) + Rp100.000,00 500
    L + 500 Tkts = ------------- + (3Tu x ¾) + Tph 0,020

:func:`dashed_fraction` finds this shape (one line; a short name and ``=``, words before the
name; the dashes where an operand should stand; a number after the last operand) and returns
the :class:`Hole`: the layout puts a stand-in name where the dashes are and blanks the numerator
and the denominator; the parser reads both apart and puts ``numerator / denominator`` in place
of the stand-in. The place of the pieces is a guess, recorded as a
:class:`~ikicalc.lang.formula.Reading`.
"""

from __future__ import annotations

from dataclasses import dataclass

from ikicalc.i18n import N_
from ikicalc.lang.chars import text_of
from ikicalc.lang.layout_cues import blank
from ikicalc.patterns import lazy

__all__ = ["HOLE_NAME", "Hole", "dashed_fraction"]

HOLE_NAME = "ℵ"
"""The stand-in name the layout writes where the dashes stand (no cell writes it: an ``ℵ``
in a cell makes :func:`dashed_fraction` stand aside)."""

REASON = N_(
    "dashes stand for a fraction's bar: the numerator was typeset above them (before the "
    "formula's name), the denominator below them (after the formula)"
)

_SHAPE = lazy(
    r"^(?P<above>[ \t]*\S[^=\n]*?)[ \t]+(?P<label>[A-Za-z][A-Za-z0-9]{0,7})[ \t]*="
    r"(?P<middle>[^=\n]*?)"
    r"(?<=[^\s+\-−×*/÷(])[ \t]+(?P<below>\d[\d.,]*)[ \t]*\.?[ \t]*$"
)
_DASHES = lazy(
    r"(?:(?<=[=(])|(?<=[=(][ \t]))[ \t]*(?P<bar>[-–—_]{4,})(?=[ \t]*(?:[xX×*+\-−)]|$))"
)
_ABOVE = lazy(r"^[ \t]*[A-Za-z][A-Za-z0-9]{0,7}(?:[ \t]*[+\-−×*][ \t]*[\w.,]+)*[ \t]*$")


@dataclass(frozen=True)
class Hole:
    """Where the dashes stood (the stand-in name), and the spans of the numerator and the
    denominator in the cell."""

    bar: tuple[int, int]
    above: tuple[int, int]
    below: tuple[int, int]


def dashed_fraction(chars: list[str]) -> Hole | None:
    """Find a fraction drawn with dashes whose numerator and denominator left its line (see
    module); write the stand-in name over the dashes, blank both pieces, return the
    :class:`Hole`."""
    text = text_of(chars)
    if "\n" in text.strip() or HOLE_NAME in text:
        return None
    shape = _SHAPE.match(text)
    if shape is None or not _ABOVE.match(shape.group("above")):
        return None
    dashes = list(_DASHES.finditer(text, shape.start("middle"), shape.end("middle")))
    if len(dashes) != 1:
        return None
    bar = dashes[0].span("bar")
    blank(chars, *bar)
    chars[bar[0]] = HOLE_NAME
    blank(chars, *shape.span("above"))
    blank(chars, *shape.span("below"))
    return Hole(bar, shape.span("above"), shape.span("below"))
