"""The report on a terminal: a table that fits its width, or plain TSV when the output is a
file or a pipe.

At 100 columns and more the table has every column; below that the low-value ones (Target,
the satuan) go, the numbers never wrap, and the text columns share the rest by ratio with a
minimum width that holds their longest word (up to :data:`_LONGEST_WORD`), so words wrap
between words instead of being cut (``administra``/``si``). Keterangan carries the row's
reason and its lint findings (code and meaning), as the signed report does.
"""

from __future__ import annotations

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

_LONGEST_WORD = 18
"""A text column is at least as wide as its longest word, up to this many characters."""

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
    """The rows of ``report`` as a table for a terminal ``width`` columns wide."""
    from ikicalc.writers.guard import terminal_text

    keys = _columns(report, width)
    rows = [{k: terminal_text(v) for k, v in _cells(row).items()} for row in report.rows]
    narrow = width < FULL_WIDTH
    table = Table(
        box=box.SIMPLE_HEAD if narrow else box.HEAVY_HEAD,
        header_style="bold",
        show_edge=not narrow,
        pad_edge=not narrow,
        padding=(0, 1),
        collapse_padding=narrow,
        expand=True,
        width=width,
    )
    for key in keys:
        header = _SHORT.get(key, _HEADERS[key]) if narrow else _HEADERS[key]
        longest = max((_longest_word(r[key]) for r in rows), default=0)
        if key in _RATIOS:
            table.add_column(
                header,
                ratio=_RATIOS[key],
                min_width=min(max(longest, len(header)), _LONGEST_WORD),
                overflow="fold",
                style="red" if key == "keterangan" else None,
            )
        elif key == "kategori":  # 'Sangat Kurang' may wrap between its words
            table.add_column(header, min_width=min(max(longest, len(header)), _LONGEST_WORD))
        else:
            widest = max((len(r[key]) for r in rows), default=0)
            table.add_column(
                header,
                no_wrap=True,
                justify="right" if key in _NUMBERS else "left",
                width=max(widest, len(header)),
            )
    for cells in rows:
        # user text: no markup, no escape sequence or bidi control reaches the terminal
        table.add_row(*(Text(cells[key]) for key in keys))
    return table


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

