"""Category scales: interval tables such as ``25,00 – 43,75 Tidak Baik …`` and their lookup.

A :class:`Scale` is read from text as documents write it (:meth:`Scale.parse`), from data
(:func:`register_scale`, :func:`load_scales`), or taken from the built-in scales kept in
``ikicalc/data/scales.toml`` (:func:`scale`).

Boundary rule, the same for every scale: the value is first rounded half-up to the precision
of the scale's written bounds (the most decimal places any bound is written with), and the
rounded value is then matched against the ranges. Written ranges ``a – b`` include both ends;
``≥ a``/``a ke atas`` and ``≤ b``/``b ke bawah`` include the bound; ``> a``/``di atas a`` and
``< b``/``di bawah b`` exclude it. So on ``25,00 – 43,75 Tidak Baik 43,76 – 62,50 Kurang Baik``
the value 43,755 rounds to 43,76 and is "Kurang Baik"; on ``≥ 91 Sangat Baik; 76 – 90 Baik``
90,4 is "Baik" and 90,5 is "Sangat Baik". ``> a – b`` excludes a and includes b; ``a ≤ b``
(``86 % ≤ 100 %``) is ``a – b``; ``a ≤ x < b`` and the like include or exclude each bound as
its sign says.

Forms :meth:`Scale.parse` reads besides ``a – b Label``: a grade code first (``AA > 90 – 100
Sangat Memuaskan``, ``D 0 – 30``), labels first (``Sangat Baik : 91 – 100``, ``Baik = 76 s.d.
90``, on every line; a first lead followed by labels after ranges is the heading), a named
quantity (``IPM < 60 = rendah``: the name becomes the title), scores (``81–100 % → nilai
100``: :attr:`Category.score`), bullets (``•``, ``-``, ``1.``, ``a.``), and a list of
thresholds read as bands: in ``> 80 Sangat Baik; > 60 Baik; > 40 Cukup`` each open range
ends where the one above it starts (``> 60`` is above 60 up to 80), likewise ``< 40; < 60``
from below.
"""

from __future__ import annotations

import dataclasses
import tomllib
from collections.abc import Mapping
from decimal import Decimal
from fractions import Fraction
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from ikicalc.errors import IkiError, ScaleSyntaxError
from ikicalc.i18n import _
from ikicalc.names import did_you_mean
from ikicalc.numbers import indonesian, round_half_up, to_fraction

if TYPE_CHECKING:
    from ikicalc.rules.scale_text import Written


class ScaleOverlapError(ScaleSyntaxError):
    """Two ranges of a scale overlap: the text reads, but a value would fall in two
    categories (the problem is said by the class, not by the words of the message)."""

__all__ = [
    "Category",
    "Interval",
    "Scale",
    "ScaleOverlapError",
    "is_scale_name",
    "kategori_scale",
    "load_scales",
    "register_scale",
    "scale",
    "scale_names",
]


@dataclasses.dataclass(frozen=True)
class Interval:
    """A range of values as written: ``low``/``high`` are ``None`` when the side is open-ended.

    ``low_inclusive``/``high_inclusive`` say whether the bound itself belongs to the range;
    ``text`` is the range as written (``"25,00 – 43,75"``, ``"≥ 91"``) and ``places`` the most
    decimal places its bounds are written with.
    """

    low: Fraction | None
    high: Fraction | None
    low_inclusive: bool = True
    high_inclusive: bool = True
    text: str = ""
    places: int = 0

    def contains(self, value: Fraction) -> bool:
        """Whether ``value`` (already rounded by the caller if wanted) lies in this range."""
        above_low = (
            self.low is None or value > self.low or (value == self.low and self.low_inclusive)
        )
        below_high = (
            self.high is None or value < self.high or (value == self.high and self.high_inclusive)
        )
        return above_low and below_high

    def steps(self, places: int) -> tuple[int | None, int | None]:
        """The smallest and largest multiples of 10**-places in the range, in those units."""
        unit = 10**places
        low: int | None = None
        high: int | None = None
        if self.low is not None:
            scaled = self.low * unit
            low = -((-scaled.numerator) // scaled.denominator)  # ceiling
            if not self.low_inclusive and low == scaled:
                low += 1
        if self.high is not None:
            scaled = self.high * unit
            high = scaled.numerator // scaled.denominator  # floor
            if not self.high_inclusive and high == scaled:
                high -= 1
        return low, high


@dataclasses.dataclass(frozen=True)
class Category:
    """One row of a scale: its ``label`` as written, its ``grade`` (``"A"``…) if any, its range.

    ``score`` is the number a scoring table gives the range (``81–100 % → nilai 100``).
    """

    label: str
    grade: str | None
    interval: Interval
    score: Fraction | None = None


@dataclasses.dataclass(frozen=True)
class Scale:
    """A category scale: ranges with labels, looked up with :meth:`classify`.

    ``places`` is the precision values are rounded to before matching (see the module
    docstring for the boundary rule). ``title``, ``source`` and ``name`` describe where the
    scale comes from; ``unsur`` is the number of survey items a survey scale is defined for.
    """

    categories: tuple[Category, ...]
    places: int
    title: str | None = None
    source: str | None = None
    name: str | None = None
    unsur: int | None = None

    @classmethod
    def parse(cls, text: str, *, name: str | None = None, source: str | None = None) -> Scale:
        """Read a scale written as in documents, e.g. ``"91 – 100 : Sangat Baik; ≤ 90 Baik"``
        (see the module docstring for every form read).

        Raises :class:`~ikicalc.errors.ScaleSyntaxError` pointing at the problem.
        """
        from ikicalc.rules import scale_text  # the reader imports this module's types

        title, categories = scale_text.read(text)
        return _build(categories, title=title, source=source, name=name, text=text)

    @classmethod
    def from_data(cls, data: Mapping[str, object], *, name: str = "") -> Scale:
        """Build a scale from data: ``{"categories": [{"range": "91 – 100", "label": …}]}``.

        The keys are those of the entries of ``ikicalc/data/scales.toml``: ``categories``
        (each with ``range`` written as in documents, ``label`` and optional ``grade``) and
        optional ``title``, ``source`` and ``unsur``.
        """
        return _from_data(name, data)

    @property
    def labels(self) -> tuple[str, ...]:
        """The labels in the order the scale lists them."""
        return tuple(c.label for c in self.categories)

    def rounded(self, value: object) -> Fraction:
        """``value`` rounded half-up to the precision of the scale's bounds."""
        return Fraction(round_half_up(_as_fraction(value), self.places))

    def classify(self, value: object) -> Category:
        """The category of ``value`` (a number, or text such as ``"81,35"``).

        Raises :class:`~ikicalc.errors.IkiError` when the rounded value is in no range.
        """
        rounded = self.rounded(value)
        for category in self.categories:
            if category.interval.contains(rounded):
                return category
        shown = _show(round_half_up(rounded, self.places))
        raise IkiError(
            _(
                "the value {value} is outside this scale{name}: it covers {coverage}. Check the "
                "value, or add a range for it to the scale."
            ).format(value=shown, name=_named(self), coverage=self.coverage())
        )

    def coverage(self) -> str:
        """The values the scale covers, in words: ``"values from 25,00 to 100,00"``."""
        # Ranges that touch on the grid of the scale's precision are merged into one piece.
        pieces: list[tuple[Interval, Interval, int | None]] = []  # first, last, top step
        for interval in sorted(
            (c.interval for c in self.categories), key=lambda i: _low_key(i.steps(self.places)[0])
        ):
            low, high = interval.steps(self.places)
            if pieces:
                first, last, top = pieces[-1]
                if top is None or (low is not None and low <= top + 1):
                    if top is not None and (high is None or high > top):
                        last, top = interval, high
                    pieces[-1] = (first, last, top)
                    continue
            pieces.append((interval, interval, high))
        described = [_describe(first, last) for first, last, _top in pieces]
        return _("values {ranges}").format(ranges=(" " + _("and") + " ").join(described))


def _describe(first: Interval, last: Interval) -> str:
    words = []
    if first.low is not None:
        shown = _show(round_half_up(first.low, first.places))
        words.append((_("from {value}") if first.low_inclusive else _("above {value}")).format(
            value=shown
        ))
    if last.high is not None:
        shown = _show(round_half_up(last.high, last.places))
        if last.high_inclusive:
            upto = _("to {value}") if words else _("up to {value}")
        else:
            upto = _("below {value}")
        words.append(upto.format(value=shown))
    return " ".join(words) if words else _("of any size")


def _show(value: Decimal) -> str:
    """A number written the Indonesian way (decimal comma)."""
    return indonesian(value)


def _named(s: Scale) -> str:
    return f" '{s.name}'" if s.name else ""


def _as_fraction(value: object) -> Fraction:
    try:
        return to_fraction(value)
    except ValueError as exc:
        raise IkiError(
            _("cannot classify {value}: {problem}; give a number such as 81,35").format(
                value=repr(value), problem=exc
            )
        ) from exc


def _build(
    written: list[Written],
    *,
    title: str | None,
    source: str | None,
    name: str | None,
    text: str,
    unsur: int | None = None,
) -> Scale:
    places = max(w.category.interval.places for w in written)
    steps = [w.category.interval.steps(places) for w in written]
    for i, (low_i, high_i) in enumerate(steps):
        for j in range(i):
            low_j, high_j = steps[j]
            top = min(_high_key(high_i), _high_key(high_j))
            if max(_low_key(low_i), _low_key(low_j)) <= top:
                other = written[j].category
                raise ScaleOverlapError(
                    _(
                        "this range overlaps '{other}' ({label}): a value must fall in one "
                        "range only"
                    ).format(other=other.interval.text, label=other.label),
                    text,
                    written[i].start,
                    written[i].end,
                )
    return Scale(
        tuple(w.category for w in written),
        places,
        title=title,
        source=source,
        name=name,
        unsur=unsur,
    )


def _low_key(low: int | None) -> float | int:
    return float("-inf") if low is None else low


def _high_key(high: int | None) -> float | int:
    return float("inf") if high is None else high


# --- scales as data and the registry ------------------------------------------------------


def _read_text(text: str) -> tuple[str | None, list[Written]]:
    from ikicalc.rules import scale_text  # the reader imports this module's types

    return scale_text.read(text)


def _from_data(name: str, data: Mapping[str, object]) -> Scale:
    """Build a scale from a mapping: ``categories`` = [{range, label, grade?}], ``source``…"""
    rows = data.get("categories")
    if not isinstance(rows, list) or not rows:
        raise IkiError(
            _("scale '{name}': give 'categories', a list of {{range, label, grade}}").format(
                name=name
            )
        )
    written: list[Written] = []
    for number, row in enumerate(rows, start=1):
        if not isinstance(row, Mapping) or not isinstance(row.get("range"), str):
            raise IkiError(
                _("scale '{name}', category {number}: give 'range' as text, e.g. '91 – 100'")
                .format(name=name, number=number)
            )
        label, grade, range_text = row.get("label"), row.get("grade"), row["range"]
        if not isinstance(label, str) or not label.strip():
            raise IkiError(
                _("scale '{name}', category {number}: give its 'label' as text").format(
                    name=name, number=number
                )
            )
        if grade is not None and not isinstance(grade, str):
            raise IkiError(
                _("scale '{name}', category {number}: 'grade' must be text, e.g. 'A'").format(
                    name=name, number=number
                )
            )
        _title, entries = _read_text(range_text)
        if len(entries) != 1 or entries[0].category.label != entries[0].category.interval.text:
            raise IkiError(
                _(
                    "scale '{name}', category {number}: 'range' must be one range without a "
                    "label, e.g. '91 – 100'; found {found}"
                ).format(name=name, number=number, found=repr(range_text))
            )
        category = Category(label.strip(), grade, entries[0].category.interval)
        written.append(
            dataclasses.replace(entries[0], category=category, start=0, end=len(range_text))
        )
    title, source, unsur = data.get("title"), data.get("source"), data.get("unsur")
    try:
        return _build(
            written,
            title=title if isinstance(title, str) else None,
            source=source if isinstance(source, str) else None,
            name=name,
            text="",
            unsur=unsur if isinstance(unsur, int) else None,
        )
    except ScaleSyntaxError as exc:
        raise IkiError(
            _("scale '{name}': {problem}").format(name=name, problem=exc.reason)
        ) from None


@cache
def _builtin_data() -> dict[str, Any]:
    raw = resources.files("ikicalc").joinpath("data", "scales.toml").read_text(encoding="utf-8")
    return tomllib.loads(raw)


@cache
def _builtin_scale(name: str) -> Scale:
    """One built-in scale, built when first asked for (not all of them to find one)."""
    return _from_data(name, _builtin_data()[name])


_registered: dict[str, Scale] = {}


def _key(name: str) -> str:
    return " ".join(name.lower().split())


def scale_names() -> tuple[str, ...]:
    """The names :func:`scale` knows: the built-in scales, then those registered."""
    return tuple(_builtin_data()) + tuple(n for n in _registered if n not in _builtin_data())


def is_scale_name(text: str) -> bool:
    """Whether ``text`` names a built-in or registered scale (case and spacing ignored)."""
    key = _key(text)
    return key in _registered or key in _builtin_data()


def kategori_scale(text: str) -> Scale:
    """The scale a ``kategori`` cell gives: a built-in or registered name, or the scale
    written out (``"25,00 – 43,75 Tidak Baik …"``). Raises :class:`ScaleSyntaxError` when
    it is neither."""
    return scale(text) if is_scale_name(text) else _parsed(text)


@lru_cache(maxsize=1024)
def _parsed(text: str) -> Scale:
    return Scale.parse(text)


def scale(name: str) -> Scale:
    """A built-in or registered scale by name, e.g. ``scale("skm-2017")``."""
    key = _key(name)
    found = _registered.get(key) or (_builtin_scale(key) if key in _builtin_data() else None)
    if found is None:
        known = scale_names()
        hint = did_you_mean(key, known, key=_key)
        raise IkiError(
            _("there is no scale named {name}{hint}. Known scales: {known}").format(
                name=repr(name), hint=hint, known=", ".join(known)
            )
        )
    return found


def register_scale(
    name: str, definition: str | Mapping[str, object] | Scale, *, replace: bool = False
) -> Scale:
    """Make a scale available as ``scale(name)``: from text, from data, or a :class:`Scale`.

    Data is a mapping like the entries of ``ikicalc/data/scales.toml``: ``categories`` (a list
    of ``{range = "91 – 100", label = "Sangat Baik", grade = "A"}``), optional ``title``,
    ``source`` and ``unsur``. A name already in use needs ``replace=True``.
    """
    key = _key(name)
    if not key:
        raise IkiError(_("give the scale a name, e.g. 'mutu-kecamatan'"))
    if not replace and (key in _registered or key in _builtin_data()):
        raise IkiError(
            _("a scale named '{name}' exists already; pass replace=True to replace it").format(
                name=key
            )
        )
    if isinstance(definition, Scale):
        made = dataclasses.replace(definition, name=key)
    elif isinstance(definition, str):
        made = Scale.parse(definition, name=key)
    else:
        made = _from_data(key, definition)
    _registered[key] = made
    return made


def load_scales(path: str | Path, *, replace: bool = False) -> tuple[str, ...]:
    """Register every scale in a TOML or YAML file (one table per scale); return their names."""
    file = Path(path)
    try:
        raw = file.read_text(encoding="utf-8")
        if file.suffix.lower() == ".toml":
            data: object = tomllib.loads(raw)
        else:
            data = yaml.safe_load(raw)
    except (OSError, tomllib.TOMLDecodeError, yaml.YAMLError) as exc:
        raise IkiError(
            _("cannot read scales from {file}: {problem}").format(file=file, problem=exc)
        ) from exc
    if not isinstance(data, Mapping):
        raise IkiError(f"{file}: " + _("expected one table per scale, named by the scale"))
    made: dict[str, Scale] = {}
    for name, definition in data.items():
        key = _key(str(name))
        if isinstance(definition, str):
            made[key] = Scale.parse(definition, name=key)
        elif isinstance(definition, Mapping):
            made[key] = _from_data(key, definition)
        else:
            raise IkiError(
                f"{file}: " + _("scale '{name}' must be a table or a text").format(name=name)
            )
    taken = [key for key in made if key in _registered or key in _builtin_data()]
    if taken and not replace:
        raise IkiError(
            f"{file}: "
            + _("scale(s) {names} exist already; pass replace=True to replace").format(
                names=", ".join(taken)
            )
        )
    for key, found in made.items():  # register only once every scale in the file is good
        register_scale(key, found, replace=replace)
    return tuple(made)
