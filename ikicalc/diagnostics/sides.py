"""Which side of a ratio a name belongs on: the part (``… yang hadir``), the whole
(``seluruh …``), or neither; used to see an inverted ratio and to suggest the right one."""

from __future__ import annotations

from functools import cache
from typing import Literal

from ikicalc.names import counting_words, name_key, names_data
from ikicalc.patterns import lazy

__all__ = ["inverted", "part_over_whole", "ratio_text", "side"]


@cache
def _ratio_words() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    ratio = names_data()["ratio"]
    return (
        frozenset(name_key(w) for w in ratio["qualifiers"]),
        frozenset(ratio["part"]),
        frozenset(ratio["whole"]),
        frozenset(ratio["nouns"]),
    )


_RELATIVE = frozenset({"yang", "yg"})


def _side(name: str) -> Literal["part", "whole", "plain"]:
    """Whether a name counts a part (``… yang hadir``), the whole (``seluruh …``), or neither."""
    qualifiers, part, whole, nouns = _ratio_words()
    words = name_key(name).split()
    counting = counting_words()
    if words and words[0] in whole:
        return "whole"
    while words and words[0] in counting:
        words = words[1:]
    if not words:
        return "plain"
    if words[0] in whole:
        return "whole"
    if words[0] in part and (words[0] not in nouns or len(words) == 1):
        return "part"  # "hasil" alone is the result; "Jumlah Hasil Pengawasan" names a thing
    at = next((i for i, word in enumerate(words) if word in qualifiers), len(words))
    clause = words[at:]
    if clause and clause[0] == "sesuai" and (at == 0 or words[at - 1] not in _RELATIVE):
        # "koleksi sesuai SNP": according to a standard, what it requires, not a part of it
        # ("koleksi yang sesuai SNP" is the part that meets it)
        clause = clause[1:]
    if any(word in whole for word in clause):
        return "whole"
    if any(word in part for word in clause):
        return "part"
    return "plain"


side = _side
"""Whether a name counts a part, the whole, or neither (public for the plausibility rules)."""


def _qualified(name: str) -> bool:
    """Whether a name narrows what it counts by a clause (``… yang dibina``, ``… sesuai …``)."""
    qualifiers = _ratio_words()[0]
    return any(word in qualifiers for word in name_key(name).split())


def inverted(numerator: str, denominator: str) -> bool:
    """The denominator is a qualified part of what the numerator counts.

    Evidence on both sides, never on one: the denominator counts a part (``… yang hadir``)
    while the numerator counts the whole (``seluruh …``) or everything, with no clause of its
    own. Two qualified names (``Dokumen yang diadministrasikan / Dokumen yang sudah terkirim``)
    are two parts, and which one is the whole only the document knows: no alarm.
    """
    top, bottom = name_key(numerator), name_key(denominator)
    if bottom.startswith(top + " ") and _side(denominator) != "whole":
        return True  # 'Jumlah laporan gangguan' / 'Jumlah laporan gangguan yang di tindaklanjuti'
    if _side(denominator) != "part":
        return False
    top_side = _side(numerator)
    return top_side == "whole" or (
        top_side == "plain" and not _qualified(numerator) and not _narrowed(top, bottom)
    )


def _narrowed(top: str, bottom: str) -> bool:
    """Whether the numerator narrows the head it shares with the denominator by words of its
    own (``calon mahasiswa baru reguler pada program utama`` over ``calon mahasiswa yang lulus
    seleksi pada program utama``): an adjective narrows as a clause does, two parts again."""
    skipped = counting_words() | _RELATIVE
    upper = [w for w in top.split() if w not in skipped]
    lower = [w for w in bottom.split() if w not in skipped]
    shared = 0
    while shared < min(len(upper), len(lower)) and upper[shared] == lower[shared]:
        shared += 1
    own = upper[shared:]
    while own and lower and own[-1] == lower[-1]:
        own, lower = own[:-1], lower[:-1]
    # words joined on by a conjunction widen what is counted ("dokumen perencanaan dan hasil
    # evaluasi …"); a nominalisation (pe(N)-…-an, ke-…-an) makes a compound noun, a kind of thing
    # and not a part of it ("dokumen perencanaan"); the same words as the denominator's clause
    # (its 'yang' aside) narrow nothing
    return (
        shared > 0
        and bool(own)
        and own[0] not in _JOINING
        and _NOMINAL.fullmatch(own[0]) is None
        and own != lower[shared:]
    )


_JOINING = frozenset({"dan", "atau", "serta", "maupun", "dengan"})
_NOMINAL = lazy(r"(?:pe|ke)[a-z]{3,}an")


def part_over_whole(first: str, second: str) -> tuple[str, str]:
    """The two names as (numerator, denominator) of a percentage."""
    return (second, first) if inverted(first, second) else (first, second)


def ratio_text(numerator: str, denominator: str) -> str:
    """The percentage ``numerator / denominator × 100%`` as text."""
    return f"{numerator} / {denominator} × 100%"
