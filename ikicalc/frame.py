"""Every indicator of a document evaluated over a data frame: realisasi, capaian, kategori.

:func:`evaluate_frame` is the scalar path (:meth:`ikicalc.Formula.evaluate`,
:func:`ikicalc.capaian`, :meth:`ikicalc.Scale.classify`) for wide data: one row per
employee, kelurahan … in a Polars ``DataFrame``/``LazyFrame``, a pandas ``DataFrame``, or a
CSV/Parquet file read lazily. It returns a :class:`FrameResult`; its rows are the input's
rows, in order (counts in = counts out, always), with four columns per indicator:

- ``realisasi`` (``Float64``): the formula's value, in the units of
  :attr:`ikicalc.Result.exact` (``… × 100%`` in percent);
- ``capaian`` (``Float64``): realisasi against the indicator's target with the rule of
  :func:`ikicalc.capaian` (positive ``r/t×100``, negative ``(2t−r)/t×100``, range targets);
- ``kategori`` (``String``): the label of the indicator's scale for the realisasi, with the
  scales' boundary rule (rounded half-up to the precision of the written bounds, then
  matched);
- ``error`` (``String``): why this row has no realisasi (or no capaian/kategori), in the
  words of the scalar path: ``division by zero: the denominator 'Jumlah PNS' is 0``, a
  missing or non-numeric cell naming the variable and the column, a formula cell that is not
  a formula, a variable with no column; for a ``Σ`` formula, how many rows of the group
  have no number and the first of them (data rows count from 1). Null when the row is fine.

Columns are named ``"<id> realisasi"``, ``"<id> capaian"`` … for a document's indicators,
and plainly ``realisasi``, ``capaian``, ``kategori``, ``error`` for a single formula.

**Row-wise and per group.** A formula without ``Σ`` is evaluated per row. A formula with
``Σ`` adds its columns up over each group of ``by`` (over the whole frame without ``by``);
every row then carries its group's values, and :attr:`FrameResult.groups` has one row per
group. In such a formula a variable without ``Σ`` must be a constant (the exact path refuses
a sequence without ``Σ`` too).

**Variables.** A variable is the column given by ``columns`` (variable → column), else a
number given by ``constants``, else the column named as the variable (ignoring case,
spacing and abbreviations such as ``yg``, as the exact path matches data), else the
document's ``konstanta`` for that indicator. A constant stands for a column holding that
number on every row: ``Σ hari kerja efektif`` with ``konstanta: {hari kerja efektif: 240}``
over 30 pegawai is 7200. An indicator whose formula cell is not a formula or whose variable
has no column keeps its columns, null, with the reason in ``error``.

**Numbers** are ``Float64``: realisasi agrees with the exact path to about 1e-15 relative;
round for presentation only. Missing cells, ``NaN``, infinities and text that is not a
number are never computed with: the row (or group) gets null and the reason. For the
scale's boundary rule a value within 1e-12 (relative) below a tie counts as the tie, since
``43,755`` has no exact binary value.

**Memory.** Everything is lazy and runs on Polars' streaming engine:
:meth:`FrameResult.write` streams to a CSV or Parquet file in bounded memory. With ``Σ``
indicators the data is read twice: once for the group totals (small), once for the rows.
"""

from __future__ import annotations

import difflib
import os
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from pathlib import Path
from typing import Literal, TypeVar

import polars as pl
from polars.expr.whenthen import ChainedThen, Then

from ikicalc import ast
from ikicalc.backends import result_tree
from ikicalc.backends.polars import (
    Leaves,
    column,
    compile_expr,
    strict_sum,
)
from ikicalc.capaian import capaian, read_polarity
from ikicalc.document import Document
from ikicalc.errors import FormulaSyntaxError, IkiError, ScaleSyntaxError, TargetSyntaxError
from ikicalc.evaluate import is_percent
from ikicalc.formula import Formula
from ikicalc.names import counts_rows, name_key
from ikicalc.numbers import to_fraction
from ikicalc.parser import parse
from ikicalc.realisasi import sniff_delimiter
from ikicalc.scales import Scale, kategori_scale
from ikicalc.sheets import RISKY_START, atomic_write
from ikicalc.target import parse_target

__all__ = ["FrameResult", "IndicatorColumns", "evaluate_frame"]

_TargetValue = Decimal | tuple[Decimal, Decimal] | str | None
"""A target as a document gives it: a number, a range ``(low, high)``, text, or none."""

_T = TypeVar("_T")
_PREFIX = "__ikicalc_"
_ROW = _PREFIX + "row"
_NUDGE = 1e-12


@dataclass(frozen=True)
class IndicatorColumns:
    """One indicator of a :class:`FrameResult`: where its columns are, and what is known.

    ``kind`` is ``"row"`` (evaluated per row), ``"group"`` (``Σ``, per group of ``by``) or
    ``"none"`` (not computable: ``problem`` says why, and every row's ``error`` says it
    too). ``notes`` explains a capaian or kategori left out for the whole indicator (no
    target, a target read from text, an unreadable scale). ``unit`` is ``"%"`` for a
    percent formula.
    """

    id: str
    kind: Literal["row", "group", "none"]
    realisasi: str
    capaian: str
    kategori: str
    error: str
    formula: Formula | None = None
    unit: str | None = None
    problem: str | None = None
    notes: tuple[str, ...] = ()

    @property
    def columns(self) -> tuple[str, str, str, str]:
        """``(realisasi, capaian, kategori, error)`` column names."""
        return (self.realisasi, self.capaian, self.kategori, self.error)


# --------------------------------------------------------------------------------------
# Reading the frame
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Source:
    """The input: its column names and types, and how to read it with numbers as wanted."""

    names: tuple[str, ...]
    dtypes: Mapping[str, pl.DataType]
    read: Callable[[frozenset[str]], pl.LazyFrame]
    where: str
    from_csv: bool = False


def _sniff_separator(path: Path) -> tuple[str, int]:
    """The separator of a CSV file from its first line, and 1 if that line is ``sep=;``."""
    with path.open("rb") as handle:
        first = handle.readline(65536).decode("utf-8", errors="replace").lstrip("\ufeff")
    head = first.strip()
    if head.casefold().startswith("sep=") and len(head) == 5:
        return head[4], 1
    return sniff_delimiter(first), 0


def _csv_source(path: Path, separator: str | None, decimal_comma: bool | None) -> _Source:
    sniffed, skip = _sniff_separator(path)
    sep = separator or sniffed
    comma = sep == ";" if decimal_comma is None else decimal_comma
    if comma and sep == ",":
        raise IkiError(f"{path}: a CSV file separated by ',' cannot use a decimal comma")

    def scan(numeric: frozenset[str], *, names_only: bool = False) -> pl.LazyFrame:
        return pl.scan_csv(
            path,
            separator=sep,
            skip_rows=skip,
            infer_schema=False,
            schema_overrides=None if names_only else {n: pl.Float64 for n in numeric},
            decimal_comma=comma,
            ignore_errors=True,
            encoding="utf8-lossy",
        )

    try:
        names = tuple(scan(frozenset(), names_only=True).collect_schema().names())
    except (pl.exceptions.PolarsError, OSError) as error:
        raise IkiError(f"{path}: cannot read the CSV file: {error}") from None
    dtypes = {name: pl.String() for name in names}
    return _Source(names, dtypes, lambda numeric: scan(numeric), str(path), from_csv=True)


def _lazy_source(frame: pl.LazyFrame, where: str) -> _Source:
    try:
        schema = frame.collect_schema()
    except (pl.exceptions.PolarsError, OSError) as error:
        raise IkiError(f"{where}: cannot read the data: {error}") from None
    return _Source(tuple(schema.names()), dict(schema), lambda numeric: frame, where)


def _source(frame: object, separator: str | None, decimal_comma: bool | None) -> _Source:
    if isinstance(frame, pl.LazyFrame):
        return _lazy_source(frame, "the data")
    if isinstance(frame, pl.DataFrame):
        return _lazy_source(frame.lazy(), "the data")
    if isinstance(frame, str | os.PathLike):
        path = Path(frame)
        if not path.is_file():
            raise IkiError(f"{path}: no such file")
        suffix = path.suffix.casefold()
        if suffix in {".csv", ".txt", ".tsv"}:
            return _csv_source(path, separator, decimal_comma)
        if suffix in {".parquet", ".pq"}:
            return _lazy_source(pl.scan_parquet(path), str(path))
        raise IkiError(f"{path}: unknown file type {path.suffix!r}; use .csv or .parquet")
    if type(frame).__module__.split(".")[0] == "pandas":
        return _lazy_source(pl.from_pandas(frame).lazy(), "the data")
    raise IkiError(
        f"cannot evaluate over a {type(frame).__name__}: give a Polars or pandas DataFrame, "
        "a Polars LazyFrame, or the path of a CSV or Parquet file"
    )


def _is_number_type(dtype: pl.DataType) -> bool:
    return dtype.is_numeric() or isinstance(dtype, pl.Null)


_INDONESIAN = r"^[+-]?(?:\d+|\d{1,3}(?:\.\d{3})+)(?:,\d+)?$"
"""Text such as ``81,35``, ``1.250,5`` or ``1.000.000`` (dots group thousands)."""


def _clean(name: str, dtype: pl.DataType) -> pl.Expr:
    """The column as finite ``Float64`` numbers, null where a cell holds none.

    Text is read like :func:`ikicalc.numbers.parse_number`: ``81.35`` and ``81,35`` are the
    same number, ``1.250,5`` is 1250.5; other text is no number.
    """
    raw = column(name)
    if isinstance(dtype, pl.String):
        text = raw.str.strip_chars()
        plain = text.cast(pl.Float64, strict=False)
        comma = (
            text.str.replace_all(".", "", literal=True)
            .str.replace(",", ".", literal=True)
            .cast(pl.Float64, strict=False)
        )
        indonesian = plain.is_null() & text.str.contains(_INDONESIAN)
        value = pl.when(indonesian).then(comma).otherwise(plain)
    else:
        value = raw.cast(pl.Float64)
    if dtype.is_float() or isinstance(dtype, pl.String):
        value = pl.when(value.is_finite()).then(value)
    return value


# --------------------------------------------------------------------------------------
# Indicators
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Spec:
    """One indicator to evaluate, as the caller or the document defines it."""

    id: str
    formula: Formula | None
    problem: str | None
    target: _TargetValue
    polarity: str
    scale: Scale | str | None
    konstanta: Mapping[str, Decimal]


def _read_cell(text: str | None) -> tuple[Formula | None, str | None]:
    if text is None:
        return None, "no formula: the formula cell holds a target"
    try:
        return parse(text), None
    except FormulaSyntaxError as error:
        return None, (
            f"the formula cell is not a formula: line {error.line}, column {error.column}: "
            f"{error.reason}"
        )


def _specs(
    definition: Document | Formula | str,
    indicators: Sequence[str] | None,
    target: object,
    polarity: str,
    scale_: Scale | str | None,
) -> list[_Spec]:
    if isinstance(definition, Document):
        if target is not None or scale_ is not None or polarity != "positif":
            raise IkiError(
                "target, polarity and scale are for a single formula; a document gives them "
                "per indicator"
            )
        chosen = (
            [definition.indicator(i) for i in indicators]
            if indicators is not None
            else [ind for _, ind in definition.iter_indicators()]
        )
        out = []
        for ind in chosen:
            formula, problem = _read_cell(ind.formula)
            out.append(
                _Spec(
                    ind.id,
                    formula,
                    problem,
                    ind.target,
                    ind.polaritas,
                    ind.kategori,
                    ind.konstanta,
                )
            )
        return out
    if indicators is not None:
        raise IkiError("indicators= picks indicators of a document; a formula is one indicator")
    formula = parse(definition) if isinstance(definition, str) else definition
    return [_Spec("", formula, None, _target_of(target), polarity, scale_, {})]


def _target_of(value: object) -> _TargetValue:
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, tuple | list):
        if len(value) != 2:
            raise IkiError(f"a range target has two numbers (low, high); got {len(value)}")
        low, high = (_decimal(v, "target") for v in value)
        return (low, high)
    return _decimal(value, "target")


def _decimal(value: object, what: str) -> Decimal:
    try:
        exact = to_fraction(value)
    except ValueError as error:
        raise IkiError(f"{what}: {error}; give a number such as 81,35") from None
    return Decimal(exact.numerator) / Decimal(exact.denominator)


@dataclass(frozen=True)
class _Column:
    name: str


Binding = _Column | float | str
"""What a variable is bound to: a column, a constant, or (text) why it cannot be bound."""


class _Binder:
    """Finds the column or constant of each variable (see the module documentation)."""

    def __init__(
        self,
        source: _Source,
        columns: Mapping[str, str] | None,
        constants: Mapping[str, object] | None,
    ) -> None:
        self.source = source
        self.names = source.names
        self.by_key: dict[str, list[str]] = {}
        for name in self.names:
            self.by_key.setdefault(name_key(name), []).append(name)
        self.columns = {name_key(k): v for k, v in (columns or {}).items()}
        for variable, target in (columns or {}).items():
            if target not in self.names:
                raise IkiError(
                    f"columns maps {variable!r} to {target!r}, but {source.where} has no column "
                    f"{target!r}{_did_you_mean(target, self.names)}"
                )
        self.constants = {
            name_key(k): float(_decimal(v, f"constant {k!r}")) for k, v in (constants or {}).items()
        }

    def bind(self, variable: str, konstanta: Mapping[str, Decimal]) -> Binding:
        key = name_key(variable)
        if key in self.columns:
            return self._typed(variable, self.columns[key])
        if key in self.constants:
            return self.constants[key]
        if variable in self.names:
            return self._typed(variable, variable)
        matches = self.by_key.get(key, [])
        if len(matches) == 1:
            return self._typed(variable, matches[0])
        if matches:
            listed = ", ".join(repr(m) for m in matches)
            return f"the columns {listed} all match '{variable}'; pass columns={{{variable!r}: …}}"
        for name, value in konstanta.items():
            if name_key(name) == key:
                return float(value)
        return (
            f"no column for '{variable}' in {self.source.where}"
            f"{_did_you_mean(variable, self.names)}; name a column with columns={{…}} or give "
            f"a number with constants={{…}}"
        )

    def _typed(self, variable: str, name: str) -> Binding:
        dtype = self.source.dtypes[name]
        if _is_number_type(dtype) or isinstance(dtype, pl.String):
            return _Column(name)
        return f"column '{name}' of '{variable}' holds {dtype} values, not numbers"


def _did_you_mean(name: str, names: Iterable[str]) -> str:
    keys = {name_key(n): n for n in names}
    close = difflib.get_close_matches(name_key(name), list(keys), n=1, cutoff=0.6)
    if close:
        return f"; did you mean '{keys[close[0]]}'?"
    shown = [f"'{n}'" for n in list(keys.values())[:6]]
    return f" (its columns: {', '.join(shown)}{'…' if len(keys) > 6 else ''})" if shown else ""


# --------------------------------------------------------------------------------------
# Expressions for one indicator
# --------------------------------------------------------------------------------------


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

    def clean_columns(self) -> list[pl.Expr]:
        dtypes = self.source.dtypes
        return [
            _clean(name, pl.Float64() if self.source.from_csv else dtypes[name]).alias(internal)
            for name, internal in self.values.items()
        ]

    def _row_problem(self, variable: str, name: str) -> pl.Expr:
        value, raw = pl.col(self.value_column(name)), column(name)
        where = f"'{variable}'" if variable == name else f"'{variable}' (column '{name}')"
        if self.source.from_csv:
            return pl.when(value.is_null()).then(
                pl.lit(f"no number for {where}: the cell is empty or not a number")
            )
        text = isinstance(self.source.dtypes[name], pl.String)
        empty = raw.is_null() | (raw.str.strip_chars() == "") if text else raw.is_null()
        kind = "a number" if text else "finite"
        return (
            pl.when(empty)
            .then(pl.lit(f"no value for {where}: the cell is empty"))
            .when(value.is_null())
            .then(pl.lit(f"the value of {where} is not {kind}"))
        )

    def _group_problem(self, variable: str, name: str) -> pl.Expr:
        value = pl.col(self.value_column(name))
        missing = value.null_count()
        column = "" if variable == name else f" in column '{name}'"
        first_row = pl.col(_ROW).filter(value.is_null()).first()
        text = pl.concat_str(
            [
                pl.lit(f"Σ {variable}: "),
                missing.cast(pl.String),
                pl.lit(" of "),
                pl.len().cast(pl.String),
                pl.lit(f" rows have no number{column} (first: row "),
                first_row.cast(pl.String),
                pl.lit(")"),
            ]
        )
        return pl.when(missing > 0).then(text)

    def compile(self, formula: Formula, bound: Mapping[str, Binding]) -> _Compiled:
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
        return _Compiled(compile_expr(result_tree(formula), leaves), _first(checks))


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

    def binary(
        self, node: ast.Binary, left: list[pl.Expr], right: list[pl.Expr]
    ) -> list[pl.Expr]:
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


# --------------------------------------------------------------------------------------
# Capaian and kategori
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Judging:
    """How one indicator's realisasi becomes capaian and kategori (or why it does not)."""

    target: float | tuple[float, float] | None
    negative: bool
    scale: Scale | None
    notes: tuple[str, ...]


def _judging(spec: _Spec) -> _Judging:
    notes: list[str] = []
    negative = read_polarity(spec.polarity) == "negative"
    goal: float | tuple[float, float] | None = None
    raw = spec.target
    if raw is None:
        notes.append("no target: capaian is not computed")
    else:
        number: Decimal | tuple[Decimal, Decimal] | None = None
        if isinstance(raw, str):
            try:
                read = parse_target(raw)
            except TargetSyntaxError as error:
                notes.append(f"the target {raw!r} is not a number ({error.reason})")
            else:
                number = read.value
                if str(read.value) != raw.strip():
                    unit = f" {read.unit}" if read.unit else ""
                    notes.append(f"the target {raw!r} is read as {read.value}{unit}")
        else:
            number = raw
        if number is not None:
            probe = number[0] if isinstance(number, tuple) else number
            try:
                capaian(probe, number, spec.polarity, exact=True)
            except IkiError as error:
                notes.append(str(error))
            else:
                goal = (
                    (float(number[0]), float(number[1]))
                    if isinstance(number, tuple)
                    else float(number)
                )
    found: Scale | None = None
    if isinstance(spec.scale, Scale):
        found = spec.scale
    elif spec.scale is not None:
        try:
            found = kategori_scale(spec.scale)
        except (ScaleSyntaxError, IkiError) as error:
            notes.append(f"the kategori scale cannot be read: {error}")
    return _Judging(goal, negative, found, tuple(notes))


def _ratio(realisasi: pl.Expr, target: float, negative: bool) -> pl.Expr:
    if negative:
        return (2 * target - realisasi) / target * 100
    return realisasi / target * 100


def _capaian(realisasi: pl.Expr, judging: _Judging) -> tuple[pl.Expr, pl.Expr | None]:
    """Capaian of ``realisasi`` and, for a range starting at 0, the error below it."""
    goal = judging.target
    if goal is None:
        return pl.lit(None, dtype=pl.Float64), None
    if not isinstance(goal, tuple):
        return _ratio(realisasi, goal, judging.negative), None
    low, high = goal
    above = _ratio(realisasi, high, judging.negative)
    if low == 0:
        below: pl.Expr = pl.lit(None, dtype=pl.Float64)
        error = pl.when(realisasi < low).then(
            pl.lit(
                "realisasi is below the range target starting at 0, so capaian cannot be a "
                "percentage of it: check the realisasi"
            )
        )
    else:
        below, error = _ratio(realisasi, low, judging.negative), None
    value = (
        pl.when(realisasi > high)
        .then(above)
        .when(realisasi >= low)
        .then(pl.lit(100.0))
        .otherwise(below)
    )
    return value, error


def _kategori(realisasi: pl.Expr, found: Scale | None) -> tuple[pl.Expr, pl.Expr | None]:
    """The scale's label for ``realisasi`` and the error when no range holds it."""
    if found is None:
        return _no_string(), None
    units = (realisasi * (10**found.places * (1 + _NUDGE))).round(0, mode="half_away_from_zero")
    chain: Then | ChainedThen | None = None
    for category in found.categories:
        low, high = category.interval.steps(found.places)
        condition = pl.lit(value=True)
        if low is not None:
            condition = condition & (units >= low)
        if high is not None:
            condition = condition & (units <= high)
        label = pl.lit(category.label)
        chain = (
            pl.when(condition).then(label) if chain is None else chain.when(condition).then(label)
        )
    assert chain is not None  # noqa: S101 - a scale has at least one category
    label = chain.otherwise(_no_string())
    name = f" '{found.name}'" if found.name else ""
    error = pl.when(realisasi.is_not_null() & label.is_null()).then(
        pl.lit(f"the realisasi is outside the scale{name}: it covers {found.coverage()}")
    )
    return label, error


# --------------------------------------------------------------------------------------
# The result
# --------------------------------------------------------------------------------------


class FrameResult:
    """The indicators of a document evaluated over a frame (see the module documentation).

    ``indicators`` describes each indicator and names its columns; :meth:`lazy` is the
    result as a Polars ``LazyFrame`` (the input's rows in order, the ``keep`` columns, then
    four columns per indicator), :meth:`collect` the same collected, :meth:`write` streams
    it to a file, :attr:`groups` has one row per group for the ``Σ`` indicators.
    """

    def __init__(
        self,
        indicators: tuple[IndicatorColumns, ...],
        by: tuple[str, ...],
        rows: pl.LazyFrame,
        groups: pl.LazyFrame | None,
        output: list[pl.Expr],
        where: str,
    ) -> None:
        self.indicators = indicators
        self.by = by
        self._rows = rows
        self._group_plan = groups
        self._output = output
        self._where = where
        self._groups: pl.DataFrame | None = None

    def indicator(self, indicator_id: str) -> IndicatorColumns:
        """The columns of the indicator with this id (``""`` for a single formula)."""
        for found in self.indicators:
            if found.id == indicator_id:
                return found
        raise IkiError(f"no indicator {indicator_id!r} in this result")

    @property
    def groups(self) -> pl.DataFrame:
        """One row per group of ``by`` (one row without ``by``) with the ``Σ`` indicators'
        columns; no rows when no indicator has ``Σ``. Computed once, streaming."""
        if self._groups is None:
            if self._group_plan is None:
                self._groups = pl.DataFrame(schema=dict.fromkeys(self.by, pl.String))
            else:
                self._groups = self._run(lambda: self._group_plan_collect())
        return self._groups

    def _group_plan_collect(self) -> pl.DataFrame:
        assert self._group_plan is not None  # noqa: S101 - checked by the caller
        found = self._group_plan.collect(engine="streaming")
        return found.sort(list(self.by), nulls_last=True) if self.by else found

    def lazy(self) -> pl.LazyFrame:
        """The result rows as a ``LazyFrame``."""
        rows = self._rows
        if self._group_plan is not None:
            groups = self.groups
            if self.by:
                rows = rows.join(
                    groups.lazy(),
                    on=list(self.by),
                    how="left",
                    nulls_equal=True,
                    maintain_order="left",
                )
            else:
                rows = rows.with_columns(
                    pl.lit(groups[name][0], dtype=groups.schema[name]).alias(name)
                    for name in groups.columns
                )
        return rows.select(self._output)

    def collect(self) -> pl.DataFrame:
        """The result rows as a ``DataFrame`` (streaming engine)."""
        return self._run(lambda: self.lazy().collect(engine="streaming"))

    def write(self, path: str | os.PathLike[str]) -> Path:
        """Stream the result rows to ``path`` (``.csv`` or ``.parquet``) in bounded memory.

        Written atomically (a temporary file renamed over ``path`` when complete); in CSV,
        text a spreadsheet would run as a formula gets a leading ``'``
        (:func:`ikicalc.sheets.neutralise`).
        """
        target = Path(path)
        suffix = target.suffix.casefold()
        if suffix not in {".csv", ".parquet"}:
            raise IkiError(f"{target}: write the result as .csv or .parquet")
        rows = self.lazy()
        if suffix == ".csv":
            text = [n for n, t in rows.collect_schema().items() if isinstance(t, pl.String)]
            safe = rows.with_columns(
                pl.when(pl.col(n).str.contains(RISKY_START))
                .then(pl.lit("'") + pl.col(n))
                .otherwise(pl.col(n))
                .alias(n)
                for n in text
            )
            atomic_write(target, lambda out: self._run(lambda: safe.sink_csv(out)))
        else:
            atomic_write(target, lambda out: self._run(lambda: rows.sink_parquet(out)))
        return target

    def _run(self, action: Callable[[], _T]) -> _T:
        try:
            return action()
        except pl.exceptions.PolarsError as error:
            raise IkiError(f"{self._where}: cannot evaluate the data: {error}") from None


# --------------------------------------------------------------------------------------
# evaluate_frame
# --------------------------------------------------------------------------------------


def _names(by: str | Sequence[str] | None) -> tuple[str, ...]:
    if by is None:
        return ()
    return (by,) if isinstance(by, str) else tuple(by)


def _require(names: Iterable[str], source: _Source, what: str) -> None:
    for name in names:
        if name not in source.names:
            raise IkiError(
                f"{what} names {name!r}, but {source.where} has no such column"
                f"{_did_you_mean(name, source.names)}"
            )


def evaluate_frame(
    definition: Document | Formula | str,
    frame: object,
    *,
    by: str | Sequence[str] | None = None,
    columns: Mapping[str, str] | None = None,
    constants: Mapping[str, object] | None = None,
    keep: Sequence[str] | None = None,
    indicators: Sequence[str] | None = None,
    target: object = None,
    polarity: str = "positif",
    scale: Scale | str | None = None,
    separator: str | None = None,
    decimal_comma: bool | None = None,
) -> FrameResult:
    """Evaluate a document's indicators (or one formula) over wide data, lazily.

    ``definition`` is an :class:`ikicalc.Document` (every indicator, or those listed in
    ``indicators``), a :class:`ikicalc.Formula` or formula text. ``frame`` is a Polars
    ``DataFrame``/``LazyFrame``, a pandas ``DataFrame`` or the path of a ``.csv`` or
    ``.parquet`` file. ``by`` names the group columns of ``Σ`` formulas; ``columns`` maps
    variables to columns and ``constants`` variables to numbers; ``keep`` lists the input
    columns to carry over (default: all). For a single formula, ``target`` (a number or
    ``(low, high)``), ``polarity`` and ``scale`` (a scale name, scale text or
    :class:`ikicalc.Scale`) give capaian and kategori. CSV files: ``separator`` defaults
    to the one the header uses (or an Excel ``sep=;`` line) and ``decimal_comma`` to
    whether it is ``;``. See the module documentation for the result.

    Raises :class:`ikicalc.IkiError` for a problem with the call itself (a missing ``by``
    column, an unknown indicator id, unreadable formula text); problems of one indicator
    or one row are reported in its ``error`` column instead.
    """
    source = _source(frame, separator, decimal_comma)
    group_names = _names(by)
    _require(group_names, source, "by")
    kept = tuple(source.names) if keep is None else tuple(keep)
    _require(kept, source, "keep")
    specs = _specs(definition, indicators, target, polarity, scale)
    binder = _Binder(source, columns, constants)
    compiler = _Compiler(source)

    described: list[IndicatorColumns] = []
    row_stage: list[pl.Expr] = []
    judge_stage: list[pl.Expr] = []
    group_aggs: list[pl.Expr] = []
    group_judges: list[pl.Expr] = []
    constant_columns: list[pl.Expr] = []
    for spec in specs:
        prefix = f"{spec.id} " if spec.id else ""
        kind, problem, compiled = _prepare(spec, binder, compiler)
        judging = _judging(spec)
        formula = spec.formula
        names = IndicatorColumns(
            spec.id,
            kind,
            prefix + "realisasi",
            prefix + "capaian",
            prefix + "kategori",
            prefix + "error",
            formula=formula,
            unit="%" if formula is not None and is_percent(formula.expr) else None,
            problem=problem,
            notes=judging.notes if kind != "none" else (),
        )
        described.append(names)
        if compiled is None:
            constant_columns += [
                pl.lit(None, dtype=pl.Float64).alias(names.realisasi),
                pl.lit(None, dtype=pl.Float64).alias(names.capaian),
                _no_string().alias(names.kategori),
                pl.lit(problem, dtype=pl.String).alias(names.error),
            ]
            continue
        raw_error = f"{_PREFIX}e{len(described)}"
        first = [compiled.realisasi.alias(names.realisasi), compiled.error.alias(raw_error)]
        judged = _judge(names, raw_error, judging)
        if kind == "row":
            row_stage += first
            judge_stage += judged
        else:
            group_aggs += first
            group_judges += judged

    clash = [n for d in described for n in d.columns if n in kept]
    if clash:
        raise IkiError(
            f"{source.where} already has a column {clash[0]!r}; pass keep=[…] to choose the "
            "columns to carry over"
        )
    numeric = frozenset(compiler.values)
    rows = source.read(numeric)
    stage: list[pl.Expr] = compiler.clean_columns()
    if group_aggs:
        rows = rows.with_row_index(_ROW, offset=1)
    if stage:
        rows = rows.with_columns(stage)
    groups: pl.LazyFrame | None = None
    if group_aggs:
        plan = rows.group_by(list(group_names)) if group_names else None
        summary = plan.agg(group_aggs) if plan is not None else rows.select(group_aggs)
        groups = summary.with_columns(group_judges).select(
            [*group_names, *(n for d in described if d.kind == "group" for n in d.columns)]
        )
    if row_stage:
        rows = rows.with_columns(row_stage).with_columns(judge_stage)
    if constant_columns:
        rows = rows.with_columns(constant_columns)
    output = [column(name) for name in kept]
    output += [pl.col(n) for d in described for n in d.columns]
    return FrameResult(tuple(described), group_names, rows, groups, output, source.where)


def _prepare(
    spec: _Spec, binder: _Binder, compiler: _Compiler
) -> tuple[Literal["row", "group", "none"], str | None, _Compiled | None]:
    """Bind an indicator's variables and compile it, or say why it cannot be computed."""
    formula = spec.formula
    if formula is None:
        return "none", spec.problem, None
    bound = {name_key(v): binder.bind(v, spec.konstanta) for v in formula.variables}
    counted = {k for k, v in zip(bound, formula.variables, strict=True) if _counts(bound[k], v)}
    if counted:
        # 'Σ Pegawai', 'Jumlah Pegawai' with no column: each row counts one, so the sum over
        # the rows (of the group) is the number of employees, as on the exact path.
        bound.update(dict.fromkeys(counted, 1.0))
        formula = replace(formula, expr=_summed(formula.expr, counted))
    for reason in bound.values():
        if isinstance(reason, str):
            return "none", reason, None
    summed = any(isinstance(node, ast.Sigma) for node in ast.walk(formula.expr))
    if summed:
        for node in _plain_variables(formula.expr):
            if isinstance(bound[name_key(node.name)], _Column):
                return (
                    "none",
                    (
                        f"'{node.name}' has one value per row; write 'Σ {node.name}' to add them "
                        "up, or give it as a number with constants={…}"
                    ),
                    None,
                )
    return ("group" if summed else "row"), None, compiler.compile(formula, bound)


def _counts(binding: Binding, variable: str) -> bool:
    return isinstance(binding, str) and counts_rows(variable)


def _summed(node: ast.Expr, counted: set[str]) -> ast.Expr:
    """``node`` with every variable of ``counted`` (keys) not yet under a ``Σ`` summed."""

    def summed(current: ast.Expr) -> ast.Expr:
        if isinstance(current, ast.Variable) and name_key(current.name) in counted:
            return ast.Sigma(current, current.span)
        return current

    return ast.transform(node, summed)


def _plain_variables(node: ast.Expr) -> list[ast.Variable]:
    """The variables of ``node`` that are not under a ``Σ``."""
    nodes = list(ast.walk(node))
    summed = {id(n.variable) for n in nodes if isinstance(n, ast.Sigma)}
    return [n for n in nodes if isinstance(n, ast.Variable) and id(n) not in summed]


def _judge(names: IndicatorColumns, raw_error: str, judging: _Judging) -> list[pl.Expr]:
    """Capaian, kategori and the final error of an indicator from its realisasi column."""
    realisasi = pl.col(names.realisasi)
    value, capaian_error = _capaian(realisasi, judging)
    label, kategori_error = _kategori(realisasi, judging.scale)
    errors = [pl.col(raw_error)]
    errors += [e for e in (capaian_error, kategori_error) if e is not None]
    return [
        value.alias(names.capaian),
        label.alias(names.kategori),
        _first(errors).alias(names.error),
    ]
