"""The operator words of a formula said in Indonesian (``dibagi dengan``, ``dikalikan``,
``ditambah``, ``dikurangi`` …), one home: the lists of ``[grammar]`` in ``data/names.toml``.

The grammar reads them through its ``{{key}}`` placeholders (:mod:`ikicalc.lang.grammars`);
the passes of the layout, the spellings of OCR (:mod:`ikicalc.lang.typos`) and the reading of
last resort (:mod:`ikicalc.lang.last_resort_tokens`) take their patterns from here. A space
in a listed word stands for any white space (``di bagi``, ``di  kali``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from ikicalc.names import names_data

__all__ = [
    "KEYS",
    "adverbs",
    "before_operand",
    "joiners",
    "lists_a_quantity",
    "operator_words",
    "said",
    "sign_of",
    "words_pattern",
]

KEYS = {"/": "divide_words", "×": "multiply_words", "+": "add_words", "-": "subtract_words"}
"""The ``[grammar]`` list of the operator words of each operation, by its sign."""


def words_pattern(words: Iterable[str]) -> str:
    """An alternation of ``words`` as a regular expression (no flags, no word bounds): each
    word escaped, a space standing for any white space, the longest first."""
    escaped = {re.escape(" ".join(word.split())).replace(r"\ ", r"\s+") for word in words}
    return "|".join(sorted(escaped, key=lambda word: (-len(word), word)))


@cache
def operator_words() -> dict[str, tuple[str, ...]]:
    """The operator words of each operation (``/``, ``×``, ``+``, ``-``), in lower case."""
    table = names_data()["grammar"]
    return {sign: tuple(str(word).lower() for word in table[key]) for sign, key in KEYS.items()}


@cache
def joiners() -> tuple[str, ...]:
    """The words that go with an operator word (``dibagi dengan``, ``dikali oleh``)."""
    return tuple(str(word).lower() for word in names_data()["grammar"]["operator_joiners"])


@cache
def adverbs() -> tuple[str, ...]:
    """The words that may stand between an operator word and its joiner (``dikurangi
    terlebih dahulu dengan``)."""
    return tuple(str(word).lower() for word in names_data()["grammar"]["operator_adverbs"])


@cache
def before_operand() -> dict[str, str]:
    """The short operator words that operate only before an operand (``kali 100``, ``bagi
    jumlah …``, ``per jumlah …``; ``pertama kali``, ``layanan bagi masyarakat`` are words),
    each with its sign."""
    table = names_data()["grammar"]
    words = {str(word).lower(): "×" for word in table["multiply_before_operand"]}
    words.update({str(word).lower(): "/" for word in table["divide_before_operand"]})
    words.update({str(word).lower(): "/" for word in table["rate_words"]})
    return words


@cache
def said(signs: str = "/×+-", *, joined: bool = False, plain: bool = False) -> str:
    """The operator words of the operations ``signs`` as a pattern (case as the caller's
    flags say; a word bound after it is the caller's). Unless ``plain``, a division word
    before what says it divides into groups (``dibagi menjadi``, ``[grammar]
    divide_not_before``), a subtraction word after ``setelah``/``sesudah``/``sebelum`` and any
    before a preposition no operand opens with (``[grammar] operator_not_before``) are none.
    Plain or not, an addition word joined to ``diubah`` is none (how a law was amended:
    ``diubah dan ditambah terakhir dengan …``).
    ``joined``: an adverb and a joiner may follow (``dikurangi terlebih dahulu dengan``)."""
    table = names_data()["grammar"]
    pieces = []
    of_name = words_pattern(table["operator_not_before"])  # "yang dikurangi melalui …"
    for sign in signs:
        words = words_pattern(operator_words()[sign])
        if sign == "/" and not plain:
            never = words_pattern(table["divide_not_before"])
            words = rf"(?:{words})(?![^\W_])(?!\s+(?:{never})(?![^\W_]))"
        elif sign == "-" and not plain:
            words = rf"(?<!setelah\s)(?<!sesudah\s)(?<!sebelum\s)(?:{words})"
        elif sign == "+":  # "diubah dan ditambah terakhir dengan PP …": amended, plain or not
            words = rf"(?<!ubah\sdan\s)(?<!robah\sdan\s)(?:{words})"
            words += r"(?!\s+dan\s+di(?:ubah|rubah|robah))"
        if not plain:
            words = rf"(?:{words})(?![^\W_])(?!\s+(?:{of_name})(?![^\W_]))"
        pieces.append(words)
    pattern = "|".join(pieces)
    if joined:
        after = rf"(?:\s+(?:{words_pattern(adverbs())}))?(?:\s+(?:{words_pattern(joiners())}))?"
        return rf"(?:{pattern}){after}"
    return f"(?:{pattern})"


@cache
def _signs() -> dict[str, str]:
    return {word: sign for sign, words in operator_words().items() for word in words}


def sign_of(text: str) -> str | None:
    """The sign of the operation an operator word says (``Dibagi  dengan`` is ``/``, ``kali``
    is ``×``), or ``None``."""
    word = " ".join(text.lower().split())
    for joiner in joiners():
        word = word.removesuffix(f" {joiner}")
    for adverb in sorted(adverbs(), key=len, reverse=True):
        word = word.removesuffix(f" {adverb}")
    return _signs().get(word) or before_operand().get(word)


@cache
def _computing() -> re.Pattern[str]:
    """A verb of computing or the word of a formula (``Jumlah kunjungan dihitung sebagai berikut
    :``): the words introduce the formula, they list nothing."""
    verbs = "|".join(str(verb) for verb in names_data()["prose"]["frame"]["verbs"])
    return re.compile(rf"(?i)(?<![^\W_])(?:{verbs}|rumus(?:an|nya)?|formula(?:si)?)(?![^\W_])")


@cache
def _counted_after() -> re.Pattern[str]:
    from ikicalc.names import counting_words

    counted = words_pattern([*counting_words(), *names_data()["grammar"]["operand_words"]])
    return re.compile(rf"(?i)\s*(?:{counted})(?![^\W_])")


@cache
def _listing() -> tuple[re.Pattern[str], re.Pattern[str]]:
    from ikicalc.names import counting_words

    table = names_data()["grammar"]
    counted = words_pattern([*counting_words(), *table["operand_words"]])
    listing = words_pattern(table["listing_words"])
    apposition = words_pattern(table["listing_appositions"])
    end = r"(?![^\W_])[ \t]*:[ \t]*"
    return (
        re.compile(rf"(?i)[^:=/÷×*\n]*?(?<![^\W_])(?:{listing}){end}"),
        re.compile(
            rf"(?i)\s*(?:{counted})(?![^\W_])[^:=/÷×*\n]*?(?<![^\W_])(?:{apposition}){end}"
        ),
    )


def lists_a_quantity(words: str, after: str) -> bool:
    """Whether ``words``, ended by a colon, are a quantity and the word that introduces the
    list of what it includes (``… yang mencakup :``, ``Jumlah sampel …, meliputi:``;
    ``[grammar] listing_words``), or a counted quantity and an apposition (``Jumlah dokumen
    yang disusun yaitu :``, ``listing_appositions``): the colon opens the list, part of the
    name, no label's colon; not when a counted quantity opens what follows (``after``: ``Jumlah
    kunjungan yaitu: Jumlah A / Jumlah B``, the words that introduce the formula), nor an
    apposition after a verb of computing (``… dihitung sebagai berikut :``)."""
    if ":" not in words or _counted_after().match(after):
        return False
    listing, apposition = _listing()
    if listing.fullmatch(words) is not None:
        return True
    return apposition.fullmatch(words) is not None and _computing().search(words) is None
