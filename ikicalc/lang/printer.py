"""Back end: the canonical text of a formula.

The canonical text reads back to an equal formula (``parse(str(f)) == f``). It uses ``×``
and ``/``, ``Σ name`` for sums, ``100%`` for percent literals, a decimal comma as the
documents do, and brackets only where the structure needs them: operations bind left to
right, so a right operand of the same strength is bracketed.
"""

from __future__ import annotations

import re
from decimal import Context, Decimal

from ikicalc.lang import ast

__all__ = ["expression_text", "name_text", "number_text"]

_ATOM_PRECEDENCE = 9
_UNARY_PRECEDENCE = 3


_EXACT = Context(prec=10_000)


def number_text(value: Decimal) -> str:
    """A number as the canonical text writes it: plain digits, decimal comma (exactly: the
    default 28-digit context would round a 30-digit number)."""
    return format(value.normalize(_EXACT), "f").replace(".", ",")


def _precedence(node: ast.Expr) -> int:
    if isinstance(node, ast.Binary):
        return node.op.precedence
    if isinstance(node, ast.Negate):
        return _UNARY_PRECEDENCE
    return _ATOM_PRECEDENCE


_FIRST_WORD = re.compile(r"[^\W_]+")
_LAST_WORD = re.compile(r"[^\W_]+$")


def _reads_as_reduplication(left: str, right: str) -> bool:
    """``Rapat - Rapat`` (also ``Rapat - Rapat,``, ``Rapat - Rapat-x``) reads as one word:
    keep such a subtraction apart with brackets. Words are compared as the grammar does."""
    last, first = _LAST_WORD.search(left), _FIRST_WORD.match(right)
    return bool(last and first and last.group(0).lower() == first.group(0).lower())


def name_text(name: str, protect: bool = False) -> str:
    """A name as the canonical text writes it; with ``protect``, as ``\\text{name}``, which
    the layout of a cell leaves alone (a name that holds a cue word such as ``atau``)."""
    if protect and not any(char in name for char in "{}\\\n") and not name.startswith("("):
        return f"\\text{{{name}}}"
    return name


def _leaf_text(node: ast.Expr, protect: bool) -> str:
    if isinstance(node, ast.Number):
        return number_text(node.value)
    if isinstance(node, ast.Percent):
        return number_text(node.value) + "%"
    if isinstance(node, ast.Variable):
        return name_text(node.name, protect)
    if isinstance(node, ast.Sigma):
        return "Σ " + name_text(node.variable.name, protect)
    raise TypeError(f"not a leaf: {node!r}")  # pragma: no cover - every node kind is handled


def _binary_text(node: ast.Binary, left: str, right: str) -> str:
    if _precedence(node.left) < node.op.precedence:
        left = f"({left})"
    if (
        _precedence(node.right) <= node.op.precedence and isinstance(node.right, ast.Binary)
    ) or (node.op is ast.Op.SUB and _reads_as_reduplication(left, right)):
        right = f"({right})"
    return f"{left} {node.op.symbol} {right}"


def expression_text(node: ast.Expr, protect: bool = False) -> str:
    """The canonical text of an expression (iteratively: a sum of a thousand terms is a
    tree a thousand deep); ``protect`` writes names as ``\\text{…}`` (see :func:`name_text`)."""
    done: dict[int, str] = {}
    stack: list[tuple[ast.Expr, bool]] = [(node, False)]
    while stack:
        current, visited = stack.pop()
        if isinstance(current, ast.Binary):
            if not visited:
                stack.extend([(current, True), (current.right, False), (current.left, False)])
                continue
            done[id(current)] = _binary_text(
                current, done[id(current.left)], done[id(current.right)]
            )
        elif isinstance(current, ast.Negate):
            if not visited:
                stack.extend([(current, True), (current.operand, False)])
                continue
            inner = done[id(current.operand)]
            if _precedence(current.operand) < _ATOM_PRECEDENCE:
                inner = f"({inner})"
            done[id(current)] = "-" + inner
        else:
            done[id(current)] = _leaf_text(current, protect)
    return done[id(node)]
