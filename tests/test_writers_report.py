"""The report a kepala subbag signs: what the XLSX and the PDF hold (issue 17)."""

from __future__ import annotations

import io
import time
from collections import Counter
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.chart import BarChart
from typer.testing import CliRunner

import ikicalc
from ikicalc.cli import app
from ikicalc.documents import loads_document
from ikicalc.realisasi import read_realisasi
from ikicalc.report import Report, ReportRow, build_report
from ikicalc.writers import Signature, report_bytes, write_report
from ikicalc.writers.content import report_content, shown_number
from ikicalc.writers.measure import fitted_widths, wrapped_lines

ROOT = Path(__file__).resolve().parent.parent
BAGOR = ROOT / "examples" / "kecamatan-bagor-2019.yaml"
BAGOR_DATA = ROOT / "examples" / "data" / "bagor-2019-realisasi.csv"


@pytest.fixture(scope="module")
def bagor() -> tuple[ikicalc.Document, Report]:
    document = ikicalc.load_document(BAGOR)
    return document, build_report(document, read_realisasi(BAGOR_DATA))


@pytest.fixture(scope="module")
def sheet_of_bagor(
    bagor: tuple[ikicalc.Document, Report], tmp_path_factory: pytest.TempPathFactory
) -> object:
    document, report = bagor
    out = tmp_path_factory.mktemp("x") / "laporan.xlsx"
    signature = Signature(tempat="Nganjuk", tanggal="31 Desember 2019", jabatan="Camat Bagor",
                          nama="Drs. Contoh Nama", nip="19650101 199003 1 001")
    write_report(report, out, "xlsx", "bagor.csv", document=document, signature=signature)
    return load_workbook(out)


def texts(sheet: object) -> list[str]:
    return [c.value for row in sheet.iter_rows() for c in row  # type: ignore[attr-defined]
            if isinstance(c.value, str)]


def test_the_xlsx_prints_landscape_a4_fitted_to_the_width_with_the_header_on_every_page(
    sheet_of_bagor: object,
) -> None:
    sheet = sheet_of_bagor["Laporan"]  # type: ignore[index]
    setup = sheet.page_setup
    assert setup.orientation == "landscape"
    assert str(setup.paperSize) == sheet.PAPERSIZE_A4
    assert (setup.fitToWidth, setup.fitToHeight) == (1, 0)
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    header = int(sheet.print_title_rows.split(":")[0].lstrip("$"))
    assert [c.value for c in sheet[header]][:4] == ["No", "Kode", "Sasaran", "Indikator Kinerja"]
    assert "Formulasi Perhitungan" in [c.value for c in sheet[header]]
    assert sheet.freeze_panes == f"A{header + 1}"
    assert "Halaman &P dari &N" in sheet.oddFooter.center.text
    assert sheet_of_bagor.active.title == "Laporan"  # type: ignore[attr-defined]


def test_the_title_block_names_unit_tahun_jabatan_and_periode(sheet_of_bagor: object) -> None:
    shown = texts(sheet_of_bagor["Laporan"])  # type: ignore[index]
    assert "LAPORAN CAPAIAN INDIKATOR KINERJA INDIVIDU (IKI)" in shown
    assert "KECAMATAN BAGOR" in shown
    assert "TAHUN 2019" in shown
    assert ": Kecamatan Bagor" in shown
    assert ": 1 Januari – 31 Desember 2019" in shown
    assert any(t.startswith(": 11 jabatan: Sekretaris; Kepala Sub Bagian Umum") for t in shown)


def test_formulas_are_canonical_text_and_numbers_are_numbers(
    sheet_of_bagor: object, bagor: tuple[ikicalc.Document, Report]
) -> None:
    sheet = sheet_of_bagor["Laporan"]  # type: ignore[index]
    shown = texts(sheet)
    assert not any("\\frac" in t or "$" in t for t in shown)
    assert "Jumlah PNS yang hadir / Jumlah PNS × 100%" in shown
    row = next(r for r in sheet.iter_rows() if r[1].value == "003-004")
    by_header = {c.value: cell for c, cell in zip(sheet[_header(sheet)], row, strict=True)}
    assert by_header["Target"].value == 95  # a number target is a number
    assert by_header["Target"].number_format == "#,##0"
    realisasi = by_header["Realisasi"]
    assert realisasi.data_type == "n"
    assert Decimal(str(realisasi.value)) == Decimal("93.57")
    assert realisasi.number_format == "#,##0.00"
    assert by_header["Kategori"].value == "Cukup"  # PermenPAN-RB 8/2021: 98 %


def _header(sheet: object) -> int:
    return int(sheet.print_title_rows.split(":")[0].lstrip("$"))  # type: ignore[attr-defined]


def test_the_summary_counts_each_kategori_per_jabatan(
    sheet_of_bagor: object, bagor: tuple[ikicalc.Document, Report]
) -> None:
    _, report = bagor
    content = report_content(report)
    expected = Counter(r.kategori for r in report.rows if r.jabatan == "Sekretaris")
    [line] = [s for s in content.summary if s.jabatan == "Sekretaris"]
    assert dict(zip(content.kategori, line.per_kategori, strict=True)) == {
        k: expected.get(k, 0) for k in content.kategori
    }
    assert line.indicators == 4
    total = content.summary[-1]
    assert total.jabatan == "Jumlah"
    assert total.indicators == 25
    assert total.not_computed == report.errors
    capaian = [r.capaian for r in report.rows if r.capaian is not None]
    assert total.average == round(Decimal(float(sum(capaian) / len(capaian))), 2)
    shown = texts(sheet_of_bagor["Laporan"])  # type: ignore[index]
    assert "RINGKASAN CAPAIAN PER JABATAN" in shown
    assert "Rata-rata capaian (%)" in shown


def test_a_native_bar_chart_of_capaian_per_indicator(
    sheet_of_bagor: object, bagor: tuple[ikicalc.Document, Report]
) -> None:
    sheet = sheet_of_bagor["Laporan"]  # type: ignore[index]
    [chart] = sheet._charts
    assert isinstance(chart, BarChart)
    data = sheet_of_bagor["Data grafik"]  # type: ignore[index]
    assert data.sheet_state == "hidden"
    rows = list(data.iter_rows(min_row=2, values_only=True))
    _, report = bagor
    assert [r[0] for r in rows] == [r.indikator_id for r in report.rows if r.capaian is not None]


def test_the_signature_block(sheet_of_bagor: object) -> None:
    shown = texts(sheet_of_bagor["Laporan"])  # type: ignore[index]
    assert "Nganjuk, 31 Desember 2019" in shown
    assert "Camat Bagor" in shown
    assert "NIP. 19650101 199003 1 001" in shown
    sheet = sheet_of_bagor["Laporan"]  # type: ignore[index]
    name = next(c for row in sheet.iter_rows() for c in row if c.value == "Drs. Contoh Nama")
    assert name.font.b
    assert name.font.u == "single"


def test_an_unfilled_signature_leaves_lines_to_write_on(
    bagor: tuple[ikicalc.Document, Report],
) -> None:
    tempat, jabatan, nama, nip = report_content(bagor[1], bagor[0]).signature.lines()
    assert "…" in tempat
    assert "…" in jabatan
    assert nama.startswith("(")
    assert nip.startswith("NIP. …")


def test_rows_are_tall_enough_for_their_wrapped_text(sheet_of_bagor: object) -> None:
    sheet = sheet_of_bagor["Laporan"]  # type: ignore[index]
    header = _header(sheet)
    points = {
        c.column_letter: (int(sheet.column_dimensions[c.column_letter].width * 7 + 5)) * 0.75
        for c in sheet[header]
    }
    merged = {m.min_row for m in sheet.merged_cells.ranges}
    checked = 0
    for row in sheet.iter_rows(min_row=header + 1):
        if row[0].row in merged or not isinstance(row[1].value, str):
            continue
        for cell in row:
            if isinstance(cell.value, str):
                assert cell.alignment.wrap_text
                lines = wrapped_lines(cell.value, points[cell.column_letter], cell.font.sz)
                assert sheet.row_dimensions[cell.row].height >= lines * 12, cell.coordinate
                checked += 1
    assert checked > 100


def test_column_widths_follow_the_text_and_numbers_never_wrap() -> None:
    widths = {"realisasi": 9.0, "sasaran": 20.0, "keterangan": 28.0}
    rows = [{"realisasi": Decimal("123456789.12"), "sasaran": "kata " * 30, "keterangan": ""}]
    fitted = fitted_widths(widths, rows, 9)
    assert sum(fitted.values()) == pytest.approx(sum(widths.values()))
    assert fitted["realisasi"] > 9  # "123.456.789,12" needs more than 9
    assert fitted["sasaran"] > fitted["keterangan"]  # the long text gets the room


def test_indonesian_number_text() -> None:
    assert shown_number(Decimal("1234567.5")) == "1.234.567,50"
    assert shown_number(Decimal("-12.25")) == "-12,25"


def test_the_pdf_report_from_the_cli(tmp_path: Path) -> None:
    out = tmp_path / "laporan.pdf"
    result = CliRunner().invoke(
        app, ["report", str(BAGOR), "--data", str(BAGOR_DATA), "--format", "pdf", "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    assert out.read_bytes().startswith(b"%PDF-")
    missing = CliRunner().invoke(app, ["report", str(BAGOR), "--data", str(BAGOR_DATA),
                                       "--format", "pdf"])
    assert missing.exit_code == 2
    assert "--format pdf needs --output" in missing.output


def test_the_pdf_draws_text_it_cannot_show_as_a_close_character(
    bagor: tuple[ikicalc.Document, Report],
) -> None:
    import reportlab  # noqa: F401 - installed by the lock

    from ikicalc.writers.pdf import _drawable

    assert _drawable("Σ Pegawai × 100% – ≤ ✓") == "∑ Pegawai × 100% – ≤ ?"
    assert report_bytes(bagor[1], "pdf", document=bagor[0]).startswith(b"%PDF-")


def test_markup_in_user_text_is_not_read_by_the_pdf(tmp_path: Path) -> None:
    document = loads_document(
        "unit: '<b>Unit</b> & <font size=40>x</font>'\ntahun: 2024\njabatan:\n"
        "  - nama: '<para>Staf</para>'\n    indikator:\n"
        "      - id: m-1\n        indikator: '<br/><img src=\"/etc/passwd\"/>'\n"
        "        formula: A / B x 100%\n        target: 100\n"
    )
    data = tmp_path / "d.csv"
    data.write_text("indikator,variabel,nilai\nm-1,A,1\nm-1,B,2\n", encoding="utf-8")
    pdf = tmp_path / "r.pdf"
    pdf.write_bytes(report_bytes(build_report(document, read_realisasi(data)), "pdf",
                                 document=document))
    assert pdf.read_bytes().startswith(b"%PDF-")


def test_the_output_extension_chooses_the_format_or_must_agree_with_it() -> None:
    from ikicalc.writers import output_format

    assert output_format("laporan.XLSX") == "xlsx"
    assert output_format("laporan.pdf", "pdf") == "pdf"
    assert output_format("laporan", "csv") == "csv"  # no extension: the format given
    with pytest.raises(ikicalc.IkiError, match=r"ends \.xlsx"):
        output_format("laporan.xlsx", "csv")
    with pytest.raises(ikicalc.IkiError, match="cannot tell the report format"):
        output_format("out.txt")


def test_report_o_out_txt_no_longer_writes_json_silently(tmp_path: Path) -> None:
    runner = CliRunner()
    base = ["report", str(BAGOR), "--data", str(BAGOR_DATA)]
    txt = runner.invoke(app, [*base, "-o", str(tmp_path / "out.txt")])
    assert txt.exit_code == 2
    assert "cannot tell the report format" in txt.output
    assert not (tmp_path / "out.txt").exists()
    clash = runner.invoke(app, [*base, "--format", "csv", "-o", str(tmp_path / "r.xlsx")])
    assert clash.exit_code == 2
    assert "ends .xlsx" in clash.output
    chosen = runner.invoke(app, [*base, "-o", str(tmp_path / "r.csv")])
    assert chosen.exit_code == 0, chosen.output
    assert (tmp_path / "r.csv").read_bytes().startswith("\ufeffJabatan;".encode())
    xlsx = runner.invoke(app, [*base, "-o", str(tmp_path / "r.xlsx")])
    assert xlsx.exit_code == 0, xlsx.output
    assert load_workbook(tmp_path / "r.xlsx").active.title == "Laporan"  # type: ignore[union-attr]


def test_report_output_to_dev_null_is_refused_by_the_cli(tmp_path: Path) -> None:
    done = CliRunner().invoke(
        app, ["report", str(BAGOR), "--data", str(BAGOR_DATA), "--format", "csv", "-o",
              "/dev/null"]
    )
    assert done.exit_code == 2
    assert "character device" in done.output


def _row(**changes: object) -> ReportRow:
    fields: dict[str, object] = {
        "jabatan": "Staf", "indikator_id": "x-1", "sasaran": "s", "indikator": "i",
        "formula": "A / B x 100%", "satuan": "%", "target": "100",
        "realisasi": Fraction(50), "capaian": Fraction(50), "kategori": "Buruk",
    }
    return ReportRow(**{**fields, **changes})  # type: ignore[arg-type]


@pytest.mark.parametrize("kind", ["xlsx", "pdf"])
def test_an_absurd_capaian_is_written_quickly_not_a_memory_error(kind: str) -> None:
    """A capaian of 1E+40 % once asked the PDF chart for 5E+38 axis ticks (MemoryError)."""
    report = Report((_row(capaian=Fraction(10**40)), _row(indikator_id="x-2")))
    started = time.perf_counter()
    data = report_bytes(report, kind)
    assert time.perf_counter() - started < 10
    if kind == "xlsx":
        sheet = load_workbook(io.BytesIO(data))["Laporan"]
        shown = [c.value for row in sheet.iter_rows() for c in row]
        assert "1,00E+40" in shown  # beyond a spreadsheet's 15 digits: text, not a number


@pytest.mark.parametrize("kind", ["xlsx", "pdf"])
def test_an_empty_report_and_a_huge_cell_are_written(kind: str) -> None:
    assert report_bytes(Report(()), kind)
    huge = Report((_row(sasaran="kata panjang " * 2000),))
    data = report_bytes(huge, kind)
    if kind == "xlsx":
        sheet = load_workbook(io.BytesIO(data))["Laporan"]
        heights = [d.height for d in sheet.row_dimensions.values() if d.height]
        assert max(heights) <= 409  # Excel's tallest row


def test_huge_numbers_are_short_texts() -> None:
    assert shown_number(Decimal("1e40")) == "1,00E+40"
    assert shown_number(Decimal("999999999999999")) == "999.999.999.999.999,00"


def test_pdf_without_reportlab_says_how_to_install_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys

    monkeypatch.delitem(sys.modules, "ikicalc.writers.pdf", raising=False)
    for name in [n for n in sys.modules if n.split(".")[0] == "reportlab"] + ["reportlab"]:
        monkeypatch.setitem(sys.modules, name, None)  # import reportlab... fails
    done = CliRunner().invoke(
        app, ["report", str(BAGOR), "--data", str(BAGOR_DATA), "-o", str(tmp_path / "r.pdf")]
    )
    assert done.exit_code == 2
    assert "pip install 'ikicalc[pdf]'" in done.output  # brackets shown, not read as markup
    assert not (tmp_path / "r.pdf").exists()


def test_the_cli_fills_the_signature_block_and_the_period(tmp_path: Path) -> None:
    out = tmp_path / "laporan.xlsx"
    done = CliRunner().invoke(
        app,
        ["report", str(BAGOR), "--data", str(BAGOR_DATA), "-o", str(out),
         "--periode", "Januari – Juni 2019", "--ttd-tempat", "Nganjuk",
         "--ttd-tanggal", "1 Juli 2019", "--ttd-jabatan", "Camat Bagor",
         "--ttd-nama", "Drs. Contoh", "--ttd-nip", "19650101 199003 1 001"],
    )
    assert done.exit_code == 0, done.output
    shown = texts(load_workbook(out)["Laporan"])
    for text in (": Januari – Juni 2019", "Nganjuk, 1 Juli 2019", "Camat Bagor", "Drs. Contoh",
                 "NIP. 19650101 199003 1 001"):
        assert text in shown
