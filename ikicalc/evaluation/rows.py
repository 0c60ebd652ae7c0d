"""The rows of a report: what each engine's result says of one indicator (for one employee
or group), and the lint findings that go with it."""

from __future__ import annotations

from dataclasses import dataclass, field
from fractions import Fraction

from ikicalc.realisasi import RealisasiValue

__all__ = ["Finding", "Report", "ReportRow"]


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

    def __str__(self) -> str:
        return f"{self.code}: {self.message}"


@dataclass(frozen=True)
class Report:
    """The rows of a report, and what of the data no indicator used."""

    rows: tuple[ReportRow, ...]
    unused: tuple[RealisasiValue, ...] = field(default=())

    @property
    def errors(self) -> int:
        """How many rows could not be computed."""
        return sum(row.error is not None for row in self.rows)
