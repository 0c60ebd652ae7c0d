"""Capaian (achievement): realisasi measured against target, as a percentage.

- positive polarity ("semakin tinggi semakin baik"): realisasi / target × 100;
- negative polarity ("semakin rendah semakin baik", PermenPAN-RB 8/2021; the same as the LKjIP
  form (rencana − (realisasi − rencana)) / rencana × 100): (2 × target − realisasi) / target × 100;
- a range target ``(low, high)``, or a target written as a range (``"75 - 85%"``, ``"7 – 8
  bulan"``): 100 inside the range; above it realisasi / high × 100, below
  it realisasi / low × 100 (with negative polarity the mirror image: (2 × bound − realisasi) /
  bound × 100, so capaian still falls as realisasi moves away from the range upward).

Realisasi and target may carry units (satuan): pint quantities from
:func:`ikicalc.rules.units.quantity`, targets from
:func:`ikicalc.rules.target.parse_target`, results of
``formula.evaluate(data, units=…)``, or text that states a unit (``"6 bulan"``,
``"Kualitas 80%"``, ``"75 % dari undangan"``). Compatible units are converted exactly (6 bulan
against 1 semester is 100); unlike ones (orang against hari) raise
:class:`~ikicalc.rules.units.UnitMismatchError`. A plain number next to a quantity is read in the
quantity's unit (85 against ``"Kualitas 80%"`` is 85 %). A compound target (``4 jenis, 12
bulan``) is compared by its part in the realisasi's unit (4 jenis), or by its total (48
jenis·bulan) when that is what the realisasi measures or the realisasi is compound too.
Plain numbers work exactly as without units.

Everything is exact (:class:`fractions.Fraction`) until the final half-up rounding to 2 places.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from typing import Any, Literal, TypeAlias, overload

from ikicalc.backends.exact import Result
from ikicalc.errors import IkiError
from ikicalc.i18n import _
from ikicalc.numbers import round_half_up, to_fraction
from ikicalc.rules.target import Target, parse_target
from ikicalc.rules.units import (
    UnitMismatchError,
    format_quantity,
    format_unit,
    is_quantity,
    quantity,
    registry,
)

__all__ = ["POLARITY_ALIASES", "capaian", "number", "read_polarity"]

POLARITY_ALIASES: dict[str, str] = {
    "positive": "positive",
    "positif": "positive",
    "+": "positive",
    "semakin tinggi semakin baik": "positive",
    "semakin besar semakin baik": "positive",
    "makin tinggi makin baik": "positive",
    "makin besar makin baik": "positive",
    "negative": "negative",
    "negatif": "negative",
    "-": "negative",
    "semakin rendah semakin baik": "negative",
    "semakin kecil semakin baik": "negative",
    "makin rendah makin baik": "negative",
    "makin kecil makin baik": "negative",
    # PermenPAN-RB 8/2021, Lampiran Bab VI: capaian IKI "kondisi normal" / "kondisi khusus"
    "normal": "positive",
    "kondisi normal": "positive",
    "khusus": "negative",
    "kondisi khusus": "negative",
}
"""Ways of writing a polarity (lower case, single spaces) and the polarity they mean."""

Number = object
"""Anything :func:`number` accepts: int, Fraction, Decimal, float or text like ``"81,35"``."""


def number(value: Number, what: str) -> Fraction:
    """Convert one user-given number exactly; ``what`` names it in the error message."""
    try:
        return to_fraction(value)
    except ValueError as exc:
        raise IkiError(
            _("{what}: {problem}; give a number such as 81,35").format(what=what, problem=exc)
        ) from exc


def read_polarity(text: str) -> str:
    """``"positive"`` or ``"negative"`` for a polarity written in English or Indonesian."""
    key = " ".join(str(text).lower().replace(",", " ").split())
    found = POLARITY_ALIASES.get(key)
    if found is None:
        raise IkiError(
            _(
                "unknown polarity {text}: use 'positif' (semakin tinggi semakin baik) or "
                "'negatif' (semakin rendah semakin baik)"
            ).format(text=repr(text))
        )
    return found


def _ratio(realisasi: Fraction, target: Fraction, negative: bool) -> Fraction:
    if negative:
        return (2 * target - realisasi) / target * 100
    return realisasi / target * 100


# ---- quantities -------------------------------------------------------------------------

_Measured: TypeAlias = tuple[Fraction, Any]
"""A magnitude and its pint unit; unit ``None`` is a plain number (it takes the other's)."""


def _show(value: object) -> str:
    if is_quantity(value):
        return format_quantity(value)
    if isinstance(value, Target | str):
        return repr(value.text if isinstance(value, Target) else value)
    return str(value)


def _measure(value: object, what: str) -> _Measured | Target:
    """Read one realisasi or target value: a plain number, a quantity, or a Target."""
    if isinstance(value, Target):
        return value
    if is_quantity(value):
        if value._REGISTRY is not registry():
            raise IkiError(
                _("{what}: build quantities with ikicalc.rules.units.quantity").format(what=what)
            )
        return number(value.magnitude, what), value.units
    if isinstance(value, Result):
        if value.quantity is not None:
            return value.exact, value.quantity.units
        if value.unit == "%":
            return value.exact, registry().Unit("persen")
        return value.exact, None
    if isinstance(value, str):
        try:
            return to_fraction(value), None
        except ValueError as exc:
            try:
                target = parse_target(value)
            except IkiError:
                target = None
            if target is None or target.unit is None:
                raise IkiError(
                    _(
                        "{what}: {problem}; give a number such as 81,35 or a quantity such as "
                        "'6 bulan'"
                    ).format(what=what, problem=exc)
                ) from exc
            return target
    return number(value, what), None


def _pick(target: Target, other: Any, other_compound: bool) -> _Measured:
    """The quantity of ``target`` to compare with a value in unit ``other``."""
    options = [target.quantity, target.total]
    if other_compound:
        options.reverse()
    if target.is_compound and other is not None:
        options.sort(key=lambda q: q.dimensionality != other.dimensionality)
    chosen = options[0]
    return to_fraction(chosen.magnitude), chosen.units


def _unit_of(value: _Measured | Target) -> Any:
    if isinstance(value, Target):
        return None if value.is_compound else value.quantity.units
    return value[1]


def _common(
    realisasi: _Measured | Target, targets: list[_Measured | Target], raw: list[object]
) -> tuple[Fraction, list[Fraction]]:
    """Express realisasi and target(s) in one unit (the target's), exactly."""
    real_compound = isinstance(realisasi, Target) and realisasi.is_compound
    if isinstance(realisasi, Target):
        goal = targets[0]
        other = _unit_of(goal)
        realisasi = _pick(realisasi, other, isinstance(goal, Target) and goal.is_compound)
    goals = [
        _pick(goal, realisasi[1], real_compound) if isinstance(goal, Target) else goal
        for goal in targets
    ]
    reference = next((unit for _value, unit in [*goals, realisasi] if unit is not None), None)
    if reference is None:
        return realisasi[0], [value for value, _unit in goals]
    names = ["realisasi"] + ["target"] * len(goals)
    converted = []
    for name, shown, (value, unit) in zip(names, raw, [realisasi, *goals], strict=True):
        if unit is None:  # a plain number is read in the other side's unit
            converted.append(value)
            continue
        if unit.dimensionality != reference.dimensionality:
            mine, theirs = format_unit(unit) or _("a plain number"), format_unit(reference)
            raise UnitMismatchError(
                _(
                    "{name} {value} ({unit}) and the target ({target_unit}) measure different "
                    "things, so capaian cannot compare them; give both in one unit"
                ).format(name=name, value=_show(shown), unit=mine, target_unit=theirs),
                mine,
                theirs,
            )
        factor = registry().Quantity(1, unit).to(reference).magnitude
        converted.append(value * to_fraction(factor))
    return converted[0], converted[1:]


def _as_range(target: Number | tuple[Number, Number]) -> Number | tuple[Number, Number]:
    """A target written as a range (``"75 - 85%"``, a :class:`Target` with a range) as the
    pair ``(low, high)``; any other target unchanged."""
    written: object = target
    if isinstance(target, str):
        try:
            to_fraction(target)
            return target
        except ValueError:
            try:
                written = parse_target(target)
            except IkiError:
                return target
    if isinstance(written, Target) and written.range is not None:
        low, high = written.range
        if written.unit is None:
            return (low, high)
        return (quantity(low, written.unit), quantity(high, written.unit))
    return target


def _exact(realisasi: Number, target: Number | tuple[Number, Number], kind: str) -> Fraction:
    negative = read_polarity(kind) == "negative"
    target = _as_range(target)
    real_value = _measure(realisasi, "realisasi")
    if not isinstance(target, tuple | list):
        real, (goal,) = _common(real_value, [_measure(target, "target")], [realisasi, target])
        if goal == 0:
            raise IkiError(
                _(
                    "target is 0, so capaian cannot be a percentage of it: enter the planned "
                    "target (not 0); for a 'zero cases' goal give a range target such as (0, 1) "
                    "or report the realisasi itself"
                )
            )
        if goal < 0:
            raise IkiError(
                _("target is negative ({value}); capaian needs a positive target").format(
                    value=_show(target)
                )
            )
        return _ratio(real, goal, negative)
    if len(target) != 2:
        raise IkiError(
            _("a range target has two numbers (low, high); got {count}").format(count=len(target))
        )
    bounds = [_measure(target[0], "target low"), _measure(target[1], "target high")]
    real, (low, high) = _common(real_value, bounds, [realisasi, target[0], target[1]])
    if low > high or low < 0:
        raise IkiError(
            _(
                "range target ({low}, {high}) must be written (low, high) with 0 ≤ low ≤ high"
            ).format(low=_show(target[0]), high=_show(target[1]))
        )
    if high == 0:
        raise IkiError(
            _(
                "range target ({low}, {high}) is 0 to 0: capaian cannot be a percentage of it; "
                "for a 'zero cases' goal give a range such as (0, 1)"
            ).format(low=_show(target[0]), high=_show(target[1]))
        )
    if real > high:
        return _ratio(real, high, negative)
    if real >= low:
        return Fraction(100)
    if low == 0:
        raise IkiError(
            _(
                "realisasi {value} is below the range target starting at 0, so capaian cannot "
                "be a percentage of it: check the realisasi"
            ).format(value=_show(realisasi))
        )
    return _ratio(real, low, negative)


@overload
def capaian(
    realisasi: Number,
    target: Number | tuple[Number, Number],
    polarity: str = ...,
    *,
    exact: Literal[False] = ...,
) -> Decimal: ...


@overload
def capaian(
    realisasi: Number,
    target: Number | tuple[Number, Number],
    polarity: str = ...,
    *,
    exact: Literal[True],
) -> Fraction: ...


def capaian(
    realisasi: Number,
    target: Number | tuple[Number, Number],
    polarity: str = "positive",
    *,
    exact: bool = False,
) -> Decimal | Fraction:
    """Capaian in percent of ``target`` (a number or a range ``(low, high)``).

    Realisasi and target are numbers, or quantities with units: pint quantities
    (:func:`ikicalc.rules.units.quantity`), :class:`~ikicalc.rules.target.Target` objects,
    results of
    ``formula.evaluate(data, units=…)``, or text with a unit (``"6 bulan"``, ``"80%"``).
    Compatible units are converted exactly (``capaian("6 bulan", "1 semester")`` is 100);
    unlike ones raise :class:`~ikicalc.rules.units.UnitMismatchError`.

    ``polarity`` is ``"positive"``/``"positif"``/``"semakin tinggi semakin baik"`` (default)
    or ``"negative"``/``"negatif"``/``"semakin rendah semakin baik"``. The result is rounded
    half-up to 2 places (``Decimal``); ``exact=True`` returns the exact ``Fraction``.
    Example: ``capaian("6,5", 7, "negatif")`` is ``Decimal("107.14")``.
    """
    value = _exact(realisasi, target, polarity)
    return value if exact else round_half_up(value)
