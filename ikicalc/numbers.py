"""Numbers as Indonesian documents write them, and the one rounding rule.

Reading (:func:`parse_number`): ``81,35`` and ``81.35`` are the same number. A single
separator (comma or dot) is the decimal separator. When both appear, the last one is the
decimal separator and the other groups thousands (``1.250,5`` = ``1,250.5`` = 1250.5). A
separator that appears more than once groups thousands (``1.000.000``). Groups of thousands
have three digits (after a first group of one to three): ``2.5.3`` or ``1.25,5`` is not a
number. This default (``style="mixed"``) reads a lone ``1.000`` as one.

Styles (:data:`NumberStyle`): what the text around a number says about its separators.

* ``"mixed"`` (the default): the rule above.
* ``"indonesian"``: as ``"mixed"``, except that a lone dot followed by exactly three digits
  groups thousands (``1.206`` = 1206, ``x 1.000`` = 1000); ``81.35`` stays a decimal. The
  formula reader uses it for a cell that shows no other evidence.
* ``"decimal-comma"``: the text writes decimals with a comma (``81,35`` elsewhere in the same
  cell or file), so a dot before three digits groups thousands (``1.206`` = 1206) with no
  doubt; a dot that cannot group (``1.25``) is still read as a decimal point.
* ``"decimal-dot"``: the text writes decimals with a dot, so a dot is the decimal point
  (``1.000`` = 1) and a comma before three digits groups thousands (``1,000`` = 1000).

The older names ``"auto"`` (``"mixed"``), ``"comma"`` (``"decimal-comma"``) and ``"dot"``
(``"decimal-dot"``) are accepted everywhere a style is (:func:`style_name`).

Data readers decide one style per file (:func:`data_style`: a decimal-comma file reads ``.``
before three digits as thousands) and pass it to every cell of the file, in both engines;
:func:`number_style` decides it from the numbers of one text (a formula cell).

Rounding (:func:`round_half_up`): results stay exact (:class:`fractions.Fraction`) until they
are presented; then they are rounded half-up (away from zero on a tie) to 2 decimal places
unless another precision is asked for.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from fractions import Fraction
from typing import Literal, TypeAlias

from ikicalc import limits
from ikicalc.errors import IkiError
from ikicalc.i18n import _
from ikicalc.patterns import lazy
from ikicalc.rules.terbilang import words_to_number

__all__ = [
    "DEFAULT_PLACES",
    "FRACTION_SLASH",
    "MAX_DIGITS",
    "NUMBER_PATTERN",
    "STYLE_ALIASES",
    "NumberStyle",
    "data_style",
    "indonesian",
    "number_style",
    "parse_number",
    "restates",
    "round_half_up",
    "rounded",
    "style_name",
    "to_fraction",
    "undecided",
    "vulgar_value",
]

DEFAULT_PLACES = 2
"""Decimal places of a presented value (``Result.value``, ``capaian``)."""

MAX_DIGITS = limits.NUMBER_MAX_DIGITS
"""Most digits in one written number (in a formula, scale, target or data cell). A float or
Decimal given as a value must likewise be 0 or lie between 10**-30 and 10**30 in size."""

NUMBER_PATTERN = r"\d+(?:[.,]\d+)*"
"""Regular expression of a written number: digits with dot or comma separators."""

_NUMBER_RE = lazy(rf"[+-]?{NUMBER_PATTERN}")
_NOT_FINITE = frozenset({"nan", "inf", "infinity", "∞"})


NumberStyle: TypeAlias = Literal["mixed", "indonesian", "decimal-comma", "decimal-dot"]
"""How the text around a number writes decimals (see the module docstring)."""

STYLES: tuple[NumberStyle, ...] = ("mixed", "indonesian", "decimal-comma", "decimal-dot")
"""Every :data:`NumberStyle`."""

STYLE_ALIASES: dict[str, NumberStyle] = {
    "auto": "mixed",
    "comma": "decimal-comma",
    "dot": "decimal-dot",
}
"""Older names of the styles (the Polars reader's), still accepted."""


def style_name(style: str) -> NumberStyle:
    """The :data:`NumberStyle` named ``style`` (one of :data:`STYLES` or an alias of
    :data:`STYLE_ALIASES`); :class:`ValueError` for any other name."""
    found = _STYLE_NAMES.get(style)
    if found is None:
        names = ", ".join(repr(name) for name in _STYLE_NAMES)
        raise ValueError(f"unknown number style {style!r}; use one of {names}")
    return found


_STYLE_NAMES: dict[str, NumberStyle] = {**{name: name for name in STYLES}, **STYLE_ALIASES}

_THOUSANDS = lazy(r"[1-9]\d{0,2}\.\d{3}")  # 0.500 is a half, never 500
_DOT_GROUPS = lazy(r"(?<![\d.,])[1-9]\d{0,2}(?:\.\d{3}){2,}(?![\d.,]*\d)")
_COMMA_GROUPS = lazy(r"(?<![\d.,])[1-9]\d{0,2}(?:,\d{3}){2,}(?![\d.,]*\d)")
_LONE_GROUP = lazy(r"[+-]?[1-9]\d{0,2}\.\d{3}")
_DECIMAL_COMMA = lazy(r"(?<![\d.,])\d+(?:\.\d{3})*,(?!\d{3}(?!\d))\d+(?![\d.,]*\d)")
_DECIMAL_DOT = lazy(r"(?<![\d.,])(?:\d+(?:,\d{3})*\.(?!\d{3}(?!\d))|0\.)\d+(?![\d.,]*\d)")


def number_style(text: str) -> NumberStyle:
    """The style the numbers of ``text`` show: ``"decimal-comma"`` when one of them has a
    decimal comma (``81,35``, ``1.250,5``), ``"decimal-dot"`` when one has a decimal dot that
    cannot group thousands (``81.35``); failing both, ``"decimal-comma"`` when one groups
    thousands with dots twice (``1.206.000``: the dot is no decimal point here) and
    ``"decimal-dot"`` when one groups them with commas twice (``1,206,000``); otherwise
    ``"indonesian"`` (nothing decides: a lone ``1.206`` groups thousands by the rule)."""
    if not _SEPARATOR_DIGIT.search(text):  # each style below needs one: nothing decides
        return "indonesian"
    return _style_shown(text)


# a separator before a digit: every expression of _style_shown needs one (its scan skips to
# a dot or a comma at C speed, where theirs try every position)
_SEPARATOR_DIGIT = lazy(r"[.,]\d")


def _style_shown(text: str) -> NumberStyle:
    """:func:`number_style` without its guard (``tests/test_guards.py`` compares them)."""
    if _DECIMAL_COMMA.search(text):
        return "decimal-comma"
    if _DECIMAL_DOT.search(text):
        return "decimal-dot"
    if _DOT_GROUPS.search(text):
        return "decimal-comma"
    if _COMMA_GROUPS.search(text):
        return "decimal-dot"
    return "indonesian"


def undecided(text: str, style: NumberStyle | str) -> bool:
    """Whether reading ``text`` (one written number) in ``style`` took a side that nothing
    decided: a lone dot before exactly three digits (``1.206``, ``2.500``; not ``0.500``,
    a half) where the style is ``"indonesian"`` (read as thousands, 1206, because nothing
    showed how decimals are written) or ``"mixed"`` (read as a decimal, 1.206, because the
    text shows both decimal separators). Data readers warn of such cells."""
    return style_name(style) in ("indonesian", "mixed") and bool(
        _LONE_GROUP.fullmatch(text.strip())
    )


def data_style(texts: Iterable[str], *, decimal_comma: bool = False) -> NumberStyle:
    """The style of a whole data file, from its text cells (``texts``): ``"decimal-comma"``
    when the file writes decimals with a comma (``decimal_comma``: its dialect says so, an
    Excel ``;`` file; or a cell shows one, ``81,35``, ``1.250,5``) and no cell shows a decimal
    dot (or groups thousands with dots twice, ``1.206.000``); ``"decimal-dot"`` for the
    opposite (``81.35``, ``1,206,000``); ``"mixed"`` when the cells show both (each cell is
    then read on its own: a single separator is the decimal one); ``"indonesian"`` when
    they show neither (a lone ``1.206`` groups thousands by the rule, and
    :func:`undecided` says which cells took that side with nothing to decide it)."""
    comma, dot = decimal_comma, False
    for text in texts:
        found = _cell_style(text)
        comma = comma or found == "decimal-comma"
        dot = dot or found == "decimal-dot"
        if dot and comma:
            return "mixed"
    if comma:
        return "decimal-comma"
    return "decimal-dot" if dot else "indonesian"


def _cell_style(text: str) -> NumberStyle | None:
    """What one cell shows: a decimal comma, a decimal dot, or nothing (``None``)."""
    raw = text.strip()
    if "." not in raw and "," not in raw:  # every pattern of number_style needs one
        return None
    if not raw[-1].isdigit() or not _NUMBER_RE.fullmatch(raw):
        return None
    found = number_style(raw)
    return None if found == "indonesian" else found


def parse_number(text: str, style: NumberStyle | str = "mixed") -> Decimal:
    """Read a written number (``"81,35"``, ``"1.250,5"``, ``"-0.5"``) as an exact Decimal.

    ``style`` says what the text around it shows about its separators (see the module; an
    alias of :data:`STYLE_ALIASES` is accepted). Raises :class:`ValueError` when ``text``
    is not a number in one of these forms.
    """
    style = style_name(style)
    raw = text.strip()
    if not _NUMBER_RE.fullmatch(raw):
        if raw.casefold().lstrip("+-") in _NOT_FINITE:
            raise ValueError(_("{value} is not a finite number").format(value=_shown(raw)))
        raise ValueError(_("{value} is not a number").format(value=_shown(text)))
    if sum(ch.isdigit() for ch in raw) > MAX_DIGITS:
        raise ValueError(
            _("{value} has more than {limit} digits").format(value=_shown(text), limit=MAX_DIGITS)
        )
    sign = "-" if raw[0] == "-" else ""
    digits = raw[1:] if raw[0] in "+-" else raw
    commas, dots = digits.count(","), digits.count(".")
    if commas and dots:
        decimal_sep = "," if digits.rfind(",") > digits.rfind(".") else "."
        group_sep = "." if decimal_sep == "," else ","
        if digits.count(decimal_sep) > 1:
            raise ValueError(
                _("{value} has more than one decimal separator").format(value=_shown(text))
            )
        whole, _sep, fraction = digits.partition(decimal_sep)
        digits = _ungrouped(whole, group_sep, text) + "." + fraction
    elif commas > 1 or dots > 1:
        digits = _ungrouped(digits, "," if commas else ".", text)
    elif dots and style in ("indonesian", "decimal-comma") and _THOUSANDS.fullmatch(digits):
        digits = digits.replace(".", "")
    elif commas and style == "decimal-dot" and _THOUSANDS.fullmatch(digits.replace(",", ".")):
        digits = digits.replace(",", "")
    else:
        digits = digits.replace(",", ".")
    return Decimal(sign + digits)


VULGAR_FRACTIONS = {
    "½": Fraction(1, 2), "¼": Fraction(1, 4), "¾": Fraction(3, 4), "⅓": Fraction(1, 3),
    "⅔": Fraction(2, 3), "⅕": Fraction(1, 5), "⅖": Fraction(2, 5), "⅗": Fraction(3, 5),
    "⅘": Fraction(4, 5), "⅙": Fraction(1, 6), "⅚": Fraction(5, 6), "⅛": Fraction(1, 8),
    "⅜": Fraction(3, 8), "⅝": Fraction(5, 8), "⅞": Fraction(7, 8),
}  # fmt: skip
"""The vulgar fractions of Unicode, as documents type them (``½ (A + B)``, ``2½ kali``)."""


FRACTION_SLASH = "\u2044"
"""The fraction slash of Unicode (``2⁄3``): a fraction of any two whole numbers, one token
(the layout writes a fraction said in words so: ``dua pertiga`` is ``2⁄3``)."""


def vulgar_value(text: str) -> Fraction:
    """The exact value of a vulgar fraction after optional digits: ``½`` is 1/2, ``2¾`` 11/4;
    and of two whole numbers around the fraction slash: ``2⁄3`` is 2/3; a mixed number typed
    with a slash, ``1 1/2``, is 3/2 (and ``1/2`` before the word of a share, 1/2)."""
    if FRACTION_SLASH in text:
        over, _slash, under = text.partition(FRACTION_SLASH)
        return Fraction(int(over), int(under))
    if "/" in text:  # "1 1/2": a mixed number typed with a slash; "1/2" (of a share)
        *wholes, part = text.split()
        over, _slash, under = part.partition("/")
        return int(wholes[0] if wholes else 0) + Fraction(int(over), int(under))
    whole, fraction = text[:-1].strip(), VULGAR_FRACTIONS[text[-1]]  # "2 ½": a mixed number
    return (int(whole) if whole else 0) + fraction


def to_fraction(value: object) -> Fraction:
    """Convert a number given by a user (int, Fraction, Decimal, float, numeric string) exactly.

    Floats convert through their shortest decimal representation (``0.1`` is 1/10, not the
    binary approximation). NaN and infinities raise :class:`ValueError`; so do booleans and
    text that is not a number.
    """
    if isinstance(value, bool):
        raise ValueError(_("{value} is a yes/no value, not a number").format(value=repr(value)))
    if isinstance(value, Fraction):
        return value
    if isinstance(value, int):
        return Fraction(value)
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise ValueError(f"{value!r} is not a finite number")
        return Fraction(_sized(Decimal(repr(value)), value))
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValueError(f"{value!r} is not a finite number")
        return Fraction(_sized(value, value))
    if isinstance(value, str):
        return Fraction(parse_number(value))
    raise ValueError(_("{value} is not a number").format(value=repr(value)))


def _ungrouped(digits: str, separator: str, text: str) -> str:
    """``1.000.000`` → ``1000000``; refuse groups that are not thousands (``2.5.3``)."""
    first, *groups = digits.split(separator)
    if len(first) > 3 or any(len(group) != 3 for group in groups):
        raise ValueError(
            _(
                "{value} is not a number: {separator} groups thousands here, and groups "
                "of thousands have three digits (1.250.000)"
            ).format(value=_shown(text), separator=repr(separator))
        )
    return first + "".join(groups)


def _shown(text: str) -> str:
    """``text`` quoted for a message, shortened when it is long."""
    return repr(text) if len(text) <= 40 else repr(text[:37]) + "…"


def _sized(value: Decimal, given: object) -> Decimal:
    """``value`` if its size is within :data:`MAX_DIGITS` digits either side of the point.

    Guards exact arithmetic against values such as ``Decimal("1e999999999")`` (from a JSON or
    YAML file), whose exact fraction would take gigabytes.
    """
    if value and not -MAX_DIGITS <= value.adjusted() < MAX_DIGITS:
        raise ValueError(
            f"{_shown(str(given))} is too large or too small: a value must be 0 or lie between "
            f"1e-{MAX_DIGITS} and 1e{MAX_DIGITS} in size"
        )
    return value


def round_half_up(value: Fraction, places: int = DEFAULT_PLACES) -> Decimal:
    """Round an exact value half-up (ties away from zero) to ``places`` decimal places."""
    scaled = value * 10**places
    magnitude = abs(scaled)
    whole, rest = divmod(magnitude.numerator, magnitude.denominator)
    if 2 * rest >= magnitude.denominator:
        whole += 1
    if scaled < 0:
        whole = -whole
    return Decimal(whole).scaleb(-places)


def rounded(value: Fraction | None, places: int = DEFAULT_PLACES) -> Decimal | None:
    """``value`` rounded half-up for presentation (:func:`round_half_up`); ``None`` stays."""
    return None if value is None else round_half_up(value, places)


_SWAP_SEPARATORS = str.maketrans({".": ",", ",": "."})


def indonesian(value: Decimal, *, group: bool = False, places: int | None = None) -> str:
    """``value`` written as Indonesians write it: a decimal comma (``12,5``) and, with
    ``group``, dots between thousands (``1.234,50``); ``places`` fixes the decimals shown
    (the value should already be rounded: :func:`rounded`). Never in exponent form.

    The one home of this rule: reports, CSV cells, scale and unit texts all call it.
    """
    spec = ("," if group else "") + ("f" if places is None else f".{places}f")
    return format(value, spec).translate(_SWAP_SEPARATORS)


def restates(digits: str, words: str) -> bool:
    """Whether ``words`` open by saying the number ``digits`` writes, as documents say a figure
    again in brackets after its digits: ``85.000,00`` and ``delapan puluh lima ribu rupiah``,
    ``0,0944`` and ``nol koma nol sembilan empat empat persen``, ``90`` and ``sembilan puluh``.
    The longest run of number words that opens ``words`` must say the same value (read by
    :func:`ikicalc.rules.terbilang.words_to_number`); the words after it are the unit said
    (``rupiah``, ``persen``, ``hari``), whatever they are."""
    try:
        value = parse_number(digits, "indonesian")
    except ValueError:
        return False
    tokens = words.split()
    for end in range(min(len(tokens), 16), 0, -1):
        try:
            said = words_to_number(" ".join(tokens[:end]))
        except IkiError:
            continue
        return Decimal(said) == value
    return False
