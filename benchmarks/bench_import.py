"""Import benchmark: a generated 200-page PDF and a 5,000-row XLSX (issue 16).

    python benchmarks/bench_import.py [--pages 200] [--rows 5000] [--keep DIR]
    python benchmarks/bench_import.py --file DOCUMENT.pdf   # time one document of your own

Both documents are generated first (not timed): the PDF is one indicator table per position
(a position every 10 pages), ruled, with its header repeated on every page; the XLSX one
sheet with a header and a sasaran merged over every five rows. The import of each is timed
(wall clock and CPU time of this process, one run, since a run takes seconds; on a shared
machine the CPU time is the figure that does not depend on the other work) and the indicator rows found are checked.
Goal: each well under a minute. With ``--file`` only that document is imported and timed
(the Renstra review of the DKP Jawa Barat, batch 11 of the public cells, is the one whose
pages drew bold twice over shaded boxes: 7.8-10.1 s CPU before the page cleaning was
made near-linear, 5.3-5.6 s after, on the shared 2-core machine of session 8).
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path
from typing import Any

from ikicalc.importers import import_file

HEADER = ["NO", "SASARAN", "INDIKATOR KINERJA", "FORMULASI PERHITUNGAN", "SUMBER DATA"]
ROWS_PER_PAGE = 18


def row(n: int) -> list[str]:
    return [
        str(n),
        f"Meningkatnya kinerja bidang {n // 5}" if n % 5 == 1 else "",
        f"Persentase dokumen jenis {n} yang selesai tepat waktu",
        f"Jumlah dokumen jenis {n} yang selesai tepat waktu / Jumlah dokumen jenis {n} x 100%",
        "Laporan kegiatan",
    ]


def build_pdf(path: Path, pages: int) -> int:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle

    style = getSampleStyleSheet()["Normal"]
    widths = [30, 150, 170, 280, 90]
    grid = TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)])
    story: list[Any] = [
        Paragraph("INDIKATOR KINERJA INDIVIDU TAHUN 2025", style),
        Paragraph("Nama Unit Organisasi : Kecamatan Uji", style),
    ]
    n = 0
    for position in range(pages // 10):
        story.append(Paragraph(f"Jabatan : Jabatan Uji {position + 1}", style))
        rows: list[list[Any]] = [HEADER]
        for _ in range(10 * ROWS_PER_PAGE - 2):
            n += 1
            rows.append([Paragraph(c, style) if len(c) > 30 else c for c in row(n)])
        story += [Table(rows, colWidths=widths, repeatRows=1, style=grid), PageBreak()]
    SimpleDocTemplate(str(path), pagesize=landscape(A4)).build(story)
    return n


def build_xlsx(path: Path, rows: int) -> int:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("IKI")
    sheet.append(["Nama Unit Organisasi : Kecamatan Uji"])
    sheet.append(["Jabatan : Camat Uji"])
    sheet.append(HEADER)
    for n in range(1, rows + 1):
        sheet.append(row(n))
    book.save(path)
    return rows


def timed(path: Path) -> tuple[float, float, int, int]:
    """Wall-clock and CPU seconds of one import, the indicator rows and unplaced rows."""
    start, cpu = time.perf_counter(), time.process_time()
    result = import_file(path)
    elapsed, used = time.perf_counter() - start, time.process_time() - cpu
    rows = sum(1 for _ in result.document.iter_indicators())
    return elapsed, used, rows, len(result.unplaced)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=200)
    parser.add_argument("--rows", type=int, default=5000)
    parser.add_argument("--keep", type=Path, default=None, help="write the documents here")
    parser.add_argument("--file", type=Path, default=None, help="time this document only")
    args = parser.parse_args()
    if args.file is not None:
        elapsed, used, found, unplaced = timed(args.file)
        print(
            f"{args.file.name}: {elapsed:.1f} s wall, {used:.1f} s CPU, {found} indicator "
            f"rows, {unplaced} unplaced"
        )
        return
    folder = args.keep or Path(tempfile.mkdtemp(prefix="ikicalc-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    pdf, xlsx = folder / f"iki-{args.pages}.pdf", folder / f"iki-{args.rows}.xlsx"
    started = time.perf_counter()
    expected_pdf = build_pdf(pdf, args.pages)
    expected_xlsx = build_xlsx(xlsx, args.rows)
    print(
        f"generated in {time.perf_counter() - started:.1f} s: {pdf} ({pdf.stat().st_size:,} B), "
        f"{xlsx} ({xlsx.stat().st_size:,} B)"
    )
    for path, expected in ((pdf, expected_pdf), (xlsx, expected_xlsx)):
        elapsed, used, found, unplaced = timed(path)
        status = "ok" if found == expected and not unplaced else "MISMATCH"
        print(
            f"{path.name}: {elapsed:.1f} s wall, {used:.1f} s CPU, {found} of {expected} "
            f"indicator rows, {unplaced} unplaced ({status})"
        )
        assert found == expected
        assert not unplaced


if __name__ == "__main__":
    main()
