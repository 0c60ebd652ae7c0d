"""A number said in words where an operand stands: ``dikalikan tiga puluh``, ``dibagi dua
belas``, ``x seratus persen``, ``dikali dua setengah``.

Regulations and manuals say the numbers of a formula in words, any number: the words are
read as Indonesian reads them (:func:`ikicalc.rules.terbilang.words_to_number`, one reader
for every number in words, not a list of the few seen) and written in digits in their place,
padded to the words' length (see :mod:`ikicalc.lang.layout`), and the same number again in
digits in brackets after them (``dua puluh lima (25)``) is set aside. Only after an operator (a sign
or an operator word of ``[grammar]``), and only where the words end the operand: before the
end, an operator, a bracket, ``persen``, or one word of a unit (``dibagi dua belas bulan``);
words that go on (``dibagi dua kelompok besar …``) are a name's.
"""

from __future__ import annotations

import re
from decimal import Decimal
from fractions import Fraction
from functools import cache

from ikicalc.errors import IkiError
from ikicalc.lang import guards
from ikicalc.lang.amounts import money_words
from ikicalc.lang.carets import stray_carets
from ikicalc.lang.chars import text_of
from ikicalc.lang.formula import Reading
from ikicalc.lang.growth import growth_said
from ikicalc.lang.layout_cues import blank
from ikicalc.lang.operator_words import said, words_pattern
from ikicalc.lang.weights import weights_named
from ikicalc.names import names_data
from ikicalc.numbers import FRACTION_SLASH, parse_number
from ikicalc.patterns import compiled

__all__ = ["said_first", "spelled_numbers", "value_said"]

_WORDS = (
    r"nol|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|belas|puluh"
    r"|ratus|ribu|juta|miliar|milyar|triliun|seratus|seribu|sejuta|semiliar|koma|setengah"
)
_HALF = "setengah"
# the words of a half (KBBI: setengah, separuh, seperdua; "separoh", PP 8/1975)
_HALVES = "setengah|separuh|separoh"
# the number again in digits in brackets after its words: "dua puluh lima (25)"
_AGAIN = compiled(r"[ \t]*(?P<bracket>\([ \t]*(?P<digits>\d[\d.,]*)[ \t]*\))")
# what any number in words holds: a cheap test before the pattern runs
_CUE = compiled(r"(?i)(?:satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|se(?:puluh|belas"
                r"|ratus|ribu|juta|tengah))")  # fmt: skip


@cache
def _spelled(fraction: bool = False) -> re.Pattern[str]:
    """A number in words after an operator; with ``fraction``, a fraction in words
    (``sepertiga``, ``tiga perempat``, ``satu per seribu``, ``seperseribu``)."""
    word = rf"(?:{_WORDS})(?![^\W_])"
    table = names_data()  # "per seribu", "untuk setiap seribu …"
    rates = words_pattern([*table["rates"]["phrases"], *table["grammar"]["rate_words"]])
    operator = (
        r"(?:(?<![^\W_])(?:" + said(joined=True) + r"|x|kali|bagi|" + rates + r")[ \t]+"
        r"|[×*·⋅/÷][ \t]*)"
    )
    words = rf"{word}(?:[ \t]+{word})*"
    if fraction:  # "se" + "per" + "tiga"; "dua pertiga"; "satu per empat"
        words = rf"(?P<over>se|(?:{_WORDS})(?:[ \t]+{word})*[ \t]*)per[ \t]*(?P<under>{words})"
    # words that go on are a name's ("dibagi dua kelompok besar"), not an operator word that
    # goes on with the next operation ("dibagi seratus dikalikan dengan A", UU 18/2001)
    operator_next = rf"(?!(?:{said(plain=True)}|kali)(?![^\W_]))"
    share = r"(?!dari\b)" if fraction else ""  # "… dua puluh lima per seratus dari gaji"
    goes_on = rf"(?![ \t]+(?!persen\b){share}{operator_next}[^\W\d_]+[ \t]+[^\W\d_])"
    return compiled(  # a noun may name the number first: "dikalikan dengan angka seratus"
        rf"(?i){operator}(?P<named>(?:angka|bilangan)[ \t]+)?(?P<words>{words}){goes_on}"
    )


def value_said(words: str) -> Decimal | int | None:
    """``sepuluh`` → 10, ``satu setengah`` → 1.5: a whole number said in words, a half after it;
    ``None`` where the words say no number."""
    from ikicalc.rules.terbilang import words_to_number

    parts = words.lower().split()
    half = parts[-1] == _HALF
    if half:
        parts = parts[:-1]
    try:
        whole = words_to_number(" ".join(parts)) if parts else 0
    except IkiError:
        return None
    return whole + Decimal("0.5") if half else whole


@cache
def _lone_percent() -> re.Pattern[str]:
    """``… dikalikan persen.``: a product by "percent" with no number, ending the formula."""
    return compiled(
        r"(?i)(?<![^\W_])(?:" + said("×", joined=True) + r")[ \t\n]+(?P<percent>persen|prosen)"
        r"(?=[ \t\n]*[.;]?[ \t\n]*$)"
    )


def spelled_numbers(chars: list[str]) -> None:
    """Write in digits a number said in words where an operand stands (see the module)."""
    text = text_of(chars)
    if guards.holds(text, "persen", "prosen"):
        lone = _lone_percent().search(text)
        if lone:  # "… dikalikan persen": × 100%
            start, end = lone.span("percent")
            chars[start:end] = list("100%".ljust(end - start))
            text = text_of(chars)
    if not _CUE.search(text):
        return
    if "per" in text.lower():
        _fractions(chars, text)
        text = text_of(chars)
    for found in _spelled().finditer(text):
        value = value_said(found.group("words"))
        if value is None:
            continue
        digits = str(value).replace(".", ",")
        start, end = found.span("words")
        if len(digits) > end - start:
            continue
        chars[start:end] = list(digits.ljust(end - start))
        if found.group("named"):  # "dikalikan dengan angka seratus": the noun names it
            blank(chars, *found.span("named"))
        again = _AGAIN.match(text, end)  # "dua puluh lima (25)": the digits again
        if again and _same(again.group("digits"), value):
            blank(chars, *again.span("bracket"))


_SHARE_NEXT = compiled(r"(?i)[ \t]+dari(?![^\W_])")


def _fractions(chars: list[str], text: str) -> None:
    """``dikali tiga perempat``, ``x seperseribu``: a fraction said in words, written
    ``(3/4)`` in its place (in brackets, so that ``dibagi sepertiga`` divides by a third); a
    number per hundred or per thousand as the percent or per mille it is (``ditambah dengan dua
    puluh lima per seratus dari gaji …``: ``25%``)."""
    for found in _spelled(fraction=True).finditer(text):
        over = found.group("over").strip()
        numerator = 1 if over.lower() == "se" else value_said(over)
        denominator = value_said(found.group("under"))
        if not numerator or not denominator:
            continue
        written = f"({numerator}/{denominator})".replace(".", ",")
        if denominator in (100, 1000):  # "dua puluh lima per seratus": a percent (PP 40/1956)
            written = f"{numerator}{'%' if denominator == 100 else '‰'}".replace(".", ",")
        start, end = found.span("words")
        if written.startswith("(") and _SHARE_NEXT.match(text, end):
            continue  # a share's "dari" after a bracket is no grammar's: "tiga perempat dari B"
        if len(written) <= end - start:
            chars[start:end] = list(written.ljust(end - start))


def said_first(chars: list[str]) -> tuple[Reading, ...]:
    """What the layout reads before the words around the formula: a fraction said in words
    where an operand opens written in digits (``dua pertiga dari A``: ``2⁄3 dari A``), before
    words that open a cell are taken for what names it; and the words that name a weight
    before its number set aside (:func:`ikicalc.lang.weights.weights_named`); a growth said
    as two quantities compared and "their difference" divided, in brackets
    (:func:`ikicalc.lang.growth.growth_said`); a caret where an operand opens, a scan's mark
    (:func:`ikicalc.lang.carets.stray_carets`). A root, an
    absolute value or a maximum is refused before the layout, by the parser
    (:func:`ikicalc.lang.unexact.refuse_unexact`)."""
    text = text_of(chars)
    lower = guards.folded(text)
    if _NUMBER_CUES.search(lower):  # any number said in words
        _leading_fractions(chars, text)
    readings = weights_named(chars, lower)  # "A x bobot 0,3", "A (bobot 40%)", "A (40%) + …"
    readings += stray_carets(chars) if "^" in text else ()  # "{ ^PAD + ^DAU + …}"
    if "seratus" in lower or "seribu" in lower:
        _per_hundred(chars, text)  # "2,5 per seratus", "5 (lima) perseratus": a percent
    if "rupiah" in lower:
        _money_after_digits(chars, text)
    if "kali" in lower and guards.has(text, "½", "¼", "¾", "⅓", "⅔", "⅛"):
        _vulgar_times(chars, text)  # "500 rupiah x A": a constant in rupiah
    if "selisih" in lower:
        growth_said(chars)  # "membandingkan A dengan B, kemudian selisihnya dibagi B"
    return readings


@cache
def _money_unit() -> re.Pattern[str]:
    """A unit of money after digits, before an operation (a sign or an operator word)."""
    money = words_pattern(money_words())
    return compiled(
        rf"(?i)(?<=\d)[ \t]+(?P<unit>{money})(?![^\W_])"
        rf"(?=[ \t]*(?:[-+−×*/÷](?![^\W\d_])|[xX][ \t]|(?:{said(joined=True)}|kali)(?![^\W_])"
        r"|[ \t]*[.;]?[ \t]*$))"
    )


def _money_after_digits(chars: list[str], text: str) -> None:
    """``500 rupiah x A + 1.000 rupiah``: the unit of an amount that an operation follows is
    set aside, the amount a constant (as ``x 500 rupiah`` at the end reads)."""
    for found in _money_unit().finditer(text):
        blank(chars, *found.span("unit"))


# digits (their words again in brackets or not), then "per seratus" / "perseratus" (per cent,
# as Indonesian legal drafting writes a percent in words) or "per seribu" (per mille), no noun
# after it: "per seribu kelahiran hidup" is the scale of a rate
_PER_HUNDRED = compiled(
    r"(?i)(?<=\d)(?:[ \t]*\([^()\d\n]{1,60}\))?[ \t]*(?P<per>per[ \t]*(?P<which>seratus|seribu))"
    r"(?![^\W_])(?![ \t]*(?!(?:dari|x|kali|dikali\w*|dibagi|ditambah|dikurangi|dan|atau)"
    r"(?![^\W_]))[^\W\d_])"
)


def _per_hundred(chars: list[str], text: str) -> None:
    """``A x 2,5 per seratus``, ``5 (lima) perseratus dari A``: a number per hundred is a
    percent, per thousand a per mille, written ``%`` or ``‰`` in place (it was a product by
    100, or nothing)."""
    for found in _PER_HUNDRED.finditer(text):
        start, end = found.span("per")
        sign = "%" if found.group("which").lower() == "seratus" else "‰"
        chars[start:end] = list(sign.ljust(end - start))


# what any number said in words holds (a cheap test on the text in lower case)
_NUMBER_CUES = compiled(
    r"satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|se(?:puluh|belas|ratus|ribu|tengah"
    r"|paruh|paroh)"
)


_RESTATING = compiled(r"(?i)[ \t\n]+(?:persen|prosen)[ \t\n]*\)")  # "(lima persen)": said again


@cache
def _leading() -> re.Pattern[str]:
    """A fraction said in words where an operand opens (the cell, after ``=``, a copula, a
    bracket or an operator) before what it takes a share of: ``dari`` (of), a product's sign
    or word, or a bracket (``dua pertiga dari A``, ``seperempat x A``, ``setengah dari (A +
    B)``); a whole number said before a product or a percent (``lima persen dari A``)."""
    word = rf"(?:{_WORDS})(?![^\W_])"
    words = rf"{word}(?:[ \t]+{word})*"
    # the opening consumed (a scan by a class of characters, not a look behind at every place)
    # or a copula that says what the quantity is ("upah sebulan sama dengan tiga puluh kali …",
    # "… sebesar lima persen dari A")
    copula = r"sama[ \t]+dengan|sebesar|senilai|adalah|ialah|merupakan|yaitu|yakni"
    # or any word's start where a rate said in words takes a share ("… tembakau iris lima puluh
    # persen dari harga eceran", UU 16/1951; "tarif dua puluh lima per seratus dari …"): the
    # number opens the amount wherever it stands, as its digits would ("50 persen dari A")
    rate = rf"(?<![^\W_])(?={words}[ \t]*(?:persen|prosen|per[ \t]*(?:seratus|seribu))[ \t]+dari\b)"
    opens = rf"(?:^|[=(\[+\-−×*/÷:]|(?<![^\W_])(?:[xX]|{copula})(?=[ \t])|{rate})"
    product = said("×", joined=True) + r"|x|kali"
    operation = said(joined=True) + r"|x|kali"  # any of the four: "seratus dua puluh lima dibagi"
    money = words_pattern(money_words())  # data/units.txt [uang]: "rupiah"
    takes = rf"(?=[ \t]+(?:dari|{product})(?![^\W_])|[ \t]*[(\[])"
    # or the noun it takes a share of, right after it ("setengah gaji pokok", "sepertiga
    # penghasilan"): not a number's word, an operator's, a percent or a unit of time
    noun = (
        rf"(?P<noun>(?=[ \t]+(?!(?:{_WORDS}|{operation}|persen|prosen|per(?:{_WORDS})?|dan"
        r"|atau|hari|jam|minggu|bulan|tahun|menit)(?![^\W_]))[^\W\d_]{2}))"
    )
    fraction = (
        rf"(?:(?P<words>(?P<over>se|(?:{_WORDS})(?:[ \t]+{word})*[ \t]*)per[ \t]*"
        rf"(?P<under>{words})|(?P<half>{_HALVES}))(?:{takes}|{noun})"
        # a whole number said ("dua kali A", "dua setengah x A", "seratus dua puluh lima dibagi
        # seratus …") before an operation, or before the percent that makes it a rate ("lima
        # persen dari A", "dua koma lima persen")
        # or before its unit of money and an operation ("lima ratus rupiah dikali A")
        rf"|(?P<number>{words})(?P<money>[ \t]+(?:{money})(?![^\W_]))?"
        rf"(?=[ \t]+(?:{operation}|persen|prosen)(?![^\W_])|(?(money)[ \t]*[-+−×*/÷]|(?!))))"
    )
    return compiled(rf"(?i){opens}[ \t]*{fraction}")


def _leading_fractions(chars: list[str], text: str) -> None:
    """``dua pertiga dari A``, ``setengah x (A + B)``: a fraction said in words where an operand
    opens, written ``2⁄3`` (one number, the fraction slash) in its place; the grammar reads
    ``2⁄3 dari A`` as the share of all that follows, as it reads ``30% dari A``."""
    for found in _leading().finditer(text):
        if found.group("number"):
            if _RESTATING.match(text, found.end("number")):
                continue  # "2,5% (dua koma lima persen)": the figure said again, set aside later
            value = value_said(found.group("number"))
            digits = str(value).replace(".", ",") if value else ""
            start, end = found.span("number")
            if digits and len(digits) <= end - start:
                chars[start:end] = list(digits.ljust(end - start))
                if found.group("money"):  # the amount's unit: a constant in rupiah
                    blank(chars, *found.span("money"))
                fold = _TIMES_AFTER.match(text, end)  # "dua kali lipat A": -fold, a product
                if fold and fold.group("lipat"):
                    blank(chars, *fold.span("lipat"))
            continue
        if found.group("half"):
            numerator: Decimal | int | None = 1
            denominator: Decimal | int | None = 2
        else:
            over = found.group("over").strip()
            numerator = 1 if over.lower() == "se" else value_said(over)
            denominator = value_said(found.group("under"))
        if not isinstance(numerator, int) or not isinstance(denominator, int) or not (
            numerator and denominator
        ):
            continue
        written = f"{numerator}{FRACTION_SLASH}{denominator}"
        written += "×" if found.group("noun") is not None else ""  # "setengah gaji pokok"
        start, end = found.span("words")
        if len(written) > end - start:
            continue
        chars[start:end] = list(written.ljust(end - start))
        again = _FRACTION_AGAIN.match(text, end)  # "tiga perempat (3/4) x A": said twice
        if again and _fraction_value(again.group("fraction")) == Fraction(numerator, denominator):
            blank(chars, *again.span("bracket"))
        times = _TIMES_AFTER.match(text, end) if found.group("noun") is None else None
        if times:  # "setengah kali gaji pokok", "dua pertiga kali lipat A": a product
            chars[times.start("kali")] = "×"
            blank(chars, times.start("kali") + 1, times.end())


# the fraction again in digits in brackets after its words: "tiga perempat (3/4)", "(¾)"
_FRACTION_AGAIN = compiled(
    r"[ \t]*(?P<bracket>\([ \t]*(?P<fraction>\d{1,3}[ \t]*[/⁄][ \t]*\d{1,3}|[½¼¾⅓⅔⅛])[ \t]*\))"
)
# "kali" after a fraction said (and "lipat", -fold), before what it multiplies
_TIMES_AFTER = compiled(
    r"(?i)[ \t]+(?P<kali>kali)(?P<lipat>[ \t]+lipat)?(?![^\W_])(?=[ \t]+[^\W\d_(]|[ \t]*\()"
)
# a vulgar fraction alone where an operand opens, before "kali": "½ kali gaji pokok"
_VULGAR_KALI = compiled(r"(?:^|(?<=[=(\[+\-−×*/÷:\s]))[½¼¾⅓⅔⅛](?=[ \t]+kali(?![^\W_]))")


def _vulgar_times(chars: list[str], text: str) -> None:
    """``½ kali A``: the fraction times A (``kali`` after a whole number is ``runon``'s)."""
    for found in _VULGAR_KALI.finditer(text):
        times = _TIMES_AFTER.match(text, found.end())
        if times:
            chars[times.start("kali")] = "×"
            blank(chars, times.start("kali") + 1, times.end())
_VULGAR_VALUES = {"½": Fraction(1, 2), "¼": Fraction(1, 4), "¾": Fraction(3, 4),
                  "⅓": Fraction(1, 3), "⅔": Fraction(2, 3), "⅛": Fraction(1, 8)}  # fmt: skip


def _fraction_value(written: str) -> Fraction | None:
    if written in _VULGAR_VALUES:
        return _VULGAR_VALUES[written]
    over, under = re.split(r"[ \t]*[/⁄][ \t]*", written)
    return Fraction(int(over), int(under)) if int(under) else None


def _same(digits: str, value: Decimal | int) -> bool:
    try:
        return parse_number(digits, "indonesian") == value
    except (IkiError, ValueError, ArithmeticError):
        return False
