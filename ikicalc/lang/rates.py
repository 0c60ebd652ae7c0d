"""A rate as regulations write it: the words that describe it, its currency, its colon.

Tariff regulations (PP PNBP, PMK) write a charge as a rate times a base, the rate after the
words that describe it and said again in words: ``(tarif 18% (delapan belas persen) dikalikan
harga jual) dikurangi …``, ``… skala kecil sebesar 1% (satu perseratus) dikalikan …``,
``diperoleh dari hasil perkalian 10% (sepuluh persen) dikali …``. The words in brackets are
set aside by :func:`ikicalc.lang.prose.furniture`; here

* :func:`rate_described` sets aside the words before such a rate (back to the bracket that
  opens its operand, or to the start of the cell): a rate is a number, the words before it
  describe it (``tarif``, ``sebesar``, ``Bagi perusahaan … sebesar``);
* :func:`currency` sets aside ``Rp`` (``IDR``, ``US$``) before an amount where an operand
  stands (``… + Rp100.000,00``, ``x Rp 1.000.000,-``, ``dikalikan Rp. 25.000``, at the
  start of the cell), and the ``,-`` closing it: the amount is a constant in rupiah;
* :func:`share_again` sets aside a share said again after it (``0,005 (0,5%)``);
* :func:`colon_divides` reads the colon of ``T = (Harga Perolehan Barang: Umur Ekonomis) x
  30%`` as the division it is in Indonesian arithmetic (``:`` for ÷), written glued to the
  name before it, inside brackets an operator follows.

All keep the text's length (see :mod:`ikicalc.lang.layout`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ikicalc.errors import IkiError
from ikicalc.i18n import N_
from ikicalc.lang import guards
from ikicalc.lang.chars import text_of
from ikicalc.lang.layout_cues import blank, operator
from ikicalc.lang.operator_words import said
from ikicalc.lang.periods import per_unit
from ikicalc.lang.said_digits import unit_of_measure
from ikicalc.names import condition_words
from ikicalc.patterns import lazy

__all__ = [
    "REASON_FACTOR_UNIT",
    "added_with",
    "colon_divides",
    "currency",
    "factor_unit",
    "rate_described",
    "rate_more_than",
    "rates_restated",
    "scale_marks",
    "share_again",
    "whole_rate",
]

# a percent (or per mille) rate followed by a product: "18% dikalikan", "1% x", "2‰ ×"
# or a share written as a fraction ("selama masa 2/5 dari pada lamanya …", PP 6/1950): the words
# before it are no name it ends
_RATE = lazy(
    r"(?<=[^\W\d_,][ \t\n])[ \t\n]*(?P<rate>\d[\d.,]*[ \t]*(?:%|‰|(?i:persen)(?![^\W_]))"
    r"|\d{1,2}/\d{1,3}(?![\d.,/]))"
    r"(?=[ \t\n]+"
    r"(?:(?i:dikali(?:kan)?|di[ \t]+kali|kali)\b|[xX×*](?![^\W\d_])))"
)
# what every match of _RATE holds: its sign or its word ("2 persen"), then a product (a guard)
_RATE_THEN_PRODUCT = lazy(
    r"(?:[%‰]|(?i:persen)|\d/\d+)[ \t\n]+(?:(?i:dikali|di[ \t]+kali|kali)|[xX×*])"
)
# "dikali 11/12 dari tarif …": a share, an operand of a product, of a quantity
_SHARE_OF = lazy(
    r"(?i)(?:\bdikali(?:kan)?|\bkali|[xX×*])[ \t]+\d[\d.,]*(?:/\d+)?[ \t]*%?\s+(?P<of>dari)"
    r"(?=\s+[^\W\d_])"
)
# the words that name a share added or deducted, before its rate: "ditambah denda sebesar 25%
# (…) dari", "dikurangi biaya administrasi sebesar 2% dari"
_ADDEND_NAMED = lazy(  # "beserta" (together with) too: "… jumlah pajak yang sebenarnya
    # terutang beserta sanksi administrasi berupa denda sebesar 2 (dua) kali …" (UU 16/2000)
    r"(?i)(?<![^\W_])(?:di[ \t]*tambah|di[ \t]*kurangi|(?P<with>beserta))(?:[ \t]+dengan)?[ \t\n]+"
    r"(?P<words>(?:(?!sebesar(?![^\W_]))[^\W\d_]+[ \t\n]+){1,4}sebesar)[ \t\n]+"
    r"(?=\d[\d.,]*[ \t]*(?:%|‰|persen(?![^\W_]))[^.;]{0,120}?(?:(?<![^\W_])dari(?![^\W_])|×)"
    # or a multiple: "ditambah dengan sanksi administrasi berupa denda sebesar 4 (empat) kali
    # jumlah pajak tersebut" (PP 74/2011)
    r"|\d{1,3}[ \t]*(?:\([^()\d]{1,30}\)[ \t]*)?(?:kali(?![^\W_])|×))"
)
# what the words before a rate may not hold: an operation (then they are an operand)
_OPERATION = lazy(
    r"[+×*/÷=:]|(?<!\S)[-xX−](?!\S)|(?i:\b(?:dikali|dibagi|ditambah|dikurang|kali)\w*)"
)
# "+ Rp100.000,00", "x Rp 1.000.000,-", "dikalikan Rp. 25.000": an amount of money where an
# operand stands (after an operator, its word, or opening the cell) is a constant, its
# currency a unit, and so is the ",-" (".-") that closes a whole amount of rupiah
_CURRENCY = r"(?P<currency>(?:Rp|IDR|US\$)\.?)[ \t]*(?=\d)[\d.,]*\d(?P<closed>[,.]-(?![\d-]))?"
_RUPIAH = lazy(
    r"(?:(?<=[-+−×*/÷(=:])|(?<![^\W_])[xX]|^|(?<![^\W_])(?i:" + said(joined=True, plain=True) + r")"
    r"|(?P<labelled>(?<=[^\W\d_]\.)|(?<=[^\W\d_])(?=[ \t])))"
    r"[ \t]*" + _CURRENCY,
    re.MULTILINE,
)

# "(Harga Perolehan Barang: Umur Ekonomis) x 30%": two names, a colon between, in brackets
# that an operator follows
# a name inside the brackets may hold a time index of its own: "(Harga Perolehan Barang
# (T-1): Umur Ekonomis (T-1)) x 30%"
_IN_NAME = r"(?:[^():\n]|\([^()\n]*\))*"
_COLON_IN_BRACKETS = lazy(
    r"\((?P<a>[ \t]*[^\W\d_]"
    + _IN_NAME
    + r"(?:[^\W\d_]|\))):(?=[ \t]+[^\W\d_]"
    + _IN_NAME
    + r"\)[ \t]*(?:[xX×*/÷](?![^\W\d_])|(?i:dikali|dibagi)))"
)

# a title before a colon ("(Catatan: …)", "(contoh: …)") opens a remark, it divides nothing
_TITLE = lazy(
    r"(?i)[ \t]*(?:catatan|keterangan|ket|sumber|contoh|misal(?:nya)?|data|rumus|formula"
    r"|yaitu|yakni|note|target|satuan)[ \t]*$"
)

# the scale of a rate after its operator: "x 100 000" (thousands spaced), "x 1.000 ‰" (per
# mille, the rate's unit mark: the scale is 1000, not 1000‰ = 1)
_SCALE_AFTER = (
    r"(?:(?<![^\W_])(?:[xX]|(?i:per|kali|dikali(?:kan)?))|[×*·⋅])[ \t]+"
)
_SPACED_THOUSANDS = lazy(_SCALE_AFTER + r"(?P<number>\d{1,3}(?:[ \t]\d{3})+)(?![\d.,])")
# "x 100,000", "per 1,000 penduduk": a power of ten grouped by commas as a spreadsheet in
# English prints it (no rate scales by a decimal written with three zeros)
_COMMA_THOUSANDS = lazy(_SCALE_AFTER + r"(?P<number>10{0,2}(?:,000)+)(?![\d.,])")
_PER_MILLE_MARK = lazy(_SCALE_AFTER + r"1[.,]?000[ \t]*(?P<mark>‰|(?i:promil|permil)(?![^\W_]))")


# "A / B (x 100%)": the scale in brackets after what it scales
_SCALE_IN_BRACKETS = lazy(
    r"(?<=\S)[ \t]*(?P<open>\()[ \t]*(?:[xX×*]|(?i:dikali(?:kan)?))[ \t]*\d[\d.,]*[ \t]*%?[ \t]*"
    r"(?P<close>\))[ \t]*\.?[ \t]*$"
)


# "Jumlah kasus / 1.000 KH", "A / 100.000 penduduk": after a slash, the scale of a rate (a
# power of ten from a thousand up) and its unit, to the end of the line or a closing bracket:
# the unit is what is counted per thousand of it (the rate per 1.000 KH is A / KH × 1.000, as
# "A per 1.000 KH" is), never a thousand of it; a name stands before the slash ("47/100.000
# jumlah penduduk" is a figure, a target)
_SLASH_RATE = lazy(
    r"(?<=[^\W\d_)\]])[ \t]*(?P<sign>/)[ \t]*"
    r"(?P<scale>1(?:\.000)+|10+(?:\.000)*|1000+)[ \t]+(?=[^\W\d_])"
    r"(?P<unit>[^\n()/÷:=+×*]*?)[ \t]*\.?[ \t]*(?=$|\n|\))",
    re.MULTILINE,
)


def _rate_scale(written: str) -> bool:
    """Whether ``written`` (``1.000``, ``100.000``, ``10000``) is a power of ten from 1000."""
    digits = written.replace(".", "")
    return digits.startswith("1") and len(digits) >= 4 and not digits[1:].strip("0")


# "100 % (seratus persen) dikalikan A": a rate restated in words, as regulations state every
# amount, before a product is a share of what it multiplies (all of it: "100% dari A" is A),
# not the scale of a percentage ("A / B x 100%"), which a division needs
_WHOLE_RATE = lazy(
    r"(?<![\d.,])(?P<rate>100[ \t]*%)(?=[ \t\n]*\([ \t\n]*(?i:seratus)[ \t\n]+(?i:persen)"
    r"[ \t\n]*\)[ \t\n]*(?:(?i:di[ \t]*kali(?:kan)?|kali)(?![^\W_])|[xX×*](?![^\W\d_])))"
)
_DIVIDES = lazy(r"[/÷:]|(?i:\b(?:dibagi|bagi|per)\b)")


def whole_rate(chars: list[str]) -> None:
    """``100 % (seratus persen) dikalikan A`` is ``1 × A`` (see ``_WHOLE_RATE``): written
    ``1`` where the rate stands, when nothing after it divides."""
    text = text_of(chars)
    for found in _WHOLE_RATE.finditer(text):
        if _DIVIDES.search(text, found.end()):
            continue
        start, end = found.span("rate")
        blank(chars, start, end)
        chars[start] = "1"


def slash_rates(chars: list[str]) -> None:
    """``A / 1.000 KH`` is ``A × 1.000 KH``: the flattened rate ``A / KH × 1.000`` (see
    ``_SLASH_RATE``)."""
    text = text_of(chars)
    for found in _SLASH_RATE.finditer(text) if "/" in text else ():
        unit = found.group("unit")
        if _rate_scale(found.group("scale")) and unit and not _OPERATION.search(unit):
            chars[found.start("sign")] = "×"


def scale_marks(chars: list[str]) -> None:
    """``A / B x 100 000 penduduk``, ``x 100,000``: thousands spaced or grouped by commas
    (written ``100.000``); ``A / B x 1.000
    ‰``: a per mille sign after the scale of a rate marks its unit (set aside); ``A / B (x
    100%)``: the brackets around the scale that ends the formula are set aside."""
    text = text_of(chars)
    bracketed = _SCALE_IN_BRACKETS.search(text) if guards.has(text, "(x", "(X", "(×") else None
    if bracketed:
        blank(chars, *bracketed.span("open"))
        blank(chars, *bracketed.span("close"))
    for found in _SPACED_THOUSANDS.finditer(text) if "000" in text else ():
        start, end = found.span("number")
        chars[start:end] = [c if c not in " \t" else "." for c in text[start:end]]
    for found in _COMMA_THOUSANDS.finditer(text) if ",000" in text else ():
        start, end = found.span("number")
        chars[start:end] = list(text[start:end].replace(",", "."))
    for found in _PER_MILLE_MARK.finditer(text) if guards.has(text, "‰", "mil") else ():
        blank(chars, *found.span("mark"))
    if "000" in text:
        slash_rates(chars)


# "… dikenai tarif … lebih tinggi sebesar 20% (dua puluh persen) daripada tarif yang …" (PP
# 80/2010, a taxpayer without NPWP): the amount is the other raised by the rate; not after a
# condition ("Apabila capaian lebih tinggi 20% dari target": a case of a scale), nor in a name
# ("desa yang lebih besar 10% dari rata-rata / …": an operation stands before or after it)
_MORE_THAN = lazy(
    r"(?i)(?<![^\W_])(?<!yang )(?<!yg )(?P<head>lebih[ \t\n]++(?P<way>tinggi|besar|rendah|kecil)"
    r"[ \t\n]++(?:sebesar[ \t\n]++)?+)(?P<rate>\d{1,3}(?:,\d{1,3})?[ \t]?%)"
    r"(?P<said>[ \t]*+\([^()\n]{0,60}\))?(?P<than>[ \t\n]++dari(?:pada)?[ \t\n]++)(?=[^\W\d_])"
)
_CONDITION = lazy(r"(?i)(?<![^\W_])(?:" + condition_words() + r")(?![^\W_])")


def rate_more_than(chars: list[str]) -> None:
    """``A lebih tinggi sebesar 20% daripada B`` (higher by a rate than B): ``A = (1 + 20%) ×
    B``, what precedes it its label; ``lebih rendah``, ``(1 − 20%)``. Written in the place of
    the words, the text's length kept."""
    text = text_of(chars)
    for found in _MORE_THAN.finditer(text):
        if (
            _CONDITION.search(text, 0, found.start())
            or operator().search(text, 0, found.start())
            or operator().search(text, found.end())
        ):
            continue
        head_start, head_end = found.span("head")
        sign = "+" if found.group("way").lower() in ("tinggi", "besar") else "-"
        opening = f"= (1 {sign} "
        if head_end - head_start < len(opening) + 1:
            continue
        blank(chars, head_start, head_end)
        chars[head_end - len(opening) : head_end] = list(opening)
        if found.group("said"):
            blank(chars, *found.span("said"))
        closing = found.start("than") if not found.group("said") else found.start("said")
        blank(chars, found.start("than"), found.end("than"))
        chars[closing] = ")"
        chars[found.end("than") - 2] = "×"


def added_with(chars: list[str]) -> None:
    """``A beserta sanksi administrasi berupa denda sebesar 2 (dua) kali B`` (UU 16/2000): the
    amount *together with* a share or a multiple named before its rate is their sum: ``+`` is
    written for ``beserta``, and the words that name the share are set aside (as
    :func:`rate_described` sets them aside after ``ditambah``)."""
    for found in _ADDEND_NAMED.finditer(text_of(chars)):
        if found.group("with"):
            blank(chars, found.start("with"), found.end("words"))
            chars[found.start("with")] = "+"


def rate_described(chars: list[str], notes: list[str]) -> None:
    """Set aside the words before a rate that a product follows (``tarif 18% dikalikan A``,
    ``Bagi … sebesar 1% dikalikan A``): back to the bracket that opens the operand, or to the
    start of the cell, when they hold no operation. A share a product reaches takes ``dari``
    (of) for its operand: ``dikali 11/12 dari tarif …`` multiplies. The words that name a
    share added or deducted are set aside too (``ditambah denda sebesar 25% dari …``: the
    share is the operand; :mod:`ikicalc.lang.share_of_it`)."""
    text = text_of(chars)
    for found in _ADDEND_NAMED.finditer(text) if guards.holds(text, "sebesar") else ():
        blank(chars, *found.span("words"))
        notes.append(f"the words before the rate were set aside: {found.group('words')!r}")
    for found in _SHARE_OF.finditer(text) if "dari" in text.lower() else ():
        chars[found.start("of") : found.end("of")] = list("×   ")
    text = text_of(chars)
    for found in _RATE.finditer(text) if guards.finds(_RATE_THEN_PRODUCT, text) else ():
        at = _label_start(text, found.start("rate"))
        if at is None:
            continue
        words = text[at : found.start("rate")]
        blank(chars, at, found.start("rate"))
        notes.append(f"the words before the rate were set aside: {' '.join(words.split())!r}")


def _label_start(text: str, start: int) -> int | None:
    """Where the words before an amount at ``start`` open: back to the bracket that holds
    it, or to the start of the cell; ``None`` when there are none or they hold an operation
    (then they are an operand)."""
    depth = 0
    at = start
    while at > 0:
        char = text[at - 1]
        if char == ")":
            depth += 1
        elif char == "(":
            if depth == 0:
                break
            depth -= 1
        at -= 1
    words = text[at:start]
    if depth or _OPERATION.search(words) or not words.strip():
        return None
    return at


def colon_divides(chars: list[str]) -> None:
    """``(A: B) x 30%``: the colon glued to the name before it divides (see module)."""
    text = text_of(chars)
    for found in _COLON_IN_BRACKETS.finditer(text):
        if not operator().search(found.group("a")) and not _TITLE.match(found.group("a")):
            chars[found.end("a")] = "÷"


# a product after an amount: "Rp 5.000.000 x jumlah korban", "… dikalikan …"
_PRODUCT_AFTER = lazy(r"[ \t]*(?:[xX×*](?![^\W_])|(?i:dikali(?:kan)?|kali)(?![^\W_]))")


def currency(chars: list[str]) -> None:
    """Set aside the currency of an amount after an operator (``… + Rp100.000,00``), or after
    words that label it when a product follows (``Santunan Rp 5.000.000 x jumlah korban``:
    the label set aside too), and the
    units it is counted in after slashes or ``per`` (``x Rp 1.500.000,- / orang / bulan``,
    ``Rp 150.000 per orang per hari``: per person and month, the units of the registry's
    ``data/units.txt``, never a division)."""
    text = text_of(chars)
    counted = guards.holds(text, "/", "per", "tiap")
    for found in _RUPIAH.finditer(text):
        per = per_unit().match(text, found.end()) if counted else None
        labelled = found.group("labelled") is not None
        if labelled and not _PRODUCT_AFTER.match(text, per.end() if per else found.end()):
            continue  # "Jumlah UMKM dengan omzet Rp 500 juta": a name's words
        at = _label_start(text, found.start("currency")) if labelled else None
        if labelled and at is None:
            continue
        if at is not None:  # "Santunan Rp 5.000.000 x jumlah korban": its label
            blank(chars, at, found.start("currency"))
        blank(chars, *found.span("currency"))
        if found.group("closed"):
            blank(chars, *found.span("closed"))
        if per:
            blank(chars, *per.span())


_SHARE_AGAIN = lazy(
    r"(?<![\d.,])(?P<number>\d+(?:,\d+)?)[ \t]*(?P<again>\([ \t]*(?P<percent>\d+(?:,\d+)?)"
    r"[ \t]*%[ \t]*\))"
)


def rates_restated(chars: list[str]) -> None:
    """What a rate's words say of it, read before any pass takes ``dari`` for a product: the
    share said again (:func:`share_again`), a rate more or less than an amount
    (:func:`rate_more_than`: ``lebih rendah 10% dari harga pasar`` is 90% of it, not 10%)."""
    share_again(chars)
    text = text_of(chars)
    if "%" in text and guards.holds(text, "lebih"):
        rate_more_than(chars)


def share_again(chars: list[str]) -> None:
    """``0,005 (0,5%)``, ``0,01 (1%)``: a share said again as a percent in brackets after it
    is no implicit product; the bracket is blanked (inside a name or as an operand). So is a
    percent said again in words on the next line (``sebesar 10%`` / ``(sepuluh persen) dari
    …``), where the words say the figure."""
    text = text_of(chars)
    if "%" not in text or "(" not in text:
        return
    from decimal import Decimal

    from ikicalc.rules.terbilang import words_to_number
    for found in _SHARE_AGAIN.finditer(text):
        number = Decimal(found.group("number").replace(",", "."))
        if number * 100 == Decimal(found.group("percent").replace(",", ".")):
            blank(chars, *found.span("again"))
    for found in _PERCENT_SAID_BELOW.finditer(text) if "\n" in text else ():
        try:
            said = words_to_number(" ".join(found.group("words").split()))
        except IkiError:
            continue
        if Decimal(str(said)) == Decimal(found.group("number").replace(",", ".")):
            blank(chars, *found.span("again"))


# "sebesar 10%" / "(sepuluh    persen) dari piutang …": the words of the percent on the next line
_PERCENT_SAID_BELOW = lazy(
    r"(?i)(?<![\d.,])(?P<number>\d+(?:,\d+)?)[ \t]*%[ \t]*\n[ \t]*(?P<again>\([ \t]*"
    r"(?P<words>[^\W\d_]+(?:[ \t\n]+[^\W\d_]+)*?)[ \t\n]+(?:persen|per[ \t]*seratus)[ \t]*\))"
)


REASON_FACTOR_UNIT = N_(
    "the word after an amount that multiplies is the amount's unit (10 m3 x tarif); it was "
    "set aside"
)
# an amount with its unit (and the amount said again in words) before a product:
# "sebesar 10 m3 (sepuluh meter kubik) dikalikan dengan tarif …", "2 kg x harga per kg"
_FACTOR_UNIT = lazy(
    r"(?<![\w.,])\d[\d.,]*[ \t]+(?P<unit>(?:[A-Za-z]{1,3}[23²³]?|ton|liter|meter|buah|unit|ekor)"
    r"(?![^\W_])(?:[ \t]*\([ \t]*[^\W\d_][^()\d]*\))?)(?=[ \t\n]*(?:(?i:di[ \t]*kali(?:kan)?)"
    r"(?![^\W_])|[xX×*](?![^\W\d_])))"
)


def factor_unit(text: str, at: int) -> Iterator[tuple[int, str]]:
    """A candidate of the failure path (:func:`ikicalc.lang.recovery.recover`): the unit of
    an amount that multiplies set aside, where the grammar stopped at it (``10 m3 x
    tarif``: the amount is 10); only a unit of measure (a class: the registry's units, an SI
    symbol with its prefix)."""
    for found in _FACTOR_UNIT.finditer(text) if re.search(r"\d[ \t]+[A-Za-z]", text) else ():
        if found.start("unit") <= at < found.end("unit"):
            word = re.split(r"[ \t(]", found.group("unit"), maxsplit=1)[0]
            if not unit_of_measure(word):
                return  # "3 Tu x ¾": a symbol the number multiplies, no unit to set aside
            chars = list(text)
            blank(chars, *found.span("unit"))
            yield found.start("unit"), text_of(chars)
            return
