"""The Polars plans of :func:`ikicalc.evaluate_frame`: the rows, and the ``Σ`` group totals, each
once over the exact read of the input and, for a CSV file, once over its quick read, which is
tried first (:func:`quickly`) and gives the same rows or fails.

The exact read takes every cell of a CSV file as text, any byte that is not UTF-8 replaced
(Polars checks each cell's bytes on its own). The quick read checks the whole file's bytes at
once (strict UTF-8) and, for the group totals, reads the number columns with Polars' integer
parser (:attr:`ikicalc.evaluation.frame_source._Source.quick`), where the exact read takes text
and parses it again. A cell it does not take fails the whole read, never gives another number:
the exact read then runs, as it always did. The rows keep their input columns as text in both
(written back as written: ``007`` stays ``007``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar

import polars as pl

from ikicalc.evaluation.frame_compile import _ROW, _Compiler
from ikicalc.evaluation.frame_source import _Source

__all__ = ["Plans", "build_plans", "quickly"]

_T = TypeVar("_T")
_P = TypeVar("_P")


def _with_steps(frame: pl.LazyFrame, steps: Sequence[Sequence[pl.Expr]]) -> pl.LazyFrame:
    """``frame`` with the columns of each step added, one ``with_columns`` a step."""
    for step in steps:
        if step:
            frame = frame.with_columns(step)
    return frame


@dataclass(frozen=True)
class RowWork:
    """What the rows plan computes after the numbers are read: the per-row indicators, their
    judging steps, and the columns of indicators that are not computable (constants)."""

    stage: list[pl.Expr]
    judging: list[list[pl.Expr]]
    constants: list[pl.Expr]


@dataclass(frozen=True)
class GroupWork:
    """What the group plan computes: the ``Σ`` aggregates over ``by``, their judging steps
    and the columns it keeps (``by``, then the indicators' columns)."""

    by: tuple[str, ...]
    aggregates: list[pl.Expr]
    judging: list[list[pl.Expr]]
    columns: list[str]


@dataclass(frozen=True)
class Plans:
    """The rows and the group totals (``None``: no ``Σ`` indicator), over the exact read,
    and over the quick read where there is one (else ``None``)."""

    rows: pl.LazyFrame
    groups: pl.LazyFrame | None
    quick_rows: pl.LazyFrame | None = None
    quick_groups: pl.LazyFrame | None = None


def _rows(read: pl.LazyFrame, steps: list[list[pl.Expr]], work: RowWork) -> pl.LazyFrame:
    rows = _with_steps(read, steps)
    if work.stage:
        rows = _with_steps(rows.with_columns(work.stage), work.judging)
    if work.constants:
        rows = rows.with_columns(work.constants)
    return rows


def _groups(read: pl.LazyFrame, steps: list[list[pl.Expr]], work: GroupWork) -> pl.LazyFrame:
    # a plan of its own, the row index naming the first row of a group's problem
    summed = _with_steps(read.with_row_index(_ROW, offset=1), steps)
    if work.by:
        summary = summed.group_by(list(work.by)).agg(work.aggregates)
    else:
        summary = summed.select(work.aggregates)
    return _with_steps(summary, work.judging).select(work.columns)


def build_plans(
    source: _Source, compiler: _Compiler, rows: RowWork, groups: GroupWork | None
) -> Plans:
    """The plans over ``source``'s exact read and, where it has one, its quick read: the
    rows over the quick read with every column as text (the same columns, the same
    expressions), the group totals over the quick read with the number columns but the
    ``by`` keys as whole numbers (the keys stay text: ``007`` and ``7`` are two groups)."""
    numeric = frozenset(compiler.values)
    steps = compiler.clean_columns()
    read = source.read(numeric)
    exact = Plans(_rows(read, steps, rows), _groups(read, steps, groups) if groups else None)
    if source.quick is None:
        return exact
    quick_rows = _rows(source.quick(frozenset()).read(numeric), steps, rows)
    quick_groups = None
    if groups is not None:
        summing = source.quick(numeric - frozenset(groups.by))
        typed = _Compiler(summing)
        typed.values = dict(compiler.values)
        quick_groups = _groups(summing.read(numeric), typed.clean_columns(), groups)
    return Plans(exact.rows, exact.groups, quick_rows, quick_groups)


def quickly(quick: _P | None, exact: Callable[[], _P], run: Callable[[_P], _T]) -> _T:
    """``run(quick)``, or ``run(exact())`` when there is no quick plan or it fails (a Polars
    error: a cell the quick read does not take, a byte that is not UTF-8; an error of the
    exact plan itself is then raised by ``run(exact())``)."""
    if quick is not None:
        try:
            return run(quick)
        except pl.exceptions.PolarsError:
            pass
    return run(exact())
