"""Lists said in words: ``penjumlahan dari A, B, dan C`` (``(A + B + C)``), ``hasil kali antara
A, B, dan C`` (their product), ``… adalah jumlah dari A dan B``, the list a listed sum is
reduced by (``… dikurangi D dan E``) and the items listed under their operation on lines of
their own (``perkalian dari 2 (dua) unsur pokok:`` over ``a. …;`` ``b. …``). Each function
works on the cell's characters in place and keeps the text's length (see
:mod:`ikicalc.lang.layout`); :mod:`ikicalc.lang.prose` calls them.
"""

from __future__ import annotations

import re
from itertools import pairwise

from ikicalc.lang.asides import joined_by_with
from ikicalc.lang.chars import text_of
from ikicalc.lang.coefficients import weighted_items, weighted_joins
from ikicalc.lang.layout_cues import blank, operator
from ikicalc.lang.said import computes, copula_before
from ikicalc.lang.said_joins import signed_joins
from ikicalc.patterns import lazy

__all__ = ["listed_items", "listed_sum", "lists_said", "sum_of_list", "summed_after"]

def lists_said(chars: list[str]) -> None:
    """Every list said with its operation: the items under it on lines of their own
    (:func:`listed_items`), after it (:func:`listed_sum`), before the verb of their sum
    (:func:`summed_after`)."""
    listed_items(chars)  # "perkalian dari 2 (dua) unsur pokok:" over "a. …;" "b. …"
    listed_sum(chars)
    summed_after(chars)  # "A, B dan C dijumlahkan kemudian dibagi tiga"


# "dengan penjumlahan dari Indeks Industri, Indeks sumber daya alam, dan Indeks sumber daya
# manusia setelah dibagi tiga": a sum of listed quantities; "hasil kali antara dosis serap
# (D), faktor kualitas (Q), dan …": a product of them
_LISTED = lazy(
    r"(?i)\b(?P<cue>(?:(?:hasil[ \t]+)?(?:penjumlahan|akumulasi|(?P<product>perkalian))"
    r"|hasil[ \t]+(?P<times>kali))(?:[ \t\n]+(?!dari\b|antara\b|jumlah\b|total\b)[^\W\d_]+){0,3}?"
    r"[ \t\n]+(?:dari|antara)[ \t\n]+"  # "penjumlahan bahan nuklir antara A dan B"
    # "… adalah jumlah dari A dan B", "membandingkan A dengan jumlah dari B dan C": after the
    # copula or the join, the sum of a list (a name opens "Jumlah dari …" nowhere else)
    r"|(?:(?<=adalah[ \t])|(?<=merupakan[ \t])|(?<=ialah[ \t])|(?<=yaitu[ \t])|(?<=dengan[ \t])"
    r"|(?<=sebagai[ \t]))jumlah[ \t\n]+dari[ \t\n]+"
    # "penjumlahan A, B, dan C": with no "dari", a list of commas and a last "dan"
    # and the verb of the noun (me(N)- … -kan), "menjumlahkan A, B, dan C", takes the same list
    r"|(?:(?:hasil[ \t]+)?penjumlahan|(?:men)?jumlahkan"  # "jumlahkan A, B dan C": told
    r"|(?P<multiplying>(?:hasil[ \t]+)?perkalian|mengalikan))"
    r"[ \t\n]+(?=[^=/÷×*;.,]+,[^=/÷×*;.]*?[ \t\n](?:dan|serta)[ \t\n]"
    r"|\d+(?:[.,]\d+)?[ \t]*%))"  # "menjumlahkan 60% A dan 40% B": weighted items, two or more
    r"(?P<items>(?:[^=/÷×*()]|\([^()\n]*\)|(?<=[^\W\d_])/(?=[^\W\d_]))+?)"  # "pusat/provinsi"
    r"(?P<end>,?[ \t\n]+(?:setelah|kemudian|lalu)(?:[ \t\n]+hasilnya)?"
    r"(?=[ \t\n]+(?:dibagi|dikali|membaginya|mengalikannya))"
    r"|,?(?=[ \t\n]+(?:dibagi|dikali(?:kan)?|ditambah|dikurangi)\b)"
    r"|[ \t]*[.;]?[ \t]*$"
    r"|(?=\.[ \t\n]+[A-Z]))"  # "… dan Garis Kemiskinan Non Makanan (GKNM). Penduduk …"
)
_DEFINED_AS = lazy(r"(?i)[^=/÷×*+\n]*?(?:(?<!yang )\b(?:merupakan|adalah|ialah)|[ \t]:)[ \t\n]+$")
_WITH = lazy(r"(?i)\sdengan\s")
_LIST_JOIN = lazy(
    r"(?i)[ \t]*,[ \t\n]*(?:dan|serta)[ \t\n]+|[ \t]*,[ \t]*|[ \t]+(?:dan|serta)[ \t]+"
)


def listed_sum(chars: list[str]) -> None:
    """``penjumlahan dari A, B, dan C`` is ``(A + B + C)``, ``hasil kali antara A, B, dan C``
    ``(A × B × C)`` (a product of two, ``perkalian A dan B``, is :func:`.prose.operation_said`'s);
    only where a character after the list can close the bracket, or where the list ends the
    cell after no operator (the whole formula)."""
    text = text_of(chars)
    found = _LISTED.search(text)
    while found is not None:
        product = bool(found.group("product") or found.group("times") or found.group("multiplying"))
        joins = list(_LIST_JOIN.finditer(text, found.start("items"), found.end("items")))
        joins = joins or ([] if product else joined_by_with(text, found))  # "antara A dengan B"
        if joins and not (  # "perkalian antara A dengan B": a product of two
            product
            and (_WITH.search(found.group("items")) or all("," not in j.group(0) for j in joins))
        ):
            break
        found = _LISTED.search(text, found.end("cue"))
    if found is None:
        return
    whole = found.end("items") >= len(text)
    if whole and operator().search(text, 0, found.start("cue")):
        return
    joined = re.search(r"(?i)dengan[ \t]+$", text[: found.start("cue")]) is not None
    defined = None if joined and found.group("cue").lower().startswith("jumlah") else (
        _DEFINED_AS.match(text, 0, found.start("cue"))
        or (
            None
            if computes(text[: found.start("cue")])
            else copula_before().search(text, 0, found.start("cue"))
        )
    )  # "… sama dengan penjumlahan A, B, dan C", "… dihitung dengan cara penjumlahan …"; not
    # the join of an operation ("membandingkan A dengan jumlah dari B dan C")
    if defined:  # "Garis Kemiskinan (GK) merupakan penjumlahan dari …": the term defined
        blank(chars, 0, defined.end())
    blank(chars, *found.span("cue"))
    if not whole:
        chars[found.start("cue")] = "("
    weighed = not product and "%" in text  # "penjumlahan dari 30% A, 30% B dan 40% C"
    if weighed:
        joins = weighted_joins(text, found.start("items"), joins)
    parting = signed_joins(chars, joins, "×" if product else "+")
    if weighed:
        weighted_items(chars, [found.start("items"), *(join.end() for join in parting)])
    if found.group("end").strip():
        blank(chars, *found.span("end"))
    end = found.end("items")
    if whole:
        return
    if text[end : end + 1] == "." and not computes(text[end:]):
        blank(chars, end, len(chars))  # "… (GKNM). Penduduk yang …": the other sentences
    chars[end] = ")"
    listed_after(chars, text, found.end())


# "penjumlahan dari A, B dan C, dikurangi D dan E": after a listed sum, the quantity it is
# reduced or increased by is a list too, joined by "dan" (POJK 6/2014)
_LISTED_AFTER = lazy(
    r"(?i)[ \t\n]*(?P<op>dikurangi|ditambah)(?:[ \t\n]+dengan)?[ \t\n]+"
    r"(?P<items>[^,;.=/÷×*()\n]+(?:\n[^,;.=/÷×*()\n]+)*?)(?=[ \t]*(?:[,.;]|$))"
)
_AND = lazy(r"(?i)[ \t\n]+(?:dan|serta)[ \t\n]+(?=[^\W\d_])")


def listed_after(chars: list[str], text: str, start: int) -> None:
    """``(A + B + C) dikurangi D dan E``: each item of the list after a listed sum is
    subtracted (added after ``ditambah``), as the items of the sum are added."""
    found = _LISTED_AFTER.match(text, start)
    if found is None or operator().search(found.group("items")):
        return
    sign = "-" if found.group("op").lower() == "dikurangi" else "+"
    for join in _AND.finditer(text, found.start("items"), found.end("items")):
        blank(chars, *join.span())
        chars[join.start() + 1] = sign


# "… dihitung sebagai perkalian dari 2 (dua) unsur pokok:\na. Nilai Jual …;\nb. Bobot …": the
# operation of a list of items under it
_OF_ITEMS = lazy(
    r"(?i)\b(?P<cue>perkalian|penjumlahan)[ \t]+(?:dari|antara)[ \t]+"
    r"(?:\d+[ \t]*(?:\([^()\n]*\))?[ \t]*)?(?:unsur|komponen|faktor|variabel)[^:\n]*:[ \t]*(?=\n)"
)
_ITEM = lazy(
    r"\n[ \t]*(?:[a-zA-Z]|\d{1,2})[.)][ \t]+(?P<text>[^\n]*?)"
    r"(?P<end>[ \t]*;?[ \t]*(?:dan|atau)?[ \t]*\.?[ \t]*)(?=\n|$)"
)


def listed_items(chars: list[str]) -> None:
    """``perkalian dari 2 (dua) unsur pokok:`` over lines ``a. A;`` ``b. B.``: ``A × B``
    (``+`` for ``penjumlahan``); what stands before the cue is set aside."""
    text = text_of(chars)
    found = _OF_ITEMS.search(text)
    if found is None:
        return
    items = list(_ITEM.finditer(text, found.end()))
    if (
        len(items) < 2
        or items[-1].end() < len(text.rstrip())
        or any(a.end() != b.start() for a, b in pairwise(items))
    ):
        return
    sign = "×" if found.group("cue").lower() == "perkalian" else "+"
    blank(chars, 0, found.end())
    for item in items:
        blank(chars, item.start(), item.start("text"))
        blank(chars, *item.span("end"))
    for item in items[1:]:
        chars[item.start()] = sign  # the line break before the next item


# "capaian indikator 1, capaian indikator 2 dan capaian indikator 3 dijumlahkan kemudian
# dibagi tiga": the list, then the verb of its sum, then what is done with the sum
_SUMMED_AFTER = lazy(
    r"(?i)(?<=\S)[ \t]+(?P<verb>dijumlahkan(?:[ \t,]+(?:kemudian|lalu|selanjutnya)"
    r"(?:[ \t]+hasilnya)?)?)(?=[ \t]+(?:dibagi|dikali(?:kan)?)\b)"
)
_LIST_OPENS = lazy(r"[.;:=()/÷×*\n]")  # what stands before a list said in a sentence


def summed_after(chars: list[str]) -> None:
    """``A, B dan C dijumlahkan kemudian dibagi tiga``: the items said first, then the verb of
    their sum (``(A + B + C) / 3``); the list starts after the words that introduce it
    (``… diperoleh dengan cara``), or after the mark that opens its sentence."""
    from ikicalc.lang.preamble import cues

    text = text_of(chars)
    found = _SUMMED_AFTER.search(text) if "dijumlahkan" in text.lower() else None
    if found is None:
        return
    verb = found.start("verb")
    opened = [m.end() for m in _LIST_OPENS.finditer(text, 0, verb)]
    start = opened[-1] if opened else 0
    said = [m.end() for m in cues().finditer(text, start, verb)]
    start = max([start, *said[-1:]])
    joins = list(_LIST_JOIN.finditer(text, start, verb))
    first = start + len(text[start:verb]) - len(text[start:verb].lstrip())
    if (
        not any("," in join.group(0) for join in joins)
        or first == 0
        or not re.search(r"[^\W\d_]", text[first : joins[0].start()])
    ):
        return  # no list of three, or nothing before it to open the bracket in
    blank(chars, *found.span("verb"))
    chars[first - 1] = "("
    chars[verb] = ")"
    signed_joins(chars, joins, "+")


def sum_of_list(chars: list[str], text: str, start: int, end: int) -> bool:
    """Write the joins of the list between ``start`` and ``end`` (``A, B dan C``) as ``+``;
    whether there was one."""
    return bool(signed_joins(chars, list(_LIST_JOIN.finditer(text, start, end)), "+"))

