"""Writing reports and other output files: one safe way for every format.

- :mod:`~ikicalc.writers.files`: atomic writes (:func:`atomic_write`, :func:`atomic_path`):
  nothing half-written, the mode people expect, only regular files replaced.
- :mod:`~ikicalc.writers.guard`: every written cell is guarded (spreadsheet formulas
  neutralised, control characters made visible).
- :mod:`~ikicalc.writers.flat`: the report as one table, JSON and CSV.
- :mod:`~ikicalc.writers.content`, :mod:`~ikicalc.writers.xlsx`, :mod:`~ikicalc.writers.pdf`:
  the report people sign (title block, table, summary, chart, signature block).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from ikicalc.errors import IkiError
from ikicalc.i18n import _
from ikicalc.writers.content import Signature, report_content
from ikicalc.writers.files import OutputFileError, atomic_open, atomic_path, atomic_write
from ikicalc.writers.flat import COLUMNS, csv_bytes, json_bytes, report_json
from ikicalc.writers.guard import RISKY_START, neutralise, spreadsheet_text, terminal_text

if TYPE_CHECKING:
    from ikicalc.documents import Document
    from ikicalc.evaluation.exact import Report

__all__ = [
    "COLUMNS",
    "FORMATS",
    "RISKY_START",
    "OutputFileError",
    "Signature",
    "atomic_open",
    "atomic_path",
    "atomic_write",
    "csv_bytes",
    "neutralise",
    "output_format",
    "report_bytes",
    "report_json",
    "spreadsheet_text",
    "terminal_text",
    "write_report",
]

FORMATS = ("json", "csv", "xlsx", "pdf")
"""The formats :func:`write_report` writes."""


def output_format(path: str | Path, requested: str | None = None) -> str:
    """The format to write ``path`` in: ``requested``, else the one its extension names.

    Raises :class:`IkiError` when they disagree (``--format csv -o laporan.xlsx``) or when
    neither says (``-o laporan.txt`` with no format).
    """
    suffix = Path(path).suffix.lower().lstrip(".")
    named = suffix if suffix in FORMATS else None
    if requested is None:
        if named is None:
            raise IkiError(
                _(
                    "cannot tell the report format from the file name {name}: end it with "
                    ".{formats} or give --format"
                ).format(name=repr(Path(path).name), formats=", .".join(FORMATS))
            )
        return named
    if named is not None and named != requested:
        raise IkiError(
            _(
                "--format {requested} but the file name {name} ends .{named}: make them agree"
            ).format(requested=requested, name=repr(Path(path).name), named=named)
        )
    return requested


def report_bytes(
    report: Report,
    output_format: str,
    source: str = "",
    *,
    document: Document | None = None,
    periode: str | None = None,
    signature: Signature | None = None,
) -> bytes:
    """The report as ``json``, ``csv``, ``xlsx`` or ``pdf`` bytes.

    ``document`` (the definition the report was built from) gives the XLSX and PDF title
    block (unit, tahun, jabatan); ``periode`` and ``signature`` fill the period line and the
    signature block (unfilled fields print as lines to write on).
    """
    flat: dict[str, Callable[[Report, str], bytes]] = {"json": json_bytes, "csv": csv_bytes}
    if output_format in flat:
        return flat[output_format](report, source)
    if output_format not in FORMATS:
        raise IkiError(
            _("unknown report format {format}: use {formats}").format(
                format=repr(output_format), formats=", ".join(FORMATS)
            )
        )
    content = report_content(
        report, document, source=source, periode=periode, signature=signature
    )
    if output_format == "xlsx":
        from ikicalc.writers.xlsx import xlsx_bytes

        return xlsx_bytes(content)
    try:
        from ikicalc.writers.pdf import pdf_bytes
    except ImportError:
        raise IkiError(_("--format pdf needs reportlab: pip install 'ikicalc[pdf]'")) from None
    return pdf_bytes(content)


def write_report(
    report: Report,
    path: str | Path,
    output_format: str,
    source: str = "",
    *,
    document: Document | None = None,
    periode: str | None = None,
    signature: Signature | None = None,
) -> None:
    """Write ``report`` to ``path`` atomically (see :func:`report_bytes` and :mod:`.files`)."""
    data = report_bytes(
        report, output_format, source, document=document, periode=periode, signature=signature
    )
    atomic_write(Path(path), data)
