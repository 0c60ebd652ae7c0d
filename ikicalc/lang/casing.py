"""Cells whose case says nothing: written all in capitals, or with every word capitalised.

The reader leans on case in many places, as a careful reader does: a capital opens a new
name or a label (``Rata-rata Lama Sekolah`` is a statistic, ``rata-rata`` before a name a
mean), a word in capitals is an acronym (``GU/TU``), a line in sentence case opens a note.
A cell typed in capitals (``JUMLAH DOKTER DIBAGI JUMLAH PENDUDUK``) or in Title Case
(``Luas Serangan Yang Tertangani Dibagi Luas Serangan Kali 100%``, as a heading style or an
export leaves it) carries none of that evidence, and its operator words (``DIBAGI``,
``Dengan``) are not spelled as the rules know them. Such a cell is read as a careful
reader reads it: its words regardless of case (:func:`fold`, the same length, so every
offset still points into the cell), then each name takes back the spelling the cell gives
its words (:func:`restore`). Where that reading differs from the reading of the cell as
typed, it is a guess (lint ``W110``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from ikicalc.i18n import N_
from ikicalc.lang import ast
from ikicalc.lang.chars import text_of
from ikicalc.lang.formula import Formula, Reading
from ikicalc.names import counting_words, names_data

__all__ = ["REASON", "blind", "fold", "read", "restore", "unquoted"]

REASON = N_(
    "the cell is written all in capitals or with every word capitalised, so its case says "
    "nothing: its words were read regardless of case"
)

_RUN = re.compile(r"[^\W\d_]+")
_LONG = re.compile(r"[^\W\d_]{4,}")
# a paragraph's letter opening the cell ("B. HASIL …" is "b. …"), the rupiah of an amount
_AS_WRITTEN = re.compile(r"\A[ \t]*([A-Z])(?=[.)][ \t])|(?<![^\W\d_])(RP)(?=\.?[ \t]*\d)")
# the joints of a sentence: a cell in Title Case capitalises them, a name never opens with one
_JOINTS = frozenset(
    ["yang", "dan", "di", "dengan", "dibagi", "dikali", "dikalikan", "kali", "pada", "dari",
     "untuk", "dalam", "atau", "oleh", "terhadap", "adalah", "ke", "bagi", "dikurangi",
     "ditambah", "serta", "sebesar", "merupakan", "yaitu"]
)  # fmt: skip
_OPENING = frozenset({"jml", "jmlh", "rata", "rerata", "persentase", "rasio", "indeks"})
# a word of two letters and more that opens in lower case: the cell is not in Title Case
_LOWER_WORD = re.compile(r"(?<![^\W\d_])[a-z][^\W\d_]")


@cache
def _words() -> frozenset[str]:
    """The words of a sentence (``[casing] words``), and every word of the operator words of
    ``[grammar]`` (``DIBAGI``, ``TERLEBIH DAHULU``, ``APABILA`` …; lang/operator_words)."""
    from ikicalc.lang.operator_words import adverbs, before_operand, joiners, operator_words

    grammar = names_data()["grammar"]
    said = [
        *(word for words in operator_words().values() for word in words),
        *joiners(),
        *adverbs(),
        *before_operand(),
        *grammar["operator_conjunctions"],
    ]
    words = {word.lower() for word in names_data()["casing"]["words"]}
    return frozenset(words | {part for phrase in said for part in str(phrase).lower().split()})


def blind(text: str) -> bool:
    """A cheap proof that :func:`fold` may find the cell's case says nothing: no lower-case
    letter, or no word that opens in lower case (most cells show one in their first
    words)."""
    return text == text.upper() or _LOWER_WORD.search(text) is None


def _capitalised(run: str) -> bool:
    return run[:1].isupper() and run[1:].islower()


def fold(text: str) -> str | None:
    """``text`` with its case taken away where it says nothing (same length), or ``None``
    where its case carries evidence. A cell in capitals (no lower-case letter, at least three
    words of four letters and more) has the words of a sentence (``[casing] words`` of
    ``data/names.toml``: ``DIBAGI``, ``DENGAN``, ``YANG`` …) in lower case; its other words keep
    their capitals, the evidence of acronyms and aliases (``(DTKB)``). A cell in Title Case
    (its words of two letters and more all open with a capital, acronyms aside, one of them a
    joint of a sentence: ``Yang``, ``Dan``, ``Dibagi`` …) has every word of three letters and
    more in lower case but those that open a quantity (``Jumlah``, ``Total``, ``Persentase``
    …): they still open one."""
    words = _words()
    runs = [m for m in _RUN.finditer(text) if len(m.group(0)) >= 2]
    written: list[re.Match[str]] = []
    if text == text.upper():
        if not any(char.isupper() for char in text):
            return None
        # "B. HASIL …" a paragraph's letter, "RP100.000" the rupiah: as sentence case has them
        written = list(_AS_WRITTEN.finditer(text))
        # the words of a sentence, and words too long for an acronym (seven letters and more)
        folding = [m for m in runs if m.group(0).lower() in words or len(m.group(0)) >= 7]
        if len(_LONG.findall(text)) < 3:
            folding = []
    else:
        plain = [m for m in runs if not m.group(0).isupper()]
        if len(plain) < 4 or not all(_capitalised(m.group(0)) for m in plain):
            return None
        if not any(m.group(0).lower() in _JOINTS for m in plain):
            return None  # "Skor Hasil Hitung", "Rasio Likuiditas = Kas + …": names, capitalised
        # every word but those that open a quantity ("Jumlah", "Total") and symbols ("It")
        opening = counting_words() | _OPENING
        folding = [m for m in plain if len(m.group(0)) >= 3 and m.group(0).lower() not in opening]
    if not folding and not written:
        return None
    chars = list(text)
    for found in written:
        if found.group(1):
            chars[found.start(1)] = found.group(1).lower()
        else:
            chars[found.start(2) + 1] = "p"
    for found in folding:
        lower = found.group(0).lower()
        if len(lower) == len(found.group(0)):  # "İ" lowers to two characters: kept
            chars[found.start() : found.end()] = lower
    folded = text_of(chars)
    # letters without case (𝑝𝑒𝑠𝑒𝑟𝑡𝑎, an equation editor's italic): nothing to fold, and
    # the same text must never be read again as if it were another
    return folded if folded != text else None


_QUOTED = re.compile(r"\A(\s*)[“‘]([^“”‘’]*)[”’](\s*)\Z")


def unquoted(text: str) -> str:
    """``text`` without the typographic quotes around the whole cell (``“Jumlah peserta
    Qurban”``, as a web page quotes a field), each put as a space: a word processor's quotes
    say nothing of the formula (ASCII quotes, ``"Jumlah PNS"``, stay refused: they are
    code's)."""
    if "“" not in text and "‘" not in text:
        return text
    found = _QUOTED.match(text)
    if found is None or not found.group(2).strip():
        return text
    return f"{found.group(1)} {found.group(2)} {found.group(3)}"


def _spellings(text: str, folded: str) -> dict[str, str]:
    """Each word the folding changed, folded → as the cell writes it (the first spelling)."""
    spelled: dict[str, str] = {}
    for found in _RUN.finditer(folded):
        written = text[found.start() : found.end()]
        if written != found.group(0):
            spelled.setdefault(found.group(0), written)
    return spelled


def restore(formula: Formula, text: str, folded: str) -> Formula:
    """``formula``, read from ``folded``, with the words of its names, label and items
    spelled as ``text`` spells them."""
    spelled = _spellings(text, folded)

    def respell(words: str) -> str:
        return _RUN.sub(lambda m: spelled.get(m.group(0), m.group(0)), words)

    def leaf(node: ast.Expr) -> ast.Expr:
        if isinstance(node, ast.Variable):
            return ast.Variable(respell(node.name), node.span)
        if isinstance(node, ast.Sigma):
            inner = node.variable
            return ast.Sigma(ast.Variable(respell(inner.name), inner.span), node.span)
        return node

    expr = ast.transform(formula.expr, leaf)
    return Formula(
        expr,
        label=None if formula.label is None else respell(formula.label),
        items=tuple(respell(item) for item in formula.items),
        source=text,
        guesses=formula.guesses,
    )


def read(
    text: str, folded: str, parse: Callable[[str], Formula], as_typed: Callable[[str], Formula]
) -> Formula:
    """The reading of a cell whose case says nothing: its folded text read by ``parse``,
    spelled back; the reading of the cell as typed (``as_typed``) where they agree or where
    the folded text does not read."""
    from ikicalc.errors import FormulaSyntaxError

    refusal: FormulaSyntaxError | None = None
    try:
        typed: Formula | None = as_typed(text)
    except FormulaSyntaxError as error:
        typed, refusal = None, error
    try:
        regardless = restore(parse(folded), text, folded)
    except FormulaSyntaxError:
        if typed is None:
            raise refusal or FormulaSyntaxError("", text, 0) from None
        return typed
    if typed is not None and typed == regardless:
        return typed
    other = str(typed) if typed is not None else text.strip()
    guess = Reading((0, len(text)), str(regardless), other, REASON)
    return Formula(
        regardless.expr,
        label=regardless.label,
        items=regardless.items,
        source=text,
        guesses=(*regardless.guesses, guess),
    )
