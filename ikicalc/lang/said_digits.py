"""A figure said again in words in brackets after its digits, read by its value.

Regulations of tariffs and circulars write an amount, a rate or a count in digits, then again
in words in brackets, with its unit said: ``Rp85.000,00 (delapan puluh lima ribu rupiah)``,
``0,0944% (nol koma nol sembilan empat empat persen)``, ``x 90 (sembilan puluh)``, ``7,5o/o
(tujuh koma lima persen)``. A careful reader knows the bracket restates the figure because
its words SAY THE SAME NUMBER (:func:`ikicalc.numbers.restates`: the number words that open
the bracket have the digits' value; whatever follows them is the unit said), not because the
bracket holds a word of a list. Where the figure is an operand (an amount in rupiah, a rate,
or a number an operator stands beside) the bracket is set aside; inside a name (``pagu
anggaran 1 (satu) tahun``) the words are the name's, as the document wrote them.

A percent said after the bracket (``2 (dua) persen``, ``2,5 (dua koma lima) persen dari A``,
as regulations write a rate) makes the figure a rate: the bracket is set aside wherever it stands.

A unit of measure in brackets after a number (``n - 100 (Mbps)``, ``x 24 (kWh)``) is the
number's unit, not a quantity it multiplies: set aside where the number is an operand. The
units are a class (:func:`ikicalc.lang.legend_names.unit_words`: the registry's units and the
units of measure, and a symbol of the SI with its prefix, ``Mbps``, ``kWh``, ``GB``).

Works on the cell's characters in place; the text keeps its length (see
:mod:`ikicalc.lang.layout`).
"""

from __future__ import annotations

import re
from functools import cache

from ikicalc.lang import guards
from ikicalc.lang.chars import text_of
from ikicalc.lang.layout_cues import blank
from ikicalc.lang.legend_names import unit_words
from ikicalc.lang.operator_words import said
from ikicalc.names import names_data
from ikicalc.numbers import restates
from ikicalc.patterns import lazy

__all__ = ["said_beside_digits", "unit_of_measure"]

# digits (grouped by dots, a decimal comma, a ",-" tail, a percent sign as written or as OCR
# reads it), then a bracket that opens with a letter
_BESIDE = lazy(
    r"(?P<digits>(?:(?<=Rp)|(?<=Rp\.)|(?<=IDR)|(?<![\w.,]))\d(?:[\d.,]*\d)?)"
    r"(?P<tail>[ \t]*+(?:[,.]-(?![\d-])|%|[oO0]/[oO0]|‰)?)"  # blanks taken once (not the square)
    r"(?P<bracket>[ \t]*+\n?[ \t]*+\([ \t\n]*(?P<words>[^\W\d_][^()]{0,100}?)[ \t\n]*\))"
)
# what every match of _BESIDE holds: a digit or a sign, then its bracket (the guard)
_BRACKET_AFTER = lazy(r"[\d%\-oO‰][ \t]*+\n?[ \t]*+\([ \t\n]*[^\W\d_]")
_PERCENT_AFTER = lazy(r"(?i)[ \t\n]*(?:persen|prosen)(?![^\W_])")
# an SI symbol with its prefix: "Mbps", "kWh", "GB", "km2", "m3", "MW"
_SI_UNIT = lazy(
    r"(?:[kMGTmµcd]?(?:bps|[BW]h?|Hz|Wp|VA|g|m|l|L|t|J|V|A|Pa|s))[23²³]?(?:/[a-zA-Z]{1,4})?"
)


@cache
def _operand_before() -> re.Pattern[str]:
    # an operator (a sign, a word), a bracket, "=" or the start of the cell before the figure
    # (an amount's currency between)
    return re.compile(
        r"(?i)(?:^|[-+−–×*/÷=:(\[{]|(?<![^\W_])x|\b(?:" + said(plain=True) + r"|kali|bagi))"
        r"[ \t\n]*(?:(?:Rp|IDR|US\$)\.?[ \t]*)?$"
    )


@cache
def _operand_after() -> re.Pattern[str]:
    # an operator, a closing bracket, "=" or the end of the cell after the bracket
    return re.compile(
        r"(?i)[ \t\n]*+(?:[.;,]?[ \t\n]*$|[-+−–×*/÷=)\]}]|[xX](?![^\W_])|(?:"
        + said(plain=True)
        + r"|kali|bagi)\b)"
    )


def _currency_or_rate(text: str, found: re.Match[str]) -> bool:
    """Whether the figure is an amount of money or a rate: an operand wherever it stands."""
    tail = found.group("tail").strip()
    return bool(tail and tail not in {",-", ".-"}) or bool(
        re.search(r"(?:Rp|IDR|US\$)\.?[ \t]*$", text[max(0, found.start() - 8) : found.start()])
    )


def unit_of_measure(words: str) -> bool:
    """Whether ``words`` are one unit of measure (see the module)."""
    word = words.strip()
    if " " in word or len(word) < 2:  # "(A)", "(B)": a symbol, not a unit
        return False
    if word.count("/") == 1:  # "kg/kapita", "orang/km2": a unit over what it is counted per
        over, per = word.split("/")
        per_what = names_data()["rates"]["per_what"]
        return unit_of_measure(over) and (unit_of_measure(per) or per.lower() in per_what)
    return word.lower() in unit_words() or bool(_SI_UNIT.fullmatch(word))


_DIGIT = re.compile(r"\d")  # compiled at import: a guard on most cells
# a constant's unit at the end of the formula, after an operator ("… dari jumlah anggota
# ditambah 1 (satu) anggota", UU 17/2014; "… ditambah 1 (satu) suara"): the number counts what
# the formula counts
_UNIT_LAST = lazy(
    r"(?<=\d)(?P<said>[ \t]*\([^()\d]{2,30}\))?[ \t]+(?P<unit>[^\W\d_]{2,12})[ \t]*[.;]?[ \t\n]*$"
)


# a count added or deducted, said in words or with a sign between spaces, right before the
# constant (a number that divides with its unit is the recovery's guess: "… / 12 bulan")
_SAID_BEFORE = lazy(
    r"(?i)(?:(?<![^\W_])(?:ditambah|dikurangi)(?:[ \t]+dengan)?"
    r"|(?<=\s)(?<!\d[ \t])[-+−])[ \t]+$"  # (not a range's: "usia 13 - 15 tahun")
)


def _unit_last(chars: list[str], text: str, tail: str) -> bool:
    """Set aside the unit of a count added or deducted that ends the formula (``tail``, the
    text without its final blanks and stop); whether it did."""
    start = tail.rfind(" ") + 1
    if tail[start:].lower() not in unit_words() or not _DIGIT.search(tail, len(tail) - 40, start):
        return False  # (a word of units.txt only: "suara", "anggota", "orang" …)
    last = _UNIT_LAST.search(text, max(0, len(tail) - 60))
    digits = re.search(r"(?<![\w.,-])\d[\d.,]*$", text[: last.start()]) if last else None
    if last is None or digits is None or not _SAID_BEFORE.search(text, 0, digits.start()):
        return False
    blank(chars, last.start("unit"), last.end("unit"))
    return True


def said_beside_digits(chars: list[str]) -> None:
    """Set aside a figure's words in brackets after its digits, and a unit of measure in
    brackets after a number, where the number is an operand (see the module); a unit of a
    constant that ends the formula (``ditambah 1 (satu) anggota``)."""
    text = text_of(chars)
    tail = text.rstrip(" \t\n.;")
    if tail[-1:].isalpha() and _unit_last(chars, text, tail):  # "… 1 (satu) anggota"
        text = text_of(chars)
    if "(" not in text or not guards.finds(_BRACKET_AFTER, text):
        return

    for found in _BESIDE.finditer(text):
        words = found.group("words")
        restated = restates(found.group("digits"), words)
        if not restated and ("\n" in found.group("bracket") or not unit_of_measure(words)):
            continue  # a unit stands on the number's line: "(A)" under "x 100%" is a legend's
        # a word after the bracket is the number's unit or a name's ("1.000 (seribu) ibu
        # hamil", "dalam 1 (satu) tahun"): the passes of units and names read it, bracket and all
        worded = re.match(r"[ \t]*[^\W\d_]", text[found.end() :]) is not None
        # "2 (dua) persen", "2,5 (dua koma lima) persen dari A": the unit said after the
        # bracket is a percent, the figure a rate wherever it stands
        percent = restated and _PERCENT_AFTER.match(text, found.end()) is not None
        operand = percent or _operand_after().match(text, found.end()) is not None or (
            not worded
            and (
                (restated and _currency_or_rate(text, found))
                or _operand_before().search(text, 0, found.start()) is not None
            )
        )
        if operand:
            blank(chars, *found.span("bracket"))
