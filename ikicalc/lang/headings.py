"""What opens a cell before its formula and names no quantity: the label of a document's field
(``Rumus :``, ``Cara menghitung:``), the mark of a regulation's passage (``Pasal 42`` / ``(1)``),
the sentence that introduces the formula on the lines under it (``… dihitung dengan rumus:``), a
question (``Bagaimana menghitung …?``), the indicator's title over the equation of its symbol.

:func:`heading_apart` blanks them before the cell is read (same length, so every offset still
points into the cell).
"""

from __future__ import annotations

import re
import string
from functools import cache

from ikicalc.lang.layout_cues import BAR, operator
from ikicalc.lang.operator_words import said
from ikicalc.patterns import compiled, lazy

__all__ = ["heading_apart"]


# "Rumus : …", "Cara menghitung: …", "Formulasi Perhitungan : …", "Contoh :": the label of a
# document's field that opens the cell, said once or twice
_FIELD_LABEL = lazy(
    r"(?i)\A(?:[ \t\n]*(?:rumus(?:nya)?|formula(?:si)?(?:[ \t]+(?:perhitungan|penghitungan))?"
    r"|perhitungan|cara[ \t]+(?:menghitung|perhitungan|pengukuran|penghitungan)"
    r"|contoh(?:nya)?)[ \t]*:"  # "Contoh : Untuk mendapatkan …, maka …" (PermenPAN-RB 14/2017)
    r"(?:[ \t]*:)*)+"
    r"(?=[ \t\n]*\S)"
)


# the same label opening a later sentence of the cell ("Mengukur kesiapsiagaan …, dengan
# menggunakan parameter : … . SKPD Penanggung jawab : … . Cara penghitungan : (%capaian x …)/10",
# SAKIP DKI): the sentences before it describe the indicator; not "Contoh :" (an example
# computed after the formula)
_FIELD_LABEL_LATER = lazy(
    r"(?i)(?<=[.;])[ \t\n]+(?:rumus(?:nya)?|formula(?:si)?(?:[ \t]+(?:perhitungan|penghitungan))?"
    r"|(?:cara|metode)[ \t]+(?:menghitung|perhitungan|pengukuran|penghitungan))"
    r"[ \t]*:(?=[ \t\n]*\S)"
)


_ENTRY_ABOVE = lazy(r"(?m)^[ \t]*(?P<symbol>[^\W\d_][^\W_]{0,9})[ \t]*[=:][ \t]*[^\W\d_]{2}")


def _legend_before(before: str, rest: str) -> bool:
    """Whether the lines before a field's label are a legend of the formula after it: an
    entry ``A = …`` whose symbol the formula writes (no sentences to set aside)."""
    return any(
        re.search(rf"(?<![^\W_]){re.escape(m.group('symbol'))}(?![^\W_])", rest)
        for m in _ENTRY_ABOVE.finditer(before)
    )


# "Nilai Tukar Nelayan (NTN)" over "NTN = It/Ib x 100": the indicator's title on a line of its
# own, then the equation of its symbol; the symbol's line computes by itself (no stack's bar)
_TITLE_OVER_EQUATION = lazy(
    r"[ \t]*(?P<title>[^\W\d_][^\n=:]{0,150}?)[ \t]*\n[ \t]*"
    r"(?P<symbol>[^\W\d_][^\W_]{0,9}(?:_\{?[^\W_]+\}?)?)[ \t]*=[ \t]*"
    r"(?![xX](?![^\W_]))(?=[^\W\d_(Σ∑])"  # not the scale's sign: "Persentase = x" / "100%"
)


# the marks of a regulation's passage: its article's heading (on a line of its own, or joined to
# its first ayat: "Pasal 17 (1) …", PP 43/2018), the number of its ayat or the letter of its
# item ("Pasal 42" / "(1) Besaran …", "a. 10% …")
_MARK_AT_START = lazy(
    r"[ \t]*(?:(?:Pasal|PASAL)[ \t]+\d{1,3}[A-Z]?(?:[ \t]*\n[ \t]*|[ \t]+(?=\(\d)))?"
    r"(?:\(\d{1,2}\)|\([a-z]\)|[a-z][.)]|\d{1,2}\))(?:[ \t]+|(?<=[a-z]\.)(?=[^\W\d_]{3}))(?=\S)"
)
# the passage's sentence that introduces the formula on the lines under it ("(2) Celah fiskal
# sebagaimana dimaksud pada ayat (1) dihitung dengan rumus:" / "CF = KbF – KpF" / …), wrapped
# over a few lines as PDF text gives it ("(2) Cara perhitungan besaran sewa tanah" / "… diatur"
_INTRO_LINE = lazy(  # / "dengan rumus sebagai berikut :")
    r"(?:[^\n=:]*\n){0,4}?[^\n=]*?(?i:rumus|formula|berikut|perhitungan)[ \t]*:[ \t]*\n(?=[^\n]*\S)"
)


@cache
def _said_first() -> re.Pattern[str]:
    return compiled(rf"(?i)(?:{said('/×+-')})(?![^\W_])")


def _mark_alone(text: str, mark: re.Match[str]) -> bool:
    """Whether ``mark`` numbers the passage alone: the next item's mark does not follow (``(a)
    A x B; ditambah dengan (b) …`` are terms of a list; ``… Pasal 40 ayat (4)`` cites), and
    words or a figure follow it, not an operator (``(0) dibagi (2)``: an operand)."""
    rest = text[mark.end() :]
    if operator().match(rest) or _said_first().match(rest):
        return False
    tail = mark.group(0).split()[-1]  # "(1)", "a.", "1)"
    label = re.search(r"\w+", tail)
    if label is None:
        return False
    word = label.group(0)
    after = str(int(word) + 1) if word.isdigit() else chr(ord(word) + 1)
    following = tail.replace(word, after, 1)  # "(2)", "b.": the next item's mark
    if re.search(r"(?<![^\s;])" + re.escape(following) + r"[ \t]", rest):
        return False  # "(a) A x B; ditambah dengan (b) C x D": items of a list
    return re.match(r"[^\W_]", rest) is not None
_MARK_OPENINGS = frozenset("(P" + string.ascii_lowercase + string.digits)  # what opens one
# a question the cell opens with, as an FAQ page asks it ("Bagaimana menghitung persentase
# realisasi anggaran? Caranya, …"): the answer after it computes
# (opened by a question word: "Jumlah A ? Jumlah B", a sign lost to OCR, asks nothing)
_QUESTION = lazy(
    r"[ \t]*(?i:bagaimana(?:kah)?|berapa(?:kah)?|apa(?:kah)?|mengapa)(?![^\W_])"
    r"[^?\n]{1,200}\?(?=\s)"
)
_TITLE_FIELD = lazy(r"(?i)[ \t]*(?:judul|nama)[ \t]+indikator[ \t]*:[^\n]*(?=\n)")


def heading_apart(text: str) -> str:
    """``text`` with the label of a document's field that opens it (``Rumus : Jumlah A x
    100%`` / ``Jumlah B``, ``Cara menghitung: …``) blanked, so that a stack, a legend or a
    sentence after it reads whole, as it does without it: the label names the field, never a
    quantity. So does the label that opens the cell's last sentence (``… . Cara penghitungan :
    (A x B)/10``), with the sentences before it. Same length, so every offset still points
    into the cell."""
    mark = _MARK_AT_START.match(text) if text[:12].lstrip()[:1] in _MARK_OPENINGS else None
    if mark is not None and _mark_alone(text, mark):  # "(1) Besaran …", "Pasal 42" / "(1) …"
        text = " " * mark.end() + text[mark.end() :]
    intro = _INTRO_LINE.match(text) if ":\n" in text or ": \n" in text else None
    if intro is not None and operator().search(text, intro.end()) and not (
        "\n" in intro.group(0).rstrip("\n") and operator().search(intro.group(0))
    ):  # "… dihitung dengan rumus:"; a wrapped sentence computes nothing
        text = " " * intro.end() + text[intro.end() :]
    asked = _QUESTION.match(text) if "?" in text else None
    if asked is not None and operator().search(text, asked.end()):  # "Bagaimana menghitung …?"
        text = " " * asked.end() + text[asked.end() :]
    field = _TITLE_FIELD.match(text) if ":" in text[:40] and "\n" in text else None
    if field is not None:  # "Judul Indikator: Kepatuhan kebersihan tangan" over its fields
        text = " " * field.end() + text[field.end() :]
    title = _TITLE_OVER_EQUATION.match(text) if "=" in text and "\n" in text else None
    if title is not None and not operator().search(title.group("title")):
        rest = text[title.end("symbol") :].split("\n", 1)[0]
        if operator().search(rest) and not BAR.search(rest):  # "NTN = It/Ib x 100"
            text = " " * title.end("title") + text[title.end("title") :]
    if ":" not in text:
        return text
    found = _FIELD_LABEL.match(text) if ":" in text[:40] else None
    if found is None and ("." in text or ";" in text):
        later = _FIELD_LABEL_LATER.search(text)
        rest = text[later.end() :] if later is not None else ""
        if later is not None and ":" not in rest and operator().search(rest):
            found = later  # the formula after the label, the cell's last field
        if found is not None and _legend_before(text[: found.start()], rest):
            return text  # "A = Jumlah ….\nB = ….\nRumus:\nA / B": a legend above (legend18)
    if found is None:
        return text
    return " " * found.end() + text[found.end() :]
