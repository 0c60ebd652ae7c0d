"""Back end: units (satuan) through a formula.

Variables may declare a satuan (``{"Jumlah pegawai": "orang", "Jumlah hari": "hari"}``,
names matched as :func:`ikicalc.names.name_key` matches them). :func:`infer_unit` walks the
AST and says what unit the formula's value carries; :func:`evaluate_with_units` evaluates
exactly and reports the value in that unit. The rules:

* ``×`` and ``/`` multiply and divide units: ``orang × hari`` is ``orang·hari``; a ratio of
  like quantities (``orang / orang``, ``PNS / orang``, ``bulan / tahun``) is a plain
  number, converted exactly (6 bulan / 1 tahun is 1/2).
* A percent literal is the number ``p/100`` (as in :mod:`ikicalc.backends.exact`). A plain
  result that carries a percent (``… × 100%``, or a variable whose satuan is ``%``) is
  reported in percent with unit ``"%"``; a result with a unit (``orang``) is reported in
  that unit, any percent folded into the number.
* ``+`` and ``-`` need quantities that measure the same thing. Compatible but different
  units are converted to the unit of the left side (``6 bulan + 1 tahun`` is 18 bulan).
  Unlike quantities (``orang + hari``) raise :class:`~ikicalc.rules.units.UnitMismatchError`,
  positioned in the formula like a syntax error and naming both sides as written.
* A number written without a unit next to a quantity that has one is read in that unit:
  in ``240 - hari tidak masuk`` the 240 is hari, in ``100 - Persentase …`` the 100 is %.
* A variable without a satuan has an unknown unit: nothing that touches it is checked and
  the result is reported as :meth:`ikicalc.Formula.evaluate` reports it without units.

A satuan is a unit word of ``ikicalc/data/units.txt`` in any spelling the registry knows
(``orang``, ``Rp``, ``%``), optionally with a scale word (``juta rupiah``: a value 5 is
5 000 000 rupiah) or a product or ratio written with ``·``, ``×``, ``*`` and ``/``
(``orang·hari``, ``dokumen/bulan``). An unknown satuan raises
:class:`UnknownSatuanError` naming it. The satuan text is never given to pint's parser.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from fractions import Fraction
from functools import lru_cache
from operator import itemgetter
from typing import TYPE_CHECKING

import pint

from ikicalc.backends.exact import Data, MeasuredResult, _Bindings, _Program, is_percent
from ikicalc.backends.exact import _compile as compile_program
from ikicalc.backends.satuan import (
    _PERCENT,
    Powers,
    Units,
    _cached_pint_unit,
    _combine,
    _conversion,
    _declarations,
    _describe,
    _pint_unit,
    _Satuan,
    _signature,
    read_satuan,
)
from ikicalc.errors import IkiError, UnknownSatuanError
from ikicalc.i18n import _
from ikicalc.lang import ast
from ikicalc.lang.printer import expression_text
from ikicalc.names import name_key
from ikicalc.numbers import to_fraction
from ikicalc.rules.units import (
    Quantity,
    UnitMismatchError,
    format_quantity,
    format_unit,
    registry,
)

if TYPE_CHECKING:
    from ikicalc.lang.formula import Formula

__all__ = [
    "UnitResult",
    "Units",
    "UnknownSatuanError",
    "evaluate_with_units",
    "infer_unit",
    "read_satuan",
    "unit_factors",
    "unit_problems",
]

_HUNDRED = 100


@dataclass(frozen=True)
class UnitResult:
    """The unit of a formula's value.

    ``unit`` is what :attr:`ikicalc.Result.unit` will say: ``"%"`` for a percentage,
    ``None`` for a plain number or an open unit, else the unit (``"orang·hari"``).
    ``known`` is false when a variable without a satuan leaves the unit open; those
    variables are ``undeclared`` (as written). ``percent`` tells whether the value is
    reported in percent.
    """

    unit: str | None
    known: bool
    percent: bool
    undeclared: tuple[str, ...] = ()

    @property
    def dimensionless(self) -> bool:
        """True for a known plain number or percentage (a ratio of like quantities)."""
        return self.known and (self.unit is None or self.unit == "%")

    def __str__(self) -> str:
        if not self.known:
            return _("unknown unit")
        return self.unit or _("a plain number")


# ---- the unit pass ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Info:
    """What the pass knows of a node: its unit (``None``: open) and whether it is a
    number written in the formula (``plain``: without ``%``), which takes the unit of
    what it is added to."""

    powers: Powers | None
    constant: bool = False
    plain: bool = False


class _UnitPass(ast.Visitor[_Info]):
    """The units back end: the unit of every node, and the exact factor each node's value
    is multiplied by (a satuan's scale word, a conversion between compatible units).

    Evaluation is the exact evaluator with these factors as its hook
    (:func:`ikicalc.backends.exact._compile`): one evaluator, not a copy.
    """

    NAME = "the units back end"

    def __init__(
        self,
        formula: Formula,
        declared: Mapping[str, _Satuan],
        problems: list[UnitMismatchError] | None = None,
    ) -> None:
        self.formula = formula
        self.declared = declared
        self.problems = problems
        self.undeclared: dict[str, str] = {}
        self.factors: dict[int, Fraction] = {}

    def _scale(self, node: ast.Expr, factor: Fraction) -> None:
        if factor != 1:
            self.factors[id(node)] = self.factors.get(id(node), Fraction(1)) * factor

    def number(self, node: ast.Number) -> _Info:
        return _Info((), constant=True, plain=True)

    def percent(self, node: ast.Percent) -> _Info:
        return _Info((), constant=True)

    def variable(self, node: ast.Variable) -> _Info:
        info, factor = self._variable(node)
        self._scale(node, factor)
        return info

    def sigma(self, node: ast.Sigma) -> _Info:
        info, factor = self._variable(node.variable)
        self._scale(node, factor)
        return info

    def negate(self, node: ast.Negate, operand: _Info) -> _Info:
        return operand

    def aggregate(self, node: ast.Aggregate, operand: _Info) -> _Info:
        # a sum or a mean of rows has the unit of a row; a number is no longer a literal
        return _Info(operand.powers)

    def mean(self, node: ast.Mean, *items: _Info) -> _Info:
        """The items of a mean are added up: the same unit, converted to the first's."""
        first, *rest = items
        powers = first.powers
        for item, info in zip(node.items[1:], rest, strict=True):
            if powers is None or info.powers is None:
                return _Info(None)
            if info.plain and powers:
                continue  # a number beside a quantity is read in its unit
            if first.plain and info.powers:
                powers = info.powers
                continue
            if _signature(powers) != _signature(info.powers):
                error = self._unlike(node, node.items[0], item, powers, info.powers)
                if self.problems is None:
                    raise error
                self.problems.append(error)
                return _Info(None)
            self._scale(item, _conversion(info.powers, powers))
        return _Info(powers, all(i.constant for i in items), all(i.plain for i in items))

    def binary(self, node: ast.Binary, left: _Info, right: _Info) -> _Info:
        if node.op in (ast.Op.ADD, ast.Op.SUB):
            info, factor = self._sum(node, left, right)
            self._scale(node.right, factor)
            if left.constant and not left.plain and right.powers and not right.constant:
                # "100% - A" with A in %: the percent literal takes A's unit, so the
                # difference is in A's unit too (75 %, not the share 3/4)
                self._scale(node, _conversion(left.powers or (), right.powers))
                return _Info(right.powers)
            return info
        info, factor = self._product(node, left, right)
        self._scale(node, factor)
        return info

    def _variable(self, node: ast.Variable) -> tuple[_Info, Fraction]:
        satuan = self.declared.get(name_key(node.name))
        if satuan is None:
            self.undeclared.setdefault(name_key(node.name), node.name)
            return _Info(None), Fraction(1)
        return _Info(satuan.powers), satuan.factor

    @staticmethod
    def _product(node: ast.Binary, left: _Info, right: _Info) -> tuple[_Info, Fraction]:
        constant = left.constant and right.constant
        plain = left.plain and right.plain
        if left.powers is None or right.powers is None:
            return _Info(None, constant, plain), Fraction(1)
        sign = 1 if node.op is ast.Op.MUL else -1
        powers, factor = _combine(left.powers, ((n, e * sign) for n, e in right.powers))
        return _Info(powers, constant, plain), factor

    def _sum(self, node: ast.Binary, left: _Info, right: _Info) -> tuple[_Info, Fraction]:
        """The unit of ``left ± right`` and the factor that brings ``right`` to it."""
        constant = left.constant and right.constant
        plain = left.plain and right.plain
        if left.powers is None or right.powers is None:
            return _Info(None, constant, plain), Fraction(1)
        if left.plain and right.powers:  # "240 - hari tidak masuk": 240 hari
            return _Info(right.powers), Fraction(1)
        if right.plain and left.powers:
            return _Info(left.powers), Fraction(1)
        if _signature(left.powers) == _signature(right.powers):
            factor = _conversion(right.powers, left.powers)
            return _Info(left.powers, constant, plain), factor
        error = self._mismatch(node, left.powers, right.powers)
        if self.problems is None:
            raise error
        self.problems.append(error)
        return _Info(None, constant, plain), Fraction(1)

    def _written(self, node: ast.Expr) -> str:
        if isinstance(node, ast.Variable):
            return node.name
        if isinstance(node, ast.Sigma):
            return f"Σ {node.variable.name}"
        source = self.formula.source
        if source and node.span[1] > node.span[0]:
            return " ".join(source[node.span[0] : node.span[1]].split())
        return expression_text(node)

    def _unlike(
        self, node: ast.Mean, first: ast.Expr, item: ast.Expr, left: Powers, right: Powers
    ) -> UnitMismatchError:
        first_text, item_text = self._written(first), self._written(item)
        first_unit, item_unit = _describe(left, first), _describe(right, item)
        message = _(
            "cannot average '{first}' ({first_unit}) with '{item}' ({item_unit}): they "
            "measure different things; check the formula or the satuan of its variables"
        ).format(first=first_text, first_unit=first_unit, item=item_text, item_unit=item_unit)
        return self._sides(node, message, (first_unit, item_unit), (first_text, item_text))

    def _mismatch(self, node: ast.Binary, left: Powers, right: Powers) -> UnitMismatchError:
        left_text, right_text = self._written(node.left), self._written(node.right)
        left_unit, right_unit = _describe(left, node.left), _describe(right, node.right)
        if node.op is ast.Op.ADD:
            what = _("cannot add '{left}' ({left_unit}) to '{right}' ({right_unit})")
        else:
            what = _("cannot subtract '{right}' ({right_unit}) from '{left}' ({left_unit})")
        what = what.format(
            left=left_text, left_unit=left_unit, right=right_text, right_unit=right_unit
        )
        message = (
            what
            + ": "
            + _("they measure different things; check the formula or the satuan of its variables")
        )
        return self._sides(node, message, (left_unit, right_unit), (left_text, right_text))

    def _sides(
        self, node: ast.Expr, message: str, units: tuple[str, str], texts: tuple[str, str]
    ) -> UnitMismatchError:
        """The error of two sides that measure different things, at ``node`` in the formula."""
        return UnitMismatchError(
            message,
            *units,
            text=self.formula.source or "",
            start=node.span[0],
            end=node.span[1],
            left_text=texts[0],
            right_text=texts[1],
        )


# ---- results ----------------------------------------------------------------------------


@dataclass(frozen=True)
class _Compiled:
    unit: UnitResult
    powers: Powers | None
    scale: Fraction
    program: _Program
    factors: Mapping[int, Fraction]
    """The unit pass's factors (ids of the formula's own nodes): the hook of the compiled
    engines."""


def _compile(
    formula: Formula, declared: Mapping[str, _Satuan], problems: list[UnitMismatchError] | None
) -> _Compiled:
    unit_pass = _UnitPass(formula, declared, problems)
    info = unit_pass.fold(formula.expr)
    factors = unit_pass.factors
    program = compile_program(formula.expr, factors)
    undeclared = tuple(unit_pass.undeclared.values())
    if info.powers is None:
        percent = is_percent(formula.expr)
        unit = UnitResult("%" if percent else None, False, percent, undeclared)
        scale = Fraction(_HUNDRED if percent else 1)
        return _Compiled(unit, None, scale, program, factors)
    exponents = dict(info.powers)
    percents = exponents.pop(_PERCENT, 0)
    scale = Fraction(1, _HUNDRED) ** percents
    if exponents:  # a quantity with a unit: any percent is a number in it
        powers = tuple(exponents.items())
        unit = UnitResult(format_unit(exponents), True, False)
        return _Compiled(unit, powers, scale, program, factors)
    if percents > 0 or is_percent(formula.expr):
        unit = UnitResult("%", True, True)
        return _Compiled(unit, ((_PERCENT, 1),), scale * _HUNDRED, program, factors)
    return _Compiled(UnitResult(None, True, False), (), scale, program, factors)


@lru_cache(maxsize=512)
def _compiled(
    formula: Formula, source: str | None, declared: tuple[tuple[str, _Satuan], ...]
) -> _Compiled:
    del source  # part of the key: error messages quote it
    return _compile(formula, dict(declared), None)


def _relevant(formula: Formula, declared: Mapping[str, _Satuan]) -> tuple[tuple[str, _Satuan], ...]:
    keys = {name_key(name) for name in formula.variables}
    return tuple(sorted(((k, s) for k, s in declared.items() if k in keys), key=itemgetter(0)))


@dataclass(frozen=True)
class UnitFactors:
    """What the compiled engines need to evaluate with units as the exact path does: the
    factor of each node (keyed by the ids of the formula's own nodes), the scale of the
    result (× 100 for a percentage) and its unit."""

    factors: Mapping[int, Fraction]
    scale: Fraction
    unit: UnitResult


def unit_factors(formula: Formula, units: Units) -> UnitFactors:
    """The units hook for a compiled engine (:mod:`ikicalc.backends.polars`). Raises what
    :func:`infer_unit` raises."""
    compiled = _compile(formula, _declarations(units), None)
    return UnitFactors(compiled.factors, compiled.scale, compiled.unit)


def infer_unit(formula: Formula, units: Units) -> UnitResult:
    """The unit of ``formula``'s value, given the satuan of its variables.

    ``units`` maps variable names (matched ignoring case, spacing and abbreviations) to
    satuan text. Raises :class:`~ikicalc.rules.units.UnitMismatchError` (positioned, naming both
    sides) at the first sum of unlike quantities, and :class:`UnknownSatuanError` for a
    satuan that is not a unit. Example: with ``{"Jumlah pegawai": "orang", "Jumlah hari":
    "hari"}``, ``Jumlah pegawai × Jumlah hari`` is ``orang·hari``.
    """
    declared = _declarations(units)
    return _compiled(formula, formula.source, _relevant(formula, declared)).unit


def unit_problems(formula: Formula, units: Units) -> list[UnitMismatchError]:
    """Every sum of unlike quantities in ``formula`` (lint ``W107``), in formula order;
    an empty list when the units agree. An unknown satuan still raises
    :class:`UnknownSatuanError`."""
    problems: list[UnitMismatchError] = []
    _compile(formula, _declarations(units), problems)
    return problems


def evaluate_with_units(formula: Formula, data: Data, units: Units) -> MeasuredResult:
    """Evaluate ``formula`` exactly, carrying the satuan of its variables through.

    Values in ``data`` are numbers in their variable's satuan, or pint quantities from
    :func:`ikicalc.rules.units.quantity` (converted to the declared satuan, or giving the unit of
    a variable that has none). The result's ``unit`` is ``"%"``, ``None`` (a plain number)
    or the unit (``"orang·hari"``); ``quantity`` is the value as a pint quantity (``None``
    when a variable without a satuan leaves the unit open). Raises what
    :func:`infer_unit` raises, and :class:`~ikicalc.errors.EvaluationError` as evaluation
    without units does.
    """
    declared = _declarations(units)
    if any(_holds_quantity(value) for value in data.values()):
        data, declared = _plain_data(data, declared)
    compiled = _compiled(formula, formula.source, _relevant(formula, declared))
    value = Fraction(compiled.program(_Bindings(data, formula))) * compiled.scale
    quantity = None
    if compiled.powers is not None:
        quantity = registry().Quantity(value, _cached_pint_unit(compiled.powers))
    return MeasuredResult(value, compiled.unit.unit, quantity)


# ---- quantities in data -----------------------------------------------------------------


def _holds_quantity(value: object) -> bool:
    if isinstance(value, pint.Quantity):
        return True
    return isinstance(value, list | tuple) and any(isinstance(v, pint.Quantity) for v in value)


def _check_registry(name: str, value: Quantity) -> None:
    if value._REGISTRY is not registry():
        raise IkiError(
            _(
                "the value of '{name}' is a quantity of another pint registry; build it with "
                "ikicalc.rules.units.quantity"
            ).format(name=name)
        )


def _satuan_of(name: str, value: Quantity) -> _Satuan:
    _check_registry(name, value)
    written = []
    for unit, exponent in value.units._units.items():
        exact = to_fraction(exponent)
        if exact.denominator != 1:
            raise IkiError(
                _("the value of '{name}' has a fractional power of {unit}").format(
                    name=name, unit=unit
                )
            )
        written.append((str(unit), int(exact)))
    powers, factor = _combine((), written)
    return _Satuan(factor, powers)


def _in_satuan(name: str, value: Quantity, satuan: _Satuan) -> Fraction:
    _check_registry(name, value)
    target = _pint_unit(satuan.powers)
    if value.dimensionality != target.dimensionality:
        raise UnitMismatchError(
            _("the value of '{name}' is {value}, but its satuan is {satuan}").format(
                name=name, value=format_quantity(value), satuan=_describe(satuan.powers)
            ),
            format_unit(value.units) or _("a plain number"),
            _describe(satuan.powers),
        )
    return to_fraction(value.to(target).magnitude) / satuan.factor


def _plain_data(data: Data, declared: Mapping[str, _Satuan]) -> tuple[Data, dict[str, _Satuan]]:
    """Numbers in each variable's satuan for quantities in ``data``; undeclared variables
    take the unit of their first quantity."""
    plain = dict(data)
    satuan_of = dict(declared)
    for name, raw in data.items():
        if not _holds_quantity(raw):
            continue
        items = list(raw) if isinstance(raw, list | tuple) else [raw]
        key = name_key(str(name))
        satuan = satuan_of.get(key)
        if satuan is None:
            first = next(item for item in items if isinstance(item, pint.Quantity))
            satuan = satuan_of[key] = _satuan_of(str(name), first)
        converted = [
            _in_satuan(str(name), item, satuan) if isinstance(item, pint.Quantity) else item
            for item in items
        ]
        plain[name] = converted if isinstance(raw, list | tuple) else converted[0]
    return plain, satuan_of
