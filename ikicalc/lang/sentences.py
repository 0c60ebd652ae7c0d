"""The sentences of a cell: where one ends, and which one holds the formula.

A cell may say several things (``Persentase … dikali 100%. Semakin tinggi semakin baik.``);
:func:`one_sentence` keeps the one sentence, or paragraph, that states an operation and sets
the others aside, keeping the text's length (see :mod:`ikicalc.lang.layout`).
"""

from __future__ import annotations

import re
from functools import cache

from ikicalc.lang import guards
from ikicalc.lang.chars import text_of
from ikicalc.lang.layout_cues import blank, divides, operator
from ikicalc.lang.restated import components
from ikicalc.names import names_data
from ikicalc.patterns import lazy

__all__ = ["one_sentence", "second_way", "sentence"]


# A sentence ends at a period after a word of five letters or more (not "Kec.", "Prov."),
# a bracket, a digit or a percent, before a capital letter.
_LIST_OPENS = lazy(r":\s*1\.[ \t]")
_LIST_NUMBER_BEFORE = lazy(r"(?<![\w.,])\d{1,2}\.[ \t]*+(?:\n\s*+)?[ \t]*+$")
_SENTENCE_END = lazy(
    r"\.(?:(?<=[^\W\d_]{5}\.)|(?<=[)\d%]\.))[ \t]*+(?:\n\s*+)?[ \t]*+(?<=\s)(?=[A-Z(])"
)


def _states(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` states an operation: an operator, not only a layout that
    suggests one (a bracket after a number, ``SRQ20 (usia …)``)."""
    return (
        any(
            not found.group(0)[:1].isdigit() and found.group(0)[:1] not in ")]"
            for found in operator().finditer(text, start, end)
        )
        or bool(_SIGNED.search(text, start, end))
        # "… rata-rata dari dua komponen yaitu A dan B": the operands announced and named
        or (guards.holds(text[start:end], "yaitu", "yakni") and components(text, start, end))
    )


# a sum or a division written with signs: "Skor = (a + b) /2"
_SIGNED = lazy(r"\+|\s[-−–]\s|[)\d][ \t]*/|/[ \t]*[\d(]")


# (a run of blanks looked through once, from its start, and its blanks taken possessively:
# else the square of its length; only the ends are read)
_PARAGRAPH_END = lazy(r"(?<!\s)(?>\s*?\n[ \t]*\n)\s*+(?=[A-Z])")


def one_sentence(chars: list[str]) -> None:
    """Several sentences and only one of them holds an operator: that one is the formula,
    the others (``Semakin tinggi skor PPH, …``) are set aside. Paragraphs (a blank line
    between them) too, when the one that holds the operator divides words by words and the
    others are sentences of five words or more (not the lines of a stacked fraction)."""
    text = text_of(chars)
    if ". " in text or ".\n" in text:
        ends = [m.end() for m in _SENTENCE_END.finditer(text)]
        if _LIST_OPENS.search(text):  # "X = A : 1. D 2. E": list numbers end no sentence
            ends = [end for end in ends if not _LIST_NUMBER_BEFORE.search(text, 0, end)]
        if ends and _keep_one(chars, text, ends):
            return
    if "\n" in text:
        ends = [m.end() for m in _PARAGRAPH_END.finditer(text)]
        if ends:
            _keep_one(chars, text, ends, strict=True)


def _keep_one(chars: list[str], text: str, ends: list[int], strict: bool = False) -> bool:
    bounds = list(zip([0, *ends], [*ends, len(text)], strict=True))
    holding = [(start, end) for start, end in bounds if _states(text, start, end)]
    if len(holding) > 1:  # "… dikalikan 100%. Hasil capaian tersebut dibandingkan dengan …"
        holding = holding[:1] + [h for h in holding[1:] if not _ANAPHORA.match(text, h[0])]
    if len(holding) != 1:
        return False
    start, end = holding[0]
    if strict:
        ratio = divides().search(text, start, end)
        others = [text[a:b] for a, b in bounds if (a, b) != (start, end)]
        if (
            ratio is None
            or not re.search(r"[^\W\d_]{3}", text[start : ratio.start()])
            or not re.search(r"[^\W\d_]{3}", text[ratio.end() : end])
            or any(len(re.findall(r"[^\W\d_]{2,}", other)) < 5 for other in others)
        ):
            return False
    blank(chars, 0, start)
    after = [(a, b) for a, b in bounds if a >= end]
    unit = _IN_PERCENT.match(text, after[0][0], after[0][1]) if after else None
    if unit is not None:  # "…. Dengan satuan presentase": said of the formula, kept
        blank(chars, unit.end(), len(chars))
        return True
    blank(chars, end, len(chars))
    return True


# a sentence after the formula whose subject refers back to its result ("Hasil capaian
# kemudian dibandingkan dengan target", "Nilai tersebut dibandingkan …", "Angka ini …"):
# what is done with the result, not a second formula
_ANAPHORA = lazy(
    r"(?i)\s*(?:hasil(?:nya)?\b|(?:[^\W\d_]+[ \t\n]+){1,3}(?:tersebut|ini|itu)\b"
    r"|(?:[^\W\d_]+[ \t\n]+)?(?:tersebut|ini|itu)\b)"
)


# a sentence that only says the formula's unit is percent ("Dinyatakan dalam satuan persen.",
# "Dengan satuan presentase"): the layout reads it as the scale (× 100%)
_IN_PERCENT = lazy(
    r"(?i)[ \t\n]*(?:dinyatakan[ \t]+dalam|dalam|dengan)[ \t]+(?:satuan[ \t]+)?"
    r"(?:persen|p[re]{2}s[e]ntase|%)(?:[ \t]*\([ \t]*%[ \t]*\))?[ \t]*\.?[ \t]*$"
)


@cache
def _sentence_word() -> re.Pattern[str]:
    words = "|".join(names_data()["legend"]["sentence_words"])
    return re.compile(r"(?i)(?<!\byang )(?<!\byg )\b(?:" + words + r")\b")


@cache
def _sentence_opener() -> re.Pattern[str]:
    words = "|".join(names_data()["legend"]["sentence_openers"])
    return re.compile(r"(?i)^[ \t(\[]*(?:" + words + r")(?![^\W_])")


def sentence(name: str) -> str | None:
    """Why the one name a cell was read as is a sentence about the formula, not a quantity
    (``Indikator ini dihitung berdasarkan …``, ``Data bersumber dari …``; ``Penjumlahan Bobot
    Nilai A s.d C``, ``Hitung jumlah …``, ``Cukup jelas``): the sentence word found
    (``[legend] sentence_words`` and ``sentence_openers`` of ``data/names.toml``), or
    ``None``."""
    opened = _sentence_opener().match(name) if len(name.split()) > 1 else None
    if opened is not None:
        return opened.group(0).strip(" \t([")
    found = _sentence_word().search(name)
    return found.group(0) if found and len(name.split()) > 2 else None


# a word in lower case, or a paragraph cited by it ("… ayat (5) atau ayat (7) dengan tarif …")
_IN_A_NAME = lazy(r"[a-z][^\W\d_]*(?:[ \t]*\((?:\d{1,3}[a-z]?|[a-z])\))?[ \t\n]*$")
_NAME_GOES_ON = lazy(r"^[ \t\n]*[a-z]")


def second_way(before: str, after: str) -> bool:
    """Whether ``atau`` opens a second way of writing the formula, not the middle of a name:
    ``… tarif iuran produksi atau royalti dikurangi …`` and ``… usia 17 tahun ke atas atau
    sudah kawin x 100%`` join words of one name (a word in lower case on both sides);
    ``… sama dengan seratus atau A/B X 100%`` opens a second way."""
    return not (_IN_A_NAME.search(before) and _NAME_GOES_ON.match(after))
