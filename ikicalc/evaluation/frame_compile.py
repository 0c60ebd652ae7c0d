"""Indicators of :func:`ikicalc.evaluate_frame` bound to the frame's columns and compiled to Polars
expressions: realisasi and the error checks, in the order the exact path meets them."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

import polars as pl

from ikicalc.backends import result_tree
from ikicalc.backends.polars import (
    Leaves,
    column,
    compile_expr,
    strict_sum,
)
from ikicalc.documents import Document
from ikicalc.errors import IkiError
from ikicalc.evaluation.frame_source import _clean, _is_number_type, _Source
from ikicalc.evaluation.plan import (
    Binding,
    Column,
    Constant,
    IndicatorPlan,
    RowCount,
    bind,
    counted,
    per_row_in_sum,
    plan_document,
    plan_formula,
)
from ikicalc.i18n import _
from ikicalc.lang import ast
from ikicalc.lang.formula import Formula
from ikicalc.lang.parser import parse
from ikicalc.names import name_key
from ikicalc.rules.scales import Scale

if TYPE_CHECKING:
    from ikicalc.backends.measured import UnitFactors

_PREFIX = "__ikicalc_"


_ROW = _PREFIX + "row"


def _filled(template: str, **values: str | pl.Expr) -> pl.Expr:
    """A translated message whose ``{fields}`` are text or per-group Polars values, as one
    string expression (the fields in the order the translation puts them)."""
    from string import Formatter

    parts: list[pl.Expr] = []
    for literal, field, _spec, _conversion in Formatter().parse(template):
        if literal:
            parts.append(pl.lit(literal))
        if field is not None:
            value = values[field]
            parts.append(pl.lit(value) if isinstance(value, str) else value)
    return pl.concat_str(parts)


def _plans(
    definition: Document | Formula | str,
    indicators: Sequence[str] | None,
    target: object,
    polarity: str,
    scale_: Scale | str | None,
    kategori: str | Scale | None,
) -> tuple[IndicatorPlan, ...]:
    if isinstance(definition, Document):
        if target is not None or scale_ is not None or polarity != "positif":
            raise IkiError(
                _(
                    "target, polarity and scale are for a single formula; a document gives them "
                    "per indicator"
                )
            )
        return plan_document(definition, kategori=kategori, indicators=indicators)
    if indicators is not None:
        raise IkiError(_("indicators= picks indicators of a document; a formula is one indicator"))
    formula = parse(definition) if isinstance(definition, str) else definition
    single = plan_formula(
        formula, target=target, polarity=polarity, scale_=scale_, default=kategori
    )
    return (single,)


@dataclass(frozen=True)
class _Column:
    name: str


Bound = _Column | float | str
"""What a variable is bound to in the frame: a column, a constant, or why it cannot be."""


def _frame_binding(binding: Binding, variable: str, source: _Source) -> Bound:
    """A plan's binding as the frame engine uses it (a row count is summed ones)."""
    if isinstance(binding, Column):
        dtype = source.dtypes[binding.name]
        if _is_number_type(dtype) or isinstance(dtype, pl.String):
            return _Column(binding.name)
        return f"column '{binding.name}' of '{variable}' holds {dtype} values, not numbers"
    if isinstance(binding, Constant):
        return float(binding.value)
    if isinstance(binding, RowCount):
        return 1.0
    return binding.reason


def _no_string() -> pl.Expr:
    return pl.lit(None, dtype=pl.String)


def _first(messages: Sequence[pl.Expr]) -> pl.Expr:
    """The first message that is not null (or null)."""
    if not messages:
        return _no_string()
    if len(messages) == 1:
        return messages[0]
    return pl.coalesce(messages)


@dataclass(frozen=True)
class _Compiled:
    """The expressions of one computable indicator: realisasi and its error."""

    realisasi: pl.Expr
    error: pl.Expr


class _Compiler:
    """Compiles the formulas of a frame over its cleaned value columns."""

    def __init__(self, source: _Source) -> None:
        self.source = source
        self.values: dict[str, str] = {}  # column → internal column of its numbers

    def value_column(self, name: str) -> str:
        if name not in self.values:
            self.values[name] = f"{_PREFIX}v{len(self.values)}"
        return self.values[name]

    def clean_columns(self) -> list[list[pl.Expr]]:
        """The value columns, as steps: one ``with_columns`` each (see :func:`_clean`)."""
        dtypes = self.source.dtypes
        steps: list[list[pl.Expr]] = []
        for name, internal in self.values.items():
            for number, step in enumerate(_clean(name, dtypes[name], internal, self.source.style)):
                if number == len(steps):
                    steps.append([])
                steps[number].append(step)
        return steps

    def _row_problem(self, variable: str, name: str) -> pl.Expr:
        value, raw = pl.col(self.value_column(name)), column(name)
        where = (
            f"'{variable}'"
            if variable == name
            else _("'{variable}' (column '{name}')").format(variable=variable, name=name)
        )
        empty = _("no value for {where}: the cell is empty").format(where=where)
        if not isinstance(self.source.dtypes[name], pl.String):
            return (
                pl.when(raw.is_null())
                .then(pl.lit(empty))
                .when(value.is_null())
                .then(pl.lit(_("the value of {where} is not finite").format(where=where)))
            )
        not_number = _("the value of {where} is not a number").format(where=where)
        # the text of the cells without a number only (null elsewhere): stripping every
        # cell would copy them all
        without = pl.when(value.is_null()).then(raw)
        blank = raw.is_null() | (without.str.strip_chars() == "")
        return (
            pl.when(value.is_not_null())
            .then(_no_string())
            .when(blank)
            .then(pl.lit(empty))
            .otherwise(pl.lit(not_number))
        )

    def _group_problem(self, variable: str, name: str) -> pl.Expr:
        value = pl.col(self.value_column(name))
        missing = value.null_count()
        first_row = pl.col(_ROW).filter(value.is_null()).first()
        template = (
            _("Σ {variable}: {missing} of {count} rows have no number (first: row {row})")
            if variable == name
            else _(
                "Σ {variable}: {missing} of {count} rows have no number in column '{name}' "
                "(first: row {row})"
            )
        )
        text = _filled(
            template,
            variable=variable,
            name=name,
            missing=missing.cast(pl.String),
            count=pl.len().cast(pl.String),
            row=first_row.cast(pl.String),
        )
        return pl.when(missing > 0).then(text)

    def compile(
        self, formula: Formula, bound: Mapping[str, Bound], units: UnitFactors | None = None
    ) -> _Compiled:
        def binding(variable: ast.Variable) -> _Column | float:
            found = bound[name_key(variable.name)]
            assert not isinstance(found, str)  # noqa: S101 - problems are caught before
            return found

        def value(variable: ast.Variable) -> pl.Expr:
            found = binding(variable)
            if isinstance(found, float):
                return pl.lit(found, dtype=pl.Float64)
            return pl.col(self.value_column(found.name))

        def total(variable: ast.Variable) -> pl.Expr:
            found = binding(variable)
            if isinstance(found, float):
                return pl.lit(found, dtype=pl.Float64) * pl.len()
            return strict_sum(pl.col(self.value_column(found.name)))

        leaves = Leaves(value, total)

        def problem(variable: ast.Variable, summed: bool) -> pl.Expr | None:
            found = binding(variable)
            if isinstance(found, float):
                return None
            if summed:
                return self._group_problem(variable.name, found.name)
            return self._row_problem(variable.name, found.name)

        checks = _checks(formula, formula.expr, leaves, problem)
        if units is None:
            return _Compiled(compile_expr(result_tree(formula), leaves), _first(checks))
        realisasi = compile_expr(formula.expr, leaves, units.factors)
        if units.scale != 1:
            realisasi = realisasi * pl.lit(float(units.scale), dtype=pl.Float64)
        return _Compiled(realisasi, _first(checks))


class _Checks(ast.Visitor[list[pl.Expr]]):
    """The error messages of a tree, in the order the exact path meets them."""

    NAME = "the Polars error checks"

    def __init__(
        self,
        formula: Formula,
        leaves: Leaves,
        problem: Callable[[ast.Variable, bool], pl.Expr | None],
    ) -> None:
        self.formula = formula
        self.leaves = leaves
        self.problem = problem

    def number(self, node: ast.Number) -> list[pl.Expr]:
        return []

    def percent(self, node: ast.Percent) -> list[pl.Expr]:
        return []

    def variable(self, node: ast.Variable) -> list[pl.Expr]:
        message = self.problem(node, False)
        return [] if message is None else [message]

    def sigma(self, node: ast.Sigma) -> list[pl.Expr]:
        message = self.problem(node.variable, True)
        return [] if message is None else [message]

    def negate(self, node: ast.Negate, operand: list[pl.Expr]) -> list[pl.Expr]:
        return operand

    def aggregate(self, node: ast.Aggregate, operand: list[pl.Expr]) -> list[pl.Expr]:
        # one message per group, as for Σ name: a column's missing values, then the first
        # row whose denominator is 0 (the rows' own messages are not aggregates)
        _sums, plain = ast.split_sums(node.operand)
        messages = [m for v in plain if (m := self.problem(v, True)) is not None]
        row = pl.int_range(pl.len()) + 1
        for sub in ast.walk(ast.fold_ones(node.operand)):
            if isinstance(sub, ast.Binary) and sub.op is ast.Op.DIV:
                zero = compile_expr(sub.right, self.leaves) == 0
                first = row.filter(zero).first().cast(pl.String)
                where = _filled(
                    _("{problem} in row {row}"),
                    problem=_zero_message(self.formula, sub.right),
                    row=first,
                )
                messages.append(pl.when(zero.any()).then(where))
        if node.fold is ast.Fold.MEAN:
            empty = _("'{written}' has no rows to average").format(
                written=ast.written(node, self.formula.source)
            )
            messages.append(pl.when(pl.len() == 0).then(pl.lit(empty)))
        return messages

    def mean(self, node: ast.Mean, *items: list[pl.Expr]) -> list[pl.Expr]:
        return [message for item in items for message in item]

    def binary(self, node: ast.Binary, left: list[pl.Expr], right: list[pl.Expr]) -> list[pl.Expr]:
        messages = left + right
        if node.op is ast.Op.DIV:
            zero = compile_expr(node.right, self.leaves) == 0
            message = _zero_message(self.formula, node.right)
            messages.append(pl.when(zero).then(pl.lit(message)))
        return messages


def _checks(
    formula: Formula,
    node: ast.Expr,
    leaves: Leaves,
    problem: Callable[[ast.Variable, bool], pl.Expr | None],
) -> list[pl.Expr]:
    """The error messages of ``node`` (products by one folded away, as the exact path)."""
    return _Checks(formula, leaves, problem).fold(ast.fold_ones(node))


def _zero_message(formula: Formula, denominator: ast.Expr) -> str:
    return ast.zero_division_message(denominator, formula.source)


def _prepare(
    plan: IndicatorPlan,
    source: _Source,
    columns: Mapping[str, str] | None,
    constants: Mapping[str, object] | None,
    compiler: _Compiler,
) -> tuple[Literal["row", "group", "none"], str | None, _Compiled | None]:
    """Bind an indicator's variables as its plan says and compile it, or say why not."""
    formula = plan.formula
    if plan.kind == "direct":
        return "none", _("no formula: {reason}").format(reason=plan.problem), None
    if formula is None:
        return "none", plan.problem, None
    bindings = bind(plan, source.names, where=source.where, columns=columns, constants=constants)
    bound = {
        key: _frame_binding(binding, variable, source)
        for (key, binding), variable in zip(bindings.items(), formula.variables, strict=True)
    }
    formula = counted(formula, bindings)
    for reason in bound.values():
        if isinstance(reason, str):
            return "none", reason, None
    summed = ast.aggregates(formula.expr)
    refused = per_row_in_sum(formula, bindings)
    if refused is not None:
        return "none", refused, None
    factors: UnitFactors | None = None
    if plan.units:
        from ikicalc.backends.measured import unit_factors  # pint: only for units

        try:
            factors = unit_factors(formula, plan.units)
        except IkiError as error:
            return "none", error.in_words(), None
    return ("group" if summed else "row"), None, compiler.compile(formula, bound, factors)
