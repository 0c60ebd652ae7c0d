"""Opening an XLSX workbook to read it once, row by row (openpyxl's read-only mode), without
openpyxl's scan of every sheet at open.

A read-only sheet looks for its ``<dimension>`` when the workbook is opened; a sheet
without one is parsed to its end for it (a 200 MB sheet: a minute, before a single row is
read, whatever limit the reader then applies). ikicalc never trusts ``<dimension>`` (it may
claim A1:XFD1048576) and reads the rows a sheet has, so the scan is skipped.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

__all__ = ["open_workbook"]

_LOCK = threading.Lock()


def open_workbook(path: Path) -> Any:
    """``openpyxl.load_workbook(path, read_only=True, data_only=True)``, sheets unsized
    (their ``max_row``/``max_column`` are ``None``: iterate rows to the end)."""
    from openpyxl import load_workbook
    from openpyxl.worksheet._read_only import ReadOnlyWorksheet

    sheet_class: Any = ReadOnlyWorksheet
    with _LOCK:
        scan = sheet_class._get_size
        sheet_class._get_size = _unsized
        try:
            return load_workbook(path, read_only=True, data_only=True)
        finally:
            sheet_class._get_size = scan


def _unsized(sheet: Any) -> None:
    sheet._max_row = sheet._max_column = None
