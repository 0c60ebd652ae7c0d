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
  Unlike quantities (``orang + hari``) raise :class:`~ikicalc.units.UnitMismatchError`,
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

import difflib
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from fractions import Fraction
from functools import cache, lru_cache
from operator import itemgetter
from typing import TYPE_CHECKING, Any, TypeAlias

import pint

from ikicalc import ast
from ikicalc.backends.exact import Data, MeasuredResult, _Bindings, _Program, is_percent
from ikicalc.backends.exact import _compile as compile_program
from ikicalc.errors import IkiError, UnknownSatuanError
from ikicalc.names import name_key
from ikicalc.numbers import to_fraction
from ikicalc.printer import expression_text
from ikicalc.units import (
    Quantity,
    UnitMismatchError,
    canonical_unit,
    format_quantity,
    format_unit,
    registry,
    unit_names,
)

if TYPE_CHECKING:
    from ikicalc.formula import Formula

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

Units: TypeAlias = Mapping[str, str | None]
"""Variable name → satuan text (``"orang"``, ``"Rp"``, ``"%"``); ``None`` or ``""``: none."""

Powers: TypeAlias = tuple[tuple[str, int], ...]
"""A unit as (registry name, exponent) pairs in written order; ``()`` is a plain number."""

_PERCENT = "persen"
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
            return "unknown unit"
        return self.unit or "a plain number"


# ---- unit algebra over registry names ----------------------------------------------------


@cache
def _group(name: str) -> str:
    """What a unit measures: its dimension (``[orang]``), ``persen``, or ``""`` (a scale word)."""
    if name == _PERCENT:
        return _PERCENT
    dimensionality = registry().Unit(name).dimensionality
    return str(dimensionality) if dimensionality else ""


@cache
def _ratio(source: str, target: str) -> Fraction:
    """How many ``target`` one ``source`` is (``tahun``, ``bulan`` → 12); ``""`` is 1."""
    reg = registry()
    goal = reg.Unit(target) if target else reg.dimensionless
    return to_fraction(reg.Quantity(1, reg.Unit(source)).to(goal).magnitude)


def _combine(left: Powers, right: Iterable[tuple[str, int]]) -> tuple[Powers, Fraction]:
    """``left × right``, one unit per dimension (the one written first), and the factor a
    magnitude gains by it: ``bulan × tahun⁻¹`` is ``()`` with factor 1/12."""
    exponents = dict(left)
    kept_for = {_group(name): name for name in exponents}
    factor = Fraction(1)
    for name, exponent in right:
        group = _group(name)
        if not group:  # ribu, juta …: a number
            factor *= _ratio(name, "") ** exponent
            continue
        kept = kept_for.setdefault(group, name)
        if kept != name:
            factor *= _ratio(name, kept) ** exponent
        exponents[kept] = exponents.get(kept, 0) + exponent
    return tuple((name, exp) for name, exp in exponents.items() if exp), factor


def _signature(powers: Powers) -> tuple[tuple[str, int], ...]:
    """What a unit measures, percent aside (``%`` and a plain number measure the same)."""
    return tuple(sorted((_group(name), exp) for name, exp in powers if name != _PERCENT))


def _pint_unit(powers: Powers) -> Any:
    unit = registry().dimensionless
    for name, exponent in powers:
        unit = unit * registry().Unit(name) ** exponent
    return unit


@lru_cache(maxsize=1024)
def _cached_pint_unit(powers: Powers) -> Any:
    return _pint_unit(powers)


@lru_cache(maxsize=1024)
def _conversion(source: Powers, target: Powers) -> Fraction:
    """The factor that expresses a magnitude in ``source`` in ``target`` (same signature)."""
    reg = registry()
    return to_fraction(reg.Quantity(1, _pint_unit(source)).to(_pint_unit(target)).magnitude)


def _describe(powers: Powers, node: ast.Expr | None = None) -> str:
    percent = any(name == _PERCENT for name, _ in powers)
    rest = {name: exp for name, exp in powers if name != _PERCENT}
    if rest:
        return format_unit(dict(powers))
    if percent or (node is not None and is_percent(node)):
        return "a percentage"
    return "a plain number"


# ---- satuan -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Satuan:
    """A declared unit: a number ``x`` in it is ``x × factor`` in ``powers``."""

    factor: Fraction
    powers: Powers


_PRODUCT = re.compile(r"\s*[·×*⋅]\s*")


def _unknown_word(text: str, word: str) -> UnknownSatuanError:
    close = difflib.get_close_matches(word.lower(), sorted(unit_names()), n=1, cutoff=0.7)
    hint = f"; did you mean '{close[0]}'?" if close else ""
    what = "" if word.strip() == text.strip() else f": {word!r} is not a unit"
    return UnknownSatuanError(
        f"unknown satuan {text!r}{what}{hint} (the units are listed in "
        "ikicalc/data/units.txt: orang, dokumen, hari, bulan, Rp, % …)",
        text,
    )


@lru_cache(maxsize=512)
def _read_satuan(text: str) -> _Satuan:
    stripped = text.strip()
    if not stripped:
        raise UnknownSatuanError("the satuan is empty; give a unit such as 'orang'", text)
    sides = stripped.split("/")
    if len(sides) > 2 or not all(side.strip() for side in sides):
        raise UnknownSatuanError(
            f"satuan {text!r} cannot be read: write one unit ('orang'), a product "
            "('orang·hari') or one ratio ('dokumen/bulan')",
            text,
        )
    written: list[tuple[str, int]] = []
    for sign, side in zip((1, -1), sides, strict=False):
        for piece in _PRODUCT.split(side.strip()):
            units = []
            for word in piece.split():
                name = canonical_unit(word) or canonical_unit(word.rstrip("."))
                if name is None:
                    raise _unknown_word(text, word)
                written.append((name, sign))
                if _group(name):
                    units.append(word)
            if len(units) > 1:
                raise UnknownSatuanError(
                    f"satuan {text!r} names {len(units)} units ("
                    + ", ".join(f"'{u}'" for u in units)
                    + "): give one, or write a product as '"
                    + "·".join(units)
                    + "'",
                    text,
                )
    powers, factor = _combine((), written)
    return _Satuan(factor, powers)


def read_satuan(text: str) -> Quantity:
    """One of a satuan as an exact pint quantity: ``"juta rupiah"`` → 1000000 rupiah,
    ``"orang·hari"`` → 1 orang·hari. Raises :class:`UnknownSatuanError` naming an unknown
    word; use it to check a satuan before evaluating."""
    satuan = _read_satuan(text)
    return registry().Quantity(satuan.factor, _pint_unit(satuan.powers))


def _declarations(units: Units) -> dict[str, _Satuan]:
    declared: dict[str, _Satuan] = {}
    written: dict[str, str] = {}
    for name, text in units.items():
        if text is None or not str(text).strip():
            continue
        try:
            satuan = _read_satuan(str(text))
        except UnknownSatuanError as error:
            raise UnknownSatuanError(
                f"variable '{name}': {error}", error.satuan, variable=str(name)
            ) from None
        key = name_key(str(name))
        if key in declared and declared[key] != satuan:
            raise IkiError(
                f"two satuan for one variable: '{written[key]}' is {units[written[key]]!r} "
                f"and '{name}' is {text!r}"
            )
        declared[key] = satuan
        written[key] = str(name)
    return declared


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

    def binary(self, node: ast.Binary, left: _Info, right: _Info) -> _Info:
        if node.op in (ast.Op.ADD, ast.Op.SUB):
            info, factor = self._sum(node, left, right)
            self._scale(node.right, factor)
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

    def _mismatch(self, node: ast.Binary, left: Powers, right: Powers) -> UnitMismatchError:
        left_text, right_text = self._written(node.left), self._written(node.right)
        left_unit, right_unit = _describe(left, node.left), _describe(right, node.right)
        if node.op is ast.Op.ADD:
            what = f"cannot add '{left_text}' ({left_unit}) to '{right_text}' ({right_unit})"
        else:
            what = f"cannot subtract '{right_text}' ({right_unit}) from '{left_text}' ({left_unit})"
        return UnitMismatchError(
            f"{what}: they measure different things; check the formula or the satuan of "
            "its variables",
            left_unit,
            right_unit,
            text=self.formula.source or "",
            start=node.span[0],
            end=node.span[1],
            left_text=left_text,
            right_text=right_text,
        )


# ---- results ----------------------------------------------------------------------------


@dataclass(frozen=True)
class _Compiled:
    unit: UnitResult
    powers: Powers | None
    scale: Fraction
    program: _Program


def _compile(
    formula: Formula, declared: Mapping[str, _Satuan], problems: list[UnitMismatchError] | None
) -> _Compiled:
    unit_pass = _UnitPass(formula, declared, problems)
    info = unit_pass.fold(formula.expr)
    program = compile_program(formula.expr, unit_pass.factors)
    undeclared = tuple(unit_pass.undeclared.values())
    if info.powers is None:
        percent = is_percent(formula.expr)
        unit = UnitResult("%" if percent else None, False, percent, undeclared)
        return _Compiled(unit, None, Fraction(_HUNDRED if percent else 1), program)
    exponents = dict(info.powers)
    percents = exponents.pop(_PERCENT, 0)
    scale = Fraction(1, _HUNDRED) ** percents
    if exponents:  # a quantity with a unit: any percent is a number in it
        powers = tuple(exponents.items())
        return _Compiled(UnitResult(format_unit(exponents), True, False), powers, scale, program)
    if percents > 0 or is_percent(formula.expr):
        unit = UnitResult("%", True, True)
        return _Compiled(unit, ((_PERCENT, 1),), scale * _HUNDRED, program)
    return _Compiled(UnitResult(None, True, False), (), scale, program)


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
    unit_pass = _UnitPass(formula, _declarations(units))
    unit_pass.fold(formula.expr)
    compiled = _compile(formula, _declarations(units), None)
    return UnitFactors(unit_pass.factors, compiled.scale, compiled.unit)


def infer_unit(formula: Formula, units: Units) -> UnitResult:
    """The unit of ``formula``'s value, given the satuan of its variables.

    ``units`` maps variable names (matched ignoring case, spacing and abbreviations) to
    satuan text. Raises :class:`~ikicalc.units.UnitMismatchError` (positioned, naming both
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
    :func:`ikicalc.units.quantity` (converted to the declared satuan, or giving the unit of
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
            f"the value of '{name}' is a quantity of another pint registry; build it with "
            "ikicalc.units.quantity"
        )


def _satuan_of(name: str, value: Quantity) -> _Satuan:
    _check_registry(name, value)
    written = []
    for unit, exponent in value.units._units.items():
        exact = to_fraction(exponent)
        if exact.denominator != 1:
            raise IkiError(f"the value of '{name}' has a fractional power of {unit}")
        written.append((str(unit), int(exact)))
    powers, factor = _combine((), written)
    return _Satuan(factor, powers)


def _in_satuan(name: str, value: Quantity, satuan: _Satuan) -> Fraction:
    _check_registry(name, value)
    target = _pint_unit(satuan.powers)
    if value.dimensionality != target.dimensionality:
        raise UnitMismatchError(
            f"the value of '{name}' is {format_quantity(value)}, but its satuan is "
            f"{_describe(satuan.powers)}",
            format_unit(value.units) or "a plain number",
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
