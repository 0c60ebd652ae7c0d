"""A stacked fraction joined onto one line with nothing at all where its bar stood.

Web pages and text extraction lose a cell's line breaks; when the fraction had no bar either
(its numerator's line over its denominator's, the scale alone on a line between them or at
the end), what is left is two noun phrases run together, read as one name without a word
(dev ``pa-prabumulih-reviu-iku-123dok#01``: ``Jumlah sisa perkara … yang diselesaikan`` /
``100%`` / ``Jumlah sisa perkara … yang harus diselesaikan``). A careful reader sees where
the second quantity starts, and only there:

* a ratio's scale alone between two phrases, the second opened by a counting word
  (``Jumlah A 100% Jumlah B``), or inside the second of two phrases each opened by one
  (``Jumlah A Jumlah B di 100% wilayah …``, dev ``profil-kesehatan-do-518892617#01``);
* a unit in brackets that ends the first quantity, a capitalised phrase after it
  (``IMT = Berat Badan (kg) Tinggi Badan (m) x Tinggi Badan (m)``, dev
  ``kmk-2015-2023-juknis-ilp-ilpdocs#01``; ``Produksi (ton) Luas Panen (Ha)``);
* a counting word in capitals inside the last name of a sum (``Biaya Operasional + Biaya
  Pemeliharaan Jumlah Unit Sarusun``, dev ``perbpkp-4-2025-rusun-negara-pdf#06``);
* a scale between two bracketed phrases (``(n gizi kurang < -2 SD) x 100 % (n balita …)``,
  dev ``kulonprogo-perbup-56-2011-spm-ketahanan-pangan-github#07``), which the grammar would
  read as an implicit product of a percentage;
* two quantities opened by a word of ``[lost_lines] openers`` with the label's words before the
  first, on one side of ``=`` each or with none (``Rata-rata Jiwa/ Jumlah A = RumahTangga
  Jumlah B``, ``KepadatanPenduduk/km2 Jumlah A Luas B``, dev
  ``profil-kesehatan-do-2019-426334021#01``/``#02``).

What stands before the second quantity is the numerator, the rest the denominator; a scale
multiplies the whole. Each is a guess (``W110``): only the words show the place of the bar.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from ikicalc.i18n import N_
from ikicalc.lang import guards
from ikicalc.lang.chars import text_of
from ikicalc.lang.layout_cues import RATIO_SCALE, blank, operator
from ikicalc.lang.lost_bars import LostBar
from ikicalc.patterns import compiled, lazy

__all__ = ["lost_line"]

REASON = N_(
    "the cell's line breaks and its fraction's bar were lost: the second quantity was taken "
    "to start where a new phrase opens, and to be the denominator"
)


@cache
def _words() -> dict[str, frozenset[str]]:
    import tomllib

    text = resources.files("ikicalc").joinpath("data", "legends.toml").read_text("utf-8")
    section = tomllib.loads(text)["lost_lines"]
    return {key: frozenset(str(w).lower() for w in value) for key, value in section.items()}


@cache
def _opener() -> re.Pattern[str]:
    """A capitalised word that opens a quantity (``Jumlah``, ``Luas``, ``Total`` …; glued to
    the next word as exports leave it, ``Jumlahrumahtangga``)."""
    words = sorted(_words()["openers"], key=len, reverse=True)
    alternatives = "|".join(re.escape(w[:1].upper() + w[1:]) for w in words)
    return compiled(r"(?<![^\s/(])(?:" + alternatives + r")(?=[a-z]{3,}|[ \t]+[^\W\d_(])")


_COUNTING = lazy(r"(?<!\S)(?:Jumlah|JUMLAH|Jml|Jmlh|Total|Banyaknya)(?![^\W_])")
_BARE_SCALE = lazy(
    r"(?<=[^\W\d_)])[ \t]+(?P<scale>" + RATIO_SCALE + r"[ \t]*%)[ \t]+(?=[^\W\d_])"
)
_SUM_SIGN = lazy(r"(?<=\s)[-+−](?=\s)")
_UNIT_CUT = lazy(r"\((?P<unit>[^()\n]{1,12})\)(?P<gap>[ \t]+)(?=[A-Z][^\W\d_]+)")
_BRACKETS_SCALE = lazy(
    r"^[ \t]*\([^()]+\)[ \t]*(?P<scale>[xX×*][ \t]*" + RATIO_SCALE + r"[ \t]*%?)[ \t]*"
    r"(?=\([^()]+\)[ \t]*\.?[ \t]*$)"
)
_SPACED_MINUS = lazy(r"\s-\s")
_COORDINATED = lazy(r"(?i)(?<![^\W_])(?:dan|serta|atau)[ \t]+$")
_LISTED = lazy(r"\([^()]*,")
_LABEL_EQUALS = lazy(r"^[ \t]*[^\W\d_][^=\n]{0,80}?[ \t]*=[ \t]*(?=\S)")


def _has_words(text: str) -> bool:
    return re.search(r"[^\W\d_]{2,}", text) is not None


def lost_line(chars: list[str]) -> LostBar | None:
    """The place of the bar of a fraction joined onto one line with nothing where the bar
    stood (see module), ``÷`` put there and the scale set aside; ``None`` when the words do
    not show it."""
    text = text_of(chars)
    if "/" in text and "%" in text:
        return None  # a division and a scale are written (the common cell: no cost)
    if "÷" in text:
        return None
    counting = guards.has(text, "Jumlah", "JUMLAH", "Jml", "Total", "Banyaknya")
    opening = counting or "Luas" in text
    if "\n" in text.strip():
        return _over_a_gap(chars, text) if opening and "\n\n" in text.strip() else None
    if "/" in text:  # a division is written: only a label's slash ("Rata-rata Jiwa/ Jumlah")
        return _two_openings(chars, text) if opening else None
    bracketed = "(" in text
    if bracketed and _LISTED.search(text):
        return None  # "rata-rata (A, Jumlah B)": a list, no run-together quantities
    return (
        (_scale_between(chars, text) if counting and "%" in text else None)
        or (_bracketed(chars, text) if bracketed else None)
        or (_unit_cut(chars, text) if bracketed else None)
        or (_after_sum(chars, text) if counting else None)
        or (_two_openings(chars, text) if opening else None)
    )


def _over_a_gap(chars: list[str], text: str) -> LostBar | None:
    """``KepadatanPenduduk/km2 Jumlah A`` / (an empty line) / ``Luas B`` (dev
    ``profil-kesehatan-do-2019-426334021#02``): the bar lost, an empty line where it stood;
    two lines read as the one line of :func:`_two_openings` (the label's words set aside)."""
    if len([line for line in text.split("\n") if line.strip()]) != 2:
        return None
    flat = text.replace("\n", " ")
    read = list(flat)
    found = _two_openings(read, flat)
    if found is not None:
        for at, char in enumerate(read):
            if char != flat[at]:
                chars[at] = char
    return found


def _split(chars: list[str], at: int, scale: tuple[int, int] | None) -> LostBar:
    """``÷`` at the space before ``at``; the scale blanked, for the whole."""
    if scale is not None:
        blank(chars, *scale)
    split = at - 1
    while split > 0 and chars[split - 1] in " \t":
        split -= 1
    chars[split] = "÷"
    return LostBar(split, scale, guess=REASON)


def _scale_between(chars: list[str], text: str) -> LostBar | None:
    """``Jumlah A 100% Jumlah B``, ``Jumlah A Jumlah B di 100% wilayah …``."""
    if "%" not in text:
        return None
    scales = list(_BARE_SCALE.finditer(text))
    if len(scales) != 1:
        return None
    scale = scales[0].span("scale")
    masked = text[: scale[0]] + " " * (scale[1] - scale[0]) + text[scale[1] :]
    if operator().search(masked) or re.search(r"[=:+]", masked):
        return None
    counted = list(_COUNTING.finditer(masked))
    after = _COUNTING.match(text, scales[0].end())
    if after is not None and len(counted) == 2 and counted[1].start() == after.start():
        at = after.start()  # "Jumlah A 100% Jumlah B"
    elif len(counted) == 2 and counted[0].start() == len(masked) - len(masked.lstrip()):
        at = counted[1].start()  # "Jumlah A Jumlah B di 100% wilayah …": the scale's own line
    else:
        return None
    if not (_has_words(masked[:at]) and _has_words(masked[at:])):
        return None
    return _split(chars, at, scale)


def _bracketed(chars: list[str], text: str) -> LostBar | None:
    """``(A) x 100 % (B)``: a scale between two bracketed phrases, nothing else."""
    if not text.lstrip().startswith("(") or not text.rstrip(" \t.").endswith(")"):
        return None
    found = _BRACKETS_SCALE.match(text)
    if found is None:
        return None
    inside = text[: found.start("scale")] + text[found.end() :]
    if not _has_words(inside) or operator().search(inside.replace("(", " ").replace(")", " ")):
        return None
    return _split(chars, found.end(), found.span("scale"))


def _unit_cut(chars: list[str], text: str) -> LostBar | None:
    """``Berat Badan (kg) Tinggi Badan (m) x Tinggi Badan (m)``: a unit in brackets ends the
    first quantity, a capitalised phrase opens the second."""
    if "(" not in text:
        return None
    from ikicalc.lang.legend_names import unit_words

    head = _LABEL_EQUALS.match(text)
    start = head.end() if head else 0
    cuts = [
        m
        for m in _UNIT_CUT.finditer(text, start)
        if m.group("unit").strip().lower() in unit_words()
    ]
    if not cuts:
        return None
    cut = cuts[0]
    before = text[start : cut.start()]
    if not _has_words(before) or operator().search(before) or re.search(r"[-+−=:]", before):
        return None
    at = cut.end()
    if not _has_words(text[at:]) or re.search(r"[=:]", text[at:]):
        return None
    return _split(chars, at, None)


def _after_sum(chars: list[str], text: str) -> LostBar | None:
    """``A + B Jumlah C``: a counting word in capitals inside the last name of a sum or a
    difference, no product or division anywhere."""
    if not _SUM_SIGN.search(text) or operator().search(text) or re.search(r"[()\[\],]", text):
        return None
    head = _LABEL_EQUALS.match(text)
    start = head.end() if head else 0
    signs = list(_SUM_SIGN.finditer(text, start))
    if not signs:
        return None
    last = signs[-1].end()
    found = [m for m in _COUNTING.finditer(text, last) if m.group(0)[0].isupper()]
    if len(found) != 1 or "=" in text[start:] or ":" in text[start:]:
        return None
    at = found[0].start()
    if len(text[last:at].split()) < 2 or len(text[at:].split()) < 2:
        return None  # "… + Jumlah Total …": the name's own first word
    return _split(chars, at, None)


def _two_openings(chars: list[str], text: str) -> LostBar | None:
    """``Rata-rata Jiwa/ Jumlah A = RumahTangga Jumlah B``, ``KepadatanPenduduk/km2 Jumlah A
    Luas B``: two quantities, each opened by a word of ``[lost_lines] openers`` after the
    words of a label, nothing but ``=`` between them; the label's words set aside."""
    if "%" in text or "+" in text or ":" in text or ";" in text or "−" in text:
        return None
    found = list(_opener().finditer(text))
    if len(found) != 2 or text.rfind("/") > found[0].start():
        return None  # two quantities; a slash only in the label before them
    if _SPACED_MINUS.search(text):
        return None
    equals = [m.start() for m in re.finditer(r"(?<![<>≤≥])=", text)]
    if len(equals) > 1:
        return None
    if equals:
        left = [m for m in found if m.start() < equals[0]]
        right = [m for m in found if m.start() > equals[0]]
        if len(left) != 1 or len(right) != 1:
            return None
        first, second = left[0], right[0]
        labels = [(0, first.start()), (equals[0], second.start())]
    else:
        first, second = found
        labels = [(0, first.start())]
    if operator().search(text, first.start()):  # the label's own slash aside ("Jiwa/ Jumlah")
        return None
    if _COORDINATED.search(text, 0, second.start()):
        return None  # "Rata-rata Jumlah A dan Jumlah B": a conjunction lists, no bar was lost
    lead = text[: first.start()].split()
    if not lead or len(lead) > 3 or not all(w[:1].isupper() for w in lead):
        return None  # the label's words: a few, in capitals ("Rata-rata Jiwa/")
    pieces = (text[first.end() : second.start()], text[second.end() :])
    if not all(_has_words(piece) for piece in pieces):
        return None
    for start, end in labels:
        blank(chars, start, end)
    return _split(chars, second.start() if not equals else equals[0] + 1, None)
