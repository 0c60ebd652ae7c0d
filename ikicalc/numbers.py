"""Numbers as Indonesian documents write them, and the one rounding rule.

Reading (:func:`parse_number`): ``81,35`` and ``81.35`` are the same number. A single
separator (comma or dot) is the decimal separator. When both appear, the last one is the
decimal separator and the other groups thousands (``1.250,5`` = ``1,250.5`` = 1250.5). A
separator that appears more than once groups thousands (``1.000.000``). Groups of thousands
have three digits (after a first group of one to three): ``2.5.3`` or ``1.25,5`` is not a
number. This default (``style="mixed"``) reads a lone ``1.000`` as one.

Styles (:data:`NumberStyle`): what the text around a number says about its separators.

* ``"mixed"`` (the default): the rule above.
* ``"indonesian"``: as ``"mixed"``, except that a lone dot followed by exactly three digits
  groups thousands (``1.206`` = 1206, ``x 1.000`` = 1000); ``81.35`` stays a decimal. The
  formula reader uses it for a cell that shows no other evidence.
* ``"decimal-comma"``: the text writes decimals with a comma (``81,35`` elsewhere in the same
  cell or file), so a dot before three digits groups thousands (``1.206`` = 1206) with no
  doubt; a dot that cannot group (``1.25``) is still read as a decimal point.
* ``"decimal-dot"``: the text writes decimals with a dot, so a dot is the decimal point
  (``1.000`` = 1) and a comma before three digits groups thousands (``1,000`` = 1000).

Data readers decide a style per file (a decimal-comma file reads ``.`` as thousands) and pass
it; :func:`number_style` decides it from the numbers of a text.

Rounding (:func:`round_half_up`): results stay exact (:class:`fractions.Fraction`) until they
are presented; then they are rounded half-up (away from zero on a tie) to 2 decimal places
unless another precision is asked for.
"""

from __future__ import annotations

import re
from decimal import Decimal
from fractions import Fraction
from typing import Literal, TypeAlias

from ikicalc import limits

__all__ = [
    "DEFAULT_PLACES",
    "MAX_DIGITS",
    "NUMBER_PATTERN",
    "NumberStyle",
    "number_style",
    "parse_number",
    "round_half_up",
    "to_fraction",
]

DEFAULT_PLACES = 2
"""Decimal places of a presented value (``Result.value``, ``capaian``)."""

MAX_DIGITS = limits.NUMBER_MAX_DIGITS
"""Most digits in one written number (in a formula, scale, target or data cell). A float or
Decimal given as a value must likewise be 0 or lie between 10**-30 and 10**30 in size."""

NUMBER_PATTERN = r"\d+(?:[.,]\d+)*"
"""Regular expression of a written number: digits with dot or comma separators."""

_NUMBER_RE = re.compile(rf"[+-]?{NUMBER_PATTERN}")
_NOT_FINITE = frozenset({"nan", "inf", "infinity", "∞"})


NumberStyle: TypeAlias = Literal["mixed", "indonesian", "decimal-comma", "decimal-dot"]
"""How the text around a number writes decimals (see the module docstring)."""

_THOUSANDS = re.compile(r"\d{1,3}\.\d{3}")
_DECIMAL_COMMA = re.compile(r"(?<![\d.,])\d+(?:\.\d{3})*,(?!\d{3}(?!\d))\d+(?![\d.,]*\d)")
_DECIMAL_DOT = re.compile(r"(?<![\d.,])\d+(?:,\d{3})*\.(?!\d{3}(?!\d))\d+(?![\d.,]*\d)")


def number_style(text: str) -> NumberStyle:
    """The style the numbers of ``text`` show: ``"decimal-comma"`` when one of them has a
    decimal comma (``81,35``, ``1.250,5``), ``"decimal-dot"`` when one has a decimal dot that
    cannot group thousands (``81.35``), otherwise ``"indonesian"``."""
    if _DECIMAL_COMMA.search(text):
        return "decimal-comma"
    if _DECIMAL_DOT.search(text):
        return "decimal-dot"
    return "indonesian"


def parse_number(text: str, style: NumberStyle = "mixed") -> Decimal:
    """Read a written number (``"81,35"``, ``"1.250,5"``, ``"-0.5"``) as an exact Decimal.

    ``style`` says what the text around it shows about its separators (see the module).
    Raises :class:`ValueError` when ``text`` is not a number in one of these forms.
    """
    raw = text.strip()
    if not _NUMBER_RE.fullmatch(raw):
        if raw.casefold().lstrip("+-") in _NOT_FINITE:
            raise ValueError(f"{_shown(raw)} is not a finite number")
        raise ValueError(f"{_shown(text)} is not a number")
    if sum(ch.isdigit() for ch in raw) > MAX_DIGITS:
        raise ValueError(f"{_shown(text)} has more than {MAX_DIGITS} digits")
    sign = "-" if raw[0] == "-" else ""
    digits = raw[1:] if raw[0] in "+-" else raw
    commas, dots = digits.count(","), digits.count(".")
    if commas and dots:
        decimal_sep = "," if digits.rfind(",") > digits.rfind(".") else "."
        group_sep = "." if decimal_sep == "," else ","
        if digits.count(decimal_sep) > 1:
            raise ValueError(f"{_shown(text)} has more than one decimal separator")
        whole, _, fraction = digits.partition(decimal_sep)
        digits = _ungrouped(whole, group_sep, text) + "." + fraction
    elif commas > 1 or dots > 1:
        digits = _ungrouped(digits, "," if commas else ".", text)
    elif dots and style in ("indonesian", "decimal-comma") and _THOUSANDS.fullmatch(digits):
        digits = digits.replace(".", "")
    elif commas and style == "decimal-dot" and _THOUSANDS.fullmatch(digits.replace(",", ".")):
        digits = digits.replace(",", "")
    else:
        digits = digits.replace(",", ".")
    return Decimal(sign + digits)


def to_fraction(value: object) -> Fraction:
    """Convert a number given by a user (int, Fraction, Decimal, float, numeric string) exactly.

    Floats convert through their shortest decimal representation (``0.1`` is 1/10, not the
    binary approximation). NaN and infinities raise :class:`ValueError`; so do booleans and
    text that is not a number.
    """
    if isinstance(value, bool):
        raise ValueError(f"{value!r} is a yes/no value, not a number")
    if isinstance(value, Fraction):
        return value
    if isinstance(value, int):
        return Fraction(value)
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise ValueError(f"{value!r} is not a finite number")
        return Fraction(_sized(Decimal(repr(value)), value))
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValueError(f"{value!r} is not a finite number")
        return Fraction(_sized(value, value))
    if isinstance(value, str):
        return Fraction(parse_number(value))
    raise ValueError(f"{value!r} is not a number")


def _ungrouped(digits: str, separator: str, text: str) -> str:
    """``1.000.000`` → ``1000000``; refuse groups that are not thousands (``2.5.3``)."""
    first, *groups = digits.split(separator)
    if len(first) > 3 or any(len(group) != 3 for group in groups):
        raise ValueError(
            f"{_shown(text)} is not a number: {separator!r} groups thousands here, and groups "
            "of thousands have three digits (1.250.000)"
        )
    return first + "".join(groups)


def _shown(text: str) -> str:
    """``text`` quoted for a message, shortened when it is long."""
    return repr(text) if len(text) <= 40 else repr(text[:37]) + "…"


def _sized(value: Decimal, given: object) -> Decimal:
    """``value`` if its size is within :data:`MAX_DIGITS` digits either side of the point.

    Guards exact arithmetic against values such as ``Decimal("1e999999999")`` (from a JSON or
    YAML file), whose exact fraction would take gigabytes.
    """
    if value and not -MAX_DIGITS <= value.adjusted() < MAX_DIGITS:
        raise ValueError(
            f"{_shown(str(given))} is too large or too small: a value must be 0 or lie between "
            f"1e-{MAX_DIGITS} and 1e{MAX_DIGITS} in size"
        )
    return value


def round_half_up(value: Fraction, places: int = DEFAULT_PLACES) -> Decimal:
    """Round an exact value half-up (ties away from zero) to ``places`` decimal places."""
    scaled = value * 10**places
    magnitude = abs(scaled)
    whole, rest = divmod(magnitude.numerator, magnitude.denominator)
    if 2 * rest >= magnitude.denominator:
        whole += 1
    if scaled < 0:
        whole = -whole
    return Decimal(whole).scaleb(-places)
