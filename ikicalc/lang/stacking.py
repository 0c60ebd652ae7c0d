"""Fractions that Word and PDF flatten onto several lines, and their labelled parts.

A stacked fraction arrives as a numerator line (or several), a middle line (a bar of ``-``,
``_``, ``─``; or ``x 100%``; or both; or a label ``Persentase = x 100%``) and a denominator
line (or several). :func:`stack` marks the middle line for the grammar (the line break
before it becomes ``LINE_OPEN``, the one after it ``LINE_CLOSE``); :func:`fraction_words`
reads ``Numerator A Denumerator B``. Both work on the cell's characters in place (the text
keeps its length, see :mod:`ikicalc.lang.layout`).
"""

from __future__ import annotations

import itertools
import re

from ikicalc.i18n import N_
from ikicalc.lang import guards
from ikicalc.lang.labels import (
    LABEL_WORDS,
    label_beside_lone_equals,
    label_column,
    label_interleaved,
    label_lines_before,
    label_words_beside,
)
from ikicalc.lang.layout_cues import (
    BAR,
    LINE_CLOSE,
    LINE_OPEN,
    RATIO_SCALE,
    blank,
    divides,
    operator,
)
from ikicalc.lang.lost_bars import (
    EQUATION_HEAD,
    LostBar,
    over_blank_line,
    over_the_line,
    word_equation,
)
from ikicalc.lang.lost_lines import lost_line
from ikicalc.patterns import lazy

__all__ = [
    "LostBar",
    "fraction_words",
    "middle_line_beside_bar",
    "stack",
    "sum_below",
]

# The middle line: a label and its '=' (or the '=' of a label lost in the export), the
# scale with its unit, and the '=' of the result the form leaves blank ("x 100% =").
_MIDDLE = lazy(
    r"^[ \t]*(?:(?:(?![xX][ \t]*\d)[^\W\d_][^=:\n]*?)?(?P<sep>[=:])[ \t]*)?"
    r"(?:(?:[xX×*]|\\times)[ \t]*\d[\d.,]*[ \t]*(?:%|persen)?"
    r"(?:[ \t]+[^\W\d_][^\n=]*)?)?[ \t]*(?P<result>=[ \t]*(?:[….]{2,}|…|_{2,})?[ \t]*%?)?[ \t]*$"
)
_SCALE_LINE = lazy(r"^[ \t]*(?:[xX×*]|\\times)[ \t]*\d[\d.,]*[ \t]*(?:%|persen)?[ \t]*=?[ \t]*$")
_NUMERATOR = lazy(r"(?i)\b(?:numerator|pembilang)\b(?:[ \t]*\((?:numerator|pembilang)\))?[ \t]*:?")
_DENOMINATOR = lazy(
    r"(?i)(?:\.[ \t]*)?\b(?:denumerator|denominator|penyebut)\b"
    r"(?:[ \t]*\((?:denumerator|denominator|penyebut)\))?[ \t]*:?"
)
_OPERATOR_WORDS = lazy(r"(?i)\b(?:di[ \t]*bagi|berbanding|dibandingkan|bagi|dengan|[xX])\b|[/÷:]")


def fraction_words(chars: list[str]) -> None:
    """``Numerator A Denumerator B``: the words that say which part stands where."""
    text = "".join(chars)
    if not guards.may_find(_NUMERATOR, text):
        return
    numerator = _NUMERATOR.search(text)
    denominator = _DENOMINATOR.search(text)
    between = text[numerator.end() : denominator.start()] if numerator and denominator else ""
    if (
        numerator
        and denominator
        and numerator.end() <= denominator.start()
        # "Numerator di bagi dengan denominator": the words are the names, an operator
        # stands between them, not a numerator's own words
        and re.search(r"[^\W\d_]", _OPERATOR_WORDS.sub("", between))
    ):
        blank(chars, numerator.start(), numerator.end())
        blank(chars, denominator.start(), denominator.end())
        chars[denominator.start() + (1 if denominator.group(0).startswith(".") else 0)] = "/"


_BESIDE_BEFORE = lazy(
    r"^[ \t]*(?:[^\W\d_][^=:\n]{0,60}?[ \t]*[=:])?[ \t]*"
    r"(?:(?:[xX×*]|\\times)[ \t]*\d[\d.,]*[ \t]*(?:%|persen)?)?[ \t]*$"
)
_BESIDE_AFTER = lazy(
    r"^[ \t]*(?:(?:[xX×*]|\\times)[ \t]*\d[\d.,]*[ \t]*(?:%|persen)?)?[ \t]*"
    r"(?:=[ \t]*(?:[….]{2,}|…|_{2,})?[ \t]*%?)?[ \t]*$"  # "x 100% = ….. %": a blank result
)


def middle_line_beside_bar(before: str, after: str) -> bool:
    """Whether what stands beside a bar on its line is only what a stack's middle line
    holds: a label and its ``=`` (``Persentase =``) before it, the scale (``x 100%``) on
    either side, the ``=`` of a blank result after it."""
    return (
        _BESIDE_BEFORE.match(before) is not None
        and _BESIDE_AFTER.match(after) is not None
        and not (_SCALED.search(before) and _SCALED.search(after))
    )


_SCALE_AT_END = lazy(r"[ \t](?=(?:[xX×*]|\\times)[ \t]*\d[\d.,]*[ \t]*(?:%|persen)?[ \t]*$)")


def _two_lines(chars: list[str], text: str, upper: re.Match[str], lower: re.Match[str]) -> bool:
    """``(A) – (B) x 100%`` over ``C``: the numerator line carries the scale and the bar was
    lost; the whole upper line stands over the lower one (when neither divides already)."""
    scale = _SCALE_AT_END.search(upper.group(0))
    gap = text[upper.end() : lower.start()]
    if (
        scale is None
        or gap.strip()
        or divides().search(upper.group(0))
        or operator().search(lower.group(0))
        or not re.search(r"[^\W\d_]", upper.group(0)[: scale.start()])
    ):
        return False
    chars[upper.start() + scale.start()] = LINE_OPEN
    chars[upper.end() + gap.index("\n")] = LINE_CLOSE
    return True


_NUMBER_LINE = lazy(r"[ \t]*\d[\d.,]*[ \t]+(?P<unit>[^\W\d_]{1,10})[ \t]*\.?[ \t]*")


def _unit_of_number(chars: list[str]) -> None:
    """``Jumlah Cad.Pangan`` / ``x 100 %`` / ``100 ton`` (Perbup Kulon Progo 56/2011): a line of
    a stack that holds a number and its unit (``data/units.txt``) is that number."""
    from ikicalc.lang.legend_names import unit_words

    text = "".join(chars)
    lines = [m for m in re.finditer(r"[^\n]*", text) if m.group(0).strip()]
    if len(lines) < 3 or not any(c.isdigit() for c in lines[-1].group(0)):
        return
    found = _NUMBER_LINE.fullmatch(lines[-1].group(0))  # under the middle line, alone
    middle = lines[-2].group(0)
    under = _SCALE_ALONE.fullmatch(middle) or BAR.search(middle)
    if found and under and found.group("unit").lower() in unit_words():
        start = lines[-1].start()
        blank(chars, start + found.start("unit"), start + found.end("unit"))


def stack(chars: list[str]) -> LostBar | None:
    """Mark the middle line of a fraction stacked over three lines (see module); failing
    that, find the place of a bar the export lost (:class:`LostBar`)."""
    text = "".join(chars)
    if "\n" not in text:
        return _side_by_side(chars) or lost_line(chars)
    if label_beside_lone_equals(chars, text):
        return None
    _keep_or_blank_lone_equals(chars, text)
    text = "".join(chars)
    lines = [m for m in re.finditer(r"[^\n]*", text) if m.group(0).strip()]
    for upper, lower in itertools.pairwise(lines):
        # "x 100% =" twice: the export repeated the middle line
        if upper.group(0).strip() == lower.group(0).strip() and _SCALE_LINE.match(lower.group(0)):
            blank(chars, lower.start(), lower.end())
    _unit_of_number(chars)  # "x 100 %" / "100 ton": the number stands, its unit set aside
    text = "".join(chars)
    lines = [m for m in re.finditer(r"[^\n]*", text) if m.group(0).strip()]
    if len(lines) == 3 and label_column(chars, lines):
        text = "".join(chars)
        lines = [m for m in re.finditer(r"[^\n]*", text) if m.group(0).strip()]
    if len(lines) == 2 and _two_lines(chars, text, lines[0], lines[1]):
        return None
    apart = _scale_apart(chars, lines)
    if apart is not None:
        return apart
    last = _SCALE_ALONE.fullmatch(lines[-1].group(0)) if len(lines) >= 4 else None
    if last:  # "A" over a bar over "B", then "x 100%" under it all
        span = (lines[-1].start() + last.start("scale"), lines[-1].start() + last.end("scale"))
        probe = list(chars)
        blank(probe, lines[-1].start(), lines[-1].end())
        kept = lines[:-1]
        if _middle_line(probe, "".join(probe), kept) and not _SCALED.search(
            "".join(probe), kept[0].start(), kept[-1].end()
        ):
            chars[:] = probe
            return LostBar(None, span, guess=None)
    if len(lines) >= 3 and _middle_line(chars, text, lines):
        return None
    return _lost_bar(chars)


# a scale is a power of ten ("x 100%", "X 1.000", "× 100.000"), at the end of the last line
# or alone on it
_SCALE_LAST = lazy(
    r"(?:^|(?<=[^\W_])[ \t]+|(?<=[)\]])[ \t]*|^[ \t]*)"
    r"(?P<scale>(?:[xX×*]|\\times)[ \t]*" + RATIO_SCALE + r"(?![\d.,]*\d)[ \t]*"
    r"(?:%|persen)?)[ \t]*$"
)


def _scale_apart(chars: list[str], lines: list[re.Match[str]]) -> LostBar | None:
    """``A`` over a bar over ``B x 100%``, or over ``B`` then ``x 100%``: the scale the export
    put at the end of the denominator's line, or under the whole, multiplies the fraction,
    not the denominator. Set aside (the parser multiplies the whole by it) when the lines
    above it stack round a middle line that holds no scale of its own."""
    if len(lines) < 3 or lines[-1].group(0).endswith(("=",)):
        return None
    last = lines[-1]
    found = _SCALE_LAST.search(last.group(0))
    if found is None:
        return _scale_on_top(chars, lines)
    alone = not last.group(0)[: found.start("scale")].strip()
    if alone and len(lines) < 4:
        return None
    probe = list(chars)
    start, end = last.start() + found.start("scale"), last.start() + found.end("scale")
    blank(probe, start, end)
    kept = lines[:-1] if alone else lines
    if _SCALED.search("".join(probe)) or not _middle_line(probe, "".join(probe), kept):
        return None
    chars[:] = probe
    return LostBar(None, (start, end), guess=None)


def _scale_on_top(chars: list[str], lines: list[re.Match[str]]) -> LostBar | None:
    """``Jumlah BUMDes aktif      x 100%`` / ``Persentase BUMDes Aktif = -------`` /
    ``Jumlah BUMDes``: the scale at the end of the numerator's line (``pdftotext -layout``
    puts it level with the numerator), over a middle line with a bar."""
    top = lines[0]
    found = _SCALE_LAST.search(top.group(0))
    if found is None or not top.group(0)[: found.start("scale")].strip():
        return None
    if not any(BAR.search(line.group(0)) for line in lines[1:-1]):
        return None
    probe = list(chars)
    start, end = top.start() + found.start("scale"), top.start() + found.end("scale")
    blank(probe, start, end)
    text = "".join(probe)
    kept = [m for m in re.finditer(r"[^\n]*", text) if m.group(0).strip()]
    if _SCALED.search(text) or not _middle_line(probe, text, kept):
        return None
    chars[:] = probe
    return LostBar(None, (start, end), guess=None)


def _keep_or_blank_lone_equals(chars: list[str], text: str) -> None:
    """A line holding only ``=``: the label's, kept when words stand above it and the formula
    below it (``Pencapaian\\nKinerja\\n=\\nA …``); else the '=' of a label the export
    lost, blanked."""
    for lone in re.finditer(r"(?m)^[ \t]*=[ \t]*$", text):
        above, below = text[: lone.start()], text[lone.end() :]
        if not (
            re.search(r"[^\W\d_]", above)
            and not operator().search(above)
            and "=" not in above
            and operator().search(below)
            and not re.match(r"\s*(?:[xX×*/÷:]|\\times)", below)  # a middle line
            and not BAR.match(below.lstrip())
        ):
            blank(chars, lone.start(), lone.end())


def _middle_line(chars: list[str], text: str, lines: list[re.Match[str]]) -> bool:
    for index in range(1, len(lines) - 1):
        line = lines[index]
        written = line.group(0)
        bar = BAR.search(written)
        probe = BAR.sub(lambda m: " " * len(m.group(0)), written)
        dangling = _DANGLING_TIMES.search(text, 0, line.start())
        if dangling and _PERCENT_LINE.match(probe):
            # "A - (B - A) x" over "100%" over "A": the 'x' ended the numerator's line
            if divides().search(text, lines[0].start(), line.start()) or line.end() >= len(chars):
                return False
            chars[dangling.start()] = LINE_OPEN
            chars[line.end()] = LINE_CLOSE
            return True
        if not (bar or re.match(r"\s*(?:(?:[^\W\d_][^=:\n]*)?[=:]\s*)?(?:[xX×*]|\\times)", probe)):
            continue
        middle = _MIDDLE.match(probe)
        if not middle:
            continue
        numerator = text[lines[0].start() : line.start()]
        if divides().search(numerator):
            return False
        before, after = line.start() - 1, line.end()
        if before < 0 or after >= len(chars) or chars[before] != "\n" or chars[after] != "\n":
            return False
        if bar:
            blank(chars, line.start() + bar.start(), line.start() + bar.end())
        chars[before] = LINE_OPEN
        chars[after] = LINE_CLOSE
        label = middle.group("sep") and re.search(r"[^\W\d_]", probe[: middle.start("sep")])
        if middle.group("sep") == ":" or (middle.group("sep") and not label):
            # "Formulasi Perhitungan : x 100%": a field's title; "= x 100%": a lost label
            blank(chars, line.start(), line.start() + middle.end("sep"))
        if middle.group("result"):  # "x 100% =": the result the form leaves blank
            blank(chars, line.start() + middle.start("result"), line.start() + middle.end("result"))
        if middle.group("sep") == "=" and not label:  # "= x 100%": the label's words between
            label_interleaved(chars, lines[:index], lines[index + 1 :])
        elif not label:  # "Persentase Cakupan Imunisasi" over "Jumlah bayi …" over a bar
            label_lines_before(chars, lines[:index], label_word=True)
        if label:  # "Persentase Penduduk = x 100%" / "Yang Melek Huruf" / "Jumlah …"
            label_lines_before(chars, lines[index + 1 :])
            label_lines_before(chars, lines[:index])
        if label:  # "Cakupan  Jumlah A" / "Penimbangan = --- x 100%" / "Balita  Jumlah B"
            found = [
                LABEL_WORDS.match(near.group(0)) for near in (lines[index - 1], lines[index + 1])
            ]
            for near, words in zip((lines[index - 1], lines[index + 1]), found, strict=True):
                if words:
                    blank(chars, near.start(), near.start() + words.end())
            if not any(found):  # "Persentase Skor …" / "Capaian = ----" / "Kinerja Skor Ideal"
                label_words_beside(
                    chars, lines[index - 1], lines[index + 1], probe[: middle.start("sep")]
                )
        return True
    return False


_DANGLING_TIMES = lazy(r"(?<=[^\W_]|[)\]])[ \t](?=[xX×*][ \t]*\n\s*$)")
_PERCENT_LINE = lazy(r"^[ \t]*\d[\d.,]*[ \t]*(?:%|persen)[ \t]*$")
_SCALE_ALONE = lazy(
    r"(?m)^[ \t]*(?P<scale>(?:(?:[xX×*]|\\times)[ \t]*)?\d[\d.,]*[ \t]*(?:%|persen)"
    r"|(?:[xX×*]|\\times)[ \t]*" + RATIO_SCALE + r"(?![\d.,]*\d))[ \t]*$"
)
_SCALE_ENDS = re.compile(  # compared by identity with a match's .re: compiled now
    r"(?m)(?<=[^\W_]|[)\]])[ \t]+"
    r"(?P<scale>(?:[xX×*]|\\times)[ \t]*\d[\d.,]*[ \t]*(?:%|persen)?)[ \t]*$"
)
# a Word equation's scale, one piece a line: "×" / "100" / "%"
_SCALE_BROKEN = lazy(
    r"(?m)^[ \t]*(?P<scale>(?:[xX×*]|\\times)[ \t]*\n[ \t]*\d[\d.,]*"
    r"(?:[ \t]*\n[ \t]*(?:%|persen))?)[ \t]*$"
)
# the sign of a scale alone at a line's end or on a line of its own, its number further down
_LONE_SIGN = lazy(r"(?m)(?:^|(?<=[^\W\d_])[ \t]+)(?P<sign>[xX×*])[ \t]*$")
_COUNTING_LINE = lazy(r"(?im)^[ \t]*(?:[Σ∑][ \t]*)?(?:jumlah|jml|jmlh|total|banyaknya)(?![^\W_])")
_SCALED = lazy(r"(?:[xX×*]|\\times)[ \t]*\d")
_QUANTITY = lazy(r"(?<!\S)(?:Jumlah|JUMLAH|Jml|Total|Banyaknya)(?![^\W_])")


def _lost_bar(chars: list[str]) -> LostBar | None:
    """Lines and a scale but no bar and no division: where does the denominator start? At
    the last line that opens with a counting word (``Jumlah …``), else at the one blank line
    between two paragraphs. The scale may stand at the end of any line or alone on one."""
    reason: str | None = None
    text = "".join(chars)
    if LINE_OPEN in text or divides().search(text) or BAR.search(text):
        return None
    equation = word_equation(chars) if "=" in text else None
    if equation is not None:  # "DPB =" / "PBT" / "PBI" / "x 100%"
        return equation
    scales = [*_SCALE_ALONE.finditer(text), *_SCALE_ENDS.finditer(text)]
    scales += [] if scales else list(_SCALE_BROKEN.finditer(text))
    if len(scales) > 1:
        return None
    span = scales[0].span("scale") if scales else None
    masked = text if span is None else text[: span[0]] + " " * (span[1] - span[0]) + text[span[1] :]
    sign = _LONE_SIGN.search(masked, 0, span[0]) if span and text[span[0]].isdigit() else None
    if sign and len(_LONE_SIGN.findall(masked)) == 1:
        # "Daerah yang" / "x" / "Mempunyai website" / "100%": the scale's sign and number
        # on lines of their own, apart (ambon-diskominfo-renstra-2017-2023-github#01)
        blank(chars, *sign.span("sign"))
        masked = masked[: sign.start("sign")] + " " + masked[sign.end("sign") :]
        text = "".join(chars)
    operators = [found for found in operator().finditer(masked) if "\n" not in found.group(0)]
    if not operators and span is None and re.search(r"\s[-+−]\s", masked):
        return over_the_line(chars, masked)  # "A + B" / "Jumlah C"
    if operators:  # ("(A)" over "(B)" is no implicit product)
        if span is not None:
            return None
        return over_blank_line(chars, masked, operators[0].start()) or over_the_line(
            chars, masked
        )
    lines = [m for m in re.finditer(r"[^\n]*", masked) if m.group(0).strip()]
    starts = [m.start() for m in lines[1:] if _COUNTING_LINE.match(m.group(0))]
    if span is None:  # no scale: only two quantities, each opened by a counting word
        head = _HEAD_LABEL.match(text)  # "Rata-rata lama penyelesaian = Total waktu …"
        after = head.end() if head and "\n" not in head.group(0) else 0
        quantities = [
            m for m in lines if _QUANTITY.match(masked[max(m.start(), after) : m.end()].lstrip())
        ]
        if (
            len(quantities) != 2
            or quantities[0] is not lines[0]
            or re.search(r"[=:+]", text[after:])
        ):
            return None
        starts = [quantities[1].start()]
    if starts:
        split = masked.rfind("\n", 0, starts[-1])
        if len(starts) > 1 and span is not None:  # "Jumlah A" / "Jumlah B yang" / "Jumlah C"
            reason = N_(
                "several lines open with a counting word: the last was taken as the "
                "denominator's, the others as the numerator's"
            )
    else:
        gaps = list(re.finditer(r"\n[ \t]*\n", masked.strip()))
        if len(gaps) == 1:
            split = len(masked) - len(masked.lstrip()) + gaps[0].start()
        elif len(lines) == 2 and span is not None and not EQUATION_HEAD.match(lines[0].group(0)):
            # "Realisasi PAD" over "Target PAD"; not "UHH =" over "(Lo/Lx)": a label
            split = lines[0].end()
        elif span is not None and (opening := _one_opening(lines)) is not None:
            # "Jumlah sinyal … x 100%" / "yang direspon …" / "Jm sinyal …": lines that go on
            # with a name open in lower case; the one other line in capitals opens the
            # denominator (a guess)
            split = masked.rfind("\n", 0, opening)
            reason = N_(
                "no bar and no counting word: the one line opened in capitals, after lines "
                "that go on with a name, was taken as the denominator's"
            )
        elif scales and scales[0].re is _SCALE_ENDS and span and span[1] < lines[-1].start():
            # "Realisasi belanja" / "langsung x 100%" / "Anggaran belanja" / "langsung": the
            # scale stood beside the bar; a guess
            split = masked.find("\n", span[1])
            reason = N_("no bar and no counting word: the scale's line was taken as the bar's")
        else:
            return None
    if split < 0 or not (_has_words(masked[:split]) and _has_words(masked[split:])):
        return None
    if span is not None:
        blank(chars, *span)
    chars[split] = "÷"
    return LostBar(split, span, guess=reason if span is not None else _SIDE_BY_SIDE)


_HEAD_LABEL = lazy(r"^[ \t]*[^\W\d_][^=:\n]{0,80}?[ \t]*=[ \t]*")
_OPENS_OPERAND = lazy(r"[ \t]*(?:[Σ∑]|[A-Z])")


def _one_opening(lines: list[re.Match[str]]) -> int | None:
    """Where the one line after the first that opens an operand stands (a capital or ``Σ``
    at its start), when every other line goes on with a name (opens in lower case or with
    a number); ``None`` when there is not exactly one."""
    openings = [m.start() for m in lines[1:] if _OPENS_OPERAND.match(m.group(0))]
    if len(openings) != 1 or len(lines) < 3:
        return None
    return openings[0]


_SIDE_BY_SIDE = N_("two quantities side by side and no operator: a fraction whose bar was lost")


def _side_by_side(chars: list[str]) -> LostBar | None:
    """``Jumlah A Jumlah B`` on one line with no operator at all: two quantities, each opened
    by a counting word in capitals, side by side where a bar was lost. A guess."""
    text = "".join(chars)
    if not guards.has(text, "Jumlah", "JUMLAH", "Jml", "Total", "Banyaknya"):
        return None  # _QUANTITY needs one of its words
    found = list(_QUANTITY.finditer(text))
    if len(found) != 2 or text[: found[0].start()].strip() or operator().search(text):
        return None
    # numbers inside the names ("usia 15 tahun") are words of them, when the two count the
    # same thing, a part over its whole ("Jumlah penduduk … Jumlah penduduk …"; not
    # "Jumlah RT/Rw … Jumlah patroli … dalam 1 tahun", two indicators in one cell)
    counted = {text[m.end() :].split()[0].lower() for m in found if text[m.end() :].split()}
    digits = re.search(r"\d", text) is not None
    named = _NUMBER_IN_NAME.sub("", text) if digits and len(counted) == 1 else text
    if re.search(r"[=:+]|\d", named) or not _has_words(text[found[0].end() : found[1].start()]):
        return None
    if not _has_words(text[found[1].end() :]):
        return None  # "Jumlah PNS Jumlah": a counting word alone counts nothing, no quantity
    split = found[1].start() - 1
    chars[split] = "÷"
    return LostBar(split, None, guess=_SIDE_BY_SIDE)


_NUMBER_IN_NAME = lazy(r"\d[\d.,]*(?:[ \t]*[-–—][ \t]*\d[\d.,]*)?(?=[ \t]*[^\W\d_])")
_SUM_BELOW = lazy(
    r"^(?:[^=\n]*=)?(?P<above>[ \t]*[^\W\d_][^\n=Σ∑]*?[^\W_])[ \t]+[Σ∑][ \t]*[^\W\d_]"
)
_SUM_BELOW_REASON = N_(
    "a name, then Σ and a name, and no operator: the sum is the denominator of a fraction "
    "whose bar was lost"
)


def sum_below(chars: list[str]) -> LostBar | None:
    """``Bobot Provinsi i = CF Provinsi i Σ CF Provinsi``: a name, then ``Σ`` and a name with
    no operator between them, as PDFs flatten a fraction over a sum (PP 55/2005). A guess."""
    text = "".join(chars)
    found = _SUM_BELOW.match(text) if "\n" not in text.strip() else None
    if found is None or operator().search(found.group("above")):
        return None
    if re.search(r"[-+−(]", found.group("above")):
        return None
    split = found.end("above")
    chars[split] = "÷"
    return LostBar(split, None, guess=_SUM_BELOW_REASON)


def _has_words(text: str) -> bool:
    return re.search(r"[^\W\d_]{2,}", text) is not None
