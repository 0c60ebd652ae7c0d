"""The marks of a formula as OCR reads a scanned page (the text layer of a scanned LKjIP).

Tesseract reads the words of a printed formula well and its marks badly. Three confusions a
careful reader sees through, each by the place it stands in, are read back here (the cell keeps
its length, so carets still point into it):

* the ``=`` after the indicator's label read as an em dash: ``Tingkat — A / B``, ``Persentase
  Capaian —`` over a stack. Only a label: one to three words that name an indicator
  (``[salvage] label_words`` and ``[middle_line] naming_words`` of ``data/stacking.toml``) at
  the cell's start, or a label of capitals alone on its line (``IKU —``); ``Jumlah A — Jumlah B``
  keeps its minus;
* the percent sign after the scale read as letters or digits: ``x 100 Yo``, ``× 100Y6``,
  ``x 10096``, ``x1004`` (``[scanned] percent_misreads``), only after a multiplying sign and
  ``100``, at a line's end: a rate's scale is a power of ten, never 1004;
* a typed bar of dashes read with letters and digits in it (``---------nnn0nuvnnvuonnuun``):
  a token that opens with two dashes, eight characters or more, holding only what OCR makes
  of dashes (``[scanned] bar_misreads``) is a bar;
* the scale the bar's width pushed onto a line of its own (``Nilai = ------`` / ``x 100%``)
  belongs to the bar's line.

What OCR loses (a bar drawn as a border, a ``∑`` read as ``2``, ``Ss`` or ``>``) is not guessed:
those cells are refused or read as the words stand. Each reading of a mark is reported (``W110``).
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from importlib import resources

from ikicalc.i18n import N_
from ikicalc.lang.chars import text_of
from ikicalc.lang.formula import Reading
from ikicalc.lang.labels import stacking_words
from ikicalc.lang.middle_line import naming_words
from ikicalc.patterns import lazy

__all__ = ["ocr_marks"]

LABEL_REASON = N_("a scanned '=' after the indicator's label, read by OCR as a dash")
PERCENT_REASON = N_("a scanned percent sign after the scale, read by OCR as letters or digits")

_LABEL_DASH = lazy(r"\A[ \t]*([^\W\d_]+(?:[ \t]+[^\W\d_]+){0,2})[ \t]*(—-?)[ \t]*(?=\S|\n)")
# "IKU —" alone on its line, or "IKU — Jumlah …": a label of capitals, a quantity after it
_CAPITALS_DASH = lazy(r"\A[ \t]*(?:[A-Z]{1,5}[ \t]*(—)[ \t]*\n|[A-Z]{2,5}[ \t]*(—)[ \t]+(\w+))")
# "X2 — Jumlah …" among "X1 = …" lines: a legend's '=' read as a dash
_ENTRY_DASH = lazy(r"(?m)^[ \t]*[A-Z][A-Za-z0-9]{0,4}[ \t]+(—)[ \t]+(?=[^\W\d_])")
_ENTRY = lazy(r"(?m)^[ \t]*[A-Z][A-Za-z0-9]{0,4}[ \t]*[=:][ \t]+[^\W\d_]")
# "Nilai = ------" / "x 100%": the scale the bar's width pushed onto a line of its own
_SCALE_BELOW_BAR = lazy(r"(?m)(?<=[-_—]{3})[ \t]*(\n)(?=[ \t]*[xX×][ \t]*100[ \t]*%?[ \t]*$)")
_CUES = ("Y", "96", "%o", "9o", "4")  # what every percent_misreads entry holds: a cheap proof
_BAR_TOKEN = lazy(r"(?<!\S)~?(?:-{2,}|_{2,})\S{6,}")


@cache
def _scanned() -> tuple[re.Pattern[str], frozenset[str]]:
    raw = resources.files("ikicalc").joinpath("data", "stacking.toml").read_text("utf-8")
    data = tomllib.loads(raw)["scanned"]
    misreads = "|".join(re.escape(x) for x in sorted(data["percent_misreads"], key=len))
    percent = re.compile(
        r"(?<=[x×X*])[ \t]*100(?P<gap>[ \t]?)(?P<sign>" + misreads + r")[ \t]*(?=\n|\Z)"
    )
    return percent, frozenset(data["bar_misreads"])


def _label_words() -> frozenset[str]:
    return stacking_words()["label_words"] | naming_words()


def ocr_marks(chars: list[str]) -> tuple[Reading, ...]:
    """Read back the marks OCR confused in ``chars`` (in place); the readings made."""
    text = text_of(chars)
    readings: list[Reading] = []
    if "—" in text:
        label = _LABEL_DASH.match(text)
        words = label.group(1).lower().split() if label else []
        capitals = _CAPITALS_DASH.match(text)
        quantity = (
            capitals and (capitals.group(3) or "").lower() in stacking_words()["quantity_openers"]
        )
        if label and all(word in _label_words() for word in words) and text[label.end() :].strip():
            dash = label.start(2)
        elif capitals and (capitals.group(1) or quantity):
            dash = capitals.start(1) if capitals.group(1) else capitals.start(2)
        else:
            dash = -1
        if dash >= 0:
            chars[dash] = "="
            if text[dash + 1] == "-":
                chars[dash + 1] = " "
            readings.append(Reading((dash, dash + 1), "=", "−", LABEL_REASON))
        for entry in _ENTRY_DASH.finditer(text) if _ENTRY.search(text) else ():
            chars[entry.start(1)] = "="
            readings.append(Reading(entry.span(1), "=", "−", LABEL_REASON))
    if "\n" in text and ("---" in text or "___" in text):
        for below in _SCALE_BELOW_BAR.finditer(text):
            chars[below.start(1)] = " "
    if "100" in text and any(mark in text for mark in _CUES):
        percent, _ = _scanned()
        for found in percent.finditer(text):
            start, end = found.span("sign")
            start -= len(found.group("gap"))
            chars[start:end] = ["%"] + [" "] * (end - start - 1)
            readings.append(Reading((start, end), "100%", found.group(0).strip(), PERCENT_REASON))
    if "---" in text or "___" in text:
        _, alphabet = _scanned()
        for token in _BAR_TOKEN.finditer(text):
            body = token.group(0)
            if body.strip("-_~") and set(body) <= alphabet | {"~"}:
                chars[token.start() : token.end()] = ["-"] * len(body)
    return tuple(readings)
