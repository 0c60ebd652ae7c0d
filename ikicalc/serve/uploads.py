"""``/api/report``: a document and realisasi data, uploaded, made into a report.

Runs in a worker process. The report file is made in memory. The uploaded bytes are
written into a fresh :class:`tempfile.TemporaryDirectory` under fixed names
(``document.yaml``, ``data.csv``: only the extension, from a fixed list, comes from the
request), read there, and the folder is removed when the report is built, whatever happens.
Error messages name the file as the user uploaded it, not the temporary path.
"""

from __future__ import annotations

import re
import tempfile
from pathlib import Path
from typing import Any

import ikicalc
from ikicalc.documents import Document, loads_document
from ikicalc.errors import IkiError
from ikicalc.evaluation.exact import build_report
from ikicalc.i18n import _
from ikicalc.realisasi import read_realisasi
from ikicalc.rules.scales import scale
from ikicalc.serve.problems import ServeError, from_iki_error, problem
from ikicalc.writers import report_bytes, report_json

__all__ = [
    "DATA_SUFFIXES",
    "MEDIA_TYPES",
    "build",
    "document_suffixes",
    "shown_name",
    "suffix_of",
]

DATA_SUFFIXES = (".csv", ".xlsx", ".json", ".yaml", ".yml")
"""Realisasi data files :func:`ikicalc.read_realisasi` reads."""

_YAML = (".yaml", ".yml")
_IMPORTED = (".docx", ".xlsx", ".pdf", ".html", ".htm", ".txt", ".md")

MEDIA_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "pdf": "application/pdf",
}


def document_suffixes() -> tuple[str, ...]:
    """Document files accepted: YAML definition files, and the formats
    ``ikicalc.import_document`` reads when this installation has it."""
    if getattr(ikicalc, "import_document", None) is None:
        return _YAML
    try:
        from ikicalc.importers import FORMATS
    except ImportError:
        return _YAML + _IMPORTED
    return _YAML + tuple(s for s in FORMATS if s not in _YAML)


def shown_name(filename: str | None, default: str) -> str:
    """The uploaded file's base name, for messages only: no folders, no control characters."""
    name = re.split(r"[\\/]", filename or "")[-1]
    name = re.sub(r"[\x00-\x1f\x7f]", "", name).strip()[:120]
    return name or default


def suffix_of(filename: str, allowed: tuple[str, ...], what: str) -> str:
    """The extension of ``filename`` when it is one of ``allowed``; else a 400 error."""
    suffix = Path(filename).suffix.casefold()
    if suffix not in allowed:
        raise ServeError(
            problem(
                400,
                "unsupported_file",
                f"{what} {filename!r}: "
                + _("unknown file type {suffix}; use {allowed}").format(
                    suffix=suffix or _("(none)"), allowed=", ".join(allowed)
                ),
            )
        )
    return suffix


def _document(content: bytes, name: str, folder: Path) -> Document:
    suffix = suffix_of(name, document_suffixes(), "document")
    if suffix in _YAML:
        try:
            text = content.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            reason = _("not UTF-8 text (byte {byte})").format(byte=exc.start)
            raise IkiError(f"{name}: {reason}") from None
        return loads_document(text, name)
    importer: Any = getattr(ikicalc, "import_document", None)
    path = folder / f"document{suffix}"
    path.write_bytes(content)
    loaded: Document = importer(path)
    return loaded


def _renames(folder: Path, document_name: str, data_name: str) -> list[tuple[str, str]]:
    names = [(f"data{s}", data_name) for s in DATA_SUFFIXES]
    names += [(f"document{s}", document_name) for s in document_suffixes()]
    return [(str(folder / old), new) for old, new in names] + [(str(folder), "(upload)")]


def build(
    *,
    document: bytes,
    document_name: str,
    data: bytes,
    data_name: str,
    output_format: str = "json",
    kategori: str | None = None,
) -> dict[str, Any]:
    """The report as JSON data (``{"json": …}``) or as a file (``{"file": bytes, …}``)."""
    with tempfile.TemporaryDirectory(prefix="ikicalc-serve-") as temporary:
        folder = Path(temporary)
        data_path = folder / f"data{suffix_of(data_name, DATA_SUFFIXES, 'data')}"
        try:
            loaded = _document(document, document_name, folder)
            data_path.write_bytes(data)
            values = read_realisasi(data_path)
            scale_name = None if (kategori or "").strip().lower() in ("none", "") else kategori
            if scale_name is not None:
                scale(scale_name)
            report = build_report(loaded, values, kategori=scale_name)
            if output_format == "json":
                return {"json": report_json(report, data_name)}
            content = report_bytes(report, output_format, data_name, document=loaded)
        except IkiError as error:
            renames = _renames(folder, document_name, data_name)
            raise ServeError(from_iki_error(error, renames=renames)) from None
    return {"file": content, "media_type": MEDIA_TYPES[output_format]}
