"""Every indicator of a document evaluated over a data frame: realisasi, capaian, kategori.

:func:`evaluate_frame` is the scalar path (:meth:`ikicalc.Formula.evaluate`,
:func:`ikicalc.capaian`, :meth:`ikicalc.Scale.classify`) for wide data: one row per
employee, kelurahan … in a Polars ``DataFrame``/``LazyFrame``, a pandas ``DataFrame``, or a
CSV/Parquet file read lazily. It returns a :class:`FrameResult`; its rows are the input's
rows, in order (counts in = counts out, always), with these columns per indicator:

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
- ``keterangan`` (``String``): what the report's Keterangan says of the row: the error,
  the indicator's lint findings (``W102: …``) and the plausibility warnings of the row's
  values (``W111`` a part over its whole above 100 %, ``W112`` a capaian above 1 000 %), in
  the words of :func:`ikicalc.build_report` (``tests/test_engines_agree.py``). Null when
  there is nothing to say. For a document's indicators only (a single formula's data may
  well have a column of that name).

Columns are named ``"<id> realisasi"``, ``"<id> capaian"`` … for a document's indicators,
and plainly ``realisasi``, ``capaian``, ``kategori``, ``error`` for a single formula. Where
the nilai capaian IKI applies (PermenPAN-RB 8/2021) a ``nilai`` column stands before ``error``.

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

**Memory.** Everything runs on Polars' streaming engine, in bounded memory:
:meth:`FrameResult.write` streams to a CSV or Parquet file. With ``Σ`` indicators the
input is read twice: once for the group totals (small, :attr:`FrameResult.groups`, computed
when the rows are first asked for), once for the rows, each of which is given its group's
columns by looking its key up in the totals (:mod:`ikicalc.evaluation.frame_groups`), not
by a join that would copy every column of every row. The document's lint (the findings in
Keterangan) runs when the result is first used, in Python while Polars adds up the groups.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, TypeVar

import polars as pl

from ikicalc.backends.exact import is_percent
from ikicalc.backends.polars import column
from ikicalc.documents import Document
from ikicalc.errors import IkiError
from ikicalc.evaluation.frame_compile import (
    _PREFIX,
    _Compiler,
    _no_string,
    _plans,
    _prepare,
)
from ikicalc.evaluation.frame_groups import with_groups
from ikicalc.evaluation.frame_judge import (
    JUDGING_STEPS,
    _judge,
    _judging,
    _lint_findings,
    _safe_labels,
    _tell,
    _Told,
)
from ikicalc.evaluation.frame_plans import GroupWork, RowWork, build_plans, quickly
from ikicalc.evaluation.frame_source import _names, _require, _source, undecided_places
from ikicalc.evaluation.plan import DEFAULT_SCALE
from ikicalc.i18n import _
from ikicalc.lang.formula import Formula
from ikicalc.realisasi.undecided import DataWarning
from ikicalc.rules.scales import Scale
from ikicalc.writers import atomic_write

__all__ = ["FrameResult", "IndicatorColumns", "evaluate_frame"]


_T = TypeVar("_T")


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
    keterangan: str | None = None
    findings: tuple[str, ...] = ()
    """What ``ikicalc.lint`` says of this indicator's cells (``W102: …``), as the report's
    Keterangan says it on each of its rows."""

    @property
    def columns(self) -> tuple[str, ...]:
        """``(realisasi, capaian, kategori, error, keterangan)`` column names, with
        ``nilai`` (nilai capaian IKI, PermenPAN-RB 8/2021) before ``error`` where that rule
        applies."""
        named: tuple[str, ...] = (self.realisasi, self.capaian, self.kategori)
        if self.nilai is not None:
            named += (self.nilai,)
        named += (self.error,)
        return named if self.keterangan is None else (*named, self.keterangan)


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
        told: Callable[[], _Told] | None = None,
    ) -> None:
        self._described = indicators
        self._tell = told
        self._told: _Told | None = None
        self.by = by
        self._rows = rows
        self._group_plan = groups
        self._output = output
        self._where = where
        self._groups: pl.DataFrame | None = None
        self._keep_alive: object = None
        self._safe_text: frozenset[str] = frozenset()  # text columns the guard can skip
        self._kept: tuple[str, ...] = ()  # the input columns written back
        self._plain_input: Callable[[], bool] = lambda: False
        self._warnings: Callable[[], tuple[DataWarning, ...]] = tuple
        # the same plans over the quick read of a CSV file, tried first (frame_plans)
        self._quick_rows: pl.LazyFrame | None = None
        self._quick_groups: pl.LazyFrame | None = None

    @property
    def indicators(self) -> tuple[IndicatorColumns, ...]:
        """Each indicator: its columns, what is known of it, its lint findings."""
        return self._said().indicators

    def _said(self) -> _Told:
        """The lint findings and the Keterangan columns, found once, when first needed (a
        document's lint runs while Polars adds up the ``Σ`` groups, see :attr:`groups`)."""
        if self._told is None:
            self._told = self._tell() if self._tell is not None else _Told(self._described)
        return self._told

    def warnings(self) -> tuple[DataWarning, ...]:
        """What the input's reader warns of (``W113``: text cells such as ``1.206`` whose
        number nothing in the file decided), as :attr:`ikicalc.RealisasiData.warnings`,
        in the columns read as numbers; found by a scan of its own, when asked (none of a
        CSV file whose bytes hold no dot)."""
        return self._warnings()

    def indicator(self, indicator_id: str) -> IndicatorColumns:
        """The columns of the indicator with this id (``""`` for a single formula)."""
        for found in self.indicators:
            if found.id == indicator_id:
                return found
        raise IkiError(
            _("no indicator {indicator_id} in this result").format(indicator_id=repr(indicator_id))
        )

    @property
    def groups(self) -> pl.DataFrame:
        """One row per group of ``by`` (one row without ``by``) with the ``Σ`` indicators'
        columns; no rows when no indicator has ``Σ``. Computed once, streaming."""
        return self._summed(lambda: None)

    def _summed(self, meanwhile: Callable[[], object]) -> pl.DataFrame:
        """:attr:`groups`, running ``meanwhile`` and the lint (Python) while Polars adds
        them up in a thread (it leaves Python while it works); ``meanwhile`` runs anyway."""
        if self._groups is not None or self._group_plan is None:
            meanwhile()
            if self._groups is None:
                self._groups = pl.DataFrame(schema=dict.fromkeys(self.by, pl.String))
            return self._groups
        import threading
        from concurrent.futures import ThreadPoolExecutor

        started = threading.Event()

        def sum_groups() -> pl.DataFrame:
            started.set()
            return self._run(self._group_plan_collect)

        with ThreadPoolExecutor(1, thread_name_prefix="ikicalc-groups") as pool:
            summed = pool.submit(sum_groups)
            started.wait()  # Polars first: Python work now would keep the thread waiting
            told = self._said()
            meanwhile()
            totals = summed.result()
        names = [n for d in told.indicators if d.kind == "group" for n in d.columns]
        said = self._run(lambda: totals.with_columns(told.groups).select([*self.by, *names]))
        self._groups = said
        return said

    def _group_plan_collect(self) -> pl.DataFrame:
        exact = self._group_plan
        assert exact is not None  # noqa: S101 - checked by the caller
        found = quickly(
            self._quick_groups, lambda: exact, lambda plan: plan.collect(engine="streaming")
        )
        return found.sort(list(self.by), nulls_last=True) if self.by else found

    def lazy(self) -> pl.LazyFrame:
        """The result rows as a ``LazyFrame``, each row with the columns of its ``Σ``
        group from :attr:`groups` (computed first, by a scan of their own: see the module)."""
        return self._lazy()

    def _lazy(
        self, rows: pl.LazyFrame | None = None, totals: pl.DataFrame | None = None
    ) -> pl.LazyFrame:
        """:meth:`lazy` over ``rows`` (the exact read's by default), the group columns taken
        from ``totals`` (:attr:`groups` by default)."""
        rows = self._rows if rows is None else rows
        told = self._said()
        if told.rows:
            rows = rows.with_columns(told.rows)
        if self._group_plan is not None:
            totals = self.groups if totals is None else totals
            names = [n for n in totals.columns if n not in self.by]
            looked_up = with_groups(rows, totals, self.by, names)
            if looked_up is not None:
                return looked_up.select(self._output)
            groups = totals.lazy()  # a key of several columns: joined
            if self.by:
                rows = rows.join(
                    groups,
                    on=list(self.by),
                    how="left",
                    nulls_equal=True,
                    maintain_order="left",
                )
            else:
                rows = rows.join(groups, how="cross", maintain_order="left")
        return rows.select(self._output)

    def collect(self) -> pl.DataFrame:
        """The result rows as a ``DataFrame`` (streaming engine)."""
        return self._run(lambda: self._quickly(None, lambda rows: rows.collect(engine="streaming")))

    def _quickly(self, totals: pl.DataFrame | None, run: Callable[[pl.LazyFrame], _T]) -> _T:
        """``run`` on the result rows over the quick read, or over the exact read when there
        is none or it fails (:func:`ikicalc.evaluation.frame_plans.quickly`); the group
        columns taken from ``totals`` (:attr:`groups` by default)."""
        quick = None if self._quick_rows is None else self._lazy(self._quick_rows, totals)
        return quickly(quick, lambda: self._lazy(None, totals), run)

    def write(self, path: str | os.PathLike[str]) -> Path:
        """Stream the result rows to ``path`` (``.csv`` or ``.parquet``) in bounded memory.

        Written atomically (a temporary file renamed over ``path`` when complete); in CSV,
        every text cell and every column name goes through the spreadsheet guard of the
        report writers (:func:`ikicalc.writers.guard_polars.guard_frame`): text a spreadsheet
        would run as a formula, at the start or after a splitter, gets a ``'``.
        """
        target = Path(path)
        suffix = target.suffix.casefold()
        if suffix not in {".csv", ".parquet"}:
            raise IkiError(
                _("{target}: write the result as .csv or .parquet").format(target=target)
            )
        if suffix == ".csv":
            from types import ModuleType

            guards: list[ModuleType] = []

            def guard_groups(totals: pl.DataFrame) -> pl.DataFrame:
                # the text of the Σ columns guarded in the totals, once a group (the keys
                # are matched as they are)
                texts = [n for n, t in totals.schema.items() if t == pl.String]
                texts = [n for n in texts if n not in self.by]
                safe.update(texts)
                guard = guards[0].guard_expression
                return totals.with_columns(guard(pl.col(n)).alias(n) for n in texts)

            def sink(rows: pl.LazyFrame, out: Path) -> None:
                guards[0].guard_frame(rows, safe=safe).sink_csv(out)

            safe = set(self._safe_text)
            plain: list[bool] = []  # whether the guard would leave the input cells as they are

            def meanwhile() -> None:
                from ikicalc.writers import guard_polars  # imported while Polars sums

                guards.append(guard_polars)
                plain.append(self._plain_input())

            totals = self._summed(meanwhile)
            if self._group_plan is not None:
                totals = guard_groups(totals)
            safe |= set(self._kept) if plain[0] else set()
            atomic_write(
                target,
                lambda out: self._run(lambda: self._quickly(totals, lambda rows: sink(rows, out))),
            )
        else:
            atomic_write(
                target,
                lambda out: self._run(
                    lambda: self._quickly(None, lambda rows: rows.sink_parquet(out))
                ),
            )
        return target

    def _run(self, action: Callable[[], _T]) -> _T:
        try:
            return action()
        except pl.exceptions.PolarsError as error:
            raise IkiError(
                _("{where}: cannot evaluate the data: {error}").format(
                    where=self._where, error=error
                )
            ) from None


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
    safe_text: set[str] = set()
    row_stage: list[pl.Expr] = []
    # the judging steps but the last (Keterangan, which needs the lint: see _told)
    judge_steps: list[list[pl.Expr]] = [[] for _step in range(JUDGING_STEPS - 1)]
    group_aggs: list[pl.Expr] = []
    group_judges: list[list[pl.Expr]] = [[] for _step in range(JUDGING_STEPS - 1)]
    constant_columns: list[pl.Expr] = []
    for plan in plans:
        prefix = f"{plan.id} " if plan.id else ""
        kind, problem, compiled = _prepare(plan, source, columns, constants, compiler)
        judging = _judging(plan)
        if _safe_labels(judging.scale):
            safe_text.add(prefix + "kategori")
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
            keterangan=prefix + "keterangan" if prefix else None,
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
        judged = _judge(names, raw_error, judging)[:-1]
        if kind == "row":
            row_stage += first
        else:
            group_aggs += first
        judging_steps = judge_steps if kind == "row" else group_judges
        for gathered, step in zip(judging_steps, judged, strict=True):
            gathered += step

    clash = [n for d in described for n in d.columns if n in kept]
    if clash:
        raise IkiError(
            _(
                "{where} already has a column {clash}; pass keep=[…] to choose the columns to "
                "carry over"
            ).format(where=source.where, clash=repr(clash[0]))
        )
    numeric = frozenset(compiler.values)
    said = {d.keterangan for d in described}
    summing = None
    if group_aggs:
        summed = [n for d in described if d.kind == "group" for n in d.columns if n not in said]
        summing = GroupWork(group_names, group_aggs, group_judges, [*group_names, *summed])
    work = RowWork(row_stage, judge_steps, constant_columns)
    built = build_plans(source, compiler, work, summing)
    output = [column(name) for name in kept]
    output += [pl.col(n) for d in described for n in d.columns]

    def told() -> _Told:
        return _tell(tuple(described), _lint_findings(definition))

    result = FrameResult(
        tuple(described), group_names, built.rows, built.groups, output, source.where, told
    )
    result._quick_rows, result._quick_groups = built.quick_rows, built.quick_groups
    result._safe_text = frozenset(safe_text)
    result._kept, result._plain_input = kept, source.plain
    result._warnings = lambda: undecided_places(source, numeric)
    result._keep_alive = source.keep_alive  # a transcoded copy of the input lives as long
    return result
