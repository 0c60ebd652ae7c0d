"""Back end: what sympy can say about a formula: simplify, constant value, solve.

Each runs under budgets (:mod:`ikicalc.limits`, :mod:`ikicalc.backends.budget`) on the sympy form
built by :mod:`ikicalc.backends.sympy_tree`, whose public names are re-exported here.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, Any

from ikicalc import limits
from ikicalc.backends.budget import OutOfTime, run_bounded
from ikicalc.backends.exact import Data, is_percent
from ikicalc.backends.identity import equals_everywhere
from ikicalc.backends.sympy_tree import (
    _HUNDRED,
    MAX_POWER,
    SympyForm,
    _form,
    _name,
    _number,
    _rational,
    _size,
    _sympy,
    _terminating,
    from_sympy,
    sympy_form,
    to_sympy,
)
from ikicalc.errors import EvaluationError, IkiError
from ikicalc.i18n import N_, _, translate
from ikicalc.lang import ast
from ikicalc.lang.formula import Formula
from ikicalc.lang.printer import number_text
from ikicalc.names import did_you_mean, name_key
from ikicalc.numbers import to_fraction

if TYPE_CHECKING:
    import sympy  # type: ignore[import-untyped, unused-ignore]


__all__ = [
    "MAX_POWER",
    "SympyForm",
    "TooComplexError",
    "constant_value",
    "from_sympy",
    "is_constant",
    "simplify",
    "solve",
    "sympy_form",
    "to_sympy",
]


class TooComplexError(IkiError):
    """A formula too large for sympy's work to stay bounded (:data:`SYMBOLIC_MAX_NODES`)."""


def _seconds(formula: Formula) -> float:
    """The time budget of sympy work on ``formula``: 0 (inline) for small formulas."""
    if _size(formula.expr) <= limits.SYMBOLIC_INLINE_NODES:
        return 0
    return limits.SYMBOLIC_MAX_SECONDS


def _within_budget(formula: Formula, what: str) -> None:
    size = _size(formula.expr)
    if size > limits.SYMBOLIC_MAX_NODES:
        raise TooComplexError(
            _(
                "too complex to {what}: the formula has {size} names, numbers and "
                "operations; the limit is {limit} (ikicalc.limits.SYMBOLIC_MAX_NODES)"
            ).format(what=translate(what), size=size, limit=limits.SYMBOLIC_MAX_NODES)
        )


def simplify(formula: Formula) -> Formula:
    """An equal formula in simplest form (see :func:`_simplify`), computed within the
    budgets :data:`ikicalc.limits.SYMBOLIC_MAX_NODES` and ``SYMBOLIC_MAX_SECONDS``."""
    _within_budget(formula, N_("simplify"))
    simplest = run_bounded(_seconds(formula), "simplify", _simplify, formula)
    return formula if simplest == formula else simplest


def _simplify(formula: Formula) -> Formula:
    """An equal formula in simplest form: ``A × B / A`` → ``B``, ``A / A × 100%`` → ``100%``.

    sympy simplifies the expression; the result is written back as an ikicalc expression,
    so ``str()`` gives canonical formula text. A percent formula stays one: its value
    without the ``× 100%`` is simplified and ``× 100%`` put back. When sympy finds nothing
    shorter (counted in AST nodes) the formula comes back unchanged. The label and items
    are kept. Common factors are cancelled, so the result may be defined where the
    original is not (``A × B / A`` at ``A = 0``).
    """
    sp = _sympy()
    percent = is_percent(formula.expr)
    form = _form(formula, scaled=False)
    simplest = sp.simplify(form.expr)
    _check_finite(simplest, formula)
    if percent:
        hundred = ast.Percent(Decimal(_HUNDRED))
        if simplest.is_Rational:
            share = Fraction(int(simplest.p), int(simplest.q)) * _HUNDRED
            decimal = _terminating(abs(share))
            if decimal is not None:
                literal = ast.Percent(decimal)
                expr: ast.Expr = ast.Negate(literal) if share < 0 else literal
            else:
                expr = ast.Binary(ast.Op.MUL, _number(share / _HUNDRED), hundred)
        else:
            expr = ast.Binary(ast.Op.MUL, from_sympy(simplest, form), hundred)
    else:
        expr = from_sympy(simplest, form)
    if _size(expr) >= _size(formula.expr) or not _writable(expr):
        return formula
    return Formula(expr, label=formula.label, items=formula.items)


def _writable(expr: ast.Expr) -> bool:
    """Whether every number of ``expr`` can be written in a formula (at most
    :data:`ikicalc.numbers.MAX_DIGITS` digits), so the simplified text reads back: folding
    ``316227,76 × 316227,76 × …`` may give a constant no formula can hold."""
    from ikicalc.numbers import MAX_DIGITS

    for node in ast.walk(expr):
        if isinstance(node, ast.Number | ast.Percent):
            digits = sum(ch.isdigit() for ch in format(node.value.copy_abs(), "f"))
            if digits > MAX_DIGITS:
                return False
    return True


def _check_finite(expr: sympy.Expr, formula: Formula) -> None:
    sp = _sympy()
    if expr.has(sp.zoo, sp.nan, sp.oo, -sp.oo):
        raise EvaluationError(
            _("division by zero: a denominator of this formula is 0 whatever the data"),
            formula.source or "",
            *formula.expr.span,
        )


_PROBES = 3
_PROBE_RANGE = (10**6, 10**9)


def _probe(formula: Formula) -> Fraction | None:
    """The formula's value if it is the same at a few random points (exactly), else None.

    A rational function that is not constant takes the same value at independent random
    points of this size with negligible probability (Schwartz–Zippel), so a varying formula
    is ruled out at once, without sympy. Raises the always-zero error when every point
    divides by zero.
    """
    import random

    rng = random.Random(len(formula.variables))  # noqa: S311 - reproducible probes, not secrets
    values: list[Fraction] = []
    zero = 0
    for _probe in range(_PROBES):
        data = {name: rng.randrange(*_PROBE_RANGE) for name in formula.variables}
        try:
            values.append(formula.evaluate(data).exact)
        except EvaluationError:
            zero += 1
    if zero == _PROBES:
        raise EvaluationError(
            _("division by zero: a denominator of this formula is 0 whatever the data"),
            formula.source or "",
            *formula.expr.span,
        )
    if zero or len(set(values)) > 1:
        return None
    return values[0]


def constant_value(formula: Formula) -> Fraction | None:
    """The value of the formula when it is the same whatever the data, else None.

    ``Jumlah X / Jumlah X × 100%`` is 100 (as ``Result.exact``): its numerator and
    denominator are one quantity. Names are compared with ``name_key``; ``Σ X`` and ``X``
    are different quantities. A formula without variables is constant too.
    Raises :class:`~ikicalc.errors.EvaluationError` when a denominator is always 0.

    Bounded work: the formula is first evaluated exactly at random points, which rules out
    a varying formula at once; exact polynomial algebra confirms a constant
    (:func:`ikicalc.backends.identity.equals_everywhere`, no sympy), and sympy only where
    that expansion grows too large, for formulas of at most
    :data:`ikicalc.limits.SYMBOLIC_MAX_NODES` nodes (above, the probes decide).
    """
    probed = _probe(formula)
    if probed is None:
        return None
    if _size(formula.expr) > limits.SYMBOLIC_MAX_NODES:
        return probed
    proved = equals_everywhere(formula, probed)  # exact algebra, without importing sympy
    if proved is not None:
        return probed if proved else None
    try:
        return run_bounded(_seconds(formula), "check", _constant_value, formula)
    except OutOfTime:
        return probed


def _constant_value(formula: Formula) -> Fraction | None:
    sp = _sympy()
    reduced = sp.cancel(sp.together(sympy_form(formula).expr))
    _check_finite(reduced, formula)
    if reduced.free_symbols or not reduced.is_Rational:
        return None
    return Fraction(int(reduced.p), int(reduced.q))


def is_constant(formula: Formula) -> bool:
    """Whether the formula has the same value whatever the data (see :func:`constant_value`)."""
    return constant_value(formula) is not None


# ---- solving --------------------------------------------------------------------------------


def _target(formula: Formula, equals: object) -> Fraction:
    """The target in the convention of ``Result.exact``; ``"95%"`` is accepted too."""
    try:
        if isinstance(equals, str) and equals.strip().endswith("%"):
            share = to_fraction(equals.strip()[:-1]) / _HUNDRED
            return share * _HUNDRED if is_percent(formula.expr) else share
        return to_fraction(equals)
    except ValueError as error:
        raise IkiError(
            _("the value to reach is not a number: {error}").format(error=error)
        ) from None


def _unknown(formula: Formula, variable: str) -> str:
    """The unknown's name as the formula writes it."""
    wanted = variable.strip()
    if wanted[:1] in ("Σ", "∑"):
        wanted = wanted[1:].strip()
    keys = {name_key(name): name for name in formula.variables}
    key = name_key(wanted)
    if key in keys:
        return keys[key]
    listed = ", ".join(f"'{name}'" for name in formula.variables) or _("none")
    message = _("'{name}' is not a variable of this formula").format(name=variable)
    message += did_you_mean(wanted, keys.values())
    raise IkiError(_("{message} (its variables: {names})").format(message=message, names=listed))


def _given_values(
    formula: Formula, form: SympyForm, unknown: str, given: Data
) -> dict[str, Fraction]:
    """The value of every other variable, converted as evaluation converts it."""
    by_key = {name_key(str(name)): name for name in given}
    others = [name for name in formula.variables if name_key(name) != name_key(unknown)]
    missing = [name for name in others if name_key(name) not in by_key]
    if missing:
        listed = _(" and ").join(f"'{name}'" for name in missing)
        raise EvaluationError(
            _("solving for '{name}' needs the value of {names}").format(name=unknown, names=listed),
            variable=missing[0],
        )
    used_plain = {
        name_key(_name(node)) for node in form.nodes.values() if isinstance(node, ast.Variable)
    }
    values: dict[str, Fraction] = {}
    for name in others:
        raw = given[by_key[name_key(name)]]
        variable = ast.Variable(name)
        # A variable used without Σ needs one number; one used only as Σ name may be given
        # its rows, which are added up (a single number is its own sum).
        node: ast.Expr = variable if name_key(name) in used_plain else ast.Sigma(variable)
        values[name] = Formula(node).evaluate({name: raw}).exact
    return values


def _describe(values: Iterable[Fraction]) -> str:
    def text(value: Fraction) -> str:
        decimal = _terminating(value)
        if decimal is not None:
            return ("-" if value < 0 else "") + number_text(abs(decimal))
        return f"{value.numerator}/{value.denominator}"

    return _(" and ").join(text(value) for value in values)


def solve(formula: Formula, variable: str, equals: object, given: Data) -> Fraction:
    """The value ``variable`` needs for the formula to equal ``equals``.

    ``equals`` is in the convention of ``Result.exact`` (for a ``… × 100%`` formula, 95
    means 95%); an int, Fraction, Decimal or numeric text with a decimal comma (``"95,5"``)
    or a percent sign (``"95%"``). ``given`` holds the values of all the other variables,
    as for :meth:`Formula.evaluate` (a ``Σ`` variable may be given its rows, which are
    added up); a value given for ``variable`` itself is ignored. For a variable used as
    ``Σ name`` the answer is its total.

    Raises :class:`~ikicalc.errors.IkiError` when a value is missing, or when no rational
    value, or more than one, makes the formula equal ``equals``. A value that makes a
    denominator 0 is not a solution.
    """
    _within_budget(formula, N_("solve"))
    return run_bounded(_seconds(formula), "solve", _solve, formula, variable, equals, given)


def _solve(formula: Formula, variable: str, equals: object, given: Data) -> Fraction:
    sp = _sympy()
    target = _target(formula, equals)
    unknown = _unknown(formula, variable)
    form = sympy_form(formula)
    values = _given_values(formula, form, unknown, given)
    x = sp.Symbol("x", real=True)
    substitution: dict[sympy.Symbol, sympy.Expr] = {}
    for symbol, node in form.nodes.items():
        if isinstance(node, ast.Aggregate):
            substitution[symbol] = _rational(sp, _folded(node, unknown, given))
            continue
        name = _name(node)
        substitution[symbol] = x if name == unknown else _rational(sp, values[name])
    expr = form.expr.subs(substitution)
    goal = _describe([target]) + ("%" if is_percent(formula.expr) else "")
    nothing = _("no value of '{name}' makes this formula equal {goal}").format(
        name=unknown, goal=goal
    )
    if expr.has(sp.zoo, sp.nan, sp.oo, -sp.oo):
        raise IkiError(
            _("{nothing}: with the values given, a denominator is 0").format(nothing=nothing)
        )
    numerator, _denominator = sp.fraction(sp.together(expr - _rational(sp, target)))
    numerator = sp.expand(numerator)
    if x not in numerator.free_symbols:
        if numerator == 0:
            raise IkiError(
                _(
                    "every value of '{name}' makes this formula equal {goal} (with the "
                    "values given it does not depend on it); there is no one answer"
                ).format(name=unknown, goal=goal)
            )
        always = ""
        if x not in expr.free_symbols and expr.is_Rational:
            value = _describe([_fraction(expr)])
            always = _(": with the values given it is {value} whatever '{name}' is").format(
                value=value, name=unknown
            )
        raise IkiError(nothing + always)
    polynomial = sp.Poly(numerator, x)
    candidates = sorted(_fraction(root) for root in polynomial.ground_roots())
    folded = {  # names folded row by row keep their rows to check a candidate
        name_key(sub.name)
        for node in form.nodes.values()
        if isinstance(node, ast.Aggregate)
        for sub in ast.walk(node)
        if isinstance(sub, ast.Variable)
    }
    rows = {name: raw for name, raw in given.items() if name_key(str(name)) in folded}
    solutions: list[Fraction] = []
    undefined: list[Fraction] = []
    for candidate in candidates:
        try:
            result = formula.evaluate({**values, **rows, unknown: candidate})
        except EvaluationError:
            undefined.append(candidate)
            continue
        if result.exact == target:
            solutions.append(candidate)
    if len(solutions) == 1:
        return solutions[0]
    if solutions:
        raise IkiError(
            _(
                "more than one value of '{name}' makes this formula equal {goal}: "
                "{values}; there is no one answer"
            ).format(name=unknown, goal=goal, values=_describe(solutions))
        )
    if undefined:
        raise IkiError(
            _("{nothing}: {values} would make a denominator 0").format(
                nothing=nothing, values=_describe(undefined)
            )
        )
    if polynomial.count_roots() > 0:
        raise IkiError(
            _("{nothing}: the values that would are not rational numbers").format(nothing=nothing)
        )
    raise IkiError(nothing)


def _folded(node: ast.Aggregate, unknown: str, given: Data) -> Fraction:
    """The value of ``Σ (…)`` / ``rata-rata …`` on the data given; refused when it holds the
    unknown, whose rows no single answer can give."""
    if any(
        isinstance(sub, ast.Variable) and name_key(sub.name) == name_key(unknown)
        for sub in ast.walk(node)
    ):
        raise IkiError(
            _(
                "'{name}' is folded row by row in '{node}'; one value of it cannot be "
                "solved for: solve for a name outside Σ (…) and rata-rata"
            ).format(name=unknown, node=_name(node))
        )
    return Formula(node).evaluate(given).exact


def _fraction(value: Any) -> Fraction:
    return Fraction(int(value.p), int(value.q))
