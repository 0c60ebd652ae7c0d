"""Operator words as OCR and hurried typists spell them: ``dikurangr``, ``dibagl``,
``ditarnbah`` (an ``m`` read as ``rn``), ``dikali`` / ``kan`` broken over two lines.

Scanned regulations and typed tables misspell the words that carry a formula's operations;
a careful reader reads ``… harga jual) dikurangr tarif …`` as a subtraction. The words
(``[grammar]`` of ``data/names.toml``, :mod:`ikicalc.lang.operator_words`), and the real
words one letter away from them (``dikaji``, ``[prose.operator_typos]``), are data. Each
correction keeps the text's length (see :mod:`ikicalc.lang.layout`) and is a guess (lint
``W110``).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from ikicalc.i18n import N_
from ikicalc.lang.chars import text_of
from ikicalc.lang.formula import Reading
from ikicalc.lang.layout_cues import blank
from ikicalc.lang.operator_words import operator_words
from ikicalc.names import names_data
from ikicalc.patterns import lazy

__all__ = ["TYPO_REASON", "mended", "operator_typos"]


# a word that may be an operator word as OCR or a hurried typist spelled it ("dikurangr",
# "dibagl", "dlkalikan", "ditambab"): one letter wrong, missing or extra after "di" and the
# operation's first letter (k, b, t, j; n of "dinormalisasi")
@cache
def _candidates() -> re.Pattern[str]:
    # on the text in lower case, ends checked apart: a literal start the engine finds fast
    return re.compile(r"(?:d|cl)[il1][kbtjn][a-z01]{2,13}")  # "dikal1kan": a 1 or a 0 OCR read


@cache
def _operator_spellings() -> tuple[dict[str, str], frozenset[str]]:
    """The operator words of one word (``[grammar]`` of ``data/names.toml``) with their
    signs, and the real words one letter away from one."""
    signs = {
        word: sign for sign, words in operator_words().items() for word in words if " " not in word
    }
    typos = names_data()["prose"]["operator_typos"]
    return signs, frozenset(str(word).lower() for word in typos["not_typos"])


def _one_edit(word: str, right: str) -> bool:
    """Whether ``word`` is ``right`` with one letter changed, missing or extra."""
    if abs(len(word) - len(right)) > 1 or word == right:
        return False
    if len(word) == len(right):
        return sum(a != b for a, b in zip(word, right, strict=True)) == 1
    short, long = sorted((word, right), key=len)
    return any(long[:index] + long[index + 1 :] == short for index in range(len(long)))


@lru_cache(maxsize=4096)
def _meant(word: str) -> str | None:
    """The operator word ``word`` (in lower case) is one letter away from, if any."""
    signs, _ = _operator_spellings()
    seen = word.replace("rn", "m")  # OCR reads an m as r and n ("ditarnbah")
    if seen != word and seen in signs:
        return seen
    if word.startswith("cl") and "d" + word[2:] in signs:  # and a d as c and l ("clibagi")
        return "d" + word[2:]
    return next((right for right in signs if _one_edit(word, right)), None)


def operator_typos(chars: list[str]) -> tuple[Reading, ...]:
    """``… harga jual) dikurangr tarif …``, ``A dibagl B``: a word one letter away from an
    operator word (``[grammar]`` of ``data/names.toml``; real words such as ``dikaji`` are
    listed in its ``[prose.operator_typos]`` as not typos) is that operator: the right
    spelling when it has the same length, else the operator's sign. An operator word broken
    over two lines (``dikali`` / ``kan dengan``) is joined. Each is a guess (lint ``W110``)."""
    text = text_of(chars)
    signs, words = _operator_spellings()
    guesses: list[Reading] = []
    for found in _SPLIT_OPERATOR.finditer(text) if "\n" in text else ():
        joined = found.group(1) + found.group(3)
        if joined.lower() in signs and found.group(3).lower() not in signs:
            start, end = found.span()
            chars[start:end] = list(joined.ljust(end - start))
    text = text_of(chars)
    for found in _DOUBLE_HYPHEN.finditer(text) if "--" in text else ():
        chars[found.start() : found.end()] = ["-", " "]
        guesses.append(Reading(found.span(), "-", "--", HYPHENS_REASON))
    lower = text.lower()
    for found in _candidates().finditer(lower):
        start, end = found.span()
        if lower[start - 1 : start].isalpha() or lower[end : end + 1].isalpha():
            continue  # inside a longer word
        word = found.group(0)
        if word in signs or word in words:
            continue
        meant = _meant(word)
        if meant is None:
            continue
        if len(meant) == end - start:
            chars[start:end] = list(meant)
        else:
            chars[start:end] = list(signs[meant].ljust(end - start))
        guesses.append(Reading((start, end), meant, text[start:end], TYPO_REASON))
    if (
        guesses
        or "dikurang" in lower
        or "dibagi" in lower
        or "dikali" in lower
        or "tambah" in lower
    ):
        guesses.extend(_joiner_typos(chars))
    return tuple(guesses)


def mended(text: str) -> str:
    """``text`` with the operator words OCR misspelled corrected (:func:`operator_typos`), for
    the readings that ask which words said an operation (``A dikurangl B, dikalikau C``)."""
    chars = list(text)
    return text_of(chars) if operator_typos(chars) else text


# an operator word of one word, then the word after it: "dibagi dengau", "dikalikan denqan"
_AFTER_OPERATOR = lazy(
    r"(?i)(?<![^\W_])(d[il1][kbt][^\W\d_]{2,9})(?=([ \t\n]+)(d[^\W\d_]{3,6})(?![^\W_]))"
)


def _joiner_typos(chars: list[str]) -> list[Reading]:
    """``dibagi dengau B``: after an operator word, a word one letter away from one of its
    joiners (``[grammar] operator_joiners``: ``dengan``) is that joiner, as OCR misreads it."""
    text = text_of(chars)
    signs, _ = _operator_spellings()
    joiners = [str(word) for word in names_data()["grammar"]["operator_joiners"] if len(word) > 3]
    found_typos: list[Reading] = []
    for found in _AFTER_OPERATOR.finditer(text):
        word = found.group(3).lower()
        if found.group(1).lower() not in signs or word in joiners:
            continue
        meant = next((j for j in joiners if len(j) == len(word) and _one_edit(word, j)), None)
        if meant is not None:
            start, end = found.span(3)
            chars[start:end] = list(meant)
            found_typos.append(Reading((start, end), meant, text[start:end], TYPO_REASON))
    for found in _GLUED_JOINER.finditer(text) if "dengan" in text else ():
        if found.group(1).lower() in signs:  # "dikurangi denganpajak": the joiner glued on
            blank(chars, *found.span(2))
    return found_typos


# an operator word, then its joiner glued to the next word ("dikurangi denganpajak", PBB-P2)
_GLUED_JOINER = lazy(
    r"(?i)(?<![^\W_])(d[il1][kbtj][^\W\d_]{2,9})[ \t\n]+(dengan)(?=[^\W\d_]{3})(?!nya\b)"
)


# "dikali" / "kan dengan": an operator word broken over two lines without a hyphen
_SPLIT_OPERATOR = lazy(r"(?i)(?<![^\W_])(d[i1l][^\W_]{2,})([ \t]*\n[ \t]*)([^\W_]{2,5})(?![^\W_])")
# "A -- B": two hyphens typed for a dash between two operands (Word makes them an en dash)
_DOUBLE_HYPHEN = lazy(r"(?<=[^\W_)\]%][ \t])--(?=[ \t]++[^\W_(\[Σ∑])")
HYPHENS_REASON = N_("two hyphens typed between two operands ('A -- B') are one minus sign")
TYPO_REASON = N_(
    "a word one letter away from an operator word, as OCR or a hurried typist spells it, "
    "was read as that operator"
)
