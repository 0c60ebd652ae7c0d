"""Operations said with a verb or a noun inside a sentence: ``menjumlahkan A`` (Σ A),
``menjumlahkan A dengan B`` (A + B), ``menjumlahkan A dikalikan B ditambah C`` (the verb of
the sum said after it), ``selisih (lebih) antara A dan B`` (A − B).

Regulations and metadata pages say what to compute in words (``… dilakukan dengan cara
menjumlahkan nilai seluruh Bangunan dan dibagi luas seluruh Bangunan``, ``… dikalikan dengan
nilai tertentu berupa selisih lebih antara Harga Jual Agen dan Harga Jual Eceran``). Each
function works on the cell's characters in place and keeps the text's length (see
:mod:`ikicalc.lang.layout`); :mod:`ikicalc.lang.prose` calls them.
"""

from __future__ import annotations

import re
from functools import cache

from ikicalc.lang import guards
from ikicalc.lang.chars import text_of
from ikicalc.lang.coefficients import weighted_items, weighted_joins
from ikicalc.lang.layout_cues import DIVISION, blank, operator
from ikicalc.lang.operator_words import said, sign_of, words_pattern
from ikicalc.lang.preamble import definition, frame, openings
from ikicalc.lang.said_joins import REFERENCES, over_dan, parallel_joins, signed_joins
from ikicalc.names import names_data
from ikicalc.patterns import lazy

__all__ = [
    "added_list",
    "computes",
    "conjunction_aside",
    "copula_before",
    "difference",
    "divided_by_words",
    "divides_between",
    "joined_operations",
    "last_factor_joined",
    "operation_word",
    "ratio_heading",
    "states",
    "summed",
]


def computes(text: str) -> bool:
    """Whether ``text`` holds an operation: an operator, a spaced ``+`` or ``-``, or
    ``ditambah``/``dikurangi``."""
    return bool(
        operator().search(text)
        or re.search(r"\s[-+−]\s|(?i:\b(?:ditambah|dikurangi|di[ \t]+tambah)\b)", text)
    )


@cache
def _operation_word() -> re.Pattern[str]:
    words = "|".join(str(word) for word in names_data()["prose"]["operation_words"])
    return re.compile(r"(?i)(?<![^\W_])(?:" + words + r")(?![^\W_])")


def operation_word() -> re.Pattern[str]:
    """The nouns and verbs of an operation said before its operands (``[prose]
    operation_words``: ``membagi``, ``selisih``)."""
    return _operation_word()


def states(text: str) -> bool:
    """Whether ``text`` states a formula: it :func:`computes`, or says an operation by its
    noun or verb before the operands (``[prose] operation_words``: ``membagi A dengan B``,
    ``selisih antara A dan B``)."""
    return computes(text) or bool(_operation_word().search(text))


def divides_between(text: str, start: int, end: int) -> bool:
    """Whether a division stands in ``text[start:end]``; a slash inside a word
    (``TK/RA/Penitipan``, ``SMP/MTs``) is part of the name."""
    for found in DIVISION.finditer(text, start, end):
        before = text[found.start() - 1 : found.start()]
        if before == "." and text[found.start() - 2 : found.start() - 1].isalpha():
            before = "a"  # "se-Kab./Kota": the period of an abbreviation inside the word
        inside = (
            found.group(0) == "/"
            and before.isalnum()
            and text[found.end() : found.end() + 1].isalnum()
        )
        if not inside:
            return True
    return False


# "… dilakukan dengan cara menjumlahkan nilai seluruh Bangunan dan dibagi luas …": the verb
# of a sum, what it sums, and where that ends (the next operator word or sign)
_SUMMING = lazy(
    r"(?i)\b(?:menjumlahkan(?![ \t\n]+[^=/÷×*;.,]+,[^=/÷×*;.]*?[ \t\n](?:dan|serta)[ \t\n])"
    r"|(?P<noun>(?:hasil[ \t]+)?penjumlahan)"
    r"(?![ \t\n]+(?:[^\W\d_]+[ \t\n]+){0,3}?(?:dari|antara)\b"  # a list: listed_sum's
    r"|[^=/÷×*;.,]+,[^=/÷×*;.]*?[ \t\n](?:dan|serta)[ \t\n]))"
    r"[ \t\n]+(?P<what>(?:[^=/÷×*+()]|\([^()\n]*\))+?)(?P<filler>[ \t\n,]+(?:dan|lalu|kemudian|"
    r"serta)(?:[ \t\n]+(?:kemudian|lalu|hasilnya))?)?(?=[ \t\n,]+(?:dibagi|dikali(?:kan)?|"
    r"ditambah|dikurangi|di[ \t]+(?:bagi|kali)|membaginya|mengalikannya)\b|[ \t\n]*[/÷×*]"
    r"|[ \t\n]*[.;]?[ \t\n]*$)"
)
# "A s.d C", "1 sampai 9": the items of a sum named by their range, not its rows
_RANGE = lazy(r"(?i)(?<![^\W_])(?:s[./]d|sampai|hingga)(?![^\W_])")
# "… ditambah …" in the sentence after what "menjumlahkan" names, before it ends
_ADDED_AFTER = lazy(
    r"(?i)[^.;]*?(?:(?<=\s)\+(?=\s)|\b(?:dita(?:m|rn)bah(?:kan)?|di[ \t]+tambah)\b)"
)
_AND_WITH = lazy(r"(?i)(?<!sampai)[ \t\n]+(dengan|dan|serta)[ \t\n]+(?=\S)")  # not "sampai dengan"


# "menjumlahkan perkalian antara nilai huruf setiap mata kuliah … dan sks mata kuliah …"
# (Permendikbud 3/2020, the IPS): the sum of the products, row by row
_PRODUCT_OF_TWO = lazy(r"(?i)(?:hasil[ \t]+)?(?:perkalian|kali)(?:[ \t\n]+antara)?[ \t\n]+(?=\S)")


def _dengan_first(joins: list[re.Match[str]]) -> list[re.Match[str]]:
    """The joins of the operands of ``menjumlahkan``: its ``dengan`` alone where one stands
    (``menjumlahkan beban … dan umum dengan tarif …``: the verb's ``dengan`` joins the two, a
    ``dan`` is inside a name), else every join."""
    return [join for join in joins if join.group(1).lower() == "dengan"] or joins


def _products_summed(chars: list[str], text: str, found: re.Match[str]) -> bool:
    """``menjumlahkan perkalian antara A dan B`` is ``Σ (A × B)``; where a character after B
    can close the bracket (a space before the next operation, a final period)."""
    product = _PRODUCT_OF_TWO.match(text, found.start("what"))
    end = found.end("what")
    if product is None or end >= len(text) or text[end] not in " \t\n.":
        return False
    joins = _dengan_first(list(_AND_WITH.finditer(text, product.end(), end)))
    if len(joins) != 1 or computes(text[product.end() : end]):
        return False
    blank(chars, found.start(), product.end())
    chars[found.start() : found.start() + 2] = ["Σ", "("]
    blank(chars, *joins[0].span(1))
    chars[joins[0].start(1)] = "×"
    chars[end] = ")"
    return True


def summed(chars: list[str]) -> None:
    """``menjumlahkan A`` is ``Σ A`` (the rows of A added up); ``menjumlahkan A dengan B``
    and ``menjumlahkan A dan B`` are ``A + B``. A ``dan`` before the next operation word is
    no operand (``… dan dibagi …``)."""
    text = text_of(chars)
    found = _SUMMING.search(text)
    if found is None:
        return
    verb = found.start()
    if found.group("filler") and not found.group("noun"):
        blank(chars, *found.span("filler"))
    if _products_summed(chars, text, found):
        return
    joined = list(_AND_WITH.finditer(text, found.start("what"), found.end("what")))
    joined = over_dan(joined)  # "menjumlahkan A dan B serta C": A dan B, then C
    joined = parallel_joins(text, found.start("what"), joined)  # "capaian subbidang … dan
    # … dan subbidang …": the operands said alike
    joined = _dengan_first(joined)  # "menjumlahkan beban … dan umum dengan tarif …"
    if found.group("noun") and not joined and _RANGE.search(found.group("what")):
        return  # "Penjumlahan Bobot Nilai A s.d C": the items are not written
    blank(chars, verb, found.start("what"))
    if not joined and _ADDED_AFTER.match(text, found.end("what")):
        return  # "menjumlahkan A dikalikan B ditambah C …": the verb of the sum said after it
    weighed = "%" in text  # "menjumlahkan 60% (enam puluh persen) A dan 40% … B dan C"
    if joined and weighed:
        joined = weighted_joins(text, found.start("what"), joined)
    if joined:  # "menjumlahkan A dengan B": the two added
        for word in joined:
            start, end = word.span(1)
            blank(chars, start, end)
            chars[start] = "+"
        if weighed:
            weighted_items(chars, [found.start("what"), *(word.end() for word in joined)])
        return
    chars[verb] = "Σ"


# "selisih lebih antara Harga Jual Agen dan Harga Jual Eceran": a difference said in words
_DIFFERENCE = lazy(
    r"(?i)\b(?P<cue>(?:selisih|perbedaan)(?:[ \t\n]+(?:lebih|kurang))?"
    # what is compared may be said before "antara": "perbedaan jumlah bahan nuklir antara …"
    r"(?:(?:[ \t\n]+(?!dan\b|antara\b)[^\W\d_]+){0,4}?[ \t\n]+antara|[ \t\n]+dari))"
    r"[ \t\n]+(?=\S)"
    r"(?P<first>[^;=/÷×*()]+?)[ \t\n]+(?P<word>dan|dengan|terhadap)[ \t\n]+(?=\S)"
    # (a gloss in brackets in the second: "… jumlah kemampuan tangkap (capacity to harvest)
    # Indonesia", UU 5/1983)
    r"(?P<second>(?:[^;=/÷×*(),.]|\([^()\n=/÷×*]{1,40}\))+?)(?P<end>[ \t\n]*(?:[;.,]|$))"
)


# "selisih A tahun t dengan A tahun t-1 dibagi …", "selisih A dan B dibagi B": the same said
# without "antara", only where the difference opens the cell or a definition (a name may hold
# "selisih … dengan …")
_DIFFERENCE_WITH = lazy(
    r"(?i)\b(?P<cue>selisih|perbedaan)[ \t\n]+(?=[^\W\d_])"
    r"(?P<first>(?:[^;=/÷×*()]|\([^()\n]{1,8}\))+?)[ \t\n]+(?P<word>dengan|dan|terhadap)"
    r"[ \t\n]+(?=\S)"
    r"(?P<second>(?:[^;=/÷×*(),.]|\([^()\n]{1,8}\))+?)(?P<end>[ \t\n]*(?:[;.,]|$))"
)  # a time index in brackets is the name's: "… pada tahun (t - 1)"


# the consequent of a condition that opens with a difference, a few words naming it before
_CONSEQUENT = lazy(r"(?i)(?:^|,)[ \t\n]*maka[ \t\n]+(?:[^\W\d_]+[ \t\n]+){0,3}$")


def difference(chars: list[str]) -> None:
    """``… dikalikan dengan nilai tertentu berupa selisih lebih antara A dan B``: the
    difference ``(A - B)``; what names it before (``nilai tertentu berupa``) is set aside
    when an operator stands before it. Only where a character after ``B`` can close the
    bracket. A cell that opens with the difference and computes nothing else (``Selisih
    antara realisasi dan target``) is ``A - B``; so is a condition's consequent that opens with
    it (``Dalam hal …, maka keuntungan berupa selisih antara A dengan B merupakan …``)."""
    text = text_of(chars)
    found = _DIFFERENCE.search(text)
    plain = found is None
    found = found or _DIFFERENCE_WITH.search(text)
    if found is None:
        return
    start = found.start("cue")
    defined = copula_before().search(text, 0, start)
    if defined and not computes(text[:start]):  # "MUF adalah perbedaan … antara A dan B"
        blank(chars, 0, defined.end())
        _opening_difference(chars, text, found)
        return
    if not text[:start].strip():  # "Selisih antara realisasi dan target …": the cell opens with it
        _opening_difference(chars, text, found)
        return
    consequent = _CONSEQUENT.search(text, 0, start)  # "…, maka keuntungan berupa selisih antara
    if consequent is not None and not computes(text[:start]):  # A dengan B …" (PP 47/1994)
        blank(chars, 0, start)
        _opening_difference(chars, text, found)
        return
    if plain:
        return
    if computes(found.group("second")) or found.start("end") == len(text):
        return
    before = operator().search(text, 0, start)
    if before is None:
        return
    named = _NAMED_BY.search(text, before.end())
    if named and named.end() == start:  # "nilai tertentu berupa": words naming it
        blank(chars, named.start(), start)
    blank(chars, start, found.start("first"))
    chars[start] = "("
    word = found.start("word")
    blank(chars, word, found.end("word"))
    chars[word] = "-"
    chars[found.start("end")] = ")"


_SHARE_FIRST = lazy(
    r"(?i)[ \t]*\d[\d.,]*[ \t]*(?:%|persen\b)(?:[ \t]*\([^()\n]*\))?[ \t]+(dari)[ \t]+"
)


def _opening_difference(chars: list[str], text: str, found: re.Match[str]) -> None:
    """``Selisih antara A dan B`` opening the cell: ``A - B``; ``(A - B)`` when an operation
    follows B (``… dibagi B x 100%``)."""
    start = found.start("cue")
    after = operator().search(text, found.start("second"))
    if computes(text[found.start("first") : found.start("word")]):
        return
    if after is None and computes(text[found.start("second") :]):
        return  # "… dan B + C": where B ends is not said
    blank(chars, start, found.start("first"))
    blank(chars, *found.span("word"))
    chars[found.start("word")] = "-"
    share = _SHARE_FIRST.match(text, found.start("first"))
    if share is not None:  # "selisih antara 15% (…) dari A dengan B" (PP 37/2003): 15% × A − B
        chars[share.start(1) : share.end(1)] = list("×   ")
    if after is not None and text[after.start() - 1 : after.start()].isspace():
        chars[start] = "("
        chars[after.start() - 1] = ")"


@cache
def copula_before() -> re.Pattern[str]:
    """A frame that introduces the formula, ending where the difference opens: a copula
    (``adalah``, ``merupakan``) or a cue of ``[layout] preamble``/``preamble_verbs``
    (``dihitung dengan cara``, ``dirumuskan sebagai``, ``yaitu dengan``), or ``sama dengan``."""
    layout = names_data()["layout"]
    cues = "|".join(
        [
            definition(), *layout["preamble"], *layout["preamble_verbs"], frame(), *openings(),
            r"sama\s+dengan",
        ]
    )
    return re.compile(
        r"(?i)(?<![^\W_])(?<!yang )(?:adalah|merupakan|ialah|" + cues + r")[ \t]*:?[ \t\n]+$"
    )


_NAMED_BY = lazy(r"(?i)(?<=\s)[^=/÷×*;]*?\b(?:berupa|yaitu|yakni|sebesar)[ \t\n]+(?=selisih)")


@cache
def _divisor_words() -> tuple[re.Pattern[str], dict[str, str]]:
    data = names_data()
    words = {str(k).lower(): str(v) for k, v in data["layout"]["number_words"].items()}
    words |= {str(k).lower(): str(v) for k, v in data["prose"]["number_words"].items()}
    alternatives = "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))
    pattern = re.compile(
        r"(?i)\b(?:di[ \t]*bagi|bagi)(?:[ \t]+dengan)?[ \t]+(" + alternatives + r")\b"
        r"(?![ \t]+[^\W\d_]+[ \t]+[^\W\d_])"
    )
    return pattern, words


def divided_by_words(chars: list[str]) -> None:
    """``… setelah dibagi empat``, ``dibagi dua belas``: the number of a division said in
    words, written in digits (padded to the word's length)."""
    text = text_of(chars)
    pattern, words = _divisor_words()
    for found in pattern.finditer(text):
        digits = words[" ".join(found.group(1).lower().split())]
        start, end = found.span(1)
        chars[start:end] = list(digits.ljust(end - start))


# "… itu sendiri ditambah komisi perantara jual beli, jasa bank dan biaya lainnya …": what is
# added or subtracted listed to the end of the formula (a comma, then "dan" before the last)
@cache
def _added_list() -> re.Pattern[str]:
    return re.compile(
        r"(?i)(?<=\S)[ \t\n]+(?P<op>" + said("+-", joined=True) + r")[ \t\n]+"
        r"(?P<items>(?:[^=/÷×*+;.()]|\([^()\n]*\))+?,(?:[^=/÷×*+;.()]|\([^()\n]*\))*?"
        r"[ \t\n](?:dan|serta)[ \t\n](?:[^=/÷×*+;.(),]|\([^()\n]*\))+?)"
        r"(?=\s*(?:[.;]\s*(?:dan|atau)?\s*$|$))"
    )


_CITED = lazy(
    r"(?i)(?:,|\b(?:dan|serta))[ \t\n]+(?:" + "|".join(REFERENCES) + r")(?![^\W_])"
)
_ITEM_JOIN = lazy(r"(?i)[ \t]*,[ \t\n]*(?:(?:dan|serta)[ \t\n]+)?|[ \t\n]+(?:dan|serta)[ \t\n]+")


# "penghasilan bruto dikurangi biaya jabatan dan iuran pensiun yang dibayar oleh pegawai" (UU
# 36/2008, PPh Pasal 21): two amounts, each of two words or more, deducted (or added) together
# at the end of the formula; not a verb or a relative clause after "dan" ("… dan diolah")
@cache
def _paired() -> re.Pattern[str]:
    clauses = names_data()["prose"]["clauses"]
    verb = rf"(?:{clauses['passive']}|{clauses['active']}|yang|yg)(?![^\W_])"
    word = r"(?!(?:dan|serta)(?![^\W_]))[^\W\d_]+"
    return re.compile(
        r"(?i)(?<=\S)[ \t\n]+(?P<op>" + said("+-", joined=True) + r")[ \t\n]+"
        rf"(?P<items>{word}(?:[ \t]+(?!(?:{said()})(?![^\W_])){word})+?"
        rf"[ \t]+dan[ \t]+(?!{verb}){word}[ \t]+[^\W\d_]"
        r"(?:(?![ \t]dan[ \t])[^=/÷×*+;.,()\n])*?)(?=\s*(?:[.;]\s*$|$))"
    )


def added_list(chars: list[str]) -> None:
    """``A ditambah B, C dan D`` is ``A + B + C + D`` (``dikurangi``: each subtracted), where
    the list ends the formula and computes nothing else; so is ``A dikurangi B dan C`` where
    ``B`` and ``C`` are each of two words or more."""
    text = text_of(chars)
    found = _added_list().search(text) or (_paired().search(text) if " dan " in text else None)
    if found is None or computes(found.group("items")):
        return
    if not re.search(r"[^\W\d_]{3}", text[: found.start()]):
        return  # the first operand is not written
    if _CITED.search(found.group("items")):
        return  # "… dalam Pasal 6 ayat (1), Pasal 7 ayat (1), serta Pasal 9": it cites
    if _EXAMPLES_END.search(found.group("items")):
        return  # "… ongkos-ongkos … karena komisi, upah penitipan dan lain- lain" (UU 36/1953):
        # a list of examples inside a name
    sign = sign_of(found.group("op")) or "+"
    items = list(_ITEM_JOIN.finditer(text, found.start("items"), found.end("items")))
    signed_joins(chars, items, sign)


# a list closed by "and so on": examples, no operands
_EXAMPLES_END = lazy(
    r"(?i)(?<![^\W_])(?:dan|serta)[ \t\n]+(?:lain-[ \t\n]?lain|sebagainya|seterusnya)"
    r"[ \t\n.,;]*$|(?<![^\W_])(?:dll|dsb|dst)\.?[ \t\n,;]*$"
)


@cache
def _conjunction() -> re.Pattern[str]:
    words = words_pattern(names_data()["grammar"]["operator_conjunctions"])
    return re.compile(r"(?i)(?<=\S)[ \t\n]+(" + words + r")[ \t\n]+(?=" + said() + r"\b)")


def conjunction_aside(chars: list[str]) -> None:
    """``jumlah penduduknya apabila dikurangi 400.000 …`` (PP 2/1976), ``nilai yang diperoleh
    harus dikalikan dengan 100``: a conjunction or a modal glued before an operator word says
    when or how strictly, not what; it is set aside (``[grammar] operator_conjunctions``)."""
    text = text_of(chars)
    for found in _conjunction().finditer(text) if guards.may_find(_conjunction(), text) else ():
        blank(chars, *found.span(1))


# "Perbandingan Jumlah Perkara mediasi yang berhasil dibagi jumlah perkara …": the noun of a
# ratio opens the cell, a counted quantity follows, and the cell writes the division itself
_RATIO_HEADING = lazy(
    r"(?i)^[ \t\n]*(?:perbandingan|rasio|proporsi)(?:[ \t\n]+(?:antara|dari))?[ \t\n]+"
    r"(?=(?:jumlah|jml|jmlh|total|banyaknya)\b)"
)
# "… dibagi jumlah kelahiran hidup pada periode waktu yang sama dan dikali 1.000": the "dan"
# that joins two operations is no word of the name before it
@cache
def _and_before_operator() -> re.Pattern[str]:
    # the operator words as the grammar reads them: not "dibagi menjadi", not "yang dikurangi
    # melalui …" (a relative clause of a name, [grammar] operator_not_before)
    return re.compile(  # from a blank run's start only: a run set aside was tried blank by blank
        r"(?i)(?<![ \t,])[ \t,]+\b(?:dan|serta|yang|yg)(?=[ \t\n]+(?:" + said() + r"))"
    )
_WRITTEN_DIVISION = lazy(r"(?i)\bdi[ \t]*bagi\b|\bdibanding(?:kan)?\b|\bberbanding\b|\s/\s|÷")


def joined_operations(chars: list[str]) -> None:
    """``… pada periode waktu yang sama dan dikali 1.000``: the ``dan`` that joins two
    operations is set aside, and a ``yang`` that leads on to one (``… eksternal yang
    dikalikan 100%``)."""
    for joining in _and_before_operator().finditer(text_of(chars)):
        blank(chars, *joining.span())


def ratio_heading(chars: list[str]) -> bool:
    """``Perbandingan Jumlah Perkara … dibagi jumlah perkara …``: the noun of a ratio that
    heads a cell writing its division is set aside; ``True`` when done."""
    text = text_of(chars)
    heading = _RATIO_HEADING.match(text)
    if heading is None or not _WRITTEN_DIVISION.search(text, heading.end()):
        return False
    blank(chars, 0, heading.end())
    return True


# "… dikalikan Indeks lokasi … dikalikan jumlah reklame dan Indeks Ukuran media reklame."
_TIMES_SAID = lazy(r"(?i)(?<![^\W_])dikali(?:kan)?(?:[ \t\n]+dengan)?(?![^\W_])")
_AND_LAST = lazy(r"(?i)[ \t\n](dan)[ \t\n]+(?P<head>[^\W\d_]+)")


def last_factor_joined(chars: list[str]) -> None:
    """``A dikalikan B dikalikan C dan D``: a list of factors said with ``dikalikan``, its
    last joined by ``dan``, is one more factor where ``D`` opens with the word that opens
    another factor (``… dikalikan Indeks lokasi … dikalikan jumlah reklame dan Indeks
    Ukuran …``, Perda Purwakarta 11/2011); a ``dan`` inside a name stays (``Jumlah
    organisasi dan Lembaga Desa``)."""
    text = text_of(chars)
    said = list(_TIMES_SAID.finditer(text))
    if len(said) < 2:
        return
    tail = text[said[-1].end() :]
    joined = _AND_LAST.search(tail)
    if joined is None or computes(tail):
        return
    heads = {
        first.group(0).lower()
        for word in said
        if (first := re.search(r"[^\W\d_]+", text[word.end() : word.end() + 40]))
    }
    if joined.group("head").lower() not in heads:
        return
    start = said[-1].end() + joined.start(1)
    blank(chars, start, start + 3)
    chars[start] = "×"
