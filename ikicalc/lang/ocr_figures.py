"""Figures as a scanner reads them, read back where the text allows.

A regulation writes each number twice: in digits, then in words in brackets (``sebesar 2%
(dua persen)``; Lampiran II UU 12/2011 on writing numbers in legislation). The text layer of
a scanned page keeps the words and damages the digits. :func:`scanned_figures` undoes the
damage in two readings:

* a typewriter's percent and per mille after digits (``22o/o`` is
  ``22%``, ``5 o/oo`` is ``5‰``), with or without words after them; a sure reading;
* a figure whose characters OCR confused, with the number said in
  words in brackets after it. The words decide, and only where undoing the scanner's usual
  confusions gives the figure exactly the value the words say:

  - a letter for a digit: ``0,l (satu persepuluh)`` is ``0,1``; ``l`` and ``I`` for ``1``,
    ``o`` and ``O`` for ``0``;
  - the percent and per mille signs: ``1 %o (satu permil)`` is ``1‰``, ``157o (lima belas
    persen)`` is ``15%`` (the sign read as ``7o``), ``10olo``, ``6Ooh``, ``looyo`` (``olo``,
    ``oh``, ``yo``);
  - a vulgar fraction flattened: ``11/2 (satu setengah) kali`` is ``1½``;
  - a fraction lost: ``2.% (dua setengah perseratus)`` is ``2,5%``;
  - the opening bracket lost: ``sebesar 5% lima persen) dari``.

  Each is a guess, returned as a :class:`~ikicalc.lang.formula.Reading` (``W110``). Clean
  digits the words contradict with no such confusion (``2% (sepuluh persen)``, PP 14/1959;
  ``6% (enam puluh persen)``, PP 14/1980) are read as the words say, a guess of its own: a
  regulation writes a number twice so that the words settle a doubt.

All keep the text's length (see :mod:`ikicalc.lang.layout`).
"""

from __future__ import annotations

import re
from fractions import Fraction

from ikicalc.errors import IkiError
from ikicalc.i18n import N_
from ikicalc.lang.chars import text_of
from ikicalc.lang.formula import Reading
from ikicalc.lang.layout_cues import blank
from ikicalc.patterns import lazy

__all__ = ["scanned_figures"]

REASON = N_(
    "the digits of a figure are damaged by the scanner ('0,l', '1 %o', '11/2'): the number "
    "said in words in brackets after it gives it"
)

WORDS_REASON = N_(
    "the digits and the number said in words in brackets after them disagree ('2% (sepuluh "
    "persen)'): the words are read, as a regulation writes a number twice so that its words "
    "settle a doubt; check the source"
)

# "22o/o", "2,5 o/o", "1 o/oo" (per mille), "1 ^o / oo" (PP 41/2015, a scan's caret and
# spaces): a typewriter's percent; not "1.500.000/orang"
_OCR_PERCENT = lazy(  # (spaced, the letters only: "50 / 0,9" divides)
    r"(?<=\d)(?P<sign>(?:[oO0]|[ \t][oO])(?P<over>/[oO0][oO0]?)"
    r"|[ \t]?\^?[oO](?P<spaced>[ \t]?/[ \t]?[oO][oO]?))(?![^\W_])"
)
_SAID_AFTER = lazy(r"[ \t\n]*\([^()\d]{3,60}?persen[ \t\n]*\)")

# a figure, as OCR may have left it, then the words in brackets that say it; or the words and
# a closing bracket alone where the scanner lost the opening one ("5% lima persen)")
_FIGURE_SAID = lazy(
    r"(?<![\w.,/])(?P<figure>[\dlIoO|](?:[\dlIoO|.,/%‰]|(?<=[oO])[hy]|[ \t](?=[%‰oO]))*)"
    r"(?:[ \t]*+(?:\n[ \t]*+)?\((?P<words>[^()\d]{3,80}?)\)"
    r"|[ \t]++(?P<unopened>[^()\d\n]{3,80}?)\))"
)
# the signs after the digits, as written and as OCR reads them: "%", "o/o", "olo", "oh", "7o"
# ("10olo (sepuluh persen)", PP 34/2017; "6Ooh (enam puluh persen)", PP 29/2021; "looyo
# (seratus persen)", PP 17/2022); "‰", "%o"
_SIGN = lazy(
    r"(?:[ \t]*(?P<mille>‰|%[oO0]|[oO0]/[oO0]{2})"
    r"|[ \t]*(?P<percent>%|[oO0][/lI|][oO0]|[oO0]h|y[oO])|(?<=\d)(?P<seven>7[oO]))$"
)
_DIGIT_FOR = str.maketrans({"l": "1", "I": "1", "|": "1", "o": "0", "O": "0"})
_SHARES = (  # the word that closes the number: its sign and its scale
    ("per seratus", "%", 1), ("perseratus", "%", 1), ("persen", "%", 1),
    ("per seribu", "‰", 1), ("perseribu", "‰", 1), ("permil", "‰", 1), ("promil", "‰", 1),
    ("per sepuluh", "", Fraction(1, 10)), ("persepuluh", "", Fraction(1, 10)),
)  # fmt: skip
_FRACTIONS = (("tiga perempat", Fraction(3, 4)), ("setengah", Fraction(1, 2)),
              ("seperempat", Fraction(1, 4)))  # fmt: skip


def scanned_figures(chars: list[str]) -> tuple[Reading, ...]:
    """Read back the figures of a scanned cell (see the module); the guesses are returned."""
    _typed_percent(chars)
    return _figures_said(chars)


def _typed_percent(chars: list[str]) -> None:
    """Read a typewriter's percent after digits (``o/o`` is ``%``, ``o/oo`` is ``‰``) and set
    aside the words that say it again after it."""
    text = text_of(chars)
    for found in _OCR_PERCENT.finditer(text) if "/" in text else ():
        mark = found.group("sign")
        lead = len(mark) - len(mark.lstrip(" \t"))  # "1 o/oo": the space kept
        over = found.group("over") or found.group("spaced")
        mille = len(over.replace(" ", "").replace("\t", "")) == 3  # "/oo"
        sign = " " * lead + ("‰" if mille else "%")
        chars[found.start("sign") : found.end("sign")] = list(sign.ljust(len(mark)))
        said = _SAID_AFTER.match(text, found.end())
        if said:  # "(dta puluh dua persen)": the words again, as OCR read them
            blank(chars, said.start(), said.end())


def _figures_said(chars: list[str]) -> tuple[Reading, ...]:
    """Read back a figure the scanner damaged from the words that say it (see the module)."""
    text = text_of(chars)
    readings: list[Reading] = []
    for found in _FIGURE_SAID.finditer(text) if ")" in text else ():
        figure = found.group("figure").rstrip(" \t")
        words = found.group("words") or found.group("unopened")
        said = _said(words)
        if said is None or not (re.search(r"\d", figure) or len(figure) >= 3):
            continue  # "lOOo/o (seratus persen)": no digit left, three characters read back
        if found.group("unopened") is not None:
            if text.count("(", 0, found.start()) > text.count(")", 0, found.start()):
                continue  # "(… 5 lima)": the bracket closes one opened before
            if _value(figure) == said:  # "5% lima persen)": the words again, unopened
                blank(chars, found.start("unopened"), found.end())
            continue
        clean = _value(figure)
        damaged = clean is None and _read_back(figure, said)
        mixed = _WHOLE_BEFORE.search(text, max(found.start() - 8, 0), found.start())  # "1 1/2"
        if clean == said or not (damaged or (_disagree(clean, said) and not mixed)):
            continue
        read = _written(*said) or (_fraction_written(said[0]) if "/" in figure else "")
        if not read or len(read) > found.end() - found.start():
            continue
        blank(chars, found.start(), found.end())
        chars[found.start() : found.start() + len(read)] = list(read)
        start = found.start()
        reason = WORDS_REASON if clean is not None else REASON
        readings.append(Reading((start, start + len(figure)), read, figure, reason))
    return tuple(readings)


_WHOLE_BEFORE = lazy(r"\d[ \t]+$")  # the whole part of a mixed number before the figure


def _disagree(clean: tuple[Fraction, str] | None, said: tuple[Fraction, str]) -> bool:
    """Whether clean digits and the words after them say two numbers of one kind (both a
    percent, or both none): ``2% (sepuluh persen)``; not ``50 (lima puluh persen)``."""
    return clean is not None and clean[1] == said[1] and clean[0] != said[0]


def _said(words: str) -> tuple[Fraction, str] | None:
    """``dua setengah perseratus`` → ``(5/2, "%")``: the number said in words and its sign;
    ``None`` where the words say no number."""
    from ikicalc.rules.terbilang import words_to_number

    said = " ".join(words.lower().replace("-", " ").split())
    sign, scale = "", Fraction(1)
    for word, mark, factor in _SHARES:
        if said == word or said.endswith(" " + word):
            said, sign, scale = said[: -len(word)].strip(), mark, Fraction(factor)
            break
    over = _OVER.fullmatch(said)  # "satu per tiga", "sepertiga": a fraction in words
    if over and not sign:
        try:
            top = 1 if over.group("over") == "se" else words_to_number(over.group("over"))
            bottom = words_to_number(over.group("under"))
        except IkiError:
            return None
        if not isinstance(top, int) or not isinstance(bottom, int) or not bottom:
            return None
        return Fraction(top, bottom), ""
    part = Fraction(0)
    for word, fraction in _FRACTIONS:
        if said == word or said.endswith(" " + word):
            said, part = said[: -len(word)].strip(), fraction
            break
    if not said and not part:
        return None
    try:
        whole = Fraction(str(words_to_number(said))) if said else Fraction(0)
    except IkiError:
        return None
    return (whole + part) * scale, sign


_OVER = lazy(r"(?P<over>se|[a-z][a-z ]*?) ?per ?(?P<under>[a-z][a-z ]*)")


def _value(figure: str) -> tuple[Fraction, str] | None:
    """The value of a clean figure (``5%``, ``0,1``, ``27,7 %``, ``1/2``) and its sign."""
    found = re.fullmatch(r"(\d+(?:,\d+)?|\d+/[1-9]\d*)[ \t]*([%‰]?)", figure)
    if not found:
        return None
    return Fraction(found.group(1).replace(",", ".")), found.group(2)


def _read_back(figure: str, said: tuple[Fraction, str]) -> bool:
    """Whether undoing the scanner's confusions in ``figure`` gives the value ``said``."""
    sign = _SIGN.search(figure)
    mark = ("‰" if sign.group("mille") else "%") if sign else ""
    digits = (figure[: sign.start()] if sign else figure).replace(" ", "").translate(_DIGIT_FOR)
    value, wanted = said
    if mark != wanted:
        return False
    if re.fullmatch(r"\d+(?:,\d+)?", digits):  # "0,l", "1 %o", "157o"
        return Fraction(digits.replace(",", ".")) == value
    if re.fullmatch(r"\d*1/2", digits):  # "11/2": 1½
        return Fraction(digits[:-3] or "0") + Fraction(1, 2) == value
    if re.fullmatch(r"\d/[1-9]\d?", digits):  # "l/3 (satu per tiga)": a third
        return Fraction(digits) == value
    lost = re.fullmatch(r"(\d+)[.,]", digits)  # "2.%": the fraction lost
    return lost is not None and int(lost.group(1)) == int(value) and value != int(value)


def _written(value: Fraction, sign: str) -> str:
    """``(3/2, "")`` → ``1,5``: a figure as Indonesian writes it; empty where its decimals
    do not end (a third)."""
    whole, rest = divmod(value, 1)
    for places in range(7):
        if (rest * 10**places).denominator == 1:
            decimals = f",{int(rest * 10**places):0{places}d}" if places else ""
            return f"{whole}{decimals}{sign}"
    return ""


def _fraction_written(value: Fraction) -> str:
    """``1/3``: a proper fraction as a regulation writes it in digits; empty otherwise."""
    return f"{value.numerator}/{value.denominator}" if 0 < value < 1 else ""
