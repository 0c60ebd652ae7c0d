"""A stack's middle line as real extractors flatten it: put back on one line.

A Word cell ``numerator`` / ``Capaian = ---------- x 100%`` / ``denominator`` in a column
narrower than its bar comes out of pdftotext, pdfplumber and LibreOffice as

* the bar glued to the denominator's first word (pdftotext's default mode keeps no break
  after a line that reaches the column's edge): ``Rasio = ------------------Jumlah laporan``;
* the bar broken over two lines: ``_______________________________`` / ``______ × 100%``;
* the label alone above the bar, the bar's line wrapped after it: ``Persentase =`` /
  ``---------- x 100 %``;
* the scale alone under the bar: ``IKU = ----------`` / ``x 100 %`` / ``denominator``.

Each is put back as the middle line :mod:`.stacking` reads (``Capaian = ------ x 100%``),
the text keeping its length (:mod:`.layout`): a break becomes a space or a bar character, and
a glued bar gives its last character to a line break. Found on ``tests/data/rendered-layouts
.jsonl`` (``tools/render_layouts.py``: the development ratios rendered by LibreOffice).
"""

from __future__ import annotations

import itertools
import re

from ikicalc.lang.chars import text_of
from ikicalc.lang.labels import stacking_words
from ikicalc.lang.legend_beside import columns_paired, entries_without_sign, sign_on_next_line
from ikicalc.lang.legend_columns import columns_apart
from ikicalc.patterns import lazy

__all__ = ["label_beside_last_line", "label_wrapped", "middle_put_back", "put_back"]


def put_back(chars: list[str]) -> None:
    """Every pass of the module, on a cell of several lines."""
    middle_put_back(chars)  # "Rasio =" / "-------Jumlah …": a middle line flattened
    if "   " in text_of(chars):
        columns_apart(chars)  # "A / B   A   Jumlah …": a formula and its legend side by side
    entries_without_sign(chars)  # "A / B A Jumlah …" / "B Jumlah …": a legend's columns
    sign_on_next_line(chars)  # "A" / "= Jumlah …": a legend table's rows a cell a line
    columns_paired(chars)  # "A" / "B" / "=" / "=" / "Jumlah …" / "Jumlah …": its columns
    if "=" in chars:
        label_wrapped(chars)  # "Persentase" / "Capaian =": one label
        label_beside_last_line(chars)  # "A …" / "Tingkat = … A X 100%" / "B"

_BAR = "-_─—–‾━"
_GLUED = lazy(  # from a bar's first character (after a word's, its second), not from each
    r"(?<![^\W\d_])(?:"  # of a long bar's: the square of its length
    + "|".join(rf"(?:(?<!{c})|(?<=[^\W\d_]{c})){c}{{8,}}" for c in _BAR)
    + r")(?=[^\W\d_])(?![xX][ \t]*\d)"
)
"""A bar of eight or more glued to the word after it: ``--------Jumlah`` (not to the scale's
sign: ``______X 100 %``)."""
_ENDS_IN_BAR = lazy(r"(?:^|[ \t=:])[-_─—–‾━]{3,}[ \t]*$")
_STARTS_WITH_BAR = lazy(r"^[ \t]*[-_─—–‾━]{3,}")
_LABEL_ALONE = lazy(r"^[ \t]*[^\W\d_][^\W_]*(?:[ \t]+[^\W\d_%][^\W_]*){0,4}[ \t]*[=:][ \t]*$")
"""``Persentase Capaian =``: a few words and ``=`` (or ``:``), nothing else on the line."""
_BAR_LINE = lazy(
    r"^[ \t]*(?:[^\W\d_][^\W_]*(?:[ \t]+[^\W\d_][^\W_]*){0,4}[ \t]*[=:][ \t]*)?"
    r"[-_─—–‾━]{3,}[ \t]*$"
)
"""A middle line with no scale: a bar, a label before it or none."""
_SCALE_ALONE = lazy(r"^[ \t]*[xX×*][ \t]*10+[ \t]*%?[ \t]*$")


def _lines(text: str) -> list[tuple[int, str]]:
    """Each line with where it starts."""
    found: list[tuple[int, str]] = []
    start = 0
    for line in text.split("\n"):
        found.append((start, line))
        start += len(line) + 1
    return found


def middle_put_back(chars: list[str]) -> None:
    """Put a flattened middle line back on one line (see the module)."""
    text = text_of(chars)
    if not any(c * 3 in text for c in _BAR):
        return
    for glued in _GLUED.finditer(text):
        chars[glued.end() - 1] = "\n"
    text = text_of(chars)
    lines = _lines(text)
    for (start, line), (_, below) in itertools.pairwise(lines):
        end = start + len(line)  # the break after the line
        if _ENDS_IN_BAR.search(line) and _STARTS_WITH_BAR.match(below):
            bar = line.rstrip()[-1]  # "______" / "____ × 100%": one bar
            chars[end] = bar
            for index in range(end - 1, start - 1, -1):
                if chars[index] not in " \t":
                    break
                chars[index] = bar
    text = text_of(chars)
    lines = _lines(text)
    for number, (start, line) in enumerate(lines[:-1]):
        below = lines[number + 1][1]
        if _LABEL_ALONE.match(line) and _STARTS_WITH_BAR.match(below) and number > 0:
            chars[start + len(line)] = " "  # "Persentase =" / "------ x 100%"
        elif (
            _BAR_LINE.match(line)
            and _SCALE_ALONE.match(below)
            and number + 2 < len(lines)
            and lines[number + 2][1].strip()
            and re.search(r"[^\W\d_]", lines[number + 2][1])
        ):
            chars[start + len(line)] = " "  # "IKU = -------" / "x 100 %" / denominator


_WRAPPED_LABEL = lazy(
    r"^\s*(?P<first>[^\W\d_]+)(?:[ \t]+[^\W\d_]+){0,2}[ \t]*(?P<end>\n)"
    r"[ \t]*[^\W\d_][^\W_]*(?:[ \t]+[^\W\d_][^\W_]*){0,3}[ \t]*=[ \t]*(?:\n|$)"
)


def label_wrapped(chars: list[str]) -> None:
    """``Persentase`` / ``Capaian =`` opening the cell: a label its narrow column (a sheet's
    merged cell, a nested table's) broke over two lines, the first opened by a word only a
    label opens with (``[salvage] column_words`` of ``data/stacking.toml``), is one label on
    one line; not a numerator over a middle line."""
    found = _WRAPPED_LABEL.match(text_of(chars))
    if found and found.group("first").lower() in stacking_words()["column_words"]:
        chars[found.start("end")] = " "


_BESIDE_LAST_LINE = lazy(
    r"(?m)^(?P<label>[ \t]*[^\W\d_][^\W_]*(?:[ \t]+[^\W\d_][^\W_]*){0,3}[ \t]*=)[ \t]+"
    r"(?P<rest>[^\W\d_][^=\n]*?)[ \t]+(?P<scale>[xX×*][ \t]*10+[ \t]*%?)[ \t]*$"
)


def label_beside_last_line(chars: list[str]) -> None:
    """``Luas irigasi … yang dilayani oleh`` / ``Tingkat = jaringan irigasi yang dibangun X
    100%`` / ``Luas Cakupan …``: a sheet's (or a nested table's) label and scale stand in
    columns of their own, centred on the formula's rows, and the numerator's bar is a border:
    pdfplumber and ``pdftotext -layout`` put the label and the scale on the numerator's last
    line. Between a line above and a line below, the words between them are the numerator's
    last line: moved before them, on a line of their own (``jaringan irigasi yang dibangun``
    / ``Tingkat = X 100%``, the middle line :mod:`.stacking` reads)."""
    text = text_of(chars)
    for found in _BESIDE_LAST_LINE.finditer(text):
        above = text[: found.start()].rstrip(" \t")
        below = text[found.end() :]
        if not above.endswith("\n") or not re.search(r"[^\W\d_]{2}[^\n]*\n$", above + "\n"):
            continue
        last = above[: len(above) - 1].rsplit("\n", 1)[-1]
        if "=" in last or not re.search(r"[^\W\d_]{2}", last) or _ENDS_IN_BAR.search(last):
            continue
        if last.rstrip().endswith(":"):  # "Rumus:" / "Rasio = A X 100%": a heading above
            continue
        words = last.split()
        if len(words) <= 2 and words[0].lower() in stacking_words()["label_words"]:
            continue  # "PERSENTASE" / "PENCAPAIAN = …" / "KINERJA": the label's own column
        if not re.search(r"\n[ \t]*[^\W\d_(Σ∑]", below):
            continue
        moved = f"{found.group('rest')}\n{found.group('label').strip()} {found.group('scale')}"
        width = found.end() - found.start()
        chars[found.start() : found.end()] = list(moved.ljust(width))
