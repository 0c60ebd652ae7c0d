"""Cells as exports leave them, undone before the layout reads them, each undoing a guess.

The export of an equation editor or of a regulation's PDF moves a formula's parts: a sum's
limits fall onto lines of their own (:mod:`.sigma`), and so do subscripts
(:mod:`.subscripts`); a fraction of symbols is flattened onto its middle line in reading
order (``HC t H t = X H o HD``, PP 62/2005: the numerator ``HC t``, the label ``H t =``, the
bar, the factor ``X H o``, the denominator ``HD``). The result's name moved after its
formula (``= N x K x I x C x B Biaya Hak …``) is read on the failure path, its label kept
(:mod:`ikicalc.lang.recovery`). :func:`undo` returns the cell, of the same length (every
span still points into it), with each undone, and the guesses
(:class:`~ikicalc.lang.formula.Reading`, lint ``W110``); ``None`` when the cell shows none
of them.
"""

from __future__ import annotations

import re

from ikicalc.i18n import N_
from ikicalc.lang import guards
from ikicalc.lang.chars import text_of
from ikicalc.lang.formula import Reading
from ikicalc.lang.sigma import Exported, exported, sums_said
from ikicalc.lang.subscripts import subscripts_put_back
from ikicalc.patterns import lazy

__all__ = ["FLATTENED_SYMBOLS", "undo"]

FLATTENED_SYMBOLS = N_(
    "symbols around a label's '=' followed by '×': a fraction flattened onto its middle "
    "line, the numerator before the label, the factor after the bar, the denominator last"
)

# a symbol as regulations write it, its subscript flattened beside it: "HD", "HC t", "H o"
_SYMBOL = r"[A-Z][A-Za-z]{0,4}(?:[ \t][a-z0-9](?![^\W_]))?"
_EQUALS_TIMES = lazy(r"=[ \t]*[xX×*][ \t]")
_MIDDLE_OF_SYMBOLS = lazy(
    rf"(?:^|(?<=[:\s]))(?P<numerator>{_SYMBOL})[ \t]+(?P<label>{_SYMBOL})[ \t]*(?P<eq>=)[ \t]*"
    rf"[xX×*][ \t]*(?P<factor>{_SYMBOL})(?P<gap>[ \t]+)(?P<denominator>{_SYMBOL})[ \t]*\.?\s*$"
)


def _blank(chars: list[str], start: int, end: int) -> None:
    for index in range(start, end):
        if chars[index] != "\n":
            chars[index] = " "


def _middle_line_of_symbols(found: re.Match[str], chars: list[str]) -> Reading:
    """``HC t H t = X H o HD``: the label is blanked and the gap before the denominator
    divides, ``HC t × H o ÷ HD``."""
    _blank(chars, found.start("label"), found.end("eq"))
    chars[found.start("gap")] = "÷"
    chosen = (
        f"{found.group('numerator')} × {found.group('factor')} / {found.group('denominator')}"
    )
    return Reading(found.span(), chosen, found.group(0).strip(), FLATTENED_SYMBOLS)


def undo(text: str) -> Exported | None:
    """The cell with what its export did undone (see the module), or ``None``."""
    said = sums_said(text) if guards.holds(text, "jumlah", "total", "jml") else None
    if said is not None:  # "(Jumlah xi) X 100)/y, dimana i=1,2,...9": Σ xi
        undone = undo(said[0])
        return Exported(said[0], said[1]) if undone is None else _undone_with(undone, said[1])
    sums = exported(text) if "∑" in text or "Σ" in text else None
    fallen = subscripts_put_back(text if sums is None else sums.text) if "\n(" in text else None
    if fallen is not None:  # "(X -X )" / "A = (n) (n-1) x 100%" / "X" / "(n-1)" / …
        sums = Exported(fallen[0], (*(sums.readings if sums else ()), fallen[1]))
    middle = _MIDDLE_OF_SYMBOLS.search(text) if _EQUALS_TIMES.search(text) else None
    if middle is None:
        return sums
    chars = list(text if sums is None else sums.text)
    readings = [*(sums.readings if sums else ()), _middle_line_of_symbols(middle, chars)]
    return Exported(text_of(chars), tuple(readings))


def _undone_with(undone: Exported, readings: tuple[Reading, ...]) -> Exported:
    """``undone`` with ``readings`` made before it."""
    return Exported(undone.text, (*readings, *undone.readings))
