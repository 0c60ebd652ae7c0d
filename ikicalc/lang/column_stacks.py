"""Stacked fractions side by side in columns, joined on their middle line, and a threshold.

Regulations (BAPETEN's dose limits, mixture rules) draw a sum of fractions: a line of
numerators, a middle line of bars joined by signs (``------ + ------ + ------- < 1``), a line
of denominators; a ``Σ`` before a fraction, its index on the line of denominators (``j``) or
glued to the sign (``i∑``); a threshold after the whole (``< 1``, ``≤1``) that the sum must
keep. PDF text keeps the columns but loses the bars' meaning, and sometimes the bars
(``+∑       +∑       ≤1``). A careful reader finds the middle line, counts the fractions
on it (one a bar, or one more than the signs), pairs the numerators and the denominators in
order, column by column, and keeps the threshold as the target it is, not an operand.

:func:`linear` writes the sum on one line in the place of the stack (the cell keeps its
length, every other line as it is, so a legend under it still names the symbols); the
parser reads that text where the grammar gave up on the cell. A guess (``W110``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ikicalc.i18n import N_
from ikicalc.lang.chars import text_of
from ikicalc.lang.formula import Reading
from ikicalc.patterns import lazy

__all__ = ["REASON", "Linear", "linear"]

REASON = N_(
    "fractions stacked side by side: each numerator over the denominator under it, joined "
    "by the signs of their middle line; a threshold after them is the limit, not an operand"
)

_BAR = r"[-_─—–]{3,}"
_THRESHOLD = r"(?P<threshold>(?:[<>≤≥]=?|=<|=>)[ \t]*\d[\d.,]*)"
_TOKEN = lazy(r"(?P<bar>" + _BAR + r")|(?P<index>[a-zA-Z])?(?P<sigma>[Σ∑])|(?P<sign>[-+−×*])")
_MIDDLE = lazy(  # each item atomic: a run of dashes is one bar, never split (no backtracking)
    r"^[ \t]*(?:(?>" + _BAR + r"|[a-zA-Z]?[Σ∑]|[-+−×*])[ \t]*)+" + _THRESHOLD + r"?[ \t]*$"
)
_SEGMENT = lazy(r"\S+(?: \S+)*")  # a column: words apart by one space
_MARK = lazy(r"^(?:\(?[a-z0-9]{1,2}[.)]\)?\.?)$")  # "(a).", "a.", "1)": an item's mark
# a column of a stack: a symbol, a subscript, a number or a short name (a sentence is prose)
_SYMBOL = lazy(r"^[^\W_](?:[^\s]|[ ](?=\S)){0,31}$")
_INDEX = lazy(r"^[a-z]$")  # a lone letter in lower case: a sum's index (i, j, k)


@dataclass(frozen=True)
class Linear:
    """The cell with its stack written on one line, where it stood (the same length), and
    the span of the stack and of its threshold (or ``None``)."""

    text: str
    span: tuple[int, int]
    threshold: str | None

    def reading(self, cell: str) -> Reading:
        """The guess: the sum as written on one line, and the stack as the cell draws it."""
        start, end = self.span
        return Reading(self.span, " ".join(self.text[start:end].split()), cell[start:end], REASON)


@dataclass
class _Fraction:
    sign: str = ""
    summed: bool = False
    numerator: str = ""
    denominator: str = ""


def _segments(line: str) -> list[str]:
    return [m.group(0) for m in _SEGMENT.finditer(line.replace("\t", "  "))]


def _columns(line: str) -> list[str] | None:
    """The symbols of a line of the stack, or ``None`` when the line is prose."""
    segments = _segments(line)
    if segments and _MARK.match(segments[0]):
        segments = segments[1:]  # "(a).     Hj,d"
    if not segments or any(len(s.split()) > 4 for s in segments):
        return None
    if not all(_SYMBOL.match(s) or s in {"Σ", "∑"} for s in segments):
        return None
    return segments


def _fractions(middle: re.Match[str], above: list[str]) -> list[_Fraction] | None:
    """The fractions the middle line draws, with their signs and sums; ``above`` the
    segments over it in reading order (a ``Σ`` among them sums the numerator after it)."""
    tokens = list(_TOKEN.finditer(middle.group(0)))
    numerators = [s for s in above if s not in {"Σ", "∑"}]
    bars = sum(1 for t in tokens if t.group("bar"))
    fractions: list[_Fraction] = []
    current = _Fraction()
    if bars:  # one fraction a bar; signs and sums before a bar are its own
        for token in tokens:
            if token.group("bar"):
                fractions.append(current)
                current = _Fraction()
            elif token.group("sigma"):
                current.summed = True
            else:
                current.sign = token.group("sign")
        if current.sign or current.summed:
            return None  # a sign after the last bar: not a sum of fractions
    else:  # the bars lost: one fraction more than the signs between them, or as many
        signs = sum(1 for t in tokens if t.group("sign"))
        if signs not in (len(numerators) - 1, len(numerators)):
            return None
        fractions = [_Fraction() for _ in numerators]
        at = 0 if signs == len(numerators) - 1 else -1
        for token in tokens:
            if token.group("sign"):
                at += 1
                fractions[at].sign = token.group("sign")
            else:  # a sum opens the fraction of the sign before it
                fractions[max(at, 0)].summed = True
    if len(fractions) != len(numerators):
        return None
    summed_above = [i for i, s in enumerate(above) if s in {"Σ", "∑"}]
    for at in summed_above:  # "∑       Ij": the sum stands on the numerator's line
        following = len([s for s in above[:at] if s not in {"Σ", "∑"}])
        if following >= len(fractions):
            return None
        fractions[following].summed = True
    for fraction, numerator in zip(fractions, numerators, strict=True):
        fraction.numerator = numerator
    return fractions


# a middle line: two bars joined by a sign, or signs, sums and bars before a threshold
_CUE = lazy(
    r"(?m)[-_─—–]{3}[ \t]*[-+−×*Σ∑][ \t]*(?:[Σ∑][ \t]*)?[-_─—–]{3}"
    r"|^[ \t]*(?:[a-z]?[Σ∑]|[-+−])[-+−Σ∑_─—– \t]*(?:[<>≤≥]=?|=<|=>)[ \t]*\d[\d.,]*[ \t]*$"
)


def linear(text: str) -> Linear | None:
    """The cell with its side-by-side fractions on one line (see module), or ``None``."""
    if "\n" not in text or not _CUE.search(text):
        return None
    lines = [m for m in re.finditer(r"[^\n]*", text) if m.group(0).strip()]
    for index, line in enumerate(lines[1:-1], start=1):
        middle = _MIDDLE.match(line.group(0))
        if middle is None:
            continue
        tokens = [t for t in _TOKEN.finditer(middle.group(0))]
        bars = sum(1 for t in tokens if t.group("bar"))
        sums = sum(1 for t in tokens if t.group("sigma"))
        if bars < 2 and not middle.group("threshold") and not sums:
            continue  # one bar alone: the ordinary stack's middle line
        found = _read(text, lines, index, middle)
        if found is not None:
            return found
    return None


def _read(
    text: str, lines: list[re.Match[str]], index: int, middle: re.Match[str]
) -> Linear | None:
    above: list[str] = []
    first = index
    for upper in reversed(lines[max(0, index - 2) : index]):
        columns = _columns(upper.group(0))
        if columns is None:
            break
        above = columns + above
        first -= 1
    if first == index:
        return None
    below = _columns(lines[index + 1].group(0))
    if below is None:
        return None
    fractions = _fractions(middle, above)
    if fractions is None:
        return None
    summed = sum(1 for f in fractions if f.summed)
    indices = [s for s in below if _INDEX.match(s)]
    if summed and len(below) - len(indices) == len(fractions) and len(indices) <= summed:
        below = [s for s in below if not _INDEX.match(s)]  # "NBD   j   Ij,L": Σ's index
    if len(below) != len(fractions):
        return None
    for fraction, denominator in zip(fractions, below, strict=True):
        fraction.denominator = denominator
    pieces = []
    for number, fraction in enumerate(fractions):
        ratio = f"{fraction.numerator} / {fraction.denominator}"
        term = f"Σ ({ratio})" if fraction.summed else ratio
        sign = fraction.sign.replace("−", "-")
        pieces.append(f"{sign} {term}" if sign and (number or sign != "+") else term)
    written = " ".join(pieces)
    start, end = lines[first].start(), lines[index + 1].end()
    if len(written) > end - start:
        return None  # no room to write it in place
    chars = list(text)
    chars[start:end] = list(written.ljust(end - start))
    threshold = middle.group("threshold")
    return Linear(text_of(chars), (start, end), threshold)
