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
import tomllib
from functools import cache
from importlib import resources

from ikicalc.lang.layout_cues import blank, operator
from ikicalc.patterns import lazy

__all__ = ["label_after", "label_interleaved"]

_SCALE = lazy(r"(?:[xX×*]|\\times)[ \t]*\d[\d.,]*[ \t]*(?:%|persen)?")
_WORDS = lazy(r"^[^\W\d_][^\W_]*(?:[-/.][^\W_]*)*(?:\s+[^\W_(][^\W_]*(?:[-/.][^\W_]*)*\.?)*$")


def label_after(chars: list[str]) -> bool:
    """``Jumlah A Jumlah B`` / ``X 100 Cakupan`` / ``Rumah Layak Huni`` / ``=``: the cell ends
    with an ``=`` that nothing follows, after the fraction's scale and its denominator: the
    label the export put after the fraction. Blank it and its ``=``. The denominator may
    stand between the scale and the label (``x 100%`` / ``Jumlah seluruh bayi`` / ``Cakupan
    ASI Eksklusif =``: a line opened by a counting word and the lines that go on with it in
    lower case). On the scale's own line, words after it are a rate's unit (``x 1.000
    penduduk``) unless the scale is a percentage or they open with a label's word."""
    text = "".join(chars)
    end = len(text.rstrip())
    if not text[:end].endswith("="):
        return False
    equals = end - 1
    scales = list(_SCALE.finditer(text, 0, equals))
    if not scales:
        return False
    scale = scales[-1]
    start = scale.end()
    lines = list(re.finditer(r"[^\n]+", text[start:equals]))
    opened = [i for i, line in enumerate(lines) if _OPENS.match(line.group(0))]
    if opened:  # the denominator under the scale: the label starts after it
        after = opened[-1] + 1
        while after < len(lines) and re.match(r"[ \t]*[a-z\d(]", lines[after].group(0)):
            after += 1
        if after >= len(lines):
            return False
        start += lines[after].start()
    words = " ".join(text[start:equals].split())
    if "\n" not in text[scale.end() : equals] and not (
        "%" in scale.group(0) or "persen" in scale.group(0) or _opens_label(words)
    ):
        return False
    if not _WORDS.match(words) or operator().search(words):
        return False
    if not re.search(r"[^\W\d_]{3}", text[: scale.start()]):
        return False
    blank(chars, start, end)
    return True


@cache
def stacking_words() -> dict[str, frozenset[str]]:
    """The word lists of ``data/stacking.toml``: quantity openers, label words, wholes."""
    raw = resources.files("ikicalc").joinpath("data", "stacking.toml").read_text("utf-8")
    return {key: frozenset(words) for key, words in tomllib.loads(raw)["salvage"].items()}


def _opens_label(words: str) -> bool:
    first = words.split()[0].lower() if words.split() else ""
    return first in stacking_words()["label_words"]


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


def label_lines_before(chars: list[str], block: list[re.Match[str]]) -> bool:
    """``Persentase Penduduk = x 100%`` / ``Yang Melek Huruf`` / ``Jumlah penduduk …``: the
    label, wrapped, left whole lines of capitalised words before the line where the name
    opens with its counting word. Blank them."""
    opener = next((i for i, line in enumerate(block) if _OPENS.match(line.group(0))), None)
    if not opener:
        return False
    runs = [_LABEL_RUN.match(line.group(0)) for line in block[:opener]]
    if not all(run and not run.group("rest") for run in runs):
        return False
    for line in block[:opener]:
        blank(chars, line.start(), line.end())
    return True


_LABEL_BEFORE = lazy(
    r"^[ \t]*(?P<label>(?P<first>[^\W\d_][^\W_]*)(?:[ \t]+[^\W\d_][^\W_]*(?:[-/][^\W_]+)*){0,5})"
    r"[ \t]+(?=" + _COUNTING + r"[ \t]+[^\W\d_])"
)


def label_before(chars: list[str]) -> bool:
    """``Cakupan ASI Eksklusif Jumlah bayi … x 100% Jumlah seluruh bayi …``: the label's words
    (opened by a label's word such as ``Cakupan``, not by one that makes a quantity such as
    ``Rata-rata``) before the numerator's counting word, written with a capital, at the
    start of a cell that goes on to compute (an operator or a percentage). Blank them."""
    text = "".join(chars)
    found = _LABEL_BEFORE.match(text)
    if found is None or "=" in text[: found.end()]:
        return False
    words = stacking_words()
    first = found.group("first").lower()
    if first not in words["label_words"] or first in words["quantity_openers"] or first == "nilai":
        return False
    rest = text[found.end() :]
    if not (operator().search(rest) or "%" in rest):
        return False
    blank(chars, found.start("label"), found.end("label"))
    return True
