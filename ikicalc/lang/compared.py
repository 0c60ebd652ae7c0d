"""Ratios said as a comparison: ``Rasio antara A dengan B``, ``Rasio jumlah A dengan jumlah
B``, ``Proporsi A dengan B``, ``hasil bagi A dan B``, and the guess each reading is.

Offices across the country write a ratio as the noun that names it and the two quantities
joined by ``dengan`` (or ``dan`` after ``antara``): Kepgub Jawa Barat 061/2015 (``Rasio
antara masyarakat Jawa Barat yang terdaftar dalam DPT dengan yang memberikan suara …``), PP
78/2007 (``Rasio antara jumlah penduduk dengan luas wilayah efektif.``), satu-data portals
(``Rasio antara jumlah Koperasi … dibandingkan dengan total …``), BPS teaching pages
(``Rasio jenis kelamin … perbandingan banyak jumlah penduduk laki-laki dan jumlah penduduk
perempuan``). The same words also open a sentence that *defines* an indicator (three of the
four ``Rasio antara`` cells of the development corpus are definitions), and ``dengan`` is a
word of many names (``penduduk dengan disabilitas``, ``sesuai dengan standar``). So:

* ``rasio`` is read as a ratio only where it opens the cell, or before ``antara`` (then any
  ``dengan``/``dan`` after it joins the two quantities); without ``antara`` only a
  ``dengan``/``dan`` before a counted quantity (``jumlah``, ``total`` …) divides, so that
  ``Rasio penduduk dengan disabilitas`` stays a name;
* every ``rasio`` reading is a guess, and so is a ``dengan`` that divides with no ``antara``
  before it and no counted quantity after it (``Perbandingan jumlah KTP yang terbit dengan
  penduduk yang merekam``): :class:`Said` carries the :class:`~ikicalc.lang.formula.Reading`
  for lint (``W110``), never silent.

Functions work on the cell's characters in place and keep the text's length (see
:mod:`ikicalc.lang.layout`); :func:`ikicalc.lang.prose.operation_said` calls them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ikicalc.i18n import N_
from ikicalc.lang.formula import Reading
from ikicalc.lang.layout_cues import operator
from ikicalc.names import counting_spellings
from ikicalc.patterns import lazy

__all__ = ["RATIO_WITH", "WITH_REASON", "Said", "counted", "guess", "same_time_masked", "usable"]


@dataclass(frozen=True)
class Said:
    """An operation said in words was written as its sign; ``readings`` are the guesses
    that made it (empty when the words admit one reading only)."""

    readings: tuple[Reading, ...] = ()


# "Proporsi A dengan B", "Rasio antara A dengan/dan B", "Rasio jumlah A dengan jumlah B": the
# noun of a ratio and the word that joins its two quantities (groups as prose._OPERATION's)
RATIO_WITH = lazy(
    r"(?i)\b(?P<cue>proporsi|rasio)\s+(?P<between>antara\s+|dari\s+)?(?P<product>(?!))?(?=\S)"
    r"(?P<rest>[\s\S]*?),?\s(?P<word>(?<!sesuai\s)(?<!sama\s)(?<!kali\s)(?<!kalikan\s)(?<!bagi\s)"
    # the joiner of an operator word ("dikurangi dengan", "ditambah dengan"): the operator's
    r"(?<!kurangi\s)(?<!kurangkan\s)(?<!tambah\s)(?<!tambahkan\s)(?<!banding\s)(?<!bandingkan\s)"
    r"dengan|(?(between)dan|(?!)))\s+(?=\S)"
    r"(?P<share>(?!))?(?P<part>(?!))?(?P<against>(?!))?"
)

WITH_REASON = N_(
    "the noun of a ratio ('rasio', 'perbandingan', 'proporsi') and the 'dengan' or 'dan' after "
    "it name the ratio of the two quantities they join; a sentence that defines the indicator, "
    "or a name that holds 'dengan', says the same words"
)


def counted(text: str) -> bool:
    """Whether ``text`` opens with a counted quantity (``jumlah``, ``total``, ``jml`` …)."""
    words = sorted(counting_spellings())
    return re.match(r"\s*(?:" + "|".join(words) + r")\b", text, re.IGNORECASE) is not None


def usable(text: str, found: re.Match[str]) -> bool:
    """Whether a :data:`RATIO_WITH` match reads the cell: ``proporsi`` anywhere (as before);
    ``rasio`` before ``antara``, or opening the cell with a counted quantity after the word
    that joins."""
    if found.group("cue").lower() != "rasio" or found.group("between"):
        return True
    return not text[: found.start("cue")].strip() and counted(text[found.end("word") :])


def guess(text: str, found: re.Match[str]) -> tuple[Reading, ...]:
    """The guess a comparison said in words is, if it is one (see the module): a reading of
    ``rasio``, or a ``dengan`` with no ``antara`` before it and no counted quantity after it."""
    cue = found.group("cue")
    word = found.group("word")
    if not word or found.group("share"):
        return ()
    rasio = cue.lower() == "rasio"
    plain = not found.group("between") and word.lower() == "dengan"
    if not rasio and not (plain and not counted(text[found.end("word") :])):
        return ()
    first = " ".join(text[found.start("rest") : found.start("word")].split()).rstrip(",")
    after = operator().search(text, found.end("word"))
    second = " ".join(text[found.end("word") : after.start() if after else len(text)].split())
    second = second.rstrip(".;, ")
    whole = " ".join(text[found.start("cue") : found.end("word")].split()) + " " + second
    return (
        Reading(
            found.span("word"),
            f"{first} / {second}",
            whole,
            WITH_REASON,
        ),
    )


# "… pada tahun yang sama dengan B": "the same" closes a time or place of the name; the
# "dengan" after it is the operation's ("perbandingan antara A pada tahun yang sama dengan B",
# "membagi A pada periode yang sama dengan B"), not "sama dengan" of a name
_SAME_WHEN = lazy(
    r"(?i)\b(?:tahun|periode|waktu|bulan|triwulan|semester|wilayah|tempat|hari)[ \t\n]+(?:yang|yg)"
    r"[ \t\n]+sam(a)(?=[ \t\n]+dengan[ \t\n])"
)


def same_time_masked(text: str) -> str:
    """``text`` with the ``sama`` of a time or place's ``yang sama`` before ``dengan`` changed
    (same length), so the operation's ``dengan`` after it is found."""
    if "sama" not in text:
        return text
    return _SAME_WHEN.sub(lambda found: found.group(0)[:-1] + "e", text)
