"""Formulas said in sentences: the operation named by a noun or a verb, the sentences
around the one that holds the formula, remarks in brackets, and ``sama dengan`` as a label.

Metadata portals and BPS pages write the method as a sentence (``Rasio ini dihitung dengan
membagi jumlah dokter dengan jumlah penduduk, lalu dikalikan 1000 (untuk mendapatkan rasio
per 1.000 penduduk).``, ``Nilai yang diperoleh dari perkalian A dengan B. Semakin tinggi
…``). Each function here works on the cell's characters in place and keeps the text's
length (see :mod:`ikicalc.lang.layout`); the words they look for are data
(``data/names.toml``, ``[layout]``).
"""

from __future__ import annotations

import re
from itertools import pairwise

from ikicalc.lang import guards
from ikicalc.lang.asides import cited_items
from ikicalc.lang.chars import text_of
from ikicalc.lang.compared import RATIO_WITH, Said, guess, same_time_masked, usable
from ikicalc.lang.layout_cues import blank, operator
from ikicalc.lang.multiples import times_said
from ikicalc.lang.notes_under import note_after
from ikicalc.lang.preamble import rate_title_masked
from ikicalc.lang.rates import added_with
from ikicalc.lang.restated import lines_after, restated, said_again
from ikicalc.lang.said import (
    added_list,
    conjunction_aside,
    divided_by_words,
    joined_operations,
    last_factor_joined,
    ratio_heading,
    summed,
)
from ikicalc.lang.said import divides_between as _divides
from ikicalc.lang.said_heads import head_after_cue, misspelt_head, operation_head
from ikicalc.lang.said_joins import serta_parts
from ikicalc.lang.said_lists import lists_said
from ikicalc.lang.said_order import deducted_in_order, deducted_last
from ikicalc.lang.sentences import second_way, sentence
from ikicalc.names import counting_spellings
from ikicalc.patterns import lazy

__all__ = [
    "formula_in_brackets",
    "furniture",
    "label_said",
    "note_after",
    "operation_said",
    "second_way",
    "sentence",
]

# "perbandingan antara A terhadap B", "membagi A dengan B", "perkalian A dengan B": the noun or
# verb of the operation opens the formula, the first "terhadap"/"dengan" after it the operator.
_OPERATION = lazy(
    r"(?i)\b(?P<cue>perbandingan|mem(?:per)?bandingkan|membagi(?:kan)?|(?P<division>pembagian)"
    r"|(?P<quotient>hasil\s+(?:pem)?bagi)"
    r"|(?P<product>perkalian|mengalikan|hasil\s+kali)|(?P<less>mengurang(?:kan|i)"
    # (not counted: "Total pengurangan sampah" names a quantity, the reduction of waste)
    r"|(?<!jumlah\s)(?<!total\s)(?<!jml\s)pengurangan))"
    r"\s+(?P<between>antara\s+|dari\s+)?(?=\S)"
    # "sesuai/sama dengan": a name's; "perkalian A dan B" multiplies, "hasil bagi A dan B" divides
    r"(?P<rest>[\s\S]*?),?\s(?P<word>terhadap|(?<!sesuai\s)(?<!sama\s)(?<!kali\s)(?<!kalikan\s)"
    r"(?<!bagi\s)(?<!tambah\s)(?<!kurangi\s)(?<!kurangkan\s)(?<!tambahkan\s)(?<!banding\s)"
    r"(?<!bandingkan\s)dengan"
    r"|(?(between)dan|(?(product)dan(?![^.;]*\sdengan\s)|(?(quotient)dan|(?!))))"
    r"|(?(quotient)oleh|(?(division)oleh|(?!))))\s+(?=\S)"  # "pembagian A oleh B": its agent
    r"|\b(?P<share>persentase|prosentase|presentase|rasio|proporsi)\s+(?:dari\s+|antara\s+)?"
    r"(?=\S)(?P<part>[\s\S]*?)\s(?P<against>terhadap)\s(?=\S)"
)
# "Bobot Daerah adalah proporsi kebutuhan … dengan Total Kebutuhan …", "Rasio antara A dengan
# B": with no verb or noun of an operation, a ratio's noun and "dengan" (lang/compared.py)
# "Persentase Jumlah penduduk yang memiliki KK dengan jumlah Kepala Keluarga …": with no
# other cue, "dengan" before a counted quantity says "against"
_SHARE_WITH = lazy(
    r"(?i)^\s*(?P<share>persentase|prosentase|presentase)\s+(?P<cue>)(?P<between>)(?P<rest>)"
    r"(?P<word>)(?=\S)(?P<part>[\s\S]*?)\s(?P<against>dengan)\s(?=(?:jumlah|jml|jmlh|total|banyaknya)\b)"
)


def operation_said(chars: list[str]) -> Said | None:
    """``… perbandingan antara A terhadap B``: blank what stands before the cue (the
    indicator's words, a preamble) and write the operator for the word; a :class:`Said` (with
    the guesses it made, :mod:`ikicalc.lang.compared`) when done, else ``None``.
    Only when no operator stands before the cue, and for a ratio, no division anywhere. A
    ratio's noun that heads a cell writing its division (``Perbandingan Jumlah A dibagi
    jumlah B``) is set aside."""
    text = text_of(chars)
    lower = text.lower()
    deducted_in_order(chars)  # "A setelah dikurangi B dikalikan C": (A − B) × C
    if "beserta" in lower:
        added_with(chars)  # "A beserta sanksi … berupa denda sebesar 2 (dua) kali B": A + …
    joins = "dan" in lower or "serta" in lower or " y" in lower  # "… dan dikali 1.000"
    if joins and ("kali" in lower or "bagi" in lower or "ditambah" in lower or "kurangi" in lower):
        joined_operations(chars)
        last_factor_joined(chars)  # "… dikalikan jumlah reklame dan Indeks Ukuran …"
        text = text_of(chars)
    if lower.lstrip()[:1] in ("p", "r") and ratio_heading(chars):
        return None  # "Perbandingan Jumlah A dibagi jumlah B"
    if " kali" in lower or "½" in text:
        times_said(chars)
        text = text_of(chars)
    if "jumlahkan" in lower or "penjumlahan" in lower:
        summed(chars)
        text = text_of(chars)
    if any(word in lower for word in _LISTING):
        lists_said(chars)  # "penjumlahan dari A, B dan C", "A, B dan C dijumlahkan …"
        text = text_of(chars)
    if "bagi" in lower:
        divided_by_words(chars)
        text = text_of(chars)
    conjunction_aside(chars)  # "… apabila dikurangi …", "… harus dikalikan …"
    if ("," in text or " dan " in text) and ("tambah" in lower or "kurang" in lower):
        added_list(chars)  # "A ditambah B, C dan D", "A dikurangi B C dan D E"
        text = text_of(chars)
    if " serta" in lower and ("tambah" in lower or "kurang" in lower):
        serta_parts(chars)  # "A dikurangi dengan B dan C serta D": B dan C, then D
        text = text_of(chars)
    searched = same_time_masked(text)
    found = (
        (_OPERATION.search(searched) if guards.may_find(_OPERATION, text) else None)
        or (_SHARE_WITH.search(text) if "sentase" in lower else None)
        or (_ratio_with(text) if "proporsi" in lower or "rasio" in lower else None)
    )
    head = operation_head(searched)  # "Persentase X diukur dengan membandingkan A terhadap B"
    kept = chars[:] if head is None and found is None else None
    typo = misspelt_head(chars) if kept is not None else None  # "… dengan cara mengalihkan …"
    if typo is not None:
        head = operation_head(same_time_masked(text_of(chars)))
    if head is not None and (not found or found.group("share") or found.start() <= head.start()):
        headed = head_after_cue(chars)
        if headed is not None:
            return Said((typo, *headed.readings)) if typo else headed
    if typo is not None and kept is not None:
        chars[:] = kept
    several = found is not None and found.group("share") and lower.count("terhadap") > 1
    if (found is None or several) and " terhadap " in lower.replace("\n", " "):
        _against_count(chars, text)  # "… x [(30 % x persentase A terhadap total B) + (…)]"
        if several:
            return None
    if found is None or operator().search(rate_title_masked(text, found.start()), 0, found.start()):
        return None
    found = _counted_operand(searched, found)
    if found.group("share"):  # "persentase A terhadap B", "rasio A terhadap B"
        said = found.group("against").lower()  # "terhadap", or "dengan" before a count
        if operator().search(text) or len(re.findall(rf"(?i)\s{said}\s", text)) != 1:
            return None
        blank(chars, 0, found.start("part"))
        if found.group("share").lower().endswith(("entase", "rosentase")):
            chars[found.start("share") : found.start("share") + 6] = list("100% x")
        word = found.start("against")
        chars[word : found.end("against")] = list("/".ljust(len(found.group("against"))))
        return Said()
    product = found.group("cue").lower().startswith(("perkalian", "mengalikan", "hasil kali"))
    less = found.groupdict().get("less")  # "mengurangkan A dengan B": A - B
    elsewhere = _divides(text, found.end("cue"), len(text)) or _divides(text, 0, found.start())
    if not product and not less and elsewhere:
        return None
    blank(chars, 0, found.start("rest"))
    word = found.start("word")
    sign = "×" if product else "-" if less else "/"
    chars[word : found.end("word")] = list(sign.ljust(len(found.group("word"))))
    deducted = _DEDUCTED.search(text, found.start("rest"), word) if found.start("rest") else None
    if deducted and len(found.group("word")) > 1:  # "mengalikan A setelah dikurangi B dengan C"
        blank(chars, *deducted.span(1))  # the verb's operand is what remains: (A − B) × C
        chars[found.start("rest") - 1] = "("
        chars[word : word + 2] = [")", sign]
    deducted_last(chars, text, found.end("word"))  # "mengalikan A dengan B setelah dikurangi C"
    explained = _EXPLAINED.search(text, found.start("rest"), word)
    if explained:  # "membagi jumlah angkatan kerja yaitu penduduk … dengan …": an explanation
        blank(chars, explained.start(), word)
    return Said(guess(text, found))


_LISTING = ("jumlahan", "jumlahkan", "perkalian", "hasil kali", "ngalikan", "jumlah dari", "akumul")
_DEDUCTED = lazy(r"(?i)\b(setelah|sesudah)\s+dikurangi\b")


def _ratio_with(text: str) -> re.Match[str] | None:
    """The first ``proporsi``/``rasio`` … ``dengan`` of ``text`` that reads it (see
    :mod:`ikicalc.lang.compared`)."""
    for found in RATIO_WITH.finditer(text):
        if usable(text, found):
            return found
    return None


_TERM_OPENS = lazy(r"[(\[+×*]|(?<=\s)[xX](?=\s)")
_SHARE_WORD = lazy(r"(?i)[ \t\n]*(persentase|prosentase|presentase)[ \t\n]+")
_AGAINST = lazy(r"(?i)[ \t\n](terhadap)[ \t\n]+(?=(?:jumlah|jml|jmlh|jm|total|banyaknya)\b)")


def _against_count(chars: list[str], text: str) -> None:
    """``Jumlah A terhadap jumlah B x 100%``: ``terhadap`` before a counted quantity, in a
    cell with no division, is the ratio's bar; so is each of several in terms of their own
    (``… x [(25 % x jumlah penduduk suatu Desa terhadap total penduduk Desa) + (10 % x …
    terhadap total …)]``, the allocation formula of Alokasi Dana Desa)."""
    found = list(_AGAINST.finditer(text))
    apart = all(re.search(r"[)+]", text[a.end() : b.start()]) for a, b in pairwise(found))
    if found and apart and not _divides(text, 0, len(text)):  # "(25 % x A terhadap total B)
        for each in found:  # + (10 % x C terhadap total D)": each term a share of its own
            start, end = each.span(1)
            chars[start:end] = list("/".ljust(end - start))
            # "(30 % x persentase A terhadap total B)": the word names the share, A / B
            opened = [m.end() for m in _TERM_OPENS.finditer(text, 0, start)]
            share = _SHARE_WORD.match(text, opened[-1]) if opened else None
            if share and share.end() <= start:
                blank(chars, share.start(1), share.end(1))


def _counted_operand(text: str, found: re.Match[str]) -> re.Match[str]:
    """``perbandingan antara Jumlah desa … dengan baik dengan jumlah seluruh desa``: the
    first ``dengan`` may belong to the name; when it is not followed by a counting word and
    a later one is, the operator is the later one (the second operand is a quantity)."""
    if found.group("share") or not found.group("word"):
        return found
    counted = r"(?:" + "|".join(sorted(counting_spellings())) + r")\b"
    if re.match(counted, text[found.end() :], re.IGNORECASE):
        return found
    later = re.compile(
        r"(?i)\b(?P<cue>" + re.escape(found.group("cue")) + r")\s+(?P<between>antara\s+|dari\s+)?"
        r"(?P<rest>[\s\S]*?)\s(?P<word>terhadap|dengan"
        + ("|dan" if found.group("between") else "")
        + r")\s(?="
        + counted
        + ")"
        r"(?P<share>(?!))?"
    )
    again = later.search(text, found.start("cue"))
    if again and operator().search(text, found.end("word"), again.start("word")):
        return found  # "… dengan bobot … dibagi dengan jumlah …": the later one divides
    return again if again and again.start("cue") == found.start("cue") else found


_EXPLAINED = lazy(r"(?i)[ \t,]+\b(?:yaitu|yakni|ialah)\b")


# not after "yang": "… pada tahun yang sama dengan B" is a name's "the same" before an
# operation's "dengan" ("perbandingan antara A pada tahun yang sama dengan B")
_SAID_EQUAL = lazy(r"(?i)(?<=\S)(?<!\byang)(?<!\byg)\s+(sama\s+dengan)\s+(?=[^\W_])")


def label_said(chars: list[str]) -> None:
    """``APK SD sama dengan A dibagi dengan B``: a short label, then ``sama dengan`` and a
    formula; the words become the label's ``=``."""
    text = text_of(chars)
    found = _SAID_EQUAL.search(text) if "sama" in text.lower() else None
    if found is None or "=" in text:
        return
    before = text[: found.start()]
    if (
        len(before.split()) > 20  # a regulation names its term at length
        or operator().search(before)
        or not operator().search(text, found.end())
    ):
        return
    start, end = found.span(1)
    chars[start:end] = list("=".ljust(end - start))


# typographic quotes around a whole cell (ASCII quotes, '"Jumlah PNS"', stay refused: code), a
# quote after the period that ends an amended ayat quoted whole ('… penjualan."', PP 14/1997)
_QUOTES = lazy(r'^\s*[“‘](?=[^“”‘’]*[”’]\s*$)|(?<=[^\s“‘"])[”’](?=\s*$)|(?<=\.)"(?=\s*$)')
_DISPLAY = lazy(r"\\[\[\]()]")
_SUPERSCRIPT = lazy(
    r"(?<=[^\W\d_])(?<![mM])(?<!(?<![^\W_])[^\W\d_])[¹²³⁴⁵⁶⁷⁸⁹⁰]+"  # "desa²"; not "m²", "r²"
    r"|(?<![\s×*]10)(?<=[\s%\d)])[ \t]*[¹²³⁴⁵⁶⁷⁸⁹⁰]+(?=\s*$)"
    r"|(?<=\S)[ \t]*\*+(?=\s*$)|(?<=\S)[ \t]+\*+\)[ \t]+[^\W\d_][^\n]*$"
    # a mark glued to a name before its closing bracket, or to a percent before an operator
    r"|(?<=[^\W\d_])\*+(?=\))|(?<=%)\*+(?=[ \t]*[/÷×+)])"
)
_SUPERSCRIPT_CHARS = lazy(r"[¹²³⁴⁵⁶⁷⁸⁹⁰]")
_BLANK_RESULT = lazy(r"(?<=\S)[ \t\n]*=[ \t]*(?:…|\.{2,}|_{2,})?[ \t]*%?[ \t]*$")


# a label that is only the percent sign ("% =", "Persen (%) ="), a unit after the formula "(%)"
_PERCENT_FURNITURE = lazy(
    r"(?i)^[ \t]*(?:persen(?:tase)?[ \t]*)?\(?%\)?[ \t]*="
    r"|(?<=[^\W\d_)])[ \t]*\([ \t]*%[ \t]*\)(?=[ \t]*$|\s*=)"
)
# the limits of a sum: "\\sum_{i=1}^{n}", "Σ_{i=1}^{n}", "\\sum^J_{j=1}"
_SUM_LIMITS = lazy(
    r"(?:(?<=\\sum)|(?<=[Σ∑]))(?:[ \t]*(?:_\{[^{}]*\}|_[^\s{}]+|\^\{[^{}]*\}|\^[^\s{}]))+"
)
# ("%capaian x Bobot SKPD …" with no '=' after it: a name of a percentage, the grammar's)
_PERCENT_LABEL = lazy(r"^\s*\$*\s*(\\?%)(?=[^\W\d_][^=\n]*=)")
_NOTE_IN_BRACKETS = lazy(r"(?i)[ \t]*\((?:sumber|ket|keterangan|catatan|data)[ \t]*:[^()\n]*\)")
# the end of an item of a list in a regulation: "…; dan", "…; dan/atau", "…; atau"
# the number of a regulation's paragraph opening a sentence: "(3) Besaran …", "(2a) Tarif …",
# its space lost in a scan ("(1)Ketua Panitia Pemilihan …", PP 9/1954)
_PARAGRAPH_NUMBER = lazy(r"^\s*(\(\d{1,2}[a-z]?\))[ \t]*(?=[A-Z][a-z])")
_LIST_ITEM_END = lazy(r"(?i)(?<![ \t])[ \t]*+;(?:[ \t]*+(?:dan/atau|dan|atau))?[ \t]*+\.?[ \t]*+$")
_FIGURE_WORD = lazy(
    r"(?i)(?:\b(?:dikali(?:kan)?|kali|dengan|dibagi|membagi|mengalikan)|[×*xX÷/])\s+"
    r"((?:angka|bilangan|konstanta)"
    r"(?:\s+(?:koefisien|pengali|pembagi|konversi|tetap))?)\s+(?=\d)"  # "angka koefisien 100";
    # the verb of an operation before its operand: "membagi angka 50 dengan nilai N" (Kepka
    # BAPETEN 4/1999)
)


# the fraction slash between two whole numbers is a fraction, one number ("2⁄3": arith14)
_FRACTION_SLASH = lazy(r"(?<=\d)⁄(?=\d)")
# a product sign glued to the word before it and spaced from the scale after it
_GLUED_SCALE = lazy(r"(?<=[^\W\d_])[×*][ \t]+(?=1(?:0{2,}|\.000)(?![\d.,]*\d))")
# a bullet that opens a line inside the cell (not a minus: "●", "•", "▪", "◦")
_LINE_BULLET = lazy(r"(?m)(?<=\n)[ \t]*[●•▪◦][ \t]+")
_TRAILING_RULE = lazy(r"[ \t]+_{2,}[ \t]*$")
# the number of a page between the lines of a PDF's text: "- 3 -" on a line of its own
_PAGE_NUMBER = lazy(r"(?m)^[ \t]*[-–][ \t]*\d{1,3}[ \t]*[-–][ \t]*$")


def furniture(chars: list[str]) -> None:
    """What a cell carries around a formula that no formula means: typographic quotes
    around a whole formula, LaTeX display delimiters (``\\[ … \\]``), footnote marks in superscript
    (``desa²``, but not ``m²``) or after the scale (``100%*``), a final ``;``, and the blank
    result of a form (``= …%``). (A character that takes no place on a page, a zero-width
    space, is gone before: :func:`ikicalc.names.visible`.)"""
    text = text_of(chars)
    if "∕" in text or "⁄" in text:  # U+2215, U+2044: the division and fraction slashes
        for index, char in enumerate(chars):
            if char == "∕" or (char == "⁄" and not _FRACTION_SLASH.match(text, index)):
                chars[index] = "/"
        text = text_of(chars)
    glued = "× " in text or "*" in text or "×\t" in text
    for found in _GLUED_SCALE.finditer(text) if glued else ():
        sign = chars[found.start()]  # "… peserta pelatihan× 100%": the scale, not a word's end
        chars[found.start()] = " "
        chars[found.end() - 1] = sign
    text = text_of(chars)
    cited_items(chars) if text.count(")") > text.count("(") else None  # "… butir a) dikalikan"
    numbered = _PARAGRAPH_NUMBER.match(text) if text.lstrip()[:1] == "(" else None
    if numbered:  # "(2a) Besaran … sama dengan …": the number of a regulation's paragraph
        blank(chars, numbered.start(1), numbered.end(1))
    if text.count(";") == 1:
        for found in _LIST_ITEM_END.finditer(text):
            blank(chars, found.start(), found.end())
    quoted = list(_QUOTES.finditer(text)) if guards.has(text, "“", "‘", '"') else []
    if len(quoted) == 2 or (len(quoted) == 1 and sum(map(text.count, '"”’“‘')) == 1):
        for found in quoted:
            chars[found.end() - 1] = " "
    if "\\" in text and re.search(r"\\(?:frac|times|text|sum|cdot)", text):
        for found in _DISPLAY.finditer(text):
            blank(chars, found.start(), found.end())
    if "*" in text or (guards.beyond_ascii(text) and _SUPERSCRIPT_CHARS.search(text)):
        for found in _SUPERSCRIPT.finditer(text):
            blank(chars, found.start(), found.end())
    percent_unit = "(%)" in text.replace(" ", "") or re.match(r"\s*(?:persen|\(?%)", text, re.I)
    label = _PERCENT_LABEL.match(text) if "%" in text[:4] else None
    if label:  # "$\\%KK=\\frac{…}": the label is KK, in percent
        blank(chars, label.start(1), label.end(1))
    for found in _PERCENT_FURNITURE.finditer(text) if percent_unit else ():  # "% =", "… (%)"
        blank(chars, found.start(), found.end())
    noted = "(" in text and ":" in text and guards.may_find(_NOTE_IN_BRACKETS, text)
    for found in _NOTE_IN_BRACKETS.finditer(text) if noted else ():  # "(Sumber: BPS)"
        blank(chars, found.start(), found.end())
    restated(chars)  # "dikalikan seratus persen (100%)", "… 100% (0-59 bulan)"
    lines_after(chars, text_of(chars))  # "(A / B) x 100%\nYang dimaksud dengan …\nTipologi …"
    text = text_of(chars)
    said_again(chars, text)  # "100 (seratus) persen", "dibagi 12 (dua belas) bulan"
    lower = text.lower()
    figure = "angka" in lower or "bilangan" in lower or "konstanta" in lower
    for found in _FIGURE_WORD.finditer(text) if figure else ():
        blank(chars, found.start(1), found.end(1))
    for found in _SUM_LIMITS.finditer(text) if "_" in text or "^" in text else ():
        blank(chars, found.start(), found.end())  # "\\sum_{i=1}^{n} x_i": Σ of x_i
    text = text_of(chars)
    bullets = "\n" in text and ("●" in text or "•" in text or "▪" in text or "◦" in text)
    for found in _LINE_BULLET.finditer(text) if bullets else ():  # "Biaya …:\n● (2% x …"
        blank(chars, found.start(), found.end())
    for found in _TRAILING_RULE.finditer(text) if "__" in text else ():  # "… Pertama. __"
        blank(chars, found.start(), found.end())
    paged = "\n" in text and (" -" in text or "- " in text or "–" in text)
    for found in _PAGE_NUMBER.finditer(text) if paged else ():  # "\n- 3 -\n" of a PDF
        blank(chars, found.start(), found.end())
    text = text_of(chars)
    blank_result = "=" in text and guards.ends_with(text, "=", "%", "…", ".", "_")
    result = _BLANK_RESULT.search(text) if blank_result else None
    if result and operator().search(text, 0, result.start()):
        blank(chars, result.start(), result.end())


_TWO_WORDS = lazy(r"[^\W\d_]{2,}[ \t]+[^\W\d_]{2,}")
_FOLD_BEFORE = lazy(r"(?i)(?:rata-rata|rerata)(?:\s+dari)?\s*(?:\\left\s*)?$")
def formula_in_brackets(chars: list[str], text: str) -> None:
    """``Persentase ASN … (A / B * 100%).``: the indicator's words, then the formula in
    brackets at the end of the cell; the words are set aside."""
    closing = text.rstrip().rstrip(".").rstrip()
    opening = text.find("(")
    if opening >= 0 and not closing.endswith(")") and not _balanced(text):
        _unclosed(chars, text, closing)
        return
    if not closing.endswith(")") or opening < 0:
        return
    words, inner = text[:opening], closing[opening + 1 : -1]
    if (
        _TWO_WORDS.search(words)
        and not operator().search(words)
        and not _FOLD_BEFORE.search(words)  # "nilai rata-rata (A × B)" is a mean
        and operator().search(inner)
        and _balanced(inner)
    ):
        blank(chars, 0, opening + 1)
        blank(chars, len(closing) - 1, len(closing))


def _unclosed(chars: list[str], text: str, closing: str) -> None:
    """``Persentase … (Jumlah A dibagi jumlah B, dikali 100%``: the bracket that opens the
    formula is never closed; the words before it are the indicator's and are set aside."""
    for found in re.finditer(r"\(", closing):
        words, inner = closing[: found.start()], closing[found.end() :]
        if operator().search(words):
            return
        if _balanced(inner) and operator().search(inner) and _TWO_WORDS.search(inner):
            if words.strip() and not _TWO_WORDS.search(words):
                return
            blank(chars, 0, found.end())
            return


def _balanced(text: str) -> bool:
    """Whether the round brackets of ``text`` open before they close and all close."""
    level = 0
    for char in text:
        level += (char == "(") - (char == ")")
        if level < 0:
            return False
    return level == 0
