"""Satuan: unit text read into registry units, and the exact algebra over them.

A unit is a tuple of (registry name, exponent) pairs (:data:`Powers`). :func:`read_satuan` reads
a satuan as written (``orang``, ``juta rupiah``, ``orang·hari``, ``dokumen/bulan``) without
handing the text to pint's parser; the unit pass of :mod:`ikicalc.backends.measured` combines
and converts units with the helpers here, exactly (Fraction).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from fractions import Fraction
from functools import cache, lru_cache
from typing import Any, TypeAlias

from ikicalc.backends.exact import is_percent
from ikicalc.errors import IkiError, UnknownSatuanError
from ikicalc.i18n import _
from ikicalc.lang import ast
from ikicalc.names import did_you_mean, name_key
from ikicalc.numbers import to_fraction
from ikicalc.rules.units import (
    Quantity,
    canonical_unit,
    format_unit,
    registry,
    unit_names,
)

__all__ = ["Powers", "Units", "read_satuan"]

Units: TypeAlias = Mapping[str, str | None]
"""Variable name → satuan text (``"orang"``, ``"Rp"``, ``"%"``); ``None`` or ``""``: none."""

Powers: TypeAlias = tuple[tuple[str, int], ...]
"""A unit as (registry name, exponent) pairs in written order; ``()`` is a plain number."""

_PERCENT = "persen"


# ---- unit algebra over registry names ----------------------------------------------------


@cache
def _group(name: str) -> str:
    """What a unit measures: its dimension (``[orang]``), ``persen``, or ``""`` (a scale word)."""
    if name == _PERCENT:
        return _PERCENT
    dimensionality = registry().Unit(name).dimensionality
    return str(dimensionality) if dimensionality else ""


@cache
def _ratio(source: str, target: str) -> Fraction:
    """How many ``target`` one ``source`` is (``tahun``, ``bulan`` → 12); ``""`` is 1."""
    reg = registry()
    goal = reg.Unit(target) if target else reg.dimensionless
    return to_fraction(reg.Quantity(1, reg.Unit(source)).to(goal).magnitude)


def _combine(left: Powers, right: Iterable[tuple[str, int]]) -> tuple[Powers, Fraction]:
    """``left × right``, one unit per dimension (the one written first), and the factor a
    magnitude gains by it: ``bulan × tahun⁻¹`` is ``()`` with factor 1/12."""
    exponents = dict(left)
    kept_for = {_group(name): name for name in exponents}
    factor = Fraction(1)
    for name, exponent in right:
        group = _group(name)
        if not group:  # ribu, juta …: a number
            factor *= _ratio(name, "") ** exponent
            continue
        kept = kept_for.setdefault(group, name)
        if kept != name:
            factor *= _ratio(name, kept) ** exponent
        exponents[kept] = exponents.get(kept, 0) + exponent
    return tuple((name, exp) for name, exp in exponents.items() if exp), factor


def _signature(powers: Powers) -> tuple[tuple[str, int], ...]:
    """What a unit measures, percent aside (``%`` and a plain number measure the same)."""
    return tuple(sorted((_group(name), exp) for name, exp in powers if name != _PERCENT))


def _pint_unit(powers: Powers) -> Any:
    unit = registry().dimensionless
    for name, exponent in powers:
        unit = unit * registry().Unit(name) ** exponent
    return unit


@lru_cache(maxsize=1024)
def _cached_pint_unit(powers: Powers) -> Any:
    return _pint_unit(powers)


@lru_cache(maxsize=1024)
def _conversion(source: Powers, target: Powers) -> Fraction:
    """The factor that expresses a magnitude in ``source`` in ``target`` (same signature)."""
    reg = registry()
    return to_fraction(reg.Quantity(1, _pint_unit(source)).to(_pint_unit(target)).magnitude)


def _describe(powers: Powers, node: ast.Expr | None = None) -> str:
    percent = any(name == _PERCENT for name, _power in powers)
    rest = {name: exp for name, exp in powers if name != _PERCENT}
    if rest:
        return format_unit(dict(powers))
    if percent or (node is not None and is_percent(node)):
        return _("a percentage")
    return _("a plain number")


# ---- satuan -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Satuan:
    """A declared unit: a number ``x`` in it is ``x × factor`` in ``powers``."""

    factor: Fraction
    powers: Powers


_PRODUCT = re.compile(r"\s*[·×*⋅]\s*")


def _unknown_word(text: str, word: str) -> UnknownSatuanError:
    hint = did_you_mean(word, sorted(unit_names()), key=str.lower)
    what = (
        ""
        if word.strip() == text.strip()
        else ": " + _("{word} is not a unit").format(word=repr(word))
    )
    return UnknownSatuanError(
        _("unknown satuan {text}").format(text=repr(text))
        + what
        + hint
        + " "
        + _(
            "(the units are listed in ikicalc/data/units.txt: orang, dokumen, hari, bulan, Rp, % …)"
        ),
        text,
    )


@lru_cache(maxsize=512)
def _read_satuan(text: str) -> _Satuan:
    stripped = text.strip()
    if not stripped:
        raise UnknownSatuanError(_("the satuan is empty; give a unit such as 'orang'"), text)
    sides = stripped.split("/")
    if len(sides) > 2 or not all(side.strip() for side in sides):
        raise UnknownSatuanError(
            _(
                "satuan {text} cannot be read: write one unit ('orang'), a product "
                "('orang·hari') or one ratio ('dokumen/bulan')"
            ).format(text=repr(text)),
            text,
        )
    written: list[tuple[str, int]] = []
    for sign, side in zip((1, -1), sides, strict=False):
        for piece in _PRODUCT.split(side.strip()):
            units = []
            for word in piece.split():
                name = canonical_unit(word) or canonical_unit(word.rstrip("."))
                if name is None:
                    raise _unknown_word(text, word)
                written.append((name, sign))
                if _group(name):
                    units.append(word)
            if len(units) > 1:
                raise UnknownSatuanError(
                    _(
                        "satuan {text} names {count} units ({units}): give one, or write a "
                        "product as '{product}'"
                    ).format(
                        text=repr(text),
                        count=len(units),
                        units=", ".join(f"'{u}'" for u in units),
                        product="·".join(units),
                    ),
                    text,
                )
    powers, factor = _combine((), written)
    return _Satuan(factor, powers)


def read_satuan(text: str) -> Quantity:
    """One of a satuan as an exact pint quantity: ``"juta rupiah"`` → 1000000 rupiah,
    ``"orang·hari"`` → 1 orang·hari. Raises :class:`UnknownSatuanError` naming an unknown
    word; use it to check a satuan before evaluating."""
    satuan = _read_satuan(text)
    return registry().Quantity(satuan.factor, _pint_unit(satuan.powers))


def _declarations(units: Units) -> dict[str, _Satuan]:
    declared: dict[str, _Satuan] = {}
    written: dict[str, str] = {}
    for name, text in units.items():
        if text is None or not str(text).strip():
            continue
        try:
            satuan = _read_satuan(str(text))
        except UnknownSatuanError as error:
            raise UnknownSatuanError(
                _("variable '{name}': {problem}").format(name=name, problem=error),
                error.satuan,
                variable=str(name),
            ) from None
        key = name_key(str(name))
        if key in declared and declared[key] != satuan:
            raise IkiError(
                _(
                    "two satuan for one variable: '{first}' is {first_satuan} and '{name}' "
                    "is {satuan}"
                ).format(
                    first=written[key],
                    first_satuan=repr(units[written[key]]),
                    name=name,
                    satuan=repr(text),
                )
            )
        declared[key] = satuan
        written[key] = str(name)
    return declared
