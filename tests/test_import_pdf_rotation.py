"""Pages whose text runs sideways or upside down are read upright.

A landscape table printed on a portrait page is drawn with a turned text matrix; the page's
``/Rotate`` may say so (then the viewer turns it), say nothing, or turn it the wrong way. Read
as drawn, its words come one letter per line or backwards (``%001 x nalaj``). Each PDF here is
drawn with reportlab's canvas: the same table turned by 0-3 quarter turns, with every
``/Rotate``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from ikicalc.importers import import_file
from ikicalc.importers.pdf_page import quarter_turns

HEADER = ["No", "Indikator Kinerja", "Formulasi Perhitungan"]
ROWS = [
    ["1", "Persentase desa maju", "Jumlah desa maju / Jumlah desa x 100%"],
    ["2", "Persentase jalan mantap", "Panjang jalan mantap / Panjang jalan x 100%"],
]
WIDTHS = [30, 180, 280]
EXPECTED = [(row[1], row[2]) for row in ROWS]


def _table(canvas: Any, left: float, top: float, jabatan: str, rows: list[list[str]]) -> None:
    canvas.setFont("Helvetica", 9)
    canvas.drawString(left, top + 20, f"Jabatan : {jabatan}")
    xs = [left]
    for width in WIDTHS:
        xs.append(xs[-1] + width)
    ys = [top - 20 * i for i in range(len(rows) + 2)]
    for r, row in enumerate([HEADER, *rows]):
        for k, text in enumerate(row):
            canvas.drawString(xs[k] + 3, ys[r] - 14, text)
    canvas.setLineWidth(0.5)
    for x in xs:
        canvas.line(x, ys[0], x, ys[-1])
    for y in ys:
        canvas.line(xs[0], y, xs[-1], y)


def _turned_page(canvas: Any, turns: int, page_rotate: int, jabatan: str) -> None:
    """One portrait page: the table turned ``turns`` quarter turns counter-clockwise."""
    from reportlab.lib.pagesizes import A4

    width, height = A4
    if page_rotate:
        canvas.setPageRotation(page_rotate)
    canvas.saveState()
    if turns == 1:
        canvas.translate(width, 0)
        canvas.rotate(90)
    elif turns == 2:
        canvas.translate(width, height)
        canvas.rotate(180)
    elif turns == 3:
        canvas.translate(0, height)
        canvas.rotate(-90)
    top = (width if turns % 2 else height) - 80
    _table(canvas, 40, top, jabatan, ROWS)
    canvas.restoreState()
    canvas.showPage()


def build(path: Path, pages: list[tuple[int, int, str]]) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(path), pagesize=A4)
    for turns, page_rotate, jabatan in pages:
        _turned_page(canvas, turns, page_rotate, jabatan)
    canvas.save()
    return path


def _read(path: Path) -> list[tuple[str, str | None]]:
    result = import_file(path, strict=True)
    return [(i.indikator, i.formula) for _, i in result.document.iter_indicators()]


@pytest.mark.parametrize("page_rotate", [0, 90, 180, 270])
@pytest.mark.parametrize("turns", [0, 1, 2, 3])
def test_a_turned_table_is_read_upright(tmp_path: Path, turns: int, page_rotate: int) -> None:
    path = build(tmp_path / "turned.pdf", [(turns, page_rotate, "Kepala Dinas Uji")])
    assert _read(path) == EXPECTED


def test_only_the_turned_page_is_turned(tmp_path: Path) -> None:
    path = build(
        tmp_path / "two.pdf",
        [(0, 0, "Kepala Bidang Satu"), (1, 0, "Kepala Bidang Dua"), (3, 90, "Kepala Tiga")],
    )
    result = import_file(path, strict=True)
    got = [(p.nama, i.indikator) for p, i in result.document.iter_indicators()]
    assert got == [
        (jabatan, indikator)
        for jabatan in ("Kepala Bidang Satu", "Kepala Bidang Dua", "Kepala Tiga")
        for indikator, _formula in EXPECTED
    ]


def _char(text: str, matrix: tuple[float, ...]) -> dict[str, Any]:
    return {"text": text, "matrix": matrix}


def test_the_page_turns_by_most_of_its_characters() -> None:
    upright, up = (9, 0, 0, 9, 0, 0), (0, 9, -9, 0, 0, 0)
    over, down = (-9, 0, 0, -9, 0, 0), (0, -9, 9, 0, 0, 0)
    assert quarter_turns([_char("a", upright)] * 5) == 0
    assert quarter_turns([_char("a", up)] * 5) == 1
    assert quarter_turns([_char("a", over)] * 5) == 2
    assert quarter_turns([_char("a", down)] * 5) == 3
    # a column heading set sideways in an upright table: the page stays
    assert quarter_turns([_char("a", upright)] * 30 + [_char("b", up)] * 12) == 0
    # no majority: the page stays as drawn
    assert quarter_turns([_char("a", upright)] * 4 + [_char("b", up)] * 4) == 0
    # blanks do not vote, nor characters without a matrix
    assert quarter_turns([_char(" ", upright)] * 9 + [_char("x", down)] * 2 + [{"text": "y"}]) == 3
    assert quarter_turns([]) == 0
