"""The lines of a stack as forms and PDFs leave them, read before its middle line is sought,
and a form's blank left unfilled before its formula (``Rp. ........ (A dikurangi B)``).

A letter ``x`` alone over or under a bar is the symbol ``x``; a form's middle line with an
empty field and the scale's sign lost (``( )=      100%``) is ``= x 100%``; a middle line
that holds only the label and its ``=``, the bar lost (``(NS + NP) x 100`` / ``NA =`` /
``NST + NPT``), is marked before the legend is read. Used by :mod:`ikicalc.lang.stacking`;
works on the cell's characters in place (the text keeps its length).
"""

from __future__ import annotations

import re

from ikicalc.lang.chars import text_of
from ikicalc.lang.layout_cues import (
    BAR,
    COUNTING_LINE,
    LINE_CLOSE,
    LINE_OPEN,
    RATIO_SCALE,
    blank,
    operator,
)
from ikicalc.lang.symbols import OPERATOR_SYMBOLS
from ikicalc.patterns import lazy

__all__ = [
    "BRACKETED",
    "LABEL_ALONE",
    "form_early",
    "label_alone_early",
    "label_alone_stands",
    "letters_over_bar",
    "sign_lost",
]

# a middle line of a form: an empty field "( )", the label's '=', the scale without its sign
_SIGNLESS_MIDDLE = lazy(
    r"(?m)^(?P<field>[ \t]*(?:\([ \t]*\)[ \t]*)?)=(?P<gap>[ \t]{2,})1(?:00|\.000)[ \t]*%[ \t]*$"
)
_EMPTY_FIELD = lazy(r"(?m)^[ \t]*\([ \t]*\)[ \t]*$")


def sign_lost(chars: list[str], text: str) -> None:
    """``Σ (% IKU I.2 + % IKU I.3)`` / ``( )=          100%`` / ``2`` (Renstra Dishub Jawa
    Timur): a stack's middle line that holds a form's empty field ``( )``, the label's ``=``
    and the scale far from it with its sign lost; the field is set aside (also on a line of
    its own) and the scale read as ``× 100%``. Only between a line above and a line below."""
    for found in _SIGNLESS_MIDDLE.finditer(text):
        if not text[: found.start()].strip() or not text[found.end() :].strip():
            continue
        blank(chars, found.start("field"), found.end("field"))
        chars[found.end("gap") - 2] = "x"
        for field in _EMPTY_FIELD.finditer(text):
            blank(chars, field.start(), field.end())


_LONE_X = lazy(r"(?m)^[ \t]*(?P<x>[xX])[ \t]*$")


def letters_over_bar(chars: list[str], text: str) -> None:
    """``x`` / ``------ X 100 %`` / ``y`` (BPS Dompu): a line that holds only the letter x,
    over or under a bar, is a numerator or a denominator, the symbol ``x``: nothing stands
    beside it to multiply (the grammar gets a letter that is no operator)."""
    for found in _LONE_X.finditer(text):
        before = text.rfind("\n", 0, max(found.start() - 1, 0))
        above = text[before + 1 : max(found.start() - 1, 0)] if found.start() else ""
        below_end = text.find("\n", found.end() + 1)
        below = text[found.end() + 1 : below_end if below_end >= 0 else len(text)]
        if BAR.search(above) or BAR.search(below):
            chars[found.start("x")] = OPERATOR_SYMBOLS[found.group("x")]


# a middle line that holds only a label and its '=', the bar lost ("(NS + NP) x 100" / "NA ="
# / "NST + NPT", Perbup Kulon Progo 36/2018): a symbol or a few words
LABEL_ALONE = lazy(r"^[ \t]*[^\W\d_][^\W_]*(?:[ \t]+[^\W\d_][^\W_]*){0,3}[ \t]*=[ \t]*$")
BRACKETED = lazy(r"\([^()]*\)|\[[^\[\]]*\]|\{[^{}]*\}")


_FIRST_THREE = lazy(r"\A\s*(?P<top>[^\n]+)\n(?P<middle>[^\n]+)\n(?P<bottom>[^\n]+)(?:\n|\Z)")


# a form's blank left unfilled before the formula that computes it: "Sisa Anggaran : Rp.
# ........ (Anggaran dikurangi …)", "… sampai dengan Triwulan ini : ......... % (jumlah … yang
# diterima/anggaran x 100%)" (Perbup Kulon Progo 10/2014's report form)
_FORM_BLANK = lazy(r"(?:Rp\.?[ \t]*)?\.{4,}[ \t]*%?")
_FIELD_COLON = lazy(r"(?<=[^\W\d_])[ \t]*:[ \t]*$")  # a field's label ends with its colon


def form_early(chars: list[str], text: str) -> None:
    """The furniture of a form read before the legend: a label alone on a stack's middle line
    (:func:`label_alone_early`), a blank left unfilled before the formula (set aside)."""
    if "=" in text and "\n" in text:
        label_alone_early(chars)
    for found in _FORM_BLANK.finditer(text) if "...." in text else ():
        if operator().search(text, found.end()):
            # "Prosentase … sampai dengan Triwulan ini : ......... % (A / B x 100%)": the
            # field's label and its colon, then the blank, then the formula: all set aside
            field = _FIELD_COLON.search(text, 0, found.start())
            labelled = field is not None and not operator().search(text, 0, field.start())
            blank(chars, 0 if labelled else found.start(), found.end())


def label_alone_early(chars: list[str]) -> bool:
    """``(NS + NP) x 100`` / ``NA =`` / ``NST + NPT`` (Perbup Kulon Progo 36/2018): the
    cell's first three lines a stack whose middle line holds only its label and '=' (the bar
    lost), marked before the legend is read, so that the legend's readers see one formula,
    not an entry ``NA =`` named by the line under it. Not when the label is a symbol of the
    line above (``A / B`` / ``A =`` / ``Jumlah …``: a legend's entry)."""
    text = text_of(chars)
    found = _FIRST_THREE.match(text)
    if found is None or not LABEL_ALONE.match(found.group("middle")):
        return False
    top, bottom = found.group("top"), found.group("bottom")
    label = found.group("middle").split("=")[0].strip()
    if "=" in top or "=" in bottom or re.search(rf"(?<![^\W_]){re.escape(label)}(?![^\W_])", top):
        return False
    heading = top.rstrip().rstrip(":")  # "Formulasi NTP Provinsi … :": a heading, no numerator
    if heading != top.rstrip() or not _computes(top):
        return False  # a numerator that computes; words round a label: the ordinary readers'

    chars[found.start("middle") - 1] = LINE_OPEN
    chars[found.end("middle")] = LINE_CLOSE
    for later in re.finditer(rf"(?m)^[ \t]*{re.escape(label)}[ \t]*[=:][^\n]*$", text):
        if later.start() > found.end("bottom"):  # "NA = Nilai Akhir.": the indicator's name
            blank(chars, later.start(), later.end())
    return True


_SIGN = lazy(r"[+−×*/÷]|\s[-–:]\s")


def _computes(text: str) -> bool:
    """Whether a numerator's lines compute: a sign, an operator word or a ratio's scale."""
    return bool(_SIGN.search(text) or operator().search(text) or _RATIO_SCALE_AT.search(text))


_RATIO_SCALE_AT = lazy(r"(?:[xX×*]|\\times)[ \t]*" + RATIO_SCALE)


def label_alone_stands(
    chars: list[str], text: str, lines: list[re.Match[str]], index: int, alone: re.Match[str]
) -> bool:
    """Whether a middle line of a label and its '=' alone stands between a numerator and a
    denominator: no other '=' above it, nor in the denominator's line; the legend's entry of
    the label itself under it (``NA = Nilai Akhir.``: the indicator's name) is set aside."""
    above = text[lines[0].start() : lines[index].start()]
    if "=" in above or above.rstrip().endswith(":"):
        return False
    quantity = COUNTING_LINE.match(above) or re.fullmatch(r"[A-Z][A-Za-z0-9]{0,5}", above.strip())
    below = text[lines[index].end() :]  # "Guru Tersedia …" / "Kecukupan Guru =" / "Kebutuhan …":
    if not (_computes(above) or quantity or not _computes(below)):  # a label computing nothing
        return False  # words over a label's wrapped words ("… penye mai" / "awan dari darat =")
    if index + 1 >= len(lines) or "=" in lines[index + 1].group(0):
        return False
    label = alone.group(0).split("=")[0].strip()
    for later in lines[index + 2 :]:
        if re.match(rf"[ \t]*{re.escape(label)}[ \t]*[=:]", later.group(0)):
            blank(chars, later.start(), later.end())
    return True
