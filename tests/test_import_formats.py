"""DOCX, XLSX, PDF and HTML documents generated here import to the expected rows."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from import_fixtures import EXPECTED, UNIT, YEAR, build_docx, build_pdf, build_xlsx

from ikicalc.importers import import_file

BUILDERS = {"docx": build_docx, "xlsx": build_xlsx, "pdf": build_pdf}


def rows_of(result: Any) -> list[dict[str, Any]]:
    return [
        {
            "jabatan": jab.nama,
            "sasaran": ind.sasaran,
            "indikator": ind.indikator,
            "formula": ind.formula,
            "sumber_data": ind.sumber_data,
            "target": ind.target,
            "catatan": ind.catatan,
            "split": ind.dipisah_dari_sel,
        }
        for jab, ind in result.document.iter_indicators()
    ]


@pytest.mark.parametrize("kind", sorted(BUILDERS))
def test_generated_document_imports_to_the_expected_rows(tmp_path: Path, kind: str) -> None:
    path = BUILDERS[kind](tmp_path / f"iki.{kind}")
    result = import_file(path, strict=True)
    got = rows_of(result)
    for n, (want, have) in enumerate(zip(EXPECTED, got, strict=False), start=1):
        assert have == want, f"{kind} row {n}"
    assert len(got) == len(EXPECTED)
    assert result.document.unit == UNIT
    assert result.document.tahun == YEAR
    assert [j.nama for j in result.document.jabatan] == ["Camat Contoh", "Sekretaris Kecamatan"]
    assert [i.id for _, i in result.document.iter_indicators()][:2] == ["001", "002"]


def test_pdf_table_continues_on_the_next_page(tmp_path: Path) -> None:
    result = import_file(build_pdf(tmp_path / "iki.pdf"))
    assert "pdf" in result.kind
    # the Sekretaris table runs onto another page; its rows stay in one position
    assert len(result.document.jabatan[1].indikator) == 30


HTML = """<html><body><h2>INDIKATOR KINERJA INDIVIDU</h2><h2>KECAMATAN CONTOH</h2>
<h2>TAHUN 2021</h2><p>1. Jabatan : <b>Sekretaris</b></p>
<table border=1>
<tr><th>SASARAN/KINERJA UTAMA</th><th>INDIKATOR KINERJA UTAMA</th>
<th>PENJELASAN/FORMULA PENGHITUNGAN</th><th>SUMBER DATA</th></tr>
<tr><td rowspan="2">Meningkatnya mutu</td><td><p>Surat terkirim</p> <p>Layanan tepat</p></td>
<td><p>Jumlah surat terkirim / Jumlah surat x 100%</p> <p>Target 84</p></td>
<td><p>Agenda</p> <p>Data layanan</p></td></tr>
<tr><td>Tingkat kehadiran</td><td><u>Jumlah PNS yang hadir</u> x 100% Jumlah PNS</td>
<td>Daftar hadir</td></tr>
</table></body></html>"""


def test_html_rowspan_and_paragraph_lists(tmp_path: Path) -> None:
    path = tmp_path / "iki.html"
    path.write_text(HTML, encoding="utf-8")
    result = import_file(path, strict=True)
    got = rows_of(result)
    assert result.document.unit == "Kecamatan Contoh"
    assert result.document.tahun == 2021
    assert [(r["indikator"], r["formula"], r["target"], r["sumber_data"]) for r in got] == [
        ("Surat terkirim", "<p>Jumlah surat terkirim / Jumlah surat x 100%</p>", None, "Agenda"),
        ("Layanan tepat", None, "Target 84", "Data layanan"),
        (
            "Tingkat kehadiran",
            "<u>Jumlah PNS yang hadir</u> x 100% Jumlah PNS",
            None,
            "Daftar hadir",
        ),
    ]
    assert {r["sasaran"] for r in got} == {"Meningkatnya mutu"}
    assert [r["split"] for r in got] == [True, True, False]


EXAMPLES = sorted((Path(__file__).resolve().parent.parent / "examples").glob("*.yaml"))
CELLS = ("sasaran", "indikator", "formula", "target", "sumber_data", "catatan")


def document_to_docx(document: Any, path: Path) -> Path:
    """Write a definition file as a Word document, as an office would type it."""
    import docx

    out = docx.Document()
    out.add_paragraph("INDIKATOR KINERJA INDIVIDU")
    out.add_paragraph(f"Nama Unit Organisasi : {document.unit}")
    if document.tahun is not None:
        out.add_paragraph(f"TAHUN {document.tahun}")
    for jab in document.jabatan:
        out.add_paragraph(f"Jabatan : {jab.nama}")
        table = out.add_table(rows=1, cols=5)
        for c, head in enumerate(
            ["SASARAN", "INDIKATOR", "FORMULASI PERHITUNGAN", "SUMBER DATA", "PENANGGUNG JAWAB"]
        ):
            table.cell(0, c).text = head
        for n, ind in enumerate(jab.indikator):
            cells = table.add_row().cells
            cells[0].text = ind.sasaran or ""
            cells[1].text = ind.indikator
            cells[2].text = ind.formula if ind.formula is not None else str(ind.target)
            note = f" Catatan : {ind.catatan}" if ind.catatan else ""
            cells[3].text = (ind.sumber_data or "") + note
            cells[4].text = (jab.penanggung_jawab or "") if n == 0 else ""
    out.save(str(path))
    return path


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_round_trip_through_docx_keeps_every_cell(tmp_path: Path, example: Path) -> None:
    from ikicalc import load_document

    original = load_document(example)
    result = import_file(document_to_docx(original, tmp_path / "iki.docx"), strict=True)
    back = result.document
    assert (back.unit, back.tahun) == (original.unit, original.tahun)
    assert [(j.nama, j.penanggung_jawab) for j in back.jabatan] == [
        (j.nama, j.penanggung_jawab) for j in original.jabatan
    ]
    pairs = list(zip(original.iter_indicators(), back.iter_indicators(), strict=True))
    for (_, want), (_, have) in pairs:
        for name in CELLS:
            expected = getattr(want, name)
            if name == "target" and expected is not None:
                expected = str(expected)
            assert getattr(have, name) == expected, f"{want.id} {name}"


def test_html_line_breaks_in_a_cell_are_list_items(tmp_path: Path) -> None:
    path = tmp_path / "iki.htm"
    path.write_text(
        "<p>Jabatan : Lurah</p><table><tr><td>INDIKATOR</td><td>RUMUS</td></tr>"
        "<tr><td>1. Kehadiran<br>2. Ketepatan</td>"
        "<td>Jumlah hadir / Jumlah pegawai x 100%<br/>Jumlah tepat / Jumlah x 100%</td></tr>"
        "</table>",
        encoding="utf-8",
    )
    got = rows_of(import_file(path, strict=True))
    assert [(r["indikator"], r["formula"]) for r in got] == [
        ("Kehadiran", "Jumlah hadir / Jumlah pegawai x 100%"),
        ("Ketepatan", "Jumlah tepat / Jumlah x 100%"),
    ]
