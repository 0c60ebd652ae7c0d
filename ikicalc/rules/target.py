"""Targets of IKI/IKU indicators, read into exact quantities.

A target reads ``500 surat``, ``4 jenis, 12 bulan``, ``Kualitas 80%``, ``75 % dari
undangan``, ``29 (dua puluh sembilan) jenis layanan``, ``Target 84``, ``81,35``,
``1000 orang/ tamu, 12 bulan`` or ``Rp 1,5 miliar``. :func:`parse_target` reads it (grammar
``grammar/target.lark``) into a :class:`Target`::

    >>> t = parse_target("4 jenis, 12 bulan")
    >>> t.value, t.unit
    (Decimal('4'), 'jenis')
    >>> [tuple(c) for c in t.components]
    [(Decimal('4'), 'jenis'), (Decimal('12'), 'bulan')]
    >>> format_quantity(t.total)
    '48 jenis·bulan'

How the words are read:

* The **unit** is the first word of the phrase after the number that the unit registry
  knows (:func:`ikicalc.rules.units.canonical_unit`), in its canonical spelling (``pelayanan`` →
  ``layanan``). Words joined to it by ``/`` are alternatives (``orang/ tamu``); the other
  words say what is **counted** (``6 jenis barang cetak …`` counts *barang cetak …*). With
  no known unit the unit is ``None`` and the whole phrase is what is counted.
* ``%`` or ``persen`` makes the unit ``persen``; ``dari <base>`` names what the
  percentage is taken of.
* ``Rp`` before the number makes the unit ``rupiah``; ``ribu``/``juta``/``miliar``/
  ``triliun`` after it multiply it (``Rp 1,5 miliar`` is 1 500 000 000 rupiah).
* Words before the number are the **qualifier** (``Target``, ``Kualitas``).
* Brackets right after the number hold the number **in words**. When they disagree with
  the digits the digits are kept; :attr:`TargetPart.words_disagree` says so (lint W104).
* A compound target (``4 jenis, 12 bulan``) keeps every part; its :attr:`Target.total`
  multiplies them (48 jenis·bulan: 4 jenis each month for 12 months).
* A list after a colon (``: 1. … 2. … 3. …``) becomes :attr:`Target.items`.

* A **range** (``75 - 85%``, ``3 – 4 bulan``, ``72,4-73,1``, ``95 s.d. 100``) keeps its low
  end in :attr:`Target.value` and both ends in :attr:`Target.range`; :func:`ikicalc.capaian`
  reads it as a range target (PermenPAN-RB 8/2021).
* A **bound** (``≥ 95``, ``> 90``, ``minimal 80 %``, ``maks 5 hari``) is in
  :attr:`Target.bound` (``">="``, ``">"``, ``"<="``, ``"<"``); the number is the target.
* A **rate** (``120,5 per 100.000``, ``4,2 PER 1000``) has its base in :attr:`Target.per`.
* The number may be written in **words** (``seratus persen``, ``dua puluh lima dokumen``).

Numbers follow :func:`ikicalc.numbers.parse_number` (``81,35`` = 81.35), with one rule of
targets: a dot followed by exactly three digits groups thousands (``2.400bh`` is 2 400
buah, ``100.000`` a hundred thousand), since a target is not written to three decimals.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from typing import TYPE_CHECKING, NamedTuple

from lark import Lark, Token, Tree

from ikicalc.errors import TargetSyntaxError
from ikicalc.i18n import N_, _, translate
from ikicalc.lang.grammars import build_parser
from ikicalc.lang.lark_errors import Problem, check_text, describe, parse_text
from ikicalc.rules.target_amounts import (
    Amount,
    bound_of,
    end,
    read_amount,
    slice_of,
    start,
    target_number,
    tokens,
)
from ikicalc.rules.units import canonical_unit, format_quantity, multiplier, quantity

if TYPE_CHECKING:
    from ikicalc.rules.units import Quantity

__all__ = ["Component", "Target", "TargetPart", "parse_target"]


class Component(NamedTuple):
    """One (value, unit) part of a target: ``(Decimal("4"), "jenis")``."""

    value: Decimal
    unit: str | None


@dataclass(frozen=True)
class TargetPart:
    """One quantity of a target, with everything written around it.

    ``value`` is the number times its scale word (``1,5 miliar`` → 1500000000); ``number``
    is the number as its digits say (1.5). Spans are ``(start, end)`` offsets into
    :attr:`Target.text`. A range (``75 - 85%``) has its low end in ``value`` and its top in
    ``high``; a bound (``minimal 80 %``, ``maks 5 hari``, ``> 90``) is in ``bound`` as
    ``">="``, ``">"``, ``"<="`` or ``"<"``; a rate (``120,5 per 100.000``) has ``per``.
    """

    value: Decimal
    unit: str | None
    number: Decimal
    number_span: tuple[int, int]
    span: tuple[int, int]
    scale: int | None = None
    unit_text: str | None = None
    counted: str | None = None
    base: str | None = None
    words: str | None = None
    words_value: int | Decimal | None = None
    words_span: tuple[int, int] | None = None
    words_error: str | None = None
    high: Decimal | None = None
    bound: str | None = None
    per: Decimal | None = None

    @property
    def is_range(self) -> bool:
        """True for a range (``75 - 85%``): :attr:`value` is its low end, :attr:`high` its top."""
        return self.high is not None

    @property
    def words_disagree(self) -> bool:
        """True when the number is also given in words and the words do not say ``number``.

        Words that cannot be read as a number (see :attr:`words_error`) disagree too.
        """
        if self.words is None:
            return False
        return self.words_value is None or self.words_value != self.number

    @property
    def component(self) -> Component:
        """This part as a ``(value, unit)`` pair."""
        return Component(self.value, self.unit)

    @property
    def quantity(self) -> Quantity:
        """This part as an exact pint quantity (a plain number when there is no unit)."""
        return quantity(self.value, self.unit)


@dataclass(frozen=True)
class Target:
    """A target as written (``text``) and as read.

    The main quantity is the first part: :attr:`value`, :attr:`unit`, :attr:`quantity`.
    :attr:`parts` keeps every part of a compound target with its details; :attr:`components`
    gives them as ``(value, unit)`` pairs and :attr:`total` multiplies them.
    """

    text: str
    parts: tuple[TargetPart, ...]
    qualifier: str | None = None
    items: tuple[str, ...] = ()

    @property
    def main(self) -> TargetPart:
        """The first (main) part."""
        return self.parts[0]

    @property
    def value(self) -> Decimal:
        """The main number, exactly (``Decimal("81.35")``, ``1500000000`` for Rp 1,5 miliar)."""
        return self.main.value

    @property
    def unit(self) -> str | None:
        """The canonical unit of the main quantity (``"jenis"``, ``"persen"``) or None."""
        return self.main.unit

    @property
    def unit_text(self) -> str | None:
        """The unit as written, with its alternatives (``"orang/ tamu"``)."""
        return self.main.unit_text

    @property
    def counted(self) -> str | None:
        """What the main quantity counts beyond its unit (``"barang cetak dan …"``)."""
        return self.main.counted

    @property
    def base(self) -> str | None:
        """What a percentage is taken of: ``"undangan"`` in ``75 % dari undangan``."""
        return next((p.base for p in self.parts if p.base is not None), None)

    @property
    def is_range(self) -> bool:
        """True when the main quantity is a range (``75 - 85%``, ``3 – 4 bulan``)."""
        return self.main.is_range

    @property
    def range(self) -> tuple[Decimal, Decimal] | None:
        """``(low, high)`` of a range target, or None. Capaian reads it as a range target
        (PermenPAN-RB 8/2021): 100 inside, measured against the nearer end outside."""
        high = self.main.high
        return None if high is None else (self.main.value, high)

    @property
    def bound(self) -> str | None:
        """``">="``, ``">"``, ``"<="`` or ``"<"``: ``minimal 80 %`` is ``">="``."""
        return self.main.bound

    @property
    def per(self) -> Decimal | None:
        """The base of a rate: ``100000`` for ``120,5 per 100.000``, else None."""
        return self.main.per

    @property
    def components(self) -> tuple[Component, ...]:
        """Every part as a ``(value, unit)`` pair: ``((4, "jenis"), (12, "bulan"))``."""
        return tuple(p.component for p in self.parts)

    @property
    def is_compound(self) -> bool:
        """True for targets of several parts (``4 jenis, 12 bulan``)."""
        return len(self.parts) > 1

    @property
    def quantity(self) -> Quantity:
        """The main quantity as an exact pint quantity (``4 jenis``)."""
        return self.main.quantity

    def to_quantity(self) -> Quantity:
        """Same as :attr:`quantity`."""
        return self.quantity

    @property
    def total(self) -> Quantity:
        """The product of all parts: 48 jenis·bulan for ``4 jenis, 12 bulan``."""
        result = self.parts[0].quantity
        for part in self.parts[1:]:
            result = result * part.quantity
        return result

    @property
    def words(self) -> str | None:
        """The number in words as written (``"dua puluh sembilan"``), or None."""
        part = self._worded()
        return None if part is None else part.words

    @property
    def words_value(self) -> int | Decimal | None:
        """The value of :attr:`words` (None when absent or unreadable)."""
        part = self._worded()
        return None if part is None else part.words_value

    @property
    def words_span(self) -> tuple[int, int] | None:
        """Offsets of :attr:`words` in :attr:`text`."""
        part = self._worded()
        return None if part is None else part.words_span

    @property
    def words_disagree(self) -> bool:
        """True when some part's number in words does not match its digits (lint W104)."""
        return any(p.words_disagree for p in self.parts)

    def _worded(self) -> TargetPart | None:
        return next((p for p in self.parts if p.words is not None), None)

    def __str__(self) -> str:
        return format_quantity(self.total)


@cache
def _parser() -> Lark:
    parser: Lark = build_parser("target", parser="lalr", lexer="contextual")
    return parser


def parse_target(text: str) -> Target:
    """Read a target (``"4 jenis, 12 bulan"``, ``"Kualitas 80%"`` …) into a :class:`Target`.

    Raises :class:`~ikicalc.errors.TargetSyntaxError` (with the offset and what was
    expected) when the text is not a target.
    """
    text = check_text(text, "target", TargetSyntaxError)
    if not text.strip():
        raise TargetSyntaxError(_("the target is empty; expected a number"), text, 0, 0)
    tree = parse_text(_parser(), text, _syntax_error, TargetSyntaxError, "target")
    qualifier: str | None = None
    parts: list[TargetPart] = []
    items: tuple[str, ...] = ()
    for child in tree.children:
        if isinstance(child, Tree) and child.data == "qualifier":
            qualifier = slice_of(text, tokens(child))
        elif isinstance(child, Tree) and child.data == "part":
            parts.append(_read_part(text, child))
        elif isinstance(child, Token) and child.type == "ITEMS":
            items = _split_items(str(child)[1:])
    return Target(text=text, parts=tuple(parts), qualifier=qualifier, items=items)


# ---- reading the tree -------------------------------------------------------------------


def _read_part(text: str, tree: Tree[Token]) -> TargetPart:
    unit: str | None = None
    unit_text: str | None = None
    counted: str | None = None
    base: str | None = None
    bound: str | None = None
    per: Decimal | None = None
    amounts: list[Amount] = []
    for child in tree.children:
        if isinstance(child, Token):
            if child.type == "CURRENCY":
                unit, unit_text = "rupiah", str(child)
            elif child.type == "BOUND":
                bound = bound_of(child)
        elif child.data == "amount":
            amounts.append(read_amount(text, child))
            if amounts[-1].percent is not None and unit in (None, "persen"):
                unit, unit_text = "persen", amounts[-1].percent
        elif child.data == "rate":
            per = target_number(text, next(t for t in tokens(child) if t.type == "NUMBER"))
            if per == 0:
                raise TargetSyntaxError(
                    _("a rate is per a number above 0 ('per 1000')"),
                    text,
                    *_span(tokens(child)),
                )
        elif child.data == "phrase":
            found, found_text, counted = _read_phrase(text, tokens(child))
            if unit is None:
                unit, unit_text = found, found_text
            elif found is not None and found != unit:
                # "Rp 5 juta rupiah" repeats the unit; any other word is what is counted.
                counted = slice_of(text, tokens(child))
        elif child.data == "base":
            base = slice_of(text, tokens(child)[1:])
    main = amounts[0]
    high: Decimal | None = None
    if len(amounts) == 2:
        high = amounts[1].value
        if main.scale is None and amounts[1].scale is not None:  # "1 - 2 juta"
            main.value = main.number * amounts[1].scale
        if high < main.value:
            raise TargetSyntaxError(
                _("this range starts above where it ends; write the smaller number first"),
                text,
                *_span(tokens(tree)),
            )
    all_tokens = tokens(tree)
    return TargetPart(
        value=main.value,
        unit=unit,
        number=main.number,
        number_span=(start(main.token), end(main.token)),
        span=(start(all_tokens[0]), end(all_tokens[-1])),
        scale=main.scale,
        unit_text=unit_text,
        counted=counted,
        base=base,
        words=main.words,
        words_value=main.words_value,
        words_span=main.words_span,
        words_error=main.words_error,
        high=high,
        bound=bound,
        per=per,
    )


def _span(tokens: list[Token]) -> tuple[int, int]:
    return start(tokens[0]), end(tokens[-1])


def _read_phrase(text: str, tokens: list[Token]) -> tuple[str | None, str | None, str | None]:
    """Find the unit in a phrase: (canonical unit, unit as written, what is counted)."""
    for i, token in enumerate(tokens):
        if token.type != "WORD":
            continue
        unit = canonical_unit(str(token))
        if unit is None or multiplier(unit) is not None:
            continue
        last = i
        # "orang/ tamu": words joined to the unit by "/" are alternatives of it.
        while (
            last + 2 < len(tokens)
            and tokens[last + 1].type == "SLASH"
            and tokens[last + 2].type == "WORD"
        ):
            last += 2
        unit_text = slice_of(text, tokens[i : last + 1])
        before, after = tokens[:i], tokens[last + 1 :]
        pieces = [slice_of(text, side) for side in (before, after) if side]
        counted = " ".join(pieces) if pieces else None
        return unit, unit_text, counted
    return None, None, slice_of(text, tokens)


_ENUMERATOR = re.compile(r"(?:^|(?<=\s))(\d{1,2})[.)](?=\s|$)")


def _split_items(text: str) -> tuple[str, ...]:
    """Split ``1. A 2. B 3. C`` (numbered from 1 in order) or ``A, B; C`` into items."""
    marks: list[re.Match[str]] = []
    for match in _ENUMERATOR.finditer(text):
        if int(match.group(1)) == len(marks) + 1:
            marks.append(match)
    if marks and not text[: marks[0].start()].strip():
        bounds = [m.end() for m in marks]
        ends = [m.start() for m in marks[1:]] + [len(text)]
        pieces = [text[b:e] for b, e in zip(bounds, ends, strict=True)]
    else:
        pieces = re.split(r"[;,]", text)
    return tuple(p.strip() for p in pieces if p.strip())


# ---- errors -----------------------------------------------------------------------------

_EXPECTED_WORDS = {
    "NUMBER": N_("a number"),
    "WORD": N_("a word"),
    "PAREN": N_("the number in words in brackets"),
    "CURRENCY": "'Rp'",
    "SCALE": N_("'ribu', 'juta', 'miliar' or 'triliun'"),
    "PERCENT_SIGN": "'%'",
    "PERSEN": "'%'",
    "DARI": "'dari'",
    "SLASH": "'/'",
    "_COMMA": "','",
    "COMMA": "','",
    "ITEMS": N_("':' and a list"),
    "_DOT": "'.'",
    "DOT": "'.'",
    "$END": N_("the end of the target"),
}


def _describe_expected(names: set[str] | frozenset[str]) -> str:
    vocabulary = {name: translate(words) for name, words in _EXPECTED_WORDS.items()}
    return describe(
        names, vocabulary, default=_("a target such as '500 surat' or '4 jenis, 12 bulan'")
    )


def _describe_token(kind: str, written: str) -> str:
    """How a message names a token found: ``"word 'bulan'"``, ``"'%'"``."""
    name = {
        "NUMBER": N_("number"),
        "WORD": N_("word"),
        "PAREN": N_("bracket"),
        "PERCENT_SIGN": "'%'",
        "PERSEN": "'persen'",
        "DARI": "'dari'",
        "SCALE": N_("scale word"),
        "CURRENCY": "'Rp'",
    }.get(kind, N_("text"))
    if name.startswith("'"):
        return name
    return f"{translate(name)} {written!r}"


def _syntax_error(problem: Problem) -> TargetSyntaxError:
    """The message for where the grammar stopped, in the words of a target's reader."""
    text, start = problem.text, problem.start
    expected = _describe_expected(problem.expected)
    if problem.at_end:
        return TargetSyntaxError(
            _("the target ends too early; expected {expected}").format(expected=expected),
            text,
            start,
        )
    if problem.is_character:
        return TargetSyntaxError(
            _("unexpected {found}; expected {expected}").format(
                found=repr(problem.found_text), expected=expected
            ),
            text,
            start,
        )
    found = _describe_token(problem.found, problem.found_text)
    return TargetSyntaxError(
        _("unexpected {found}; expected {expected}").format(found=found, expected=expected),
        text,
        start,
        problem.end,
    )
