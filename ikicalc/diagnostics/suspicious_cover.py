"""Lint ``W119``: a quantity of the cell that the reading lost or ran into another.

- A name that opens a line with a word no quantity's name opens with (``yang``, ``dan``, an
  active verb ``memiliki …``): its head was left on the line above (``Panjang jalan`` /
  ``yang dibangun/panjang jalan kabupaten``).
- A name that runs over a line break (an empty line or not) into a line that opens with the
  head of another quantity (``Jumlah penerimaan PDS`` / ``jumlah PDRB non migas``): two
  quantities of a stacked fraction whose bar was lost, read as one name.
- Words before or after the formula that no variable, operator or number covers and that are
  one quantity's name, nothing else (``Jumlah desa / kelurahan UCI ___ x 100%`` then
  ``Seluruh desa/kelurahan``: the denominator of the stack left out). Only where every
  variable stands in the cell as written (a legend's words are the names of its symbols, not
  words left out) and no ``W110`` note already says the words were set aside.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from ikicalc.diagnostics.diagnostic import Diagnostic
from ikicalc.diagnostics.facts import FormulaFacts
from ikicalc.diagnostics.registry import Context, rule
from ikicalc.diagnostics.suspicious_words import as_written, cut_opening, flat, shortened, words
from ikicalc.i18n import _

__all__ = ["lost_quantity"]

CODE = "W119"

_OPEN_END = re.compile(
    r"(?:\b(?:dan|atau|serta|dengan|di|ke|pada|dari|per|yang|yg|untuk|dalam|bagi|oleh|atas|"
    r"terhadap|antara|sebagai|tentang|jumlah|jml|total)|[,/(\-–+:=&])\s*$",
    re.IGNORECASE,
)
"""How a line ends when the name goes on in the next one: a preposition, a conjunction, a
counting word, an open bracket or a sign."""


@cache
def _new_line_head() -> re.Pattern[str]:
    heads = "|".join(re.escape(h) for h in words()["uncovered"]["line_heads"])
    return re.compile(rf"\n[ \t]*(?P<head>(?:{heads}))\s+[^\W\d_]", re.IGNORECASE)


@cache
def _quantity() -> re.Pattern[str]:
    """A region of the cell that is one quantity's name and marks around it (``=``, ``:``, a
    bar of underscores or dashes, a bracket)."""
    heads = "|".join(re.escape(h) for h in words()["uncovered"]["heads"])
    marks = r"[\s=:;.,_\-–—‾()\[\]]*"
    return re.compile(
        rf"{marks}(?P<name>(?:{heads})(?:[ \t]+[^\W\d_][\w/.-]*)+){marks}", re.IGNORECASE
    )


@rule(CODE)
def lost_quantity(ctx: Context) -> Iterator[Diagnostic]:
    """Two quantities read as one name across lines, or a quantity left out of the reading."""
    facts = ctx.facts
    if facts is None:
        return
    text = ctx.text
    written_all = True
    for variable in facts.names:
        written = as_written(text, variable)
        if written is None:
            written_all = False
            continue
        start = variable.span[0]
        cut = _cut_at_line(text, start, written)
        if cut is not None:
            yield ctx.diagnostic(
                CODE,
                _(
                    "the name '{name}' opens a line with '{word}', which no quantity's name "
                    "opens with: its head seems left on the line above, or the line is a "
                    "sentence; join the lines of the name, or write the formula"
                ).format(name=shortened(variable.name), word=cut),
                (start, start + len(cut)),
            )
            continue
        if "\n" not in written:
            continue
        for line in _new_line_head().finditer(written):
            if _OPEN_END.search(written[: line.start()]):
                continue
            head = line.group("head")
            at = start + line.start("head")
            yield ctx.diagnostic(
                CODE,
                _(
                    "a line inside the name '{name}' opens with '{head}', the head of another "
                    "quantity: two quantities seem read as one name (a fraction's bar lost?); "
                    "write the operator between them"
                ).format(name=shortened(variable.name), head=head),
                (at, at + len(head)),
            )
            break
    if written_all:
        yield from _left_out(ctx, facts)


_LIST_MARK = re.compile(r"[ \t]*(?:(?:[a-z0-9]{1,3}[.)]|\([a-z0-9]{1,3}\)|[-•])[ \t]+)?")
"""What may stand before a name at the start of its line: blanks and a list's mark."""


def _cut_at_line(text: str, start: int, written: str) -> str | None:
    """The word a name opens with at the start of a line or of the cell, a list's mark aside
    (``yang``, ``dan``, ``memiliki``, ``a. untuk …``), when no quantity's name opens with it;
    ``None`` otherwise."""
    if _LIST_MARK.fullmatch(text[text.rfind("\n", 0, start) + 1 : start]) is None:
        return None
    found = cut_opening().match(written)
    return found.group(0) if found is not None else None


def _left_out(ctx: Context, facts: FormulaFacts) -> Iterator[Diagnostic]:
    """Words before or after the formula that are one quantity's name and nothing else (no
    sentence about the formula: no verb of it, no copula) that no variable covers."""
    start, end = facts.formula.expr.span
    if end <= start:
        return
    text = ctx.text
    guessed = [guess.span for guess in facts.formula.guesses]
    for lo, hi in _regions(text, start, end, facts.formula.label):
        region = text[lo:hi]
        found = _quantity().fullmatch(region) if region.strip() else None
        if found is None or _SENTENCE.search(found.group("name")):
            continue
        span = (lo + found.start("name"), lo + found.end("name"))
        if len(found.group("name").split()) > _LONGEST or any(
            g[0] < span[1] and span[0] < g[1] for g in guessed
        ):
            continue
        yield ctx.diagnostic(
            CODE,
            _(
                "'{words}' names a quantity, yet no variable of the reading holds it (read as "
                "{reading}): a part of the formula seems left out; check the reading"
            ).format(words=shortened(found.group("name")), reading=shortened(str(facts.formula))),
            span,
        )
        return


def _regions(
    text: str, start: int, end: int, label: str | None
) -> Iterator[tuple[int, int]]:
    """The spans of the cell no node of the formula covers that may hold a quantity left out:
    a line read into the formula's label, before its last line (``Total pegawai yang
    ditindaklanjuti`` / ``Persentase Capaian =``: a numerator set above the label), and the
    text after the formula. A title above the formula is no label: not looked at."""
    if label is not None and "\n" in text[:start]:
        whole = flat(label)
        at = 0
        lines = text[:start].split("\n")
        for line in lines[:-1]:
            words_ = flat(line)
            if words_ and words_ in whole and len(words_) < len(whole):
                yield at, at + len(line)
            at += len(line) + 1
    yield end, len(text)


_LONGEST = 15
"""Words of the longest name left out that is flagged: a longer run is a sentence about the
formula."""

_SENTENCE = re.compile(
    r"\b(?:adalah|merupakan|ialah|yaitu|yakni|dihitung|diperoleh|didapat|dengan\s+cara|"
    r"sumber|tahun\s+\d{4}|target)\b|\d+(?:[.,]\d+)?\s*%",
    re.IGNORECASE,
)
"""What makes the words around a formula a sentence or a note about it, not a quantity."""


