"""Capaian, kategori and nilai of :func:`ikicalc.evaluate_frame` as Polars expressions over a
realisasi column, with the rules of the scalar path (targets, polarity, scale boundaries), and
the Keterangan once the document's lint is known (:func:`_tell`)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

import polars as pl
from polars.expr.whenthen import ChainedThen, Then

from ikicalc.documents import Document
from ikicalc.evaluation.frame_compile import _first, _no_string
from ikicalc.evaluation.plan import IndicatorPlan
from ikicalc.i18n import _
from ikicalc.lang.formula import Formula
from ikicalc.rules.scales import Scale

if TYPE_CHECKING:
    from ikicalc.evaluation.frame import IndicatorColumns

_NUDGE = 1e-12


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
                _(
                    "realisasi is below the range target starting at 0, so capaian cannot be "
                    "a percentage of it: check the realisasi"
                )
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


def _kategori(realisasi: pl.Expr, found: Scale | None) -> pl.Expr:
    """The scale's label for ``realisasi`` (null where no range holds it)."""
    if found is None:
        return _no_string()
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
    return chain.otherwise(_no_string())


def _outside(realisasi: pl.Expr, found: Scale, label: pl.Expr) -> pl.Expr:
    """The error of a row whose ``realisasi`` no range of the scale holds (its ``label``
    null)."""
    name = f" '{found.name}'" if found.name else ""
    return pl.when(realisasi.is_not_null() & label.is_null()).then(
        pl.lit(
            _("the realisasi is outside the scale{name}: it covers {coverage}").format(
                name=name, coverage=found.coverage()
            )
        )
    )


JUDGING_STEPS = 3
"""The steps of :func:`_judge`, one ``with_columns`` each."""


def _judge(
    names: IndicatorColumns,
    raw_error: str,
    judging: _Judging,
    findings: Sequence[str] = (),
    warnings: Sequence[pl.Expr] = (),
) -> list[list[pl.Expr]]:
    """Capaian, kategori, the final error and the Keterangan of an indicator from its
    realisasi column, in :data:`JUDGING_STEPS` steps (one ``with_columns`` each: a step
    reads the columns the steps before wrote, so that the kategori of a row is found once,
    not again for its error and its Keterangan). Keterangan holds the error, the
    indicator's lint ``findings``, the plausibility warnings of the row's values and any
    other per-row ``warnings`` (``String`` expressions, ``CODE: message`` or null)."""
    realisasi = pl.col(names.realisasi)
    value, capaian_error = _capaian(realisasi, judging)
    judged = realisasi if judging.on_realisasi else value
    label = _kategori(judged, judging.scale)
    first = [value.alias(names.capaian), label.alias(names.kategori)]
    if names.nilai is not None:
        first.append(_nilai(value).alias(names.nilai))
    errors = [pl.col(raw_error)]
    if capaian_error is not None:
        errors.append(capaian_error)
    if judging.scale is not None:  # the label as the step before wrote it
        written = realisasi if judging.on_realisasi else pl.col(names.capaian)
        errors.append(_outside(written, judging.scale, pl.col(names.kategori)))
    if judging.problem is not None:
        errors.append(pl.lit(judging.problem, dtype=pl.String))
    second = [_first(errors).alias(names.error)]
    return [first, second, _said(names, findings, warnings)]


def _said(
    names: IndicatorColumns, findings: Sequence[str] = (), warnings: Sequence[pl.Expr] = ()
) -> list[pl.Expr]:
    """The last step of :func:`_judge`: the Keterangan of an indicator (none for a single
    formula), from the columns the steps before wrote."""
    from ikicalc.evaluation.frame_plausibility import keterangan, value_warnings

    if names.keterangan is None:
        return []
    realisasi = pl.col(names.realisasi)
    doubts = [*value_warnings(names.formula, realisasi, pl.col(names.capaian)), *warnings]
    return [keterangan(pl.col(names.error), findings, doubts).alias(names.keterangan)]


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
            pl.when(condition).then(nilai) if chain is None else chain.when(condition).then(nilai)
        )
    assert chain is not None  # noqa: S101 - the table has pieces
    return chain.otherwise(pl.lit(None, dtype=pl.Float64))


@dataclass(frozen=True)
class _Told:
    """What a result says once the document's lint is known: its indicators with their
    findings, and the Keterangan columns of the rows and of the ``Σ`` groups."""

    indicators: tuple[IndicatorColumns, ...]
    rows: list[pl.Expr] = field(default_factory=list)
    groups: list[pl.Expr] = field(default_factory=list)


def _tell(
    described: tuple[IndicatorColumns, ...], findings: Mapping[str, tuple[str, ...]]
) -> _Told:
    """The indicators with their lint ``findings``, and their Keterangan columns: for the
    rows, for the ``Σ`` groups (computed on the totals), a constant where not computable."""
    told = tuple(replace(d, findings=findings.get(d.id, ())) for d in described)
    rows: list[pl.Expr] = []
    groups: list[pl.Expr] = []
    for names in told:
        if names.kind != "none":
            (rows if names.kind == "row" else groups).extend(_said(names, names.findings))
        elif names.keterangan is not None:
            said = "; ".join(p for p in (names.problem, *names.findings) if p) or None
            rows.append(pl.lit(said, dtype=pl.String).alias(names.keterangan))
    return _Told(told, rows, groups)


def _safe_labels(scale: Scale | None) -> bool:
    """Whether every label of ``scale`` is written as it is by the spreadsheet guard."""
    from ikicalc.writers.guard import spreadsheet_text

    if scale is None:
        return True
    return all(spreadsheet_text(c.label) == c.label for c in scale.categories)


def _lint_findings(definition: Document | Formula | str) -> dict[str, tuple[str, ...]]:
    """A document's lint findings by indicator id, written as the report's Keterangan
    writes them (``W102: …``): the same list as :func:`ikicalc.build_report`'s rows."""
    if not isinstance(definition, Document):
        return {}
    from ikicalc.evaluation.exact import _findings

    return {
        key: tuple(str(finding) for finding in found)
        for key, found in _findings(definition).items()
    }
