"""``ikicalc report``: every indicator of a document evaluated on realisasi data, written as
a table, JSON, CSV, XLSX or PDF, or streamed with Polars (``--stream``)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from enum import StrEnum
from fractions import Fraction
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn
from rich.table import Table
from rich.text import Text

from ikicalc.cli.app import (
    EXIT_UNREADABLE,
    app,
    count,
    err,
    fail,
    load_any,
    out,
    styled,
)
from ikicalc.errors import IkiError
from ikicalc.evaluation import DEFAULT_SCALE
from ikicalc.numbers import indonesian, rounded
from ikicalc.rules.scales import scale

if TYPE_CHECKING:
    from ikicalc.evaluation.rows import Report


class ReportFormat(StrEnum):
    """How ``report`` writes the report."""

    TABLE = "table"
    JSON = "json"
    CSV = "csv"
    XLSX = "xlsx"
    PDF = "pdf"


@app.command("report")
def report_command(
    document: Annotated[Path, typer.Argument(help="The definition file (YAML) of the document.")],
    data: Annotated[
        Path, typer.Option("--data", help="Realisasi data: CSV, XLSX, JSON or YAML, long or wide.")
    ],
    output_format: Annotated[
        ReportFormat | None,
        typer.Option("--format", "-f", help="table, json, csv, xlsx or pdf."),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Write to this file (needed for xlsx and pdf)."),
    ] = None,
    kategori: Annotated[
        str,
        typer.Option(help="Scale for capaian when an indicator names none ('none': no category)."),
    ] = DEFAULT_SCALE,
    stream: Annotated[
        bool,
        typer.Option(
            "--stream",
            help="Wide CSV/Parquet of any size: evaluate with Polars in bounded memory, one "
            "output row per input row (needs ikicalc[scale]; --output .csv or .parquet).",
        ),
    ] = False,
    by: Annotated[
        list[str] | None,
        typer.Option(
            "--by",
            help="Identifying column(s) that group Σ formulas over wide data: one row per "
            "group, with or without --stream. Repeat.",
        ),
    ] = None,
    periode: Annotated[
        str | None, typer.Option(help="XLSX/PDF: the period line (default: the whole tahun).")
    ] = None,
    ttd_tempat: Annotated[str | None, typer.Option(help="XLSX/PDF signature: place.")] = None,
    ttd_tanggal: Annotated[str | None, typer.Option(help="XLSX/PDF signature: date.")] = None,
    ttd_jabatan: Annotated[
        str | None, typer.Option(help="XLSX/PDF signature: the signer's position.")
    ] = None,
    ttd_nama: Annotated[str | None, typer.Option(help="XLSX/PDF signature: name.")] = None,
    ttd_nip: Annotated[str | None, typer.Option(help="XLSX/PDF signature: NIP.")] = None,
) -> None:
    """Compute realisasi, capaian and kategori of every indicator of a document.

    Every indicator is in the report, with its value or with the reason it could not be
    computed; wide data (one row per employee) gives one row per employee for formulas without
    Σ. Files are written atomically; CSV/XLSX cells that a spreadsheet would run as a formula
    are neutralised. Exit 0 when the report is written (rows that could not be computed are in
    it, under Keterangan), 2 when the document or the data cannot be read.
    """
    from ikicalc.evaluation.exact import build_report
    from ikicalc.realisasi import read_realisasi
    from ikicalc.writers import output_format as format_for_file
    from ikicalc.writers import report_json, write_report

    scale_name = None if kategori.strip().lower() in ("none", "") else kategori
    try:
        if scale_name is not None:
            scale(scale_name)  # an unknown scale is an error before any work is done
    except IkiError as error:
        raise fail(error, EXIT_UNREADABLE) from None
    if stream:
        _stream_report(document, data, output, by or [], output_format, scale_name)
        return
    output_format = output_format or ReportFormat.TABLE
    try:
        if output_format in (ReportFormat.XLSX, ReportFormat.PDF) and output is None:
            kind = output_format.value
            raise IkiError(f"--format {kind} needs --output FILE.{kind}")
        if output is not None:  # the extension chooses the format, or must agree with it
            requested = None if output_format is ReportFormat.TABLE else output_format.value
            fmt = format_for_file(output, requested)
        loaded = load_any(document)
        values = read_realisasi(data, by=by or (), strict=False)
    except IkiError as error:
        raise fail(error, EXIT_UNREADABLE) from None
    _show_data_problems(values.problems)
    total = sum(1 for _ in loaded.iter_indicators())
    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        console=err,
        transient=True,
        disable=not err.is_terminal or total < _PROGRESS_FROM,
    ) as progress:
        task = progress.add_task("indicators", total=total)
        try:
            report = build_report(
                loaded,
                values,
                kategori=scale_name,
                progress=lambda done: progress.advance(task, done),
                by=by or None,
            )
        except IkiError as error:
            raise fail(error, EXIT_UNREADABLE) from None
    try:
        if output is not None:
            from ikicalc.writers import Signature

            signature = Signature(ttd_tempat, ttd_tanggal, ttd_jabatan, ttd_nama, ttd_nip)
            write_report(report, output, fmt, str(data), document=loaded, periode=periode,
                         signature=signature)
        elif output_format is ReportFormat.JSON:
            typer.echo(json.dumps(report_json(report, str(data)), ensure_ascii=False, indent=2))
        elif output_format is ReportFormat.CSV:
            from ikicalc.writers import csv_bytes

            typer.echo(csv_bytes(report, str(data)).decode("utf-8"), nl=False)
        else:
            out.print(_report_table(report))
    except (IkiError, OSError) as error:
        raise fail(IkiError(str(error)), EXIT_UNREADABLE) from None
    rows = len(report.rows)
    err.print(
        f"{total} indicators, {len(values.rows())} data rows → {rows} report rows: "
        f"{rows - report.errors} computed, {report.errors} not computed"
        + (f"; {len(report.unused)} data values used by no formula" if report.unused else "")
        + (f"; written to {output}" if output is not None else ""),
        highlight=False,
    )


_PROGRESS_FROM = 200
_SHOWN_DATA_PROBLEMS = 20


def _show_data_problems(problems: Sequence[IkiError]) -> None:
    """Every cell without a usable number, up to a limit, then how many more: the report
    computes every row it can and gives the others their reason."""
    if not problems:
        return
    counted = count(len(problems), "cell")
    err.print(styled(("warning:", "bold yellow"), f" {counted} without a usable number:"))
    for problem in problems[:_SHOWN_DATA_PROBLEMS]:
        err.print(styled(f"  {problem}"))
    if len(problems) > _SHOWN_DATA_PROBLEMS:
        err.print(styled(f"  … and {len(problems) - _SHOWN_DATA_PROBLEMS} more"))


def _stream_report(
    document: Path,
    data: Path,
    output: Path | None,
    by: list[str],
    output_format: ReportFormat | None,
    kategori: str | None,
) -> None:
    """``report --stream``: the whole document over wide data with Polars, streamed. It
    writes CSV or Parquet only: another ``--format`` is refused, not ignored."""

    try:
        from ikicalc.evaluation.frame import evaluate_frame
    except ImportError:
        raise fail(
            IkiError("--stream needs the scale extra: pip install 'ikicalc[scale]'"),
            EXIT_UNREADABLE,
        ) from None
    try:
        if output_format not in (None, ReportFormat.CSV):
            raise IkiError(
                f"--stream writes CSV or Parquet, not {output_format.value}: leave out "
                "--format, or leave out --stream for a JSON, XLSX or table report"
            )
        if output is None or output.suffix.lower() not in (".csv", ".parquet"):
            raise IkiError("--stream writes a file: give --output FILE.csv or FILE.parquet")
        if output_format is ReportFormat.CSV and output.suffix.lower() != ".csv":
            raise IkiError(f"--format csv but --output {output.name}: give FILE.csv")
        result = evaluate_frame(load_any(document), data, by=by or None, kategori=kategori)
        with err.status("evaluating", spinner="dots"):
            result.write(output)
    except IkiError as error:
        raise fail(error, EXIT_UNREADABLE) from None
    computed = sum(d.problem is None for d in result.indicators)
    err.print(
        f"{len(result.indicators)} indicators ({computed} computable) over every row of {data}; "
        f"written to {output}",
        highlight=False,
    )
    problems = [d for d in result.indicators if d.problem is not None]
    for described in problems[:_SHOWN_PROBLEMS]:
        err.print(styled(f"  {described.id}: {described.problem}"))
    if len(problems) > _SHOWN_PROBLEMS:
        err.print(
            f"  … and {len(problems) - _SHOWN_PROBLEMS} more (each in its 'error' column)",
            highlight=False,
        )


_SHOWN_PROBLEMS = 3


def _report_table(report: Report) -> Table:
    from ikicalc.writers.guard import terminal_text

    table = Table(show_lines=False, header_style="bold")
    per_employee = any(row.pegawai for row in report.rows)
    for title in ("ID", "Indikator", "Pegawai", "Realisasi", "Target", "Capaian", "Kategori"):
        if title != "Pegawai" or per_employee:
            table.add_column(title, overflow="fold")
    table.add_column("Keterangan", overflow="fold", style="red")
    for row in report.rows:
        cells = (
            row.indikator_id,
            row.indikator,
            *([row.pegawai or ""] if per_employee else []),
            _shown(row.realisasi) + (row.satuan if row.satuan == "%" and row.realisasi else ""),
            row.target or "",
            _shown(row.capaian),
            row.kategori or "",
            (row.error or "").split("\n")[0],
        )
        # user text: no markup, no escape sequence or bidi control reaches the terminal
        table.add_row(*(Text(terminal_text(cell)) for cell in cells))
    return table


def _shown(value: Fraction | None) -> str:
    shown = rounded(value)
    return "" if shown is None else indonesian(shown)
