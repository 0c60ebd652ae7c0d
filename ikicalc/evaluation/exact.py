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
from dataclasses import dataclass, field, replace
from decimal import Decimal
from fractions import Fraction

from ikicalc.capaian import capaian
from ikicalc.document import Document, Indicator
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
    plan_document,
)
from ikicalc.names import name_key
from ikicalc.realisasi import RealisasiData, RealisasiValue

__all__ = ["DEFAULT_SCALE", "Report", "ReportRow", "build_report"]


@dataclass(frozen=True)
class ReportRow:
    """One line of the report: an indicator, or an indicator for one employee of wide data."""

    jabatan: str
    indikator_id: str
    sasaran: str | None
    indikator: str
    formula: str | None
    satuan: str | None
    target: str | None
    realisasi: Fraction | None = None
    capaian: Fraction | None = None
    kategori: str | None = None
    pegawai: str | None = None
    data_row: int | None = None
    error: str | None = None


@dataclass(frozen=True)
class Report:
    """The rows of a report, and what of the data no indicator used."""

    rows: tuple[ReportRow, ...]
    unused: tuple[RealisasiValue, ...] = field(default=())

    @property
    def errors(self) -> int:
        """How many rows could not be computed."""
        return sum(row.error is not None for row in self.rows)


Progress = Callable[[int], None]
"""Called with the number of indicators done since the last call."""

_TARGET = "target"
_WHO = ("nama", "nama pegawai", "pegawai", "nip", "kelurahan", "desa")


class _Index:
    """The data's values indexed once: per indicator id (``None``: values of every
    indicator, as in wide data) and variable key, in file order."""

    def __init__(self, data: RealisasiData) -> None:
        self.data = data
        self.by_indicator: dict[str | None, list[RealisasiValue]] = {}
        for value in data.values:
            self.by_indicator.setdefault(value.indikator, []).append(value)
        self.used: set[int] = set()
        self._row_count: int | None = None

    def values(self, indicator_id: str) -> list[RealisasiValue]:
        own = self.by_indicator.get(indicator_id, [])
        shared = self.by_indicator.get(None, [])
        return own + shared if own and shared else own or shared

    def row_count(self) -> int:
        if self._row_count is None:
            self._row_count = len({value.row for value in self.data.values})
        return self._row_count


def build_report(
    document: Document,
    data: RealisasiData,
    *,
    kategori: str | None = DEFAULT_SCALE,
    progress: Progress | None = None,
) -> Report:
    """Evaluate every indicator of ``document`` on ``data`` (see the module docstring).

    ``kategori`` names the scale for capaian (``None``: no category unless the indicator
    names one). ``progress`` is told of each indicator done.
    """
    index = _Index(data)
    targets = _data_targets(index)
    plans = plan_document(document, kategori=kategori)
    rows: list[ReportRow] = []
    for plan in plans:
        if plan.indicator is not None and plan.indicator.target is None and plan.id in targets:
            plan = plan.with_target(targets[plan.id])
        rows += _indicator_rows(plan, index)
        if progress is not None:
            progress(1)
    known = {plan.id for plan in plans}
    for value in data.values:
        if value.indikator is not None and value.indikator not in known:
            index.used.add(id(value))
            rows.append(_orphan(value, data.source))
    unused = tuple(v for v in data.values if id(v) not in index.used)
    return Report(tuple(rows), unused)


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
        error=(
            f"{source}:{value.row}: the document has no indicator {value.indikator!r} "
            f"(value of '{value.variabel}')"
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
    return format(value.normalize(), "f").replace(".", ",")


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
            what = "a target" if base.formula is None else "a scale or a target"
            yield replace(
                base,
                error=f"the formula cell holds {what}, not a formula: give the realisasi as "
                f"one value for indicator {plan.id} (the data has {len(direct)})",
            )
            return
        yield _scored(replace(base, data_row=direct[0].row), plan.judging, direct[0].nilai)
        return
    if plan.kind == "none" or plan.formula is None:
        yield replace(base, error=plan.problem)
        return
    formula = plan.formula
    groups: dict[str, list[RealisasiValue]] = {}
    for value in values:
        groups.setdefault(name_key(value.variabel), []).append(value)
    names = [group[0].variabel for group in groups.values()]
    bound = bind(plan, names, where=index.data.source, per_row=index.data.form == "wide")
    fixed: dict[str, object] = {}
    columns: dict[str, list[RealisasiValue]] = {}
    problems = [b.reason for b in bound.values() if isinstance(b, Unbound)]
    index.used.update(
        id(v) for b in bound.values() if isinstance(b, Column) for v in groups[name_key(b.name)]
    )
    if problems:
        yield replace(base, error=problems[0])
        return
    for variable in formula.variables:
        binding = bound[name_key(variable)]
        if isinstance(binding, Column):
            columns[variable] = groups[name_key(binding.name)]
        elif isinstance(binding, Constant):
            fixed[variable] = binding.value
        elif isinstance(binding, RowCount):
            fixed[variable] = index.row_count()
    if plan.summed or all(len(group) == 1 for group in columns.values()):
        numbers = {**fixed, **_numbers(columns)}
        yield _evaluated(base, plan, numbers)
        return
    for row_number, who, row_values in _per_employee(columns, index.data.form == "wide"):
        yield _evaluated(
            replace(base, pegawai=who, data_row=row_number),
            plan,
            {**fixed, **_numbers(row_values)},
        )


def _numbers(values: Mapping[str, Sequence[RealisasiValue]]) -> dict[str, object]:
    return {
        name: group[0].nilai if len(group) == 1 else tuple(v.nilai for v in group)
        for name, group in values.items()
    }


def _per_employee(
    columns: Mapping[str, list[RealisasiValue]], wide: bool
) -> Iterator[tuple[int, str | None, dict[str, list[RealisasiValue]]]]:
    """The values of each employee, in data order. Wide data pairs the values of one row;
    long data pairs the values whose identifying cells (``nip``, ``nama`` …) agree, else
    the n-th value of each variable. A variable with one value is shared by every row."""
    constants = {name: group for name, group in columns.items() if len(group) == 1}
    rows: dict[object, dict[str, list[RealisasiValue]]] = {}
    first_row: dict[object, int] = {}
    labels: dict[object, tuple[tuple[str, str], ...]] = {}
    for name, group in columns.items():
        if len(group) == 1:
            continue
        for position, value in enumerate(group):
            key: object = value.row if wide else (value.labels or position)
            rows.setdefault(key, dict(constants))[name] = [value]
            first_row[key] = min(first_row.get(key, value.row), value.row)
            labels.setdefault(key, value.labels)
    for key in sorted(rows, key=lambda k: first_row[k]):
        yield first_row[key], _who(labels[key]), rows[key]


def _who(labels: tuple[tuple[str, str], ...]) -> str | None:
    by_name = {name.casefold(): text for name, text in labels}
    for column in _WHO:
        if column in by_name:
            return by_name[column]
    return labels[0][1] if labels else None


def _evaluated(base: ReportRow, plan: IndicatorPlan, numbers: dict[str, object]) -> ReportRow:
    assert plan.formula is not None  # noqa: S101 - formula plans only
    try:
        result = plan.formula.evaluate(numbers, units=plan.units or None)
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
    return replace(row, capaian=achieved, kategori=category, error=first)


def _first_line(error: IkiError) -> str:
    """The message of an error without its caret excerpt (the report shows the formula)."""
    return str(error).split("\n", 1)[0]
