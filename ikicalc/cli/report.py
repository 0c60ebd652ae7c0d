"""``ikicalc report``: every indicator of a document evaluated on realisasi data, written as
a table, JSON, CSV, XLSX or PDF, or streamed with Polars (``--stream``)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

from ikicalc.cli.app import (
    EXIT_UNREADABLE,
    app,
    err,
    fail,
    load_any,
    styled,
    warn,
)
from ikicalc.errors import IkiError
from ikicalc.evaluation import DEFAULT_SCALE
from ikicalc.i18n import _, ngettext
from ikicalc.rules.scales import scale

if TYPE_CHECKING:
    from ikicalc.evaluation.frame import FrameResult
    from ikicalc.evaluation.rows import Report
    from ikicalc.realisasi.undecided import DataWarning


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
            raise IkiError(_("--format {kind} needs --output FILE.{kind}").format(kind=kind))
        if output is not None:  # the extension chooses the format, or must agree with it
            requested = None if output_format is ReportFormat.TABLE else output_format.value
            fmt = format_for_file(output, requested)
        loaded = load_any(document)
        values = read_realisasi(data, by=by or (), strict=False)
    except IkiError as error:
        raise fail(error, EXIT_UNREADABLE) from None
    _show_data_problems(values.problems)
    _show_data_warnings(values.warnings)
    total = sum(1 for _row in loaded.iter_indicators())
    data_rows = len(values.rows())
    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        console=err(),
        transient=True,
        disable=not err().is_terminal or not _long_run(total, data_rows),
    ) as progress:
        described = ngettext("indicator", "indicators", total)
        rows_read = ngettext("{count} data row", "{count} data rows", data_rows)
        task = progress.add_task(
            f"{described} ({rows_read.format(count=data_rows)})", total=total
        )
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
            _print_table(report)
    except (IkiError, OSError) as error:
        raise fail(IkiError(str(error)), EXIT_UNREADABLE) from None
    err().print(styled(_summary(report, total, data_rows, output)), soft_wrap=True)


def _summary(report: Report, total: int, data_rows: int, output: Path | None) -> str:
    """``25 indicators, 1 data row → 25 report rows: 17 computed, 8 not computed …``"""
    rows = len(report.rows)
    computed = rows - report.errors
    parts = [
        ngettext("{count} indicator", "{count} indicators", total).format(count=total),
        ngettext("{count} data row", "{count} data rows", data_rows).format(count=data_rows),
    ]
    text = ", ".join(parts) + " → " + ngettext(
        "{count} report row", "{count} report rows", rows
    ).format(count=rows)
    text += ": " + _("{computed} computed, {failed} not computed").format(
        computed=computed, failed=report.errors
    )
    warned = sum(1 for row in report.rows if row.lint)
    if warned:
        text += "; " + ngettext(
            "{count} row with a lint warning", "{count} rows with a lint warning", warned
        ).format(count=warned)
    if report.unused:
        unused = len(report.unused)
        text += "; " + ngettext(
            "{count} data value used by no formula",
            "{count} data values used by no formula",
            unused,
        ).format(count=unused)
    if output is not None:
        text += "; " + _("written to {path}").format(path=output)
    return text


_PROGRESS_FROM = 200
"""A document of this many indicators gets a progress bar on a terminal."""
_PROGRESS_FROM_CELLS = 20_000
"""So does a run of this many indicator × data-row evaluations (2 s or more)."""


def _long_run(indicators: int, data_rows: int) -> bool:
    return indicators >= _PROGRESS_FROM or indicators * max(data_rows, 1) >= _PROGRESS_FROM_CELLS


def _print_table(report: Report) -> None:
    """The table on a terminal (fitted to its width), TSV when stdout is a file or a pipe."""
    from ikicalc.cli.table import report_table, report_tsv

    # made now, not at import: the width and whether stdout is a terminal are today's
    console = Console(markup=False, highlight=False)
    if console.is_terminal:
        console.print(report_table(report, console.width))
    else:
        typer.echo(report_tsv(report), nl=False)


_SHOWN_DATA_PROBLEMS = 20


def _show_data_problems(problems: Sequence[IkiError]) -> None:
    """Every cell without a usable number, up to a limit, then how many more: the report
    computes every row it can and gives the others their reason."""
    if not problems:
        return
    warn(
        ngettext(
            "{count} cell without a usable number:", "{count} cells without a usable number:",
            len(problems),
        ).format(count=len(problems))
    )
    for problem in problems[:_SHOWN_DATA_PROBLEMS]:
        err().print(styled(f"  {problem}"), soft_wrap=True)
    if len(problems) > _SHOWN_DATA_PROBLEMS:
        more = len(problems) - _SHOWN_DATA_PROBLEMS
        err().print(styled("  … " + _("and {count} more").format(count=more)))


def _show_data_warnings(warnings: Sequence[object]) -> None:
    """What the data reader warned of (``W113``, naming the file, rows and columns)."""
    for warning in warnings:
        warn(str(warning))


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
            IkiError(_("--stream needs the scale extra: pip install 'ikicalc[scale]'")),
            EXIT_UNREADABLE,
        ) from None
    try:
        if output_format not in (None, ReportFormat.CSV):
            raise IkiError(
                _(
                    "--stream writes CSV or Parquet, not {kind}: leave out --format, or leave "
                    "out --stream for a JSON, XLSX or table report"
                ).format(kind=output_format.value)
            )
        if output is None or output.suffix.lower() not in (".csv", ".parquet"):
            raise IkiError(_("--stream writes a file: give --output FILE.csv or FILE.parquet"))
        if output_format is ReportFormat.CSV and output.suffix.lower() != ".csv":
            raise IkiError(
                _("--format csv but --output {name}: give FILE.csv").format(name=output.name)
            )
        result = evaluate_frame(load_any(document), data, by=by or None, kategori=kategori)
        _show_data_warnings(_warnings_while_summing(result))
        with err().status(_("evaluating"), spinner="dots"):
            result.write(output)
    except IkiError as error:
        raise fail(error, EXIT_UNREADABLE) from None
    computed = sum(d.problem is None for d in result.indicators)
    counted = len(result.indicators)
    err().print(
        styled(
            ngettext(
                "{count} indicator ({computable} computable) over every row of {data}",
                "{count} indicators ({computable} computable) over every row of {data}",
                counted,
            ).format(count=counted, computable=computed, data=data)
            + "; "
            + _("written to {path}").format(path=output)
        ),
        soft_wrap=True,
    )
    problems = [d for d in result.indicators if d.problem is not None]
    for described in problems[:_SHOWN_PROBLEMS]:
        err().print(styled(f"  {described.id}: {described.problem}"), soft_wrap=True)
    if len(problems) > _SHOWN_PROBLEMS:
        more = len(problems) - _SHOWN_PROBLEMS
        err().print(
            styled("  … " + _("and {count} more (each in its 'error' column)").format(count=more))
        )


_SHOWN_PROBLEMS = 3


def _warnings_while_summing(result: FrameResult) -> tuple[DataWarning, ...]:
    """``result.warnings()`` (a pass over the file: its bytes, or a Polars scan where a cell
    holds a dot), found while Polars adds up the ``Σ`` totals that writing needs first; a
    problem of the totals is raised after the warnings are shown."""
    found: list[tuple[DataWarning, ...]] = []
    try:
        result._summed(lambda: found.append(result.warnings()))  # the warnings, meanwhile
    except IkiError:
        if found:
            _show_data_warnings(found[0])
        raise
    return found[0]
