"""Finding the indicator table: header rows by their spellings, numbering rows, column roles.

The spellings are data (``ikicalc/data/import.toml``). A header row names at least the
indicator column and the formula (or target) column; every other cell is matched to a role
(sasaran, sumber data, penanggung jawab, target, satuan, nomor) or left without one.

A column whose header cell is empty belongs to the column on its left: documents pad a
merged header cell with extra numbering columns (``| SASARAN | | INDIKATOR |`` with ``| 1 |
Meningkatkan … | 1 Nilai … |`` below it), so a role owns a *group* of columns.

A header may take two or three rows (:class:`HeaderRows`): a first row naming the columns and
groups spread over several columns (``Tahun 2016`` over ``Target | Realisasi``), the rows
under it naming the columns of each group, or the year of a column (``Target`` over
``2016``). The role of a column is its lowest label that names one; its year is the year
written over it. Where the groups are years, each with its own target column
(``Tahun 2014 | Tahun 2015 | Tahun 2016``), the target is the document's year's, else the
latest year's that has a realisasi (a report's year, not next year's target), else the
latest year's.
"""

from __future__ import annotations

import itertools
import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources

from ikicalc.importers.tables import collapse

__all__ = [
    "ROLES",
    "Columns",
    "HeaderRows",
    "is_numbering_row",
    "lacks_formula_column",
    "match_header",
]

ROLES = (
    "sasaran",
    "indikator",
    "formula",
    "sumber_data",
    "penanggung_jawab",
    "target",
    "satuan",
    "nomor",
)

_TAGS = re.compile(r"<[^>]*>|\*\*")


@cache
def _config() -> dict[str, object]:
    text = resources.files("ikicalc").joinpath("data", "import.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


@cache
def _role_patterns() -> tuple[tuple[str, tuple[re.Pattern[str], ...]], ...]:
    entries = _config()["header"]
    assert isinstance(entries, list)  # noqa: S101 - shape of our own data file
    return tuple(
        (str(e["role"]), tuple(re.compile(p, re.IGNORECASE) for p in e["patterns"]))
        for e in entries
    )


def metadata_words() -> dict[str, object]:
    """The ``[metadata]`` table of the data file."""
    return data_table("metadata")


def data_table(name: str) -> dict[str, object]:
    """A table of ``ikicalc/data/import.toml`` (``metadata``, ``flattened``)."""
    table = _config()[name]
    assert isinstance(table, dict)  # noqa: S101 - shape of our own data file
    return table


def role_of(cell: str) -> str | None:
    """The role a header cell names, or ``None``."""
    text = collapse(_TAGS.sub(" ", cell))
    if not text or len(text) > 80:
        return None
    for role, patterns in _role_patterns():
        if any(p.search(text) for p in patterns):
            return role
    return None


@dataclass(frozen=True)
class Columns:
    """The column groups of an indicator table: ``groups[role]`` = the column indexes."""

    width: int
    groups: dict[str, tuple[int, ...]]
    order: tuple[str | None, ...]
    """The role owning each column (``None``: a column before the first named one)."""


def match_header(cells: tuple[str, ...]) -> Columns | None:
    """Return the columns when ``cells`` is an indicator-table header row, else ``None``."""
    return _columns(cells, [role_of(c) for c in cells])


def _columns(labels: tuple[str, ...], roles: list[str | None]) -> Columns | None:
    named = [r for r in roles if r is not None]
    table = _config()["table"]
    assert isinstance(table, dict)  # noqa: S101
    if not all(r in named for r in table["required"]):
        return None
    if not any(r in named for r in table["one_of"]):
        return None
    if len(set(named)) < 2:
        return None
    order: list[str | None] = []
    current: str | None = None
    seen: set[str] = set()
    for cell, role in zip(labels, roles, strict=True):
        if role is not None and role not in seen:
            current = role
            seen.add(role)
        elif role is not None:
            current = None  # a second column of the same role: keep the first one
        elif collapse(cell):
            current = None  # a header cell with a name we do not know: its own column
        order.append(current)
    groups: dict[str, list[int]] = {}
    for index, role in enumerate(order):
        if role is not None:
            groups.setdefault(role, []).append(index)
    return Columns(len(labels), {k: tuple(v) for k, v in groups.items()}, tuple(order))


_NUMBER = re.compile(r"^\(?\d{1,2}\)?\.?$")


def is_numbering_row(cells: tuple[str, ...]) -> bool:
    """True for the row of column numbers under a header (``1 2 3 4``, ``(1) (2) (3)``).

    Numbers in brackets may skip the columns a template left out (``(1) (2) (3) (6)``:
    columns 4 and 5 dropped); bare numbers must follow each other (``1 2 3 5`` may be data).
    """
    values = [collapse(c) for c in cells if collapse(c)]
    if len(values) < 2 or not all(_NUMBER.match(v) for v in values):
        return False
    numbers = [int(re.sub(r"\D", "", v)) for v in values]
    if numbers == list(range(numbers[0], numbers[0] + len(numbers))):
        return True
    bracketed = all(v.startswith("(") and v.rstrip(".").endswith(")") for v in values)
    rising = all(a < b for a, b in itertools.pairwise(numbers))
    return bracketed and rising and numbers[0] <= 1 and len(values) >= 3


def lacks_formula_column(cells: tuple[str, ...]) -> bool:
    """True for a header that names the indicator and another column but no formula or
    target column (the table cannot be read: say so rather than find no table)."""
    roles = {role_of(c) for c in cells} - {None}
    return "indikator" in roles and len(roles) >= 2 and not roles & {"formula", "target"}


_YEAR = re.compile(r"(?<!\d)((?:19|20|21)\d\d)(?!\d)")
_REALISED = re.compile(r"^\W*realisasi", re.IGNORECASE)
_YEAR_CELL = re.compile(r"^\W*(?:tahun\s*)?(?:19|20|21)\d\d\W*$", re.IGNORECASE)


def _year(text: str) -> int | None:
    found = _YEAR.search(text)
    return int(found.group(1)) if found else None


@dataclass(frozen=True)
class HeaderRows:
    """The header rows of one table read so far: each column's label (the lowest header
    text that names a role, else the lowest text), all the header text over it (a group's
    text spread over the columns it spans), and the first row, whose empty cells say
    which columns a group spans."""

    labels: tuple[str, ...]
    above: tuple[str, ...]
    first: tuple[str, ...]

    @classmethod
    def start(cls, cells: tuple[str, ...]) -> HeaderRows:
        """The header as its first row gives it."""
        texts = tuple(collapse(_TAGS.sub(" ", c)) for c in cells)
        spread: list[str] = []
        for text in texts:
            spread.append(text or (spread[-1] if spread else ""))
        return cls(texts, tuple(spread), texts)

    def _grouped(self, index: int) -> bool:
        """Whether the first row's cell over ``index`` spans several columns."""
        first = self.first
        if not first[index]:
            return any(first[:index])
        return index + 1 < len(first) and not first[index + 1]

    def below(self, cells: tuple[str, ...]) -> HeaderRows | None:
        """The header with ``cells`` as its next row, when ``cells`` is one: every text in
        it names a role, is a year, or lies under a group of the first row, and the
        indicator column is empty (a data row names its indicator)."""
        if len(cells) != len(self.labels):
            return None
        texts = [collapse(_TAGS.sub(" ", c)) for c in cells]
        if not any(texts):
            return None
        for index, text in enumerate(texts):
            if not text:
                continue
            if role_of(self.labels[index]) == "indikator" or role_of(text) == "indikator":
                return None
            if not (role_of(text) or _YEAR_CELL.match(text) or self._grouped(index)):
                return None
        labels = list(self.labels)
        above = list(self.above)
        for index, text in enumerate(texts):
            if not text:
                continue
            group = above[index]
            above[index] = f"{group} {text}".strip()
            if _YEAR_CELL.match(text) and not labels[index] and role_of(group) is not None:
                labels[index] = group  # a year of a group of years: 'Target' over 2014-2018
            elif role_of(text) is not None or role_of(labels[index]) is None:
                labels[index] = text
        return HeaderRows(tuple(labels), tuple(above), self.first)

    def columns(
        self, prefer: int | None = None
    ) -> tuple[Columns, int | None, tuple[int, ...]] | None:
        """The columns this header names, the year of its target column (``None``: the
        header states none) and the years of all its target columns; ``None`` when it is
        no indicator-table header. Of target columns of several years, the one of the year
        ``prefer`` (the document's) is taken, else the latest year with a realisasi column
        (the year a report is on, not next year's target), else the latest."""
        roles = [role_of(label) for label in self.labels]
        years = [_year(text) for text in self.above]
        targets = [i for i, role in enumerate(roles) if role == "target"]
        dated = [i for i in targets if years[i] is not None]
        if len({years[i] for i in dated}) > 1:
            realised = {years[i] for i, label in enumerate(self.labels) if _REALISED.search(label)}
            latest = max(
                dated, key=lambda i: (years[i] == prefer, years[i] in realised, years[i] or 0, -i)
            )
            for index in targets:
                if index != latest:
                    roles[index] = None
        found = _columns(self.labels, roles)
        if found is None:
            return None
        target = found.groups.get("target", ())
        year = years[target[0]] if target else None
        return found, year, tuple(sorted({y for i in dated if (y := years[i]) is not None}))
