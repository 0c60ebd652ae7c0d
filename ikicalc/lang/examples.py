"""Worked examples: the document's numbers put through the formula, written beside it.

LKjIP and Manual IKU tables show the year's figures through the formula in the same cell. A
careful reader sets them aside and reads the formula:

- between the names of a flattened fraction: ``N ---- x 100 % (7.012/10.456) x 100 % = 67,06
  D`` (:func:`between_names`);
- beside a stacked fraction, in a column of its own: ``A 9`` / ``% narapidana … = x 100% = x
  100%`` / ``B 9`` / ``= 100%`` (:func:`beside_stack`): the numerator's and the
  denominator's lines end with their figures, the middle line repeats its ``= x 100%`` (or
  gives the result, ``= 75%``), and the result may stand on a line of its own under it;
- after the formula, the figures put through it after a second ``=``: ``… = total manfaat
  ekonomi / (Pendanaan x tenor) = Rp85.000,00 / [Rp1.000.000,00 x 90] = 0,0944%`` (OJK
  circulars, PNBP schedules; :func:`after_equals`);
- after the formula, introduced by a word of example: ``… x 100%`` / ``Contoh: 45 / 50 x 100%
  = 90%``, ``Contoh perhitungan: …``, ``Misalnya, …`` (:func:`introduced`).

Works on the cell's characters in place; the text keeps its length (see
:mod:`ikicalc.lang.layout`).
"""

from __future__ import annotations

import re
from functools import cache

from ikicalc.lang import guards
from ikicalc.lang.chars import text_of
from ikicalc.lang.layout_cues import BAR_TEXT as _BAR_TEXT
from ikicalc.lang.layout_cues import SCALE, blank, operator
from ikicalc.lang.operator_words import said
from ikicalc.lang.said import computes, states
from ikicalc.names import names_data
from ikicalc.patterns import compiled, lazy

__all__ = [
    "after_equals",
    "beside_stack",
    "between_names",
    "introduced",
    "may_introduce",
    "restated_in_brackets",
]

# "(7.012/10.456) x 100 % = 67,06", "1/1) x 100 %": the document's numbers put through the
# formula, a ratio of numbers in brackets (or with its result) standing between the names;
# it starts at the first blank of a run it may start at, never at each (the square of a run)
_WORKED_EXAMPLE = lazy(
    r"(?<![\w/.,])(?:(?![ \t])|(?<![ \t])|(?<=[\w/.,][ \t]))"
    r"(?:\(?[ \t]*\d[\d.,]*[ \t]*/[ \t]*\d[\d.,]*[ \t]*\)"
    r"(?:[ \t]*(?:[xX×*]|\\times)[ \t]*\d[\d.,]*[ \t]*%?)?(?:[ \t]*=[ \t]*\d[\d.,]*[ \t]*%?)?"
    r"|\d[\d.,]*[ \t]*/[ \t]*\d[\d.,]*(?:[ \t]*(?:[xX×*]|\\times)[ \t]*\d[\d.,]*[ \t]*%?)?"
    r"[ \t]*=[ \t]*\d[\d.,]*[ \t]*%?)"
)
_OPERATOR_NEAR = lazy(r"[xX×*/÷+\-−(Σ∑:]")  # also a sum's sign, a colon that divides


# "Jumlah PNS yang mengikuti diklat" / "(75 orang)": the year's count under a name, in
# brackets on a line of its own, a number and its unit of one or two words
_COUNT_UNDER = lazy(
    r"(?m)(?<=[^\W\d_]\n)[ \t]*\([ \t]*\d[\d.,]*[ \t]+"
    r"(?!(?:tahun|bulan|minggu|hari|jam|triwulan|semester)\b)"  # "(1 tahun)": a name's period
    r"[^\W\d_]+(?:[ \t]+[^\W\d_]+)?[ \t]*\)[ \t]*$"
)


def _counts_under(chars: list[str], text: str, notes: list[str]) -> None:
    """The counts under the names of a stacked fraction (``(75 orang)`` / bar / … /
    ``(250 orang)``): the data of a worked example, set aside where the cell divides."""
    found = list(_COUNT_UNDER.finditer(text))
    if found and operator().search(text):
        for count in found:
            blank(chars, count.start(), count.end())
        notes.append(f"the counts under the names were set aside: {found[0].group(0).strip()!r}")


def between_names(chars: list[str], notes: list[str]) -> None:
    """``N ---- x 100 % (7.012/10.456) x 100 % = 67,06 D``: a worked example between the
    names of a formula is set aside; not a number an operator binds to (``(1/8) x (A + B)``)."""
    text = text_of(chars)
    if "\n(" in text:
        _counts_under(chars, text, notes)
    if "/" not in text:
        return
    for found in _WORKED_EXAMPLE.finditer(text):
        before = text[: found.start()].rstrip()[-1:]
        after = text[found.end() :].lstrip()[:1]
        rest = text[: found.start()] + text[found.end() :]
        if (
            _OPERATOR_NEAR.match(before or " ")
            or _OPERATOR_NEAR.match(after or " ")
            or not re.search(r"[^\W\d_]{3}", text[: found.start()])
            or not re.search(r"[^\W\d_]{3}", text[found.end() :])
            or not operator().search(rest)
        ):
            continue
        blank(chars, found.start(), found.end())
        notes.append(f"a worked example was set aside: {found.group(0).strip()!r}")


_FIGURE = r"\d[\d.,]*[ \t]*%?"
# the middle line: its label's "= x 100%", then the example's "= x 100%" or "= 75%"
_BARRED = rf"(?:{_BAR_TEXT}[ \t]*)?"  # "= ------ x 100%": the bar drawn too
_MIDDLE = lazy(
    rf"(?m)^(?P<formula>[^\n=]*=[ \t]*{_BARRED}{SCALE})"
    rf"(?P<example>[ \t]*=[ \t]*{_BARRED}(?:{SCALE}|{_FIGURE})(?:[ \t]*=[ \t]*{_FIGURE})?)[ \t]*$"
)
# a line that ends with its figure in a column of its own: "A 9", "Jumlah napi 1.250", "… S-1
# 583" (the middle line shows the example: the last number of the line is the figure)
_FIGURE_AT_END = lazy(rf"(?:(?<=[^\W_])|(?<=\)))(?P<figure>[ \t]+{_FIGURE})[ \t]*$")
_RESULT_LINE = lazy(rf"[ \t]*=[ \t]*{_FIGURE}[ \t]*$")


def beside_stack(chars: list[str], notes: list[str]) -> None:
    """``A 9`` / ``… = x 100% = x 100%`` / ``B 9`` / ``= 100%``: a worked example beside a
    stacked fraction is set aside (see the module): only when the lines above and below the
    middle line both end with a figure."""
    text = text_of(chars)
    lines = [
        m for m in re.finditer(r"[^\n]*", text) if m.start() == 0 or text[m.start() - 1] == "\n"
    ]
    for index, line in enumerate(lines[1:-1], 1):
        middle = _MIDDLE.match(line.group(0))
        if middle is None:
            continue
        above, below = lines[index - 1], lines[index + 1]
        over = _FIGURE_AT_END.search(above.group(0))
        under = _FIGURE_AT_END.search(below.group(0))
        if over is None or under is None:
            continue
        for other, figure in ((above, over), (below, under)):
            blank(
                chars, other.start() + figure.start("figure"), other.start() + figure.end("figure")
            )
        blank(chars, line.start() + middle.start("example"), line.start() + middle.end("example"))
        result = lines[index + 2] if index + 2 < len(lines) else None
        if result is not None and _RESULT_LINE.fullmatch(result.group(0)):
            blank(chars, result.start(), result.end())
        example = middle.group("example").strip()
        notes.append(f"a worked example beside the fraction was set aside: {example!r}")
        return


# an "=" of the formula (not of a bar "=====", nor "<=", ">=")
_EQUALS = lazy(r"(?<![=<>≤≥])=(?!=)")
# what a worked example holds besides its figures, signs and brackets: a currency, an operator
# standing as a letter, the word of a percent
_EXAMPLE_WORDS = lazy(r"(?i)(?:Rp|IDR|US\$)\.?|(?<![^\W_])[xX](?![^\W_])|\bpersen\b|[,.]-")
_FIGURES_ONLY = lazy(r"[\s\d.,%‰+\-−–×*/÷:()\[\]{}=]*\d[\s\d.,%‰+\-−–×*/÷:()\[\]{}=]*")
_COMPUTES = lazy(r"[+\-−–×*/÷:=]")
# an example opens with a figure (an amount, a bracket), not with the scale of a joined stack
_OPENS_FIGURE = lazy(r"[ \t\n]*(?:(?:Rp|IDR|US\$)\.?[ \t]*)?[\d(\[{]")


def _figures_only(text: str) -> bool:
    """Whether ``text`` is an expression of figures alone that computes (an operator or a
    further ``=``): a worked example, not a target (``= 100``) nor a name."""
    plain = re.sub(r"(?i)\b(?:" + said(plain=True) + r"|kali|bagi)\b", " ", text)
    plain = _EXAMPLE_WORDS.sub(" ", plain).strip().rstrip(".").strip()
    return bool(_FIGURES_ONLY.fullmatch(plain)) and _COMPUTES.search(plain) is not None


def after_equals(chars: list[str], notes: list[str]) -> None:
    """``… = A / (B x C) = Rp85.000,00 / [Rp1.000.000,00 x 90] = 0,0944%``: the document's
    figures put through the formula after a second ``=``, to the end of the cell, are set
    aside (its words in brackets already set aside by :mod:`ikicalc.lang.said_digits`), where
    the formula before them names quantities and computes."""
    text = text_of(chars)
    if "=" not in text:
        return
    if "(" in text and restated_in_brackets(chars, notes):
        text = text_of(chars)
    word = re.search(r"[^\W\d_]{3}", text)  # the first word: once, not before each '='
    for equals in _EQUALS.finditer(text):  # (what is before each '=' looked through last)
        before = text[: equals.start()]
        rest = text[equals.end() :]
        if word is None or word.end() > equals.start() or not _OPENS_FIGURE.match(rest):
            continue
        # (a sum or a difference too: "PPnBM : (PPnBM Terutang - PPnBM DTP)" / "= Rp18.000.000,00
        # – Rp9.000.000,00" / "= Rp9.000.000,00", PMK 12/2025's examples)
        if computes(before) and _figures_only(rest):  # not "= x 100% 35 684 = 45,41 %"
            blank(chars, equals.start(), len(chars))
            notes.append(f"a worked example was set aside: {text[equals.start():].strip()!r}")
            return


@cache
def _restating() -> re.Pattern[str]:
    # a bracket opened by a word that says the same again ([prose] restating_words: "yaitu",
    # "yakni", "atau", "dengan kata lain" …), a symbol, "=" and an expression, then the bracket
    # closed: the formula said again in symbols after the sentence that says it in words
    words = "|".join(str(word) for word in names_data()["prose"]["restating_words"])
    return compiled(
        r"(?i)\([ \t]*(?:" + words + r")(?![^\W_])[ \t\n]*:?[ \t\n]*"
        r"[^\W\d_][\w.,]{0,15}(?:[ \t]*\([^()\n]{1,8}\))?[ \t]*="
        r"[^()=\n]{1,60}?(?:\([^()\n]*\)[^()=\n]*?){0,3}\)"
    )


def restated_in_brackets(chars: list[str], notes: list[str]) -> bool:
    """``… dengan jalan membagi angka 50 dengan nilai N yang diturunkan … (yaitu IA = 50/N).``
    (Kepka BAPETEN 4/1999): a sentence that says its operation in words, then the same
    formula in symbols in brackets opened by a word that restates (``yaitu``, ``yakni``,
    ``atau``, ``dengan kata lain``): the bracket is set aside, the sentence read (its names
    are the quantities the symbols stand for). Where no operation is said before it, the
    bracket is left (it may be the formula itself). Whether one was set aside."""
    text = text_of(chars)
    found = _restating().search(text)
    before = text[: found.start()] if found else ""
    if found is None or not (operator().search(before) or states(before)):
        return False
    blank(chars, found.start(), found.end())
    notes.append(f"a formula restated in brackets was set aside: {found.group(0)!r}")
    return True


@cache
def _example_cue() -> re.Pattern[str]:
    # a word of example ([prose] example_words) opening a sentence, a line or a bracket, then
    # a colon, a comma or a period, or the line's end
    words = "|".join(str(word) for word in names_data()["prose"]["example_words"])
    verbs = "|".join(str(word) for word in names_data()["prose"]["example_verbs"])
    legend = "|".join(str(word) for word in names_data()["legend"]["introducers"])
    return compiled(
        r"(?i)(?:^|(?<=[\s(.;,]))(?P<cue>(?:" + words + r"))(?![^\W_])[ \t]*(?:[:,.]|(?=\n))"
        r"|(?:^|(?<=[\s(.;,]))(?P<verb>(?:" + verbs + r"))(?![^\W_])[ \t]*[:,]?"
        r"|(?m:^)[ \t]*(?P<legend>(?:" + legend + r"))(?![^\W_])[ \t]*[:=]?"
    )


_EXAMPLE_OPENERS = ("contoh", "misal", "umpama", "andai", "ilustrasi", "simulasi")
"""The letters every word of example opens with (``[prose] example_words``, ``example_verbs``)."""


def introduced(chars: list[str]) -> tuple[str, ...]:
    """``… x 100%`` / ``Contoh: 45 / 50 x 100% = 90%``: a worked example introduced by a word
    of example (``Contoh``, ``Contoh perhitungan``, ``Misal``, ``Misalnya``, ``Sebagai
    ilustrasi``: ``[prose] example_words``, a colon, a comma or a line break after it) after
    a formula (words before it that compute), holding figures, is set aside to the end of the
    cell, or to its closing bracket (``(contoh: 40/50 x 100% = 80%)``), or to a legend's
    heading on a line of its own (``Keterangan:``). A cell that opens with the word (``Contoh
    : Untuk mendapatkan …, maka …``, ``Misal, APK SD sama dengan …``) states its formula by
    an example: kept. Returns the note of what was set aside."""
    text = text_of(chars)
    cues = list(_example_cue().finditer(text))
    for index, found in enumerate(cues):
        if found.group("legend") is not None:
            continue
        before = text[: found.start()]
        if not re.search(r"[^\W\d_]", before) or not operator().search(before):
            continue  # no formula before it: the cell states its formula by the example
        opening = before.rstrip()
        bracketed = opening.endswith("(")
        if bracketed:
            end = text.find(")", found.end())
            end = len(text) if end < 0 else end + 1
        else:
            legends = [c.start() for c in cues[index + 1 :] if c.group("legend") is not None]
            end = legends[0] if legends else len(text)
        if not re.search(r"\d", text[found.end() : end]):
            continue  # no figure: an explanation, not an example
        start = len(opening) - 1 if bracketed else found.start()
        blank(chars, start, end)
        return (f"a worked example was set aside: {text[start:end].strip()!r}",)
    return ()


def may_introduce(text: str) -> bool:
    """Whether ``text`` may hold a word of example (the guard of :func:`introduced`)."""
    return guards.holds(text, *_EXAMPLE_OPENERS)
