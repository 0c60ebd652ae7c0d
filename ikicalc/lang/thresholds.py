"""A ratio flattened onto one line with its threshold where its bar was.

Regulations state a ratio and the least value it must reach in one display: the numerator
over the bar, ``DSCR ≥ 2,5`` beside the bar, the denominator under it (PP 54/2005: ``DSCR =
{PAD + (DBH – DBHDR) + DAU} – Belanja Wajib ≥ 2,5 Angsuran pokok pinjaman + Bunga + Biaya
Lain``). Flattened, the comparison and its number stand between the last term of the
numerator and the first of the denominator, and the grammar reads them into one name (a
comparison with its number continues a name: ``≥ 7 kriteria``). A careful reader sees a sum
on each side: the numerator, the threshold, the denominator. :func:`threshold_between`
reads it so, a guess kept as a :class:`~ikicalc.lang.formula.Reading` (lint ``W110``); the
threshold is a condition on the value, not part of it.
"""

from __future__ import annotations

from ikicalc.i18n import N_
from ikicalc.lang import ast
from ikicalc.lang.formula import Reading
from ikicalc.lang.printer import expression_text
from ikicalc.patterns import lazy

__all__ = ["REASON", "threshold_between"]

REASON = N_(
    "a comparison with a number stands between two sums: the numerator, the threshold where "
    "the bar was, and the denominator of a flattened ratio"
)
# "Belanja Wajib ≥ 2,5 Angsuran pokok pinjaman": a name, the comparison and its number, a
# name of two words or more opened by a capital
_SPLIT = lazy(
    r"^(?P<above>[^\W\d_].*?)[ \t\n]*(?:≥|≤|>=|<=|>|<|＞|＜)[ \t\n]*\d[\d.,]*[ \t\n]+"
    r"(?P<below>[A-Z][^\W\d_]*(?:[ \t\n]+\S+)+)$"
)
_ADDITIVE = (ast.Op.ADD, ast.Op.SUB)


def _chain(node: ast.Expr) -> list[tuple[ast.Op | None, ast.Expr]]:
    """The terms of a chain of additions and subtractions, each with the sign before it."""
    steps: list[tuple[ast.Op | None, ast.Expr]] = []
    current = node
    while isinstance(current, ast.Binary) and current.op in _ADDITIVE:
        steps.append((current.op, current.right))
        current = current.left
    steps.append((None, current))
    return steps[::-1]


def _joined(steps: list[tuple[ast.Op | None, ast.Expr]]) -> ast.Expr:
    expr = steps[0][1]
    for op, term in steps[1:]:
        expr = ast.Binary(op or ast.Op.ADD, expr, term, (expr.span[0], term.span[1]))
    return expr


def threshold_between(node: ast.Expr) -> tuple[ast.Expr, tuple[Reading, ...]]:
    """``A + B − C ≥ 2,5 D + E`` read as ``(A + B − C) / (D + E)`` (see the module): only
    where the name that holds the comparison has terms of the sum on both sides."""
    if not isinstance(node, ast.Binary) or node.op not in _ADDITIVE:
        return node, ()
    steps = _chain(node)
    for index, (op, term) in enumerate(steps):
        if not isinstance(term, ast.Variable) or not 0 < index < len(steps) - 1:
            continue
        found = _SPLIT.match(term.name)
        if found is None:
            continue
        start = term.span[0]
        above = ast.Variable(found.group("above"), (start, start + found.end("above")))
        below = ast.Variable(found.group("below"), (start + found.start("below"), term.span[1]))
        top = _joined([*steps[:index], (op, above)])
        bottom = _joined([(None, below), *steps[index + 1 :]])
        expr = ast.Binary(ast.Op.DIV, top, bottom, node.span)
        chosen = f"({expression_text(top)}) / ({expression_text(bottom)})"
        return expr, (Reading(node.span, chosen, expression_text(node), REASON),)
    return node, ()
