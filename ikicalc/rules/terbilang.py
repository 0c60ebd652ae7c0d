"""Indonesian number words (*terbilang*), both ways.

Documents often repeat a number in words: ``29 (dua puluh sembilan) jenis layanan``.
:func:`words_to_number` reads such words, :func:`number_to_words` writes them::

    >>> words_to_number("dua puluh sembilan")
    29
    >>> number_to_words(1250)
    'seribu dua ratus lima puluh'
    >>> words_to_number("delapan puluh satu koma tiga lima")
    Decimal('81.35')

The words cover ``nol``, ``satu`` … ``sembilan``, ``belas``, ``puluh``, ``ratus``, ``ribu``,
``juta``, ``miliar`` (also ``milyar``) and ``triliun`` (also ``trilyun``), the *se-* forms
(``sepuluh``, ``sebelas``, ``seratus``, ``seribu``, and when reading also ``sejuta``,
``semiliar``, ``setriliun``, ``se-ratus``), ``minus`` and ``koma`` decimals. After ``koma``
the digits are read one by one (``koma nol lima`` = .05); a grouped reading is accepted too
(``koma dua puluh lima`` = .25).

Writing follows the usual spelling: ``seratus``, ``seribu`` (but ``satu juta``), no ``se-``
for ``juta`` and above, single digits after ``koma``. Numbers of 10^15 and more have no
common Indonesian name and are refused.
"""

from __future__ import annotations

import re
from decimal import Decimal
from fractions import Fraction

from ikicalc.errors import IkiError
from ikicalc.i18n import _

__all__ = ["MAX_WORDS_NUMBER", "number_to_words", "words_to_number"]

MAX_WORDS_NUMBER = 10**15
"""Whole numbers written in words must be below this (999 triliun … is the largest)."""

_DIGITS = ("nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan")
_DIGIT_VALUE = {word: value for value, word in enumerate(_DIGITS)}

_SCALES = {"ribu": 10**3, "juta": 10**6, "miliar": 10**9, "milyar": 10**9, "triliun": 10**12}
_SCALES["trilyun"] = 10**12
_SCALE_NAMES = ((10**12, "triliun"), (10**9, "miliar"), (10**6, "juta"), (10**3, "ribu"))

_SMALL = {"belas": 10, "puluh": 10, "ratus": 100}

_SE_FORMS = {
    "sepuluh": ("satu", "puluh"),
    "sebelas": ("satu", "belas"),
    "seratus": ("satu", "ratus"),
    "seribu": ("satu", "ribu"),
    "sejuta": ("satu", "juta"),
    "semiliar": ("satu", "miliar"),
    "semilyar": ("satu", "milyar"),
    "setriliun": ("satu", "triliun"),
    "setrilyun": ("satu", "trilyun"),
}

_NEGATIVE = frozenset({"minus", "negatif", "min"})
_TOKEN_RE = re.compile(r"[^\s,]+")


def _tokens(text: str) -> list[str]:
    """Split number words into lower-case tokens, expanding the *se-* forms."""
    out: list[str] = []
    for raw in _TOKEN_RE.findall(text.lower()):
        word = raw.replace("-", "") if raw.startswith("se-") else raw
        if word in _SE_FORMS:
            out.extend(_SE_FORMS[word])
        else:
            out.append(word)
    return out


def _read_whole(words: list[str], text: str) -> int:
    """Read whole-number words (no ``koma``, no sign) as an int."""
    if not words:
        raise IkiError(_("no number words in {text}").format(text=repr(text)))
    if words == ["nol"]:
        return 0
    total = 0
    group = 0  # value of the current group below 1000
    group_place = 1000  # place of the last part added to the group (100, 10 or 1)
    last_scale = MAX_WORDS_NUMBER
    digit: int | None = None
    for word in words:
        if word in _DIGIT_VALUE:
            value = _DIGIT_VALUE[word]
            if digit is not None or value == 0:
                raise IkiError(
                    _("unexpected number word {word} in {text}").format(
                        word=repr(word), text=repr(text)
                    )
                )
            digit = value
        elif word in _SMALL:
            if digit is None:
                raise IkiError(
                    _("number word {word} needs a digit before it in {text}").format(
                        word=repr(word), text=repr(text)
                    )
                )
            place = 100 if word == "ratus" else 10
            if place >= group_place:
                raise IkiError(
                    _("number word {word} is out of order in {text}").format(
                        word=repr(word), text=repr(text)
                    )
                )
            if word == "belas":
                group += 10 + digit
                group_place = 1
            else:
                group += digit * place
                group_place = place
            digit = None
        elif word in _SCALES:
            scale = _SCALES[word]
            if digit is not None:
                if group_place <= 1:
                    raise IkiError(
                        _("unexpected number word {word} in {text}").format(
                            word=repr(word), text=repr(text)
                        )
                    )
                group += digit
                digit = None
            if group == 0:
                raise IkiError(
                    _("number word {word} needs a number before it in {text}").format(
                        word=repr(word), text=repr(text)
                    )
                )
            if scale >= last_scale:
                raise IkiError(
                    _("number word {word} is out of order in {text}").format(
                        word=repr(word), text=repr(text)
                    )
                )
            total += group * scale
            last_scale = scale
            group, group_place = 0, 1000
        else:
            raise IkiError(
                _("unknown number word {word} in {text}").format(word=repr(word), text=repr(text))
            )
    if digit is not None:
        if group_place <= 1:
            raise IkiError(
                _("unexpected number word {word} in {text}").format(
                    word=repr(_DIGITS[digit]), text=repr(text)
                )
            )
        group += digit
    return total + group


def _read_decimals(words: list[str], text: str) -> str:
    """Read the words after ``koma`` as a string of decimal digits."""
    if not words:
        raise IkiError(_("'koma' is not followed by digits in {text}").format(text=repr(text)))
    if all(word in _DIGIT_VALUE for word in words):
        return "".join(str(_DIGIT_VALUE[word]) for word in words)
    zeros = 0
    while words[zeros] == "nol":
        zeros += 1
    return "0" * zeros + str(_read_whole(words[zeros:], text))


def words_to_number(text: str) -> int | Decimal:
    """Read Indonesian number words as an exact number.

    ``"dua puluh sembilan"`` gives ``29``; words with ``koma`` give a :class:`Decimal`
    (``"tiga koma satu empat"`` gives ``Decimal("3.14")``). Case, hyphens in *se-* forms and
    extra spaces do not matter. Raises :class:`IkiError` naming the word for an unknown word
    or words in an impossible order (``"dua tiga"``, ``"puluh"``).
    """
    words = _tokens(text)
    negative = bool(words) and words[0] in _NEGATIVE
    if negative:
        words = words[1:]
    if "koma" in words:
        at = words.index("koma")
        whole = _read_whole(words[:at], text)
        decimals = _read_decimals(words[at + 1 :], text)
        result: int | Decimal = Decimal(f"{whole}.{decimals}")
    else:
        result = _read_whole(words, text)
    return -result if negative else result


def _group_words(n: int) -> list[str]:
    """Words of 1 <= n <= 999."""
    words: list[str] = []
    hundreds, rest = divmod(n, 100)
    if hundreds == 1:
        words.append("seratus")
    elif hundreds:
        words += [_DIGITS[hundreds], "ratus"]
    if rest == 10:
        words.append("sepuluh")
    elif rest == 11:
        words.append("sebelas")
    elif 12 <= rest <= 19:
        words += [_DIGITS[rest - 10], "belas"]
    else:
        tens, ones = divmod(rest, 10)
        if tens:
            words += [_DIGITS[tens], "puluh"]
        if ones:
            words.append(_DIGITS[ones])
    return words


def _whole_words(n: int) -> list[str]:
    if n == 0:
        return ["nol"]
    words: list[str] = []
    for scale, name in _SCALE_NAMES:
        group, n = divmod(n, scale)
        if group == 1 and scale == 1000:
            words.append("seribu")
        elif group:
            words += [*_group_words(group), name]
    if n:
        words += _group_words(n)
    return words


def number_to_words(n: int | Decimal | Fraction) -> str:
    """Write a number in Indonesian words: ``1250`` gives ``"seribu dua ratus lima puluh"``.

    Whole numbers below 10^15 (in size) are written; negatives get ``minus``. A
    :class:`Decimal` or :class:`Fraction` with a terminating decimal expansion is written with
    ``koma`` and its digits one by one (``Decimal("81.35")`` gives ``"delapan puluh satu koma
    tiga lima"``). Raises :class:`IkiError` for larger numbers, non-finite decimals, fractions
    without a terminating expansion and non-numbers.
    """
    if isinstance(n, bool) or not isinstance(n, int | Decimal | Fraction):
        raise IkiError(_("{n} is not a number that can be written in words").format(n=repr(n)))
    if isinstance(n, Decimal) and not n.is_finite():
        raise IkiError(_("{n} is not a finite number").format(n=repr(n)))
    value = Fraction(n)
    negative = value < 0
    value = abs(value)
    whole = value.numerator // value.denominator
    if whole >= MAX_WORDS_NUMBER:
        raise IkiError(_("{n} is too large to write in words (limit: below 10^15)").format(n=n))
    rest = value - whole
    digits = ""
    if rest:
        denominator = rest.denominator
        for prime in (2, 5):
            while denominator % prime == 0:
                denominator //= prime
        if denominator != 1:
            raise IkiError(_("{n} has no finite decimal expansion to write in words").format(n=n))
        while rest:
            rest *= 10
            digit = rest.numerator // rest.denominator
            digits += str(digit)
            rest -= digit
    words = _whole_words(whole)
    if digits:
        words += ["koma", *(_DIGITS[int(d)] for d in digits)]
    if negative:
        words.insert(0, "minus")
    return " ".join(words)
