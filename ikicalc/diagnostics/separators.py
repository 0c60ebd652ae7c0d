"""Lint ``W114``: a number in a formula or target cell whose dot could group thousands or be
a decimal point, with nothing in the cell to decide; and ``W113``, the same doubt in a data
file, which the data readers report (:mod:`ikicalc.realisasi.undecided`).

In a cell, a dot followed by exactly three digits groups thousands (``1.250`` is 1250)
unless the cell shows how it writes decimals (:func:`ikicalc.numbers.number_style`: a
decimal comma ``81,35``, a decimal dot ``81.35`` or ``0.5``, a ``1.000.000``). Where it shows
nothing, ``1.250`` is read as 1250 by the rule and ``W114`` says so, with the other reading
(1,25). Not in doubt: ``1.000``, ``100.000`` (nobody writes three needless zeros after a
decimal point: ``x 1.000`` is a thousand), ``0.500`` (a group never starts with 0), a
number inside a name (``berat lahir < 2.500 gram``: no value is read from it), a target
that counts whole things (``1.500 bh``, ``1.250 dokumen``, ``81.350 orang``: a unit of
people or of counted things in ``ikicalc/data/units.txt``), and every number of a cell that
decides.

The parser also records the reading in :attr:`ikicalc.lang.formula.Formula.guesses`; the
``W110`` rule leaves those to this one (:func:`thousands_guess`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from ikicalc.diagnostics.diagnostic import Diagnostic
from ikicalc.diagnostics.registry import Context, rule
from ikicalc.i18n import _
from ikicalc.lang import ast
from ikicalc.lang.formula import Reading
from ikicalc.numbers import number_style

__all__ = ["CELL_CODE", "DATA_CODE", "ambiguous_numbers", "thousands_guess", "thousands_note"]

CELL_CODE = "W114"
DATA_CODE = "W113"

_LONE = re.compile(r"(?<![\w.,])([1-9]\d{0,2})\.(?!000)(\d{3})(?![\d.,]*\d)")
"""A lone dot before three digits (not ``000``), not part of a longer number."""
_READING = re.compile(r"[1-9]\d{0,2},\d{3}")


def ambiguous_numbers(text: str, spans: list[tuple[int, int]] | None = None) -> Iterator[
    tuple[tuple[int, int], str, str]
]:
    """``(span, chosen, other)`` for each number of ``text`` whose dot nothing in ``text``
    decides; only within ``spans`` when given (where the formula reads numbers)."""
    if number_style(text) != "indonesian":
        return
    for found in _LONE.finditer(text):
        start, end = found.span()
        if spans is not None and not any(a <= start and end <= b for a, b in spans):
            continue
        decimal = Decimal(found.group(1) + "." + found.group(2)).normalize()
        yield found.span(), found.group(1) + found.group(2), str(decimal).replace(".", ",")


def thousands_guess(guess: Reading) -> bool:
    """Whether ``guess`` (a reading the parser recorded) is a dot read as thousands: this
    rule's business, not ``W110``'s."""
    return bool(_READING.fullmatch(guess.other)) and guess.chosen == guess.other.replace(",", "")


def thousands_note(guess: Reading, source: str | None) -> str | None:
    """The words of :data:`CELL_CODE` for ``guess`` when it is a dot read as thousands."""
    if not thousands_guess(guess):
        return None
    start, end = guess.span
    written = source[start:end] if source is not None else guess.other.replace(",", ".")
    return _message(written, guess.chosen, guess.other)


_MEASURED = frozenset({"[waktu]"})
"""Dimensions of ``ikicalc/data/units.txt`` measured in fractions (``1,5 hari``); every other
one-dimension unit counts whole things: people, documents, buah, rupiah."""


def _counted(ctx: Context) -> frozenset[Decimal]:
    """The values of a target cell that count whole things (a unit of people or of counted
    things): ``1.500 bh`` is 1500, never 1,5 buah."""
    from ikicalc.rules.target import Target
    from ikicalc.rules.units import quantity

    if ctx.scope != "target" or not isinstance(ctx.target, Target):
        return frozenset()
    found = set()
    for part in ctx.target.components:
        if part.unit is None:
            continue
        dimensions = dict(quantity(1, part.unit).dimensionality)
        one = len(dimensions) == 1 and set(dimensions.values()) == {1}
        if one and not _MEASURED.intersection(dimensions):
            found.add(part.value)
    return frozenset(found)


def _message(written: str, chosen: str, other: str) -> str:
    return _(
        "{written} read as {chosen} (a dot before three digits groups thousands), not as "
        "{other}: nothing in the cell shows how it writes decimals; write {chosen} for the "
        "thousands or {other} for the decimal"
    ).format(written=written, chosen=chosen, other=other)


@rule(CELL_CODE)
def undecided_number(ctx: Context) -> Iterator[Diagnostic]:
    """A number of a formula cell (a value the formula computes with) or of a target cell
    whose dot nothing in the cell decides."""
    spans: list[tuple[int, int]] | None
    if ctx.scope == "formula" and ctx.facts is not None:
        formula = ctx.facts.formula
        spans = [
            node.span
            for node in ast.walk(formula.expr)
            if isinstance(node, ast.Number) and node.span is not None
        ]
    elif ctx.scope == "target" and ctx.target is not None and not isinstance(
        ctx.target, Exception
    ):
        spans = None  # every number of a target cell is read as a value
    else:
        return
    whole = _counted(ctx)
    for span, chosen, other in ambiguous_numbers(ctx.text, spans):
        if Decimal(chosen) in whole:
            continue  # 1.500 bh: a count of things is whole, so not one and a half

        written = ctx.text[span[0] : span[1]]
        yield ctx.diagnostic(CELL_CODE, _message(written, chosen, other), span)


@rule(DATA_CODE)
def undecided_data(ctx: Context) -> Iterator[Diagnostic]:
    """``W113`` is about data, which a definition does not have: the data readers find it
    (:class:`ikicalc.realisasi.undecided.DataWarning`, the report shows it). Silent on
    definitions, as the plausibility rules are."""
    del ctx
    return iter(())
