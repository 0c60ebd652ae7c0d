"""A definition file that is plainly valid, read without pydantic: for ``ikicalc check``.

pydantic is the validator of record (:mod:`ikicalc.documents.model`), but importing it and
building the three models is about a third of the work of ``ikicalc check`` (issue 18). Most
files a check reads are valid, and valid in the plainest way: every value of the exact type
the model wants, the text free of control characters, the numbers integers, Decimals or
Indonesian number text. :func:`plain_document` recognises such a file and gives the values
pydantic would give (the same defaults, ``Decimal`` numbers, a ``(low, high)`` target range)
as plain read-only objects with the model's field names, which the linter reads as it reads
the model. Whatever is not plainly valid (a wrong type, a value out of range, a field
unknown or missing, a duplicate id, or anything pydantic would convert) gives ``None``: the
file then goes to pydantic, which accepts it or words every problem as before.
``tests/test_startup_documents.py`` holds both readings side by side.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from ikicalc.numbers import parse_number

__all__ = ["PlainDocument", "PlainIndicator", "PlainJabatan", "plain_document"]

_CONTROL = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f]")
"""Unicode's control characters (category ``Cc``) but the line break: what the model's
``Text`` refuses."""
_NOT_BLANK = re.compile(r"\S")


class _Plain:
    """Read-only fields, set once."""

    __slots__: tuple[str, ...] = ()

    def __init__(self, fields: dict[str, Any]) -> None:
        for name, value in fields.items():
            object.__setattr__(self, name, value)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"{type(self).__name__} is read-only")


class PlainIndicator(_Plain):
    """The fields of :class:`ikicalc.documents.model.Indicator`."""

    __slots__ = (
        "bobot",
        "catatan",
        "dipisah_dari_sel",
        "formula",
        "id",
        "indikator",
        "kategori",
        "konstanta",
        "polaritas",
        "sasaran",
        "satuan",
        "satuan_variabel",
        "sumber_data",
        "target",
    )
    id: str
    sasaran: str | None
    indikator: str
    formula: str | None
    satuan: str | None
    satuan_variabel: dict[str, str]
    target: Decimal | tuple[Decimal, Decimal] | str | None
    polaritas: str
    konstanta: dict[str, Decimal]
    kategori: str | None
    bobot: Decimal | None
    sumber_data: str | None
    catatan: str | None
    dipisah_dari_sel: bool


class PlainJabatan(_Plain):
    """The fields of :class:`ikicalc.documents.model.Jabatan`."""

    __slots__ = ("indikator", "nama", "penanggung_jawab")
    nama: str
    penanggung_jawab: str | None
    indikator: list[PlainIndicator]


class PlainDocument(_Plain):
    """The fields of :class:`ikicalc.documents.model.Document`."""

    __slots__ = ("catatan", "jabatan", "jenis", "sumber", "tahun", "unit")
    unit: str
    tahun: int | None
    sumber: str | None
    jenis: str
    catatan: str | None
    jabatan: list[PlainJabatan]


class _DoubtError(Exception):
    """Not plainly valid: pydantic decides."""


def _text(value: object, *, empty: bool = True) -> str:
    if type(value) is not str or _CONTROL.search(value) or (not empty and not value):
        raise _DoubtError
    return value


def _optional_text(value: object) -> str | None:
    return None if value is None else _text(value)


def _number(value: object) -> Decimal:
    """An exact number as the model's ``ExactNumber`` reads it (int, finite Decimal, text)."""
    if type(value) is int:
        return Decimal(value)
    if type(value) is Decimal and value.is_finite():
        return value
    if type(value) is str:
        try:
            return parse_number(value)
        except ValueError:
            raise _DoubtError from None
    raise _DoubtError


def _target(value: object) -> Decimal | tuple[Decimal, Decimal] | str | None:
    if value is None or type(value) is str:
        return _optional_text(value)
    if type(value) is list:
        if len(value) != 2:
            raise _DoubtError
        low, high = _number(value[0]), _number(value[1])
        if low > high:
            raise _DoubtError
        return (low, high)
    return _number(value)


def _mapping(value: object, fields: dict[str, Any], required: tuple[str, ...]) -> dict[str, Any]:
    """The fields of a mapping: only known names, every required one, with the defaults."""
    if type(value) is not dict or not set(value) <= set(fields):
        raise _DoubtError
    if any(name not in value for name in required):
        raise _DoubtError
    return {**fields, **value}


_NONE_GIVEN: dict[str, Any] = {}  # the default of a mapping field, told from a given null
_INDICATOR_DEFAULTS: dict[str, Any] = dict.fromkeys(PlainIndicator.__slots__)
_INDICATOR_DEFAULTS.update(
    polaritas="positif",
    dipisah_dari_sel=False,
    satuan_variabel=_NONE_GIVEN,
    konstanta=_NONE_GIVEN,
)


def _indicator(value: object) -> PlainIndicator:
    given = _mapping(value, _INDICATOR_DEFAULTS, ("id", "indikator", "formula"))
    units, constants = given["satuan_variabel"], given["konstanta"]
    if type(units) is not dict or type(constants) is not dict:
        raise _DoubtError
    if not all(type(k) is str for k in units) or not all(type(k) is str for k in constants):
        raise _DoubtError
    if not all(_NOT_BLANK.search(name) for name in constants):
        raise _DoubtError
    if given["polaritas"] not in ("positif", "negatif") or type(given["polaritas"]) is not str:
        raise _DoubtError
    if type(given["dipisah_dari_sel"]) is not bool:
        raise _DoubtError
    return PlainIndicator(
        {
            "id": _text(given["id"], empty=False),
            "sasaran": _optional_text(given["sasaran"]),
            "indikator": _text(given["indikator"]),
            "formula": _optional_text(given["formula"]),
            "satuan": _optional_text(given["satuan"]),
            "satuan_variabel": {name: _text(unit) for name, unit in units.items()},
            "target": _target(given["target"]),
            "polaritas": given["polaritas"],
            "konstanta": {name: _number(number) for name, number in constants.items()},
            "kategori": _optional_text(given["kategori"]),
            "bobot": None if given["bobot"] is None else _number(given["bobot"]),
            "sumber_data": _optional_text(given["sumber_data"]),
            "catatan": _optional_text(given["catatan"]),
            "dipisah_dari_sel": given["dipisah_dari_sel"],
        }
    )


def _jabatan(value: object) -> PlainJabatan:
    given = _mapping(value, dict.fromkeys(PlainJabatan.__slots__), ("nama", "indikator"))
    if type(given["indikator"]) is not list:
        raise _DoubtError
    return PlainJabatan(
        {
            "nama": _text(given["nama"], empty=False),
            "penanggung_jawab": _optional_text(given["penanggung_jawab"]),
            "indikator": [_indicator(row) for row in given["indikator"]],
        }
    )


def _document(value: object) -> PlainDocument:
    defaults = {**dict.fromkeys(PlainDocument.__slots__), "jenis": "IKI"}
    given = _mapping(value, defaults, ("unit", "tahun", "jabatan"))
    year = given["tahun"]
    if year is not None and (type(year) is not int or not 1900 <= year <= 2200):
        raise _DoubtError
    if given["jenis"] not in ("IKI", "IKU") or type(given["jenis"]) is not str:
        raise _DoubtError
    if type(given["jabatan"]) is not list:
        raise _DoubtError
    document = PlainDocument(
        {
            "unit": _text(given["unit"], empty=False),
            "tahun": year,
            "sumber": _optional_text(given["sumber"]),
            "jenis": given["jenis"],
            "catatan": _optional_text(given["catatan"]),
            "jabatan": [_jabatan(item) for item in given["jabatan"]],
        }
    )
    ids = [row.id for jabatan in document.jabatan for row in jabatan.indikator]
    if len(set(ids)) != len(ids):
        raise _DoubtError
    return document


def plain_document(data: object) -> PlainDocument | None:
    """The document of a definition file's data (as :func:`ikicalc.documents.yaml_lines.
    load_yaml_with_lines` reads it) when it is plainly valid; ``None`` when pydantic must
    decide (see the module's text)."""
    try:
        return _document(data)
    except _DoubtError:
        return None
