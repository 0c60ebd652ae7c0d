"""A name's time closes it: where a flattened stack's numerator ends.

The health, housing and education SPM (``Standar Pelayanan Minimal``) and the indicators
modelled on them write each quantity of a ratio with the time and place it counts: the
numerator ``… di satu wilayah kerja pada kurun waktu tertentu``, the denominator ``… di
wilayah yang sama pada kurun waktu yang sama``. ``tertentu`` closes the numerator, ``yang
sama`` the denominator: words after the first on the lines above the fraction's bar are not
the numerator's, and where the export lost the bar, the line after the one that ends with
``tertentu`` is where the denominator starts.

* :func:`label_after_time`: ``Jumlah A … Pada Kurun`` / ``Waktu tertentu`` / ``Persentase
  (%) Cakupan`` / ``x100%`` / ``Ibu Hamil K4`` / ``Jumlah B …`` / ``… Yang Sama``: a label
  centred on the middle line, its lines between the numerator's time and the middle line
  and between the middle line and the line where the denominator opens with its counting
  word (the spaces of the label's column lost: nothing but the time shows where it starts).
* :func:`split_after_time`: ``AKI = Jumlah kematian ibu …`` / ``… dalam kurun waktu
  tertentu`` / ``kelahiran hidup … dalam kurun`` / ``waktu yang sama X 100.000``: no bar,
  no counting word on the denominator's line; it starts after the numerator's time.
"""

from __future__ import annotations

import re

from ikicalc.i18n import N_
from ikicalc.lang import guards
from ikicalc.lang.chars import text_of
from ikicalc.lang.layout_cues import COUNTING_LINE, RATIO_SCALED, blank, operator
from ikicalc.lang.lost_bars import LostBar
from ikicalc.patterns import lazy

__all__ = [
    "SPLIT_AFTER_TIME",
    "centred_after_time",
    "joined_after_time",
    "label_after_time",
    "split_after_time",
]

# the time that closes a numerator, at a line's end: "… pada kurun waktu tertentu",
# "… dalam satu tahun tertentu", "… pada periode tertentu"
# the units of time (a class: kurun waktu, periode, the calendar's units, masa, saat)
_TIME = (
    r"(?i)(?<![^\W_])(?:kurun(?:[ \t]*waktu)?|waktu|periode|tahun|semester|triwulan|caturwulan"
    r"|bulan|minggu|pekan|hari|tanggal|masa|saat)"
)
_CLOSED = lazy(_TIME + r"[ \t]+tertentu[ \t.,]*$")
# the same inside a line whose breaks were lost: "… kurun waktu tertentu kelahiran hidup …"
_CLOSED_INSIDE = lazy(_TIME + r"[ \t]+tertentu(?P<gap>[ \t]+)(?=[^\W\d_])")
_SCALE_AT_END = lazy(r"[ \t]+(?P<scale>" + RATIO_SCALED + r"[ \t]*(?:%|persen)?)[ \t]*\.?[ \t]*$")
# the denominator's own time: "… pada kurun waktu yang sama", "… tahun yang sama"
_SAME = lazy(r"(?i)(?<![^\W_])(?:yang|yg)\s+sama(?![^\W_])")
# a label's line: words, an acronym with digits ("K4"), "(%)", "%"; opened by a capital
_LABEL_LINE = lazy(
    r"[ \t]*(?:%[ \t]*)?[A-Z][^\W_]*(?:-[^\W_]+)*"
    r"(?:[ \t]+(?:[^\W\d_][^\W_]*(?:-[^\W_]+)*|[A-Z]+\d+|\([ \t]*%[ \t]*\)|%|\([A-Z][A-Z/]*\)))*"
    r"[ \t]*"
)

SPLIT_AFTER_TIME = N_(
    "no bar and no counting word: the numerator's time ('… kurun waktu tertentu') ended a "
    "line; the denominator ('… yang sama') was taken to start on the next"
)


# Indonesian prepositions and conjunctions: the name's time or place goes on with one
# ("… pada kurun waktu tertentu" / "di wilayah kerja …"); a label never opens with one
_GOES_ON = lazy(
    r"(?i)[ \t]*(?:di|pada|dalam|yang|yg|dan|serta|atau|untuk|dari|ke|oleh|per|bagi|sampai"
    r"|hingga|selama|sejak|menurut|sesuai|terhadap|dengan|dgn|antara|tahun|bulan|s\.?d\.?)"
    r"(?![^\W_])"
)


def _labels(lines: list[re.Match[str]]) -> bool:
    """Words (any case: a cell in Title Case is read folded, :mod:`.casing`), the first not a
    preposition or a conjunction that goes on with the name; no counting word, no operator."""
    if not lines or _GOES_ON.match(lines[0].group(0)):
        return False
    return all(
        _LABEL_LINE.fullmatch(line.group(0).lstrip().capitalize())
        and not COUNTING_LINE.match(line.group(0))
        and not operator().search(line.group(0))
        for line in lines
    )


def _same(lines: list[re.Match[str]]) -> bool:
    """Whether ``lines`` say the denominator's ``yang sama`` (its words may stand apart)."""
    return _SAME.search(" ".join(line.group(0) for line in lines)) is not None


def _closes(lines: list[re.Match[str]], index: int) -> bool:
    """Whether line ``index`` ends with the numerator's time (``… kurun waktu`` /
    ``tertentu``: its words may stand on the line before)."""
    line = lines[index].group(0)
    if not guards.holds(line, "tertentu"):
        return False
    before = lines[index - 1].group(0) if index else ""
    return _CLOSED.search(f"{before} {line}") is not None


def label_after_time(
    chars: list[str], above: list[re.Match[str]], below: list[re.Match[str]]
) -> bool:
    """The lines above the middle line after the one where the numerator's time closes it
    (``… Waktu tertentu``), and the lines under it before the one the denominator's counting
    word opens: a label centred on the middle line (see module). Blank them when they are
    words opened by a capital, the numerator opens with a counting word and the denominator
    holds its own ``yang sama``."""
    found = _centred(above, below)
    for line in found or ():
        blank(chars, line.start(), line.end())
    return bool(found)


def centred_after_time(above: list[re.Match[str]], below: list[re.Match[str]]) -> bool:
    """Whether the lines round a middle line hold a label centred after the numerator's time
    (:func:`label_after_time`; the layout sets it aside, :mod:`.middle_line` leaves it)."""
    return bool(_centred(above, below))


def _centred(above: list[re.Match[str]], below: list[re.Match[str]]) -> list[re.Match[str]]:
    if len(above) < 2 or not below or not COUNTING_LINE.match(above[0].group(0)):
        return []
    closed = next((i for i in range(len(above) - 1) if _closes(above, i)), None)
    if closed is None or not _same(below):
        return []
    label = above[closed + 1 :]
    opener = next((i for i, line in enumerate(below) if COUNTING_LINE.match(line.group(0))), None)
    under = below[:opener] if opener else []
    return [*label, *under] if _labels([*label, *under]) else []


def split_after_time(lines: list[re.Match[str]]) -> int | None:
    """Where the bar was lost (see module): the end of the one line that ends with the
    numerator's time, when a line after it holds the denominator's ``yang sama`` and none
    before it does; ``None`` else."""
    closed = [i for i in range(len(lines) - 1) if _closes(lines, i)]
    if len(closed) != 1:
        return None
    at = closed[0]
    if _same(lines[: at + 1]) or not _same(lines[at + 1 :]):
        return None
    return lines[at].end()


JOINED_AFTER_TIME = N_(
    "no bar, no line break and no counting word: the denominator was taken to start after "
    "the numerator's time ('… kurun waktu tertentu'), up to its own ('… yang sama')"
)


def joined_after_time(chars: list[str]) -> LostBar | None:
    """``AKI = Jumlah kematian ibu … dalam kurun waktu tertentu kelahiran hidup … dalam kurun
    waktu yang sama X 100.000``: a stack's lines joined on one line, its bar lost; the
    denominator starts after the numerator's time (see module). Nothing but words on either
    side (a label's ``=`` before them, the scale after them)."""
    text = text_of(chars)
    if "\n" in text.strip() or not guards.holds(text, "tertentu"):
        return None
    closes = list(_CLOSED_INSIDE.finditer(text))
    if len(closes) != 1:
        return None
    split = closes[0].start("gap")
    scale = _SCALE_AT_END.search(text, split)
    end = scale.start() if scale else len(text)
    if _SAME.search(text, 0, split) or not _SAME.search(text, split, end):
        return None
    body = text[text.find("=") + 1 if "=" in text[:split] else 0 : end]
    if operator().search(body) or re.search(r"[=:;]|\d", text[split:end]):
        return None
    if _GOES_ON.match(text, split):  # "… tahun tertentu di wilayah yang sama": one name
        return None
    chars[split] = "÷"
    if scale is None:
        return LostBar(split, None, guess=JOINED_AFTER_TIME)
    blank(chars, *scale.span("scale"))
    return LostBar(split, scale.span("scale"), guess=JOINED_AFTER_TIME)
