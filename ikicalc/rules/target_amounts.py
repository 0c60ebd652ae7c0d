"""The amounts of a target: numbers (with the thousands rule of targets), number words,
scale words, percent signs, and the bound written before them.

Used by :mod:`ikicalc.rules.target`; see its docstring for the forms.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, localcontext

from lark import Token, Tree

from ikicalc.errors import IkiError, TargetSyntaxError
from ikicalc.i18n import _
from ikicalc.lang.lark_errors import read_number
from ikicalc.rules.terbilang import words_to_number
from ikicalc.rules.units import multiplier

__all__ = [
    "Amount",
    "bound_of",
    "end",
    "read_amount",
    "slice_of",
    "start",
    "target_number",
    "tokens",
]


def tokens(tree: Tree[Token]) -> list[Token]:
    return [t for t in tree.scan_values(lambda v: isinstance(v, Token))]


def start(token: Token) -> int:
    return token.start_pos or 0


def end(token: Token) -> int:
    return token.end_pos if token.end_pos is not None else start(token) + len(token)


def slice_of(text: str, tokens: list[Token]) -> str:
    return text[start(tokens[0]) : end(tokens[-1])]


_THOUSANDS = re.compile(r"[1-9]\d{0,2}(?:\.\d{3})+(?:,\d+)?")

_BOUNDS = {
    "≥": ">=",
    ">=": ">=",
    "=>": ">=",
    "minimal": ">=",
    "minimum": ">=",
    "min": ">=",
    "paling sedikit": ">=",
    "paling rendah": ">=",
    "sekurang-kurangnya": ">=",
    "≤": "<=",
    "<=": "<=",
    "=<": "<=",
    "maksimal": "<=",
    "maksimum": "<=",
    "maks": "<=",
    "max": "<=",
    "paling banyak": "<=",
    "paling tinggi": "<=",
    "setinggi-tingginya": "<=",
    "sebanyak-banyaknya": "<=",
    ">": ">",
    "lebih dari": ">",
    "di atas": ">",
    "<": "<",
    "kurang dari": "<",
    "di bawah": "<",
}


def bound_of(token: Token) -> str:
    key = " ".join(str(token).lower().rstrip(".").split())
    return _BOUNDS[key]


def target_number(text: str, token: Token) -> Decimal:
    """A number of a target. ``2.400`` (a dot and exactly three digits) groups thousands
    here: a target of 2.400 buah is two thousand four hundred, not 2,4."""
    written = str(token)
    if _THOUSANDS.fullmatch(written):
        token = Token("NUMBER", written.replace(".", ""), start_pos=token.start_pos)
    return read_number(text, token, TargetSyntaxError)


@dataclass
class Amount:
    number: Decimal
    value: Decimal
    token: Token
    scale: int | None = None
    percent: str | None = None
    words: str | None = None
    words_value: int | Decimal | None = None
    words_span: tuple[int, int] | None = None
    words_error: str | None = None


def read_amount(text: str, tree: Tree[Token]) -> Amount:
    token: Token | None = None
    number = Decimal(0)
    found = Amount(number, number, Token("NUMBER", "0"))
    for child in tree.children:
        if isinstance(child, Tree):  # percent
            found.percent = slice_of(text, tokens(child))
        elif child.type == "NUMBER":
            token, number = child, target_number(text, child)
        elif child.type == "NUMWORDS":
            token = child
            try:
                number = Decimal(words_to_number(str(child)))
            except IkiError as exc:
                raise TargetSyntaxError(str(exc), text, start(child), end(child)) from None
        elif child.type == "PAREN":
            inner = str(child)[1:-1]
            stripped = inner.strip()
            offset = start(child) + 1 + (len(inner) - len(inner.lstrip()))
            found.words, found.words_span = stripped, (offset, offset + len(stripped))
            try:
                found.words_value = words_to_number(stripped)
            except IkiError as exc:
                found.words_error = str(exc)
        elif child.type == "SCALE":
            found.scale = multiplier(str(child))
    if token is None:  # pragma: no cover - the grammar puts a number in every amount
        raise TargetSyntaxError(_("expected a number"), text, 0)
    value = number
    if found.scale is not None:
        with localcontext() as exact:  # enough digits for the exact product, never rounded
            exact.prec = len(number.as_tuple().digits) + len(str(found.scale))
            value = number * found.scale
        if value == value.to_integral_value():
            value = Decimal(int(value))
    found.number, found.value, found.token = number, value, token
    return found
