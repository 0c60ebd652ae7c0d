"""Back end: exact evaluation of a formula against realisasi data.

Values are :class:`fractions.Fraction` throughout. A percent literal ``p%`` is the number
``p/100``; a formula whose result carries a percent (``… × 100%``) is reported in percent,
so ``38 / 40 × 100%`` gives 95 with unit ``"%"``, as the document states it. Rounding
happens only in :attr:`Result.value` (half-up to 2 places unless asked otherwise).

Data binds a variable to a number or to a sequence of numbers (one per employee,
kelurahan …). ``Σ name`` adds up a sequence (a single number is its own sum); a sequence
used without ``Σ`` is an error that says so. A zero denominator is an error naming the
denominator as written: no result is better than a wrong one.

This module is the unit-less fast path. With the variables' satuan,
:func:`ikicalc.backends.measured.evaluate_with_units` evaluates on the same bindings and returns a
:class:`MeasuredResult`, whose ``unit`` is the value's unit (``"orang·hari"``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, Any, TypeAlias, cast

from ikicalc.errors import ArgumentError, EvaluationError
from ikicalc.i18n import _
from ikicalc.lang import ast
from ikicalc.names import closest, did_you_mean, name_key
from ikicalc.numbers import DEFAULT_PLACES, round_half_up, to_fraction

if TYPE_CHECKING:
    from ikicalc.lang.formula import Formula
    from ikicalc.rules.units import Quantity

__all__ = ["Data", "MeasuredResult", "Result", "compile_formula", "is_percent"]

Data: TypeAlias = Mapping[str, Any]
"""Realisasi data: variable name → number, numeric string, or sequence of them."""

_HUNDRED = 100
_MISSING = object()
Exact: TypeAlias = int | Fraction
"""An exact value while evaluating: integers stay ``int`` (fast) until a division."""


def _exact(value: object) -> Exact:
    if type(value) is int:
        return value
    return _constant(to_fraction(value))


@dataclass(frozen=True, slots=True)
class Result:
    """The value of a formula. ``exact`` is the number as the document states it.

    ``unit`` is ``"%"`` for a percentage and ``None`` for a plain number. When the
    variables' units (satuan) are given (``formula.evaluate(data, units=…)``, see
    :mod:`ikicalc.backends.measured`) it is also the unit the value carries, such as ``"orang"`` or
    ``"orang·hari"``, and the result is a :class:`MeasuredResult`.
    """

    exact: Fraction
    unit: str | None = None

    @property
    def quantity(self) -> Quantity | None:
        """The value as an exact pint quantity; ``None`` unless units were given."""
        return None

    @property
    def value(self) -> Decimal:
        """``exact`` rounded half-up to 2 decimal places."""
        return round_half_up(self.exact, DEFAULT_PLACES)

    def rounded(self, places: int = DEFAULT_PLACES) -> Decimal:
        """``exact`` rounded half-up to ``places`` decimal places."""
        return round_half_up(self.exact, places)

    def __float__(self) -> float:
        return float(self.exact)

    def __str__(self) -> str:
        if self.unit is None or self.unit == "%":
            return f"{self.value}{self.unit or ''}"
        return f"{self.value} {self.unit}"


@dataclass(frozen=True, slots=True, eq=False)
class MeasuredResult(Result):
    """A :class:`Result` computed with the variables' units (satuan).

    ``quantity`` is the value as an exact pint quantity in its unit (``12 orang·hari``,
    ``95 persen``, a plain number), or ``None`` when a variable without a satuan leaves the
    unit open. It equals a plain :class:`Result` with the same ``exact`` and ``unit``.
    """

    quantity: Quantity | None = None

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Result):
            return NotImplemented
        return (self.exact, self.unit) == (other.exact, other.unit)

    def __hash__(self) -> int:
        return hash((self.exact, self.unit))


is_percent = ast.is_percent
"""Whether the value of a node is a percentage (the one rule lives in :mod:`ikicalc.lang.ast`)."""


class _Bindings:
    """The data of one evaluation, looked up by name as the formula writes it."""

    __slots__ = ("_by_key", "_cache", "data", "formula")

    def __init__(self, data: Data, formula: Formula) -> None:
        if not isinstance(data, Mapping):
            raise ArgumentError(
                _(
                    "the data is a {kind}; give a mapping of variable name to value, e.g. "
                    "{{'Jumlah PNS': 40}}"
                ).format(kind=type(data).__name__)
            )
        self.data = data
        self.formula = formula
        self._by_key: dict[str, str] | None = None
        self._cache: dict[str, Exact | tuple[Exact, ...]] = {}

    def _error(self, node: ast.Expr, message: str, **extra: Any) -> EvaluationError:
        return EvaluationError(message, self.formula.source or "", *node.span, **extra)

    def _raw(self, var: ast.Variable) -> tuple[str, Any]:
        data = self.data
        raw = data.get(var.name, _MISSING)
        if raw is not _MISSING:
            return var.name, raw
        if self._by_key is None:
            self._by_key = {name_key(str(name)): name for name in data}
        key = name_key(var.name)
        if key in self._by_key:
            name = self._by_key[key]
            return name, data[name]
        # a data name that another variable of the formula takes is no misspelling of this one
        taken = {name_key(name) for name in self.formula.variables}
        hint = closest(var.name, (n for k, n in self._by_key.items() if k not in taken))
        message = _("no value given for '{name}'").format(name=var.name)
        if hint is not None:
            message += did_you_mean(var.name, [hint])
        elif self._by_key:
            given = [f"'{name}'" for name in list(self._by_key.values())[:5]]
            message += "; " + _("the data names {names}").format(
                names=", ".join(given) + ("…" if len(self._by_key) > 5 else "")
            )
        else:
            message += "; " + _("no values were given")
        raise self._error(var, message, variable=var.name, hint=hint)

    def value(self, var: ast.Variable) -> Exact | tuple[Exact, ...]:
        cached = self._cache.get(var.name)
        if cached is not None:
            return cached
        given_as, raw = self._raw(var)
        converted: Exact | tuple[Exact, ...]
        if type(raw) is int:
            converted = raw
        elif isinstance(raw, (str, bytes, int, float, Decimal, Fraction)) or not isinstance(
            raw, Iterable
        ):
            try:
                converted = _exact(raw)
            except ValueError as error:
                raise self._error(
                    var,
                    _("the value of '{name}' is not a number: {problem}").format(
                        name=given_as, problem=error
                    ),
                    variable=var.name,
                ) from None
        elif isinstance(raw, Mapping):
            raise self._error(
                var,
                _("the value of '{name}' is a table, not a number").format(name=given_as),
                variable=var.name,
            )
        else:
            values = []
            for row, item in enumerate(raw, start=1):
                try:
                    values.append(_exact(item))
                except ValueError as error:
                    raise self._error(
                        var,
                        _("value {row} of '{name}' is not a number: {problem}").format(
                            row=row, name=given_as, problem=error
                        ),
                        variable=var.name,
                    ) from None
            converted = tuple(values)
        self._cache[var.name] = converted
        return converted

    def scalar(self, var: ast.Variable) -> Exact:
        value = self.value(var)
        if isinstance(value, tuple):
            raise self._error(
                var,
                _(
                    "'{name}' has {count} values (one per row); write 'Σ {name}' to add them up"
                ).format(name=var.name, count=len(value)),
                variable=var.name,
            )
        return value

    def total(self, var: ast.Variable) -> Exact:
        value = self.value(var)
        return sum(value, 0) if isinstance(value, tuple) else value

    def zero_division(self, denominator: ast.Expr) -> EvaluationError:
        return self._error(
            denominator, ast.zero_division_message(denominator, self.formula.source)
        )

    def rows(self, node: ast.Aggregate, names: tuple[ast.Variable, ...]) -> int:
        """How many rows ``Σ (…)`` / ``rata-rata …`` folds: the length of the sequences of
        ``names`` (they must agree); 1 when every value is a single number."""
        lengths: dict[int, str] = {}
        for var in names:
            value = self.value(var)
            if isinstance(value, tuple):
                lengths.setdefault(len(value), var.name)
        if len(lengths) > 1:
            (a, first), (b, second) = list(lengths.items())[:2]
            raise self._error(
                node,
                _(
                    "the rows do not line up: '{first}' has {a} values and '{second}' has {b}; "
                    "'{expression}' takes one value of each per row"
                ).format(
                    first=first,
                    a=a,
                    second=second,
                    b=b,
                    expression=ast.written(node, self.formula.source),
                ),
            )
        return next(iter(lengths), 1)


class _Row(_Bindings):
    """The bindings seen from one row of ``Σ (…)``: a sequence gives its value of the row,
    a single number stands for itself on every row. ``Σ name`` inside still adds up the
    whole sequence."""

    __slots__ = ("index", "parent")

    def __init__(self, parent: _Bindings, index: int) -> None:
        self.parent = parent
        self.index = index
        self.data = parent.data
        self.formula = parent.formula

    def value(self, var: ast.Variable) -> Exact | tuple[Exact, ...]:
        return self.parent.value(var)

    def scalar(self, var: ast.Variable) -> Exact:
        value = self.parent.value(var)
        return value[self.index] if isinstance(value, tuple) else value

    def zero_division(self, denominator: ast.Expr) -> EvaluationError:
        message = ast.zero_division_message(denominator, self.formula.source)
        return self._error(denominator, f"{message} in row {self.index + 1}")


_Program: TypeAlias = Callable[[_Bindings], Exact]


def _constant(value: Fraction) -> Exact:
    return value.numerator if value.denominator == 1 else value


def _as_fraction(value: Exact) -> Fraction:
    return value if type(value) is Fraction else Fraction(value)


class _Terms:
    """A flat sum ``t1 ± t2 ± …``: evaluated in a loop, so a chain of a thousand terms needs
    no deep recursion. ``signs`` holds +1/-1 per term."""

    __slots__ = ("programs", "signs")

    def __init__(self, programs: list[_Program], signs: list[int]) -> None:
        self.programs = programs
        self.signs = signs

    def __call__(self, env: _Bindings) -> Exact:
        total: Exact = 0
        for sign, program in zip(self.signs, self.programs, strict=True):
            total = total + program(env) if sign > 0 else total - program(env)
        return total


class _Factors:
    """A flat product ``f1 × f2 × …``, evaluated in a loop."""

    __slots__ = ("programs",)

    def __init__(self, programs: list[_Program]) -> None:
        self.programs = programs

    def __call__(self, env: _Bindings) -> Exact:
        product: Exact = 1
        for program in self.programs:
            product = product * program(env)
        return product


class _Compiler(ast.Visitor[_Program]):
    """The exact back end: the tree folded into a program of closures over the data.

    ``factors`` is the hook of the units back end (:mod:`ikicalc.backends.measured`): node id →
    the exact factor its value is multiplied by (a satuan such as ``juta rupiah``, a
    conversion of ``tahun`` to ``bulan``). Without it the program is the plain one.
    """

    NAME = "exact evaluation"

    def __init__(self, factors: Mapping[int, Fraction] | None = None) -> None:
        self.factors = factors

    def _scaled(self, node: ast.Expr, program: _Program) -> _Program:
        factors = self.factors
        if not factors:
            return program
        factor = factors.get(id(node))
        if factor is None or factor == 1:
            return program
        exact = _constant(factor)
        return lambda env: program(env) * exact

    def number(self, node: ast.Number) -> _Program:
        number = _constant(Fraction(node.value))
        return lambda env: number

    def percent(self, node: ast.Percent) -> _Program:
        share = _constant(Fraction(node.value) / _HUNDRED)
        return lambda env: share

    def variable(self, node: ast.Variable) -> _Program:
        return self._scaled(node, lambda env: env.scalar(node))

    def sigma(self, node: ast.Sigma) -> _Program:
        variable = node.variable
        return self._scaled(node, lambda env: env.total(variable))

    def negate(self, node: ast.Negate, operand: _Program) -> _Program:
        return self._scaled(node, lambda env: -operand(env))

    def aggregate(self, node: ast.Aggregate, operand: _Program) -> _Program:
        names = tuple(ast.split_sums(node.operand)[1])
        mean = node.fold is ast.Fold.MEAN

        def fold(env: _Bindings) -> Exact:
            rows = env.rows(node, names) if names else 1
            if rows == 0 and mean:
                written = ast.written(node, env.formula.source)
                message = _("'{written}' has no rows to average").format(written=written)
                raise env._error(node, message)
            total: Exact = 0
            for index in range(rows):
                total = total + operand(_Row(env, index))
            return _as_fraction(total) / rows if mean else total

        return self._scaled(node, fold)

    def mean(self, node: ast.Mean, *items: _Program) -> _Program:
        count = len(items)

        def average(env: _Bindings) -> Exact:
            total: Exact = 0
            for item in items:
                total = total + item(env)
            return _as_fraction(total) / count

        return self._scaled(node, average)

    def binary(self, node: ast.Binary, left: _Program, right: _Program) -> _Program:
        if self.factors:
            return self._scaled(node, self._operation(node, left, right))
        return self._operation(node, left, right)

    def _operation(self, node: ast.Binary, left: _Program, right: _Program) -> _Program:
        op = node.op
        if op is ast.Op.ADD or op is ast.Op.SUB:
            sign = 1 if op is ast.Op.ADD else -1
            if isinstance(left, _Terms):  # only this node holds it: extend in place
                left.programs.append(right)
                left.signs.append(sign)
                return left
            return _Terms([left, right], [1, sign])
        if op is ast.Op.MUL:
            if isinstance(left, _Factors):
                left.programs.append(right)
                return left
            return _Factors([left, right])
        denominator = node.right

        def divide(env: _Bindings) -> Exact:
            numerator, divisor = left(env), right(env)
            if not divisor:
                raise env.zero_division(denominator)
            if type(numerator) is int and type(divisor) is int:
                return Fraction(numerator, divisor)
            # one side is a Fraction here, so the quotient is an exact Fraction
            return cast(Fraction, numerator / divisor)

        return divide


def _compile(node: ast.Expr, factors: Mapping[int, Fraction] | None = None) -> _Program:
    """The program of ``node``. Without ``factors`` "× 100%" multiplies by one and is folded
    away first; with them (the units hook, keyed by the ids of ``node``'s own sub-nodes)
    the tree is compiled as it is."""
    if factors:
        return _Compiler(factors).fold(node)
    return _Compiler().fold(ast.fold_ones(node))


def compile_formula(formula: Formula) -> Callable[[Data], Result]:
    """Compile ``formula`` once into a function from data to :class:`Result`."""
    program = _compile(formula.expr)
    if is_percent(formula.expr):

        def run_percent(data: Data) -> Result:
            return Result(_as_fraction(program(_Bindings(data, formula)) * _HUNDRED), "%")

        return run_percent

    def run(data: Data) -> Result:
        return Result(_as_fraction(program(_Bindings(data, formula))))

    return run
