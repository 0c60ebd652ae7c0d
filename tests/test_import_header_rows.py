"""Headers of two or three rows: the year over ``Target | Realisasi``, or under ``Target``.

LKIP tables (batch 11 of the public cells: the BAB III of the LKIP 2016 of the Dispenda and the
LKIP 2016 of the Disperkim, Jawa Barat) name their columns in one row and the year in a merged
cell over them (``Tahun 2014 | Tahun 2015 | Tahun 2016``, each over ``Target | Realisasi |
Capkin | Kriteria``), or write ``Target`` over ``2016``. Read one row at a time, the first row
names no target column and the table was lost, with the year its targets are for. The PDFs
here are drawn with reportlab's canvas, merged cells as one box.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ikicalc.importers import import_file
from ikicalc.importers.header import Columns, HeaderRows, match_header

Cell = tuple[int, int, int, int, str]
"""``(row, column, rows spanned, columns spanned, text)``."""

WIDTHS = [30, 170, 200, 60, 60, 60, 60]
HEIGHT = 18.0


def draw(path: Path, cells: list[Cell], heading: list[str]) -> Path:
    """A ruled table whose cells are boxes (a merged cell one box over its span)."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(path), pagesize=landscape(A4))
    left, top = 40.0, 520.0
    canvas.setFont("Helvetica-Bold", 11)
    for n, line in enumerate(heading):
        canvas.drawString(left, top + 40 - 14 * n, line)
    xs = [left]
    for width in WIDTHS:
        xs.append(xs[-1] + width)
    canvas.setLineWidth(0.5)
    for row, col, rows, cols, text in cells:
        x0, x1 = xs[col], xs[col + cols]
        y0 = top - row * HEIGHT
        canvas.rect(x0, y0 - rows * HEIGHT, x1 - x0, rows * HEIGHT, stroke=1, fill=0)
        canvas.setFont("Helvetica", 8)
        canvas.drawString(x0 + 2, y0 - 12, text)
    canvas.showPage()
    canvas.save()
    return path


DATA: list[list[str]] = [
    ["1", "Persentase desa mandiri", "Desa mandiri / Jumlah desa x 100%", "20", "21", "25", "24"],
    ["2", "Indeks kepuasan layanan", "Jumlah nilai / Jumlah responden", "80", "82", "85", "86"],
]


def two_row_table(columns: list[Cell], width: int) -> list[Cell]:
    """No | Indikator | Formulasi merged over both header rows, ``columns`` (the header
    cells beside them) and the first ``width`` cells of DATA's rows under the header."""
    cells: list[Cell] = [
        (0, 0, 2, 1, "No"),
        (0, 1, 2, 1, "Indikator Kinerja"),
        (0, 2, 2, 1, "Formulasi Perhitungan"),
        *columns,
    ]
    for n, row in enumerate(DATA):
        cells += [(2 + n, col, 1, 1, text) for col, text in enumerate(row[:width])]
    return cells


def years_over_targets() -> list[Cell]:
    """No | Indikator | Formulasi | Tahun 2015 (Target, Realisasi) | Tahun 2016 (Target,
    Realisasi): the three named columns merged over both header rows."""
    years: list[Cell] = [
        (0, 3, 1, 2, "Tahun 2015"),
        (0, 5, 1, 2, "Tahun 2016"),
        (1, 3, 1, 1, "Target"),
        (1, 4, 1, 1, "Realisasi"),
        (1, 5, 1, 1, "Target"),
        (1, 6, 1, 1, "Realisasi"),
    ]
    return two_row_table(years, len(WIDTHS))


def _read(path: Path) -> Any:
    return import_file(path, strict=True)


def test_the_year_over_the_targets_keeps_the_table_and_its_year(tmp_path: Path) -> None:
    result = _read(draw(tmp_path / "lkip.pdf", years_over_targets(), ["DINAS UJI"]))
    got = [(i.indikator, i.formula, i.target) for _, i in result.document.iter_indicators()]
    assert got == [
        ("Persentase desa mandiri", "Desa mandiri / Jumlah desa x 100%", "25"),
        ("Indeks kepuasan layanan", "Jumlah nilai / Jumlah responden", "85"),
    ]
    assert result.document.tahun == 2016
    assert [n for n in result.notes if "header" in n] == [
        "tahun 2016 taken from the header of the indicator table (page 1, table 1, row 2); "
        "its targets are of 2015-2016: those of 2016 were taken"
    ]
    assert not result.unplaced
    assert not result.headers_without_formula


def test_the_documents_year_chooses_among_the_years(tmp_path: Path) -> None:
    heading = ["DINAS UJI", "TAHUN 2015"]
    result = _read(draw(tmp_path / "lkip.pdf", years_over_targets(), heading))
    assert [i.target for _, i in result.document.iter_indicators()] == ["20", "80"]
    assert result.document.tahun == 2015
    assert [n for n in result.notes if "header" in n] == [
        "the indicator table's header (page 1, table 1, row 2) gives the targets of 2015; "
        "its targets are of 2015-2016: those of 2015 were taken"
    ]


def test_the_year_under_the_target(tmp_path: Path) -> None:
    """``Target`` and ``Realisasi`` over ``2016`` (the Disperkim's layout): the year row is
    the header's, not a row without an indicator."""
    years: list[Cell] = [
        (0, 3, 1, 1, "Target*"),
        (0, 4, 1, 1, "Realisasi**"),
        (1, 3, 1, 1, "2016"),
        (1, 4, 1, 1, "2016"),
    ]
    cells = two_row_table(years, 5)
    result = _read(draw(tmp_path / "lkip.pdf", cells, ["DINAS UJI"]))
    assert [i.target for _, i in result.document.iter_indicators()] == ["20", "80"]
    assert result.document.tahun == 2016
    assert not result.unplaced


def _columns(
    first: tuple[str, ...], second: tuple[str, ...], prefer: int | None = None
) -> tuple[Columns, int | None, tuple[int, ...]]:
    """The columns a header of the rows ``first`` and ``second`` names, its target's year
    and the years it was chosen among (``prefer``: the document's year)."""
    header = HeaderRows.start(first).below(second)
    assert header is not None
    found = header.columns(prefer=prefer)
    assert found is not None
    return found


def test_header_rows_one_at_a_time() -> None:
    first = ("No", "Indikator Sasaran", "Satuan", "Tahun 2014", "", "Tahun 2016", "")
    second = ("", "", "", "Target\u2028( %)", "Realisasi", "Target\u2028( %)", "Realisasi")
    assert match_header(first) is None  # names no target column: the table was lost
    columns, year, among = _columns(first, second)
    assert columns.groups["target"] == (5,)
    assert year == 2016
    assert among == (2014, 2016)
    assert columns.groups["indikator"] == (1,)
    assert columns.groups["satuan"] == (2,)
    found = _columns(first, second, prefer=2014)
    assert found[0].groups["target"] == (3,)
    assert found[1] == 2014
    # a data row under the header names its indicator: it is no header row
    data = ("1", "Kenaikan pendapatan", "%", "10", "15,36", "10", "12")
    assert HeaderRows.start(first).below(data) is None
    # a text outside the groups that names no column and is no year: data, not header
    assert HeaderRows.start(first).below(("", "", "catatan", "", "", "", "")) is None
    # another width: another table
    assert HeaderRows.start(first).below(second[:-1]) is None


def test_target_over_a_year_per_column() -> None:
    """``Target`` merged over ``2014 … 2018`` (a Renstra; the DKP's review, batch 11): each
    year's column is a target column; the document's year is taken, else the latest."""
    first = ("No", "Sasaran", "Indikator Kinerja", "Satuan", "Target", "", "", "")
    second = ("", "", "", "", "2015", "2016", "2017", "2018")
    found = _columns(first, second)
    assert found[0].groups["target"] == (7,)
    assert found[1:] == (2018, (2015, 2016, 2017, 2018))
    found = _columns(first, second, prefer=2016)
    assert found[0].groups["target"] == (5,)
    assert found[1] == 2016
    # read as one row, the four years were one target group: all four joined in one cell
    alone = match_header(first)
    assert alone is not None
    assert alone.groups["target"] == (4, 5, 6, 7)


def test_the_year_reported_on_over_next_years_target() -> None:
    """``2016`` over ``Target | Realisasi | Capaian`` beside ``Target 2017`` (the LKIP 2016 of
    the Biro Administrasi Pembangunan, batch 11): the report's year is the one with a
    realisasi, not the latest."""
    first = ("No", "Sasaran", "Indikator Kinerja", "Capaian 2015", "2016", "", "", "Target 2017")
    second = ("", "", "", "", "Target", "Realisasi", "Capaian", "")
    found = _columns(first, second)
    assert found[0].groups["target"] == (4,)
    assert found[1:] == (2016, (2016, 2017))
    found = _columns(first, second, prefer=2017)
    assert found[0].groups["target"] == (7,)
