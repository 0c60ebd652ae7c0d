"""A stacked fraction whose line breaks were lost with its bar: the middle line left between
the numerator and the denominator on one line.

Web pages and transcripts join a stack's three lines: ``Jumlah Puskesmas Terakreditasi
Formulasi Perhitungan : x 100% Jumlah Puskesmas di Wilayah …`` (a form's field title on the
middle line), ``Jumlah petugas yang melakukan hand hygiene x 100% = x 100% = Jumlah seluruh
petugas`` (the scale and a blank result, repeated), ``X A = x 100% Y`` (the label and the
scale on the middle line). What stands before the middle line is the numerator, what stands
after it the denominator; the scale multiplies the whole, the label is set aside. The place of
the bar is a guess (``W110``): nothing but the middle line's marks shows it.

Only noun phrases on both sides (words, no operator, no ``=``): a cell with an operator
elsewhere is no such stack; a stack flattened with no middle line at all stays unread.
"""

from __future__ import annotations

import re
from functools import cache

from ikicalc.i18n import N_
from ikicalc.lang import guards
from ikicalc.lang.chars import text_of
from ikicalc.lang.layout_cues import BAR_TEXT, RATIO_SCALE, blank, operator
from ikicalc.lang.lost_bars import LostBar
from ikicalc.patterns import compiled, lazy

__all__ = ["FIRST_TERM", "joined_stack"]

REASON = N_(
    "the fraction's line breaks were lost: what stands before its middle line (the scale, a "
    "label, '=') is read as the numerator, what stands after it as the denominator"
)

_SCALE = r"(?:[xX×*][ \t]*" + RATIO_SCALE + r"[ \t]*(?:%|persen)?)"
_CUE = lazy(
    r"[=:][ \t]*(?:[xX×*][ \t]*1|[-_–─—━═―‒‾¯=]{3})|[xX×*][ \t]*1[0.,]*[ \t]*%?[ \t]*=|:[ \t]"
)


@cache
def _middle() -> re.Pattern[str]:
    """The middle line as it stands between the two phrases on one line."""
    return compiled(
        r"(?P<middle>"
        # "… Formulasi Perhitungan : [x 100%] …": a form's field title
        r"(?P<title>(?i:formula(?:si)?|rumus(?:nya)?|cara)(?:[ \t]+(?i:perhitungan|penghitungan"
        r"|pengukuran))?)[ \t]*:[ \t]*(?P<scale1>" + _SCALE + r")?"
        # "… [Label] = [bar] x 100% …", "… Persentase = ------ …"
        r"|(?P<equals>=)[ \t]*(?:" + BAR_TEXT + r"[ \t]*)?(?P<scale2>" + _SCALE + r")"
        r"(?:[ \t]*=[ \t]*(?:" + BAR_TEXT + r"[ \t]*)?" + _SCALE + r")*(?:[ \t]*=(?=[ \t]))?"
        # "… Persentase = ------ …", "… P : ------ …" (a label's colon too), "… P = ---- = …"
        # (the label's sign again after the bar, on the denominator's side)
        r"|(?P<barred>[=:])[ \t]*" + BAR_TEXT + r"(?:[ \t]*=(?=[ \t]))?"
        # "… x 100% = [x 100% =] …"
        + r"|(?P<scale3>" + _SCALE + r")[ \t]*=(?:[ \t]*" + _SCALE + r"[ \t]*=)*"
        r")[ \t]+"
    )


@cache
def _naming() -> frozenset[str]:
    """The words that open a label on a stack's middle line (``Persentase``, ``Cakupan`` …)."""
    from ikicalc.lang.middle_line import naming_words

    return naming_words()


_SAID_AGAIN = lazy(r"\d[ \t]*\([ \t]*[^\W\d_]+(?:[ \t]+[^\W\d_]+)*[ \t]*\)")


def _phrase(text: str, number: bool = False) -> bool:
    """Words that name a quantity, or a sum or difference of such (``PAD t − PAD t-1``, ``Σ
    A``): no operator that multiplies or divides, no ``=`` or ``:``; or a ``number`` alone
    where one may stand (``Skor diperoleh = x 100% 80``)."""
    if number and re.fullmatch(r"[ \t]*\d[\d.,]*[ \t]*", text):
        return True
    text = _SAID_AGAIN.sub("0", text)  # "dalam 1 (satu) tahun": no implicit product
    return (
        re.search(r"[^\W\d_]", text) is not None
        and operator().search(text) is None
        and re.search(r"(?<![<>≤≥])=|[:;]|\s[/÷×*]\s", text) is None
    )


def _label_start(numerator: str, start: int, legend: dict[str, str]) -> int | None:
    """Where a label on the middle line starts in the words before ``=`` (``X A``: the
    legend's symbol ``A`` after the numerator ``X``; ``… Persentase Kehadiran``: a naming
    word), or ``None``."""
    words = list(re.finditer(r"\S+", numerator))
    if len(words) < 2:
        return None
    last = words[-1]
    if words[-2].group(0) in legend and (
        last.group(0) in legend or re.fullmatch(r"[A-Z][A-Za-z0-9]{0,4}", last.group(0))
    ):  # "A P = ---- B": a symbol the legend does not name after one it names, the label's
        return start + last.start()
    for word in words[1:]:
        if word.group(0).lower() in _naming() and word.group(0)[:1].isupper():
            return start + word.start()
    return None


_TITLE = lazy(r"[ \t]*[^\W\d_][^=:<>≤≥\n]{0,60}?[ \t]*=[ \t]*(?=\S)")  # not "TOEFL >= 500"
_WRAPPED_AFTER = lazy(
    r"[ \t]*(" + _SCALE + r")(?=[ \t]+[a-z][^\W\d_]*(?:[ \t]+[^\W\d_]+){0,3}[ \t]*\.?[ \t]*$)"
)
# "Ketersediaan Pangan/Kapita/Hari x Kandungan kalori x BDD x 100% 100", "… x 100 % 100 ton":
# the scale, then a number (and its unit) that stood under the line
_OVER_NUMBER = lazy(
    r"(?P<n>[^=:]*?[^\W_)][ \t]*)(?P<scale>[xX×*][ \t]*" + RATIO_SCALE + r"[ \t]*%)[ \t]+"
    r"(?P<d>\d[\d.,]*)(?:[ \t]+(?P<unit>[^\W\d_]{1,10}))?[ \t]*\.?[ \t]*"
)


def _over_number(chars: list[str], found: re.Match[str]) -> LostBar | None:
    """The numerator, the scale, the number under the line: ``N ÷ number × scale``."""
    from ikicalc.lang.legend_names import unit_words

    if found.group("unit") and found.group("unit").lower() not in unit_words():
        return None
    if found.group("unit"):
        blank(chars, found.start("unit"), found.end("unit"))
    scale = found.span("scale")
    blank(chars, *scale)
    chars[scale[0]] = "÷"
    return LostBar(scale[0], scale, guess=REASON)


_FIGURE = lazy(r"(?:(?<=[^\W\d_])|(?<=[)\]]))[ \t]+\d[\d.,]*(?=[ \t]+%?[ \t]*[^\W\d_])")
_RESULT = lazy(r"[ \t]*=[ \t]*\d[\d.,]*[ \t]*%?[ \t]*\.?[ \t]*$")


FIRST_TERM = N_(
    "the fraction was the first term of its middle line and its line breaks were lost: what "
    "stands before the label is read as its numerator, the phrase opened by a counting word at "
    "the end as its denominator"
)
# "40% x JDBD DBDi = + BDi x 60% x JDBD Jumlah Desa": the numerator, the label, '=', the
# bar perhaps, the sign of the middle line's next term, that term, the denominator
_FIRST_TERM = lazy(
    r"^[ \t]*(?P<num>[^=+\-−\n]+?)[ \t]+(?P<label>[A-Za-z][A-Za-z0-9]{0,7})[ \t]*=[ \t]*"
    r"(?:[-_–—]{3,}[ \t]+)?(?<=[ \t])(?P<sign>[+\-−])[ \t]+(?P<rest>[^=\n]+?)[ \t]+"
    r"(?P<den>(?:Jumlah|Total|Banyaknya|Jml)[ \t]+[^\W\d_][^=+\-−×*/:()\n]*?)"
    r"(?P<note>[ \t]+(?i:keterangan|ket\.|catatan)[ \t]*:.*)?[ \t]*$"
)


def _first_term(chars: list[str]) -> LostBar | None:
    """``N Label = [bar] + R D`` (see :data:`FIRST_TERM`) written again as ``Label=N/D + R``
    in the same characters (the text keeps its length; a note after it set aside)."""
    text = text_of(chars)
    found = _FIRST_TERM.match(text)
    if found is None or operator().search(found.group("den")):
        return None
    num, den = found.group("num").strip(), found.group("den").strip()
    head = f"{found.group('label')}={num}"
    written = f"{head}÷{den} {found.group('sign')} {found.group('rest').strip()}"
    end = found.start("note") if found.group("note") else found.end()
    if len(written) > end - found.start("num"):
        return None
    start = found.start("num")
    chars[start:] = list(written.ljust(len(text) - start))
    # the guess shown where the denominator starts in the cell as written (the grammar reads
    # the fraction as rewritten: nothing to regroup)
    return LostBar(found.start("den") - 1, None, guess=FIRST_TERM, grouped=True)


def joined_stack(chars: list[str], legend: dict[str, str]) -> LostBar | None:
    """A stack joined onto one line around its middle line (see module): blank the middle
    line, put ``÷`` where it stood and set its scale aside for the whole; ``None`` when the
    cell is no such stack."""
    text = text_of(chars)
    if "\n" in text.strip():
        return None
    if "=" in text and guards.has(text, "+", "-", "−") and (first := _first_term(chars)):
        return first  # "40% x JDBD DBDi = + BDi x 60% x JDBD Jumlah Desa"
    number = _OVER_NUMBER.fullmatch(text) if text.rstrip(" \t.")[-1:].isalnum() else None
    if number and re.search(r"[^\W\d_]{2}", number.group("n")):
        return _over_number(chars, number)
    if ("=" not in text and ":" not in text) or not _CUE.search(text):
        return None
    found = list(_middle().finditer(text))
    heading = 0  # "Formulasi : A R = ---- B x 100": the field's title before the stack
    if len(found) == 2 and found[0].group("title") and not text[: found[0].start()].strip():
        heading, found = found[0].end(), found[1:]
        text = " " * heading + text[heading:]
    if len(found) != 1:
        return None
    middle = found[0]
    head, tail = text[: middle.start()], text[middle.end() :]
    lead = len(head) - len(head.lstrip())
    # "Nilai Capaian Target 16.542 Nilai Capaian = ---- x 100% = ---- x 100 % Nilai Rencana
    # Target 16.478 = 100,39 %": a worked example's figures beside the lines, its result
    figures = list(_FIGURE.finditer(head)) if middle.group("equals") else []
    figure = figures[-1] if figures else None  # the last: "usia 15 thn … 346 Persentase …"
    result = _RESULT.search(tail) if figure else None
    if result:
        tail = tail[: result.start()]
        figure_below = re.search(r"(?<=[^\W\d_]|[)\]])[ \t]+\d[\d.,]*[ \t]*$", tail)
        tail = tail[: figure_below.start()] if figure_below else tail
        blank(chars, middle.end() + len(tail), len(chars))
    scale = next((middle.span(g) for g in ("scale1", "scale2", "scale3") if middle.group(g)), None)
    end_scale = re.search(r"[ \t]*(" + _SCALE + r")[ \t]*\.?[ \t]*$", tail) or (
        _WRAPPED_AFTER.search(tail) if middle.group("title") else None
    )  # "… dalam kurun waktu x 100% satu tahun": the scale ended the line, the name goes on
    if scale is None and end_scale is None and not middle.group("barred"):
        return None  # "A : B": a colon between two phrases divides, no stack's middle line
    below = tail if end_scale is None else tail[: end_scale.start()] + tail[end_scale.end() :]
    titled = _TITLE.match(head) if "=" in head else None
    if titled and _phrase(head[titled.end() :]) and not operator().search(titled.group(0)):
        blank(chars, 0, titled.end())  # "R = JKTS = x 1.000 JPTY": the label's line joined
        head, lead = head[titled.end() :], titled.end()
    if not _phrase(head) or not _phrase(below, True):
        return None
    equals = middle.group("equals") or middle.group("barred")
    label = _label_start(head.lstrip(), lead, legend) if equals else None
    if figure is not None and result is not None:  # the words after the figure: the label
        label = figure.start()
    if label is not None:
        blank(chars, label, middle.start())
        symbol = re.search(r"(\S+)[ \t]*$", text[:label])
        if symbol and symbol.group(1) in legend:  # "Formulasi X A = x 100% Y": the heading
            blank(chars, 0, symbol.start(1))
    blank(chars, middle.start(), middle.end())
    split = len(text[: middle.start() if label is None else label].rstrip())
    chars[split] = "÷"  # a space: the middle line's first mark, blanked, or the one before it
    if scale is None and end_scale is not None:
        scale = (middle.end() + end_scale.start(1), middle.end() + end_scale.end(1))
        blank(chars, *scale)
        words = tail[end_scale.end() :].strip()
        if words:  # "waktu x 100% satu tahun": the words join their name where the scale stood
            end = middle.end() + len(tail.rstrip())
            blank(chars, scale[0], end)
            chars[scale[0] : scale[0] + len(words)] = list(words)  # the scale: read from the cell
    blank(chars, 0, heading)
    return LostBar(split, scale, guess=REASON)
