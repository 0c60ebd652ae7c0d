"""Building and reading the sympy form of a formula tree (see :mod:`ikicalc.backends.symbolic`).

The sympy expression is built from the AST, node by node: formula text is never handed to
sympy (whose text reader runs ``eval``). Every variable becomes a sympy ``Symbol`` with a
generated name — ``v0``, ``v1`` … in the order of :attr:`Formula.variables` — so nothing
of a name as written ever reaches sympy; :class:`SympyForm` keeps the way back from symbol
to name. Names are matched with :func:`~ikicalc.names.name_key`: ``Jumlah PNS yg hadir``
and ``jumlah pns yang hadir`` are one symbol.

``Σ X`` is a symbol of its own (``s0``, ``s1`` … with the index of ``X``): the total of
``X`` over its rows is a different quantity from ``X``, so ``Σ X / X`` is *not* 1. So is
each distinct ``Σ (…)`` and ``rata-rata …`` (``t0``, ``t1`` …), told apart by the sympy form of
what they fold: ``Σ (A × B)`` and ``Σ (B × A)`` are one symbol. ``rata-rata (A, B)`` is
``(A + B) / 2``.

The value follows :attr:`Result.exact <ikicalc.backends.exact.Result>`: a percent literal
``p%`` is ``p/100``, and a formula whose value carries a percent (``… × 100%``) is
multiplied by 100, so ``A / B × 100%`` becomes ``100*v0/v1``.

Symbols are ``real``: values are rational numbers, and may be negative or zero (a change,
a count of nothing). Nothing stronger is assumed, so a solution 0 is found and nothing is
simplified on the strength of a sign. Simplifying cancels common factors, as algebra does:
``A × B / A`` is ``B``, also where the original is undefined (``A = 0``).

sympy is imported only when one of these functions is called (it takes about half a second).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction
from functools import cache
from types import MappingProxyType, ModuleType
from typing import TYPE_CHECKING

from ikicalc.backends import PENDING, Chains
from ikicalc.backends.exact import is_percent
from ikicalc.errors import EvaluationError, IkiError
from ikicalc.lang import ast
from ikicalc.lang.formula import Formula
from ikicalc.lang.printer import expression_text
from ikicalc.names import name_key

if TYPE_CHECKING:
    import sympy  # type: ignore[import-untyped, unused-ignore]

__all__ = ["MAX_POWER", "SympyForm", "from_sympy", "sympy_form", "to_sympy"]

MAX_POWER = 16
"""Highest power of one factor written back as repeated multiplication (``A × A × …``)."""

_HUNDRED = 100


@cache
def _sympy() -> ModuleType:
    """sympy, imported on first use."""
    import sympy  # type: ignore[import-untyped, unused-ignore]

    return sympy  # type: ignore[no-any-return, unused-ignore]


Quantity = ast.Variable | ast.Sigma | ast.Aggregate
"""What a symbol stands for: a variable, ``Σ name``, or a ``Σ (…)`` / ``rata-rata …``."""


@dataclass(frozen=True)
class SympyForm:
    """A formula as sympy sees it.

    ``expr`` is the sympy expression (its value is ``Result.exact``); ``nodes`` maps each
    symbol to the :class:`~ikicalc.lang.ast.Variable` or :class:`~ikicalc.lang.ast.Sigma` it stands
    for, with the name as first written in the formula. Symbols are named by position
    (``v0`` is the first variable of *this* formula), so the expressions of two formulas
    are not to be mixed.
    """

    expr: sympy.Expr
    nodes: Mapping[sympy.Symbol, Quantity] = field(hash=False)

    def symbol(self, name: str, *, sigma: bool = False) -> sympy.Symbol:
        """The symbol of variable ``name`` (matched with ``name_key``), or of ``Σ name``.

        Raises :class:`~ikicalc.errors.IkiError` when the formula does not use it so.
        """
        key = name_key(name)
        for symbol, node in self.nodes.items():
            if isinstance(node, ast.Aggregate):
                continue
            if isinstance(node, ast.Sigma) == sigma and name_key(_name(node)) == key:
                return symbol
        written = f"Σ {name}" if sigma else name
        raise IkiError(f"'{written}' does not occur in this formula")

    @property
    def symbols(self) -> dict[str, sympy.Symbol]:
        """Each quantity as written (``'Jumlah PNS'``, ``'Σ Pegawai'``) → its symbol."""
        return {expression_text(node): symbol for symbol, node in self.nodes.items()}


def _name(node: Quantity) -> str:
    if isinstance(node, ast.Aggregate):
        return expression_text(node)
    return node.variable.name if isinstance(node, ast.Sigma) else node.name


class _Builder(ast.Visitor["sympy.Expr"]):
    """Turns the AST of one formula into a sympy expression (a visitor over ikicalc.lang.ast)."""

    NAME = "the sympy back end"

    def __init__(self, formula: Formula) -> None:
        self.sp = _sympy()
        self.formula = formula
        self.index = {name_key(name): i for i, name in enumerate(formula.variables)}
        self.width = len(str(max(len(formula.variables) - 1, 0)))
        self.made: dict[tuple[str, int], sympy.Symbol] = {}
        self.nodes: dict[sympy.Symbol, Quantity] = {}
        self.folded: dict[tuple[ast.Fold, sympy.Expr], sympy.Symbol] = {}
        # names used only inside a Σ (…) are not quantities of the formula's value
        self.inside = {
            id(sub)
            for node in ast.walk(formula.expr)
            if isinstance(node, ast.Aggregate)
            for sub in ast.walk(node.operand)
        }

    def _symbol(self, prefix: str, node: ast.Variable | ast.Sigma) -> sympy.Symbol:
        index = self.index[name_key(_name(node))]
        symbol = self.made.get((prefix, index))
        if symbol is None:
            # The sympy name is generated, never taken from the formula.
            symbol = self.sp.Symbol(f"{prefix}{index:0{self.width}d}", real=True)
            self.made[prefix, index] = symbol
        if symbol not in self.nodes and id(node) not in self.inside:
            self.nodes[symbol] = (
                ast.Variable(self.formula.variables[index])
                if isinstance(node, ast.Variable)
                else ast.Sigma(ast.Variable(self.formula.variables[index]))
            )
        return symbol

    def build(self, node: ast.Expr) -> sympy.Expr:
        self.chains: Chains[sympy.Expr] = Chains(node, 3)
        return self.fold(node)

    def number(self, node: ast.Number) -> sympy.Expr:
        return _rational(self.sp, Fraction(node.value))

    def percent(self, node: ast.Percent) -> sympy.Expr:
        return _rational(self.sp, Fraction(node.value) / _HUNDRED)

    def variable(self, node: ast.Variable) -> sympy.Expr:
        return self._symbol("v", node)

    def sigma(self, node: ast.Sigma) -> sympy.Expr:
        return self._symbol("s", node)

    def negate(self, node: ast.Negate, operand: sympy.Expr) -> sympy.Expr:
        return -operand

    def aggregate(self, node: ast.Aggregate, operand: sympy.Expr) -> sympy.Expr:
        key = (node.fold, operand)
        symbol = self.folded.get(key)
        if symbol is None:
            symbol = self.sp.Symbol(f"t{len(self.folded)}", real=True)
            self.folded[key] = symbol
        if symbol not in self.nodes and id(node) not in self.inside:
            self.nodes[symbol] = node
        return symbol

    def mean(self, node: ast.Mean, *items: sympy.Expr) -> sympy.Expr:
        return self.sp.Add(*items) / len(items)

    def binary(self, node: ast.Binary, left: sympy.Expr, right: sympy.Expr) -> sympy.Expr:
        gathered = self.chains.gather(node, left, right)
        if gathered is PENDING:
            return left  # a link inside a chain: the top builds the chain at once
        if isinstance(gathered, list):  # a sum or a product built at once, not term by term
            if node.op is ast.Op.MUL:
                return self.sp.Mul(*(term for _, term in gathered))
            return self.sp.Add(*(-t if op is ast.Op.SUB else t for op, t in gathered))
        if node.op is ast.Op.ADD:
            return left + right
        if node.op is ast.Op.SUB:
            return left - right
        if node.op is ast.Op.MUL:
            return left * right
        if right.is_zero:
            raise _always_zero(self.formula, node.right)
        return left / right


def _rational(sp: ModuleType, value: Fraction) -> sympy.Rational:
    return sp.Rational(value.numerator, value.denominator)


def _always_zero(formula: Formula, denominator: ast.Expr) -> EvaluationError:
    source = formula.source or ""
    start, end = denominator.span
    written = source[start:end] if source and end > start else expression_text(denominator)
    return EvaluationError(
        f"division by zero: the denominator '{written.strip()}' is 0 whatever the data",
        source,
        start,
        end,
    )


def sympy_form(formula: Formula) -> SympyForm:
    """The formula as a sympy expression with the map from its symbols back to the names.

    Raises :class:`~ikicalc.errors.EvaluationError` when a denominator is 0 whatever the
    data (``A / (B - B)``).
    """
    return _form(formula, scaled=True)


def _form(formula: Formula, *, scaled: bool) -> SympyForm:
    builder = _Builder(formula)
    expr = builder.build(formula.expr)
    if scaled and is_percent(formula.expr):
        expr = expr * _HUNDRED
    return SympyForm(expr, MappingProxyType(dict(builder.nodes)))


def to_sympy(formula: Formula) -> sympy.Expr:
    """The formula as a sympy expression (see :func:`sympy_form` for the symbols)."""
    return sympy_form(formula).expr


# ---- back from sympy to the AST -----------------------------------------------------------


def from_sympy(expr: sympy.Expr, form: SympyForm) -> ast.Expr:
    """An ikicalc expression equal to the sympy expression ``expr`` over the symbols of
    ``form``: sums and differences, products and one division per product, powers written
    out as repeated multiplication.

    Raises :class:`~ikicalc.errors.IkiError` for what an IKI formula cannot write: a power
    that is not a whole number up to :data:`MAX_POWER`, a function, an infinity.
    """
    if expr.is_Rational:
        return _number(Fraction(int(expr.p), int(expr.q)))
    if expr.is_Symbol:
        if expr not in form.nodes:
            raise IkiError(f"the symbol {expr} does not belong to this formula")
        return form.nodes[expr]
    if expr.is_Add:
        return _sum(expr, form)
    if expr.is_Mul or expr.is_Pow:
        return _product(expr, form)
    raise IkiError(f"'{expr}' cannot be written as an IKI formula")


def _number(value: Fraction) -> ast.Expr:
    if value < 0:
        return ast.Negate(_number(-value))
    decimal = _terminating(value)
    if decimal is not None:
        return ast.Number(decimal)
    return ast.Binary(
        ast.Op.DIV, ast.Number(Decimal(value.numerator)), _number(Fraction(value.denominator))
    )


def _terminating(value: Fraction) -> Decimal | None:
    """``value`` as an exact Decimal when its decimal expansion ends, else None."""
    rest, places = value.denominator, 0
    for prime in (2, 5):
        count = 0
        while rest % prime == 0:
            rest //= prime
            count += 1
        places = max(places, count)
    if rest != 1:
        return None
    digits = value.numerator * 10**places // value.denominator
    return Decimal(f"{digits}E-{places}")  # exact, whatever the number of digits


def _chain(op: ast.Op, operands: Sequence[ast.Expr]) -> ast.Expr:
    result = operands[0]
    for operand in operands[1:]:
        result = ast.Binary(op, result, operand)
    return result


def _sum(expr: sympy.Expr, form: SympyForm) -> ast.Expr:
    terms = list(expr.as_ordered_terms())
    plus = [term for term in terms if not term.could_extract_minus_sign()]
    minus = [term for term in terms if term.could_extract_minus_sign()]
    ordered = plus + minus
    result = from_sympy(ordered[0], form)
    for term in ordered[1:]:
        if term.could_extract_minus_sign():
            result = ast.Binary(ast.Op.SUB, result, from_sympy(-term, form))
        else:
            result = ast.Binary(ast.Op.ADD, result, from_sympy(term, form))
    return result


def _product(expr: sympy.Expr, form: SympyForm) -> ast.Expr:
    coefficient, factors = expr.as_coeff_mul()
    value = Fraction(int(coefficient.p), int(coefficient.q))
    numerator: list[ast.Expr] = []
    denominator: list[ast.Expr] = []
    if abs(value.numerator) != 1:
        numerator.append(ast.Number(Decimal(abs(value.numerator))))
    if value.denominator != 1:
        denominator.append(ast.Number(Decimal(value.denominator)))
    for factor in factors:
        base, exponent = factor.as_base_exp()
        if not exponent.is_Integer or not 0 < abs(int(exponent)) <= MAX_POWER:
            raise IkiError(
                f"'{factor}' is a power that an IKI formula cannot write; only whole "
                f"powers up to {MAX_POWER} are written out as repeated multiplication"
            )
        power = int(exponent)
        written = from_sympy(base, form)
        (numerator if power > 0 else denominator).extend([written] * abs(power))
    if not numerator:
        numerator.append(ast.Number(Decimal(1)))
    if value < 0:
        numerator[0] = ast.Negate(numerator[0])
    product = _chain(ast.Op.MUL, numerator)
    if denominator:
        return ast.Binary(ast.Op.DIV, product, _chain(ast.Op.MUL, denominator))
    return product


def _size(node: ast.Expr) -> int:
    return sum(1 for _ in ast.walk(node))
