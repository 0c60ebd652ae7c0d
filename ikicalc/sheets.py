"""Moved to :mod:`ikicalc.writers`; this path stays for one release."""

from __future__ import annotations

from ikicalc.writers import (
    COLUMNS,
    FORMATS,
    RISKY_START,
    OutputFileError,
    Signature,
    atomic_open,
    atomic_path,
    atomic_write,
    csv_bytes,
    neutralise,
    output_format,
    report_bytes,
    report_json,
    spreadsheet_text,
    terminal_text,
    write_report,
)

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
