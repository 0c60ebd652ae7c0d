"""The amounts the builder makes of numbers as documents write them (issue 14, cause 10).

* a vulgar fraction (``½ (A + B)``, ``2¾``) is a number; one no decimal writes (``⅓``) is the
  division it stands for, ``1 / 3``;
* the percent of a mixed number (``12½%``, ``2 1/2 persen``) is exact where a decimal writes
  it; ``2⅓%`` is refused;
* a power of ten written as a scale is a number (``x 10³``, ``x 10^5``);
* a word of ``[multipliers]`` after a number multiplies it (``Rp 2,5 juta``, ``100 ribu``);
* words opening a purpose after the number of a product are a remark (``dikalikan dengan 25
  untuk dikonversi ke …``), a guess;
* a lone index letter less a number names no period (``50 x (n - 5)``, ``A / (n-1)``): the
  letter is a quantity, the offset subtracted (``IHK n -2``, ``PAD (n-1)`` stay names);
* words after a number that is no scale are its unit (``A x 2,5 kg``, ``x Rp 1.500 per
  orang``): a flattened fraction's number is a scale (``A x 1.000 KH``), a guess.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache

from lark import Token

from ikicalc.errors import FormulaSyntaxError
from ikicalc.i18n import _
from ikicalc.lang import ast
from ikicalc.lang.marks import REASON
from ikicalc.names import names_data
from ikicalc.numbers import vulgar_value

__all__ = [
    "PURPOSE_AFTER",
    "amount",
    "lone_offset",
    "multiplier_words",
    "multipliers",
    "purpose",
    "ten_power",
    "vulgar",
    "vulgar_percent",
]

_DECIMAL_SHARE = re.compile(r"0[.,]\d+")
_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789", "^{}")

# a lone index letter and an offset: the whole of a name the grammar read ("n - 5", "t-1")
_LONE_OFFSET = re.compile(r"(?P<letter>[nNtT])[ \t]*[-−–][ \t]*(?P<offset>[1-9])")


def lone_offset(text: str, span: tuple[int, int]) -> ast.Expr | None:
    """``n − 5`` for the name ``n - 5`` at ``span`` (see the module), else ``None``."""
    found = _LONE_OFFSET.fullmatch(text)
    if found is None:
        return None
    start, end = span
    letter = ast.Variable(found.group("letter"), (start, start + 1))
    number = ast.Number(Decimal(found.group("offset")), (end - 1, end))
    return ast.Binary(ast.Op.SUB, letter, number, span)


PURPOSE_AFTER = REASON
"""Why the words of a purpose were set aside: a remark after the formula (one message)."""


@cache
def purpose() -> re.Pattern[str]:
    """Words that open a purpose (``[layout] purpose_openers``: ``untuk``, ``bagi``)."""
    openers = "|".join(str(w) for w in names_data()["layout"]["purpose_openers"])
    return re.compile(rf"(?i)(?:{openers})(?![^\W_])")


@cache
def multipliers() -> dict[str, Decimal]:
    """Words after a number that multiply it (``100 ribu``): ``[multipliers]`` of
    ``data/names.toml``."""
    return {word.lower(): Decimal(value) for word, value in names_data()["multipliers"].items()}


def ten_power(text: str) -> Decimal:
    """The value of a power of ten written as a scale: ``10³`` and ``10^{3}`` are 1000."""
    return Decimal(10) ** int(text[2:].translate(_SUPERSCRIPTS))


@cache
def multiplier_words() -> str:
    """The words of ``[multipliers]`` as an alternation (longest first, escaped)."""
    return "|".join(re.escape(word) for word in sorted(multipliers(), key=len, reverse=True))


def vulgar(text: str, span: ast.Span) -> ast.Expr:
    """The node of a vulgar fraction: a number, or the division a decimal cannot write; a
    decimal fraction (``0,5`` of a share) is its number."""
    if _DECIMAL_SHARE.fullmatch(text):  # the grammar's FRACTION_SHARE, never "0 ½"
        return ast.Number(Decimal(text.replace(",", ".")), span)
    value = vulgar_value(text)
    if value.denominator in (1, 2, 4, 5, 8, 10):
        return ast.Number(Decimal(value.numerator) / Decimal(value.denominator), span)
    top = ast.Number(Decimal(value.numerator), span)
    return ast.Binary(ast.Op.DIV, top, ast.Number(Decimal(value.denominator), span), span)


def amount(value: Decimal | int, unit: str) -> bool:
    """Whether a number and the words after it are an amount in a unit (``2,5 kg``, ``1.500
    per orang``), not a scale over a denominator (``1.000 KH``, ``100 penduduk``)."""
    if unit.lower().startswith("per ") or unit.split()[0].lower() in _money():
        return True  # "x 1.500 per orang", "x satu juta rupiah": the amount's unit
    scale = 10
    while scale < value:
        scale *= 10
    return bool(scale != value)


def vulgar_percent(token: Token) -> Decimal:
    """The percent of a mixed number (``12½%``, ``2 1/2 persen``), exact as a decimal (a half,
    a quarter, an eighth, a fifth); ``⅓%`` has no decimal and is refused."""
    value = vulgar_value(token.value)
    decimal = Decimal(value.numerator) / Decimal(value.denominator)
    if decimal * value.denominator != value.numerator:
        raise FormulaSyntaxError(
            _("'{number}' has no exact decimal; write the percent as a division").format(
                number=token.value
            ),
            "",
            token.start_pos or 0,
            token.end_pos or 0,
        )
    return decimal


def money_words() -> frozenset[str]:
    """The units of money (``rupiah``, ``Rp``), in lower case (:func:`_money`)."""
    return _money()


@cache
def _money() -> frozenset[str]:
    """The units of money of ``data/units.txt`` (``rupiah``, ``Rp``), in lower case: after a
    number they are its unit, never the denominator of a flattened fraction."""
    from importlib import resources

    text = resources.files("ikicalc").joinpath("data", "units.txt").read_text("utf-8")
    lines = (line.split("=") for line in text.splitlines() if "[uang]" in line)
    return frozenset(part.strip().lower() for parts in lines for part in parts if "[" not in part)
