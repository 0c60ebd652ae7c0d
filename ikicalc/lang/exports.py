"""Cells as exports leave them, undone before the layout reads them, each undoing a guess.

The export of an equation editor or of a regulation's PDF moves a formula's parts: a sum's
limits fall onto lines of their own (:mod:`.sigma`), and so do subscripts
(:mod:`.subscripts`); a fraction of symbols is flattened
onto its middle line in reading order (``HC t H t = X H o HD``, PP 62/2005: the numerator
``HC t``, the label ``H t =``, the bar, the factor ``X H o``, the denominator ``HD``); the
result's name moves after its formula (``= N x K x I x C x B Biaya Hak Penggunaan …``, PP
76/2010). :func:`undo` returns the cell, of the same length (every span still points into
it), with each undone, and the guesses (:class:`~ikicalc.lang.formula.Reading`, lint
``W110``); ``None`` when the cell shows none of them.
"""

from __future__ import annotations

import re

from ikicalc.i18n import N_
from ikicalc.lang.formula import Reading
from ikicalc.lang.layout_cues import operator
from ikicalc.lang.sigma import Exported, exported
from ikicalc.lang.subscripts import subscripts_put_back
from ikicalc.patterns import lazy

__all__ = ["FLATTENED_SYMBOLS", "RESULT_AFTER", "undo"]

FLATTENED_SYMBOLS = N_(
    "symbols around a label's '=' followed by '×': a fraction flattened onto its middle "
    "line, the numerator before the label, the factor after the bar, the denominator last"
)
RESULT_AFTER = N_("the words after a formula that opens with '=' name its result")

# a symbol as regulations write it, its subscript flattened beside it: "HD", "HC t", "H o"
_SYMBOL = r"[A-Z][A-Za-z]{0,4}(?:[ \t][a-z0-9](?![^\W_]))?"
_OPENS_EQUALS = lazy(r"\s*=")
_EQUALS_TIMES = lazy(r"=[ \t]*[xX×*][ \t]")
_MIDDLE_OF_SYMBOLS = lazy(
    rf"(?:^|(?<=[:\s]))(?P<numerator>{_SYMBOL})[ \t]+(?P<label>{_SYMBOL})[ \t]*(?P<eq>=)[ \t]*"
    rf"[xX×*][ \t]*(?P<factor>{_SYMBOL})(?P<gap>[ \t]+)(?P<denominator>{_SYMBOL})[ \t]*\.?\s*$"
)
# "= N x K x I x C x B Biaya Hak Penggunaan …": symbols and their operators after the '=',
# then the result's name in words
_NAMED_AFTER = lazy(
    r"^\s*=[ \t]*(?P<formula>[A-Za-z][A-Za-z0-9]{0,3}(?:[ \t]*(?:[xX×*/÷+−-]|\\times)[ \t]*"
    r"[A-Za-z][A-Za-z0-9]{0,3})+)[ \t]+(?P<label>[A-Z][^\W\d_]{2,}(?:[ \t]+[^\W_][^\s]*)+)\s*$"
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


def _result_named_after(found: re.Match[str], chars: list[str]) -> Reading:
    """``= N x K x I x C x B Biaya Hak Penggunaan …``: the opening '=' and the result's name
    after the formula over symbols are set aside (a spreadsheet's ``=A1*B1`` names no
    result in words)."""
    _blank(chars, 0, found.start("formula"))
    _blank(chars, found.start("label"), len(chars))
    label = " ".join(found.group("label").split())
    formula = " ".join(found.group("formula").split())
    return Reading(found.span(), f"{label} = {formula}", found.string.strip(), RESULT_AFTER)


def undo(text: str) -> Exported | None:
    """The cell with what its export did undone (see the module), or ``None``."""
    sums = exported(text) if "∑" in text or "Σ" in text else None
    fallen = subscripts_put_back(text if sums is None else sums.text) if "\n(" in text else None
    if fallen is not None:  # "(X -X )" / "A = (n) (n-1) x 100%" / "X" / "(n-1)" / …
        sums = Exported(fallen[0], (*(sums.readings if sums else ()), fallen[1]))
    named = _NAMED_AFTER.match(text) if _OPENS_EQUALS.match(text) else None
    if named is not None and operator().search(named.group("label")):
        named = None
    middle = None
    if named is None and _EQUALS_TIMES.search(text):
        middle = _MIDDLE_OF_SYMBOLS.search(text)
    if named is None and middle is None:
        return sums
    chars = list(text if sums is None else sums.text)
    readings = list(sums.readings) if sums else []
    if named is not None:
        readings.append(_result_named_after(named, chars))
    elif middle is not None:
        readings.append(_middle_line_of_symbols(middle, chars))
    return Exported("".join(chars), tuple(readings))
