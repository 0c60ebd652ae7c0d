"""Multiples of amounts said with ``kali``: where a number opens an amount (``sebesar 2 (dua)
kali gaji pokok``, ``dihukum denda sebanyak-banyaknya sepuluh kali jumlah pajak …``; not
``minimal 3 kali kunjungan``, how often, inside a name), read by :func:`times_said`, and a list
of them read as a sum (:func:`multiples_listed`). Each works on the cell's characters in place
and keeps the text's length (see :mod:`ikicalc.lang.layout`).
"""

from __future__ import annotations

import itertools
import re
from functools import cache

from ikicalc.lang import guards
from ikicalc.lang.chars import text_of
from ikicalc.lang.layout_cues import blank, operator, said_again
from ikicalc.lang.spelled import value_said
from ikicalc.names import names_data
from ikicalc.patterns import compiled, lazy

__all__ = ["TIMES_SAID", "multiples_listed", "times_said"]

# "kali" before a word or a bracket, "-fold" and "of" said too ("3 (tiga) kali lipat biaya bahan
# baku", "2 (dua) kali lipat dari modal", "6 (enam) kali dari penghasilan setiap bulan"); not
# how often ("4 kali setahun", "2 kali dalam sebulan", "3 kali selama …"): a name's
_KALI = (
    r"[ \t\n]+(?P<kali>kali)(?P<fold>(?:[ \t\n]+lipat)?(?:[ \t\n]+dari)?(?![^\W_]))?"
    r"[ \t\n]+(?=[^\W\d_]|\()"
    r"(?!(?:dalam|selama|setiap|tiap|per|pada|se(?:hari|minggu|bulan|triwulan|semester|tahun))"
    r"(?![^\W_]))"
)
_NUMBER_WORD = (
    r"(?:nol|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|belas|puluh"
    r"|ratus|ribu|seratus|seribu|setengah)(?![^\W_])"
)
# "paling banyak 3 (tiga) kali uang representasi": a number, its words in brackets, then
# "kali" before a word or a bracket; a number times a quantity where the number opens an amount
# (after a cue of an amount, an operator or the start: AMOUNT_CUE, CAP)
TIMES_SAID = lazy(
    r"(?i)(?:^|(?<=[ \t\n]))(?P<num>\d[\d.,]*(?:[ \t]?[½¼¾]|[ \t][1-8]/[2-9](?![\d.,])"
    r"|[ \t]?/[ \t]?\d{1,4}(?![\d.,]))?)"  # "1/173 (…) kali Upah sebulan" (PP 35/2021)
    r"(?P<said>[ \t\n]*\([^()\d]*\))?" + _KALI
)
# the same multiple with its number in words only ("dihukum denda sebanyak-banyaknya sepuluh kali
# jumlah pajak …", UU 35/1953; "dikurangi dengan tiga kali kenaikan gaji terakhir", PP 22/1948),
# with the digits again in brackets or not ("dua (2) kali")
WORDS_TIMES = lazy(
    rf"(?i)(?<![^\W_\-])(?P<num>{_NUMBER_WORD}(?:[ \t]+{_NUMBER_WORD})*)"
    r"(?P<said>[ \t\n]*\([ \t]*\d[\d.,]*[ \t]*\))?" + _KALI
)
AMOUNT_CUE = lazy(
    r"(?i)(?:\bdi[a-z]+(?:kan|i)[ \t\n]+(?:dengan[ \t\n]+)?"
    r"(?:paling[ \t\n]+(?:banyak|sedikit|tinggi|rendah)[ \t\n]+)?"
    r"|\b(?:sebesar|adalah|ialah|yaitu|yakni|sama[ \t]+dengan"
    r"|(?:ditambah|dikurangi)(?:[ \t\n]+dengan)?|setinggi-tingginya)"
    r"|[=+\-−×*/÷(]|^)[ \t\n]*$"
)
# a count or a payment before a multiple: a multiple of an amount only (AMOUNT_AFTER: "…
# sebanyak 2 (dua) kali jumlah yang dibutuhkan …", PP 14/2014; "… berjumlah 3 (tiga) kali lipat
# dari jumlah alokasi kursi …", PP 106/2021; "harus dibayar dua kali bea catat", PP 37/1985), and
# not in a relative clause ("… yang mendapat pelayanan sebanyak 4 kali kunjungan": how often, a
# name's)
COUNT_CUE = lazy(r"(?i)\b(?:berjumlah|sebanyak|dibayar)[ \t\n]*$")
AMOUNT_AFTER = lazy(
    r"(?i)(?:jumlah|nilai|besar(?:an|nya)|harga|tarif|biaya|gaji|upah|uang|penghasilan|pajak"
    r"|pidana|denda|bea|iuran|tunjangan|maksimal|maksimum)\b"
)
# a cap said with no verb before it ("Besarnya honorarium paling banyak 1,5 kali gaji pokok"),
# not in a relative clause ("… yang mendapat paling sedikit 3 kali kunjungan": a name's)
CAP = lazy(  # ("… tidak boleh dibayarkan lebih dari 2 kali jumlah tersebut …", PP 37/1958)
    r"(?i)(?:\bpaling[ \t\n]+(?:banyak|sedikit|tinggi|rendah)"
    r"|\btidak[ \t\n]+(?:boleh[ \t\n]+)?(?:dibayar(?:kan)?[ \t\n]+)?lebih[ \t\n]+dari"
    r"|\bse(?:banyak-[ \t\n]?banyak|tinggi-[ \t\n]?tinggi|kurang-[ \t\n]?kurang)nya)[ \t\n]*$"
)
# the same cap in one word, before a multiple of a value (VALUE_AFTER: "… kawasan pantai minimal
# 130 kali nilai rata-rata perbedaan air pasang …", PP 47/1997); not of a count ("… pelayanan
# antenatal minimal 4 kali kunjungan", a name's)
CAP_WORD = lazy(r"(?i)\b(?:minimal|maksimal|minimum|maksimum)[ \t\n]*$")
VALUE_AFTER = lazy(r"(?i)(?:nilai|besaran|harga|tarif)\b")
# the text between two multiples of a list: the first's item, then a comma
_ITEM_THEN_COMMA = lazy(r"[^,;:=+×*/÷\n]+,[ \t\n]*")
# the join before the list's last item: a comma, then "dan" or "serta"
_LAST_JOIN = lazy(r"(?i),[ \t\n]*(?:dan|serta)[ \t\n]+(?=[^\W\d_])")


def multiples_listed(chars: list[str], text: str) -> bool:
    """``… sebesar 2 (dua) kali uang pesangon …, 1 (satu) kali uang penghargaan masa kerja
    …, dan uang penggantian hak …`` (UU 13/2003, Pasal 166): two multiples or more, each with
    its item, listed with commas and closed by ``, dan`` and a last item, are the terms of a
    sum (every part is given): each ``kali`` is ``×``, each join ``+``. The list is the
    evidence that each number opens an amount, where a cue of an amount opens the first.
    Whether it was such a list."""
    found = [m for m in TIMES_SAID.finditer(text) if "\n" not in m.group("num")]
    chain = [found[0]] if found else []
    for before, after in itertools.pairwise(found):
        if _ITEM_THEN_COMMA.fullmatch(text, before.end(), after.start()) is None:
            break
        chain.append(after)
    at = chain[0].start("num") if chain else 0
    if len(chain) < 2 or not (AMOUNT_CUE.search(text, 0, at) or CAP.search(text, 0, at)):
        return False  # "… sama dengan perhitungan 2 (dua) kali …": "perhitungan 2" a name's
    last = _LAST_JOIN.search(text, chain[-1].end())
    if last is None or re.search(r"[,;:=+×*/÷]", text[chain[-1].end() : last.start()]):
        return False
    for multiple in chain:
        if multiple.group("said"):
            blank(chars, *multiple.span("said"))
        start = multiple.start("kali")
        chars[start : start + 4] = list("×   ")
    for before, after in itertools.pairwise(chain):
        comma = text.rindex(",", before.end(), after.start())
        chars[comma] = "+"
    chars[last.start()] = "+"
    blank(chars, last.start() + 1, last.end())
    return True


_HALF = lazy(r"(?<=\d)½(?=[ \t]\()")  # "2½ (dua seperdua)"; "1½ kali", "1 1/2 kali": the grammar's


@cache
def _computed() -> re.Pattern[str]:
    """A passive verb of computing (``[prose.frame]`` verbs), the sentence's predicate (not
    after ``yang``), right before the number: ``Tarif dihitung 2 kali tarif dasar``."""
    verbs = "|".join(names_data()["prose"]["frame"]["verbs"])
    return compiled(rf"(?i)(?<!yang )(?<!yg )\b(?:{verbs})[ \t]+$")


def _predicate_before(text: str, found: re.Match[str]) -> bool:
    return "di" in text and _computed().search(text, 0, found.start("num")) is not None


def times_said(chars: list[str]) -> None:
    """``… paling banyak 6 (enam) kali uang representasi Ketua DPRD ditambah 4 (empat) kali
    jumlah …``: ``N kali A`` is ``N × A`` where the number opens an amount (``… minimal 3
    kali / …`` counts inside a name); ``2½`` is two and a half."""
    text = text_of(chars)
    for found in _HALF.finditer(text) if "½" in text else ():
        chars[found.start() : found.start() + 2] = list(",5")
    text = text_of(chars)
    worded = WORDS_TIMES.finditer(text) if guards.may_find(WORDS_TIMES, text) else ()
    for found in itertools.chain(TIMES_SAID.finditer(text), worded):
        at = found.start("num")
        capped = CAP.search(text, 0, at) is not None or (
            CAP_WORD.search(text, 0, at) is not None and VALUE_AFTER.match(text, found.end())
        )
        capped = capped and not _RELATIVE_NEAR.search(text, 0, at)
        counted = (  # "sebanyak 2 (dua) kali jumlah …", not "… yang … sebanyak 4 kali kunjungan"
            AMOUNT_AFTER.match(text, found.end())
            and (cue := COUNT_CUE.search(text, 0, at)) is not None
            and not _YANG_NEAR.search(text, 0, cue.start())
        )
        cued = AMOUNT_CUE.search(text, 0, at) or capped or counted or _predicate_before(text, found)
        restated = not cued and _restated_first(text, found)
        if not (cued or restated):
            continue
        if not found.group("num")[0].isdigit():  # "sepuluh kali": the number in digits
            value = value_said(found.group("num"))
            if value is None:
                continue  # "belas kali": no number
            digits = str(value).replace(".", ",")
            chars[at : found.end("num")] = list(digits.ljust(found.end("num") - at))
        if found.group("said"):  # "(dua seperdua)": the number again, in words
            blank(chars, *found.span("said"))
        start = found.start("kali")
        chars[start : start + 4] = list("×   ")
        if found.group("fold"):  # "kali lipat (dari)": -fold
            blank(chars, *found.span("fold"))
        if restated:  # what the sentence says before its amount: no part of it
            blank(chars, 0, at)


def _restated_first(text: str, found: re.Match[str]) -> bool:
    """Whether the multiple ``found`` opens the sentence's amount by the way a law writes it,
    with no cue before it: its number said again in words (``2 (dua) kali``), an amount after
    it, no relative clause it stands in and no operation before it (``Tim seleksi menyampaikan
    2 (dua) kali jumlah anggota KASN …``, UU 5/2014; ``… dan denda 2 (dua) kali lipat dari
    jumlah dana yang diterimanya``, UU 2/2008); not ``… yang mendapat pelayanan 4 (empat) kali
    kunjungan``."""
    at, gap = found.start("num"), text[found.end("num") : found.start("kali")]
    said = found.group("said") is not None or (len(gap) >= 5 and gap.isspace())  # set aside
    return (
        said  # (the words in brackets blanked before, lang/said_digits.py: a gap of blanks)
        and AMOUNT_AFTER.match(text, found.end()) is not None
        and not _YANG_NEAR.search(text, 0, at)
        and not operator().search(said_again(text), 0, at)  # "21 (dua puluh satu) …": words
    )


# a relative clause the cap stands in ("… yang mendapat paling sedikit 3 kali kunjungan"): its
# "yang" a few words before the cap, no comma between ("Kapal yang berlabuh …, wajib menjaga
# jarak aman paling sedikit satu setengah kali panjang kapal", PP 5/2010: the sentence's cap)
_YANG_NEAR = lazy(r"(?i)(?<![^\W_])(?:yang|yg)[ \t\n]+(?:[^\W\d_]+[ \t\n]+){0,3}$")
_RELATIVE_NEAR = lazy(
    r"(?i)(?<![^\W_])(?:yang|yg)[ \t\n]+(?:[^\W\d_]+[ \t\n]+){0,3}"
    r"(?:paling[ \t\n]+[a-z]+|[a-z-]+nya|minimal|maksimal|minimum|maksimum|tidak[^,;]*?dari)"
    r"[ \t\n]*$"
)
