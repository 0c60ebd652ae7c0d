"""Lint rules about values, not definitions: a formula's result on realisasi data that is not
plausible. A part over its whole above 100 % (``W111``) and a capaian above 1 000 %
(``W112``) are how a data mistake shows first, most often a decimal written with a dot that
an Indonesian file reads as thousands (``1.206`` read as 1 206, not 1,206).

The rules look at :attr:`Context.outcome <ikicalc.diagnostics.registry.Context.outcome>`:
:func:`ikicalc.lint` checks definitions only, so they are silent there; :func:`plausibility`
asks them about one result (the report asks it of every computed row, ``ikicalc check
--data`` of every indicator).
"""

from __future__ import annotations

from collections.abc import Iterator
from fractions import Fraction
from functools import lru_cache

from ikicalc.diagnostics.diagnostic import Diagnostic
from ikicalc.diagnostics.facts import quantity_name, top_ratio
from ikicalc.diagnostics.registry import Context, Outcome, rule
from ikicalc.diagnostics.sides import inverted, side
from ikicalc.i18n import _, get_language
from ikicalc.lang.ast import is_percent
from ikicalc.lang.formula import Formula
from ikicalc.names import counting_words, name_key, names_data
from ikicalc.numbers import DEFAULT_PLACES, round_half_up

__all__ = [
    "CAPAIAN_LIMIT",
    "PART_LIMIT",
    "PLAUSIBILITY_CODES",
    "capaian_message",
    "is_part_of",
    "part_and_whole",
    "part_message",
    "plausibility",
]

PLAUSIBILITY_CODES = frozenset({"W111", "W112"})
"""The codes of values rather than definitions: found only with data."""

PART_LIMIT = Fraction(100)
"""A part over its whole, in percent, is at most this."""

CAPAIAN_LIMIT = Fraction(1000)
"""A capaian above this many percent is more likely a data mistake than a result."""


def plausibility(
    formula: Formula | None,
    realisasi: Fraction | None,
    capaian: Fraction | None = None,
    *,
    indicator: str | None = None,
) -> list[Diagnostic]:
    """What is implausible in ``realisasi`` (the formula's value, in its unit) and
    ``capaian`` (percent): ``W111``, ``W112``, or nothing. Without a formula (a row whose
    data gives the realisasi directly) only the capaian is looked at."""
    text = "" if formula is None else formula.source or str(formula)
    ctx = Context("formula", text, given=formula, outcome=Outcome(realisasi, capaian))
    found = [*part_above_whole(ctx), *capaian_above_limit(ctx)]
    if indicator is not None:
        from dataclasses import replace

        found = [replace(d, indicator=indicator) for d in found]
    return found


def is_part_of(numerator: str, denominator: str) -> bool:
    """Whether ``numerator`` counts a part of what ``denominator`` counts: the same thing
    with a qualifier (``Jumlah PNS yang hadir`` of ``Jumlah PNS``, ``Jumlah surat yang
    didistribusikan`` of ``Jumlah seluruh surat`` or ``Jumlah surat masuk``). Two different
    things (``Realisasi PAD`` over ``Target PAD``) may exceed 100 %: they are not a part and
    its whole. The words are those of ``names.toml`` (``[ratio]``, counting words)."""
    top, bottom = name_key(numerator), name_key(denominator)
    if top == bottom or inverted(numerator, denominator):
        return False
    if top.startswith(bottom + " "):
        return True
    ratio = names_data()["ratio"]
    qualifiers, whole = set(ratio["qualifiers"]), set(ratio["whole"])
    counting = counting_words()
    words = top.split()
    cut = next((i for i, word in enumerate(words) if word in qualifiers), None)
    if cut is None or side(numerator) != "part":
        return False  # no qualifier clause naming a part: not 'the X that …' of 'X'
    thing = [word for word in words[:cut] if word not in counting]
    of = [word for word in bottom.split() if word not in counting and word not in whole]
    return bool(thing) and thing == of


def part_and_whole(formula: Formula) -> tuple[str, str, tuple[int, int]] | None:
    """The part and the whole a percentage formula divides, and the ratio's span; ``None``
    when it is not a part over its whole. Decided once per formula (the report asks on
    every row of per-employee data), from the tree alone: no symbolic algebra."""
    # equal formulas may be written differently (spacing, a label before them): the span
    # belongs to the text, so the text is part of what is remembered
    return _part_and_whole(formula, formula.source)


@lru_cache(maxsize=1024)
def _part_and_whole(
    formula: Formula, _source: str | None
) -> tuple[str, str, tuple[int, int]] | None:
    if not is_percent(formula.expr):
        return None
    ratio = top_ratio(formula.expr)
    if ratio is None:
        return None
    top, bottom = quantity_name(ratio.left), quantity_name(ratio.right)
    if top is None or bottom is None or not is_part_of(top, bottom):
        return None
    return top, bottom, ratio.span


@rule("W111")
def part_above_whole(ctx: Context) -> Iterator[Diagnostic]:
    """A percentage of a part over its whole above 100 %."""
    outcome, formula = ctx.outcome, ctx.given
    if outcome is None or outcome.realisasi is None or formula is None:
        return
    if outcome.realisasi <= PART_LIMIT:
        return
    found = part_and_whole(formula)
    if found is None:
        return
    top, bottom, span = found
    yield ctx.diagnostic("W111", part_message(_shown(outcome.realisasi), top, bottom), span)


@rule("W112")
def capaian_above_limit(ctx: Context) -> Iterator[Diagnostic]:
    """A capaian above 1 000 %."""
    outcome = ctx.outcome
    if outcome is None or outcome.capaian is None or outcome.capaian <= CAPAIAN_LIMIT:
        return
    span = ctx.given.expr.span if ctx.given is not None else (0, len(ctx.text))
    yield ctx.diagnostic("W112", capaian_message(_shown(outcome.capaian)), span)


def part_message(value: str, part: str, whole: str) -> str:
    """The text of ``W111`` for a realisasi shown as ``value`` (the engines format it:
    exactly here, as a Polars expression in :mod:`ikicalc.evaluation.frame_plausibility`)."""
    return _(
        "the realisasi is {value}%, but '{part}' is a part of '{whole}' and a part "
        "cannot exceed its whole: check the data ({hint})"
    ).format(value=value, part=part, whole=whole, hint=_hint())


def capaian_message(value: str) -> str:
    """The text of ``W112`` for a capaian shown as ``value``."""
    return _(
        "the capaian is {value}%, more than {limit}%: check the realisasi and the target "
        "({hint})"
    ).format(value=value, limit=_shown(CAPAIAN_LIMIT), hint=_hint())


def _hint() -> str:
    return _(
        "a decimal typed with a dot, such as 1.206, is read as thousands (1206) by an "
        "Indonesian spreadsheet"
    )


def _shown(value: Fraction) -> str:
    """``value`` rounded half-up to 2 places, in the current language's notation."""
    rounded = round_half_up(value, DEFAULT_PLACES)
    text = f"{rounded:,.0f}" if rounded == rounded.to_integral_value() else f"{rounded:,.2f}"
    if get_language() == "id":
        return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    return text
