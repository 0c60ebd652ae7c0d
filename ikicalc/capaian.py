"""Capaian (achievement): realisasi measured against target, as a percentage.

- positive polarity ("semakin tinggi semakin baik"): realisasi / target × 100;
- negative polarity ("semakin rendah semakin baik", PermenPAN-RB 8/2021; the same as the LKjIP
  form (rencana − (realisasi − rencana)) / rencana × 100): (2 × target − realisasi) / target × 100;
- a range target ``(low, high)``: 100 inside the range; above it realisasi / high × 100, below
  it realisasi / low × 100 (with negative polarity the mirror image: (2 × bound − realisasi) /
  bound × 100, so capaian still falls as realisasi moves away from the range upward).

Everything is exact (:class:`fractions.Fraction`) until the final half-up rounding to 2 places.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from typing import Literal, overload

from ikicalc.errors import IkiError
from ikicalc.numbers import round_half_up, to_fraction

__all__ = ["POLARITY_ALIASES", "capaian", "number", "read_polarity"]

POLARITY_ALIASES: dict[str, str] = {
    "positive": "positive",
    "positif": "positive",
    "+": "positive",
    "semakin tinggi semakin baik": "positive",
    "semakin besar semakin baik": "positive",
    "makin tinggi makin baik": "positive",
    "makin besar makin baik": "positive",
    "negative": "negative",
    "negatif": "negative",
    "-": "negative",
    "semakin rendah semakin baik": "negative",
    "semakin kecil semakin baik": "negative",
    "makin rendah makin baik": "negative",
    "makin kecil makin baik": "negative",
}
"""Ways of writing a polarity (lower case, single spaces) and the polarity they mean."""

Number = object
"""Anything :func:`number` accepts: int, Fraction, Decimal, float or text like ``"81,35"``."""


def number(value: Number, what: str) -> Fraction:
    """Convert one user-given number exactly; ``what`` names it in the error message."""
    try:
        return to_fraction(value)
    except ValueError as exc:
        raise IkiError(f"{what}: {exc}; give a number such as 81,35") from exc


def read_polarity(text: str) -> str:
    """``"positive"`` or ``"negative"`` for a polarity written in English or Indonesian."""
    key = " ".join(str(text).lower().replace(",", " ").split())
    found = POLARITY_ALIASES.get(key)
    if found is None:
        raise IkiError(
            f"unknown polarity {text!r}: use 'positif' (semakin tinggi semakin baik) "
            "or 'negatif' (semakin rendah semakin baik)"
        )
    return found


def _ratio(realisasi: Fraction, target: Fraction, negative: bool) -> Fraction:
    if negative:
        return (2 * target - realisasi) / target * 100
    return realisasi / target * 100


def _exact(realisasi: Number, target: Number | tuple[Number, Number], kind: str) -> Fraction:
    negative = read_polarity(kind) == "negative"
    real = number(realisasi, "realisasi")
    if not isinstance(target, tuple | list):
        goal = number(target, "target")
        if goal == 0:
            raise IkiError(
                "target is 0, so capaian cannot be a percentage of it: enter the planned "
                "target (not 0); for a 'zero cases' goal give a range target such as (0, 1) "
                "or report the realisasi itself"
            )
        if goal < 0:
            raise IkiError(f"target is negative ({target}); capaian needs a positive target")
        return _ratio(real, goal, negative)
    if len(target) != 2:
        raise IkiError(f"a range target has two numbers (low, high); got {len(target)}")
    low, high = number(target[0], "target low"), number(target[1], "target high")
    if low > high or low < 0:
        raise IkiError(
            f"range target ({target[0]}, {target[1]}) must be written (low, high) "
            "with 0 ≤ low ≤ high"
        )
    if real > high:
        return _ratio(real, high, negative)
    if real >= low:
        return Fraction(100)
    if low == 0:
        raise IkiError(
            f"realisasi {realisasi} is below the range target starting at 0, so capaian "
            "cannot be a percentage of it: check the realisasi"
        )
    return _ratio(real, low, negative)


@overload
def capaian(
    realisasi: Number,
    target: Number | tuple[Number, Number],
    polarity: str = ...,
    *,
    exact: Literal[False] = ...,
) -> Decimal: ...


@overload
def capaian(
    realisasi: Number,
    target: Number | tuple[Number, Number],
    polarity: str = ...,
    *,
    exact: Literal[True],
) -> Fraction: ...


def capaian(
    realisasi: Number,
    target: Number | tuple[Number, Number],
    polarity: str = "positive",
    *,
    exact: bool = False,
) -> Decimal | Fraction:
    """Capaian in percent of ``target`` (a number or a range ``(low, high)``).

    ``polarity`` is ``"positive"``/``"positif"``/``"semakin tinggi semakin baik"`` (default)
    or ``"negative"``/``"negatif"``/``"semakin rendah semakin baik"``. The result is rounded
    half-up to 2 places (``Decimal``); ``exact=True`` returns the exact ``Fraction``.
    Example: ``capaian("6,5", 7, "negatif")`` is ``Decimal("107.14")``.
    """
    value = _exact(realisasi, target, polarity)
    return value if exact else round_half_up(value)
