"""Hostile files the red-team campaign found defects with (issue 12), one regression test
each: a sheet without ``<dimension>`` is not parsed to its end when the workbook opens, and
a damaged sheet in an imported workbook is an ``IkiError``."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

import ikicalc

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "fuzz"))

import hostile_files


def test_opening_a_workbook_does_not_parse_its_sheets(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from openpyxl.worksheet._reader import WorkSheetParser

    from ikicalc.workbooks import open_workbook

    scans: list[object] = []
    original = WorkSheetParser.parse_dimensions

    def counted(self: WorkSheetParser) -> object:
        scans.append(self)
        return original(self)

    monkeypatch.setattr(WorkSheetParser, "parse_dimensions", counted)
    path = tmp_path / "rows.xlsx"
    path.write_bytes(hostile_files._with_member(
        hostile_files._bomb_sheet(1000, True), hostile_files._workbook_parts("", None)
    ))
    book = open_workbook(path)
    try:
        assert scans == []
        rows = list(book.worksheets[0].iter_rows(values_only=True))
    finally:
        book.close()
    assert len(rows) == 1001
    assert rows[-1] == (1, 2)
    # openpyxl's own loading is untouched for everyone else
    from openpyxl import load_workbook

    load_workbook(path, read_only=True).close()
    assert len(scans) == 1


def test_a_large_sheet_without_dimension_is_refused_at_the_row_budget_not_after_a_scan(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ikicalc import limits

    monkeypatch.setattr(limits, "XLSX_MAX_ROWS", 1000)
    path = tmp_path / "rows.xlsx"
    path.write_bytes(hostile_files._with_member(
        hostile_files._bomb_sheet(400_000, True), hostile_files._workbook_parts("", None)
    ))
    started = time.process_time()
    with pytest.raises(ikicalc.DataError, match="XLSX_MAX_ROWS"):
        ikicalc.read_realisasi(path)
    assert time.process_time() - started < 2  # the scan alone: about 8 s of CPU


def test_a_damaged_sheet_in_an_imported_workbook_is_an_iki_error(tmp_path: Path) -> None:
    rows = [["No", "Indikator Kinerja", "Formulasi Perhitungan", "Target", "Satuan"],
            ["1", "Kehadiran\x00", "A / B x 100%", "90", "%"]]
    path = tmp_path / "iki.xlsx"
    path.write_bytes(hostile_files._zip(hostile_files._workbook_parts(
        hostile_files._sheet(rows, raw=True), None
    )))
    with pytest.raises(ikicalc.IkiError, match="cannot be read"):
        ikicalc.import_document(path)


@pytest.mark.parametrize("span", [1000, 2_000_000_000])
def test_a_word_cell_spanning_two_billion_columns_is_counted_before_it_is_expanded(
    tmp_path: Path, span: int
) -> None:
    import resource

    rows = [["No", "Indikator Kinerja", "Formulasi Perhitungan", "Target", "Satuan"],
            ["1", "Kehadiran", "A / B x 100%", "90", "%"]]
    path = tmp_path / "iki.docx"
    path.write_bytes(hostile_files._docx(hostile_files._table(rows, span=span)))
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.process_time()
    if span > 1000:
        with pytest.raises(ikicalc.IkiError, match="cells; refused"):
            ikicalc.import_document(path)
    else:  # 5 000 cells: read (a result, or no indicator table found)
        with contextlib.suppress(ikicalc.IkiError):
            ikicalc.import_document(path)
    assert time.process_time() - started < 5
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before < 200 * 1024


def test_report_stream_of_multi_megabyte_cells_stays_small(tmp_path: Path) -> None:
    """Found by the campaign: 5 MB cells (bidi marks, 15 MB in UTF-8) in a Parquet file
    took ``report --stream`` past 1 GiB, each cell copied by every step of the number
    reader and of the spreadsheet guard. Such cells are now no number, and written as a
    notice naming the limit."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    data = tmp_path / "data.parquet"
    cell = "\u202e" * 5_000_000
    pq.write_table(pa.table({name: [cell] * 5 for name in ("nip", "A", "B")}), data)
    definition = tmp_path / "iki.yaml"
    definition.write_text(
        "unit: X\ntahun: 2024\njabatan:\n  - nama: C\n    indikator:\n      - id: a\n"
        "        indikator: K\n        formula: A / B x 100%\n        target: 90\n",
        encoding="utf-8",
    )
    output = tmp_path / "out.csv"
    script = (
        "import sys\n"
        "from ikicalc.cli import app\n"
        "try:\n"
        f"    app([ 'report', {str(definition)!r}, '--data', {str(data)!r}, '--stream',"
        f" '-o', {str(output)!r}])\n"
        "except SystemExit as done:\n"
        "    code = done.code\n"
        # VmHWM, not ru_maxrss: the latter keeps the parent's peak across fork and exec
        "peak = [l for l in open('/proc/self/status') if l.startswith('VmHWM')][0]\n"
        "print(code, int(peak.split()[1]) // 1024)\n"
    )
    root = Path(__file__).resolve().parent.parent
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(root)}, timeout=300, check=False)
    code, peak_mib = done.stdout.split()[-2:]
    assert code in ("0", "None"), done.stderr
    assert int(peak_mib) < 800, f"peak {peak_mib} MiB"
    text = output.read_text(encoding="utf-8")
    assert "ikicalc.limits.DATA_MAX_CELL_CHARS" in text
    assert "\u202e" not in text
