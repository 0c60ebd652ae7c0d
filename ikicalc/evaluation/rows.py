"""The rows of a report: what each engine's result says of one indicator (for one employee
or group), and the lint findings that go with it."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from fractions import Fraction
from typing import TYPE_CHECKING

from ikicalc.realisasi import RealisasiValue
from ikicalc.realisasi.undecided import DataWarning

if TYPE_CHECKING:
    from ikicalc.lang.formula import Formula

__all__ = ["Finding", "Report", "ReportRow", "with_plausibility"]


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
    nilai: Fraction | None = None
    """Nilai capaian IKI (0–120, PermenPAN-RB 8/2021) where the 8/2021 kategori applies."""
    pegawai: str | None = None
    data_row: int | None = None
    error: str | None = None
    lint: tuple[Finding, ...] = ()
    """What ``ikicalc.lint`` says of this indicator's cells (an inverted ratio, an always-100 %
    formula …), computed or not: a reader of the report sees why a number may mislead."""


@dataclass(frozen=True)
class Finding:
    """One lint finding of a report row: the code and its short message."""

    code: str
    message: str
    summary: str = ""
    """The code's one-line meaning (``lint.toml``), for reports where space is short."""
    span: tuple[int, int] | None = None
    """Where in the formula cell the finding points (offsets), when it is known."""

    def __str__(self) -> str:
        return f"{self.code}: {self.message}"


@dataclass(frozen=True)
class Report:
    """The rows of a report, and what of the data no indicator used."""

    rows: tuple[ReportRow, ...]
    unused: tuple[RealisasiValue, ...] = field(default=())
    warnings: tuple[DataWarning, ...] = field(default=())
    """What the data reader warned of (``W113``: values whose number nothing in the file
    decided), each naming the file, rows and columns."""

    @property
    def errors(self) -> int:
        """How many rows could not be computed."""
        return sum(row.error is not None for row in self.rows)


def with_plausibility(row: ReportRow, formula: Formula | None) -> ReportRow:
    """``row`` with the plausibility warnings of its values (``W111`` a part over its whole
    above 100 %, ``W112`` a capaian above 1 000 %) added to its findings."""
    from ikicalc.diagnostics.plausibility import CAPAIAN_LIMIT, PART_LIMIT

    high = row.realisasi is not None and row.realisasi > PART_LIMIT
    if not high and (row.capaian is None or row.capaian <= CAPAIAN_LIMIT):
        return row  # the common case, decided without building the formula's facts
    from ikicalc.diagnostics.diagnostic import CODES
    from ikicalc.diagnostics.plausibility import plausibility

    found = tuple(
        Finding(d.code, d.message, CODES[d.code].summary, d.span)
        for d in plausibility(formula, row.realisasi, row.capaian)
    )
    return replace(row, lint=row.lint + found) if found else row
