"""Indicator forms: one form per indicator, labelled blocks instead of a table of rows.

Some offices describe each indicator on a form of its own (a *dasar hitung* or metadata
sheet): a cell ``INDIKATOR 1.1.1`` over the indicator's name, and blocks headed ``KONSEP DAN
DEFINISI``, ``DASAR HITUNG`` (``Cara penghitungan : …``, ``Rumus : P = x/y × 100%``,
``Keterangan …``), ``MANFAAT``, ``SUMBER DATA``, ``Penanggungjawab : …``. Such a table names
no columns, so no indicator table is found. A table is a form when its cells hold an
indicator label and a formula label (the words are data: ``[form]`` of
``ikicalc/data/import.toml``).

A block is read down its column: a label cell, then the cells under it up to the next label
(a label whose cell below is another label takes the cell to its right, as in a form of
``label | value`` rows). A label may open its cell (``Penanggungjawab : Fungsi IPDS``). A
table with labels but no indicator label continues the form before it (a form broken over
two pages). Each form becomes one row under a header of the roles found, in the place of
the form's rows, so the assembler reads it as any indicator row; the blocks of other labels
(definition, use) are kept as the row's note.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from ikicalc.importers.header import data_table
from ikicalc.importers.tables import PARAGRAPH, Item, SourceDocument, TableRow, collapse, flat

__all__ = ["read_forms"]

_KEPT = ("indikator", "formula", "sumber_data", "penanggung_jawab")
_HEADER = {
    "indikator": "Indikator Kinerja",
    "formula": "Formulasi Perhitungan",
    "sumber_data": "Sumber Data",
    "penanggung_jawab": "Penanggung Jawab",
}
_INLINE = re.compile(r"^([^:\n\u2028\u2029]{2,60}?)\s*:\s*(.*)$", re.DOTALL)


@cache
def _labels() -> tuple[tuple[str, tuple[re.Pattern[str], ...]], ...]:
    table = data_table("form")
    return tuple(
        (role, tuple(re.compile(p, re.IGNORECASE) for p in patterns))
        for role, patterns in table.items()
        if isinstance(patterns, list)
    )


def _label(text: str) -> str | None:
    """The role a label names (``other`` for a block not kept), or ``None``."""
    line = flat(text)
    for role, patterns in _labels():
        if any(p.match(line) for p in patterns):
            return role
    return None


def _block(text: str) -> tuple[str | None, str]:
    """A cell as (label role, the value it holds): a whole-cell label has no value; an
    inline label (``Sumber Data : Laporan``) the text after its colon; ``None`` for a value."""
    whole = _label(text)
    if whole is not None:
        return whole, ""
    match = _INLINE.match(collapse(text))
    if match is not None:
        role = _label(match.group(1))
        rest = match.group(2)
        if role is None:  # a heading before an inline label: 'DSAR HITUNG : Rumus : …'
            inner = _INLINE.match(rest)
            if inner is not None and _label(inner.group(1)) is not None:
                role, rest = _label(inner.group(1)), rest
        if role is not None:
            return role, rest.strip()
    return None, text


@dataclass
class _Form:
    rows: list[TableRow]
    blocks: dict[str, list[str]] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)


def _cells(rows: list[TableRow]) -> dict[tuple[int, int], str]:
    return {
        (r, c): text
        for r, row in enumerate(rows)
        for c, text in enumerate(row.cells)
        if collapse(text)
    }


def _read_blocks(rows: list[TableRow], form: _Form) -> None:
    """Add the blocks of one table to the form (column by column, top to bottom)."""
    cells = _cells(rows)
    kinds = {spot: _block(text) for spot, text in cells.items()}
    taken: set[tuple[int, int]] = set()
    for spot in sorted(cells, key=lambda s: (s[1], s[0])):
        role, value = kinds[spot]
        if role is None or spot in taken:
            continue
        taken.add(spot)
        values = [value] if value else []
        r, c = spot
        below = [(n, c) for n in range(r + 1, len(rows)) if (n, c) in cells]
        if not value and (not below or kinds[below[0]][0] is not None):
            right = [(r, n) for n in range(c + 1, len(rows[r].cells)) if (r, n) in cells]
            below = right[:1] if right and kinds[right[0]][0] is None else []
        for other in below:
            if kinds[other][0] is not None:
                break
            values.append(cells[other])
            taken.add(other)
        text = PARAGRAPH.join(v for v in values if collapse(v))
        if role == "other":
            label = flat(cells[spot]).split(":")[0].strip().capitalize()
            form.notes.append(f"{label}: {flat(text)}" if text else label)
        elif text:
            form.blocks.setdefault(role, []).append(text)


def _tables(items: list[Item]) -> list[tuple[int, int, list[TableRow]]]:
    """The tables of the items, as (first index, last index, rows)."""
    found: list[tuple[int, int, list[TableRow]]] = []
    for index, item in enumerate(items):
        if not isinstance(item, TableRow) or not item.table:
            continue
        if found and found[-1][2][0].table == item.table:
            first, _last, rows = found[-1]
            found[-1] = (first, index, [*rows, item])
        else:
            found.append((index, index, [item]))
    return found


def _roles(rows: list[TableRow]) -> set[str]:
    return {role for row in rows for c in row.cells if (role := _block(c)[0]) is not None}


def read_forms(source: SourceDocument) -> int:
    """Replace the rows of every indicator form of ``source`` by one row under a header of
    its roles (see the module docstring); the number of forms read."""
    from ikicalc.importers.header import match_header

    forms: list[tuple[int, int, _Form]] = []
    for first, last, rows in _tables(source.items):
        if any(match_header(row.cells) is not None for row in rows):
            continue
        roles = _roles(rows)
        if "indikator" in roles and "formula" in roles:
            forms.append((first, last, _Form(rows)))
        elif roles - {"other"} and forms and forms[-1][1] < first:
            between = source.items[forms[-1][1] + 1 : first]
            if all(not isinstance(item, TableRow) for item in between):
                start, _end, form = forms[-1]
                form.rows.extend(rows)
                forms[-1] = (start, last, form)
    if not forms:
        return 0
    items = list(source.items)
    for first, last, form in reversed(forms):
        tables = sorted({row.table for row in form.rows})
        for table in tables:
            _read_blocks([row for row in form.rows if row.table == table], form)
        head = form.rows[0]
        formula = form.blocks.get("formula", [])
        if form.notes:
            formula = [*formula, "Catatan : " + "; ".join(form.notes)]
        values = {role: PARAGRAPH.join(form.blocks.get(role, [])) for role in _KEPT}
        values["formula"] = PARAGRAPH.join(formula)
        header = TableRow(tuple(_HEADER[r] for r in _KEPT), head.line, head.page, head.table)
        row = TableRow(tuple(values[r] for r in _KEPT), head.line, head.page, head.table, form=True)
        items[first : last + 1] = [
            *(item for item in items[first : last + 1] if not isinstance(item, TableRow)),
            header,
            row,
        ]
    source.items = items
    return len(forms)
