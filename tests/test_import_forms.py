"""Indicator forms (one form per indicator, labelled blocks) read into rows.

The layout of the Dasar Hitung of BPS Kabupaten Dompu (batch 11 of the public cells): a
cell ``INDIKATOR 1.1.1`` over the indicator's name beside blocks ``KONSEP DAN DEFINISI``,
``DASAR HITUNG`` (``Cara penghitungan``, ``Rumus``, ``Keterangan``), ``MANFAAT``, ``SUMBER
DATA``; ``Label : value`` cells; a form broken over two pages. Drawn here with other names
with reportlab's canvas, and a form of ``label | value`` rows.
"""

from __future__ import annotations

from pathlib import Path

from ikicalc.importers import import_file

Cell = tuple[int, int, int, str]
"""``(row, column, rows spanned, text)``; lines of a cell split at ``|``."""

WIDTHS = [150, 420]


def draw(path: Path, pages: list[list[Cell]]) -> Path:
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(path), pagesize=landscape(A4))
    for cells in pages:
        top, height, left = 540.0, 40.0, 40.0
        canvas.setFont("Helvetica-Bold", 10)
        canvas.drawString(left, top + 20, "LEMBAR DASAR HITUNG DINAS UJI")
        canvas.setLineWidth(0.5)
        for row, col, rows, text in cells:
            x0 = left + sum(WIDTHS[:col])
            y0 = top - row * height
            canvas.rect(x0, y0 - rows * height, WIDTHS[col], rows * height, stroke=1, fill=0)
            canvas.setFont("Helvetica", 8)
            for n, line in enumerate(text.split("|")):
                canvas.drawString(x0 + 3, y0 - 11 - 10 * n, line)
        canvas.showPage()
    canvas.save()
    return path


FIRST: list[Cell] = [
    (0, 0, 1, "INDIKATOR 2.1"),
    (1, 0, 5, "Persentase sekolah|terakreditasi (%)"),
    (0, 1, 1, "KONSEP DAN DEFINISI"),
    (1, 1, 1, "Sekolah yang telah terakreditasi minimal B."),
    (2, 1, 1, "Penanggung Jawab : Bidang Pembinaan"),
    (3, 1, 1, "DASAR HITUNG"),
    (4, 1, 1, "Rumus : P = a/b x 100%|Keterangan|a : Jumlah sekolah terakreditasi"),
    (5, 1, 1, "Sumber Data : Laporan akreditasi"),
]
SECOND: list[Cell] = [
    (0, 0, 1, "INDIKATOR 2.2"),
    (1, 0, 3, "Rasio guru|terhadap murid"),
    (0, 1, 1, "DASAR HITUNG"),
    (1, 1, 1, "Cara penghitungan : jumlah guru|dibagi jumlah murid"),
    (2, 1, 1, "MANFAAT"),
    (3, 1, 1, "Mengukur kecukupan guru"),
]
CONTINUED: list[Cell] = [
    (0, 1, 1, "SUMBER DATA"),
    (1, 1, 1, "Dapodik"),
]


def test_forms_become_indicator_rows(tmp_path: Path) -> None:
    result = import_file(draw(tmp_path / "forms.pdf", [FIRST, SECOND, CONTINUED]), strict=True)
    got = [
        (i.indikator, i.formula, i.sumber_data, i.catatan)
        for _, i in result.document.iter_indicators()
    ]
    assert got == [
        (
            "Persentase sekolah terakreditasi (%)",
            "P = a/b x 100% Keterangan a : Jumlah sekolah terakreditasi",
            "Laporan akreditasi",
            "Konsep dan definisi: Sekolah yang telah terakreditasi minimal B.",
        ),
        (
            "Rasio guru terhadap murid",
            "jumlah guru dibagi jumlah murid",
            "Dapodik",  # the form's last block, on the next page
            "Manfaat: Mengukur kecukupan guru",
        ),
    ]
    assert result.document.jabatan[0].penanggung_jawab == "Bidang Pembinaan"
    assert not result.unplaced


def test_a_form_of_label_and_value_rows(tmp_path: Path) -> None:
    rows: list[Cell] = [
        (0, 0, 1, "Indikator Kinerja"),
        (0, 1, 1, "Persentase jalan mantap"),
        (1, 0, 1, "Formulasi"),
        (1, 1, 1, "Panjang jalan mantap / Panjang jalan x 100%"),
        (2, 0, 1, "Sumber Data"),
        (2, 1, 1, "Laporan kondisi jalan"),
    ]
    result = import_file(draw(tmp_path / "form.pdf", [rows]), strict=True)
    got = [(i.indikator, i.formula, i.sumber_data) for _, i in result.document.iter_indicators()]
    assert got == [
        (
            "Persentase jalan mantap",
            "Panjang jalan mantap / Panjang jalan x 100%",
            "Laporan kondisi jalan",
        )
    ]


def test_a_table_with_a_header_is_no_form(tmp_path: Path) -> None:
    """An indicator table whose header row is found is read as a table, row by row."""
    rows: list[Cell] = [
        (0, 0, 1, "Indikator Kinerja"),
        (0, 1, 1, "Formulasi Perhitungan"),
        (1, 0, 1, "Persentase desa maju"),
        (1, 1, 1, "Desa maju / Jumlah desa x 100%"),
        (2, 0, 1, "Persentase jalan mantap"),
        (2, 1, 1, "Jalan mantap / Panjang jalan x 100%"),
    ]
    result = import_file(draw(tmp_path / "table.pdf", [rows]), strict=True)
    assert [i.indikator for _, i in result.document.iter_indicators()] == [
        "Persentase desa maju",
        "Persentase jalan mantap",
    ]
