"""What the signed report says, once, for the XLSX and the PDF writer alike.

:func:`report_content` turns a :class:`~ikicalc.report.Report` (and, when given, the
:class:`~ikicalc.documents.Document` it was built from) into the parts an Indonesian official
report has: a title block (unit, tahun, jabatan, periode), the table grouped by jabatan with
the formula as canonical text (``str(formula)``, never LaTeX), a summary per jabatan (how
many indicators in each kategori, average capaian), the capaian per indicator for the bar
chart, and the signature block. Numbers stay exact here; writers round them half-up to two
places when they show them. Every text has its control characters made visible
(:func:`ikicalc.writers.guard.visible`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, Literal

from ikicalc.numbers import DEFAULT_PLACES, indonesian, parse_number, round_half_up, rounded
from ikicalc.writers.guard import visible

if TYPE_CHECKING:
    from ikicalc.documents import Document
    from ikicalc.evaluation.exact import Report, ReportRow

__all__ = [
    "BLANK",
    "LARGEST_SHOWN",
    "Column",
    "ReportContent",
    "Section",
    "Signature",
    "SummaryRow",
    "report_content",
    "shown_number",
]

BLANK = "………………"
"""What an unfilled field of the signature block shows: a line to write on."""

Value = str | Decimal | None
Align = Literal["left", "center", "right"]


@dataclass(frozen=True)
class Column:
    """A column of the printed table: its key, its Indonesian header, its width.

    ``width`` is in spreadsheet character units (the PDF scales them to the page).
    """

    key: str
    header: str
    width: float
    align: Align = "left"


_COLUMNS = (
    Column("no", "No", 4, "center"),
    Column("id", "Kode", 8, "center"),
    Column("sasaran", "Sasaran", 20),
    Column("indikator", "Indikator Kinerja", 24),
    Column("pegawai", "Pegawai", 15),
    Column("rumus", "Formulasi Perhitungan", 30),
    Column("satuan", "Satuan", 6.5, "center"),
    Column("target", "Target", 7.5, "right"),
    Column("realisasi", "Realisasi", 9, "right"),
    Column("capaian", "Capaian (%)", 8.5, "right"),
    Column("kategori", "Kategori", 10, "center"),
    Column("keterangan", "Keterangan", 28),
)
NUMBER_KEYS = frozenset({"target", "realisasi", "capaian"})


@dataclass(frozen=True)
class Signature:
    """The signature block: place and date, the signer's position, name and NIP.

    An empty field prints as a line to fill in by hand (:data:`BLANK`).
    """

    tempat: str | None = None
    tanggal: str | None = None
    jabatan: str | None = None
    nama: str | None = None
    nip: str | None = None

    def lines(self) -> tuple[str, str, str, str]:
        """Place and date, position, name, ``NIP. …``, as printed."""
        return (
            f"{self.tempat or BLANK}, {self.tanggal or BLANK}",
            self.jabatan or BLANK,
            self.nama or f"( {BLANK} )",
            f"NIP. {self.nip or BLANK}",
        )


@dataclass(frozen=True)
class Section:
    """The rows of one jabatan: ``rows`` map a column key to its value."""

    jabatan: str
    rows: tuple[dict[str, Value], ...]


@dataclass(frozen=True)
class SummaryRow:
    """One line of the summary: a jabatan (or the total) and its counts."""

    jabatan: str
    indicators: int
    per_kategori: tuple[int, ...]
    not_computed: int
    average: Decimal | None


@dataclass(frozen=True)
class ReportContent:
    """Everything the signed report shows (see the module docstring)."""

    title: tuple[str, ...]
    meta: tuple[tuple[str, str], ...]
    columns: tuple[Column, ...]
    sections: tuple[Section, ...]
    kategori: tuple[str, ...]
    summary: tuple[SummaryRow, ...]
    chart: tuple[tuple[str, Decimal], ...]
    signature: Signature
    notes: tuple[str, ...] = field(default=())

    @property
    def row_count(self) -> int:
        """How many table rows (indicator rows) the report has."""
        return sum(len(section.rows) for section in self.sections)


SUMMARY_HEADERS = ("Jabatan", "Jumlah indikator")
NOT_COMPUTED = "Tidak dihitung"
AVERAGE = "Rata-rata capaian (%)"


def report_content(
    report: Report,
    document: Document | None = None,
    *,
    source: str = "",
    periode: str | None = None,
    signature: Signature | None = None,
) -> ReportContent:
    """The content of the signed report of ``report`` (see the module docstring)."""
    rows = report.rows
    columns = tuple(
        c for c in _COLUMNS if c.key != "pegawai" or any(row.pegawai for row in rows)
    )
    jabatan_names = list(dict.fromkeys(row.jabatan for row in rows if row.jabatan))
    sections = _sections(rows, source)
    kategori = _kategori_order(rows)
    return ReportContent(
        title=_title(document),
        meta=_meta(document, jabatan_names, source, periode),
        columns=columns,
        sections=sections,
        kategori=kategori,
        summary=_summary(rows, kategori),
        chart=_chart(rows),
        signature=_signature(document, jabatan_names, signature),
        notes=_notes(report),
    )


LARGEST_SHOWN = Decimal(10) ** 15
"""From this magnitude on, a number is shown in scientific notation (``1,23E+20``) and the
XLSX stores it as text: spreadsheets keep 15 digits and stop at about 1E+308."""


def shown_number(value: Decimal) -> str:
    """``value`` as Indonesian text: ``1.234,50`` (dots group thousands, decimal comma);
    ``1,23E+20`` from :data:`LARGEST_SHOWN` on, so a huge number stays a short text."""
    if abs(value) >= LARGEST_SHOWN:
        return f"{value:.2E}".replace(".", ",")
    return indonesian(value, group=True, places=DEFAULT_PLACES)


def _title(document: Document | None) -> tuple[str, ...]:
    if document is None:
        return ("LAPORAN CAPAIAN KINERJA",)
    kind = "INDIVIDU (IKI)" if document.jenis == "IKI" else "UTAMA (IKU)"
    lines = [f"LAPORAN CAPAIAN INDIKATOR KINERJA {kind}", visible(document.unit).upper()]
    if document.tahun is not None:
        lines.append(f"TAHUN {document.tahun}")
    return tuple(lines)


def _meta(
    document: Document | None, jabatan: list[str], source: str, periode: str | None
) -> tuple[tuple[str, str], ...]:
    meta: list[tuple[str, str]] = []
    if document is not None:
        meta.append(("Unit kerja", visible(document.unit)))
        if document.tahun is not None:
            meta.append(("Tahun", str(document.tahun)))
    if len(jabatan) == 1:
        meta.append(("Jabatan", visible(jabatan[0])))
    elif jabatan:
        meta.append(("Jabatan", f"{len(jabatan)} jabatan: " + "; ".join(map(visible, jabatan))))
    if periode is None and document is not None and document.tahun is not None:
        periode = f"1 Januari – 31 Desember {document.tahun}"
    if periode:
        meta.append(("Periode", visible(periode)))
    if source:
        meta.append(("Sumber data", visible(source)))
    return tuple(meta)


def _sections(rows: Iterable[ReportRow], source: str = "") -> tuple[Section, ...]:
    sections: list[tuple[str, list[dict[str, Value]]]] = []
    formulas: dict[str, str] = {}
    for number, row in enumerate(rows, start=1):
        jabatan = row.jabatan or "Tanpa jabatan (data tanpa indikator di dokumen)"
        if not sections or sections[-1][0] != jabatan:
            sections.append((jabatan, []))
        sections[-1][1].append(_cells(row, number, formulas, source))
    return tuple(Section(visible(name), tuple(cells)) for name, cells in sections)


def _cells(
    row: ReportRow, number: int, formulas: dict[str, str], source: str = ""
) -> dict[str, Value]:
    return {
        "no": str(number),
        "id": visible(row.indikator_id),
        "sasaran": _text(row.sasaran),
        "indikator": _text(row.indikator),
        "pegawai": _text(row.pegawai),
        "rumus": _formula_text(row.formula, formulas),
        "satuan": _text(row.satuan),
        "target": _target(row.target),
        "realisasi": rounded(row.realisasi),
        "capaian": rounded(row.capaian),
        "kategori": _text(row.kategori),
        "keterangan": _text(_short_paths(_keterangan(row), source)),
    }


def _keterangan(row: ReportRow) -> str | None:
    """Why the row was not computed, and the codes lint gives its formula (``Cek: W102``;
    the full findings are in the CSV and JSON reports and in ``ikicalc check``).

    A row not computed because its formula cell is not a formula says why in the few words
    of the lint code that found it (``tidak dihitung: operand tidak ada, atau diganti isian
    kosong (E002)``): the parser's whole message, with where in the cell, is in the CSV and
    JSON reports; on paper it made a row seven lines tall."""
    codes = sorted({finding.code for finding in row.lint})
    if row.error is not None:  # a row not computed says why; its codes would repeat it
        from ikicalc.i18n import _

        template = _("not computed: {reason}")
        found = next((f for f in row.lint if f.code.startswith("E") and f.summary), None)
        if found is not None and row.error.startswith(template.split("{reason}", 1)[0]):
            return template.format(reason=f"{found.summary} ({found.code})")
        return row.error
    return f"Cek: {', '.join(codes)}" if codes else None


def _short_paths(text: str | None, source: str) -> str | None:
    """``text`` with the data file named by its file name only (``…/data/realisasi.xlsx`` is
    ``realisasi.xlsx``): its path is under Sumber data once, not in every row's Keterangan."""
    if not text or not source:
        return text
    from pathlib import PurePath

    name = PurePath(source).name
    if not name:
        return text
    return re.sub(r"[^\s'\"(]*[/\\]" + re.escape(name), lambda _m: name, text)


def _text(value: str | None) -> str | None:
    return None if value is None else visible(value)


def _target(text: str | None) -> Value:
    """A target that is one number is a number; a range or words stay text."""
    if text is None:
        return None
    try:
        return parse_number(text)
    except ValueError:
        return visible(text)


def _formula_text(cell: str | None, cache: dict[str, str]) -> str | None:
    """The canonical text of a formula cell (``str(formula)``); other cells as written."""
    if cell is None:
        return None
    if cell not in cache:
        from ikicalc.lang.cells import CellKind, read_cell
        from ikicalc.lang.formula import Formula

        read = read_cell(cell)
        if read.kind is CellKind.FORMULA and isinstance(read.value, Formula):
            cache[cell] = visible(str(read.value))
        else:
            cache[cell] = visible(" ".join(cell.split()))
    return cache[cell]


def _chart(rows: Iterable[ReportRow]) -> tuple[tuple[str, Decimal], ...]:
    """Capaian per indicator (the average over its employees' rows), in document order."""
    groups: dict[str, list[Fraction]] = {}
    for row in rows:
        if row.capaian is not None:
            groups.setdefault(row.indikator_id, []).append(row.capaian)
    return tuple(
        (visible(name), round_half_up(sum(values, Fraction(0)) / len(values), DEFAULT_PLACES))
        for name, values in groups.items()
    )


def _kategori_order(rows: Iterable[ReportRow]) -> tuple[str, ...]:
    """Kategori labels, best first. The labels of the report's default scale (the kategori
    capaian IKI of 8/2021: Sangat Baik, Baik, Cukup, Kurang, Sangat Kurang) in its order,
    whatever scale gave them (``Baik`` of an IKM scale on the realisasi is still below
    ``Sangat Baik``); other labels after them, by the highest capaian (or realisasi) that
    earned them."""
    best: dict[str, Fraction] = {}
    for row in rows:
        if row.kategori is None:
            continue
        score = row.capaian if row.capaian is not None else row.realisasi
        value = score if score is not None else Fraction(0)
        best[row.kategori] = max(best.get(row.kategori, value), value)
    known = _default_labels()
    return tuple(
        visible(k)
        for k in sorted(best, key=lambda k: (known.get(k, len(known)), -best[k]))
    )


def _default_labels() -> dict[str, int]:
    """The labels of the default kategori scale, best (highest range) first: label → rank."""
    from ikicalc.evaluation import DEFAULT_SCALE
    from ikicalc.rules.scales import scale

    found = scale(DEFAULT_SCALE)
    ranked = sorted(
        found.categories,
        key=lambda c: -(c.interval.low if c.interval.low is not None else Fraction(-(10**30))),
    )
    return {category.label: rank for rank, category in enumerate(ranked)}


def _summary(rows: tuple[ReportRow, ...], kategori: tuple[str, ...]) -> tuple[SummaryRow, ...]:
    groups: dict[str, list[ReportRow]] = {}
    for row in rows:
        groups.setdefault(row.jabatan or "Tanpa jabatan", []).append(row)
    lines = [_summary_row(visible(name), group, kategori) for name, group in groups.items()]
    if len(lines) > 1:
        lines.append(_summary_row("Jumlah", list(rows), kategori))
    return tuple(lines)


def _summary_row(name: str, rows: list[ReportRow], kategori: tuple[str, ...]) -> SummaryRow:
    labels = [None if row.kategori is None else visible(row.kategori) for row in rows]
    achieved = [row.capaian for row in rows if row.capaian is not None]
    average = sum(achieved, Fraction(0)) / len(achieved) if achieved else None
    return SummaryRow(
        jabatan=name,
        indicators=len(rows),
        per_kategori=tuple(labels.count(k) for k in kategori),
        not_computed=sum(row.error is not None for row in rows),
        average=None if average is None else round_half_up(average, DEFAULT_PLACES),
    )


def _signature(
    document: Document | None, jabatan: list[str], given: Signature | None
) -> Signature:
    given = given or Signature()
    nama = given.nama
    if nama is None and document is not None and len(jabatan) == 1:
        nama = next(
            (j.penanggung_jawab for j in document.jabatan if j.nama == jabatan[0]), None
        )
    signer = given.jabatan or (jabatan[0] if len(jabatan) == 1 else None)
    return Signature(
        tempat=_text(given.tempat),
        tanggal=_text(given.tanggal),
        jabatan=_text(signer),
        nama=_text(nama),
        nip=_text(given.nip),
    )


def _notes(report: Report) -> tuple[str, ...]:
    computed = len(report.rows) - report.errors
    notes = [f"{computed} dari {len(report.rows)} baris dihitung; {report.errors} tidak dihitung "
             "(alasannya di kolom Keterangan)."]
    if report.unused:
        notes.append(f"{len(report.unused)} nilai data tidak dipakai oleh rumus mana pun.")
    return tuple(notes)
