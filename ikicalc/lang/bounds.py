"""A line under a formula that bounds one of its quantities or its result.

Regulations state the formula, then the rule its terms obey on a line of its own:
``Tarif Rata-rata = Biaya Dasar + Keuntungan yang Wajar`` / ``Keuntungan yang wajar paling
tinggi 10% (sepuluh persen) dari biaya dasar.``; ``Denda = 2% x n x P`` / ``keterangan:`` / …
/ ``dengan ketentuan n paling banyak 15 (lima belas) bulan.``. The bound is a rule the value
must obey, no part of its arithmetic: it is set aside before the layout, so that no legend
entry takes it in as more of a name and no reading takes it for the formula (``10% × biaya
dasar`` was read from the first cell). Lint ``W132`` quotes it.

A bound's line: not the first; a bound word of ``data/suspicious.toml`` ``[dropped] bounds``
(``paling tinggi``, ``sekurang-kurangnya``, ``maksimal`` …) before a figure; no ``=``; it
ends a sentence (``.``, ``;``) or opens with ``dengan ketentuan``; only such lines after it;
the text above it computes and has its ``=`` (a labelled formula, a legend); the line above
is no stack's middle line (a denominator ``Jumlah ibu hamil minimal 4 kali.`` stays).
"""

from __future__ import annotations

import re
from functools import cache

from ikicalc.lang.chars import text_of
from ikicalc.lang.layout_cues import BAR, operator
from ikicalc.lang.said import computes
from ikicalc.patterns import compiled

__all__ = ["bound_lines_aside"]


@cache
def _bound() -> re.Pattern[str]:
    from ikicalc.diagnostics.suspicious_words import either, words  # W132's word classes

    bound = either(words()["dropped"]["bounds"])
    return compiled(r"(?i)(?<![^\W_])" + bound + r"(?![^\W_])")


_DENGAN_KETENTUAN = compiled(r"(?i)[ \t]*dengan[ \t]+ketentuan\b")
_SCALE_ONLY = compiled(r"[ \t]*(?:[xX×*][ \t]*)?\d[\d.,]*[ \t]*%?[ \t]*")


def bound_lines_aside(text: str) -> str:
    """``text`` with the lines that bound the formula's terms blanked (see the module), and a
    clause after a comma that ends the cell with a bound (``… dari Pajak yang terutang, untuk
    jangka waktu paling lama 24 (dua puluh empat) bulan …``); the same length, so every offset
    still points into the cell."""
    text = _clause_aside(text) if "," in text and _bound().search(text) else text
    if "\n" not in text or "=" not in text or not re.search(r"\d", text):
        return text
    lines = list(re.finditer(r"[^\n]+", text))
    found: list[re.Match[str]] = []
    for line in reversed(lines[1:]):
        written = line.group(0)
        if not written.strip():
            continue
        if not _bounds_line(written):
            break
        found.append(line)
    if not found:
        return text
    first = found[-1]
    above = text[: first.start()]
    previous = above.rstrip("\n").rsplit("\n", 1)[-1]
    if (
        "=" not in above
        or not computes(above)
        or BAR.search(previous)
        or _SCALE_ONLY.fullmatch(previous)
    ):
        return text
    chars = list(text)
    for line in found:
        chars[line.start() : line.end()] = " " * (line.end() - line.start())
    return text_of(chars)


def _bounds_line(line: str) -> bool:
    """Whether ``line`` states a bound in a sentence of its own (see the module)."""
    if "=" in line or not _states_bound(line):
        return False
    return bool(_DENGAN_KETENTUAN.match(line)) or line.rstrip().endswith((".", ";"))


def _states_bound(words: str) -> bool:
    """Whether ``words`` state a bound: a bound word, then a figure (its first bound: one
    pass, linear), and no operation of their own once the figures are blanked."""
    bound = _bound().search(words)
    if bound is None or not re.search(r"\d", words[bound.end() :]):
        return False
    return operator().search(_bound_free(words)) is None


def _bound_free(line: str) -> str:
    """``line`` with its figures blanked, each with the words that say it again and the share
    it names (``10% (sepuluh persen) dari``, ``2 (dua) orang``): what is left must not
    compute."""
    return re.sub(r"(?i)\d[\d.,]*[ \t]*%?(?:[ \t]*\([^()\n]*\))?(?:[ \t]*dari\b)?", " ", line)


# the last clause of the cell, after a comma, bounding a term ("…, untuk jangka waktu paling
# lama 24 (dua puluh empat) bulan sejak saat terutangnya Pajak."): opened by a preposition of
# its own, never by the bound ("Jumlah air, sekurang-kurangnya 75" is a name, its canonical
# text too)
_LAST_CLAUSE = compiled(
    r"(?i),[ \t]*(?=(?:untuk|dengan|selama|dalam|sejak)(?![^\W_]))"
    r"(?:[^,;=()\n]|\([^()\n]*\))*\Z"
)
_ENUMERATED = compiled(r"(?<![^\s:])\d{1,2}[.)][ \t]")  # a list's numbers
_SHARE = compiled(r"(?i)\d[ \t]*(?:%|persen\b)")  # "1% (satu persen) per bulan dari …": computes


def _clause_aside(text: str) -> str:
    """``text`` with its last clause blanked when it holds a bound and a figure and no
    operation of its own, and what stands before it computes (see the module)."""
    clause = _LAST_CLAUSE.search(text)
    before = text[: clause.start()] if clause else ""
    if clause is None or not (computes(before) or _SHARE.search(before)):
        return text
    if before.count("(") != before.count(")") or _ENUMERATED.search(text):
        return text  # "rata-rata (PNS, sekurang-kurangnya 75)", "… : 1. A, sekurang-kurangnya 2. B"
    if not _states_bound(clause.group(0)):
        return text
    return text[: clause.start()] + " " * (clause.end() - clause.start())

