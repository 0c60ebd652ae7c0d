"""Operations said with a verb or a noun inside a sentence: ``menjumlahkan A`` (Σ A),
``menjumlahkan A dengan B`` (A + B), ``selisih (lebih) antara A dan B`` (A − B).

Regulations and metadata pages say what to compute in words (``… dilakukan dengan cara
menjumlahkan nilai seluruh Bangunan dan dibagi luas seluruh Bangunan``, ``… dikalikan dengan
nilai tertentu berupa selisih lebih antara Harga Jual Agen dan Harga Jual Eceran``). Each
function works on the cell's characters in place and keeps the text's length (see
:mod:`ikicalc.lang.layout`); :mod:`ikicalc.lang.prose` calls them.
"""

from __future__ import annotations

import re

from ikicalc.lang.layout_cues import DIVISION, blank, operator
from ikicalc.patterns import lazy

__all__ = ["computes", "difference", "divides_between", "summed"]


def computes(text: str) -> bool:
    """Whether ``text`` holds an operation: an operator, a spaced ``+`` or ``-``, or
    ``ditambah``/``dikurangi``."""
    return bool(
        operator().search(text)
        or re.search(r"\s[-+−]\s|(?i:\b(?:ditambah|dikurangi|di[ \t]+tambah)\b)", text)
    )


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
    r"(?i)\bmenjumlahkan[ \t\n]+(?P<what>[^=/÷×*+()]+?)(?P<filler>[ \t\n,]+(?:dan|lalu|kemudian|"
    r"serta)(?:[ \t\n]+(?:kemudian|lalu|hasilnya))?)?(?=[ \t\n,]+(?:dibagi|dikali(?:kan)?|"
    r"ditambah|dikurangi|di[ \t]+(?:bagi|kali))\b|[ \t\n]*[/÷×*]|[ \t\n]*[.;]?[ \t\n]*$)"
)
_AND_WITH = lazy(r"(?i)[ \t\n]+(dengan|dan)[ \t\n]+(?=\S)")


def summed(chars: list[str]) -> None:
    """``menjumlahkan A`` is ``Σ A`` (the rows of A added up); ``menjumlahkan A dengan B``
    and ``menjumlahkan A dan B`` are ``A + B``. A ``dan`` before the next operation word is
    no operand (``… dan dibagi …``)."""
    text = "".join(chars)
    found = _SUMMING.search(text)
    if found is None:
        return
    verb = found.start()
    if found.group("filler"):
        blank(chars, *found.span("filler"))
    joined = list(_AND_WITH.finditer(text, found.start("what"), found.end("what")))
    blank(chars, verb, found.start("what"))
    if joined:  # "menjumlahkan A dengan B": the two added
        for word in joined:
            start, end = word.span(1)
            blank(chars, start, end)
            chars[start] = "+"
        return
    chars[verb] = "Σ"


# "selisih lebih antara Harga Jual Agen dan Harga Jual Eceran": a difference said in words
_DIFFERENCE = lazy(
    r"(?i)\b(?P<cue>selisih(?:[ \t\n]+(?:lebih|kurang))?[ \t\n]+antara)[ \t\n]+(?=\S)"
    r"(?P<first>[^;=/÷×*()]+?)[ \t\n]+(?P<word>dan|dengan)[ \t\n]+(?=\S)"
    r"(?P<second>[^;=/÷×*(),.]+?)(?P<end>[ \t\n]*(?:[;.,]|$))"
)


def difference(chars: list[str]) -> None:
    """``… dikalikan dengan nilai tertentu berupa selisih lebih antara A dan B``: the
    difference ``(A - B)``; what names it before (``nilai tertentu berupa``) is set aside
    when an operator stands before it. Only where a character after ``B`` can close the
    bracket."""
    text = "".join(chars)
    found = _DIFFERENCE.search(text)
    if found is None or found.start("end") == len(text) or computes(found.group("second")):
        return
    start = found.start("cue")
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


_NAMED_BY = lazy(r"(?i)(?<=\s)[^=/÷×*;]*?\b(?:berupa|yaitu|yakni|sebesar)[ \t\n]+(?=selisih)")
