"""The exact engine: a document's plans executed on realisasi data, in ``Fraction``.

:func:`build_report` evaluates each indicator's formula exactly on the values the data gives
for it, computes *capaian* against the target and assigns the category, as the
:class:`~ikicalc.evaluation.plan.IndicatorPlan` of the indicator says. Nothing is lost:

- every indicator of the document is in the report, with its value or with the reason it
  could not be computed (a cell that is not a formula, a missing value, a zero denominator,
  a target that is not a number);
- a formula without ``Σ`` on data with one row per employee (wide data, or long data whose
  rows carry a ``nip``/``nama``) is evaluated per employee: one report row each, labelled
  with the employee and in data order;
- data values for an indicator id that the document does not have become report rows with
  that error, and values no formula uses are listed in :attr:`Report.unused`.

The data is indexed once (by indicator id and variable), so a report is linear in the
number of indicators plus the number of values.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from fractions import Fraction

from ikicalc.documents import Document, Indicator
from ikicalc.errors import IkiError
from ikicalc.evaluation.plan import (
    DEFAULT_SCALE,
    Column,
    Constant,
    IndicatorPlan,
    Judging,
    RowCount,
    Unbound,
    bind,
    counted,
    per_row_in_sum,
    plan_document,
)
from ikicalc.evaluation.rows import Finding, Report, ReportRow, with_plausibility
from ikicalc.i18n import _, translate
from ikicalc.lang import ast
from ikicalc.lang.formula import Formula
from ikicalc.names import name_key
from ikicalc.numbers import indonesian
from ikicalc.realisasi import RealisasiData, RealisasiValue
from ikicalc.realisasi.undecided import with_data_warnings
from ikicalc.rules.capaian import capaian

__all__ = ["DEFAULT_SCALE", "Finding", "Report", "ReportRow", "build_report"]


Progress = Callable[[int], None]
"""Called with the number of indicators done since the last call."""

_TARGET = "target"


@dataclass(frozen=True)
class _PerRow:
    """A value that stands for a column holding it on every data row (of the group): a
    ``konstanta`` under ``Σ``, or the one each row counts (``Σ Pegawai``)."""

    value: Fraction


def _spread(fixed: Mapping[str, object], rows: int) -> dict[str, object]:
    """``fixed`` with each :class:`_PerRow` as one value per row."""
    return {
        name: (value.value,) * rows if isinstance(value, _PerRow) else value
        for name, value in fixed.items()
    }


def _only_summed(formula: Formula) -> set[str]:
    """Keys of the variables that appear only under ``Σ``."""
    summed, plain = ast.split_sums(formula.expr)
    return {name_key(v.name) for v in summed} - {name_key(v.name) for v in plain}
_WHO = ("nama", "nama pegawai", "pegawai", "nip", "kelurahan", "desa")


class _Index:
    """The data's values indexed once: per indicator id (``None``: values of every
    indicator, as in wide data) and variable key, in file order."""

    def __init__(self, data: RealisasiData, by: tuple[str, ...] = ()) -> None:
        self.data = data
        self.by = tuple(name.casefold() for name in by)
        self.by_indicator: dict[str | None, list[RealisasiValue]] = {}
        for value in data.values:
            self.by_indicator.setdefault(value.indikator, []).append(value)
        self.used: set[int] = set()
        self._data_rows: tuple[int, ...] | None = None

    def values(self, indicator_id: str) -> list[RealisasiValue]:
        own = self.by_indicator.get(indicator_id, [])
        shared = self.by_indicator.get(None, [])
        return own + shared if own and shared else own or shared

    def data_rows(self) -> tuple[int, ...]:
        """Every row of wide data, with or without usable values (its problems listed);
        worked out once, not once per indicator."""
        if self._data_rows is None:
            rows = {value.row for value in self.data.values}
            rows.update(p.row for p in self.data.problems if p.row is not None)
            self._data_rows = tuple(sorted(rows))
        return self._data_rows

    def why_missing(
        self, variable: str, columns: Mapping[str, list[RealisasiValue]], row: int
    ) -> str:
        """Why row ``row`` has no value of ``variable``: the cell's problem, if it had one."""
        column = columns[variable][0].column if columns.get(variable) else variable
        problem = self.data.problem_at(row, column)
        if problem is not None:
            return str(problem)
        return _("no value of '{name}' in row {row} of {source}").format(
            name=variable, row=row, source=self.data.source
        )

    def row_count(self) -> int:
        """How many rows the data has: a row whose every cell is a problem still stands for
        one employee (``Σ Pegawai``), as the Polars engine counts it."""
        return len(self.data_rows())


def build_report(
    document: Document,
    data: RealisasiData,
    *,
    kategori: str | None = DEFAULT_SCALE,
    progress: Progress | None = None,
    by: str | Sequence[str] | None = None,
) -> Report:
    """Evaluate every indicator of ``document`` on ``data`` (see the module docstring).

    ``kategori`` names the scale for capaian (``None``: no category unless the indicator
    names one). ``progress`` is told of each indicator done. ``by`` names identifying
    columns of wide data (``unit``, ``kelurahan``) that group the ``Σ`` formulas: one row
    per group, as :func:`ikicalc.evaluate_frame` groups them.
    """
    groups = (by,) if isinstance(by, str) else tuple(by or ())
    missing = [name for name in groups if name.casefold() not in _label_names(data)]
    if missing:
        raise IkiError(
            _(
                "by names {name}, but {source} has no such identifying column "
                "(its identifying columns: {columns})"
            ).format(
                name=repr(missing[0]),
                source=data.source,
                columns=", ".join(data.id_columns) or _("none"),
            )
        )
    index = _Index(data, groups)
    targets = _data_targets(index)
    plans = plan_document(document, kategori=kategori)
    findings = _findings(document)
    rows: list[ReportRow] = []
    for plan in plans:
        if plan.indicator is not None and plan.indicator.target is None and plan.id in targets:
            plan = plan.with_target(targets[plan.id])
        found = findings.get(plan.id, ())
        rows += (
            with_data_warnings(
                with_plausibility(replace(row, lint=found) if found else row, plan.formula),
                plan.formula,
                data.warnings,
            )
            for row in _indicator_rows(plan, index)
        )
        if progress is not None:
            progress(1)
    known = {plan.id for plan in plans}
    for value in data.values:
        if value.indikator is not None and value.indikator not in known:
            index.used.add(id(value))
            rows.append(_orphan(value, data.source))
    unused = tuple(v for v in data.values if id(v) not in index.used)
    return Report(tuple(rows), unused, data.warnings)


def _findings(document: Document) -> dict[str, tuple[Finding, ...]]:
    """The lint findings of every indicator, by id (the document is checked once)."""
    from ikicalc.diagnostics.api import lint
    from ikicalc.diagnostics.diagnostic import CODES

    found: dict[str, list[Finding]] = {}
    for diagnostic in lint(document):
        if diagnostic.indicator is not None:
            message = diagnostic.message.split("\n", 1)[0]
            summary = (
                translate(CODES[diagnostic.code].summary) if diagnostic.code in CODES else message
            )
            finding = Finding(diagnostic.code, message, summary)
            found.setdefault(diagnostic.indicator, []).append(finding)
    return {key: tuple(value) for key, value in found.items()}


def _data_targets(index: _Index) -> dict[str, Decimal]:
    """Targets given in long data, as rows whose variabel is ``target``."""
    targets = {}
    for value in index.data.values:
        if value.indikator is not None and name_key(value.variabel) == _TARGET:
            index.used.add(id(value))
            targets[value.indikator] = Decimal(value.nilai.numerator) / value.nilai.denominator
    return targets


def _orphan(value: RealisasiValue, source: str) -> ReportRow:
    return ReportRow(
        jabatan="",
        indikator_id=value.indikator or "",
        sasaran=None,
        indikator="",
        formula=None,
        satuan=None,
        target=None,
        realisasi=value.nilai,
        data_row=value.row,
        error=f"{source}:{value.row}: "
        + _("the document has no indicator {id} (value of '{name}')").format(
            id=repr(value.indikator), name=value.variabel
        ),
    )


def _target_text(indicator: Indicator) -> str | None:
    target = indicator.target
    if target is None:
        return None
    if isinstance(target, tuple):
        return f"{_plain(target[0])} – {_plain(target[1])}"
    return _plain(target) if isinstance(target, Decimal) else target


def _plain(value: Decimal) -> str:
    return indonesian(value.normalize())


def _base(plan: IndicatorPlan) -> ReportRow:
    indicator, jabatan = plan.indicator, plan.jabatan
    assert indicator is not None  # noqa: S101 - plans of a document
    assert jabatan is not None  # noqa: S101
    return ReportRow(
        jabatan=jabatan.nama,
        indikator_id=indicator.id,
        sasaran=indicator.sasaran,
        indikator=indicator.indikator,
        formula=indicator.formula,
        satuan=indicator.satuan,
        target=_target_text(indicator),
    )


def _indicator_rows(plan: IndicatorPlan, index: _Index) -> Iterator[ReportRow]:
    base = _base(plan)
    values = index.values(plan.id)
    if plan.kind == "direct":
        # Nothing to compute: the data gives the realisasi itself (the IKM value of a scale
        # row, the count of a target row).
        direct = [v for v in values if name_key(v.variabel) != _TARGET]
        index.used.update(id(v) for v in direct)
        if len(direct) != 1:
            yield replace(
                base,
                error=_(
                    "{problem}: give the realisasi as one value for indicator {id} "
                    "(the data has {count})"
                ).format(problem=plan.problem, id=plan.id, count=len(direct)),
            )
            return
        yield _scored(replace(base, data_row=direct[0].row), plan.judging, direct[0].nilai)
        return
    if plan.kind == "none" or plan.formula is None:
        yield replace(base, error=plan.problem)
        return
    formula = plan.formula
    wide = index.data.form == "wide"
    groups: dict[str, list[RealisasiValue]] = {}
    for value in values:
        groups.setdefault(name_key(value.variabel), []).append(value)
    if wide:
        identifying = {name_key(n) for n in index.data.id_columns}
        names = [n for n in index.data.columns if name_key(n) not in identifying]
    else:
        names = [group[0].variabel for group in groups.values()]
    bound = bind(plan, names, where=index.data.source, per_row=wide)
    fixed: dict[str, object] = {}
    columns: dict[str, list[RealisasiValue]] = {}
    # A row count sums the rows, so the formula adds up over the rows (as Σ does), the same
    # decision as the frame engine's.
    summed = plan.summed or any(isinstance(b, RowCount) for b in bound.values())
    grouped = summed and bool(index.by) and index.data.form == "wide"
    problems = [b.reason for b in bound.values() if isinstance(b, Unbound)]
    index.used.update(
        id(v)
        for b in bound.values()
        if isinstance(b, Column)
        for v in groups.get(name_key(b.name), ())
    )
    if problems:
        yield replace(base, error=problems[0])
        return
    formula = counted(formula, bound)
    refused = per_row_in_sum(formula, bound) if wide else None
    if refused is not None:
        yield replace(base, error=refused)
        return
    per_row_sums = summed and wide
    only_summed = _only_summed(formula) if per_row_sums else set()
    for variable in formula.variables:
        binding = bound[name_key(variable)]
        if isinstance(binding, Column):
            columns[variable] = groups.get(name_key(binding.name), [])
            if per_row_sums:
                problem = index.data.column_problem(binding.name)
                if problem is not None:
                    yield replace(base, error=f"Σ {variable}: {problem}")
                    return
        elif isinstance(binding, Constant):
            # over per-row data a constant stands for a column holding it on every row, so
            # its Σ counts it once per row (as the frame engine does)
            in_sums = name_key(variable) in only_summed
            fixed[variable] = _PerRow(binding.value) if in_sums else binding.value
        elif isinstance(binding, RowCount):
            fixed[variable] = _PerRow(Fraction(1))
    if grouped:
        yield from _per_group(base, plan, formula, columns, fixed, index)
        return
    if summed or (not wide and all(len(group) == 1 for group in columns.values())):
        numbers = {**_spread(fixed, index.row_count()), **_numbers(columns)}
        yield _evaluated(base, plan, formula, numbers)
        return
    wide = index.data.form == "wide"
    for row_number, who, row_values in _per_employee(columns, wide, index.data_rows()):
        row = replace(base, pegawai=who, data_row=row_number)
        missing = [name for name in columns if name not in row_values]
        if missing:
            yield replace(row, error=index.why_missing(missing[0], columns, row_number))
            continue
        yield _evaluated(row, plan, formula, {**fixed, **_numbers(row_values)})


def _label_names(data: RealisasiData) -> set[str]:
    return {name.casefold() for name in data.id_columns}


def _group_of(labels: tuple[tuple[str, str], ...], by: tuple[str, ...]) -> tuple[str, ...]:
    cells = {name.casefold(): text for name, text in labels}
    return tuple(cells.get(name, "") for name in by)


def _per_group(
    base: ReportRow,
    plan: IndicatorPlan,
    formula: Formula,
    columns: Mapping[str, list[RealisasiValue]],
    fixed: Mapping[str, object],
    index: _Index,
) -> Iterator[ReportRow]:
    """A ``Σ`` formula over wide data grouped ``by`` identifying columns: one row per group,
    in order of the group's first data row; a row count counts the group's rows."""
    grouped: dict[tuple[str, ...], dict[str, list[RealisasiValue]]] = {}
    first: dict[tuple[str, ...], int] = {}
    rows_of: dict[tuple[str, ...], set[int]] = {}
    for name, values in columns.items():
        for value in values:
            key = _group_of(value.labels, index.by)
            grouped.setdefault(key, {}).setdefault(name, []).append(value)
            first[key] = min(first.get(key, value.row), value.row)
            rows_of.setdefault(key, set()).add(value.row)
    for key in sorted(grouped, key=lambda k: first[k]):
        numbers = _spread(fixed, len(rows_of[key]))
        numbers.update({name: tuple(v.nilai for v in vs) for name, vs in grouped[key].items()})
        row = replace(base, pegawai=" / ".join(key), data_row=first[key])
        yield _evaluated(row, plan, formula, numbers)


def _numbers(values: Mapping[str, Sequence[RealisasiValue]]) -> dict[str, object]:
    return {
        name: group[0].nilai if len(group) == 1 else tuple(v.nilai for v in group)
        for name, group in values.items()
    }


def _per_employee(
    columns: Mapping[str, list[RealisasiValue]], wide: bool, data_rows: Sequence[int]
) -> Iterator[tuple[int, str | None, dict[str, list[RealisasiValue]]]]:
    """The values of each employee, in data order. Wide data pairs the values of one row,
    and every data row is there, with the values it has; long data pairs the values whose
    identifying cells (``nip``, ``nama`` …) agree, else the n-th value of each variable. A
    variable with one value is shared by every row (long data)."""
    constants = {name: group for name, group in columns.items() if len(group) == 1}
    rows: dict[object, dict[str, list[RealisasiValue]]] = {}
    first_row: dict[object, int] = {}
    labels: dict[object, tuple[tuple[str, str], ...]] = {}
    if wide:
        constants = {}
        for number in data_rows:
            rows[number], first_row[number], labels[number] = {}, number, ()
    for name, group in columns.items():
        if len(group) == 1 and not wide:
            continue
        for position, value in enumerate(group):
            key: object = value.row if wide else (value.labels or position)
            rows.setdefault(key, dict(constants))[name] = [value]
            first_row[key] = min(first_row.get(key, value.row), value.row)
            if not labels.get(key):
                labels[key] = value.labels
    for key in sorted(rows, key=lambda k: first_row[k]):
        yield first_row[key], _who(labels[key]), rows[key]


def _who(labels: tuple[tuple[str, str], ...]) -> str | None:
    by_name = {name.casefold(): text for name, text in labels}
    for column in _WHO:
        if column in by_name:
            return by_name[column]
    return labels[0][1] if labels else None


def _evaluated(
    base: ReportRow, plan: IndicatorPlan, formula: Formula, numbers: dict[str, object]
) -> ReportRow:
    try:
        result = formula.evaluate(numbers, units=plan.units or None)
    except IkiError as error:
        return replace(base, error=_first_line(error))
    row = replace(base, satuan=base.satuan or result.unit)
    return _scored(row, plan.judging, result.exact)


def _scored(row: ReportRow, judging: Judging, realisasi: Fraction) -> ReportRow:
    """Capaian and kategori of ``realisasi`` as ``judging`` says; a problem with either is
    the row's error, the realisasi kept."""
    row = replace(row, realisasi=realisasi)
    problems = [p for p in (judging.target_problem, judging.scale_problem) if p]
    achieved = None
    try:
        if judging.target is not None:
            achieved = capaian(realisasi, judging.target, judging.polarity, exact=True)
        category = None
        if judging.scale is not None:
            if judging.scale_on == "realisasi":
                category = judging.scale.classify(realisasi).label
            elif achieved is not None:
                category = judging.scale.classify(achieved).label
    except IkiError as error:
        return replace(row, capaian=achieved, error=_first_line(error))
    first = problems[0] if problems else None
    nilai = None
    if judging.nilai and achieved is not None:
        from ikicalc.rules.iki_2021 import nilai_capaian_iki

        nilai = nilai_capaian_iki(achieved).exact
    return replace(row, capaian=achieved, kategori=category, nilai=nilai, error=first)


def _first_line(error: IkiError) -> str:
    """The message of an error without its caret excerpt (the report shows the formula), its
    place in the formula said in words."""
    return error.in_words()
