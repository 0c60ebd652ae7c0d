"""Documents generated for the importer tests: the same two positions as DOCX, XLSX and PDF.

Each has: a header with a numbering row and an extra ``NO`` column, a sasaran cell merged over
two rows, a cell holding two indicators (and two formulas), a ``Catatan :`` note, a target in
the formula column, and a second position whose table continues on the next page with its
header repeated (PDF) or repeated further down (DOCX, XLSX).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

HEADER = ["NO", "SASARAN", "INDIKATOR KINERJA", "FORMULASI PERHITUNGAN", "SUMBER DATA"]
NUMBERS = ["1", "2", "3", "4", "5"]
UNIT = "Kecamatan Contoh"
YEAR = 2024

CAMAT_SASARAN = "Meningkatnya kualitas pelayanan"
# (no, sasaran or None when merged with the row above, indikator paragraphs, formula
# paragraphs, sumber data)
CAMAT_ROWS: list[tuple[str, str | None, list[str], list[str], str]] = [
    (
        "1",
        CAMAT_SASARAN,
        ["Persentase kehadiran pegawai"],
        ["Jumlah pegawai yang hadir / Jumlah pegawai x 100%"],
        "Daftar hadir",
    ),
    (
        "2",
        None,
        ["1. Persentase surat tepat waktu", "2. Persentase layanan tepat waktu"],
        [
            "Jumlah surat tepat waktu / Jumlah surat x 100%",
            "Jumlah layanan tepat waktu / Jumlah layanan x 100%",
        ],
        "Agenda surat",
    ),
    (
        "3",
        "Meningkatnya disiplin",
        ["Jumlah hari kerja"],
        ["Jumlah hari kerja efektif Catatan : 240 hari kerja dalam satu tahun"],
        "Kepegawaian",
    ),
    (
        "4",
        "Tertib administrasi",
        ["Surat/naskah dinas selama 1 tahun"],
        ["500 surat"],
        "Data register surat",
    ),
]
SEKRETARIS_ROWS = 30  # enough to run onto a second PDF page

EXPECTED: list[dict[str, Any]] = [
    {
        "jabatan": "Camat Contoh",
        "sasaran": CAMAT_SASARAN,
        "indikator": "Persentase kehadiran pegawai",
        "formula": "Jumlah pegawai yang hadir / Jumlah pegawai x 100%",
        "sumber_data": "Daftar hadir",
        "target": None,
        "catatan": None,
        "split": False,
    },
    {
        "jabatan": "Camat Contoh",
        "sasaran": CAMAT_SASARAN,
        "indikator": "Persentase surat tepat waktu",
        "formula": "Jumlah surat tepat waktu / Jumlah surat x 100%",
        "sumber_data": "Agenda surat",
        "target": None,
        "catatan": None,
        "split": True,
    },
    {
        "jabatan": "Camat Contoh",
        "sasaran": CAMAT_SASARAN,
        "indikator": "Persentase layanan tepat waktu",
        "formula": "Jumlah layanan tepat waktu / Jumlah layanan x 100%",
        "sumber_data": "Agenda surat",
        "target": None,
        "catatan": None,
        "split": True,
    },
    {
        "jabatan": "Camat Contoh",
        "sasaran": "Meningkatnya disiplin",
        "indikator": "Jumlah hari kerja",
        "formula": "Jumlah hari kerja efektif",
        "sumber_data": "Kepegawaian",
        "target": None,
        "catatan": "240 hari kerja dalam satu tahun",
        "split": False,
    },
    {
        "jabatan": "Camat Contoh",
        "sasaran": "Tertib administrasi",
        "indikator": "Surat/naskah dinas selama 1 tahun",
        "formula": None,
        "sumber_data": "Data register surat",
        "target": "500 surat",
        "catatan": None,
        "split": False,
    },
] + [
    {
        "jabatan": "Sekretaris Kecamatan",
        "sasaran": "Tertib administrasi umum",
        "indikator": f"Jumlah dokumen jenis {n}",
        "formula": f"Jumlah dokumen jenis {n} yang selesai",
        "sumber_data": "Arsip",
        "target": None,
        "catatan": None,
        "split": False,
    }
    for n in range(1, SEKRETARIS_ROWS + 1)
]


def sekretaris_row(n: int) -> list[str]:
    sasaran = "Tertib administrasi umum" if n == 1 else ""
    return [
        str(n),
        sasaran,
        f"Jumlah dokumen jenis {n}",
        f"Jumlah dokumen jenis {n} yang selesai",
        "Arsip",
    ]


def preamble(jabatan: str) -> list[str]:
    return [
        "INDIKATOR KINERJA INDIVIDU TAHUN 2024",
        f"Nama Unit Organisasi : {UNIT}",
        f"Jabatan : {jabatan}",
        "Tugas : melaksanakan tugas",
    ]


def build_docx(path: Path) -> Path:
    import docx

    document = docx.Document()
    for line in preamble("Camat Contoh"):
        document.add_paragraph(line)
    table = document.add_table(rows=2 + len(CAMAT_ROWS), cols=len(HEADER))
    for c, (head, number) in enumerate(zip(HEADER, NUMBERS, strict=True)):
        table.cell(0, c).text = head
        table.cell(1, c).text = number
    for r, (no, sasaran, indikator, formula, sumber) in enumerate(CAMAT_ROWS, start=2):
        table.cell(r, 0).text = no
        if sasaran is not None:
            table.cell(r, 1).text = sasaran
        for c, paragraphs in ((2, indikator), (3, formula)):
            cell = table.cell(r, c)
            cell.text = paragraphs[0]
            for extra in paragraphs[1:]:
                cell.add_paragraph(extra)
        table.cell(r, 4).text = sumber
    table.cell(2, 1).merge(table.cell(3, 1))  # the sasaran spans two rows
    # the second position's heading fields are a small table, as Word documents often have
    fields = document.add_table(rows=2, cols=3)
    for r, (label, value) in enumerate(
        [("Jabatan", "Sekretaris Kecamatan"), ("Tugas", "melaksanakan tugas")]
    ):
        for c, text in enumerate((label, ":", value)):
            fields.cell(r, c).text = text
    half = SEKRETARIS_ROWS // 2
    for part in (range(1, half + 1), range(half + 1, SEKRETARIS_ROWS + 1)):
        table = document.add_table(rows=1, cols=len(HEADER))
        for c, head in enumerate(HEADER):
            table.cell(0, c).text = head
        for n in part:
            cells = table.add_row().cells
            for c, value in enumerate(sekretaris_row(n)):
                cells[c].text = value
    document.save(str(path))
    return path


def build_xlsx(path: Path) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for line in preamble("Camat Contoh")[:2]:
        sheet.append([line])
    sheet.append(["Jabatan", ":", "Camat Contoh"])
    sheet.append(HEADER)
    sheet.append([int(n) for n in NUMBERS])
    first = sheet.max_row + 1
    for no, sasaran, indikator, formula, sumber in CAMAT_ROWS:
        sheet.append([int(no), sasaran or "", "\n".join(indikator), "\n".join(formula), sumber])
    sheet.merge_cells(start_row=first, start_column=2, end_row=first + 1, end_column=2)
    sheet.append([])
    sheet.append(["Jabatan : Sekretaris Kecamatan"])
    sheet.append(HEADER)
    for n in range(1, SEKRETARIS_ROWS + 1):
        if n == SEKRETARIS_ROWS // 2 + 1:
            sheet.append(HEADER)  # the header repeated, as a printed sheet has it
        sheet.append(sekretaris_row(n))
    book.save(path)
    return path


def build_pdf(path: Path) -> Path:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle

    style = getSampleStyleSheet()["Normal"]

    def p(text: str) -> Paragraph:
        return Paragraph(text.replace("&", "&amp;"), style)

    widths = [30, 150, 170, 250, 110]
    grid = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    story: list[Any] = [p(line) for line in preamble("Camat Contoh")]
    rows: list[list[Any]] = [HEADER, NUMBERS]
    for no, sasaran, indikator, formula, sumber in CAMAT_ROWS:
        rows.append(
            [no, p(sasaran or ""), p("<br/>".join(indikator)), p("<br/>".join(formula)), p(sumber)]
        )
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([*grid, ("SPAN", (1, 2), (1, 3))]))
    story += [table, PageBreak()]
    story += [p(line) for line in preamble("Sekretaris Kecamatan")]
    rows = [HEADER] + [[p(v) for v in sekretaris_row(n)] for n in range(1, SEKRETARIS_ROWS + 1)]
    story.append(Table(rows, colWidths=widths, repeatRows=1, style=TableStyle(grid)))
    SimpleDocTemplate(str(path), pagesize=landscape(A4)).build(story)
    return path
