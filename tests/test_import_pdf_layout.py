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


def _edges_x() -> list[float]:
    """The x of the column edges: :data:`WIDTHS` from :data:`LEFT`."""
    edges_x = [LEFT]
    for width in WIDTHS:
        edges_x.append(edges_x[-1] + width)
    return edges_x


def _edges_y(rows: list[list[list[str]]]) -> list[float]:
    """The y of the row edges from :data:`TOP`: the header's row, then each of ``rows`` as
    high as its cell of the most lines."""
    heights = [LEADING * 1.5] + [LEADING * (max(len(c) for c in row) + 0.8) for row in rows]
    edges_y = [TOP]
    for height in heights:
        edges_y.append(edges_y[-1] - height)
    return edges_y


def _grid(canvas: Any, edges_x: list[float], edges_y: list[float]) -> None:
    """The ruled lines of a table: a column rule at each of ``edges_x``, a row rule at each of
    ``edges_y``, from the first edge to the last."""
    for x in edges_x:
        canvas.line(x, edges_y[0], x, edges_y[-1])
    for y in edges_y:
        canvas.line(edges_x[0], y, edges_x[-1], y)


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
    edges_x, edges_y = _edges_x(), _edges_y(ROWS)
    canvas.setFillColorRGB(*shade)
    canvas.rect(LEFT, edges_y[-1], edges_x[-1] - LEFT, TOP - edges_y[-1], stroke=0, fill=1)
    for row_index, row in enumerate([[[h] for h in HEADER], *ROWS]):
        for col, lines in enumerate(row):
            _cell(canvas, edges_x[col], edges_y[row_index], WIDTHS[col], lines, shade)
    canvas.setLineWidth(0.5)
    _grid(canvas, edges_x, edges_y)
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


FRACTION_ROWS: list[list[list[str]]] = [
    [
        ["1"],
        ["Meningkatnya rumah", "layak huni"],
        ["Cakupan rumah", "layak huni"],
        [
            "Jumlah rumah layak huni,",
            "dengan rumus:",
            "Jumlah rumah layak huni",
            "= ------------------------------ x 100%",
            "Jumlah seluruh rumah",
        ],
        ["Laporan evaluasi"],
    ],
    [
        ["2"],
        ["Meningkatnya akses", "air minum"],
        ["Cakupan pelayanan", "air minum"],
        [
            "Jumlah penduduk berakses",
            "air minum layak",
            "= ------------------------------ x 100%",
            "Jumlah seluruh penduduk",
        ],
        ["Laporan evaluasi"],
    ],
]


def build_framed_fractions(path: Path) -> Path:
    """A ruled table whose formula cells hold a stacked fraction framed by a box of its
    own, each of the fraction's lines boxed in turn (as a text box drawn in the cell)."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(path), pagesize=landscape(A4))
    canvas.setFont("Helvetica-Bold", 11)
    canvas.drawString(LEFT, TOP + 30, "DINAS PERUMAHAN DAN PERMUKIMAN")
    canvas.drawString(LEFT, TOP + 15, "TAHUN 2016")
    edges_x, edges_y = _edges_x(), _edges_y(FRACTION_ROWS)
    rows = [[[h] for h in HEADER], *FRACTION_ROWS]
    canvas.setLineWidth(0.5)
    for row_index, row in enumerate(rows):
        for col, lines in enumerate(row):
            _cell(canvas, edges_x[col], edges_y[row_index], WIDTHS[col], lines, WHITE)
        if row_index:
            formula = row[3]
            first = len(formula) - 3 if len(formula) > 4 else 0
            x0, x1 = edges_x[3] + 3, edges_x[4] - 3
            for n in range(first, len(formula) + 1):  # the frame and a rule under each line
                y = edges_y[row_index] - n * LEADING - 3
                canvas.line(x0, y, x1, y)
            top = edges_y[row_index] - first * LEADING - 3
            bottom = edges_y[row_index] - len(formula) * LEADING - 3
            canvas.line(x0, top, x0, bottom)
            canvas.line(x1, top, x1, bottom)
    _grid(canvas, edges_x, edges_y)
    canvas.showPage()
    canvas.save()
    return path


def test_a_framed_fraction_is_read_once_with_its_lines(tmp_path: Path) -> None:
    result = import_file(build_framed_fractions(tmp_path / "lkip.pdf"), strict=True)
    got = [(i.indikator, i.formula) for _, i in result.document.iter_indicators()]
    assert got == [
        (
            "Cakupan rumah layak huni",
            "Jumlah rumah layak huni,\ndengan rumus:\nJumlah rumah layak huni\n"
            "= ------------------------------ x 100%\nJumlah seluruh rumah",
        ),
        (
            "Cakupan pelayanan air minum",
            "Jumlah penduduk berakses\nair minum layak\n"
            "= ------------------------------ x 100%\nJumlah seluruh penduduk",
        ),
    ]


class _Row:
    def __init__(self, cells: list[tuple[float, float, float, float] | None]) -> None:
        self.cells = cells


class _Table:
    """pdfplumber's table as the reader uses it: cell boxes by row, and their texts."""

    def __init__(self, rows: list[list[tuple[tuple[float, float, float, float], str] | None]]):
        self.rows = [_Row([None if c is None else c[0] for c in row]) for row in rows]
        self._texts = [[None if c is None else c[1] for c in row] for row in rows]

    def extract(self) -> list[list[str | None]]:
        return [list(row) for row in self._texts]


def test_a_cell_inside_a_larger_cell_is_not_read_twice() -> None:
    # page 19 of the Diskimrum LKIP 2016: the formula cell (259-419 x 459-559) holds the
    # whole text; the framed fraction inside it gives pdfplumber cells of its own
    from ikicalc.importers.pdf import _table_rows

    fraction = "Jumlah penduduk berakses\nair minum layak\n= ------x 100 %\nJumlah seluruh penduduk"
    table = _Table(
        [
            [
                ((74, 459, 100, 559), "2"),
                ((181, 459, 259, 559), "Cakupan Air Minum"),
                ((259, 459, 419, 559), "dengan rumus:\n" + fraction),
                None,
            ],
            [None, None, ((264, 470, 419, 500), "Jumlah penduduk berakses\nair minum layak"), None],
            [None, None, ((264, 501, 419, 525), "= ------x 100 %"), None],
            [None, None, ((264, 526, 419, 550), "Jumlah seluruh penduduk"), None],
        ]
    )
    assert _table_rows(table) == [["2", "Cakupan Air Minum", "dengan rumus:\n" + fraction, None]]


def test_formula_text_keeps_the_lines_of_a_stacked_fraction_only() -> None:
    from ikicalc.importers.cells import formula_text
    from ikicalc.importers.tables import LINE, PARAGRAPH

    stacked = f"Jumlah rumah layak huni{LINE}= ---------- x 100%{PARAGRAPH}Jumlah rumah"
    assert formula_text(stacked) == "Jumlah rumah layak huni\n= ---------- x 100%\nJumlah rumah"
    wrapped = f"Jumlah rumah layak huni /{LINE}Jumlah  rumah x 100%"
    assert formula_text(wrapped) == "Jumlah rumah layak huni / Jumlah rumah x 100%"


def test_the_definition_file_keeps_a_stacked_fraction_and_reads_back(tmp_path: Path) -> None:
    import yaml

    from ikicalc import load_document
    from ikicalc.importers.yaml_out import dump_document

    result = import_file(build_framed_fractions(tmp_path / "lkip.pdf"), strict=True)
    text = dump_document(result)
    out = tmp_path / "lkip.yaml"
    out.write_text(text, encoding="utf-8")
    assert "formula: |-\n" in text
    assert yaml.safe_load(text)["jabatan"][0]["indikator"][1]["formula"].endswith(
        "= ------------------------------ x 100%\nJumlah seluruh penduduk"
    )
    formulas = [i.formula for _, i in load_document(out).iter_indicators()]
    assert formulas == [i.formula for _, i in result.document.iter_indicators()]


def test_an_unplaced_row_with_cell_lines_stays_one_comment_line(tmp_path: Path) -> None:
    # a PDF cell's lines are kept as U+2028, which YAML reads as a line break: inside a
    # "# ..." comment it ended the comment and the rest of the cell broke the file
    import dataclasses

    from ikicalc import load_document
    from ikicalc.importers.assemble import Unplaced
    from ikicalc.importers.tables import LINE
    from ikicalc.importers.yaml_out import dump_document

    result = import_file(build_framed_fractions(tmp_path / "lkip.pdf"), strict=True)
    stray = Unplaced("page 1, table 1, row 1", (f"Realisasi{LINE}Fisik", "99,78%"), "a reason")
    text = dump_document(dataclasses.replace(result, unplaced=(stray,)))
    assert "#   page 1, table 1, row 1: a reason: Realisasi Fisik | 99,78%\n" in text
    out = tmp_path / "lkip.yaml"
    out.write_text(text, encoding="utf-8")
    assert len(list(load_document(out).iter_indicators())) == 2


CRITERIA_HEADER = ["No.", "Sasaran Strategis", "Indikator Kinerja", "Formulasi", "Keterangan"]
# a record: its cells, then the rows ruled in its formula column only (criteria)
CRITERIA_RECORDS: list[tuple[list[str], list[str]]] = [
    (
        ["1.", "Perencanaan bermutu", "Persentase dokumen baik", "A / B x 100%", "-"],
        ["Dokumen baik bila memenuhi kriteria:", "1 sesuai sistematika 10%"],
    ),
    (["2.", "Meningkatnya akuntabilitas", "Nilai SAKIP", "Nilai hasil evaluasi", "LHE"], []),
]


def build_criteria_rows(path: Path) -> Path:
    """A Review IKU table: a numbering row that skips dropped columns ``(1) (2) (3) (6)
    (7)``, and criteria ruled into rows of their own in the formula column while the other
    cells of the record span them."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(path), pagesize=landscape(A4))
    canvas.setFont("Helvetica-Bold", 11)
    canvas.drawString(LEFT, TOP + 30, "BADAN PERENCANAAN PEMBANGUNAN DAERAH")
    canvas.drawString(LEFT, TOP + 15, "TAHUN 2021")
    edges_x = _edges_x()
    canvas.setLineWidth(0.5)
    y = TOP
    full = [y]
    canvas.setFont("Helvetica", 9)
    for row in (CRITERIA_HEADER, ["(1)", "(2)", "(3)", "(6)", "(7)"]):
        for col, text in enumerate(row):
            canvas.drawString(edges_x[col] + 4, y - LEADING, text)
        y -= LEADING * 1.5
        full.append(y)
    partial: list[float] = []
    for cells, criteria in CRITERIA_RECORDS:
        for col, text in enumerate(cells):
            canvas.drawString(edges_x[col] + 4, y - LEADING, text)
        for line in criteria:
            y -= LEADING * 1.5
            partial.append(y)
            canvas.drawString(edges_x[3] + 4, y - LEADING, line)
        y -= LEADING * 1.5
        full.append(y)
    _grid(canvas, edges_x, full)
    for rule in partial:
        canvas.line(edges_x[3], rule, edges_x[4], rule)
    canvas.showPage()
    canvas.save()
    return path


def test_criteria_rows_under_a_formula_are_its_note(tmp_path: Path) -> None:
    result = import_file(build_criteria_rows(tmp_path / "review.pdf"), strict=True)
    got = [(i.indikator, i.formula, i.catatan) for _, i in result.document.iter_indicators()]
    assert got == [
        (
            "Persentase dokumen baik",
            "A / B x 100%",
            "Dokumen baik bila memenuhi kriteria:\n1 sesuai sistematika 10%",
        ),
        ("Nilai SAKIP", "Nilai hasil evaluasi", None),
    ]
    assert result.document.tahun == 2021
    assert len(result.review) == 1


def test_a_numbering_row_may_skip_dropped_columns_in_brackets_only() -> None:
    from ikicalc.importers.header import is_numbering_row

    assert is_numbering_row(("(1)", "(2)", "(3)", "", "(6)", ""))
    assert is_numbering_row(("1", "2", "3", "4"))
    assert not is_numbering_row(("1", "2", "3", "5"))  # may be data: targets 1, 2, 3, 5
    assert not is_numbering_row(("(2)", "(3)", "(6)"))
    assert not is_numbering_row(("(1)", "(6)"))
