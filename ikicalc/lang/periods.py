"""The unit a rate or an amount is counted in, and what stands between a rate and its base.

- ``2% (dua persen) per bulan dari pajak``, ``bunga 2% setiap bulan x A``, ``1/1000 per hari
  dari nilai kontrak``, ``2 persen sebulan …``: the unit a rate is counted in (a unit of
  ``data/units.txt``, a class: ``bulan``, ``hari``, ``orang`` …, after ``per``, ``setiap``,
  ``tiap`` or a slash; a period of ``[amounts] periods`` in ``data/names.toml`` said with
  ``se-``: ``sebulan``, ``setahun``) is the rate's, not a quantity;
- ``bunga 2% (dua persen) sebulan dihitung dari jumlah pajak yang terlambat dibayar``, ``5%
  yang dihitung dari gaji pokok``: the verb that says the rate is computed (``dihitung``,
  ``diperhitungkan``, ``dikenakan``, ``diambil``) before the ``dari`` of its base.

- ``uang pesangon paling sedikit 9 (sembilan) bulan upah``, ``2 bulan gaji``: pay counted in
  periods (the pay nouns of ``[amounts] pay``) is that many times the pay of one period
  (:func:`pay_of_periods` reads the period as ``kali``: ``9 × upah``).

- ``2,5% dari dasar-pensiun untuk tiap-tiap tahun masa-kerja``: an amount for each unit of a
  quantity is that many times it (:func:`for_each`); ``… untuk setiap anak``, ``… untuk setiap
  30 (tiga puluh) menit keterlambatan``: the amount of one, the words set aside.
- ``rata-rata per tahun kewajiban pinjaman …`` (PP 30/2011), ``rerata 3 (tiga) tahun Belanja
  Daerah …`` (UU 28/2022): the period a mean is taken over says what its rows are, the
  years of the data (:func:`mean_over_period`); the quantity is what follows.
- ``Pensiun Pokok Warakawuri = 35% (…) gaji pokok terakhir``: a share right before a pay
  (:func:`share_of_pay`).
- ``… di samping tunjangan kematian 1½ (satu setengah) kali gaji bulanan`` (UU 12/1959),
  ``uang duka 3 kali gaji pokok``: a multiple of a pay with no copula before it; the words
  before the number name the amount (as ``sebesar`` would say it), and are set aside where
  they compute nothing (:func:`multiple_of_pay`).

The first two are set aside (:func:`rate_per_unit`), so that the grammar reads the share
``2% dari …`` as it reads it anywhere: the value of one period is the rate times the base.
Without them the preamble took the rate for words before a formula and the cell was one
name. The units an amount of money is counted in (``x Rp 1.500.000,- / orang / bulan``) are
the same class (:func:`per_unit`, used by :func:`ikicalc.lang.rates.currency`).
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from ikicalc.lang.chars import text_of
from ikicalc.lang.layout_cues import blank
from ikicalc.lang.said import computes
from ikicalc.names import names_data
from ikicalc.patterns import compiled, lazy

__all__ = [
    "each_unit", "for_each", "mean_over_period", "multiple_of_pay", "opens_with_period",
    "pay_of_periods", "per_unit", "periods_said", "rate_per_unit", "share_of_pay",
]

_FRACTION = lazy(r"\d[ \t]*/[ \t]*\d")
_COMPUTED = r"(?:yang[ \t]++)?(?:dihitung|diperhitungkan|dikenakan|diambil)(?![^\W_])"


@cache
def per_unit() -> re.Pattern[str]:
    """``/ bulan``, ``/orang/hari``, ``per bulan``, ``sebulan``: the units a rate or an amount
    of money is counted in (every name, symbol and alias of ``data/units.txt`` but the scale
    words and the percent, a class, ``[amounts] each_units``, and the periods said with
    ``se-``), before the end, a sign, a product, ``dari`` or the verb of :data:`_COMPUTED`."""
    amounts = names_data()["amounts"]
    words = set(amounts["each_units"])
    units = resources.files("ikicalc").joinpath("data", "units.txt").read_text("utf-8")
    for line in units.splitlines():
        head, _sep, rest = line.partition("=")
        if not _sep or line.lstrip().startswith("#"):
            continue
        parts = [head, *rest.split("=")[1:]]
        if re.fullmatch(r"[ \t]*[\d/ *]+[ \t]*", rest.split("=")[0]):
            continue  # a scale word ("ribu = 1000") or the percent: numbers, no units
        words |= {p.strip() for p in parts if p.strip() and p.strip() != "_"}
    alternatives = "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))
    periods = "|".join(amounts["periods"])
    return re.compile(
        rf"(?:(?:[ \t]*/[ \t]*|[ \t]+(?i:per|setiap|tiap)[ \t]+)(?i:{alternatives})(?![^\W_])"
        rf"|[ \t]+(?i:se(?:{periods}))(?![^\W_]))+"
        r"(?=[ \t]*(?:$|[^\w \t/]|[xX](?![^\W_])|(?i:dari|dikali(?:kan)?|kali)(?![^\W_])"
        rf"|(?i:{_COMPUTED})))"
    )


# a rate (a percent or per mille, the word "persen", a fraction "1/1000"), its words again in
# brackets or not: what a unit counted "per" may follow
_RATE_THEN = lazy(
    r"(?:[%‰]|(?<![^\W_])(?i:persen)(?![^\W_])|(?<![\d.,/])\d++[ \t]*+/[ \t]*+\d++(?![\d.,/]))"
    r"(?:[ \t\n]*+\([^()\n]{3,80}\))?"
)


@cache
def _computed() -> re.Pattern[str]:
    return compiled(rf"(?i)[ \t]++{_COMPUTED}(?=[ \t]++dari(?![^\W_]))")


def rate_per_unit(chars: list[str]) -> None:
    """Set aside the unit a rate is counted in and the verb before its base (see the
    module)."""
    text = text_of(chars)
    for found in _RATE_THEN.finditer(text):
        end = found.end()
        per = per_unit().match(text, end)
        if per:
            blank(chars, *per.span())
            end = per.end()
        verb = _computed().match(text, end)
        if verb:
            blank(chars, *verb.span())


@cache
def _pay() -> re.Pattern[str]:
    amounts = names_data()["amounts"]
    periods, pay = "|".join(amounts["periods"]), "|".join(amounts["pay"])
    return compiled(
        r"(?i)(?<![^\W_.,])\d[\d.,]*+(?:[ \t]*+\([^()\n]{1,40}\))?[ \t]++"
        rf"(?P<period>{periods})(?=[ \t]++(?:{pay})(?![^\W_]))"
    )


def pay_of_periods(chars: list[str]) -> None:
    """Read the period of ``9 (sembilan) bulan upah`` as ``kali`` (see the module)."""
    text = text_of(chars)
    for found in _pay().finditer(text):
        start, end = found.span("period")
        chars[start:end] = list("kali".ljust(end - start))


@cache
def _share_of_pay() -> re.Pattern[str]:
    pay = "|".join(names_data()["amounts"]["pay"])
    return compiled(
        r"(?i)(?:=|\b(?:sebesar|senilai|adalah|ialah|yaitu))[ \t]+\d[\d.,]*[ \t]*(?:%|persen\b)"
        rf"(?:[ \t]*\([^()\n]*\))?(?P<gap>[ \t]+)(?=(?:{pay})(?![^\W_]))"
    )


def share_of_pay(chars: list[str]) -> None:
    """A share written right before the pay it is of, with no ``dari``, multiplies it:
    ``Pensiun Pokok Warakawuri = 35% (tiga puluh lima perseratus) gaji pokok terakhir`` (PP
    36/1968), ``… sebesar 80% gaji pokok`` (after ``=`` or a copula; the pay nouns of
    ``[amounts] pay``, a class)."""
    for found in _share_of_pay().finditer(text_of(chars)):
        chars[found.start("gap")] = "×"


@cache
def _multiple() -> re.Pattern[str]:
    pay = "|".join(names_data()["amounts"]["pay"])
    return compiled(
        r"(?i)(?<=[^\W\d_,][ \t])[ \t]*+(?P<number>\d+(?:[.,]\d+)?½?|[½¼¾])"
        r"(?:[ \t]*+\([^()\n]{1,40}\))?[ \t]++(?P<kali>kali)[ \t]++(?=(?:" + pay + r")(?![^\W_]))"
    )


# a link between the amount's name and its value ("=", "sama dengan", "sebesar" …)
_LINKED = lazy(
    r"(?i)=|\b(?:sama[ \t\n]+dengan|adalah|ialah|sebesar|senilai|yaitu|yakni|merupakan)\b"
)


def multiple_of_pay(chars: list[str]) -> None:
    """``tunjangan kematian 1½ kali gaji bulanan``: the words before the multiple name it and
    are set aside, back to the start of the cell or the bracket that holds it, where they
    compute nothing (see the module); the ``kali`` multiplies."""
    text = text_of(chars)
    found = _multiple().search(text)
    if found is None or found.start() < 3:
        return
    start = found.start("number")
    opened = text.rfind("(", 0, start)
    at = opened + 1 if opened > text.rfind(")", 0, start) else 0
    words = text[at:start]
    if computes(words) or not words.strip() or _LINKED.search(words):
        return  # "tunjangan sama dengan 25 kali gaji pokok": the label's link reads it
    blank(chars, at, start)
    chars[found.start("kali") : found.end("kali")] = list("×   ")


def periods_said(chars: list[str]) -> None:
    """The passes of this module, each where its cue stands."""
    text = text_of(chars)
    lower = text.lower()
    said, pay = _cues()
    rated = "%" in text or "‰" in text or "persen" in lower
    if said.search(lower) and (rated or _FRACTION.search(text)):
        rate_per_unit(chars)
    if "rata" in lower:
        mean_over_period(chars)
    if pay.search(lower):
        pay_of_periods(chars)
        if rated:
            share_of_pay(chars)
        if "kali" in text_of(chars).lower():  # (a period read as "kali" above too)
            multiple_of_pay(chars)  # "tunjangan kematian 1½ kali gaji bulanan"


@cache
def _cues() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """What :func:`rate_per_unit` and :func:`pay_of_periods` need in a cell (lower case)."""
    periods = "|".join(names_data()["amounts"]["periods"])
    said = rf"per |tiap |se(?:{periods})|dihitung|diperhitungkan|dikenakan|diambil"
    return re.compile(said), re.compile("|".join(names_data()["amounts"]["pay"]))


@cache
def each_unit() -> re.Pattern[str]:
    """``untuk tiap-tiap tahun …``, ``untuk setiap 30 (tiga puluh) menit …``: for each unit."""
    units = "|".join(names_data()["amounts"]["each_units"])
    return re.compile(
        r"(?i)[ \t\n](?P<cue>untuk[ \t\n]+(?:tiap-tiap|tiap|setiap|masing-masing))(?P<count>\s+"
        r"\d+(?:\s*\([^()\n]*\))?)?(?:[ \t\n]+(?P<unit>" + units + r"))?[ \t\n]+(?=[^\W\d_])"
    )


def for_each(chars: list[str]) -> None:
    """``2,5% dari dasar-pensiun untuk tiap-tiap tahun masa-kerja``: an amount for each unit
    of a quantity is the amount times that quantity (the unit word set aside); only after a
    share (``… % dari …``), before the formula's end. With no unit word, or a count before it,
    the words say for whom or what each amount is (``… untuk setiap anak``, Perbup Kulon Progo
    88/2018; ``… untuk setiap 30 (tiga puluh) menit …``): set aside."""
    text = text_of(chars)
    for found in each_unit().finditer(text):
        if computes(text[found.end() :]):
            continue
        start, end = found.span("cue")
        if not found.group("unit") or found.group("count"):  # the amount of one, each N units
            rest = text[start - 1 :].rstrip()  # a bracket the share opened closes after it
            closing = rest[-1:] == ")" and rest.count(")") > rest.count("(")
            blank(chars, start - 1, len(text.rstrip()) - closing)
            return
        blank(chars, start, end)
        chars[start] = "×"
        blank(chars, *found.span("unit"))


@cache
def _mean_over_period() -> re.Pattern[str]:
    """The mean's word in lower case (the grammar's ``MEAN`` before a name), then the period
    it averages over (``per tahun``, ``3 (tiga) tahun``, ``5 tahun terakhir``), then a word."""
    periods = "|".join(names_data()["amounts"]["periods"])
    return re.compile(
        r"(?<![^\W_])(?:rata-rata|rerata)[ \t\n]+(?P<period>(?:per|setiap|tiap)[ \t\n]+"
        r"(?:" + periods + r")|\d{1,2}[ \t\n]*(?:\([^()\n]{1,40}\)[ \t\n]*)?(?:" + periods
        + r")(?:[ \t\n]+(?:terakhir|sebelumnya|berturut-turut))?)[ \t\n]+(?=[^\W\d_])"
    )


def opens_with_period(written: str) -> bool:
    """Whether ``written`` (a mean's word and its operand, as the cell writes them) says the
    period the mean is taken over right after the mean's word (``rerata per tahun A``)."""
    return _mean_over_period().match(written) is not None


def mean_over_period(chars: list[str]) -> None:
    """``… dihitung dari rata-rata per tahun kewajiban pinjaman lama …`` (PP 30/2011),
    ``… dibagi dengan rerata 3 (tiga) tahun jumlah unit target layanan …`` (UU 28/2022): the
    period a mean is taken over names its rows (one value a year), so the mean stays a mean
    over the data's rows of the quantity after it (:mod:`ikicalc.lang.said_mean` reads a mean
    with no period in a sentence as a name); the period's words are set aside."""
    text = text_of(chars)
    for found in _mean_over_period().finditer(text):
        if _OPENS_OPERAND.search(text[max(0, found.start() - 20) : found.start()]):
            blank(chars, *found.span("period"))


# what stands before a mean that opens an operand: the start, a sign, an operator's word or a
# cue of the formula (not a noun: "pemakaian rata-rata per bulan dikali 18 bulan" is a name)
_OPENS_OPERAND = lazy(
    r"(?i)(?:^|[=:(+\-−×*/÷]|(?<![^\W_])(?:dari|berdasarkan|adalah|ialah|yaitu|yakni|dengan"
    r"|ditambah|dikurangi|dikali(?:kan)?|dibagi|kali|sebesar|atas))[ \t\n]*$"
)
