"""The report on a terminal: a table that fits its width, or plain TSV when the output is a
file or a pipe.

At 100 columns and more the table has every column; below that the low-value ones (Target,
the satuan) go, and on a terminal too narrow for whole words in the text columns Kategori,
then Capaian, then the ID go too. The numbers never wrap; the text columns share the rest,
and their text is wrapped here between words, never folded in a word (``administra``/``si``):
a word longer than its column is broken after a ``/`` or ``-`` it holds, else shortened with
``…`` (the file formats and TSV keep it whole). Keterangan carries the row's reason and its
lint findings (code and meaning), as the signed report does.
"""

from __future__ import annotations

import re
from fractions import Fraction
from typing import TYPE_CHECKING

from rich import box
from rich.table import Table
from rich.text import Text

from ikicalc.i18n import translate
from ikicalc.numbers import indonesian, rounded

if TYPE_CHECKING:
    from ikicalc.evaluation.rows import Report, ReportRow

__all__ = ["FULL_WIDTH", "keterangan", "report_table", "report_tsv"]

FULL_WIDTH = 100
"""From this terminal width on, the table shows every column."""

_HEADERS = {
    "id": "ID",
    "indikator": "Indikator",
    "pegawai": "Pegawai",
    "realisasi": "Realisasi",
    "target": "Target",
    "capaian": "Capaian (%)",
    "kategori": "Kategori",
    "keterangan": "Keterangan",
}
_NUMBERS = frozenset({"realisasi", "target", "capaian"})
_RATIOS = {"indikator": 1, "pegawai": 1, "keterangan": 1}
_SHORT = {"capaian": "Capaian"}
"""Shorter headers for a narrow terminal (the unit is in the wide table and the files)."""


def keterangan(row: ReportRow) -> str:
    """The row's reason (not computed) and its lint findings, one per line:
    ``W102: the ratio looks inverted …`` (the meaning of the code, in the current language)."""
    lines = [row.error] if row.error else []
    lines += [f"{found.code}: {translate(found.summary or found.message)}" for found in row.lint]
    return "\n".join(lines)


def _cells(row: ReportRow) -> dict[str, str]:
    realisasi = _shown(row.realisasi)
    if realisasi and row.satuan == "%":
        realisasi += "%"
    return {
        "id": row.indikator_id,
        "indikator": row.indikator,
        "pegawai": row.pegawai or "",
        "realisasi": realisasi,
        "target": row.target or "",
        "capaian": _shown(row.capaian),
        "kategori": row.kategori or "",
        "keterangan": keterangan(row),
    }


def _columns(report: Report, width: int) -> list[str]:
    keys = list(_HEADERS)
    if not any(row.pegawai for row in report.rows):
        keys.remove("pegawai")
    if width < FULL_WIDTH:
        keys.remove("target")
    return keys


def report_table(report: Report, width: int) -> Table:
    """The rows of ``report`` as a table for a terminal ``width`` columns wide: the text
    columns are wrapped here, between words (see :func:`wrap`), to widths that make the
    table ``width`` columns at most, so no word is folded in its middle."""
    from ikicalc.writers.guard import terminal_text

    keys = _columns(report, width)
    rows = [{k: terminal_text(v) for k, v in _cells(row).items()} for row in report.rows]
    narrow = width < FULL_WIDTH
    headers = {k: _SHORT.get(k, _HEADERS[k]) if narrow else _HEADERS[k] for k in keys}
    for dropped in _DROPPED_FIRST if narrow else ():
        if _text_room(keys, headers, rows, width) >= _MIN_TEXT or dropped not in keys:
            continue
        keys.remove(dropped)  # too narrow for the words: fewer columns
    table = Table(
        box=box.SIMPLE_HEAD if narrow else box.HEAVY_HEAD,
        header_style="bold",
        show_edge=not narrow,
        pad_edge=not narrow,
        padding=(0, 1),
        collapse_padding=narrow,
    )
    widths = _widths(keys, headers, rows, width - _overhead(len(keys), narrow))
    for key in keys:
        table.add_column(
            headers[key],
            width=widths[key],
            no_wrap=True,  # wrapped here, between words; a cell never folds
            overflow="ellipsis",
            justify="right" if key in _NUMBERS else "left",
            style="red" if key == "keterangan" else None,
        )
    for cells in rows:
        # user text: no markup, no escape sequence or bidi control reaches the terminal
        table.add_row(*(Text(wrap(cells[key], widths[key])) for key in keys))
    return table


_MIN_TEXT = 16
"""A narrow table drops columns until each text column has this many characters: most
Indonesian words fit whole (``penyelenggaraan``, ``pertanggungjawab``)."""

_DROPPED_FIRST = ("kategori", "capaian", "id")
"""The columns a narrow table gives up, in this order, when the text columns have less than
:data:`_MIN_TEXT` each (Indikator, Pegawai, Realisasi and Keterangan stay)."""


def _text_room(
    keys: list[str], headers: dict[str, str], rows: list[dict[str, str]], width: int
) -> int:
    """The characters each text column would get, shared equally."""
    fixed = _widths([k for k in keys if k not in _RATIOS], headers, rows, width)
    texts = sum(1 for k in keys if k in _RATIOS) or 1
    return (width - _overhead(len(keys), True) - sum(fixed.values())) // texts


def _overhead(columns: int, narrow: bool) -> int:
    """Characters of a table of ``columns`` columns that are not cells: padding and rules
    (narrow: one space of padding and one of rule between columns, no edges; wide: one
    space each side of a cell and a rule around every cell)."""
    return 2 * (columns - 1) if narrow else 3 * columns + 1


def _widths(
    keys: list[str], headers: dict[str, str], rows: list[dict[str, str]], room: int
) -> dict[str, int]:
    """The width of each column: a number, the id and the kategori as wide as their widest
    value (a kategori of two words may take two lines); the text columns share what is left,
    each getting no more than its longest line needs."""
    widths: dict[str, int] = {}
    for key in keys:
        if key in _RATIOS:
            continue
        cells = [r[key] for r in rows]
        if key == "kategori":
            widest = max((_longest_word(c) for c in cells), default=0)
        else:
            widest = max((len(c) for c in cells), default=0)
        widths[key] = max(widest, len(headers[key]))
    texts = [key for key in keys if key in _RATIOS]
    wanted = {
        key: max(
            len(headers[key]),
            max((len(line) for r in rows for line in r[key].splitlines()), default=0),
        )
        for key in texts
    }
    left = room - sum(widths.values())
    # the narrowest wishes first: a column that needs less than an equal share takes only
    # what it needs, and the others share the rest
    for done, key in enumerate(sorted(texts, key=lambda k: wanted[k])):
        share = max(left // (len(texts) - done), 1)
        widths[key] = min(wanted[key], share)
        left -= widths[key]
    return widths


def wrap(text: str, width: int) -> str:
    """``text`` in lines of at most ``width`` characters, broken between words. A word
    longer than the line is broken after a ``/`` or a ``-`` inside it
    (``terkirim/`` ``terdistribusikan``); a piece still too long is shortened with ``…``:
    a word is never folded in its middle."""
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        line = ""
        for word in paragraph.split():
            for piece in _pieces(word, width):
                if not line:
                    line = piece
                elif len(line) + 1 + len(piece) <= width:
                    line += " " + piece
                else:
                    lines.append(line)
                    line = piece
        lines.append(line)
    return "\n".join(lines)


def _pieces(word: str, width: int) -> list[str]:
    """``word`` whole when it fits, else cut after its ``/`` and ``-`` into pieces that
    fit (joined back where they can), each piece too long ended with ``…``."""
    if len(word) <= width:
        return [word]
    parts = [part for part in re.split(r"(?<=[/-])", word) if part]
    pieces: list[str] = []
    for part in parts:
        if pieces and len(pieces[-1]) + len(part) <= width:
            pieces[-1] += part
        else:
            pieces.append(part)
    return [p if len(p) <= width else p[: max(width - 1, 0)] + "…" for p in pieces]


def report_tsv(report: Report) -> str:
    """The rows of ``report`` as tab-separated text (every column; a tab or a line break in a
    cell becomes a space), for a file or a pipe."""
    from ikicalc.writers.guard import terminal_text

    keys = _columns(report, FULL_WIDTH)
    lines = ["\t".join(_HEADERS[key] for key in keys)]
    for row in report.rows:
        cells = _cells(row)
        cells["keterangan"] = cells["keterangan"].replace("\n", "; ")
        lines.append("\t".join(_flat(terminal_text(cells[key])) for key in keys))
    return "\n".join(lines) + "\n"


def _flat(text: str) -> str:
    return " ".join(text.replace("\t", " ").split())


def _longest_word(text: str) -> int:
    return max((len(word) for word in text.split()), default=0)


def _shown(value: Fraction | None) -> str:
    shown = rounded(value)
    return "" if shown is None else indonesian(shown)

