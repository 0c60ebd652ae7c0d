"""Data warning ``W113``: numbers a file writes in a way nothing in the file decides.

A data file decides its number style as a whole (:func:`ikicalc.numbers.data_style`). When
nothing in it shows how it writes decimals (no decimal comma ``81,35``, no ``1.206.000``, no
English ``81.35``), a value ``1.206`` is read as thousands by the rule (1206), which is what
an Indonesian office means nearly always, but not always: an attendance average typed as
``1.206`` is one and a bit, and read as 1206 it gives a realisasi of 3 015 %. When the file
shows both a decimal comma and a decimal dot, each cell is read on its own and ``1.206`` is
one and a bit. Either way the file could not decide, and the reader says so: one warning per
file (:class:`DataWarning`) naming the file, and the row and column of the first few such
cells, then how many more. The report carries it as data (``Report.warnings``, the JSON
report's ``warnings``), prints it on standard error, and adds a short note (``W113``) to each
report row computed from such a cell, under Keterangan. Both engines warn alike: the exact
reader (:func:`ikicalc.read_realisasi`, :attr:`RealisasiData.warnings
<ikicalc.realisasi.model.RealisasiData.warnings>`) and the Polars reader
(:meth:`ikicalc.evaluation.frame.FrameResult.warnings`, from :func:`frame_places`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from ikicalc.i18n import _, ngettext
from ikicalc.names import name_key
from ikicalc.numbers import NumberStyle, parse_number

if TYPE_CHECKING:
    from ikicalc.evaluation.rows import ReportRow
    from ikicalc.lang.formula import Formula

__all__ = ["CODE", "SHOWN", "DataWarning", "NumberPlace", "undecided_warning", "with_data_warnings"]

CODE = "W113"
"""The code of the warning (``ikicalc/data/lint.toml``)."""

SHOWN = 5
"""How many cells a warning names before it says how many more there are."""


@dataclass(frozen=True)
class NumberPlace:
    """One cell read with nothing to decide it: its ``row`` (as the file counts rows: the
    line of a CSV, the row of a sheet, the record of JSON), the ``column``, the ``variabel``
    it is a value of (the column of wide data; the ``variabel`` cell of long data), its
    ``indikator`` (long data), the ``text`` as written and ``where`` (the place in the words
    of its format: ``row 7, column 'hadir'``, ``Sheet1!C7``)."""

    row: int
    column: str
    variabel: str
    text: str
    where: str
    indikator: str | None = None
    long: bool = False
    """A value of long data (one value per row)."""
    labels: tuple[str, ...] = ()
    """Long data: the texts of the other cells of its row (``nip``, ``nama`` …), which say
    whose value it is."""


@dataclass(frozen=True)
class DataWarning:
    """``W113`` for one file: the cells (``places``) whose number the file could not decide,
    read in its ``style`` (``"indonesian"``: as thousands; ``"mixed"``: as decimals)."""

    source: str
    style: NumberStyle
    places: tuple[NumberPlace, ...]
    code: str = CODE
    _by_variable: dict[str, list[NumberPlace]] = field(
        default_factory=dict, init=False, compare=False, repr=False
    )
    _by_row: dict[tuple[str, int | str | None], list[NumberPlace]] = field(
        default_factory=dict, init=False, compare=False, repr=False
    )

    def __post_init__(self) -> None:
        for place in self.places:  # looked up once per report row: indexed once
            key = name_key(place.variabel)
            self._by_variable.setdefault(key, []).append(place)
            if not place.long:  # wide data: the row is the employee's
                self._by_row.setdefault((key, place.row), []).append(place)
            elif not place.labels:  # long data with nothing saying whose: everyone's
                self._by_row.setdefault((key, None), []).append(place)
            for label in dict.fromkeys(place.labels):  # long data: whose value it is
                self._by_row.setdefault((key, label), []).append(place)

    @property
    def message(self) -> str:
        """What was read, why it is in doubt, where (the first :data:`SHOWN` cells, then
        how many more), and how to remove the doubt."""
        first = self.places[0]
        chosen, other = readings(first.text, self.style)
        places = "; ".join(f"{p.where} ({p.text})" for p in self.places[:SHOWN])
        more = len(self.places) - SHOWN
        if more > 0:
            places += "; " + _("and {count} more").format(count=more)
        if self.style == "mixed":
            why = _(
                "read as a decimal ({chosen}), not as thousands ({other}): the file writes "
                "decimals both with a comma and with a dot, so each cell is read on its own"
            )
        else:
            why = _(
                "read as thousands ({chosen}), not as a decimal ({other}): nothing in the "
                "file shows how it writes decimals (no decimal comma such as 81,35, no "
                "1.206.000, no 81.35)"
            )
        count = ngettext(
            "{count} value written with a dot before three digits, such as {value},",
            "{count} values written with a dot before three digits, such as {value},",
            len(self.places),
        ).format(count=len(self.places), value=first.text)
        return (
            f"{count} {why.format(chosen=chosen, other=other)}: {places}. "
            + _(
                "Write decimals with a comma (1,206) and thousands without a dot (1206) to "
                "remove the doubt"
            )
        )

    def __str__(self) -> str:
        return f"{self.source}: {self.code} {self.message}"

    def as_json(self) -> dict[str, Any]:
        """The warning as JSON data: code, file, message, and every cell."""
        return {
            "code": self.code,
            "source": self.source,
            "message": self.message,
            "cells": [
                {"row": p.row, "column": p.column, "variabel": p.variabel, "text": p.text}
                for p in self.places
            ],
        }

    def places_of(
        self,
        variables: Iterable[str],
        indikator: str | None,
        row: int | None,
        who: str | None = None,
    ) -> tuple[NumberPlace, ...]:
        """The cells of ``variables`` (matched as names match) that a report row of
        ``indikator`` computed from: every row's when ``row`` is ``None`` (a sum); else
        those of data row ``row`` (wide data) or of the employee ``who`` (long data)."""
        found: list[NumberPlace] = []
        for key in dict.fromkeys(name_key(v) for v in variables):
            if row is None:
                cells = self._by_variable.get(key, [])
            elif who is None:
                cells = [p for p in self._by_variable.get(key, []) if p.long or p.row == row]
            else:
                cells = [
                    *self._by_row.get((key, row), []),
                    *self._by_row.get((key, who), []),
                    *self._by_row.get((key, None), []),
                ]
            found += (p for p in cells if p.indikator is None or p.indikator == indikator)
        return tuple(found)


def readings(text: str, style: NumberStyle) -> tuple[str, str]:
    """The reading taken of ``text`` in ``style`` and the other one, as plain numbers."""
    thousands = str(parse_number(text, "indonesian"))
    decimal = str(parse_number(text, "decimal-dot")).replace(".", ",")
    return (decimal, thousands) if style == "mixed" else (thousands, decimal)


def undecided_warning(
    source: str, style: NumberStyle, places: Sequence[NumberPlace]
) -> tuple[DataWarning, ...]:
    """The warning of a file whose ``places`` were read with nothing to decide; none when
    there are none."""
    return (DataWarning(source, style, tuple(places)),) if places else ()


def with_data_warnings(
    row: ReportRow, formula: Formula | None, warnings: Sequence[DataWarning]
) -> ReportRow:
    """``row`` with a ``W113`` finding when its formula used a cell some warning names."""
    if not warnings or formula is None:
        return row
    from ikicalc.diagnostics.diagnostic import CODES
    from ikicalc.evaluation.rows import Finding

    findings = []
    for warning in warnings:
        places = warning.places_of(
            formula.variables, row.indikator_id, row.data_row, row.pegawai
        )
        if not places:
            continue
        shown = ", ".join(
            _("{value} at {place} read as {chosen}").format(
                value=p.text, place=p.where, chosen=readings(p.text, warning.style)[0]
            )
            for p in places[:3]
        )
        if len(places) > 3:
            shown += ", " + _("and {count} more").format(count=len(places) - 3)
        message = _("{cells}: nothing in {source} decides how it writes decimals").format(
            cells=shown, source=warning.source
        )
        findings.append(Finding(warning.code, message, CODES[warning.code].summary))
    return replace(row, lint=row.lint + tuple(findings)) if findings else row
