"""A nested table's columns as extractors interleave them: the label's, the scale's.

A Word cell that lays its formula out as a borderless table ``label | numerator over
denominator | × 100%`` comes out of pdfplumber and ``pdftotext -layout`` row by row of the
PAGE: the label's column, narrower than its words, and the scale's column, a sign, a number and
``%`` each on a line of its own, stand beside the numerator's first lines:

* ``Persentase Realisasi × 100`` / ``Capaian =`` / ``Rencana``: the label's words open the
  numerator's lines (:func:`label_column`), also broken inside a word (``Capaia Jumlah ibu
  hamil X`` / ``n = yang 100``: the column's width cut ``Capaian``);
* ``Jumlah ibu hamil X`` / ``yang 100`` / ``mendapatkan %`` / ``pelayanan``: the scale's
  sign, number and percent end the numerator's lines (:func:`scale_column`).

The label is put back on one line before the numerator (``Persentase Capaian = Realisasi ×
100`` / ``Rencana``), the scale after the cell (``… / Jumlah sasaran …`` / ``X 100%``), the
text keeping its length (:mod:`.layout`). Found on ``tests/data/rendered-layouts.jsonl``
(``tools/render_layouts.py``, layout ``bar-table``).
"""

from __future__ import annotations

import re

from ikicalc.lang.chars import text_of
from ikicalc.lang.labels import stacking_words
from ikicalc.patterns import lazy

__all__ = ["columns_put_back", "label_column", "scale_column"]

_LABEL_END = lazy(r"^[ \t]*(?P<label>[^\W\d_][^\W_]*(?:[ \t]+[^\W\d_][^\W_]*)?)[ \t]*=(?!=)")
"""The label's last line: a word or two and ``=`` (``Capaian =``, ``n=``)."""
_FRAGMENT = lazy(r"[a-z]{1,2}")
_WORD = lazy(r"[^\W\d_][^\W_]*")
_HEADING = lazy(r"(?i)^[ \t]*[^\W\d_][^\n:=]{0,40}:[ \t]*$")
_SIGN = lazy(r"[ \t](?<![ \t]{2})[ \t]*([xX×*])[ \t]*$")  # from a gap's first blank only
_NUMBER = lazy(r"(?<=\S)[ \t]+(10+)[ \t]*$")
_PERCENT = lazy(r"(?<=\S)[ \t]+(%)[ \t]*$")


def columns_put_back(chars: list[str]) -> str | None:
    """Both passes (a cell of several lines); the cell as put back when they moved words
    (the span of a scale found later points into it), else ``None``."""
    before = text_of(chars)
    if "=" in before:
        label_column(chars)  # "Persentase Realisasi × 100" / "Capaian =" / "Rencana"
    if "100" in before:
        scale_column(chars)  # "Jumlah ibu X" / "hamil yang 100" / "mendapatkan %"
    after = text_of(chars)
    return after if after != before else None


def _lines(text: str) -> list[tuple[int, str]]:
    found: list[tuple[int, str]] = []
    start = 0
    for line in text.split("\n"):
        found.append((start, line))
        start += len(line) + 1
    return found


def label_column(chars: list[str]) -> None:
    """The label's column interleaved with the numerator's first lines (see the module):
    the first word of each line above a line ``Word =`` is the label's, when it opens with a
    word only a label opens with (``[salvage] label_words``) or the column broke a word
    (``Tingka`` / ``t =``)."""
    text = text_of(chars)
    lines = _lines(text)
    first = 0
    while first < len(lines) and (not lines[first][1].strip() or _HEADING.match(lines[first][1])):
        first += 1  # "Rumus:" above
    for end in range(first + 1, min(first + 3, len(lines))):
        found = _LABEL_END.match(lines[end][1])
        if found:
            break
    else:
        return
    above = [lines[number][1] for number in range(first, end)]
    if any("=" in line or not line.strip() or _HEADING.match(line) for line in above):
        return  # "a / b × 100" / "Ket :" / "a = Jumlah …": a legend's heading, no label column
    heads = [line.split()[0] for line in above]
    if not all(_WORD.fullmatch(head) for head in heads):
        return
    tail = found.group("label")
    broken = (  # "Tingka" / "t =": a word the column cut, never a symbol ("x" / "x =")
        _FRAGMENT.fullmatch(tail) is not None and heads[-1][-1:].islower() and len(heads[-1]) > 2
    )
    if not broken and (
        heads[0].lower() not in stacking_words()["label_words"]
        or not all(head[:1].isupper() for head in [*heads, tail])  # "… bayi" / "baru lahir ="
        or " " in tail.strip()
    ):
        return
    if re.match(r"[ \t]*(?:[-_─—–‾━]{3}|[xX×*][ \t]*\d)", lines[end][1][found.end() :]):
        return  # "Nilai = -------", "Capaian = X 100 %": a middle line, its label whole
    if re.search(r"[/÷×*+−]|\s[-xX:]\s", lines[end][1][found.end() :]):
        return  # "Cakupan … (CPTI)" / "Cakupan … (CPTL)" / "Persentase = CPTI - CPTL": whole
    below = lines[end + 1][1] if end + 1 < len(lines) else ""
    if not broken and re.search(r"[/÷]", below):
        return  # "Persentase Desa" / "Mandiri =" / "A / B x 100%": a label wrapped, whole below
    label = " ".join(heads) + ("" if broken else " ") + tail
    rests = [line.strip()[len(head) :].strip() for line, head in zip(above, heads, strict=True)]
    rests.append(lines[end][1][found.end() :].strip())
    kept = [rest for rest in rests if rest]
    start = lines[first][0]
    stop = lines[end][0] + len(lines[end][1])
    moved = f"{label} = " + "\n".join(kept) if kept else f"{label} ="
    if len(moved) > stop - start:
        return
    chars[start:stop] = list(moved.ljust(stop - start))


def scale_column(chars: list[str]) -> None:
    """The scale's column beside the numerator's first lines (see the module): a line ending
    in a lone sign, the next in ``100`` after the numerator's words, perhaps the next in
    ``%``; the three moved after the cell, on a line of their own."""
    text = text_of(chars)
    lines = _lines(text)
    for number, (start, line) in enumerate(lines[:-1]):
        sign = _SIGN.search(line)
        if not sign or not re.search(r"[^\W\d_]{2}", line[: sign.start()]):
            continue
        below_start, below = lines[number + 1]
        scale = _NUMBER.search(below)
        if not scale or not re.search(r"[^\W\d_]{2}", below[: scale.start()]):
            continue
        cut = [
            (start + sign.start(), start + sign.end()),
            (below_start + scale.start(), below_start + scale.end()),
        ]
        percent = None
        if number + 2 < len(lines):
            third_start, third = lines[number + 2]
            percent = _PERCENT.search(third)
            if percent:
                cut.append((third_start + percent.start(), third_start + percent.end()))
        if "=" in text[cut[-1][1] :]:
            return  # a legend below: the cell's end is not the formula's
        body = text
        for begin, finish in reversed(cut):
            body = body[:begin] + body[finish:]
        moved = body.rstrip() + f"\n{sign.group(1)} {scale.group(1)}" + ("%" if percent else "")
        if len(moved) <= len(text):
            chars[:] = list(moved.ljust(len(text)))
        return
