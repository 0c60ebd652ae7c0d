"""The units of IKI/IKU targets: one shared, exact pint registry.

Indicators count people, documents, letters, months and rupiah. :func:`registry` builds a
:class:`pint.UnitRegistry` from ``ikicalc/data/units.txt`` alone, once per process
(``functools.cache``); nothing from pint's default SI registry is loaded, so no pint name or
prefix can capture an Indonesian word (in the default registry ``unit`` is micro-nit and
``RT`` ronna-tesla).

Dimensions (the design choice, tested in ``tests/test_units.py``):

* **People** — ``orang``, ``pegawai``, ``PNS``, ``ASN``, ``tamu``, ``peserta`` (alias
  ``jiwa``) share one dimension: each is one person, so they convert 1:1 and add up, while
  each keeps its own name (``2 PNS + 1 orang = 3 PNS``).
* **Counted things** — ``dokumen``, ``surat``, ``laporan``, ``berkas``, ``kegiatan``,
  ``kali``, ``jenis``, ``unit``, ``buah``, ``eksemplar``, ``paket``, ``layanan`` (alias
  ``pelayanan``), ``RT``, ``RW``, ``kelurahan``, ``desa``, ``gedung``: each is its own base
  dimension, so ``2 surat + 3 laporan`` or ``orang + hari`` is an error.
* **Time** — ``hari``, ``minggu`` (7 hari), ``bulan``, ``triwulan`` (3 bulan),
  ``caturwulan`` (4 bulan), ``semester`` (6 bulan), ``tahun`` (12 bulan = 365 hari, so a
  month is 365/12 days exactly).
* **Money** — ``rupiah`` (symbol ``Rp``); ``ribu``, ``juta``, ``miliar`` (``milyar``) and
  ``triliun`` (``trilyun``) are plain numbers (10^3 … 10^12).
* **Percent** — ``persen`` (symbol ``%``) is the number 1/100.

Exactness: the registry is built with ``non_int_type=Fraction`` and :func:`quantity` turns
every magnitude into a :class:`~fractions.Fraction`, so conversions stay exact (1 bulan is
``Fraction(365, 12)`` hari). Do not put :class:`~decimal.Decimal` magnitudes in these
quantities: pint cannot mix them with the registry's Fraction factors.

Safety: user text is never handed to pint's expression parser. Words are looked up in a
table of the registry's names (:func:`canonical_unit`), and only those known names reach
pint.

Units through formulas are :mod:`ikicalc.backends.measured`; :func:`ikicalc.capaian` accepts these
quantities. An incompatible pair raises :class:`UnitMismatchError`, an
:class:`~ikicalc.errors.IkiError` (positioned in the formula when it comes from one).

Writing: use :func:`format_quantity` and :func:`format_unit`. pint's own formatting of a
power (``orang²``) fails on Python 3.11 with these exact quantities: their exponents are
Fractions, which cannot be formatted with ``"n"`` before Python 3.12.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping
from decimal import Decimal
from fractions import Fraction
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any, TypeAlias, TypeGuard

from ikicalc.errors import IkiError, UnitMismatchError
from ikicalc.i18n import _
from ikicalc.numbers import indonesian, to_fraction

__all__ = [
    "Quantity",
    "Registry",
    "UnitMismatchError",
    "add",
    "canonical_unit",
    "compatible",
    "convert",
    "dimension",
    "format_quantity",
    "format_unit",
    "is_unit",
    "multiplier",
    "quantity",
    "registry",
    "to_unit",
    "unit_names",
]

if TYPE_CHECKING:
    import pint
    from pint.facets.plain import PlainUnit

    Quantity: TypeAlias = pint.Quantity[Any]
    Registry: TypeAlias = pint.UnitRegistry[Any]


def is_quantity(value: object) -> TypeGuard[Quantity]:
    """Whether ``value`` is a pint quantity, without importing pint (a quantity can only
    exist once pint is imported)."""
    pint = sys.modules.get("pint")
    return pint is not None and isinstance(value, pint.Quantity)


def __getattr__(name: str) -> object:
    # pint is imported when a unit is first used, not with ikicalc (it takes ~0.3 s)
    if name in ("Quantity", "Registry"):
        import pint

        return pint.Quantity if name == "Quantity" else pint.UnitRegistry
    raise AttributeError(f"module 'ikicalc.rules.units' has no attribute {name!r}")
# Quantity: the type of the quantities quantity() builds (magnitudes are Fractions).

_MULTIPLIERS = frozenset({"ribu", "juta", "miliar", "triliun"})


def _definition_lines() -> list[str]:
    text = resources.files("ikicalc").joinpath("data", "units.txt").read_text(encoding="utf-8")
    return text.splitlines()


@cache
def registry() -> Registry:
    """Return the shared registry of Indonesian units (built on the first call only)."""
    import pint
    reg: Registry = pint.UnitRegistry(None, non_int_type=Fraction, cache_folder=None)
    reg.load_definitions(_definition_lines())
    # Keep units in the order they were multiplied: "48 jenis·bulan", not "bulan·jenis".
    reg.formatter.default_sort_func = None
    return reg


@cache
def _name_table() -> dict[str, str]:
    """Every name, symbol and alias of the registry, lower-cased, to its canonical name."""
    reg = registry()
    table: dict[str, str] = {}
    for name, definition in reg._units.items():  # pint has no public iterator of definitions
        canonical = definition.name
        for spelling in (name, definition.symbol, *definition.aliases):
            if spelling and spelling != "_":
                table.setdefault(spelling.lower(), canonical)
    return table


def canonical_unit(word: str) -> str | None:
    """Return the registry name of a unit word (any case, symbol or alias), or ``None``.

    ``"Orang"`` → ``"orang"``, ``"Rp"`` → ``"rupiah"``, ``"%"`` → ``"persen"``,
    ``"pelayanan"`` → ``"layanan"``, ``"rt"`` → ``"RT"``; ``"keuangan"`` → ``None``.
    """
    return _name_table().get(word.strip().lower())


def is_unit(word: str) -> bool:
    """Tell whether ``word`` names a unit of the registry (see :func:`canonical_unit`)."""
    return canonical_unit(word) is not None


def unit_names() -> frozenset[str]:
    """The canonical names of all units in the registry."""
    return frozenset(_name_table().values())


def multiplier(word: str) -> int | None:
    """The value of a scale word (``ribu`` 1000, ``juta``, ``miliar``, ``triliun``), else None.

    Spelling variants and abbreviations (``milyar``, ``trilyun``, ``rb``, ``jt``) count.
    """
    name = canonical_unit(word)
    if name not in _MULTIPLIERS:
        return None
    factor = registry().Quantity(1, _unit(name)).to("dimensionless").magnitude
    return int(factor)


def _unit(name: str) -> pint.Unit:
    canonical = canonical_unit(name)
    if canonical is None:
        raise IkiError(_("unknown unit {name}").format(name=repr(name)))
    return registry().Unit(canonical)


def _units_of(value: str | pint.Unit | Any) -> Any:
    """The pint units of a unit name, a pint Unit or a Quantity."""
    import pint
    if isinstance(value, str):
        return _unit(value)
    if isinstance(value, pint.Quantity):
        return value.units
    if isinstance(value, pint.Unit):
        return value
    raise IkiError(_("{value} is not a unit").format(value=repr(value)))


def quantity(value: object, unit: str | None = None) -> Quantity:
    """Build an exact quantity: ``quantity("1,5", "bulan")`` is 3/2 bulan.

    ``value`` is anything :func:`ikicalc.numbers.to_fraction` reads (int, Fraction,
    Decimal, float, ``"81,35"``); ``unit`` is a unit word in any spelling
    :func:`canonical_unit` knows, or ``None`` for a plain number. Raises :class:`IkiError`
    for an unknown unit or a value that is not a number.
    """
    try:
        magnitude = to_fraction(value)
    except ValueError as exc:
        raise IkiError(str(exc)) from None
    reg = registry()
    if unit is None:
        return reg.Quantity(magnitude)
    return reg.Quantity(magnitude, _unit(unit))


def _describe(units: Any) -> str:
    return format_unit(units) or _("a plain number")


def compatible(a: str | pint.Unit | Quantity, b: str | pint.Unit | Quantity) -> bool:
    """Tell whether two units (names, pint units or quantities) measure the same thing.

    ``compatible("bulan", "hari")`` and ``compatible("PNS", "orang")`` are true;
    ``compatible("orang", "hari")`` is false. Unknown unit names raise :class:`IkiError`.
    """
    ua, ub = _units_of(a), _units_of(b)
    return bool(ua.dimensionality == ub.dimensionality)


def to_unit(q: Quantity, unit: str | None) -> Quantity:
    """Express ``q`` in ``unit`` (``None`` for a plain number), exactly.

    Raises :class:`UnitMismatchError` when the units measure different things.
    """
    target = _unit(unit) if unit is not None else registry().dimensionless
    if q.dimensionality != target.dimensionality:
        raise UnitMismatchError(
            _("cannot express {unit} as {target}").format(
                unit=_describe(q.units), target=_describe(target)
            ),
            _describe(q.units),
            _describe(target),
        )
    result = q.to(target)
    return registry().Quantity(to_fraction(result.magnitude), result.units)


def convert(value: object, from_unit: str | None, to_unit_: str | None) -> Fraction:
    """Convert a number from one unit to another, exactly: ``convert(1, "tahun", "bulan")``.

    ``None`` stands for a plain number (so ``convert(80, "persen", None)`` is 4/5). Raises
    :class:`UnitMismatchError` for units that measure different things and
    :class:`IkiError` for unknown units.
    """
    result = to_unit(quantity(value, from_unit), to_unit_)
    return to_fraction(result.magnitude)


def add(a: Quantity, b: Quantity) -> Quantity:
    """Add two quantities, the result in the units of ``a``.

    ``3 bulan + 1 tahun`` is 15 bulan; ``2 orang + 1 hari`` raises
    :class:`UnitMismatchError`.
    """
    if not compatible(a, b):
        raise UnitMismatchError(
            _("cannot add {unit} to {target}").format(
                unit=_describe(b.units), target=_describe(a.units)
            ),
            _describe(a.units),
            _describe(b.units),
        )
    b_in_a = b.to(a.units)
    return registry().Quantity(to_fraction(a.magnitude) + to_fraction(b_in_a.magnitude), a.units)


def dimension(unit: str) -> str:
    """The dimension of a unit name, e.g. ``"[orang]"`` for ``pegawai``, ``""`` for ``persen``."""
    return str(_unit(unit).dimensionality) if _unit(unit).dimensionality else ""


def _format_number(value: Fraction) -> str:
    """Whole numbers as digits, terminating decimals with a decimal comma, else ``a/b``."""
    if value.denominator == 1:
        return str(value.numerator)
    denominator = value.denominator
    for prime in (2, 5):
        while denominator % prime == 0:
            denominator //= prime
    if denominator != 1:
        return str(value)
    return indonesian(Decimal(value.numerator) / Decimal(value.denominator))


_SUPERSCRIPT = str.maketrans("0123456789-/", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻ᐟ")


def _power(name: str, exponent: Fraction) -> str:
    if exponent == 1:
        return name
    return name + str(exponent).translate(_SUPERSCRIPT)


def format_unit(unit: PlainUnit | Mapping[str, int | Fraction]) -> str:
    """Write a unit for people, in the order its parts were multiplied.

    ``orang·hari``, ``orang/hari``, ``orang²``, ``1/hari``; ``""`` for a plain number.
    ``unit`` is a pint unit or a mapping of unit name to exponent.
    """
    from pint.facets.plain import PlainUnit

    items = unit._units.items() if isinstance(unit, PlainUnit) else unit.items()
    powers = [(str(name), to_fraction(exponent)) for name, exponent in items if exponent]
    above = "·".join(_power(name, exp) for name, exp in powers if exp > 0)
    below = [_power(name, -exp) for name, exp in powers if exp < 0]
    if not below:
        return above
    denominator = below[0] if len(below) == 1 else "(" + "·".join(below) + ")"
    return f"{above or '1'}/{denominator}"


def format_quantity(q: Quantity) -> str:
    """Write a quantity for people: ``48 jenis·bulan``, ``81,35 persen``, ``365/12 hari``."""
    number = _format_number(to_fraction(q.magnitude))
    unit = format_unit(q.units)
    return f"{number} {unit}" if unit else number
