"""A stacked fraction's middle line, read as a careful reader reads it, with its label.

LKIP and IKU PDFs flatten ``Label = ─── × 100%`` with the numerator over the bar and the
denominator under it onto lines of text: the numerator's line(s), a middle line made of an
optional label (``% Realisasi Indikator Kinerja``, ``Persentase Pencapaian``), ``=``, an
optional bar of dashes or underscores and the scale (``X 100 %``, ``x 1.000``), then the
denominator's line(s). The numerator may stand on the middle line itself, between ``=`` and
the scale (``% Pencapaian = Realisasi x 100 %`` / ``Kinerja  Rencana``). When the label's
column is narrow, the export moves its other words onto the fraction's lines (``Realisasi``
/ ``Persentase`` / ``= x 100%`` / ``Pencapaian`` / ``Rencana Tingkat`` / ``Rencana`` /
``Capaian``). A careful reader takes the lines above as the numerator and those below as
the denominator, and sets aside the label's words by what they are: the words that name an
indicator (``Persentase``, ``Rasio``, ``Tingkat``, ``Capaian``, ``Kinerja``, listed in
``data/stacking.toml``, and the words of the label on the middle line), written with a
capital, on a line of their own or in a column of their own (``Kinerja      Rencana``).

:func:`rescue` runs where the grammar gave up; :func:`reread` where the grammar read the
label's moved words into the names (a cheap guard first: a line break and an ``=``). Each
reading is a guess (:class:`~ikicalc.lang.formula.Reading`, lint ``W110``).
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable
from decimal import Decimal
from functools import cache
from importlib import resources

from ikicalc.i18n import N_
from ikicalc.lang import ast
from ikicalc.lang.chars import text_of
from ikicalc.lang.formula import Formula, Reading
from ikicalc.lang.layout_cues import RATIO_SCALE, divides
from ikicalc.lang.salvage import Salvaged
from ikicalc.lang.timed import centred_after_time
from ikicalc.names import counting_spellings
from ikicalc.patterns import lazy

__all__ = ["FIRST_TERM", "REASON", "naming_words", "reread", "rescue"]

Read = Callable[[str], Formula]
"""Reads a text of the cell's length (the rest blanked) into a formula (the parser)."""

REASON = N_(
    "a stacked fraction's middle line (its label, '=', a bar and the scale) between the "
    "numerator's lines and the denominator's; the label's words the export moved onto the "
    "other lines were set aside"
)

_SCALE = (
    r"(?P<scale>(?:[xX×*]|\\times)[ \t]*(?P<number>" + RATIO_SCALE + r")(?![\d.,]*\d)"
    r"[ \t]*(?P<percent>%|persen)?)"
)
_BAR = r"(?:[-_–─—]{3,}|(?:_[ \t]){3,}_)"
# label = [numerator] [bar] scale; or = [bar] scale; or [bar] scale
_MIDDLE = lazy(
    r"^[ \t]*(?:(?P<label>(?:%[ \t]*)?[^\W\d_][^=\n:]*?)?[ \t]*=[ \t]*"
    r"(?P<numerator>[^=\n]*?(?:[^\W_]|[)\]]))??)?"
    r"[ \t]*(?P<bar>" + _BAR + r")?[ \t]*" + _SCALE + r"[ \t]*$"
)
# a heading above the formula: "Rumus :", "Formulasi :"
_HEADING = lazy(r"^[ \t]*[^\W\d_][^\W\d_ \t]*(?:[ \t]+[^\W\d_]+){0,2}[ \t]*:[ \t]*$")
_SEGMENT = lazy(r"\S+(?: \S+)*")  # the columns of a line: runs apart by two spaces or a tab
_CAPITALISED = lazy(r"^(?:%|[A-Z][^\W_]*)(?:[ \t]+(?:[A-Z][^\W_]*|dan))*$")


@cache
def naming_words() -> frozenset[str]:
    """The words that open a label on a stack's middle line (``Persentase``, ``Cakupan`` …,
    ``[middle_line] naming_words`` of ``data/stacking.toml``)."""
    raw = resources.files("ikicalc").joinpath("data", "stacking.toml").read_text("utf-8")
    return frozenset(tomllib.loads(raw)["middle_line"]["naming_words"])


def _is_label(segment: str, label_words: frozenset[str]) -> bool:
    """Words that name the indicator: capitalised, one of them a naming word."""
    if not _CAPITALISED.match(segment):
        return False
    return any(word.lower() in label_words for word in segment.replace("%", " % ").split())


_Span = tuple[int, int]


def _side(
    text: str, lines: list[re.Match[str]], label_words: frozenset[str], column: bool
) -> tuple[list[_Span], list[_Span]]:
    """The spans of a side of the fraction (its lines) that hold the operand, and those of
    the label's words: a line or a column of capitalised words holding a naming word; with
    ``column`` (the middle line has the label's ``=``), also the capitalised columns that
    open a line before the operand's own column (``Murid      Jumlah murid``), unless a
    counting word opens them."""
    operand: list[_Span] = []
    label: list[_Span] = []
    weak: list[_Span] = []  # label only by a word of the middle line's label ("Rencana")
    for index, line in enumerate(lines):
        segments = list(_SEGMENT.finditer(line.group(0)))
        leading = column
        if len(segments) == 1 and (
            _heading(segments[0].group(0), lines[index + 1 :])
            or (operand and _only_naming(segments[0].group(0)))  # … / "capaian Kinerja"
        ):
            label.append((line.start() + segments[0].start(), line.start() + segments[0].end()))
            continue
        for number, segment in enumerate(segments):
            span = (line.start() + segment.start(), line.start() + segment.end())
            words = segment.group(0)
            before_column = leading and number < len(segments) - 1
            # "rumah tangga      Jumlah …": lower case, but the next column opens the operand
            follows = before_column and segments[number + 1].group(0).split()[0].lower()
            opening = (
                before_column
                and (
                    _CAPITALISED.match(words) is not None
                    or _names(words, label_words)
                    or follows in _counting()
                )
                and words.split()[0].lower() not in _counting()
            )
            if opening or _is_label(words, label_words):
                label.append(span)
                if not _names(words, naming_words()) and not opening:
                    weak.append(span)
            else:
                operand.append(span)
                leading = False
    if not operand and weak:  # "Rencana" under "Rencana Tingkat =": the operand after all
        operand, label = weak, [span for span in label if span not in weak]
    return operand, label


def _only_naming(words: str) -> bool:
    """A line under the operand's lines of naming words only, in any case (``Realisasi Tahun
    t-1`` / ``capaian Kinerja``, the label's column run on under the denominator, the LKIP of
    Jawa Barat's Dinas Bina Marga): no quantity's name is only such words."""
    return all(word.lower() in naming_words() for word in words.split())


def _heading(words: str, below: list[re.Match[str]]) -> bool:
    """A line of the indicator's name in sentence case above the operand (``Persentase Ibu
    Hamil KEK yang mendapat makanan tambahan`` over ``Jumlah ibu hamil KEK yang …``): opened
    by a naming word with a capital, no counting word in it, and the next line with words
    opened by a counting word."""
    first = words.split()[0]
    if not first[:1].isupper() or first.lower() not in naming_words():
        return False
    if any(word.lower() in _counting() for word in words.split()):
        return False
    following = next((line.group(0).split() for line in below if line.group(0).strip()), [])
    return bool(following) and following[0].lower() in _counting()


def _names(words: str, label_words: frozenset[str]) -> bool:
    """Whether ``words`` hold a word that names the indicator (any case: a label's column
    in sentence case, ``Persentase pencapaian`` / ``Rencana tingkat =`` / ``capaian``)."""
    return any(word.lower() in label_words for word in words.replace("%", " % ").split())


@cache
def _counting() -> frozenset[str]:
    return counting_spellings()


def _alone(text: str, spans: list[_Span]) -> str:
    chars = [c if c == "\n" else " " for c in text]
    for start, end in spans:
        chars[start:end] = text[start:end]
    return text_of(chars)


def _read(text: str, read: Read, moved_only: bool = False) -> Salvaged | None:
    """The reading (see module); ``None`` when the cell is not laid out so, or, with
    ``moved_only``, when no label's word was set aside from the other lines. The sentence
    that introduces the stack is none of its lines (``… maka digunakan rumus :``, an LKIP's)."""
    from ikicalc.lang.headings import heading_apart

    text = heading_apart(text) if re.search(r":[ \t]*\n", text) else text  # (a colon ends it)
    lines = [m for m in re.finditer(r"[^\n]+", text) if m.group(0).strip()]
    middles = [(i, m) for i, line in enumerate(lines) if (m := _MIDDLE.match(line.group(0)))]
    if len(middles) != 1:
        return None
    index, middle = middles[0]
    line = lines[index]
    above, below = lines[:index], lines[index + 1 :]
    while above and _HEADING.match(above[0].group(0)):
        above = above[1:]
    if not below or "=" in "".join(m.group(0) for m in above + below):
        return None
    if "ertentu" in text and centred_after_time(above, below):
        return None  # "… Waktu tertentu" / "Cakupan Pelayanan" / "= x 100": the layout's (.timed)
    on_middle = middle.group("numerator")
    if not (above or on_middle):
        return None
    if on_middle and divides().search(on_middle):
        return None  # "f(x) = (A + B) / C x 100%" over its legend: a whole formula, no stack
    label_words = naming_words() | {
        word.lower() for word in (middle.group("label") or "").split() if word != "%"
    }
    column = middle.group("numerator") is not None or "=" in line.group(0)
    numerator, label_above = _side(text, above, label_words, column)
    denominator, label_below = _side(text, below, label_words, column)
    if on_middle:
        if numerator:  # the numerator both over the line and on it: not this layout
            return None
        numerator = [
            (line.start() + middle.start("numerator"), line.start() + middle.end("numerator"))
        ]
    if not numerator or not denominator or (moved_only and not (label_above or label_below)):
        return None
    labels = sorted(label_above + label_below)
    if middle.group("label"):
        labels.append((line.start() + middle.start("label"), line.start() + middle.end("label")))
        labels.sort()
    try:
        parts = [read(_alone(text, spans)) for spans in (numerator, denominator)]
    except ValueError:  # FormulaSyntaxError is a ValueError
        return None
    if any(part.label is not None or part.items for part in parts):
        return None
    number, percent = middle.group("number"), middle.group("percent")
    scale: ast.Expr
    start = line.start() + middle.start("scale")
    span = (start, line.start() + middle.end("scale"))
    value = Decimal(number.replace(".", "").replace(",", ""))
    scale = ast.Percent(value, span) if percent else ast.Number(value, span)
    fraction = ast.Binary(
        ast.Op.DIV, parts[0].expr, parts[1].expr, (parts[0].expr.span[0], parts[1].expr.span[1])
    )
    expr = ast.Binary(
        ast.Op.MUL, fraction, scale, (fraction.span[0], max(span[1], fraction.span[1]))
    )
    label = " ".join(" ".join(text[s:e].split()) for s, e in labels) or None
    first = min(m.start() for m in lines)
    reading = Reading((first, len(text.rstrip())), "", text.strip(), REASON)
    return Salvaged(label, expr, reading)


def _checked(found: Salvaged) -> Salvaged | None:
    """The reading, with the canonical text it reads back from (or ``None``)."""
    from ikicalc.lang.parser import parse

    for label in (found.label, None):
        formula = Formula(found.expr, label=label)
        try:
            if parse(formula.stated()) == formula:
                was = found.reading
                reading = Reading(was.span, str(formula), was.other, was.reason)
                return Salvaged(label, found.expr, reading)
        except ValueError:
            continue
    return None


def rescue(text: str, read: Read) -> Salvaged | None:
    """Where the grammar gave up: the cell read round its middle line (see module), or a
    fraction that is the first term of its middle line (:func:`_first_term`)."""
    if "\n" not in text:
        return None
    if not _MIDDLE_ANYWHERE.search(text):
        found = _first_term(text, read) if _TERM_MIDDLE.search(text) else None
        found = found or (_scale_above(text, read) if _LONE_EQUALS.search(text) else None)
        return _checked(found) if found else None
    found = _read(text, read)
    return _checked(found) if found else None

FIRST_FACTOR = N_(
    "a fraction stacked over and under its middle line is multiplied by what the middle line "
    "goes on with (its label, '=', the lost bar, then '×' and the factor)"
)


# "DBDi    =      [-----]     +   BDi x 60% x JDBD": a label, '=', perhaps the bar, the rest;
# "SKM =          x Nilai Penimbang" (PermenPAN-RB 14/2017): the fraction times a name
_TERM_MIDDLE = lazy(
    r"(?m)^[ \t]*(?P<label>[^\W\d_][^=\n]{0,40}?)[ \t]*=[ \t]*(?:" + _BAR + r"[ \t]*|[ \t]{3,})"
    r"(?P<sign>[+−]|-(?!-)|[xX×*](?=[ \t]+[^\W\d_]))[ \t]*(?P<rest>[^\s-][^\n]*?)[ \t]*$"
)
_NOTE_LINE = lazy(r"(?i)^[ \t]*(?:keterangan|ket\.|catatan|dimana)\b")


def _first_term(text: str, read: Read) -> Salvaged | None:
    """``40% x JDBD`` / ``DBDi =       + BDi x 60% x JDBD`` / ``Jumlah Desa`` (Perbup Kulon
    Progo): the fraction stacked over and under the middle line is the first term of what
    the middle line goes on with, a sum or a product (``Total dari Nilai Persepsi Per Unsur``
    / ``SKM =    x Nilai Penimbang`` / ``Total Unsur yang Terisi``, PermenPAN-RB 14/2017); a
    note under it (``Keterangan : …``) is set aside."""
    lines = [m for m in re.finditer(r"[^\n]+", text) if m.group(0).strip()]
    middles = [(i, m) for i, line in enumerate(lines) if (m := _TERM_MIDDLE.match(line.group(0)))]
    if len(middles) != 1 or middles[0][0] == 0:
        return None
    index, middle = middles[0]
    line = lines[index]
    below = []
    for other in lines[index + 1 :]:
        if _NOTE_LINE.match(other.group(0)):
            break
        below.append(other)
    if not below:
        return None
    spans = [
        [(m.start(), m.end()) for m in lines[:index]],
        [(m.start(), m.end()) for m in below],
        [(line.start() + middle.start("rest"), line.start() + middle.end("rest"))],
    ]
    try:
        numerator, denominator, rest = (read(_alone(text, part)).expr for part in spans)
    except ValueError:  # FormulaSyntaxError is a ValueError
        return None
    fraction = ast.Binary(
        ast.Op.DIV, numerator, denominator, (numerator.span[0], denominator.span[1])
    )
    sign = middle.group("sign")
    op = ast.Op.ADD if sign == "+" else ast.Op.MUL if sign in "xX×*" else ast.Op.SUB
    expr = ast.Binary(op, fraction, rest, (fraction.span[0], max(rest.span[1], fraction.span[1])))
    label = " ".join(middle.group("label").split())
    first = lines[0].start()
    reason = FIRST_FACTOR if op is ast.Op.MUL else FIRST_TERM
    reading = Reading((first, len(text.rstrip())), "", text.strip(), reason)
    return Salvaged(label, expr, reading)


# "Realisasi      X 100 %" / "% Capaian      =" / "Rencana/Target": the label and its '='
# alone on the middle line, the scale at the end of the numerator's line
_LONE_EQUALS = lazy(r"(?m)^[ \t]*(?P<label>(?:%[ \t]*)?[^\W\d_][^=\n:]{0,40}?)[ \t]*=[ \t]*$")
_SCALE_AT_END = lazy(r"[ \t]{2,}" + _SCALE + r"[ \t]*$")


def _scale_above(text: str, read: Read) -> Salvaged | None:
    """``Realisasi      X 100 %`` / ``% Capaian      =`` / ``Rencana/Target`` (LKIP Jawa
    Barat): the middle line holds only the label and its ``=``; the scale ends the
    numerator's line."""
    lines = [m for m in re.finditer(r"[^\n]+", text) if m.group(0).strip()]
    middles = [(i, m) for i, line in enumerate(lines) if (m := _LONE_EQUALS.match(line.group(0)))]
    if len(middles) != 1 or middles[0][0] == 0 or middles[0][0] == len(lines) - 1:
        return None
    index, middle = middles[0]
    upper = lines[index - 1]
    scaled = _SCALE_AT_END.search(upper.group(0))
    if scaled is None:
        return None
    above = [(m.start(), m.end()) for m in lines[: index - 1]]
    above.append((upper.start(), upper.start() + scaled.start()))
    below = [(m.start(), m.end()) for m in lines[index + 1 :]]
    try:
        numerator, denominator = (read(_alone(text, part)).expr for part in (above, below))
    except ValueError:  # FormulaSyntaxError is a ValueError
        return None
    span = (upper.start() + scaled.start("scale"), upper.start() + scaled.end("scale"))
    value = Decimal(scaled.group("number").replace(".", "").replace(",", ""))
    scale: ast.Expr = (
        ast.Percent(value, span) if scaled.group("percent") else ast.Number(value, span)
    )
    fraction = ast.Binary(
        ast.Op.DIV, numerator, denominator, (numerator.span[0], denominator.span[1])
    )
    expr = ast.Binary(ast.Op.MUL, fraction, scale, (fraction.span[0], fraction.span[1]))
    label = " ".join(middle.group("label").split())
    reading = Reading((lines[0].start(), len(text.rstrip())), "", text.strip(), REASON)
    return Salvaged(label, expr, reading)


FIRST_TERM = N_(
    "a fraction stacked over and under its middle line is the first term of what the middle "
    "line goes on with (its label, '=', the lost bar, then '+' or '−' and the other terms)"
)


_MIDDLE_ANYWHERE = lazy(r"(?m)=[^=\n]*?(?:[xX×*]|\\times)[ \t]*1[\d.,]*[ \t]*(?:%|persen)?[ \t]*$")


@cache
def _any_naming() -> re.Pattern[str]:
    """A line opened by a naming word (or ``%`` and one)."""
    words = "|".join(sorted(map(re.escape, naming_words()), key=len, reverse=True))
    return re.compile(r"(?im)^[ \t]*(?:%[ \t]*)?(?:" + words + r")(?![^\W_])")


_TWO_SCALES = lazy(
    r"(?m)[xX×*][ \t]*1[\d.,]*[ \t]*%?[ \t]*[-+−][^\n]*[xX×*][ \t]*1[\d.,]*[ \t]*%?[ \t]*$"
)


def reread(text: str, read: Read) -> Salvaged | None:
    """Where the grammar read the cell but took the label's moved words into its names: the
    same reading as :func:`rescue`, only when label words were set aside from the numerator's
    or the denominator's lines. Cheap guards first: a line break, an ``=`` and a scale on one
    line, and a line opened by a naming word."""
    if "\n" not in text.strip():  # "= A x 100% - B x 100% C C": the two fractions joined
        from ikicalc.lang.two_stacks import joined

        two = joined(text, read)
        return _checked(two) if two is not None else None
    if not _MIDDLE_ANYWHERE.search(text):
        return None
    if _TWO_SCALES.search(text):  # "= A x 100% - B x 100%" / "C C": two fractions
        from ikicalc.lang.two_stacks import side_by_side

        two = side_by_side(text, read)
        if two is not None:
            return _checked(two)
    if not _any_naming().search(text):
        return None
    found = _read(text, read, moved_only=True)
    return _checked(found) if found else None
