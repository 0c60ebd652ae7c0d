"""The plausibility warnings of :mod:`ikicalc.diagnostics.plausibility` (``W111`` a part over
its whole above 100 %, ``W112`` a capaian above 1 000 %) and the report's Keterangan, as
Polars expressions over the realisasi and capaian columns of :func:`ikicalc.evaluate_frame`.

Which formula is a part over its whole is decided once per indicator, from its tree, by the
same function as the exact engine; each row is then a comparison and, where it fires, the
same message with the value written by :func:`shown` (half-up to 2 places, the current
language's separators), so both engines put the same words in Keterangan.
"""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction

import polars as pl

from ikicalc.i18n import get_language
from ikicalc.lang.formula import Formula

__all__ = ["keterangan", "shown", "value_warnings"]

_NUDGE = 1e-12
"""Relative slack of a float against an exact limit or a half-up tie: ``38/38 × 100`` may
come out as ``100.00000000000001``, which is 100, not above it."""

_TIE = 1e-15
"""Relative slack of a half-up tie when writing a number: a few units in the last place of
a float (``1.005`` is ``1.00499999999999989…``), small enough to keep the cents of a number
of twelve digits."""

_MARK = "\x00value\x00"

_EXACT_DIGITS = 1e15
"""Above this a float no longer holds every digit of the cents: written as Polars writes it."""


def shown(value: pl.Expr) -> pl.Expr:
    """``value`` (a positive ``Float64``) as the plausibility messages write a number:
    rounded half-up to 2 places, thousands grouped, decimals only when not whole
    (``3.015``, ``3.173,68`` in Indonesian; ``3,015``, ``3,173.68`` in English)."""
    thousands, decimal = (".", ",") if get_language() == "id" else (",", ".")
    cents = (value * 100 * (1 + _TIE)).round(0, mode="half_away_from_zero")
    exact = cents.cast(pl.Int64, strict=False)
    whole = (exact // 100).cast(pl.String)
    grouped = (
        whole.str.reverse().str.extract_all(r"\d{1,3}").list.join(thousands).str.reverse()
    )
    fraction = exact % 100
    written = pl.concat_str(
        grouped,
        pl.when(fraction == 0)
        .then(pl.lit(""))
        .otherwise(pl.lit(decimal) + fraction.cast(pl.String).str.zfill(2)),
    )
    return pl.when(value.abs() < _EXACT_DIGITS).then(written).otherwise(value.cast(pl.String))


def _message(code: str, text: str, number: pl.Expr) -> pl.Expr:
    """``CODE: text`` with the row's number written where ``text`` holds :data:`_MARK`."""
    before, after = text.split(_MARK, 1)
    return pl.concat_str(pl.lit(f"{code}: {before}"), shown(number), pl.lit(after))


def _doubted(value: pl.Expr, limit: Fraction) -> pl.Expr:
    """``value`` where it is above ``limit``, null elsewhere: Polars computes both branches
    of a ``when``, so the number is written only for the (few) rows in doubt, and a null
    number makes the whole message null (``concat_str``)."""
    return pl.when(value > float(limit) * (1 + _NUDGE)).then(value)


def value_warnings(
    formula: Formula | None, realisasi: pl.Expr, capaian: pl.Expr
) -> list[pl.Expr]:
    """``W111`` and ``W112`` of each row (``String``, null where the row has nothing to
    doubt), as :func:`ikicalc.diagnostics.plausibility.plausibility` finds them."""
    from ikicalc.diagnostics.plausibility import (
        CAPAIAN_LIMIT,
        PART_LIMIT,
        capaian_message,
        part_and_whole,
        part_message,
    )

    found: list[pl.Expr] = []
    whole = part_and_whole(formula) if formula is not None else None
    if whole is not None:
        part, of, _span = whole
        text = part_message(_MARK, part, of)
        found.append(_message("W111", text, _doubted(realisasi, PART_LIMIT)))
    text = capaian_message(_MARK)
    found.append(_message("W112", text, _doubted(capaian, CAPAIAN_LIMIT)))
    return found


def keterangan(error: pl.Expr, findings: Sequence[str], warnings: Sequence[pl.Expr]) -> pl.Expr:
    """The report's Keterangan of each row, as :mod:`ikicalc.writers.flat` writes it: the
    reason the row was not computed, then the indicator's lint ``findings`` (``CODE:
    message``, the same on every row), then the row's ``warnings`` (plausibility, data),
    joined by ``"; "``; null when there is nothing to say."""
    parts = [error, *(pl.lit(text, dtype=pl.String) for text in findings), *warnings]
    joined = pl.concat_str(parts, separator="; ", ignore_nulls=True)
    return pl.when(joined == "").then(pl.lit(None, dtype=pl.String)).otherwise(joined)
