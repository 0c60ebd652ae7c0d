"""Fractions whose bar the export lost, read from where the lines break.

:func:`ikicalc.lang.stacking.stack` finds a fraction's middle line; when there is none (no
bar, no scale between the lines) these read where the bar stood: one quantity over an
expression after a blank line, or an expression over a quantity (or another expression) on
the next line with nothing joining them. The place of the bar is a guess, kept for the
parser (:class:`LostBar`, see :func:`ikicalc.lang.reading.put_back`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ikicalc.i18n import N_
from ikicalc.lang.chars import text_of
from ikicalc.lang.layout_cues import COUNTING_LINE as _COUNTING_LINE
from ikicalc.lang.layout_cues import RATIO_SCALE, operator
from ikicalc.patterns import lazy

__all__ = [
    "EQUATION_HEAD",
    "WORD_EQUATION",
    "LostBar",
    "over_blank_line",
    "over_the_line",
    "word_equation",
]


@dataclass(frozen=True)
class LostBar:
    """A fraction whose bar the export lost: ``÷`` stands at ``split`` (``None``: the bar
    was found, only the scale stood apart); ``scale`` is the span of the scale (``x 100%``)
    set aside where the export left it, for the parser to multiply the whole formula by;
    ``guess`` says why the place of the bar is a guess (``None``: the cell shows it)."""

    split: int | None
    scale: tuple[int, int] | None
    guess: str | None
    grouped: bool = False
    """The grammar already groups the fraction right at ``split`` (``A`` / ``B`` / ``x C``:
    what follows the denominator's line multiplies the fraction): only the guess is kept."""
    source: str | None = None
    """The text ``scale`` points into when the layout moved the scale within the cell (a
    nested table's columns put back, :mod:`.label_column`); ``None``: the cell as written."""
    chosen: str | None = None
    """What the guess read, as lint shows it (``None``: the text before and after the bar)."""
    other: str | None = None
    """The other reading the guess set aside (``None``: the cell as written)."""




def _has_words(text: str) -> bool:
    return re.search(r"[^\W\d_]{2,}", text) is not None


_SCALE_AT_END = lazy(
    r"(?P<scale>(?:[×*]|(?<=\s)[xX])[ \t]*" + RATIO_SCALE + r"[ \t]*(?:%|persen)?)\s*$"
)
_OVER_BLANK_LINE = N_(
    "no bar and no scale: a quantity over an expression, a blank line between them, was "
    "taken as a fraction whose bar was lost"
)


def over_blank_line(chars: list[str], text: str, first_operator: int) -> LostBar | None:
    """``IMT = Berat Badan (kg)`` / (blank line) / ``Tinggi Badan (m) x Tinggi Badan (m)``:
    one quantity, then after the one blank line an expression (the operators all stand
    below it): the bar between them was lost. A guess."""
    gaps = list(re.finditer(r"\n[ \t]*\n", text))
    if len(gaps) != 1 or first_operator < gaps[0].end():
        return None
    split = gaps[0].start()
    above = re.sub(r"^[^=\n]*=", "", text[:split])  # a label and its '='
    if not (_has_words(above) and _has_words(text[split:])) or "=" in text[split:]:
        return None
    chars[split] = "÷"
    # "Σ seluruh peserta× 100%": the scale at the end of the denominator's line, glued to
    # it, multiplies the fraction (set aside for the parser, as a scale beside the bar)
    scale = _SCALE_AT_END.search(text, split)
    span = scale.span("scale") if scale else None
    if span is not None:
        for index in range(*span):
            chars[index] = " "
    return LostBar(split, span, guess=_OVER_BLANK_LINE)


_OVER_THE_LINE = N_(
    "no bar and no scale: two lines, each a quantity or an expression, with no operator "
    "between them, were taken as a fraction whose bar was lost"
)
_JOINED_AT_BREAK = lazy(r"(?:[-+−×*/÷(,]|\b[xX]|\b(?i:dan|dengan|atau))[ \t]*$")
_OPENS_JOINED = lazy(r"[ \t]*(?:[-+−×*/÷),]|[xX][ \t]|[a-z])")


def over_the_line(chars: list[str], text: str) -> LostBar | None:
    """``Struktur Tarif Atas = Biaya Operasional + Biaya Pemeliharaan`` / ``Jumlah Unit
    Sarusun``; ``Pendapatan … - Belanja Pegawai`` / ``Pokok pinjaman + Bunga + Biaya Lain``:
    two lines, an expression over a quantity opened by a counting word or over another
    expression, nothing at the line break joining them (no operator, the lower line opens
    with a capital): the bar between them was lost. A labelled quantity over a number alone
    (``nilai akhir = jumlah tertimbang semua kriteria`` / ``100``) too. A guess."""
    lines = [m for m in re.finditer(r"[^\n]*", text) if m.group(0).strip()]
    if len(lines) != 2:
        return None
    upper, lower = lines
    above = re.sub(r"^[^=\n]*=", "", upper.group(0))  # a label and its '='
    below = lower.group(0)
    number = _NUMBER_ALONE.fullmatch(below) is not None  # "214 x jumlah penduduk" / "1000"
    if "=" in below or not (_has_words(above) and (number or _has_words(below))):
        return None
    if _JOINED_AT_BREAK.search(above) or _OPENS_JOINED.match(below):
        return None
    if _open_brackets(above) > 0:  # "… + [Evaluasi" / "Kinerja] + …": a name wrapped
        return None

    def computes(line: str) -> bool:
        return bool(operator().search(line) or re.search(r"\s[-+−]\s", line))

    labelled = number and "=" in upper.group(0) and not _YEAR.fullmatch(below)
    if not (
        (computes(above) and (number or computes(below) or _COUNTING_LINE.match(below)))
        or labelled  # "nilai akhir = jumlah tertimbang semua kriteria" / "100" (Permenhut 17/2025)
    ):
        return None
    split = upper.end()
    chars[split] = "÷"
    if number:  # "214 x jumlah penduduk" / "1000": as the salvage says it where the grammar fails
        from ikicalc.lang.salvage import NUMBER_BELOW

        return LostBar(split, None, guess=NUMBER_BELOW)
    return LostBar(split, None, guess=_OVER_THE_LINE)


# a constant denominator alone on its line, a power of ten or a count ("1000", "12", "2")
_NUMBER_ALONE = lazy(r"[ \t]*\d[\d.,]*[ \t]*")
_YEAR = lazy(r"[ \t]*(?:19|20)\d\d[ \t]*")  # a year alone: a name's, no denominator


def _open_brackets(line: str) -> int:
    """How many brackets ``line`` leaves open at its end: a bar never stands inside one."""
    depth = 0
    for char in line:
        if char in "([{":
            depth += 1
        elif char in ")]}" and depth:
            depth -= 1
    return depth


WORD_EQUATION = N_(
    "a name and '=' on a line, then two lines and the scale: a fraction of an equation "
    "editor exported line by line, its bar lost"
)
EQUATION_HEAD = lazy(r"^[ \t]*[^\W\d_][^=\n]{0,40}=[ \t]*(?P<open>\()?[ \t]*$")
# "x Bobot", "x Bobot) − n": the rest of the middle line, a factor that is a name
_NAMED_TAIL = lazy(r"^[ \t]*(?:[xX×*·]|\\times)[ \t]+[^\W\d_][^\n]*$")
_EQUATION_TAIL = lazy(
    r"^[ \t]*(?P<close>\))?[ \t]*(?P<scale>(?:[xX×*]|\\times)[ \t]*"
    + RATIO_SCALE
    + r"[ \t]*(?:%|persen)?)?[ \t]*$"
)


def word_equation(chars: list[str]) -> LostBar | None:
    """``DPB =`` / ``PBT`` / ``PBI`` / ``x 100%``; ``IKLH = (`` / ``TS`` / ``R x P x M`` /
    ``) x 100%``: an equation editor's fraction (Word, PDF) exported one piece a line, the
    bar lost between the numerator's line and the denominator's (Kepja 1184/2025). The
    brackets around it and the scale after it are set aside (the scale multiplies the
    whole); a guess."""
    text = text_of(chars)
    lines = [m for m in re.finditer(r"[^\n]*", text) if m.group(0).strip()]
    if not 3 <= len(lines) <= 4:
        return None
    head = EQUATION_HEAD.match(lines[0].group(0))
    if head is None:
        return None
    body, span = lines[1:], None
    tail = _EQUATION_TAIL.match(body[-1].group(0)) if len(body) == 3 else None
    if tail is None and len(body) == 3 and _NAMED_TAIL.match(body[-1].group(0)):
        return _named_tail(chars, text, body)
    if tail is not None:
        if bool(tail.group("close")) != bool(head.group("open")) or not tail.group(0).strip():
            return None
        if tail.group("scale"):
            span = (body[-1].start() + tail.start("scale"), body[-1].start() + tail.end("scale"))
        body = body[:-1]
    elif head.group("open"):
        return None
    if len(body) != 2:
        return None
    upper, lower = body
    if any("=" in m.group(0) or not re.search(r"[^\W_]", m.group(0)) for m in body):
        return None
    ending = _SCALE_AT_END.search(lower.group(0)) if span is None else None
    if ending is not None and not head.group("open"):  # "Capaian =" / "A" / "B x 100%": the
        # scale at the end of the denominator's line multiplies the whole, as without a label
        span = (lower.start() + ending.start("scale"), lower.start() + ending.end("scale"))
    if _JOINED_AT_BREAK.search(upper.group(0)) or re.match(r"[ \t]*[-+−×*/÷)]", lower.group(0)):
        return None
    if re.match(r"[ \t]*[a-z]{2}", lower.group(0)) and len(upper.group(0).split()) > 1:
        return None  # "… sarana prasarana operasi" / "modifikasi cuaca + …": a name goes on
    if head.group("open"):
        chars[lines[0].start() + head.start("open")] = " "
        chars[lines[-1].start() + (tail.start("close") if tail else 0)] = " "
    if span is not None:
        for index in range(*span):
            chars[index] = " "
    split = upper.end()
    chars[split] = "÷"
    return LostBar(split, span, guess=WORD_EQUATION)


def _named_tail(chars: list[str], text: str, body: list[re.Match[str]]) -> LostBar | None:
    """``X2 = (`` / ``NX2`` / ``Tk`` / ``x Bobot) − n``: the rest of the middle line after
    the bar is a factor that is a name (and what follows it): the fraction of the two lines
    times it, as the grammar reads it once the bar stands between them."""
    upper, lower, _ = body
    if text.count("(") != text.count(")"):
        return None
    if any("=" in m.group(0) or not re.search(r"[^\W_]", m.group(0)) for m in (upper, lower)):
        return None
    if operator().search(upper.group(0) + "\n" + lower.group(0)):
        return None  # one quantity a line: an expression would need its own brackets
    if _JOINED_AT_BREAK.search(upper.group(0)) or _OPENS_JOINED.match(lower.group(0)):
        return None
    split = upper.end()
    chars[split] = "÷"
    return LostBar(split, None, guess=WORD_EQUATION, grouped=True)
