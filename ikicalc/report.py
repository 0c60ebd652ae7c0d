"""The achievement report: every indicator of a document evaluated on realisasi data.

:func:`build_report` evaluates each indicator's formula exactly on the values the data gives
for it, computes *capaian* against the target and assigns the category. Nothing is lost:

- every indicator of the document is in the report, with its value or with the reason it
  could not be computed (a cell that is not a formula, a missing value, a zero denominator,
  a target that is not a number);
- a formula without ``Σ`` on data with one row per employee (wide data) is evaluated per row:
  one report row per employee, labelled with the row's ``nama``/``nip``;
- data values for an indicator id that the document does not have become report rows with
  that error, and values no formula uses are listed in :attr:`Report.unused`.

The category: an indicator that names a scale (``kategori``) classifies its realisasi (as
the IKM scale of 003-001 does); otherwise the report's scale (default ``skp-2013``)
classifies capaian.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from decimal import Decimal
from fractions import Fraction

from ikicalc import ast
from ikicalc.capaian import capaian
from ikicalc.cells import CellKind, read_cell
from ikicalc.document import Document, Indicator, Jabatan
from ikicalc.errors import IkiError
from ikicalc.formula import Formula
from ikicalc.names import counts_rows, name_key
from ikicalc.realisasi import RealisasiData, RealisasiValue
from ikicalc.scales import Scale, kategori_scale, scale
from ikicalc.target import parse_target

__all__ = ["DEFAULT_SCALE", "Report", "ReportRow", "build_report"]

DEFAULT_SCALE = "skp-2013"
"""The scale that classifies capaian when an indicator names none (PermenPAN-RB 2013 SKP)."""


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
    default_scale = scale(kategori) if kategori else None
    rows: list[ReportRow] = []
    used: set[int] = set()
    known_ids = set()
    targets = _data_targets(data, used)
    for jabatan, indicator in document.iter_indicators():
        known_ids.add(indicator.id)
        if indicator.target is None and indicator.id in targets:
            indicator = indicator.model_copy(update={"target": targets[indicator.id]})
        rows += _indicator_rows(jabatan, indicator, data, default_scale, used)
        if progress is not None:
            progress(1)
    for value in data.values:
        if value.indikator is not None and value.indikator not in known_ids:
            used.add(id(value))
            rows.append(_orphan(value, data.source))
    unused = tuple(v for v in data.values if id(v) not in used)
    return Report(tuple(rows), unused)


def _data_targets(data: RealisasiData, used: set[int]) -> dict[str, Decimal]:
    """Targets given in long data, as rows whose variabel is ``target``."""
    targets = {}
    for value in data.values:
        if value.indikator is not None and name_key(value.variabel) == _TARGET:
            used.add(id(value))
            targets[value.indikator] = Decimal(value.nilai.numerator) / value.nilai.denominator
    return targets


_TARGET = "target"


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


def _indicator_rows(
    jabatan: Jabatan,
    indicator: Indicator,
    data: RealisasiData,
    default_scale: Scale | None,
    used: set[int],
) -> Iterator[ReportRow]:
    base = ReportRow(
        jabatan=jabatan.nama,
        indikator_id=indicator.id,
        sasaran=indicator.sasaran,
        indikator=indicator.indikator,
        formula=indicator.formula,
        satuan=indicator.satuan,
        target=_target_text(indicator),
    )
    cell = read_cell(indicator.formula) if indicator.formula is not None else None
    if cell is None or cell.kind in (CellKind.SCALE, CellKind.TARGET):
        # Nothing to compute: the data gives the realisasi itself (the IKM value of a scale
        # row, the count of a target row).
        direct = [
            v
            for v in data.values
            if v.indikator == indicator.id and name_key(v.variabel) != _TARGET
        ]
        used.update(id(v) for v in direct)
        if len(direct) != 1:
            what = "a target" if cell is None else f"a {cell.kind.value}"
            yield replace(
                base,
                error=f"the formula cell holds {what}, not a formula: give the realisasi as "
                f"one value for indicator {indicator.id} (the data has {len(direct)})",
            )
            return
        row = replace(base, data_row=direct[0].row)
        yield _scored(row, indicator, direct[0].nilai, default_scale)
        return
    if cell.kind is not CellKind.FORMULA or not isinstance(cell.value, Formula):
        reason = (cell.diagnostic or "the cell is not a formula").split("\n", 1)[0]
        yield replace(base, error=f"not computed: {reason}")
        return
    formula = cell.value
    values = _values_for(formula, indicator, data)
    used.update(id(v) for group in values.values() for v in group)
    spelling = {name_key(name): name for name in formula.variables}
    fixed: dict[str, object] = {
        spelling.get(name_key(name), name): value for name, value in indicator.konstanta.items()
    }
    fixed.update(_row_counts(formula, values, data))
    per_row = not any(isinstance(n, ast.Sigma) for n in ast.walk(formula.expr)) and any(
        len(group) > 1 for group in values.values()
    )
    if not per_row:
        yield _evaluated(base, formula, indicator, {**fixed, **_numbers(values)}, default_scale)
        return
    for row_number, row_values in _by_row(values):
        labels = next(iter(row_values.values()))[0].labels
        yield _evaluated(
            replace(base, pegawai=_who(labels), data_row=row_number),
            formula,
            indicator,
            {**fixed, **_numbers(row_values)},
            default_scale,
        )


def _row_counts(
    formula: Formula, values: Mapping[str, list[RealisasiValue]], data: RealisasiData
) -> dict[str, int]:
    """``Σ Pegawai`` / ``Jumlah Pegawai`` over wide data with no such column: the row count."""
    if data.form != "wide":
        return {}
    return {
        name: len(data.rows())
        for name in formula.variables
        if name not in values and counts_rows(name)
    }


def _values_for(
    formula: Formula, indicator: Indicator, data: RealisasiData
) -> dict[str, list[RealisasiValue]]:
    wanted = {name_key(name): name for name in formula.variables}
    found: dict[str, list[RealisasiValue]] = {}
    for value in data.values:
        if value.indikator is not None and value.indikator != indicator.id:
            continue
        name = wanted.get(name_key(value.variabel))
        if name is not None:
            found.setdefault(name, []).append(value)
    return found


def _numbers(values: Mapping[str, list[RealisasiValue]]) -> dict[str, object]:
    return {
        name: group[0].nilai if len(group) == 1 else tuple(v.nilai for v in group)
        for name, group in values.items()
    }


def _by_row(
    values: Mapping[str, list[RealisasiValue]],
) -> Iterator[tuple[int, dict[str, list[RealisasiValue]]]]:
    rows: dict[int, dict[str, list[RealisasiValue]]] = {}
    constants = {name: group for name, group in values.items() if len(group) == 1}
    for name, group in values.items():
        if len(group) > 1:
            for value in group:
                rows.setdefault(value.row, dict(constants))[name] = [value]
    yield from sorted(rows.items())


def _who(labels: tuple[tuple[str, str], ...]) -> str | None:
    by_name = {name.casefold(): text for name, text in labels}
    for column in ("nama", "nama pegawai", "pegawai", "nip", "kelurahan", "desa"):
        if column in by_name:
            return by_name[column]
    return labels[0][1] if labels else None


def _evaluated(
    base: ReportRow,
    formula: Formula,
    indicator: Indicator,
    numbers: dict[str, object],
    default_scale: Scale | None,
) -> ReportRow:
    try:
        result = formula.evaluate(numbers, units=indicator.satuan_variabel or None)
    except IkiError as error:
        return replace(base, error=_first_line(error))
    row = replace(base, satuan=base.satuan or result.unit)
    return _scored(row, indicator, result.exact, default_scale)


def _scored(
    row: ReportRow, indicator: Indicator, realisasi: Fraction, default_scale: Scale | None
) -> ReportRow:
    row = replace(row, realisasi=realisasi)
    try:
        achieved = _capaian(indicator, realisasi)
        category = _category(indicator, realisasi, achieved, default_scale)
    except IkiError as error:
        return replace(row, error=_first_line(error))
    return replace(row, capaian=achieved, kategori=category)


def _capaian(indicator: Indicator, realisasi: Fraction) -> Fraction | None:
    target = indicator.target
    if target is None:
        return None
    if isinstance(target, str):
        target = parse_target(target).value
    return capaian(realisasi, target, indicator.polaritas, exact=True)


def _category(
    indicator: Indicator, realisasi: Fraction, achieved: Fraction | None, default: Scale | None
) -> str | None:
    if indicator.kategori:
        return kategori_scale(indicator.kategori).classify(realisasi).label
    if default is None or achieved is None:
        return None
    return default.classify(achieved).label


def _first_line(error: IkiError) -> str:
    """The message of an error without its caret excerpt (the report shows the formula)."""
    return str(error).split("\n", 1)[0]
