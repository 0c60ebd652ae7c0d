"""A square said in words: ``… dikalikan dengan pangkat dua dari pengayaannya`` (Perba BAPETEN
2/2005), ``kuadrat dari A``, ``A pangkat dua``; and a symbol's square or cube in superscript,
``3,14 x r²`` (the area of a circle), which the furniture of a cell (a footnote mark after a
word, ``desa²``) never takes from a symbol of one letter.

The formula language has no powers (they are refused on purpose); a careful reader writes a
square as a product, ``A × A``, which every back end computes. Read from a name the grammar
took whole, after the grammar (:func:`ikicalc.lang.reading.read_evidence`); a guess (lint
``W110``).
"""

from __future__ import annotations

import re

from ikicalc.i18n import N_
from ikicalc.lang import ast
from ikicalc.lang.formula import Reading
from ikicalc.lang.printer import expression_text

__all__ = ["REASON", "squares_said"]

REASON = N_("a square said in words ('pangkat dua dari A') is the product A × A")
POWER = N_("a symbol's square or cube in superscript ('r²') is the product r × r (× r)")

_SQUARE = re.compile(
    r"(?i)^(?:(?:pangkat[ \t\n]+dua|kuadrat)[ \t\n]+dari[ \t\n]+(?P<of>\S.*)"
    r"|(?P<base>\S.*?)[ \t\n]+pangkat[ \t\n]+(?:dua|2))$"
)
_POWER = re.compile(r"(?P<symbol>[^\W\d_])(?P<power>[²³])")


def squares_said(node: ast.Expr) -> tuple[ast.Expr, tuple[Reading, ...]]:
    """``node`` with each name that says a square of a quantity read as the product of that
    quantity with itself (see the module)."""
    readings: list[Reading] = []

    def rewrite(current: ast.Expr) -> ast.Expr:
        if not isinstance(current, ast.Variable):
            return current
        power = _POWER.fullmatch(current.name)
        if power is not None:  # "r²", "s³"
            symbol = ast.Variable(power.group("symbol"), current.span)
            product: ast.Expr = ast.Binary(ast.Op.MUL, symbol, symbol, current.span)
            if power.group("power") == "³":
                product = ast.Binary(ast.Op.MUL, product, symbol, current.span)
            readings.append(Reading(current.span, expression_text(product), current.name, POWER))
            return product
        found = _SQUARE.match(current.name)
        if found is None:
            return current
        base = (found.group("of") or found.group("base")).strip()
        quantity = ast.Variable(base, current.span)
        square = ast.Binary(ast.Op.MUL, quantity, quantity, current.span)
        readings.append(Reading(current.span, expression_text(square), current.name, REASON))
        return square

    return ast.transform(node, rewrite), tuple(readings)
