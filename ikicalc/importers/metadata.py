"""The document's own metadata: unit, jabatan, tahun and the decree number.

Read from the running text (never from table cells), with the label words of
``ikicalc/data/import.toml``:

* ``Jabatan : Sekretaris Kecamatan`` (with list numbers and Markdown bold around it) starts a
  new position;
* the unit is an explicit ``Nama Unit Organisasi : …`` line, else the first heading in capitals
  that names an organisation (``PEMERINTAH KABUPATEN MALANG KECAMATAN BULULAWANG`` →
  *Kecamatan Bululawang*), else it is derived from the head's position (``Camat Bontang Barat``
  → *Kecamatan Bontang Barat*);
* the year is a heading ``… TAHUN 2022``, else the year closing the decree number
  (``NOMOR: 188.45/ 04 /35.07.14/2017``); a document that states none has none.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from ikicalc.importers.header import metadata_words
from ikicalc.importers.tables import collapse, flat
from ikicalc.patterns import lazy

__all__ = [
    "Metadata",
    "is_metadata_line",
    "jabatan_of",
    "metadata_row",
    "read_metadata",
    "unit_from_jabatan",
]

_LEAD = r"^[\s\-*•\d.)]*\**\s*"
_BOLD = lazy(r"\*\*")
_STOP = lazy(r"\b(?:kabupaten|kota|provinsi|tahun|nomor|tentang)\b.*$", re.IGNORECASE)


def _label(words: object) -> re.Pattern[str]:
    assert isinstance(words, list)  # noqa: S101 - shape of our own data file
    alternatives = "|".join(f"(?:{w})" for w in words)
    return re.compile(_LEAD + rf"(?:{alternatives})\**\s*:\**\s*(.*)$", re.IGNORECASE)


_WORDS = metadata_words()
_JABATAN = _label(_WORDS["jabatan"])
_UNIT = _label(_WORDS["unit"])
_OTHER = _label(_WORDS["other"])
_ORG_WORDS = _WORDS["organisation"]
assert isinstance(_ORG_WORDS, list)  # noqa: S101
_ORGANISATION = lazy(
    r"\b(" + "|".join(_ORG_WORDS) + r")\s+([A-Za-z][\w .'/-]*)", re.IGNORECASE
)
_HEAD_OF = _WORDS["head_of"]
assert isinstance(_HEAD_OF, dict)  # noqa: S101
_YEAR_HEADING = lazy(r"^\W*(?:[A-Z .]+\s)?TAHUN\s+(?:ANGGARAN\s+)?((?:19|20|21)\d\d)\W*$")
_DECREE = lazy(r"^\W*NOMOR\s*:\s*(\S.*?)\W*$", re.IGNORECASE)
_DECREE_YEAR = lazy(r"/\s*((?:19|20|21)\d\d)\s*$")


def _clean(value: str) -> str:
    return flat(_BOLD.sub("", value)).strip(" :")


def jabatan_of(line: str) -> str | None:
    """The position a ``Jabatan : …`` line names, or ``None``."""
    match = _JABATAN.match(line)
    if match is None:
        return None
    value = _clean(match.group(1))
    return value or None


def is_metadata_line(line: str) -> bool:
    """True for a ``Jabatan : …``, unit, year, ``Tugas : …`` or another heading-field line
    (running text, not a table row)."""
    text = _BOLD.sub("", line)
    patterns = (_JABATAN, _UNIT, _OTHER, _YEAR_HEADING)
    return any(p.match(text) for p in patterns)


def metadata_row(cells: tuple[str, ...]) -> str | None:
    """The line a table row spells when it is metadata, not an indicator row: ``Jabatan`` |
    ``:`` | ``Camat`` (Word and Excel documents put the heading fields in a small table)."""
    filled = [flat(c) for c in cells if flat(c)]
    if not filled or len(filled) > 3:
        return None
    line = " ".join(filled)
    return line if is_metadata_line(line) else None


def _is_heading(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 4 and sum(c.isupper() for c in letters) >= 0.9 * len(letters)


def _organisation(line: str) -> str | None:
    match = _ORGANISATION.search(_BOLD.sub("", line))
    if match is None:
        return None
    name = _STOP.sub("", match.group(2))
    name = re.split(r"[^\w .'/-]|\s-\s|\d", name)[0]
    name = collapse(name).strip(" .-/")
    if not name:
        return None
    return f"{match.group(1).title()} {name.title() if name.isupper() else name}"


def unit_from_jabatan(jabatan: str) -> str | None:
    """``Camat Bontang Barat`` → ``Kecamatan Bontang Barat`` (the head's position names it)."""
    words = jabatan.split()
    if len(words) < 2:
        return None
    organisation = _HEAD_OF.get(words[0].lower()) if isinstance(_HEAD_OF, dict) else None
    if not isinstance(organisation, str):
        return None
    return f"{organisation} {' '.join(words[1:])}"


@dataclass
class Metadata:
    """What the running text says about the document."""

    unit: str | None = None
    tahun: int | None = None
    decree: str | None = None


def read_metadata(lines: Iterable[str]) -> Metadata:
    """Read unit, year and decree number from the running text of a document."""
    meta = Metadata()
    heading_unit: str | None = None
    decree_year: int | None = None
    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        if meta.unit is None:
            match = _UNIT.match(line)
            if match and _clean(match.group(1)):
                meta.unit = _clean(match.group(1))
        if heading_unit is None and _is_heading(line):
            heading_unit = _organisation(line)
        if meta.tahun is None:
            year = _YEAR_HEADING.match(_BOLD.sub("", line))
            if year:
                meta.tahun = int(year.group(1))
        decree = _DECREE.match(_BOLD.sub("", line))
        if decree and meta.decree is None and _is_heading(line.split(":")[0]):
            meta.decree = collapse(decree.group(1))
            found = _DECREE_YEAR.search(meta.decree)
            if found:
                decree_year = int(found.group(1))
    if meta.unit is None:
        meta.unit = heading_unit
    if meta.tahun is None:
        meta.tahun = decree_year
    return meta
