"""PDF page layouts that once misled the reader, drawn here with reportlab's canvas.

Each builder reproduces a structure met in office PDFs (batch 11 of the public cells: the
Renstra review of the DKP and the LKIP 2016 of the Diskimrum, Jawa Barat), not their text.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from ikicalc.importers import import_file

HEADER = ["No", "Sasaran", "Indikator Kinerja", "Formulasi Perhitungan", "Sumber Data"]
WIDTHS = [30, 120, 150, 220, 100]
LEFT, TOP, LEADING = 40.0, 560.0, 12.0
ROWS: list[list[list[str]]] = [
    [
        ["1"],
        ["Meningkatnya produksi", "perikanan budidaya"],
        ["Persentase kenaikan", "produksi perikanan", "budidaya"],
        ["Produksi tahun ini / Produksi", "tahun lalu x 100%"],
        ["Laporan statistik"],
    ],
    [
        ["2"],
        ["Meningkatnya mutu", "hasil perikanan"],
        ["Persentase produk", "yang memenuhi standar"],
        ["Jumlah produk memenuhi standar /", "Jumlah produk diuji x 100%"],
        ["Laporan uji mutu"],
    ],
]


def _bold_twice(canvas: Any, x: float, y: float, text: str) -> None:
    """Bold as some word processors draw it: the same text again, a hair to the right."""
    canvas.setFont("Helvetica-Bold", 11)
    canvas.drawString(x, y, text)
    canvas.drawString(x + 0.3, y, text)


WHITE = (1.0, 1.0, 1.0)
LAVENDER = (0.875, 0.848, 0.91)


def _cell(
    canvas: Any, x: float, y: float, width: float, lines: list[str], shade: tuple[float, ...]
) -> None:
    """The lines of a cell, each over a box of its own in the cell's shade (paragraph
    shading)."""
    canvas.setFont("Helvetica", 9)
    for n, line in enumerate(lines):
        base = y - (n + 1) * LEADING
        canvas.setFillColorRGB(*shade)
        canvas.rect(x + 2, base - 2, width - 4, LEADING - 1, stroke=0, fill=1)
        canvas.setFillColorRGB(0, 0, 0)
        canvas.drawString(x + 4, base, line)


def build_shaded_renstra(path: Path, shade: tuple[float, ...] = WHITE) -> Path:
    """A unit name in doubled bold, and a ruled table whose cell lines sit on boxes of the
    cell's shade (drawn first, over the whole cell)."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(path), pagesize=landscape(A4))
    _bold_twice(canvas, LEFT, TOP + 30, "DINAS KELAUTAN DAN PERIKANAN")
    _bold_twice(canvas, LEFT, TOP + 15, "TAHUN 2017")
    heights = [LEADING * 1.5] + [LEADING * (max(len(c) for c in row) + 0.8) for row in ROWS]
    edges_x = [LEFT]
    for width in WIDTHS:
        edges_x.append(edges_x[-1] + width)
    edges_y = [TOP]
    for height in heights:
        edges_y.append(edges_y[-1] - height)
    canvas.setFillColorRGB(*shade)
    canvas.rect(LEFT, edges_y[-1], edges_x[-1] - LEFT, TOP - edges_y[-1], stroke=0, fill=1)
    for row_index, row in enumerate([[[h] for h in HEADER], *ROWS]):
        for col, lines in enumerate(row):
            _cell(canvas, edges_x[col], edges_y[row_index], WIDTHS[col], lines, shade)
    canvas.setLineWidth(0.5)
    for x in edges_x:
        canvas.line(x, edges_y[0], x, edges_y[-1])
    for y in edges_y:
        canvas.line(edges_x[0], y, edges_x[-1], y)
    canvas.showPage()
    canvas.save()
    return path


def test_bold_drawn_twice_is_read_once(tmp_path: Path) -> None:
    result = import_file(build_shaded_renstra(tmp_path / "renstra.pdf"))
    assert result.document.unit == "Dinas Kelautan Dan Perikanan"
    assert result.document.tahun == 2017


@pytest.mark.parametrize("shade", [WHITE, LAVENDER], ids=["white", "lavender"])
def test_boxes_behind_cell_lines_do_not_cut_the_table(
    tmp_path: Path, shade: tuple[float, ...]
) -> None:
    path = build_shaded_renstra(tmp_path / "renstra.pdf", shade)
    result = import_file(path, strict=True)
    got = [(i.sasaran, i.indikator, i.formula) for _, i in result.document.iter_indicators()]
    assert got == [
        (
            "Meningkatnya produksi perikanan budidaya",
            "Persentase kenaikan produksi perikanan budidaya",
            "Produksi tahun ini / Produksi tahun lalu x 100%",
        ),
        (
            "Meningkatnya mutu hasil perikanan",
            "Persentase produk yang memenuhi standar",
            "Jumlah produk memenuhi standar / Jumlah produk diuji x 100%",
        ),
    ]
