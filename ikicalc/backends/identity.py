"""Back end: whether a formula equals a given constant everywhere, by exact polynomial
arithmetic, without sympy.

Lint asks whether a formula that shares a name between dividend and divisor is constant
(``Jumlah X / Jumlah X × 100%`` is always 100). Exact evaluation at random points
(:func:`ikicalc.backends.symbolic.constant_value`) rules out a varying formula at once and
proposes the value ``c``; the proof that the formula *is* ``c`` was sympy's, and importing
sympy takes half a second, more than the rest of ``ikicalc check``.

The proof needs no simplification: the formula is a quotient ``N / D`` of two polynomials in
its quantities (built node by node, without cancelling anything), and it equals ``c``
wherever it is defined exactly when ``N - c·D`` is the zero polynomial. Polynomials are
dicts from monomials to ``Fraction`` coefficients; each variable is one quantity matched
with :func:`~ikicalc.names.name_key`, and ``Σ X`` is a quantity of its own, as in
:mod:`ikicalc.backends.sympy_tree`. A formula whose expansion grows past
:data:`MAX_TERMS` terms is left undecided (``None``) for sympy.
"""

from __future__ import annotations

from fractions import Fraction

from ikicalc.backends.exact import is_percent
from ikicalc.lang import ast
from ikicalc.lang.formula import Formula
from ikicalc.names import name_key

__all__ = ["MAX_TERMS", "TooManyTermsError", "equals_everywhere"]

MAX_TERMS = 2000
"""Most terms of a product of two polynomials (the product of their term counts) before the
expansion gives up and leaves the question to sympy."""

Monomial = tuple[tuple[str, int], ...]
"""Sorted ``(quantity, power)`` pairs; ``()`` is the constant monomial."""
Polynomial = dict[Monomial, Fraction]
Quotient = tuple[Polynomial, Polynomial]

_ONE: Polynomial = {(): Fraction(1)}
_HUNDRED = 100


class TooManyTermsError(Exception):
    """The expansion would pass :data:`MAX_TERMS`: the question is left to sympy."""


def _constant(value: Fraction) -> Polynomial:
    return {(): value} if value else {}


def _put(total: Polynomial, monomial: Monomial, value: Fraction) -> None:
    """Add ``value`` to the coefficient of ``monomial`` in ``total``; a zero one leaves."""
    value += total.get(monomial, 0)
    if value:
        total[monomial] = Fraction(value)
    else:
        total.pop(monomial, None)


def _add(p: Polynomial, q: Polynomial, sign: int = 1) -> Polynomial:
    total = dict(p)
    for monomial, coefficient in q.items():
        _put(total, monomial, sign * coefficient)
    return total


def _times(a: Monomial, b: Monomial) -> Monomial:
    powers = dict(a)
    for quantity, power in b:
        powers[quantity] = powers.get(quantity, 0) + power
    return tuple(sorted(powers.items()))


def _multiply(p: Polynomial, q: Polynomial) -> Polynomial:
    if len(p) * len(q) > MAX_TERMS:
        raise TooManyTermsError
    product: Polynomial = {}
    for a, x in p.items():
        for b, y in q.items():
            _put(product, _times(a, b), x * y)
    return product


class _Quotients(ast.Visitor[Quotient]):
    """A formula tree as ``(N, D)``, nothing cancelled."""

    NAME = "the polynomial back end"

    def number(self, node: ast.Number) -> Quotient:
        return _constant(Fraction(node.value)), _ONE

    def percent(self, node: ast.Percent) -> Quotient:
        return _constant(Fraction(node.value) / _HUNDRED), _ONE

    def variable(self, node: ast.Variable) -> Quotient:
        return {(("v " + name_key(node.name), 1),): Fraction(1)}, _ONE

    def sigma(self, node: ast.Sigma) -> Quotient:
        return {(("s " + name_key(node.variable.name), 1),): Fraction(1)}, _ONE

    def aggregate(self, node: ast.Aggregate, operand: Quotient) -> Quotient:
        """``Σ (…)``/``rata-rata …``: one opaque quantity per distinct fold of the rows (the
        same operand, however its product is ordered, is the same quantity)."""
        top, bottom = operand
        key = repr((node.fold.value, sorted(top.items()), sorted(bottom.items())))
        return {(("a " + key, 1),): Fraction(1)}, _ONE

    def mean(self, node: ast.Mean, *items: Quotient) -> Quotient:
        total = items[0]
        for item in items[1:]:
            total = self._add(total, item, 1)
        top, bottom = total
        return top, _multiply(bottom, _constant(Fraction(len(items))))

    @staticmethod
    def _add(left: Quotient, right: Quotient, sign: int) -> Quotient:
        (a, b), (c, d) = left, right
        if b == d:
            return _add(a, c, sign), b
        return _add(_multiply(a, d), _multiply(c, b), sign), _multiply(b, d)

    def negate(self, node: ast.Negate, operand: Quotient) -> Quotient:
        top, bottom = operand
        return {m: -c for m, c in top.items()}, bottom

    def binary(self, node: ast.Binary, left: Quotient, right: Quotient) -> Quotient:
        (a, b), (c, d) = left, right
        if node.op is ast.Op.MUL:
            return _multiply(a, c), _multiply(b, d)
        if node.op is ast.Op.DIV:
            return _multiply(a, d), _multiply(b, c)
        return self._add(left, right, 1 if node.op is ast.Op.ADD else -1)


def equals_everywhere(formula: Formula, value: Fraction) -> bool | None:
    """Whether ``formula`` is ``value`` (in the convention of ``Result.exact``: a formula
    whose value carries a percent is in percent) wherever it is defined; ``None`` when the
    expansion is too large to decide (:data:`MAX_TERMS`).

    ``value`` must be the formula's value at some point where it is defined (its divisors
    are then not all zero polynomials), as the probes of
    :func:`~ikicalc.backends.symbolic.constant_value` give it.
    """
    if is_percent(formula.expr):
        value = value / _HUNDRED
    try:
        top, bottom = _Quotients().fold(formula.expr)
        return not _add(top, _multiply(_constant(value), bottom), -1)
    except TooManyTermsError:
        return None
