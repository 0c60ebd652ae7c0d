"""How a CSV file is written: its encoding, field separator and Excel ``sep=`` line.

One decision for every reader of tabular data: :func:`ikicalc.read_realisasi` (exact) and
:func:`ikicalc.evaluate_frame` (Polars) both ask :func:`sniff_csv`, so a file is read the
same way by both engines. Encodings: UTF-8 with or without BOM, and UTF-16 with BOM (what
Excel writes as "Unicode text"). The separator is Excel's ``sep=;`` first line when there
is one, else the most frequent of ``;``, ``,`` and tab in the header line outside quotes.
A file separated by ``;`` is an Indonesian Excel file: its numbers use a decimal comma.

**The file decides its number style** (:attr:`CsvDialect.style`, one
:data:`ikicalc.numbers.NumberStyle` for every cell of the file): from the dialect and the
cells of its first 64 KiB (:func:`ikicalc.numbers.data_style`). A decimal-comma file (a
``;`` file, or cells such as ``81,35``) reads ``1.000`` as a thousand; a file whose cells
show a decimal dot (``81.35``) reads ``1,000`` as a thousand; a file showing both or neither
reads each cell on its own (``"mixed"``). Both engines read the style from here.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from ikicalc.numbers import NumberStyle, data_style

__all__ = ["CsvDialect", "sniff_csv", "sniff_delimiter"]

_HEAD_BYTES = 1 << 16


@dataclass(frozen=True)
class CsvDialect:
    """``encoding`` (a Python codec name), ``delimiter``, and ``skip``: 1 when the first
    line is Excel's ``sep=;``. ``decimal_comma``: the file writes numbers with a comma;
    ``style``: how every cell of the file reads its numbers (see the module)."""

    encoding: str
    delimiter: str
    skip: int = 0
    style: NumberStyle = "mixed"

    @property
    def decimal_comma(self) -> bool:
        """A ``;``-separated file is Indonesian Excel's: numbers use a decimal comma."""
        return self.delimiter == ";"

    @property
    def utf8(self) -> bool:
        """Whether the bytes are UTF-8 (with or without BOM): Polars reads those directly."""
        return self.encoding == "utf-8-sig"


_UNLIKELY_IN_NAMES = (",", ";", "\t")
"""Separators from the likeliest to appear inside a column name to the least."""


def _counts(line: str) -> dict[str, int]:
    """How often each separator stands in ``line`` outside quotes."""
    counts = {";": 0, ",": 0, "\t": 0}
    quoted = False
    for ch in line:
        if ch == '"':
            quoted = not quoted
        elif not quoted and ch in counts:
            counts[ch] += 1
    return counts


def sniff_delimiter(line: str, rows: Sequence[str] = ()) -> str:
    """The field separator a CSV header line uses: the most frequent of ``;``, ``,`` and tab
    outside quotes (``,`` when there is none). A tie goes to the separator a column name is
    least likely to hold: a tab, then ``;``, then ``,`` (``nip<TAB>Jumlah air, Jumlah``).

    With the first data ``rows``, a separator that cuts each of them into as many fields as
    the header wins over a more frequent one that does not: in ``nip;Jumlah air, air, Jumlah``
    over ``1000;5`` the commas belong to a name, the ``;`` to the file.
    """
    counts = _counts(line)
    ranked = sorted(
        (d for d in counts if counts[d]),
        key=lambda d: (counts[d], _UNLIKELY_IN_NAMES.index(d)),
        reverse=True,
    )
    if not ranked:
        return ","
    for delimiter in ranked:
        if rows and all(_counts(row)[delimiter] == counts[delimiter] for row in rows):
            return delimiter
    return ranked[0]


_SNIFF_ROWS = 8
"""How many lines after the header the separator is checked against."""


def encoding_of(head: bytes) -> str:
    """The codec of a file starting with ``head``: UTF-16 when it has a UTF-16 BOM, else
    UTF-8 (a UTF-8 BOM is skipped)."""
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    return "utf-8-sig"


def dialect_of_text(text: str, encoding: str, *, complete: bool = False) -> CsvDialect:
    """The dialect of a CSV file's start (``text``; the whole file when ``complete``)."""
    stripped = text.lstrip("\ufeff")
    first = stripped.split("\n", 1)[0].strip()
    if first.casefold().startswith("sep=") and len(first) == 5:
        delimiter, skip = first[4], 1
    else:
        whole = stripped.split("\n")
        if not complete and len(whole) > 1:
            whole.pop()  # the start of a file may end inside its last line
        lines = [line for line in whole[: _SNIFF_ROWS + 1] if line.strip()]
        header = lines[0] if lines else ""
        delimiter, skip = sniff_delimiter(header, lines[1:]), 0
    style = _style_of(stripped, delimiter, skip, complete)
    return CsvDialect(encoding, delimiter, skip, style)


def _style_of(text: str, delimiter: str, skip: int, complete: bool) -> NumberStyle:
    """The number style the cells of ``text`` (the start of a file) show."""
    lines = text.split("\n")[skip:]
    if not complete and len(lines) > 1:
        lines = lines[:-1]  # the last line of a head may be cut in the middle
    reader = csv.reader(io.StringIO("\n".join(lines), newline=""), delimiter=delimiter)
    cells: list[str] = []
    try:
        next(reader, None)  # the header
        for record in reader:
            cells += record
    except csv.Error:
        pass  # a malformed line: the cells read so far decide (the reader says what is wrong)
    return data_style(cells, decimal_comma=delimiter == ";")


def dialect_of_head(head: bytes) -> CsvDialect:
    """The dialect of a CSV file from its first bytes (at most 64 KiB are looked at): what
    :func:`sniff_csv` and :func:`ikicalc.read_realisasi` both decide."""
    head = head[:_HEAD_BYTES]
    encoding = encoding_of(head)
    text = head.decode(encoding, errors="replace")
    return dialect_of_text(text, encoding, complete=len(head) < _HEAD_BYTES)


def sniff_csv(path: Path) -> CsvDialect:
    """The dialect of the CSV file at ``path``, from its first 64 KiB."""
    with path.open("rb") as handle:
        head = handle.read(_HEAD_BYTES)
    return dialect_of_head(head)
