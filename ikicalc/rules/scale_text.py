"""Reading a category scale from text as documents write it (the grammar ``scale.lark``).

:meth:`ikicalc.rules.scales.Scale.parse` calls :func:`read`; the forms read are listed in the
docstring of :mod:`ikicalc.rules.scales`. This module turns the grammar's tree into categories
with the offsets of their ranges, settles where labels are written (after the range, or first
on every line), moves grade codes to their entry, and reads a list of thresholds as bands.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Iterable
from decimal import Decimal
from fractions import Fraction
from functools import cache

import lark

from ikicalc.errors import ScaleSyntaxError
from ikicalc.i18n import N_, _, translate
from ikicalc.lang.grammars import build_parser
from ikicalc.lang.lark_errors import Problem, check_text, describe, parse_text, read_number
from ikicalc.patterns import lazy
from ikicalc.rules.scales import Category, Interval

__all__ = ["Written", "read", "split_grade"]


@dataclasses.dataclass(frozen=True)
class Written:
    """A category as read from text, with the offsets of its range for error messages."""

    category: Category
    start: int
    end: int


@cache
def _parser() -> lark.Lark:
    parser: lark.Lark = build_parser("scale", parser="lalr", propagate_positions=True)
    return parser


_EXPECTED = {
    "NUMBER": N_("a number"),
    "LABEL": N_("a label such as 'Baik'"),
    "_TO": "'–' (or 's.d.')",
    "KE_ATAS": "'ke atas'",
    "KE_BAWAH": "'ke bawah'",
    "GE": "'≥'",
    "LE": "'≤'",
    "GT": "'>'",
    "LT": "'<'",
    "VAR": N_("a name such as 'x'"),
    "SCORE": N_("a score such as 'nilai 100'"),
}


def _expected_words(names: Iterable[str]) -> str:
    known = set(names)
    if "NUMBER" in known and {"GE", "LE"} & known:
        # At the start of an entry: say it in one phrase rather than listing every sign.
        return _("a range such as '91 – 100' or '≥ 91'")
    if "_TO" in known:
        # After a first number: '86 ≤ 100' is also a range, but '–' is what people forget.
        known -= {"LE", "LT"}
    vocabulary = {name: translate(words) for name, words in _EXPECTED.items()}
    return describe(known, vocabulary, default=_("the end of the scale"))


def _syntax_error(problem: Problem) -> ScaleSyntaxError:
    """The message for where the grammar stopped, in the words of a scale's reader."""
    text, start, end = problem.text, problem.start, problem.end
    found = _("the end of the text") if start >= len(text.rstrip()) else repr(text[start:end])
    return ScaleSyntaxError(
        _("expected {expected} here, found {found}").format(
            expected=_expected_words(problem.expected), found=found
        ),
        text,
        start,
        end,
    )


@dataclasses.dataclass(frozen=True)
class _Parsed:
    """One entry as the grammar gives it, before labels are settled."""

    written: Written
    leads: tuple[lark.Token, ...]
    label: str | None
    grade: str | None
    quantity: str | None


def read(text: str) -> tuple[str | None, list[Written]]:
    """The heading (or named quantity) and the categories of a scale written as text.

    Raises :class:`~ikicalc.errors.ScaleSyntaxError` pointing at the problem. Overlaps are
    checked by the caller (:meth:`ikicalc.rules.scales.Scale.parse`), after the bands are read.
    """
    text = check_text(text, "scale", ScaleSyntaxError)
    if not text.strip():
        raise ScaleSyntaxError(
            _("the scale is empty; write ranges such as '91 – 100 Sangat Baik'"), text, 0
        )
    tree = parse_text(_parser(), text, _syntax_error, ScaleSyntaxError, "scale")
    parsed = [_entry(text, child) for child in tree.children if isinstance(child, lark.Tree)]
    _move_trailing_grades(parsed)
    title, written = _settle_labels(text, parsed)
    return title, _bands(written)


def _lead_text(token: lark.Token) -> str:
    return str(token).strip().rstrip(":=").strip()


def _settle_labels(text: str, parsed: list[_Parsed]) -> tuple[str | None, list[Written]]:
    """Labels after ranges (a first lead is the heading), or labels first (every entry has a
    lead and no label follows a range)."""
    quantities = {p.quantity for p in parsed if p.quantity}
    title = quantities.pop() if len(quantities) == 1 else None
    labels_first = all(p.leads for p in parsed) and all(p.label is None for p in parsed)
    result: list[Written] = []
    for index, entry in enumerate(parsed):
        leads = list(entry.leads)
        label = entry.label
        if labels_first:
            label = _lead_text(leads.pop())
        if index == 0 and leads:
            title = _lead_text(leads.pop(0))
        if leads:
            token = leads[0]
            raise ScaleSyntaxError(
                _(
                    "write every label the same way: after its range ('91 – 100 Sangat Baik') "
                    "or before it on every line ('Sangat Baik : 91 – 100')"
                ),
                text,
                token.start_pos or 0,
                token.end_pos,
            )
        written = entry.written
        interval = written.category.interval
        if label is None:
            label = entry.grade or interval.text
        split_label, written_grade = split_grade(label)
        grade = entry.grade or written_grade
        if entry.grade is None or written_grade is None:
            label = split_label
        category = dataclasses.replace(written.category, label=label, grade=grade)
        result.append(dataclasses.replace(written, category=category))
    return title, result


_TRAILING_GRADE = lazy(r"^(.*\S)\s+(AA|BB|CC|[A-E])$")


def _move_trailing_grades(parsed: list[_Parsed]) -> None:
    """``AA > 90 – 100 Sangat Memuaskan A > 80 – 90 …`` on one line: the ``A`` that ends a
    label is the grade code of the next entry."""
    if not any(p.grade for p in parsed):
        return
    for i in range(len(parsed) - 1):
        entry, following = parsed[i], parsed[i + 1]
        found = _TRAILING_GRADE.match(entry.label or "")
        if found and following.grade is None and not following.leads:
            parsed[i] = dataclasses.replace(entry, label=found.group(1))
            parsed[i + 1] = dataclasses.replace(following, grade=found.group(2))


def _bands(written: list[Written]) -> list[Written]:
    """Read a list of thresholds as bands: in ``> 80 Sangat Baik; > 60 Baik; > 40 Cukup``
    each open range ends where the threshold above it starts (``> 60`` is above 60 up to
    80), and likewise for ``< 40; < 60; < 80`` from below. Needs two open ranges or more."""
    result = list(written)
    above = [i for i, w in enumerate(result) if _open(w) == "above"]
    below = [i for i, w in enumerate(result) if _open(w) == "below"]
    if len(above) >= 2:
        order = sorted(above, key=lambda i: _bound(result[i].category.interval.low))
        for lower, upper in itertools.pairwise(order):
            top = result[upper].category.interval
            mine = result[lower].category.interval
            if top.low is not None and mine.low is not None and top.low > mine.low:
                changed = dataclasses.replace(
                    mine, high=top.low, high_inclusive=not top.low_inclusive
                )
                result[lower] = _with_interval(result[lower], changed)
    if len(below) >= 2:
        order = sorted(below, key=lambda i: _bound(result[i].category.interval.high))
        for lower, upper in itertools.pairwise(order):
            bottom = result[lower].category.interval
            mine = result[upper].category.interval
            if bottom.high is not None and mine.high is not None and bottom.high < mine.high:
                changed = dataclasses.replace(
                    mine, low=bottom.high, low_inclusive=not bottom.high_inclusive
                )
                result[upper] = _with_interval(result[upper], changed)
    return result


def _open(written: Written) -> str | None:
    interval = written.category.interval
    if interval.high is None and interval.low is not None:
        return "above"
    if interval.low is None and interval.high is not None:
        return "below"
    return None


def _bound(value: Fraction | None) -> Fraction:
    return Fraction(0) if value is None else value


def _with_interval(written: Written, interval: Interval) -> Written:
    return dataclasses.replace(
        written, category=dataclasses.replace(written.category, interval=interval)
    )


def _entry(text: str, tree: lark.Tree[lark.Token]) -> _Parsed:
    leads: list[lark.Token] = []
    grade: str | None = None
    quantity: str | None = None
    label: str | None = None
    score: Fraction | None = None
    range_tree: lark.Tree[lark.Token] | None = None
    for child in tree.children:
        if isinstance(child, lark.Tree):
            range_tree = child
        elif child.type == "LEAD":
            leads.append(child)
        elif child.type == "GRADE":
            grade = str(child)
        elif child.type == "QNAME":
            quantity = str(child).strip()
        elif child.type == "LABEL":
            label = str(child).strip()
        elif child.type == "SCORE":
            label = str(child).strip()
            digits = re.search(r"\d[\d.,]*", label)
            if digits:  # the grammar puts digits in every score
                score = Fraction(read_number(text, _sub_token(child, digits), ScaleSyntaxError))
    if range_tree is None:  # pragma: no cover - the grammar puts a range in every entry
        raise TypeError(tree)
    start, end = range_tree.meta.start_pos, range_tree.meta.end_pos
    interval = _interval(text, range_tree, start, end)
    category = Category(label or interval.text, None, interval, score)
    return _Parsed(Written(category, start, end), tuple(leads), label, grade, quantity)


def _sub_token(token: lark.Token, found: re.Match[str]) -> lark.Token:
    offset = (token.start_pos or 0) + found.start()
    return lark.Token(
        "NUMBER", found.group(0), start_pos=offset, end_pos=offset + len(found.group(0))
    )


def _interval(text: str, tree: lark.Tree[lark.Token], start: int, end: int) -> Interval:
    numbers = [
        t for t in tree.scan_values(lambda v: isinstance(v, lark.Token) and v.type == "NUMBER")
    ]
    values = [read_number(text, n, ScaleSyntaxError) for n in numbers]
    places = max(_places(v) for v in values)
    bounds = [Fraction(v) for v in values]
    written = text[start:end]
    kind = str(tree.data)
    if kind in ("between", "above_to", "chain"):
        low, high = bounds
        if low > high:
            raise ScaleSyntaxError(
                _("this range starts above where it ends; write the smaller number first"),
                text,
                start,
                end,
            )
        low_inclusive, high_inclusive = kind != "above_to", True
        if kind == "chain":
            signs = [t.type for t in tree.children if isinstance(t, lark.Token)]
            low_inclusive, high_inclusive = signs[0] == "LE", signs[-1] == "LE"
        return Interval(low, high, low_inclusive, high_inclusive, text=written, places=places)
    (bound,) = bounds
    if kind == "at_least":
        return Interval(bound, None, text=written, places=places)
    if kind == "above":
        return Interval(bound, None, low_inclusive=False, text=written, places=places)
    if kind == "at_most":
        return Interval(None, bound, text=written, places=places)
    return Interval(None, bound, high_inclusive=False, text=written, places=places)


def _places(value: Decimal) -> int:
    exponent = value.as_tuple().exponent
    return -exponent if isinstance(exponent, int) and exponent < 0 else 0


_GRADE_FIRST = lazy(r"^\(?([A-E])[).:]?\s+(?:[-–/:]\s+)?(\S.*)$")
_GRADE_LAST = lazy(r"^(.*\S)\s*(?:\(([A-E])\)|[/–-]\s*([A-E]))$")


def split_grade(label: str) -> tuple[str, str | None]:
    """Split a written grade off a label: ``"A Sangat Baik"``, ``"Sangat Baik (A)"``."""
    if match := _GRADE_FIRST.match(label):
        return match.group(2).strip("() "), match.group(1)
    if match := _GRADE_LAST.match(label):
        return match.group(1).strip(" -–/"), match.group(2) or match.group(3)
    return label, None
