"""Interpretation of a table as long or wide realisasi data; the problems of value cells
(not a number, empty, a negative count).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from fractions import Fraction

from ikicalc.errors import DataError
from ikicalc.i18n import _
from ikicalc.numbers import NumberStyle, undecided
from ikicalc.realisasi.model import (
    ID_COLUMNS,
    LONG_COLUMNS,
    NUMBERING_COLUMNS,
    RealisasiData,
    RealisasiValue,
    column_key,
    counting_word,
)
from ikicalc.realisasi.tables import Cell, Table, as_number, as_text, blank
from ikicalc.realisasi.undecided import NumberPlace, undecided_warning


def _negative_count(variabel: str, value: Fraction, text: str) -> str | None:
    """Why ``value`` cannot be a value of ``variabel``, if it is a negative count."""
    word = counting_word(variabel) if value < 0 else None
    if word is None:
        return None
    return _(
        "{value} is negative, but {name} is a count (it starts with {word}) and a count "
        "cannot be below 0; correct the value, or read the file with allow_negative=True if "
        "negative values are meant"
    ).format(value=repr(text), name=repr(variabel), word=repr(word))


def interpret_table(
    table: Table,
    id_columns: Iterable[str] | None,
    *,
    allow_negative: bool = False,
    strict: bool = True,
    by: Iterable[str] = (),
) -> RealisasiData:
    """Read ``table`` as long data (it has ``variabel`` or ``nilai``) or as wide data."""
    names: list[str] = []
    keep: list[int] = []
    by_key: dict[str, int] = {}
    for index, raw in enumerate(table.header):
        name = as_text(raw)
        if not name:
            if any(index < len(cells) and not blank(cells[index]) for _row, cells in table.rows):
                raise table.error(
                    _("this column has values but no name"), table.header_row, index
                )
            continue
        key = column_key(name)
        if key in by_key:
            first = by_key[key]
            raise table.error(
                _("duplicated column name (also column {number}: {name})").format(
                    number=first + 1, name=repr(names[keep.index(first)])
                ),
                table.header_row,
                index,
                name,
            )
        by_key[key] = index
        names.append(name)
        keep.append(index)
    width = len(table.header)
    for row, cells in table.rows:
        for index in range(width, len(cells)):
            if not blank(cells[index]):
                raise table.error(_("this row has more cells than the header"), row, index)
    if not table.rows:
        raise table.error(_("no data rows below the header"), table.header_row)
    keys = [column_key(n) for n in names]
    if "variabel" in keys or "nilai" in keys:
        return _long(table, names, keep, allow_negative, _Problems(strict))
    return _wide(table, names, keep, id_columns, allow_negative, _Problems(strict), by)


class _Problems:
    """Cell problems: raised at once (``strict``) or collected, the value left out."""

    def __init__(self, strict: bool) -> None:
        self.strict = strict
        self.found: list[DataError] = []

    def add(self, error: DataError) -> None:
        if self.strict:
            raise error
        self.found.append(error)


def _long(
    table: Table, names: list[str], keep: list[int], allow_negative: bool, problems: _Problems
) -> RealisasiData:
    keys = [column_key(n) for n in names]
    missing = [c for c in LONG_COLUMNS if c not in keys]
    if missing:
        raise table.error(
            _(
                "long-form data needs the columns indikator, variabel, nilai; missing {names}"
            ).format(names=", ".join(repr(m) for m in missing)),
            table.header_row,
        )
    pos = {c: keep[keys.index(c)] for c in LONG_COLUMNS}
    col = {c: names[keys.index(c)] for c in LONG_COLUMNS}
    extra = [(names[i], keep[i]) for i, k in enumerate(keys) if k not in LONG_COLUMNS]
    values: list[RealisasiValue] = []
    places: list[NumberPlace] = []
    seen: dict[tuple[str, str, tuple[tuple[str, str], ...]], int] = {}
    for row, cells in table.rows:

        def cell(index: int, cells: tuple[Cell, ...] = cells) -> Cell:
            return cells[index] if index < len(cells) else None

        texts = {}
        for c in ("indikator", "variabel"):
            texts[c] = as_text(cell(pos[c]))
            if not texts[c]:
                raise table.error(_("empty {column} cell").format(column=c), row, pos[c], col[c])
        raw = cell(pos["nilai"])
        reason = _cell_problem(raw, texts["variabel"], allow_negative, table.style)
        if reason is not None:
            problem = table.error(reason, row, pos["nilai"], col["nilai"])
            problems.add(problem)
            continue
        number = as_number(raw, table.style)
        assert not isinstance(number, str)  # noqa: S101 - _cell_problem said it is a number
        if isinstance(raw, str) and undecided(raw, table.style):
            where = table.place(row, pos["nilai"], col["nilai"])
            place = NumberPlace(row, col["nilai"], texts["variabel"], number[1], where)
            labels_ = tuple(as_text(cell(i)) for _name, i in extra if not blank(cell(i)))
            places.append(
                replace(place, indikator=texts["indikator"], long=True, labels=labels_)
            )
        labels = tuple((name, as_text(cell(i))) for name, i in extra if not blank(cell(i)))
        significant = tuple(item for item in labels if column_key(item[0]) not in NUMBERING_COLUMNS)
        dup_key = (texts["indikator"], column_key(texts["variabel"]), significant)
        if dup_key in seen:
            raise table.error(
                _("a second value of {name} for indikator {id} (first in row {row})").format(
                    name=repr(texts["variabel"]), id=repr(texts["indikator"]), row=seen[dup_key]
                ),
                row,
                pos["variabel"],
                col["variabel"],
            )
        seen[dup_key] = row
        values.append(
            RealisasiValue(
                texts["indikator"],
                texts["variabel"],
                number[0],
                number[1],
                row,
                col["nilai"],
                labels,
            )
        )
    return RealisasiData(
        table.source,
        "long",
        tuple(names),
        (),
        tuple(values),
        tuple(problems.found),
        undecided_warning(table.source, table.style, places),
    )


def _wide(
    table: Table,
    names: list[str],
    keep: list[int],
    id_columns: Iterable[str] | None,
    allow_negative: bool,
    problems: _Problems,
    by: Iterable[str] = (),
) -> RealisasiData:
    required = frozenset(column_key(c) for c in (id_columns or ())) | frozenset(
        column_key(c) for c in by
    )
    wanted = (ID_COLUMNS if id_columns is None else required) | required
    if required:
        unknown = [c for c in required if c not in {column_key(n) for n in names}]
        if unknown:
            raise table.error(
                _("missing required column {names}").format(
                    names=", ".join(repr(c) for c in sorted(unknown))
                ),
                table.header_row,
            )
    ids = [(n, i) for n, i in zip(names, keep, strict=True) if column_key(n) in wanted]
    variables = [(n, i) for n, i in zip(names, keep, strict=True) if column_key(n) not in wanted]
    if not ids:
        raise table.error(
            _(
                "missing required column: wide data needs an identifying column such as nip, "
                "nama or kelurahan (long data needs indikator, variabel, nilai)"
            ),
            table.header_row,
        )
    if not variables:
        raise table.error(
            _("no variable columns next to the identifying columns"), table.header_row
        )
    indikator_pos = next((i for n, i in ids if column_key(n) == "indikator"), None)
    values: list[RealisasiValue] = []
    places: list[NumberPlace] = []
    for row, cells in table.rows:

        def cell(index: int, cells: tuple[Cell, ...] = cells) -> Cell:
            return cells[index] if index < len(cells) else None

        labels = tuple((name, as_text(cell(i))) for name, i in ids)
        indikator = None
        if indikator_pos is not None:
            indikator = as_text(cell(indikator_pos)) or None
        for name, index in variables:
            raw = cell(index)
            reason = _cell_problem(raw, name, allow_negative, table.style)
            if reason is not None:
                problems.add(table.error(reason, row, index, name))
                continue
            number = as_number(raw, table.style)
            assert not isinstance(number, str)  # noqa: S101 - _cell_problem said it is a number
            if isinstance(raw, str) and undecided(raw, table.style):
                where = table.place(row, index, name)
                places.append(NumberPlace(row, name, name, number[1], where, indikator))
            values.append(RealisasiValue(indikator, name, number[0], number[1], row, name, labels))
    return RealisasiData(
        table.source,
        "wide",
        tuple(names),
        tuple(n for n, _index in ids),
        tuple(values),
        tuple(problems.found),
        undecided_warning(table.source, table.style, places),
    )


def _cell_problem(
    raw: Cell, variabel: str, allow_negative: bool, style: NumberStyle = "mixed"
) -> str | None:
    """Why a value cell holds no usable number (read in the file's ``style``), or ``None``."""
    if blank(raw):
        return _("empty cell: give a number (0 if there is none)")
    number = as_number(raw, style)
    if isinstance(number, str):
        return number
    return None if allow_negative else _negative_count(variabel, *number)
