"""Labels the export moved: a fraction's label after it, or its words between the lines.

A stacked fraction's label (``Cakupan Rumah Layak Huni =``) stands on its middle line in the
document. Exports move it: after the whole fraction, its ``=`` ending the cell
(``Jumlah A Jumlah B`` / ``X 100 Cakupan`` / ``Rumah Layak Huni`` / ``=``); or, when the
label column is narrow and wraps, its words open the lines of the numerator and the
denominator (``Jumlah pengunjung yang`` / ``Cakupan mendapat KIP/K`` / ``= x 100%`` /
``Interpersonal dan`` / ``Jumlah seluruh pengunjung``). These passes blank the label's words
in the cell's characters (the text keeps its length, see :mod:`ikicalc.lang.layout`).
"""

from __future__ import annotations

import re

from ikicalc.lang.layout_cues import blank, operator
from ikicalc.patterns import lazy

__all__ = ["label_after", "label_interleaved"]

_SCALE = lazy(r"(?:[xX×*]|\\times)[ \t]*\d[\d.,]*[ \t]*(?:%|persen)?")
_WORDS = lazy(r"^[^\W\d_][^\W_]*(?:[-/.][^\W_]*)*(?:\s+[^\W_(][^\W_]*(?:[-/.][^\W_]*)*\.?)*$")


def label_after(chars: list[str]) -> bool:
    """``Jumlah A Jumlah B`` / ``X 100 Cakupan`` / ``Rumah Layak Huni`` / ``=``: the cell ends
    with an ``=`` that nothing follows and words that stand after the fraction's scale, up to
    the line's end: the label the export put after the fraction. Blank it and its ``=``."""
    text = "".join(chars)
    end = len(text.rstrip())
    if not text[:end].endswith("=") or "\n" not in text:
        return False
    equals = end - 1
    scales = list(_SCALE.finditer(text, 0, equals))
    if not scales:
        return False
    scale = scales[-1]
    words = text[scale.end() : equals]
    if "\n" not in words:  # "… x 1.000 penduduk =" on one line: a rate's unit stands there
        return False
    if not _WORDS.match(" ".join(words.split())) or operator().search(words):
        return False
    if not re.search(r"[^\W\d_]{3}", text[: scale.start()]):
        return False
    blank(chars, scale.end(), end)
    return True


# the words of a label column at the start of a line: capitalised words (not counting words
# nor acronyms), a bracketed acronym, "dan" between them
_COUNTING = r"(?:Jumlah|Jml|Jmlh|Total|Banyaknya|JUMLAH)"
_LABEL_RUN = lazy(
    r"^[ \t]*(?P<run>(?!" + _COUNTING + r"\b)[A-Z][a-z]{2,}"
    r"(?:[ \t]+(?:(?!" + _COUNTING + r"\b)[A-Z][a-z]{2,}|\([A-Z][A-Z/]*\)|dan(?=[ \t]*$)|&))*)"
    r"(?=[ \t]*$|[ \t]+(?P<rest>[a-z]))"
)
_OPENS = lazy(r"^[ \t]*(?:[Σ∑][ \t]*)?" + _COUNTING + r"\b")
_SENTENCE_CASE = lazy(  # "Jumlah pengunjung puskesmas yang": lower case after the first word
    r"^[ \t]*(?:[Σ∑][ \t]*)?[A-Z][a-z]+(?:[ \t]+(?:[a-z]\S*|[A-Z]{2,}\S*|\d\S*))+[ \t]*$"
)


def label_interleaved(
    chars: list[str], above: list[re.Match[str]], below: list[re.Match[str]]
) -> bool:
    """``Jumlah pengunjung puskesmas yang`` / ``Cakupan mendapat KIP/K …`` / ``Komunikasi
    tahun`` / ``= x 100%`` / ``Interpersonal dan`` / ``Jumlah seluruh pengunjung …`` /
    ``Konseling (KIP/K)`` / ``dalam kurun waktu …``: the middle line's label was lost (a bare
    ``=``), and its words open the lines of the two names, which are written in sentence
    case (after their first word, in lower case). Each name opens with a counting word;
    capitalised words that open its other lines, and lines of them before it, are the
    label's; the label, centred on the middle line, has words on both sides of it. Blank
    them."""
    runs: list[tuple[int, int]] = []
    for block in (above, below):
        found_before = len(runs)
        opener = next((i for i, line in enumerate(block) if _OPENS.match(line.group(0))), None)
        if opener is None or not _SENTENCE_CASE.match(block[opener].group(0)):
            return False
        for index, line in enumerate(block):
            if index == opener:
                continue
            found = _LABEL_RUN.match(line.group(0))
            if found is None:
                if index < opener:
                    return False
                continue
            if index < opener and found.group("rest"):
                return False  # words before the name that go on in lower case: not a label
            runs.append((line.start() + found.start("run"), line.start() + found.end("run")))
        if len(runs) == found_before:  # a label centred on the middle line has words on both sides
            return False
    for start, end in runs:
        blank(chars, start, end)
    return True
