"""Import IKI/IKU documents as they are: Word, Excel, PDF, HTML, Markdown and text tables.

>>> result = import_file("iki.docx")          # doctest: +SKIP
>>> result.document                           # a Document, as load_document gives
>>> result.review, result.unplaced            # rows to check, rows not placed (with reasons)

Every format is read into one neutral model (:mod:`ikicalc.importers.tables`); the indicator
tables are found by their headers and turned into a document by one assembler
(:mod:`ikicalc.importers.assemble`). Word, PDF and HTML readers need the optional extra
``pip install 'ikicalc[documents]'``; Excel uses openpyxl, a core dependency.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from ikicalc.errors import IkiError
from ikicalc.i18n import _

if TYPE_CHECKING:
    from ikicalc.documents import Document
    from ikicalc.importers.assemble import ImportResult, Unplaced
    from ikicalc.importers.tables import SourceDocument

__all__ = [
    "FORMATS",
    "DocumentImportError",
    "ImportResult",
    "Unplaced",
    "import_document",
    "import_file",
]

FORMATS = (".docx", ".xlsx", ".xlsm", ".pdf", ".html", ".htm", ".md", ".txt", ".markdown")
"""File suffixes :func:`import_document` reads."""


def __getattr__(name: str) -> Any:
    # The assembler loads with the first import (`ikicalc check` of a YAML file needs FORMATS).
    if name in ("ImportResult", "Unplaced"):
        from ikicalc.importers import assemble as module

        return getattr(module, name)
    raise AttributeError(f"module 'ikicalc.importers' has no attribute {name!r}")


class DocumentImportError(IkiError):
    """A document cannot be imported (unreadable, no indicator table, too large)."""


def read_source(path: Path) -> SourceDocument:
    """Read ``path`` into the neutral model, by its suffix."""
    suffix = path.suffix.lower()
    if not path.is_file():
        raise DocumentImportError(_("{path}: no such file").format(path=path))
    if suffix in (".md", ".txt", ".markdown"):
        from ikicalc.importers.text import read_text_document

        return read_text_document(path)
    if suffix in (".xlsx", ".xlsm"):
        from ikicalc.importers.xlsx import read_xlsx

        return read_xlsx(path)
    if suffix == ".docx":
        from ikicalc.importers.docx import read_docx

        return read_docx(path)
    if suffix == ".pdf":
        from ikicalc.importers.pdf import read_pdf

        return read_pdf(path)
    if suffix in (".html", ".htm"):
        from ikicalc.importers.html import read_html

        return read_html(path)
    raise DocumentImportError(
        _("{path}: cannot import a {suffix} file; expected one of {formats}").format(
            path=path, suffix=suffix or _("suffix-less"), formats=", ".join(FORMATS)
        )
    )


def import_file(path: str | Path, *, strict: bool = False) -> ImportResult:
    """Import ``path`` and say what needs review; see :class:`ImportResult`.

    Raises :class:`DocumentImportError` when the file cannot be read or holds no indicator
    table (a header with an indicator column and a formula or target column); with ``strict``,
    also when a table row could not be placed.
    """
    from ikicalc.importers.assemble import assemble

    path = Path(path)
    source = read_source(path)
    result = assemble(source)
    if result.tables == 0 and result.headers_without_formula:
        raise DocumentImportError(
            _(
                "{path}: the indicator table ({table}) has no formula column; expected a column "
                "headed FORMULASI / PENJELASAN / CARA PERHITUNGAN / METODE PENGHITUNGAN / "
                "DEFINISI OPERASIONAL / RUMUS (or TARGET)"
            ).format(path=path, table=result.headers_without_formula[0])
        )
    if result.tables == 0:
        raise DocumentImportError(
            _(
                "{path}: no indicator table found; expected a table whose header names the "
                "indicator (INDIKATOR …) and the formula (FORMULASI / PENJELASAN / CARA "
                "PERHITUNGAN / RUMUS …) or the target column"
            ).format(path=path)
        )
    if not any(j.indikator for j in result.document.jabatan):
        raise DocumentImportError(
            _("{path}: the indicator table has a header but no indicator rows under it").format(
                path=path
            )
        )
    if strict and result.unplaced:
        raise DocumentImportError(
            _("{path}: {count} table rows could not be placed (--strict):").format(
                path=path, count=len(result.unplaced)
            )
            + "\n"
            + "\n".join(f"  {u}" for u in result.unplaced)
        )
    return result


def import_document(path: str | Path) -> Document:
    """Read an IKI/IKU document (.docx, .xlsx, .pdf, .html, .md, .txt) as a :class:`Document`.

    The same model :func:`ikicalc.load_document` gives for a definition file; cells are kept
    as the document has them (whitespace collapsed). Use :func:`import_file` to also get the
    rows that need review and the rows that could not be placed.
    """
    return import_file(path).document
