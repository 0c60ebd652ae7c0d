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

from ikicalc.lang import guards
from ikicalc.lang.barless import SCALE_ALONE as _SCALE_ALONE
from ikicalc.lang.barless import SCALED as _SCALED
from ikicalc.lang.barless import lost_bar as _lost_bar
from ikicalc.lang.barless import side_by_side as _side_by_side
from ikicalc.lang.barless import sum_below
from ikicalc.lang.chars import text_of
from ikicalc.lang.form_lines import (
    BRACKETED,
    LABEL_ALONE,
    label_alone_stands,
    letters_over_bar,
    sign_lost,
)
from ikicalc.lang.labels import (
    LABEL_WORDS,
    label_beside_lone_equals,
    label_column,
    label_column_aligned,
    label_interleaved,
    label_lines_before,
    label_words_beside,
    opens_label,
)
from ikicalc.lang.layout_cues import (
    BAR,
    LINE_CLOSE,
    LINE_OPEN,
    RATIO_SCALE,
    RATIO_SCALED,
    SCALE,
    blank,
    divides,
    operator,
)
from ikicalc.lang.lost_bars import LostBar
from ikicalc.lang.lost_lines import lost_line
from ikicalc.lang.timed import joined_after_time, label_after_time
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
    r"(?:" + SCALE + r"(?:[ \t]+[^\W\d_][^\n=]*)?)?[ \t]*"
    r"(?P<result>=[ \t]*(?:[….]{2,}|…|_{2,})?[ \t]*%?)?[ \t]*$"
)
_SCALE_LINE = lazy(r"^[ \t]*" + SCALE + r"[ \t]*=?[ \t]*$")
_NUMERATOR = lazy(r"(?i)\b(?:numerator|pembilang)\b(?:[ \t]*\((?:numerator|pembilang)\))?[ \t]*:?")
_DENOMINATOR = lazy(
    r"(?i)(?:[.;,][ \t]*)?\b(?:denumerator|denominator|penyebut)\b"
    r"(?:[ \t]*\((?:denumerator|denominator|penyebut)\))?[ \t]*:?"
)
_OPERATOR_WORDS = lazy(r"(?i)\b(?:di[ \t]*bagi|berbanding|dibandingkan|bagi|dengan|[xX])\b|[/÷:]")


_SCALE_WORDS = lazy(SCALE)


def fraction_words(chars: list[str]) -> None:
    """``Numerator A Denumerator B``: the words that say which part stands where."""
    text = text_of(chars)
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
        and re.search(r"[^\W\d_]", _OPERATOR_WORDS.sub("", _SCALE_WORDS.sub("", between)))
        # "Numerator" / "---- x100%" / "denominator": the words alone are the names
        and re.search(r"[^\W\d_]", _SCALE_WORDS.sub("", text[denominator.end() :]))
    ):
        blank(chars, numerator.start(), numerator.end())
        blank(chars, denominator.start(), denominator.end())
        chars[denominator.start() + (1 if denominator.group(0)[:1] in ".;," else 0)] = "/"


_BESIDE_BEFORE = lazy(
    r"^[ \t]*(?:[^\W\d_][^=:\n]{0,60}?[ \t]*[=:])?[ \t]*"
    r"(?:" + SCALE + r")?[ \t]*$"
)
_BESIDE_AFTER = lazy(
    r"^[ \t]*(?:" + SCALE + r")?[ \t]*"
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


_SCALE_AT_END = lazy(r"[ \t](?=" + SCALE + r"[ \t]*$)")


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

    text = text_of(chars)
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
    text = text_of(chars)
    if "\n" not in text:  # "… kurun waktu tertentu kelahiran hidup … yang sama X 100.000"
        return _side_by_side(chars) or lost_line(chars) or joined_after_time(chars)
    gap = lost_line(chars) if "\n\n" in text.strip() and text.count("\n") < 4 else None
    if gap is not None:  # "KepadatanPenduduk/km2 Jumlah A" / "" / "Luas B": the bar lost
        return gap
    if ":" in text and _label_colon_alone(chars, text):
        text = text_of(chars)  # "Capaian :" alone on the middle line: "Capaian ="
    if label_beside_lone_equals(chars, text):
        return None
    if "x" in text or "X" in text:
        letters_over_bar(chars, text)  # "x" / "------ X 100 %" / "y": the symbol x
    if "%" in text and "=" in text:
        sign_lost(chars, text)  # "Σ (…)" / "( )=      100%" / "2": the scale's sign lost
    _keep_or_blank_lone_equals(chars, text)
    for sign in _SIGN_ALONE.finditer(text) if guards.has(text, "x", "X", "×", "*") else ():
        chars[sign.start("end")] = " "  # "Persentase = ------ x" / "100%": one scale
    text = text_of(chars)
    lines = [m for m in re.finditer(r"[^\n]*", text) if m.group(0).strip()]
    for upper, lower in itertools.pairwise(lines):
        # "x 100% =" twice: the export repeated the middle line
        if upper.group(0).strip() == lower.group(0).strip() and _SCALE_LINE.match(lower.group(0)):
            blank(chars, lower.start(), lower.end())
    _unit_of_number(chars)  # "x 100 %" / "100 ton": the number stands, its unit set aside
    text = text_of(chars)
    lines = [m for m in re.finditer(r"[^\n]*", text) if m.group(0).strip()]
    if len(lines) == 3 and label_column(chars, lines):
        text = text_of(chars)
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
        if _middle_line(probe, "".join(probe), kept) and not _RATIO_SCALED.search(
            "".join(probe), kept[0].start(), kept[-1].end()
        ):
            chars[:] = probe
            return LostBar(None, span, guess=None)
    if len(lines) >= 3 and _middle_line(chars, text, lines):
        return None
    return _lost_bar(chars)


# a label's words and a colon alone on a line ("Capaian :"), as a label's '=' stands there
_COLON_ALONE = lazy(
    r"^[ \t]*(?P<label>[^\W\d_][^\W_]*(?:[ \t]+[^\W\d_][^\W_]*){0,3})[ \t]*(:)[ \t]*$"
)


def _label_colon_alone(chars: list[str], text: str) -> bool:
    """``Jumlah Hasil (N)`` / ``Capaian :`` / ``Sasaran x 100`` (a puskesmas's slide): a middle
    line of a label's words (a label's own first word, ``[salvage] label_words``) and a colon,
    between a numerator and a denominator that compute nothing, is the label's '='."""
    lines = [m for m in re.finditer(r"[^\n]*", text) if m.group(0).strip()]
    found = _COLON_ALONE.match(lines[1].group(0)) if len(lines) == 3 else None
    if found is None or not opens_label(found.group("label")):
        return False
    under = lines[2].group(0)
    scale = _SCALE_LAST.search(under)  # the denominator computes nothing but its scale
    end = scale.start() if scale else len(under)
    if operator().search(lines[0].group(0)) or operator().search(under, 0, end):
        return False
    chars[lines[1].start() + found.start(2)] = "="
    return True


# a middle line (a bar or a label's '=' on it) that ends with the scale's sign, its number on
# the next line alone ("Persentase = ------ x" / "100%", an equation's scale set lower)
_SIGN_ALONE = lazy(
    r"(?m)(?:[-_–─—━═‾=][ \t]*)[xX×*][ \t]*(?P<end>\n)[ \t]*"
    + RATIO_SCALE
    + r"[ \t]*(?:%|persen)?[ \t]*$"
)


# a scale is a power of ten ("x 100%", "X 1.000", "× 100.000"), at the end of the last line
# or alone on it
_SCALE_LAST = lazy(
    r"(?:^|(?<=[^\W_])[ \t]+|(?<=[)\]])[ \t]*|^[ \t]*)"
    r"(?P<scale>" + RATIO_SCALED + r"[ \t]*"
    r"(?:%|persen)?)[ \t]*$"
)


# another scale of a ratio in the cell ("x 100", "× 1.000"), not a count or a duration inside
# a name ("( <3 x 24 jam)", "2 x kunjungan")
_RATIO_SCALED = lazy(RATIO_SCALED)


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
    if _RATIO_SCALED.search("".join(probe)) or not _middle_line(probe, "".join(probe), kept):
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
    if _RATIO_SCALED.search(text) or not _middle_line(probe, text, kept):
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
        last = len(text[: line.start()].rstrip()) - 1  # the sign, if any: looked for there,
        dangling = _DANGLING_TIMES.search(text, max(last - 1, 0), line.start())  # not from 0
        if dangling and _PERCENT_LINE.match(probe):
            # "A - (B - A) x" over "100%" over "A": the 'x' ended the numerator's line
            if divides().search(text, lines[0].start(), line.start()) or line.end() >= len(chars):
                return False
            chars[dangling.start()] = LINE_OPEN
            chars[line.end()] = LINE_CLOSE
            return True
        alone = LABEL_ALONE.match(probe) if "=" in probe and not bar else None  # "NA ="
        if not (
            bar
            or alone
            or re.match(r"\s*(?:(?:[^\W\d_][^=:\n]*)?[=:]\s*)?(?:[xX×*]|\\times)", probe)
        ):
            continue
        middle = _MIDDLE.match(probe)
        if not middle:
            continue
        numerator = text[lines[0].start() : line.start()]
        if divides().search(BRACKETED.sub(" ", numerator) if alone else numerator):
            return False  # ("{(NZ X 100) : NZT} + …" over "NA =": divisions inside brackets)
        if alone and not label_alone_stands(chars, text, lines, index, alone):
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
        if guards.holds(text, "tertentu") and label_after_time(
            chars, lines[:index], lines[index + 1 :]
        ):  # "… Waktu tertentu" / "Persentase (%) Cakupan" / "x100%" / "Ibu Hamil K4" / "Jumlah …"
            return True
        if middle.group("sep") == "=" and not label:  # "= x 100%": the label's words between
            if not label_interleaved(chars, lines[:index], lines[index + 1 :]):
                # "Angka Kesakitan DBD" / "Jumlah kasus DBD" / "= ---- x 100.000": above
                label_lines_before(chars, lines[:index])
        elif not label:  # "Persentase Cakupan Imunisasi" over "Jumlah bayi …" over a bar
            label_lines_before(chars, lines[:index], label_word=True)
        if label:  # "Persentase Penduduk = x 100%" / "Yang Melek Huruf" / "Jumlah …"
            label_lines_before(chars, lines[index + 1 :])
            label_lines_before(chars, lines[:index])
            _label_tail(chars, lines[:index], lines[index + 1 :])
        content = re.search(r"\S", written[middle.end("sep") :]) if label else None
        if content:  # "%     Jml anak …" / "Capaian =   ----" / "      Jml seluruh …": a column
            label_column_aligned(chars, lines, index, middle.end("sep") + content.start())
        if label:  # "Cakupan  Jumlah A" / "Penimbangan = --- x 100%" / "Balita  Jumlah B"
            label_width = len(probe[: middle.start("sep")].split())
            found = _label_column_words(lines[index - 1], lines[index + 1], label_width)
            for near, words in zip((lines[index - 1], lines[index + 1]), found, strict=True):
                if words:
                    blank(chars, near.start(), near.start() + words)
            if not any(found):  # "Persentase Skor …" / "Capaian = ----" / "Kinerja Skor Ideal"
                label_words_beside(
                    chars, lines[index - 1], lines[index + 1], probe[: middle.start("sep")]
                )
        return True
    return False


def _label_tail(chars: list[str], above: list[re.Match[str]], below: list[re.Match[str]]) -> None:
    """``Persentase    Realisasi Thn t`` / ``Perbandingan dengan  =  x 100`` / ``Realisasi
    Tahun t-1`` / ``Tahun Sebelumnya`` (the LKIP of Jawa Barat's Dinas Bina Marga): the label's
    column runs on under the denominator. When the numerator is one line and the denominator's
    line opens with the numerator's head (``Realisasi`` over ``Realisasi``), the lines under it
    that compute nothing, wait for nothing and go on with no relative word are the label's."""
    numerator = [line for line in above if line.group(0).strip()]
    if len(numerator) != 1 or len(below) < 2:
        return
    head = _QUANTITY_HEAD.search(numerator[0].group(0))
    opening = below[0].group(0).strip().lower()
    if head is None or not opening.startswith(head.group(0).strip().lower()):
        return
    if _WAITS.search(below[0].group(0)):
        return  # "Jumlah penduduk usia 15" / "tahun ke atas": the name waits for more
    tail = below[1:]
    if all(_TAIL_LINE.match(line.group(0)) for line in tail):
        for line in tail:
            blank(chars, line.start(), line.end())


_WAITS = lazy(  # a line whose name goes on: a count's number, a comma, a hyphen, a preposition
    r"(?:[ \t]\d+|[,\-–]|(?i:\b(?:yang|yg|di|ke|dari|dan|atau|pada|untuk|dengan)))[ \t]*$"
)
_TAIL_LINE = lazy(
    r"[ \t]*(?!(?i:yang|yg|di|ke|dari|dan|atau|serta|pada|untuk|dengan|dalam|sesuai)\b)"
    r"[^\W\d_]+(?:[-/][^\W\d_]+)?(?:[ \t]+[^\W\d_]+(?:[-/][^\W\d_]+)?){0,3}[ \t]*$"
)
_COUNTING_WORD = lazy(r"(?i)(?:jumlah|jml|jmlh|total|banyaknya|[Σ∑])")
_QUANTITY_HEAD = lazy(r"[ \t]*(?i:jumlah|jml|total|target|realisasi|rencana)(?![^\W_])")


def _label_column_words(above: re.Match[str], below: re.Match[str], width: int) -> list[int | None]:
    """Where the label's words end that the export put before the names on the lines beside
    the middle line (``Cakupan  Jumlah A`` / ``Penimbangan = ---`` / ``Balita  Jumlah B``):
    written with a capital, and not the same words on both lines (``proporsi jumlah A …``
    over ``proporsi jumlah B …`` are the names' own words); shown by a column gap or by a
    word that names an indicator (``Persentase``; not ``Akumulasi Jumlah …``). The column
    ends at its gap; with no gap it is as wide as the middle line's label (``Persentase Nilai
    Total …`` / ``Capaian = ---`` / ``Kinerja Jumlah Total …``: one word), on both lines
    when either shows it (``Persentase Skor diperoleh`` / ``Capaian = ---`` / ``Kinerja 80``)."""
    from ikicalc.lang.middle_line import naming_words

    found = [LABEL_WORDS.match(near.group(0)) for near in (above, below)]
    found = [m if m and m.group(0).strip()[:1].isupper() else None for m in found]
    first, second = found
    if first and second and first.group(0).split() == second.group(0).split():
        return [None, None]
    shown = any(
        m
        and (
            re.search(r"\S[ \t]{2,}|\t", m.group(0))
            or m.group(0).split()[0].lower() in naming_words()
        )
        for m in found
    )
    openings = [near.group(0).split()[:1] for near in (above, below)]
    column = all(o and o[0][:1].isupper() for o in openings) and openings[0] != openings[1]
    # nothing before a counting word on either line: a column one word wide, opened by a
    # word that names an indicator (wider columns: labels.label_words_beside reads them)
    named = column and width <= 1 and any(o[0].lower() in naming_words() for o in openings)
    if not (shown or named):
        return [None, None]
    ends: list[int | None] = []
    for near, m in zip((above, below), found, strict=True):
        if m is None:  # the other side of the column: its first words, when names follow
            words = list(re.finditer(r"\S+", near.group(0)))
            take = max(width, 1)
            opened = (
                column
                and len(words) > take
                and not near.group(0)[:1].isspace()  # set aside already
                and not _COUNTING_WORD.match(words[0].group(0))
                and not _QUANTITY_HEAD.match(words[0].group(0))  # "Target Rencana Tahun t"
            )
            ends.append(words[take].start() if opened else None)
            continue
        gap = re.search(r"\S([ \t]{2,}|\t[ \t]*)(?=\S)", m.group(0))
        words = list(re.finditer(r"\S+", m.group(0)))
        if gap:  # "Persentase    Skor Literasi total": the column ends at its gap
            ends.append(gap.end())
        elif len(words) > max(width, 1):  # as wide as the label on the middle line
            ends.append(words[max(width, 1)].start())
        else:
            ends.append(m.end())
    return ends


_DANGLING_TIMES = lazy(r"(?<=[^\W_]|[)\]])[ \t](?=[xX×*][ \t]*\n\s*$)")
_PERCENT_LINE = lazy(r"^[ \t]*\d[\d.,]*[ \t]*(?:%|persen)[ \t]*$")
