"""Growth said in words: two quantities compared, then "their difference" divided.

Statistical metadata (BPS "Metode Penghitungan") and planning documents say a rate of growth as
a sequence of steps in which the second refers back to the first: ``membandingkan jumlah
penduduk pada tahun berjalan dengan jumlah penduduk pada tahun sebelumnya, kemudian selisihnya
dibagi dengan jumlah penduduk tahun sebelumnya dan dikalikan 100 persen``. A careful reader
knows ``selisihnya`` (its difference; ``hasil selisihnya``, ``selisih tersebut``, ``selisih
keduanya``) as the difference of the two quantities the verb compared (``membandingkan``,
``memperbandingkan``, ``mengurangkan``, ``mengurangi``), and what follows it as the operations
applied to that difference: ``(A − B) / C × 100%``. The two quantities are joined by
``dengan`` (or ``dan``, ``terhadap``); where the words hold that join more than once, the split
that makes the two phrases open with the same word (``jumlah … dengan jumlah …``) is taken,
else the first.

The passive (``A dibandingkan dengan B, kemudian selisihnya dibagi B``) has no room for a
bracket before ``A``: the words become ``A - B / B``, a growth whose brackets were lost, which
the reading layer reads as ``(A − B) / B`` (a guess). The verb becomes ``(``, the join ``-``,
the reference ``)``; the text keeps its length (see
:mod:`ikicalc.lang.layout`). The words before the verb are left to the preamble's reader, but
for the end of a sentence alone opening the cell (``dengan cara``, ``yaitu``), set aside.
"""

from __future__ import annotations

import re

from ikicalc.lang.layout_cues import blank
from ikicalc.patterns import lazy

__all__ = ["growth_said"]

_JOIN = lazy(r"(?i)[ \t\n]+(?:dengan|dan|terhadap)[ \t\n]+")
_REFERENCE = (
    r"(?P<ref>[ \t\n]*,?[ \t\n]*(?:(?:kemudian|lalu|selanjutnya|setelah[ \t]+itu)[ \t\n]+)?"
    r"(?:hasil[ \t\n]+)?selisih(?:nya|[ \t\n]+(?:tersebut|keduanya))(?![^\W_]))"
    r"(?=[ \t\n]+(?:di[ \t]*bagi|di[ \t]*kali(?:kan)?)(?![^\W_]))"
)
# the verb that compares, the two quantities, the reference to their difference, an operation
_COMPARED = lazy(
    r"(?i)(?<![^\W_])(?P<verb>mem(?:per)?bandingkan|mengurang(?:kan|i))[ \t\n]+"
    r"(?P<pair>[^,;:()=/÷×*]+?)" + _REFERENCE
)
# what may stand before the verb at the start of a cell: the end of a sentence that opens it
_OPENING = lazy(r"(?i)[ \t\n]*(?:dengan(?:[ \t]+(?:cara|jalan))?|yaitu|yakni|adalah|ialah)[ \t\n]+")
# the passive: "A dibandingkan dengan B, kemudian selisihnya dibagi …"
_PASSIVE = lazy(
    r"(?i)(?<=[^\W_])(?P<verb>[ \t\n]+dibandingkan[ \t\n]+(?:dengan|terhadap)[ \t\n]+)"
    r"(?P<b>[^,;:()=/÷×*]+?)" + _REFERENCE
)


def _split(pair: str) -> re.Match[str] | None:
    """The join between the two quantities (see the module)."""
    joins = [j for j in _JOIN.finditer(pair) if pair[j.end() :].strip()]
    if not joins:
        return None
    first_word = pair.split()[0].lower()  # the pair opens with a word: the pattern's
    for join in joins:
        if pair[join.end() :].split()[0].lower() == first_word:
            return join
    return joins[0]


def growth_said(chars: list[str]) -> None:
    """``membandingkan A dengan B, kemudian selisihnya dibagi C``: ``(A - B) / C`` (see the
    module)."""
    text = "".join(chars)
    for found in _COMPARED.finditer(text):
        join = _split(found.group("pair"))
        if join is None:
            continue
        start, end = found.span("verb")
        if _OPENING.fullmatch(text, 0, start):
            blank(chars, 0, start)  # "dengan cara mengurangkan …" opening the cell
        blank(chars, start, end)
        chars[start] = "("
        at = found.start("pair")
        blank(chars, at + join.start(), at + join.end())
        chars[at + join.start() + 1] = "-"
        ref_start, ref_end = found.span("ref")
        blank(chars, ref_start, ref_end)
        chars[ref_start] = ")"
    if "dibandingkan" not in text:
        return
    for found in _PASSIVE.finditer(text):  # "A dibandingkan dengan B, kemudian selisihnya …"
        blank(chars, *found.span("verb"))  # no room for a bracket before A: "A - B / B" is a
        chars[found.start("verb") + 1] = "-"  # growth whose brackets were lost (reading.py)
        blank(chars, *found.span("ref"))
