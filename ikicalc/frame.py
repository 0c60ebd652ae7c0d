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

import os
import tempfile
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Literal, TypeVar

import polars as pl
from polars.expr.whenthen import ChainedThen, Then

from ikicalc import ast
from ikicalc.backends import result_tree
from ikicalc.backends.polars import (
    Leaves,
    NumberStyle,
    column,
    compile_expr,
    number_from_text,
    strict_sum,
)
from ikicalc.documents import Document
from ikicalc.errors import IkiError
from ikicalc.evaluate import is_percent
from ikicalc.evaluation.plan import (
    DEFAULT_SCALE,
    Binding,
    Column,
    Constant,
    IndicatorPlan,
    RowCount,
    bind,
    counted,
    did_you_mean,
    per_row_in_sum,
    plan_document,
    plan_formula,
)
from ikicalc.formula import Formula
from ikicalc.names import name_key
from ikicalc.parser import parse
from ikicalc.realisasi import text_table
from ikicalc.realisasi.dialect import sniff_csv
from ikicalc.scales import Scale
from ikicalc.sheets import RISKY_START, atomic_write
from ikicalc.unit_check import UnitFactors, unit_factors

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
    nilai: str | None = None

    @property
    def columns(self) -> tuple[str, ...]:
        """``(realisasi, capaian, kategori, error)`` column names, with ``nilai`` (nilai
        capaian IKI, PermenPAN-RB 8/2021) before ``error`` where that rule applies."""
        if self.nilai is None:
            return (self.realisasi, self.capaian, self.kategori, self.error)
        return (self.realisasi, self.capaian, self.kategori, self.nilai, self.error)


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
    style: NumberStyle = "auto"
    keep_alive: object = None


def _csv_source(path: Path, separator: str | None, decimal_comma: bool | None) -> _Source:
    """A CSV file read as the exact reader reads it (:func:`ikicalc.realisasi.dialect.sniff_csv`):
    every column as text, numbers read by :func:`number_from_text` where a formula needs
    them, so input columns are carried over exactly as written. A UTF-16 file is first
    copied to UTF-8 (streamed) in a temporary directory that lives as long as the result."""
    dialect = sniff_csv(path)
    sep = separator or dialect.delimiter
    if decimal_comma and sep == ",":
        raise IkiError(f"{path}: a CSV file separated by ',' cannot use a decimal comma")
    style: NumberStyle = "auto" if decimal_comma is None else "comma" if decimal_comma else "dot"
    readable, keep_alive = path, None
    if not dialect.utf8:
        keep_alive = tempfile.TemporaryDirectory(prefix="ikicalc-")
        readable = Path(keep_alive.name) / "utf8.csv"
        _transcode(path, dialect.encoding, readable)

    def scan() -> pl.LazyFrame:
        return pl.scan_csv(
            readable,
            separator=sep,
            skip_rows=dialect.skip,
            infer_schema=False,
            encoding="utf8-lossy",
        )

    try:
        names = tuple(scan().collect_schema().names())
    except (pl.exceptions.PolarsError, OSError) as error:
        raise IkiError(f"{path}: cannot read the CSV file: {error}") from None
    dtypes = {name: pl.String() for name in names}
    return _Source(names, dtypes, lambda numeric: scan(), str(path), style, keep_alive)


def _transcode(source: Path, encoding: str, target: Path) -> None:
    """Copy ``source`` to ``target`` as UTF-8, in bounded memory."""
    try:
        with (
            source.open("r", encoding=encoding, newline="") as reader,
            target.open("w", encoding="utf-8", newline="") as writer,
        ):
            while chunk := reader.read(1 << 20):
                writer.write(chunk)
    except UnicodeDecodeError as error:
        raise IkiError(
            f"{source}: not {encoding.upper()} text (byte {error.start}); save the file as "
            "'CSV UTF-8'"
        ) from None


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
        if suffix == ".xlsx":
            names, rows = text_table(path)
            frame_ = pl.DataFrame(rows, schema=dict.fromkeys(names, pl.String), orient="row")
            return _lazy_source(frame_.lazy(), str(path))
        raise IkiError(
            f"{path}: unknown file type {path.suffix!r}; use .csv, .xlsx or .parquet"
        )
    if type(frame).__module__.split(".")[0] == "pandas":
        return _lazy_source(pl.from_pandas(frame).lazy(), "the data")
    raise IkiError(
        f"cannot evaluate over a {type(frame).__name__}: give a Polars or pandas DataFrame, "
        "a Polars LazyFrame, or the path of a CSV or Parquet file"
    )


def _is_number_type(dtype: pl.DataType) -> bool:
    return dtype.is_numeric() or isinstance(dtype, pl.Null)


def _clean(name: str, dtype: pl.DataType, style: NumberStyle = "auto") -> pl.Expr:
    """The column as finite ``Float64`` numbers, null where a cell holds none: text is read
    by :func:`ikicalc.backends.polars.number_from_text`, the twin of the exact reader."""
    raw = column(name)
    if isinstance(dtype, pl.String):
        return number_from_text(raw, style)
    value = raw.cast(pl.Float64)
    if dtype.is_float():
        value = pl.when(value.is_finite()).then(value)
    return value


# --------------------------------------------------------------------------------------
# Indicators
# --------------------------------------------------------------------------------------


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
                "target, polarity and scale are for a single formula; a document gives them "
                "per indicator"
            )
        return plan_document(definition, kategori=kategori, indicators=indicators)
    if indicators is not None:
        raise IkiError("indicators= picks indicators of a document; a formula is one indicator")
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
            _clean(name, dtypes[name], self.source.style).alias(internal)
            for name, internal in self.values.items()
        ]

    def _row_problem(self, variable: str, name: str) -> pl.Expr:
        value, raw = pl.col(self.value_column(name)), column(name)
        where = f"'{variable}'" if variable == name else f"'{variable}' (column '{name}')"
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
    """A plan's judging in floats, for the Polars expressions."""

    target: float | tuple[float, float] | None
    negative: bool
    scale: Scale | None
    on_realisasi: bool
    notes: tuple[str, ...]
    problem: str | None
    nilai: bool = False


def _judging(plan: IndicatorPlan) -> _Judging:
    judging = plan.judging
    goal: float | tuple[float, float] | None = None
    if isinstance(judging.target, tuple):
        goal = (float(judging.target[0]), float(judging.target[1]))
    elif judging.target is not None:
        goal = float(judging.target)
    problem = judging.target_problem or judging.scale_problem
    return _Judging(
        goal,
        judging.negative,
        judging.scale,
        judging.scale_on == "realisasi",
        judging.notes + tuple(p for p in (judging.target_problem, judging.scale_problem) if p),
        problem,
        judging.nilai,
    )


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
        self._keep_alive: object = None

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
                f"{did_you_mean(name, source.names)}"
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
    kategori: str | Scale | None = DEFAULT_SCALE,
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
    :class:`ikicalc.Scale`) give capaian and kategori. ``kategori`` is the scale for
    capaian where an indicator names none (the report's default; ``None``: no category),
    decided by the same plan as :func:`ikicalc.build_report`. CSV files: ``separator`` defaults
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
    plans = _plans(definition, indicators, target, polarity, scale, kategori)
    compiler = _Compiler(source)

    described: list[IndicatorColumns] = []
    row_stage: list[pl.Expr] = []
    judge_stage: list[pl.Expr] = []
    group_aggs: list[pl.Expr] = []
    group_judges: list[pl.Expr] = []
    constant_columns: list[pl.Expr] = []
    for plan in plans:
        prefix = f"{plan.id} " if plan.id else ""
        kind, problem, compiled = _prepare(plan, source, columns, constants, compiler)
        judging = _judging(plan)
        formula = plan.formula
        names = IndicatorColumns(
            plan.id,
            kind,
            prefix + "realisasi",
            prefix + "capaian",
            prefix + "kategori",
            prefix + "error",
            formula=formula,
            unit="%" if formula is not None and is_percent(formula.expr) else None,
            problem=problem,
            notes=judging.notes if kind != "none" else (),
            nilai=prefix + "nilai" if judging.nilai else None,
        )
        described.append(names)
        if compiled is None:
            constant_columns += [
                pl.lit(None, dtype=pl.Float64).alias(names.realisasi),
                pl.lit(None, dtype=pl.Float64).alias(names.capaian),
                _no_string().alias(names.kategori),
                pl.lit(problem, dtype=pl.String).alias(names.error),
            ]
            if names.nilai is not None:
                constant_columns.append(pl.lit(None, dtype=pl.Float64).alias(names.nilai))
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
        grouped = rows.group_by(list(group_names)) if group_names else None
        summary = grouped.agg(group_aggs) if grouped is not None else rows.select(group_aggs)
        groups = summary.with_columns(group_judges).select(
            [*group_names, *(n for d in described if d.kind == "group" for n in d.columns)]
        )
    if row_stage:
        rows = rows.with_columns(row_stage).with_columns(judge_stage)
    if constant_columns:
        rows = rows.with_columns(constant_columns)
    output = [column(name) for name in kept]
    output += [pl.col(n) for d in described for n in d.columns]
    result = FrameResult(tuple(described), group_names, rows, groups, output, source.where)
    result._keep_alive = source.keep_alive  # a transcoded copy of the input lives as long
    return result


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
        return "none", f"no formula: {plan.problem}", None
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
    summed = any(isinstance(node, ast.Sigma) for node in ast.walk(formula.expr))
    refused = per_row_in_sum(formula, bindings)
    if refused is not None:
        return "none", refused, None
    factors: UnitFactors | None = None
    if plan.units:
        try:
            factors = unit_factors(formula, plan.units)
        except IkiError as error:
            return "none", str(error).split("\n", 1)[0], None
    return ("group" if summed else "row"), None, compiler.compile(formula, bound, factors)


def _judge(names: IndicatorColumns, raw_error: str, judging: _Judging) -> list[pl.Expr]:
    """Capaian, kategori and the final error of an indicator from its realisasi column."""
    realisasi = pl.col(names.realisasi)
    value, capaian_error = _capaian(realisasi, judging)
    judged = realisasi if judging.on_realisasi else value
    label, kategori_error = _kategori(judged, judging.scale)
    errors = [pl.col(raw_error)]
    errors += [e for e in (capaian_error, kategori_error) if e is not None]
    if judging.problem is not None:
        errors.append(pl.lit(judging.problem, dtype=pl.String))
    judged_columns = [
        value.alias(names.capaian),
        label.alias(names.kategori),
        _first(errors).alias(names.error),
    ]
    if names.nilai is not None:
        judged_columns.append(_nilai(value).alias(names.nilai))
    return judged_columns


def _nilai(capaian: pl.Expr) -> pl.Expr:
    """Nilai capaian IKI of a capaian column: the same linear pieces over whole percents as
    :func:`ikicalc.rules.iki_2021.nilai_capaian_iki` (PermenPAN-RB 8/2021)."""
    from ikicalc.rules.iki_2021 import potongan_nilai

    persen = (capaian * (1 + _NUDGE)).round(0, mode="half_away_from_zero")
    chain: Then | ChainedThen | None = None
    for piece in potongan_nilai():
        condition = pl.lit(value=True)
        if piece.dari is not None:
            condition = condition & (persen >= piece.dari)
        if piece.sampai is not None:
            condition = condition & (persen <= piece.sampai)
        start = piece.dari if piece.dari is not None else 0
        nilai = float(piece.dasar) + float(piece.kemiringan) * (persen - start)
        chain = (
            pl.when(condition).then(nilai)
            if chain is None
            else chain.when(condition).then(nilai)
        )
    assert chain is not None  # noqa: S101 - the table has pieces
    return chain.otherwise(pl.lit(None, dtype=pl.Float64))
