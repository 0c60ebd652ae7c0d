"""What a sentence says after its formula in words, set aside: a remark in brackets
(``… dikalikan 1000 (untuk mendapatkan rasio per 1.000 penduduk).``), a purpose (``… untuk
mendapatkan persentasenya``), the unit the result is stated in (``… dan dinyatakan dalam
satuan persen``), the result of a step named between two operations, a bracket that says which
operation the formula is not (``(bukan dibagi seluruh penduduk)``), and the words of a form's
note around the columns it computes with (:mod:`ikicalc.lang.form_columns`).

Each works on the cell's characters in place and keeps the text's length (see
:mod:`ikicalc.lang.layout`).
"""

from __future__ import annotations

import re
from functools import cache

from ikicalc.lang import guards
from ikicalc.lang.asides import beside_operands
from ikicalc.lang.chars import text_of
from ikicalc.lang.form_columns import form_columns
from ikicalc.lang.layout_cues import blank, operator
from ikicalc.lang.operator_words import said
from ikicalc.lang.preamble import rate_title_masked
from ikicalc.lang.runon import after_formula
from ikicalc.lang.said import computes as _computes
from ikicalc.lang.said import states
from ikicalc.names import names_data
from ikicalc.patterns import lazy

__all__ = ["remark_at_end"]


@cache
def _not_so() -> re.Pattern[str]:
    """A bracket that says which operation the formula is not: ``(bukan dibagi seluruh
    penduduk)`` (BPS glossary of Kutai Kartanegara): a remark, no operation of it."""
    return re.compile(rf"(?i)[ \t]*\([ \t]*bukan[ \t]+(?:{said(plain=True)})(?![^\W_])[^()]*\)")


@cache
def _remark() -> re.Pattern[str]:
    words = "|".join(names_data()["layout"]["remark_words"])
    # a remark says something after its word ("(target 100%)", "(dalam persen)"); a word alone
    # in brackets names the quantity again ("rencana (target)"); a line may break after the word
    # ("(yaitu\nIA = 50/N).", Kepka BAPETEN 4/1999); from a run's first blank (not the square)
    return re.compile(rf"(?i)(?<!\s)\s*\([ \t]*(?:{words})\b\s*[^()\s][^()]*\)[ \t]*+\.?\s*+$")


# a purpose said after the formula; not a need a name states ("… semua ongkos yang perlu untuk
# mendapatkan dan memelihara hasil tersebut", UU 78/1958)
_PURPOSE = lazy(
    r"(?i)(?<!perlu)(?<!diperlukan)(?<!digunakan)(?<!dikeluarkan)[\s,]+\b(?:untuk|agar|supaya"
    r"|guna)\s+(?:mendapatkan|memperoleh|menghasilkan|menyatakan|mengetahui)\b[^()=/÷×*]*$"
)


# the result of a step named between two operations: "A dikurangi B diperoleh nilai pasar
# tanah kosong untuk kemudian dibagi C" (the steps apply in the order said)
_RESULT_NAMED = lazy(
    r"(?i)[ \t,]*(?<!yang\s)(?<!yg\s)\b(?:diperoleh|didapat(?:kan)?|menghasilkan)\b[^.;=/÷×*]*?"
    r"(?:\b(?:untuk|yang|dan)\b)?(?=\s*\b(?:kemudian|lalu|selanjutnya|dibagi|dikali(?:kan)?"
    r"|ditambah|dikurangi)\b)"
)
# "… dan dinyatakan dengan satuan persen": the unit the result is stated in, as "dalam"
_STATED_WITH = lazy(r"(?i)(?<=dinyatakan[ \t\n])dengan(?=[ \t\n]+satuan[ \t\n]+(?:persen|prosen))")
# "… di kali dengan seratus dan dinyatakan dengan satuan persen": the scale of 100 is the
# percent the result is stated in (not a second × 100%)
_SCALE_IN_PERCENT = lazy(
    r"(?i)(?:\b(?:di[ \t]*kali(?:kan)?|kali)(?:[ \t\n]+dengan)?|[xX×*])[ \t\n]+(?:100|seratus)\b"
    r"(?P<clause>[ \t\n,]+(?:(?:dan|serta)[ \t\n]+)?dinyatakan[ \t\n]+(?:dalam|dengan)[ \t\n]+"
    r"(?:satuan[ \t\n]+)?(?:persen|prosen)\b(?:[ \t]*\(%\))?)"
)
# the conjunction that joins a formula to its closing clause: "… B dan dinyatakan dalam persen"
_JOINED_CLOSING = lazy(r"(?i)[\s,]+\b(?:dan|serta|lalu|kemudian)\b(?=\s+dinyatakan\b)")


def remark_at_end(chars: list[str]) -> None:
    """``… dikalikan 1000 (untuk mendapatkan rasio per 1.000 penduduk).``: a remark in
    brackets after the formula, opened by a word of ``[layout] remark_words``; and a purpose
    said after it (``… dikalikan 100 untuk mendapatkan persentasenya``); first, the columns of
    a form as the operands of its note (the note's words around them set aside,
    :func:`ikicalc.lang.form_columns.form_columns`)."""
    text = text_of(chars)
    if guards.holds(text, "kolom"):
        form_columns(chars)  # "Diisi … dengan mengalikan nilai kolom ( 5) dan kolom ( 6) pada …"
        text = text_of(chars)
    for aside in _not_so().finditer(text) if "(" in text and guards.holds(text, "bukan") else ():
        blank(chars, *aside.span())  # "A dibagi B (bukan dibagi seluruh penduduk), dikali 100"
    text = text_of(chars)
    stated = "dinyatakan" in text
    for scale in _SCALE_IN_PERCENT.finditer(text) if stated else ():
        blank(chars, *scale.span("clause"))  # "… di kali dengan seratus dan dinyatakan dalam
        chars[scale.start("clause") + 1 : scale.start("clause") + 7] = list("persen")  # persen"
    text = text_of(chars)
    for stated_with in _STATED_WITH.finditer(text) if stated else ():
        chars[stated_with.start() : stated_with.end()] = list("dalam ")  # "… dengan satuan persen"
    text = text_of(chars)
    found = _remark().search(text) if text.rstrip().rstrip(".").endswith(")") else None
    if found and (operator().search(text, 0, found.start()) or states(text[: found.start()])):
        blank(chars, found.start(), found.end())
        text = text_of(chars)
    if "diperoleh" in text or "didapat" in text:
        for found in _RESULT_NAMED.finditer(text):
            before = rate_title_masked(text, found.start())[: found.start()]
            if operator().search(before) or _computes(before):
                blank(chars, found.start(), found.end())  # "… diperoleh nilai X untuk …"
        text = text_of(chars)
    if "nyatakan" in text:
        for found in _JOINED_CLOSING.finditer(text):
            blank(chars, found.start(), found.end())  # "… dan dinyatakan dalam satuan persen"
        text = text_of(chars)
    beside_operands(chars, text)  # "… B dan hak lainnya sesuai …", "rata-rata antara A dan B"
    after_formula(chars, text_of(chars))
    text = text_of(chars)
    purposed = guards.may_find(_PURPOSE, text)
    purpose = _PURPOSE.search(text) if purposed else None  # "… 100 persen untuk mendapatkan …"
    if purpose and operator().search(text, 0, purpose.start()):
        blank(chars, purpose.start(), purpose.end())
