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
from ikicalc.lang.layout_cues import COUNTING_LINE, blank, operator
from ikicalc.patterns import lazy

__all__ = ["SPLIT_AFTER_TIME", "label_after_time", "split_after_time"]

# the time that closes a numerator, at a line's end: "… pada kurun waktu tertentu",
# "… dalam satu tahun tertentu", "… pada periode tertentu"
_CLOSED = lazy(
    r"(?i)(?<![^\W_])(?:kurun[ \t]+waktu|kurunwaktu|waktu|periode|tahun|bulan|triwulan"
    r"|semester|masa)[ \t]+tertentu[ \t.,]*$"
)
# the denominator's own time: "… pada kurun waktu yang sama", "… tahun yang sama"
_SAME = lazy(r"(?i)(?<![^\W_])(?:yang|yg)[ \t]+sama(?![^\W_])")
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


def _labels(lines: list[re.Match[str]]) -> bool:
    return all(
        _LABEL_LINE.fullmatch(line.group(0))
        and not COUNTING_LINE.match(line.group(0))
        and not operator().search(line.group(0))
        for line in lines
    )


def label_after_time(
    chars: list[str], above: list[re.Match[str]], below: list[re.Match[str]]
) -> bool:
    """The lines above the middle line after the one where the numerator's time closes it
    (``… Waktu tertentu``), and the lines under it before the one the denominator's counting
    word opens: a label centred on the middle line (see module). Blank them when they are
    words opened by a capital, the numerator opens with a counting word and the denominator
    holds its own ``yang sama``."""
    if len(above) < 2 or not below or not COUNTING_LINE.match(above[0].group(0)):
        return False
    closed = next((i for i, line in enumerate(above[:-1]) if _CLOSED.search(line.group(0))), None)
    if closed is None or not any(_SAME.search(line.group(0)) for line in below):
        return False
    label = above[closed + 1 :]
    opener = next((i for i, line in enumerate(below) if COUNTING_LINE.match(line.group(0))), None)
    under = below[:opener] if opener else []
    if not _labels([*label, *under]):
        return False
    for line in (*label, *under):
        blank(chars, line.start(), line.end())
    return True


def split_after_time(lines: list[re.Match[str]]) -> int | None:
    """Where the bar was lost (see module): the end of the one line that ends with the
    numerator's time, when a line after it holds the denominator's ``yang sama`` and none
    before it does; ``None`` else."""
    closed = [i for i, line in enumerate(lines[:-1]) if _CLOSED.search(line.group(0))]
    if len(closed) != 1:
        return None
    at = closed[0]
    if any(_SAME.search(line.group(0)) for line in lines[: at + 1]):
        return None
    if not any(_SAME.search(line.group(0)) for line in lines[at + 1 :]):
        return None
    return lines[at].end()
