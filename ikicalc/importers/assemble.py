"""From table rows to a :class:`~ikicalc.documents.Document`: the careful reader's choices.

Walking the items of a file in order:

* a ``Jabatan : …`` line starts a position; an indicator-table header row sets the columns
  (a header repeated on the next page just sets them again); the numbering row under a
  header (``1 2 3 4``) is furniture;
* a row with fewer cells than the header (a merged cell the converter dropped) or with an
  empty last cell is placed where its cells fit the columns best, judged by the rows above
  (a column of targets, of formulas, of cells starting with the same word); such a row is
  marked for review;
* empty cells are carried down from the row above within the position: sasaran (merged
  cells), indikator (one indicator over several formula rows), sumber data;
* a cell that holds several indicators (``<p>`` paragraphs, ``1. … 2. …``, ``- …`` bullets) is
  split so that the n-th indicator meets the n-th formula (``<p>``, two ``$\\frac$``, a numbered
  list, or, in a plain cell, the n places where its first word comes back), data source,
  target and sasaran; cells that hold one item are shared;
* a formula cell that states a target (``500 surat``) becomes the row's ``target``;
  ``Catatan : …`` becomes the row's ``catatan``;
* every row that cannot be placed is listed with the reason (:class:`Unplaced`).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from ikicalc.documents import Document, Indicator, Jabatan
from ikicalc.i18n import _
from ikicalc.importers.cells import (
    cell_kind,
    clean_name,
    first_word,
    formula_text,
    line_items,
    list_items,
    looks_like_target,
    split_at_first_word,
    split_note,
    strip_tags,
)
from ikicalc.importers.forms import read_forms
from ikicalc.importers.header import (
    Columns,
    HeaderRows,
    is_numbering_row,
    lacks_formula_column,
    match_header,
    role_of,
)
from ikicalc.importers.metadata import jabatan_of, read_metadata, unit_from_jabatan
from ikicalc.importers.result import ImportResult, Unplaced
from ikicalc.importers.tables import SourceDocument, TableRow, TextLine, collapse, flat

__all__ = ["ImportResult", "Unplaced", "assemble"]

NO_JABATAN = "(jabatan tidak disebut)"
NO_UNIT = "(unit tidak disebut)"
_ROLES = ("sasaran", "indikator", "formula", "sumber_data", "penanggung_jawab", "target", "satuan")
_CARRIED = ("sasaran", "indikator", "sumber_data", "penanggung_jawab")
_NUMBER_ONLY = re.compile(r"^\(?\d{1,3}[.)]?$")


@dataclass
class _Row:
    values: dict[str, str]
    where: str
    line: int
    split: bool = False
    review: str | None = None
    note: str | None = None


@dataclass
class _Position:
    nama: str
    rows: list[_Row] = field(default_factory=list)
    penanggung_jawab: str | None = None


class _Assembler:
    def __init__(self, source: SourceDocument) -> None:
        self.source = source
        self.positions: list[_Position] = []
        self.columns: Columns | None = None
        self.carry: dict[str, str] = {}
        self.kinds: dict[str, Counter[str]] = {}
        self.words: dict[str, set[str]] = {}
        self.unplaced: list[Unplaced] = []
        self.tables = 0
        self.rows_read = 0
        self.formula_missing: list[str] = []
        self.header: tuple[HeaderRows, TableRow] | None = None
        """The header rows of the current table so far, and the last of them."""
        self.years: list[tuple[int, str, tuple[int, ...]]] = []
        """The year of each indicator table's target column its header states, and where."""
        self.prefer: int | None = None

    # -- walking the items ------------------------------------------------------------

    def run(self) -> None:
        for item in self.source.items:
            if isinstance(item, TextLine):
                name = jabatan_of(item.text)
                if name is not None:
                    self.positions.append(_Position(name))
                    self.carry = {}
                    self.columns = None
                continue
            self.row(item)

    def position(self) -> _Position:
        if not self.positions:
            self.positions.append(_Position(NO_JABATAN))
        return self.positions[-1]

    def row(self, row: TableRow) -> None:
        if not any(collapse(c) for c in row.cells):
            return
        if self.header_below(row):
            return
        columns = match_header(row.cells)
        header = HeaderRows.start(row.cells)
        self.header = (header, row) if columns is not None or _names_indicator(row) else None
        if columns is not None:
            if self.columns is None or columns != self.columns:
                self.tables += 1
            self.columns = columns
            self.kinds, self.words = {}, {}
            return
        if is_numbering_row(row.cells):
            return
        if self.columns is None and lacks_formula_column(row.cells):
            self.formula_missing.append(row.where())
            return
        self.rows_read += 1
        if self.columns is None:
            self.unplaced.append(
                Unplaced(row.where(), row.cells, _("not under an indicator-table header"))
            )
            return
        placed = self.place(row)
        if placed is None:
            return
        values, realigned = placed
        if self.continues(row):
            return
        review = _("reconstructed from interleaved columns") if row.reconstructed else None
        if realigned:
            review = _("cells realigned: the row has a missing or merged cell; check the columns")
        self.emit(values, row, review)

    def header_below(self, row: TableRow) -> bool:
        """Take a row that continues the header rows above it (``Tahun 2016`` over
        ``Target | Realisasi``, ``Target`` over ``2016``) into the header; True when it did."""
        if self.header is None:
            return False
        header, last = self.header
        if (row.table, row.page, row.line) != (last.table, last.page, last.line + 1):
            return False
        merged = header.below(row.cells)
        if merged is None:
            return False
        self.header = (merged, row)
        found = merged.columns(self.prefer)
        if found is None:
            return False
        columns, year, among = found
        if last.where() in self.formula_missing:
            self.formula_missing.remove(last.where())
        if self.columns is None or columns != self.columns:
            self.tables += 1
        if year is not None:
            self.years.append((year, row.where(), among))
        self.columns = columns
        self.kinds, self.words = {}, {}
        return True

    def continues(self, row: TableRow) -> bool:
        """Take a row that only continues the formula cell of the row above into that row's
        note (``catatan``); True when it did.

        In a PDF table a criteria list under a formula (``1 sesuai permendagri … 10%``,
        ``Catatan Khusus : …``) is ruled into rows of its own while every other cell, the
        number and the indicator's name and its source among them, is merged from above:
        such a row is the same indicator's, not another indicator.
        """
        assert self.columns is not None  # noqa: S101
        own = set(self.columns.groups.get("formula", ()))
        position = self.position()
        if (
            not own
            or not position.rows
            or len(row.covered) != len(row.cells)
            or len(row.cells) != self.columns.width
            or not any(collapse(row.cells[i]) for i in own)
            or not all(row.covered[i] for i in range(len(row.cells)) if i not in own)
        ):
            return False
        last = position.rows[-1]
        text = flat(" ".join(row.cells[i] for i in sorted(own)))
        last.note = f"{last.note}\n{text}" if last.note else text
        last.review = last.review or _(
            "rows under the formula cell, their other cells merged with this row's, were "
            "taken into the note: check whether they are criteria or formulas"
        )
        return True

    # -- placing cells into columns ---------------------------------------------------

    def place(self, row: TableRow) -> tuple[dict[str, str], bool] | None:
        assert self.columns is not None  # noqa: S101 - checked by the caller
        width = self.columns.width
        cells = list(row.cells)
        while len(cells) > width and not collapse(cells[-1]):
            cells.pop()
        if len(cells) > width:
            self.unplaced.append(
                Unplaced(
                    row.where(),
                    row.cells,
                    _("{count} cells under a header of {width} columns").format(
                        count=len(cells), width=width
                    ),
                )
            )
            return None
        candidates: list[list[str]] = []
        if len(cells) < width:
            candidates.append([""] * (width - len(cells)) + cells)
            candidates.append(cells + [""] * (width - len(cells)))
        else:
            candidates.append(cells)
            if not collapse(cells[-1]) and collapse(cells[0]):
                candidates.append(["", *cells[:-1]])
        best = 0
        if len(candidates) > 1:
            best = max(range(len(candidates)), key=lambda i: (self.score(candidates[i]), -i))
        values = self.values(candidates[best])
        return values, len(candidates) > 1 and candidates[best] != cells

    def values(self, cells: list[str]) -> dict[str, str]:
        assert self.columns is not None  # noqa: S101
        values: dict[str, str] = {}
        for role, indexes in self.columns.groups.items():
            parts = [cells[i] for i in indexes if collapse(cells[i])]
            if len(parts) > 1:
                parts = [p for p in parts if not _NUMBER_ONLY.match(collapse(p))] or parts
            values[role] = collapse(" ".join(parts))
        return values

    def score(self, cells: list[str]) -> float:
        total = 0.0
        for role, value in self.values(cells).items():
            kinds = self.kinds.get(role)
            if not value or not kinds:
                continue
            if cell_kind(value) == kinds.most_common(1)[0][0]:
                total += 1
            if first_word(value) in self.words[role]:
                total += 1
        return total

    def remember(self, values: dict[str, str]) -> None:
        for role, value in values.items():
            if value:
                self.kinds.setdefault(role, Counter())[cell_kind(value)] += 1
                self.words.setdefault(role, set()).add(first_word(value))

    # -- carrying down, splitting, emitting --------------------------------------------

    def emit(self, values: dict[str, str], row: TableRow, review: str | None) -> None:
        position = self.position()
        indicators = list_items(values.get("indikator", ""))
        count = len(indicators[0]) if indicators else 1
        pieces: dict[str, list[str]] = {}
        split = False
        if count > 1:
            formula_cell = values.get("formula", "") or values.get("target", "")
            formula_role = "formula" if values.get("formula") else "target"
            formula_items = list_items(formula_cell)
            plain = False
            if formula_items is not None and len(formula_items[0]) == count:
                pieces[formula_role] = formula_items[0]
            else:
                lines = line_items(formula_cell, count)
                plain_items = None if formula_items else split_at_first_word(formula_cell, count)
                if lines is not None:
                    pieces[formula_role] = lines
                elif plain_items is not None:
                    pieces[formula_role] = plain_items
                    plain = True
            if formula_role in pieces:
                split = True
                assert indicators is not None  # noqa: S101
                pieces["indikator"] = indicators[0]
                for role in ("sasaran", "sumber_data", "target", "satuan", "penanggung_jawab"):
                    if role == formula_role or not values.get(role):
                        continue
                    items = list_items(values[role])
                    lines = line_items(values[role], count)
                    if items is not None and len(items[0]) == count:
                        pieces[role] = items[0]
                    elif lines is not None:
                        pieces[role] = lines
                    elif plain and items is None:
                        found = split_at_first_word(values[role], count)
                        if found is not None:
                            pieces[role] = found
            else:
                review = review or (
                    _(
                        "the indicator cell lists {count} indicators but the formula cell "
                        "does not split into as many: kept as one row"
                    ).format(count=count)
                )
        for n in range(count if split else 1):
            one = {role: (pieces[role][n] if role in pieces else v) for role, v in values.items()}
            self.add(position, one, row, review, split)

    def add(
        self,
        position: _Position,
        values: dict[str, str],
        row: TableRow,
        review: str | None,
        split: bool,
    ) -> None:
        self.remember(values)
        note: str | None = None
        for role in ("formula", "sumber_data", "target", "indikator"):
            if values.get(role):
                values[role], found = split_note(values[role])
                note = note or found
        if not values.get("indikator") and not values.get("formula") and not values.get("target"):
            if any(values.values()):
                self.unplaced.append(
                    Unplaced(
                        row.where(), row.cells, _("no indicator, formula or target in the row")
                    )
                )
            return
        for role in _CARRIED:
            if row.form:  # a form is a whole indicator: nothing carried in or out
                continue
            if values.get(role):
                self.carry[role] = values[role]
            elif role in self.carry and (role != "indikator" or values.get("formula")):
                values[role] = self.carry[role]
        if not values.get("indikator"):
            self.unplaced.append(
                Unplaced(row.where(), row.cells, _("a formula without an indicator name above it"))
            )
            return
        if values.get("penanggung_jawab") and position.penanggung_jawab is None:
            position.penanggung_jawab = strip_tags(values["penanggung_jawab"])
        position.rows.append(_Row(values, row.where(), row.line, split, review, note))


def _year_note(found: tuple[int, str, tuple[int, ...]], tahun: int | None) -> str | None:
    """What the header of the first indicator table says of the year, for the reviewer
    (``None``: the document's own year, the only one there)."""
    year, where, among = found
    if year == tahun and len(among) <= 1:
        return None
    if tahun is None:
        note = _("tahun {year} taken from the header of the indicator table ({where})")
    elif year == tahun:
        note = _("the indicator table's header ({where}) gives the targets of {year}")
    else:
        note = _(
            "the indicator table's header ({where}) gives the targets of {year}; the "
            "document states {tahun}"
        )
    note = note.format(year=year, where=where, tahun=tahun)
    if len(among) > 1:
        note += "; " + _("its targets are of {first}-{last}: those of {year} were taken").format(
            first=among[0], last=among[-1], year=year
        )
    return note


def _names_indicator(row: TableRow) -> bool:
    """Whether a row names the indicator column (the first row of a header, maybe)."""
    return any(role_of(cell) == "indikator" for cell in row.cells)


def _indicator(ident: str, row: _Row) -> Indicator:
    v = row.values
    formula_cell = v.get("formula", "")
    target_cell = strip_tags(v.get("target", ""))
    formula: str | None = formula_text(formula_cell)
    target: str | None = target_cell or None
    if formula and looks_like_target(formula) and not target:
        target = strip_tags(formula)
        formula = None
    sumber = strip_tags(v.get("sumber_data", "")) or None
    satuan = strip_tags(v.get("satuan", "")) or None
    sasaran = clean_name(v.get("sasaran", "")) or None
    return Indicator(
        id=ident,
        sasaran=sasaran,
        indikator=clean_name(v["indikator"]),
        formula=formula,
        satuan=satuan,
        target=target,
        sumber_data=sumber,
        catatan=row.note,
        dipisah_dari_sel=row.split,
    )


def _id_prefix(path: str) -> str:
    match = re.match(r"^(\d+)[_\-. ]", Path(path).name)
    return f"{match.group(1)}-" if match else ""


def assemble(source: SourceDocument) -> ImportResult:
    """Build the document of ``source`` (see the module docstring)."""
    meta = read_metadata(item.text for item in source.items if isinstance(item, TextLine))
    read_forms(source)
    work = _Assembler(source)
    work.prefer = meta.tahun
    work.run()
    notes: list[str] = []
    tahun = meta.tahun
    if work.years:
        note = _year_note(work.years[0], tahun)
        notes.extend([note] if note else [])
        tahun = work.years[0][0] if tahun is None else tahun
    unit = meta.unit
    if unit is None:
        for position in work.positions:
            unit = unit_from_jabatan(position.nama)
            if unit:
                notes.append(
                    _("unit {unit} taken from the position {position}").format(
                        unit=repr(unit), position=repr(position.nama)
                    )
                )
                break
    if unit is None:
        unit = NO_UNIT
        notes.append(_("the document names no unit: fill in 'unit'"))
    prefix = _id_prefix(source.path)
    jabatan: list[Jabatan] = []
    review: dict[str, str] = {}
    origins: dict[str, int] = {}
    number = 0
    for position in work.positions:
        if not position.rows:
            continue
        indicators = []
        for row in position.rows:
            number += 1
            ident = f"{prefix}{number:03d}"
            indicators.append(_indicator(ident, row))
            origins[ident] = row.line
            if row.review:
                review[ident] = row.review
        jabatan.append(
            Jabatan(
                nama=position.nama,
                penanggung_jawab=position.penanggung_jawab,
                indikator=indicators,
            )
        )
    catatan = f"Keputusan Nomor: {meta.decree}" if meta.decree else None
    document = Document(
        unit=unit,
        tahun=tahun,
        sumber=Path(source.path).name,
        jenis="IKI",
        catatan=catatan,
        jabatan=jabatan,
    )
    return ImportResult(
        document=document,
        path=source.path,
        kind=source.kind,
        review=review,
        unplaced=tuple(work.unplaced),
        tables=work.tables,
        rows_read=work.rows_read,
        notes=tuple(notes),
        origins=origins,
        headers_without_formula=tuple(work.formula_missing),
    )
