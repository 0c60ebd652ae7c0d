"""The two engines agree (issue 13): ``build_report`` (exact) and ``evaluate_frame`` (Polars)
execute the same indicator plans, so on the same document and the same data they give the
same realisasi, capaian and kategori, and the same rows have an error.

The documents: the five examples and generated ones (targets, ranges, polarity, own scales,
satuan, konstanta, Σ and row counts). The data: wide, one row per employee, written in the
spellings offices produce: a comma CSV, an Indonesian Excel CSV (``;``, decimal comma,
thousands dots, BOM), Excel's UTF-16 "Unicode text", XLSX and Parquet. Each engine reads the
file itself.
"""

from __future__ import annotations

import codecs
import csv
import io
import random
from collections.abc import Callable
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import polars as pl
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import ikicalc
from ikicalc.backends.polars import number_from_text
from ikicalc.documents import loads_document
from ikicalc.evaluation.plan import plan_document
from ikicalc.names import counts_rows, name_key
from ikicalc.numbers import parse_number, round_half_up
from ikicalc.realisasi import ID_COLUMNS

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"

GENERATED = """
unit: Kecamatan Contoh
tahun: 2024
jabatan:
  - nama: Camat
    indikator:
      - id: g-01
        indikator: Persentase kehadiran
        formula: Jumlah PNS yang hadir / Jumlah PNS x 100%
        target: 95
      - id: g-02
        indikator: Persentase keluhan
        formula: Jumlah keluhan / Jumlah layanan x 100%
        target: 5
        polaritas: negatif
      - id: g-03
        indikator: Kehadiran per seksi
        formula: Σ Jumlah PNS yang hadir / Σ Jumlah PNS x 100%
        target: [90, 100]
      - id: g-04
        indikator: Rata-rata anggaran per pegawai
        formula: Anggaran / Jumlah PNS
        satuan_variabel: {Anggaran: juta rupiah, Jumlah PNS: orang}
        target: 2
      - id: g-05
        indikator: Nilai IKM
        formula: Nilai survei x 25
        kategori: "25,00 – 64,99 Buruk 65,00 – 100,00 Baik"
      - id: g-06
        indikator: Kehadiran dengan hari kerja
        formula: (hari kerja efektif - hari tidak masuk) / hari kerja efektif x 100%
        konstanta: {hari kerja efektif: 240}
        target: "95 %"
      - id: g-07
        indikator: Kehadiran seluruh pegawai
        formula: Σ Pegawai × (Σ hari kerja efektif − Σ hari tidak masuk) / (Σ Pegawai × Σ hari kerja efektif) × 100%
        konstanta: {hari kerja efektif: 240}
        target: 98
      - id: g-08
        indikator: Dokumen
        formula: Jumlah dokumen yang disusun
        target: "12 dokumen"
      - id: g-09
        indikator: Target bukan angka
        formula: Jumlah laporan / Jumlah PNS x 100%
        target: "sebanyak-banyaknya"
      - id: g-10
        indikator: Kehadiran tertimbang
        formula: Σ (Jumlah PNS yang hadir × hari kerja efektif) / Σ (Jumlah PNS × hari kerja efektif) x 100%
        konstanta: {hari kerja efektif: 240}
        target: 95
      - id: g-11
        indikator: Akurasi
        formula: 100% - rata-rata Nilai survei / 100
        target: "0,9"
      - id: g-12
        indikator: Nilai rata-rata
        formula: rata-rata (Jumlah keluhan, Jumlah layanan)
        target: 10
      - id: g-13
        indikator: Dokumen per pegawai
        formula: Σ (Jumlah dokumen yang disusun × Pegawai) / Σ Pegawai
        target: 3
      - id: g-14
        indikator: Nilai tertimbang
        formula: 20% × Jumlah keluhan + 80% × Jumlah layanan
        target: 10
"""


def _documents(tmp: Path) -> list[ikicalc.Document]:
    generated = tmp / "generated.yaml"
    generated.write_text(GENERATED, encoding="utf-8")
    paths = [*sorted(EXAMPLES.glob("*.yaml")), generated]
    return [ikicalc.load_document(path) for path in paths]


def _columns(document: ikicalc.Document) -> list[str]:
    """One column per variable of the document's formulas, except konstanta and what the
    rows count (``Pegawai``)."""
    seen: dict[str, str] = {}
    for plan in plan_document(document):
        if plan.formula is None:
            continue
        for name in plan.formula.variables:
            key = name_key(name)
            if key in plan.konstanta or counts_rows(name) or key in ID_COLUMNS:
                continue
            seen.setdefault(key, name)
    return list(seen.values())


def _values(columns: list[str], rows: int, rng: random.Random) -> list[list[Fraction | None]]:
    table = []
    for _ in range(rows):
        row: list[Fraction | None] = []
        for _column in columns:
            pick = rng.random()
            if pick < 0.04:
                row.append(None)  # an empty cell
            elif pick < 0.10:
                row.append(Fraction(0))
            elif pick < 0.20:
                row.append(Fraction(rng.randrange(1000, 2_000_000), 100))  # 1.250,5 and beyond
            elif pick < 0.25:
                row.append(Fraction(1_000_000))
            else:
                row.append(Fraction(rng.randrange(1, 300)))
        table.append(row)
    return table


def _dot(value: Fraction) -> str:
    return format(Decimal(value.numerator) / value.denominator, "f")


def _indonesian(value: Fraction) -> str:
    """``1.250,5``, ``1.000.000``, ``81,35``: how Indonesian Excel writes numbers."""
    text = _dot(value)
    whole, _, part = text.partition(".")
    grouped = f"{int(whole):,}".replace(",", ".")
    if "." in grouped and not part and whole.count("0") < 6:
        return whole  # a lone '1.250' would be read as 1,25: write such numbers ungrouped
    return grouped + ("," + part if part else "")


IDS = ["nip", "nama", "unit"]


def _csv(rows: list[list[str]], delimiter: str) -> str:
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator="\n").writerows(rows)
    return out.getvalue()


def _cells(
    columns: list[str], values: list[list[Fraction | None]], show: Callable[[Fraction], str]
) -> list[list[str]]:
    body = [
        [str(100 + n), f"Pegawai {n}", "Seksi A" if n % 3 else "Seksi B"]
        + ["" if v is None else show(v) for v in row]
        for n, row in enumerate(values)
    ]
    return [IDS + columns, *body]


def _write(spelling: str, path: Path, columns: list[str], values: list[list[Fraction | None]]) -> Path:
    if spelling == "comma-csv":
        target = path.with_suffix(".csv")
        target.write_text(_csv(_cells(columns, values, _dot), ","), encoding="utf-8")
    elif spelling == "excel-csv":
        target = path.with_suffix(".csv")
        text = _csv(_cells(columns, values, _indonesian), ";")
        target.write_bytes(codecs.BOM_UTF8 + text.encode("utf-8"))
    elif spelling == "utf16-csv":
        target = path.with_suffix(".csv")
        target.write_text(_csv(_cells(columns, values, _indonesian), "\t"), encoding="utf-16")
    elif spelling == "xlsx":
        from openpyxl import Workbook

        target = path.with_suffix(".xlsx")
        book = Workbook()
        sheet = book.active
        assert sheet is not None
        sheet.append(IDS + columns)
        for n, row in enumerate(values):
            numbers = [None if v is None else (int(v) if v.denominator == 1 else float(v)) for v in row]
            sheet.append([str(100 + n), f"Pegawai {n}", "Seksi A" if n % 3 else "Seksi B", *numbers])
        book.save(target)
    else:
        target = path.with_suffix(".parquet")
        data: dict[str, list[object]] = {
            "nip": [str(100 + n) for n in range(len(values))],
            "nama": [f"Pegawai {n}" for n in range(len(values))],
            "unit": ["Seksi A" if n % 3 else "Seksi B" for n in range(len(values))],
        }
        for index, column in enumerate(columns):
            data[column] = [None if row[index] is None else float(row[index]) for row in values]
        pl.DataFrame(data).write_parquet(target)
    return target


SPELLINGS = ["comma-csv", "excel-csv", "utf16-csv", "xlsx", "parquet"]


def _close(exact: Fraction | None, approximate: float | None) -> bool:
    if exact is None or approximate is None:
        return exact is None and approximate is None
    return abs(float(exact) - approximate) <= 1e-9 * max(1.0, abs(float(exact)))


def _findings_said(keterangan: str | None, error: str | None) -> str:
    """What the frame's Keterangan says after its error: the lint findings and the
    plausibility warnings, in the report's words (``W111: …; W112: …``)."""
    if keterangan is None:
        return ""
    if error is None:
        return keterangan
    assert keterangan.startswith(error)
    return keterangan[len(error) :].removeprefix("; ")


def _compare(document: ikicalc.Document, data_path: Path, rows: int) -> list[str]:
    report = ikicalc.build_report(document, ikicalc.read_realisasi(data_path, strict=False))
    frame = ikicalc.evaluate_frame(document, data_path).collect()
    assert frame.height == rows
    problems = []
    by_id: dict[str, list[ikicalc.ReportRow]] = {}
    for row in report.rows:
        by_id.setdefault(row.indikator_id, []).append(row)
    for described in ikicalc.evaluate_frame(document, data_path).indicators:
        exact_rows = by_id[described.id]
        for k in range(rows):
            exact = exact_rows[k] if len(exact_rows) == rows else exact_rows[0]
            where = f"{data_path.name} {described.id} row {k + 1}"
            error = frame[described.error][k]
            if (exact.error is None) != (error is None):
                problems.append(f"{where}: error exact={exact.error!r} frame={error!r}")
                continue
            assert described.keterangan is not None
            said = _findings_said(frame[described.keterangan][k], error)
            if said != "; ".join(str(finding) for finding in exact.lint):
                problems.append(f"{where}: findings exact={exact.lint!r} frame={said!r}")
            if not _close(exact.realisasi, frame[described.realisasi][k]):
                problems.append(
                    f"{where}: realisasi exact={exact.realisasi} frame={frame[described.realisasi][k]}"
                )
            if exact.error is None and not _close(exact.capaian, frame[described.capaian][k]):
                problems.append(
                    f"{where}: capaian exact={exact.capaian} frame={frame[described.capaian][k]}"
                )
            nilai = frame[described.nilai][k] if described.nilai else None
            if exact.error is None and not _close(exact.nilai, nilai):
                problems.append(f"{where}: nilai exact={exact.nilai} frame={nilai}")
            if exact.error is None and exact.kategori != frame[described.kategori][k]:
                problems.append(
                    f"{where}: kategori exact={exact.kategori!r} frame={frame[described.kategori][k]!r}"
                )
            if exact.realisasi is not None and exact.error is None:
                shown = round_half_up(exact.realisasi)
                value = frame[described.realisasi][k]
                tie = abs(exact.realisasi * 100 - round(exact.realisasi * 100)) == Fraction(1, 2)
                if not tie and Decimal(str(round(value, 2))) != shown and abs(float(shown) - value) > 0.005:
                    problems.append(f"{where}: rounded exact={shown} frame={value}")
    return problems


@pytest.mark.parametrize("spelling", SPELLINGS)
def test_the_engines_agree_on_every_document(tmp_path: Path, spelling: str) -> None:
    rng = random.Random(f"ikicalc-{spelling}")  # noqa: S311 - reproducible test data
    problems: list[str] = []
    for number, document in enumerate(_documents(tmp_path)):
        columns = _columns(document)
        rows = rng.randrange(2, 9)
        values = _values(columns, rows, rng)
        path = _write(spelling, tmp_path / f"data-{number}", columns, values)
        problems += _compare(document, path, rows)
    assert not problems, "\n".join(problems[:20])


def test_a_single_row_is_the_same_row_in_both(tmp_path: Path) -> None:
    document = _documents(tmp_path)[-1]
    columns = _columns(document)
    values = _values(columns, 1, random.Random(7))  # noqa: S311 - reproducible test data
    path = _write("excel-csv", tmp_path / "one", columns, values)
    assert not _compare(document, path, 1)


_NUMBER_TEXT = st.one_of(
    st.from_regex(r"[+-]?[0-9]{1,8}([.,][0-9]{1,4}){0,3}", fullmatch=True),
    st.from_regex(r" ?[+-]?[0-9]{1,3}([.,][0-9]{3}){1,4}([.,][0-9]{1,3})? ?", fullmatch=True),
    st.text(alphabet="0123456789.,+-e ", max_size=12),
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_NUMBER_TEXT, min_size=1, max_size=20))
@example(["+38", "1.250,5", "1,250.5", "1.000.000", "1,000,000", "2.5.3", "1e5", ".5", "5."])
def test_the_polars_number_reader_is_the_scalar_one(texts: list[str]) -> None:
    """One number rule: what Polars reads from text is what ``parse_number`` reads."""
    read = pl.select(number_from_text(pl.lit(pl.Series(texts, dtype=pl.String)))).to_series()
    for text, value in zip(texts, read.to_list(), strict=True):
        try:
            expected: float | None = float(parse_number(text))
        except ValueError:
            expected = None
        assert value == expected, text


def test_a_row_whose_every_cell_is_bad_still_counts_one_employee(tmp_path: Path) -> None:
    """``Σ Pegawai`` counts rows: a row whose only value is ``dua`` is still an employee, in
    both engines (the exact engine once counted only rows with a readable value)."""
    document = loads_document(
        """
unit: Kecamatan Contoh
tahun: 2024
jabatan:
  - nama: Camat
    indikator:
      - id: r-01
        indikator: Jumlah pegawai
        formula: Σ Pegawai
        target: 3
"""
    )
    path = tmp_path / "data.csv"
    path.write_text("nip,nama,hari hadir\n1,A,20\n2,B,dua\n3,C,22\n", encoding="utf-8")
    report = ikicalc.build_report(document, ikicalc.read_realisasi(path, strict=False))
    assert [row.realisasi for row in report.rows] == [3]
    frame = ikicalc.evaluate_frame(document, path).collect()
    assert frame["r-01 realisasi"].to_list() == [3, 3, 3]
