"""What realisasi data is once read: values with their place, rows, and the lookups
formulas use (:class:`RealisasiData`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction
from functools import cached_property
from typing import Literal

from ikicalc.errors import DataError
from ikicalc.i18n import _
from ikicalc.names import counting_words, did_you_mean, name_key
from ikicalc.realisasi.undecided import DataWarning

LONG_COLUMNS = ("indikator", "variabel", "nilai")
"""The required columns of long-form data."""

ID_COLUMNS = frozenset(
    {
        "no",
        "no.",
        "nomor",
        "nip",
        "nik",
        "nama",
        "nama pegawai",
        "pegawai",
        "jabatan",
        "golongan",
        "unit",
        "unit kerja",
        "bidang",
        "seksi",
        "kelurahan",
        "desa",
        "desa/kelurahan",
        "kecamatan",
        "indikator",
        "periode",
        "bulan",
        "tahun",
        "satuan",
        "keterangan",
    }
)
"""Column names (compared case-insensitively) that identify a row of wide-form data."""

NUMBERING_COLUMNS = frozenset({"no", "no.", "nomor"})


@dataclass(frozen=True)
class RealisasiValue:
    """One value: which indicator and variable, the exact number, and where it was read.

    ``labels`` holds the other cells of the row: the identifying columns of wide data
    (``('nip', '1967…'), ('nama', 'Siti Aminah')``) or the extra columns of long data.
    """

    indikator: str | None
    variabel: str
    nilai: Fraction
    text: str
    row: int
    column: str
    labels: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class RealisasiRow:
    """The values read from one row, with its identifying labels."""

    row: int
    labels: tuple[tuple[str, str], ...]
    values: tuple[RealisasiValue, ...]

    def label(self, column: str) -> str | None:
        """Return the text of identifying column ``column`` (case-insensitive), if any."""
        key = column_key(column)
        for name, text in self.labels:
            if column_key(name) == key:
                return text
        return None


def column_key(name: str) -> str:
    """Comparison key of a column or variable name, the one formulas match names by."""
    return name_key(name)


_FIRST_WORD = re.compile(r"[^\W_]+")


def counting_word(name: str) -> str | None:
    """The counting word (``jumlah`` …) a variable name starts with, if any."""
    first = _FIRST_WORD.match(column_key(name))
    if first is not None and first.group(0) in counting_words():
        return first.group(0)
    return None


@dataclass(frozen=True)
class RealisasiData:
    """All values of one realisasi file, in file order.

    Variable names are matched as formulas match them, ignoring case, runs of whitespace and
    abbreviations (``Jml hari kerja efektif`` is ``jumlah  hari kerja efektif``). Values not
    tied to an indicator (wide data without an ``indikator`` column) belong to every
    indicator.
    """

    source: str
    form: Literal["long", "wide"]
    columns: tuple[str, ...]
    id_columns: tuple[str, ...]
    values: tuple[RealisasiValue, ...]
    problems: tuple[DataError, ...] = ()
    """Cells that hold no usable number (read with ``strict=False``): each names its file,
    row and column; their values are left out, and the rows that need them say why."""
    warnings: tuple[DataWarning, ...] = ()
    """``W113``: the cells whose number nothing in the file decided (``1.206`` in a file
    that shows no decimal separator, read as 1206), with their rows and columns
    (:mod:`ikicalc.realisasi.undecided`)."""

    def problem_at(self, row: int, column: str) -> DataError | None:
        """The problem of the cell at ``row`` and ``column`` (matched as names match)."""
        return self._problems_by_cell.get((row, column_key(column)))

    def column_problem(self, column: str) -> DataError | None:
        """The first problem cell of ``column`` (matched as names match), if any."""
        return self._first_problem_by_column.get(column_key(column))

    @cached_property
    def _problems_by_cell(self) -> dict[tuple[int | None, str], DataError]:
        found: dict[tuple[int | None, str], DataError] = {}
        for problem in self.problems:
            if problem.column is not None:
                found.setdefault((problem.row, column_key(problem.column)), problem)
        return found

    @cached_property
    def _first_problem_by_column(self) -> dict[str, DataError]:
        found: dict[str, DataError] = {}
        for problem in self.problems:
            if problem.column is not None:
                found.setdefault(column_key(problem.column), problem)
        return found

    @property
    def variables(self) -> tuple[str, ...]:
        """Distinct variable names, as first written, in file order."""
        seen: dict[str, str] = {}
        for value in self.values:
            seen.setdefault(column_key(value.variabel), value.variabel)
        return tuple(seen.values())

    @property
    def indicators(self) -> tuple[str, ...]:
        """Distinct indicator ids, in file order (empty for wide data without them)."""
        seen: dict[str, None] = {}
        for value in self.values:
            if value.indikator is not None:
                seen.setdefault(value.indikator, None)
        return tuple(seen)

    def select(self, variabel: str, indikator: str | None = None) -> tuple[RealisasiValue, ...]:
        """Return the values of ``variabel`` (for ``indikator`` when given), in file order."""
        key = column_key(variabel)
        return tuple(
            v
            for v in self.values
            if column_key(v.variabel) == key
            and (indikator is None or v.indikator is None or v.indikator == indikator)
        )

    def series(self, variabel: str, indikator: str | None = None) -> tuple[Fraction, ...]:
        """Return the numbers of ``variabel`` row by row (e.g. one per employee)."""
        return tuple(v.nilai for v in self._require(variabel, indikator))

    def total(self, variabel: str, indikator: str | None = None) -> Fraction:
        """Return the exact sum (Σ) of ``variabel`` over all its rows."""
        return sum(self.series(variabel, indikator), Fraction(0))

    def value(self, variabel: str, indikator: str | None = None) -> Fraction:
        """Return the single value of ``variabel``; raise :class:`DataError` if not exactly one."""
        found = self._require(variabel, indikator)
        if len(found) > 1:
            rows = ", ".join(str(v.row) for v in found[:5]) + (", …" if len(found) > 5 else "")
            raise DataError(
                _("{count} values of {name} (rows {rows}); use series() or total()").format(
                    count=len(found), name=repr(variabel), rows=rows
                ),
                source=self.source,
            )
        return found[0].nilai

    def for_indicator(self, indikator: str) -> dict[str, tuple[Fraction, ...]]:
        """Return ``{variabel: numbers}`` of everything that applies to ``indikator``."""
        out: dict[str, list[Fraction]] = {}
        names: dict[str, str] = {}
        for v in self.values:
            if v.indikator is None or v.indikator == indikator:
                name = names.setdefault(column_key(v.variabel), v.variabel)
                out.setdefault(name, []).append(v.nilai)
        return {name: tuple(numbers) for name, numbers in out.items()}

    def rows(self) -> tuple[RealisasiRow, ...]:
        """Group the values by the row they were read from (one per employee in wide data)."""
        grouped: dict[int, list[RealisasiValue]] = {}
        for v in self.values:
            grouped.setdefault(v.row, []).append(v)
        return tuple(
            RealisasiRow(row, values[0].labels, tuple(values)) for row, values in grouped.items()
        )

    def _require(self, variabel: str, indikator: str | None) -> tuple[RealisasiValue, ...]:
        found = self.select(variabel, indikator)
        if found:
            return found
        where = ""
        if indikator is not None:
            where = " " + _("for indikator {id}").format(id=repr(indikator))
        hint = did_you_mean(variabel, self.variables, key=column_key)
        message = _("no value of {name}").format(name=repr(variabel))
        raise DataError(f"{message}{where}{hint}", source=self.source)

    def _spelling(self, key: str) -> str:
        for name in self.variables:
            if column_key(name) == key:
                return name
        return key  # pragma: no cover - key comes from self.variables
