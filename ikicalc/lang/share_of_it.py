"""A share said with ``-nya`` after ``ditambah``/``dikurangi``: a fraction of the operand
before it.

Laws say an increase as the quantity plus a share of itself, the share a fraction said in
words with the possessive ``-nya`` that points back to what was just named: ``diancam dengan
pidana … ditambah dengan sepertiganya`` (UU 9/1976: the penalty plus a third of it),
``ditambah setengahnya``, ``dikurangi seperempatnya``, ``ditambah dua pertiganya``. The
grammar reads the word as a name (``sepertiganya``); read after it, the word is the fraction
(Indonesian fractions: ``se``/a number said in words, ``per``, a number said in words; or
``setengah``, ``separuh``) times the operand before the ``+``/``−``: ``A + A / 3``. A guess,
recorded (lint ``W110``).
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

from ikicalc.errors import IkiError
from ikicalc.i18n import N_
from ikicalc.lang import ast
from ikicalc.lang.formula import Reading
from ikicalc.lang.printer import expression_text
from ikicalc.patterns import lazy

__all__ = ["REASON", "shares_of_it"]

REASON = N_(
    "a fraction said with '-nya' after 'ditambah'/'dikurangi' is that share of the operand "
    "before it ('A ditambah sepertiganya': A + A / 3)"
)

_SHARE = lazy(
    r"(?i)(?:(?P<over>se|[a-z ]+?)[ \t]*per[ \t]*(?P<under>[a-z ]+?)|(?P<half>setengah|separuh))nya"
)


def _fraction(word: str) -> Fraction | None:
    """The fraction ``word`` says (``sepertiganya`` is 1/3, ``dua pertiganya`` 2/3)."""
    from ikicalc.rules.terbilang import words_to_number

    found = _SHARE.fullmatch(" ".join(word.split()))
    if found is None:
        return None
    if found.group("half"):
        return Fraction(1, 2)
    over, under = found.group("over").strip(), found.group("under").strip()
    try:
        numerator = 1 if over.lower() == "se" else words_to_number(over)
        denominator = words_to_number(under)
    except IkiError:
        return None
    if not isinstance(numerator, int) or not isinstance(denominator, int) or not denominator:
        return None
    share = Fraction(numerator, denominator)
    return share if 0 < share < 1 else None


def _share(of: ast.Expr, share: Fraction, span: ast.Span) -> ast.Expr:
    """``of × share`` as a reader writes it: ``A / 3``, ``A × 2 / 3``."""
    scaled = of
    if share.numerator != 1:
        scaled = ast.Binary(ast.Op.MUL, of, ast.Number(Decimal(share.numerator), span), span)
    return ast.Binary(ast.Op.DIV, scaled, ast.Number(Decimal(share.denominator), span), span)


def shares_of_it(node: ast.Expr) -> tuple[ast.Expr, tuple[Reading, ...]]:
    """``node`` with each ``A + sepertiganya`` read ``A + A / 3`` (see the module)."""
    readings: list[Reading] = []

    def rewrite(part: ast.Expr) -> ast.Expr:
        if not (
            isinstance(part, ast.Binary)
            and part.op in (ast.Op.ADD, ast.Op.SUB)
            and isinstance(part.right, ast.Variable)
            and part.right.name.lower().endswith("nya")
        ):
            return part
        share = _fraction(part.right.name)
        if share is None:
            return part
        new = ast.Binary(part.op, part.left, _share(part.left, share, part.right.span), part.span)
        readings.append(Reading(part.span, expression_text(new), expression_text(part), REASON))
        return new

    return ast.transform(node, rewrite), tuple(readings)
