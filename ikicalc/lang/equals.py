"""The other uses of a cell's ``=``: besides ``Tingkat … = formula`` (the grammar's label),
documents write an ``=`` where the formula's name, its abbreviation or its unit stands:

- the formula first and the name of what it computes after it: ``Jumlah PAD / Total
  Pendapatan x 100% = Rasio Kemandirian``, ``A / B x 100% = Persentase desa mandiri``;
- the unit of the result, or its name again, after a second ``=``: ``Kepadatan = Jumlah
  penduduk / luas wilayah = orang/km²``, ``… x 100.000 = per 100.000 penduduk``, ``Rata-rata
  lama sekolah = … = tahun``, ``Skor = (a x 1) + (b x 2) = total skor``;
- a name and its abbreviation, both before the formula: ``IKM = Indeks Kepuasan Masyarakat
  = Σ NRR x 25``.

In every one the words on the other side of the extra ``=`` compute nothing (no operator, no
figure): they name the result or say its unit, and are set aside with a note; the formula
keeps the one label the grammar reads. A figure after an ``=`` (``= 85%``, ``= ...%``) is a
target or a worked example, read elsewhere (:mod:`ikicalc.lang.examples`); an ``=`` inside
brackets or a legend's ``A = …`` lines are not touched here.
"""

from __future__ import annotations

import itertools
import re

from ikicalc.lang.chars import text_of
from ikicalc.lang.layout_cues import COUNTING_LINE, DIVISION, blank, operator
from ikicalc.patterns import lazy

__all__ = ["extra_equals"]

# an "=" of the formula: not "<=", ">=", "==", ":=", "=>" nor a bar "====="
_EQUALS = lazy(r"(?<![=<>≤≥:!])=(?![=>])")
# words that name or measure, computing nothing: no operator sign, no figure opening them
# ("Rasio Kemandirian", "orang/km²", "per 100.000 penduduk", "Indeks Kepuasan Masyarakat (IKM)")
_WORDS = lazy(
    r"[ \t]*[^\W\d_][^\W_]*(?:[-/.'’][^\W_]+)*"
    r"(?:[ \t]+(?:[^\W_][^\W_]*(?:[-/.,'’][^\W_]+)*|\([^()\n=]{1,40}\)))*+[ \t]*+(?:[.;][ \t]*+)?"
)

# "per 100.000 penduduk": a rate's unit
_RATE_UNIT = lazy(
    r"(?i)[ \t]*+per[ \t]++\d[\d.,]*+[ \t]++[^\W\d_][^\W_]*+(?:[ \t]++[^\W\d_][^\W_]*+){0,3}[ \t]*+"
)
# "… = RumahTangga Jumlahrumahtangga …": a label's word, then the denominator a lost line
# joined after it (lang/lost_lines.py), no result's name
_COUNTED_AFTER = lazy(r"\S[ \t]+(?:Jumlah|JUMLAH|Jml|Jmlh|Total|Banyaknya)")
_PLUS_MINUS = lazy(r"\s[+\-−–]\s")


def _open_at(text: str, index: int) -> bool:
    """Whether a bracket is open at ``index`` of ``text``."""
    opened = sum(text.count(char, 0, index) for char in "([{")
    return opened > sum(text.count(char, 0, index) for char in ")]}")


def _names(part: str, unit: bool = False) -> bool:
    """Whether ``part`` holds words that compute nothing (a name, or with ``unit`` also a
    rate's unit: ``per 100.000 penduduk``)."""
    if unit and _RATE_UNIT.fullmatch(part):
        return True
    return bool(_WORDS.fullmatch(part)) and not operator().search(part)


def _computes(part: str) -> bool:
    """Whether ``part`` names quantities and computes with them."""
    sign = operator().search(part) or _PLUS_MINUS.search(part)
    return bool(re.search(r"[^\W\d_]", part)) and sign is not None


def extra_equals(chars: list[str], notes: list[str]) -> None:
    """Blank the words on the far side of an ``=`` that names or measures the result (see the
    module), with its ``=``, in a line of one or two ``=`` at bracket depth 0."""
    text = text_of(chars)
    if "$" in text or "\\" in text:
        return  # LaTeX reads its own "="
    signs = [m.start() for m in _EQUALS.finditer(text) if not _open_at(text, m.start())]
    if not 1 <= len(signs) <= 2:
        return
    start = text.rfind("\n", 0, signs[0]) + 1
    end = text.find("\n", signs[-1])
    end = len(text) if end < 0 else end
    if text[:start].strip() or text[end:].strip():
        return  # the "=" on a line among others: a stack's middle line, a legend's entry
    bounds = [start, *signs, end]
    parts = [text[a + (a != start) : b] for a, b in itertools.pairwise(bounds)]
    if len(parts) == 2:
        formula, after = parts
        # "A x 100% = Jumlah B" is a stack's middle line joined (its denominator after it)
        if (
            _names(after, unit=True)
            and _computes(formula)
            and DIVISION.search(formula)
            and not COUNTING_LINE.match(after)
            and not _COUNTED_AFTER.search(after)
        ):
            _aside(chars, text, signs[0], end, notes, "the name after the formula")
        return
    first, middle, last = parts
    if _names(last, unit=True) and _names(first) and _computes(middle):
        _aside(chars, text, signs[1], end, notes, "the name or unit after the formula")
    elif _names(first) and _names(middle) and _computes(last):
        _aside(chars, text, start, signs[0] + 1, notes, "a second name before the formula")


def _aside(chars: list[str], text: str, start: int, end: int, notes: list[str], what: str) -> None:
    blank(chars, start, end)
    notes.append(f"{what} was set aside: {text[start:end].strip()!r}")
