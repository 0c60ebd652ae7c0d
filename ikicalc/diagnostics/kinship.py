"""Lint rules that read the names of a formula against each other and against the cell
(``W124``, ``W125``): the marks a reading leaves where one quantity's name ran into another's,
or lost its head to it, or where a mean was read as words of a name.

The marks are those of how names are built, not words of some cells:

* a percentage's heading (``Persentase``, ``Persentase (%) Cakupan …``) names what the whole
  formula computes; an operand of it never holds the heading at its end or right before a
  counting word (``Persentase Jumlah Seluruh Perangkat Daerah``): the label
  of a stacked fraction was read into a side of it;
* a slash glued to the head noun of a quantity (``Panjang jalan yang dibangun/panjang jalan``)
  opens a second quantity, not a second word of one;
* a name that is another name of the same formula less its head (``air baku (m3)`` beside
  ``Volume air baku (m3)``) lost its head to the operator or line before it;
* a formula that is one name opened by a word of a mean (``Rata-rata Tingkat Pencapaian …``)
  reads the mean as a word, not as a computation (``W125``).

The word classes are data (``suspicious.toml`` [kinship]).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from ikicalc.diagnostics.diagnostic import Diagnostic
from ikicalc.diagnostics.registry import Context, rule
from ikicalc.diagnostics.suspicious_words import distinct, either, flat, shortened, words
from ikicalc.i18n import _
from ikicalc.lang import ast
from ikicalc.names import name_key

__all__ = ["mean_as_name", "names_run_together"]

CODE = "W124"
MEAN_CODE = "W125"


@cache
def _kinship() -> dict[str, list[str]]:
    table: dict[str, list[str]] = words()["kinship"]
    return table


@cache
def _percent_heading() -> re.Pattern[str]:
    return re.compile(rf"(?<![^\W_]){either(_kinship()['percent_headings'])}(?![^\W_])", re.I)


@cache
def _heads() -> re.Pattern[str]:
    """The head nouns that open a quantity's name ([kinship] heads)."""
    return re.compile(rf"{either(_kinship()['heads'])}(?![^\W_])", re.IGNORECASE)


@cache
def _slash_head() -> re.Pattern[str]:
    """A slash glued to the word before it, then a head noun: a second quantity."""
    return re.compile(rf"(?<=[^\W_])/\s*(?={either(_kinship()['heads'])}(?![^\W_]))", re.I)


@cache
def _mean() -> re.Pattern[str]:
    return re.compile(rf"{either(_kinship()['means'])}(?![^\W_])", re.IGNORECASE)


@rule(CODE)
def names_run_together(ctx: Context) -> Iterator[Diagnostic]:
    """A name that holds a percentage's heading, a second quantity after a slash, or that is
    another name of the formula less its head: where one quantity ends was guessed."""
    facts = ctx.facts
    if facts is None:
        return
    names = distinct(facts.names)
    keys = {name_key(variable.name) for variable in names}
    for variable in names:
        name = flat(variable.name)
        found = _heading_inside(variable, bool(facts.divisions))
        if found is not None:
            yield ctx.diagnostic(
                CODE,
                _(
                    "the name '{name}' holds '{heading}', the heading of what the whole "
                    "formula computes: the label of the formula seems read into a side of it; "
                    "check where the name starts and stops"
                ).format(name=shortened(name), heading=found),
                variable.span,
            )
            continue
        slash = _slash_head().search(name)
        if slash is not None and len(name[: slash.start()].split()) >= 2:
            head = name[slash.end() :].split()[0]
            yield ctx.diagnostic(
                CODE,
                _(
                    "the name '{name}' holds a slash before '{head}', a word that opens a "
                    "quantity's name: it seems two quantities divided, read as one name; if "
                    "so, write spaces around the slash"
                ).format(name=shortened(name), head=head),
                variable.span,
            )
            continue
        spaced = _SPACED_SLASH.search(name)
        if spaced is not None and _phrases_apart(name, spaced.start()):
            yield ctx.diagnostic(
                CODE,
                _(
                    "the name '{name}' holds a slash with a space before it and none after, "
                    "between two phrases of several words: it seems two quantities divided, "
                    "read as one name; if so, write spaces around the slash"
                ).format(name=shortened(name)),
                variable.span,
            )
            continue
        whole = _headed(name_key(variable.name), keys)
        if whole is not None:
            yield ctx.diagnostic(
                CODE,
                _(
                    "the name '{name}' is the name '{whole}' of the same formula without its "
                    "head: the head seems read into the quantity before it, or lost at a line "
                    "break; check the names"
                ).format(name=shortened(name), whole=shortened(whole)),
                variable.span,
            )


_SPACED_SLASH = re.compile(r"(?<=[^\W_]) /(?=[^\W_])")
"""A slash with a space before it and a word glued after it (``Laba Kotor /Penjualan Bersih``):
two words joined by a slash are glued on both sides (``desa/kelurahan``), a line broken after
one leaves the space after it (``desa/ kelurahan``)."""


def _phrases_apart(name: str, at: int) -> bool:
    """Whether the words before and after the slash at ``at`` are two phrases of two words or
    more each (``Total Populasi /penduduk`` names one population, its word after the slash
    alone)."""
    return len(name[:at].split()) >= 2 and len(name[at + 2 :].split()) >= 2


def _heading_inside(variable: ast.Variable, divides: bool) -> str | None:
    """The percentage's heading a name holds where no operand's name holds one: at its end
    (or before a '(%)'), or right before a counting word in a ratio (a heading inside a
    clause, "… yg telah mencapai prosentase pelayanan …", is a word of the name)."""
    name = flat(variable.name)
    for found in _percent_heading().finditer(name):
        heading = found.group(0)
        if heading.startswith("("):
            continue  # "(%)" alone is a unit ("Jumlah pelanggan (%)")
        after = name[found.end() :].lstrip()
        if found.start() > 0 and (not after or after.startswith("(%)")) and _heads().match(name):
            return heading  # "rencana anggaran Persentase", not "sejumlah presentase"
        if found.start() == 0 and divides and _counting().match(after):
            return heading
    return None


@cache
def _counting() -> re.Pattern[str]:
    return re.compile(rf"{either(_kinship()['counting'])}(?![^\W_])", re.IGNORECASE)


def _headed(key: str, keys: set[str]) -> str | None:
    """Another name of ``keys`` that is ``key`` with a head noun before it (``volume air baku
    (m3)`` for ``air baku (m3)``; ``realisasi tahun n-1`` for ``tahun n``, the period's index
    aside), when ``key`` opens with no head of its own."""
    if len(key.split()) < 2 or _heads().match(key) is not None:
        return None
    bare = _PERIOD.sub("", key)
    for other in keys:
        head, _, rest = other.partition(" ")
        if rest and _heads().fullmatch(head) is not None and _PERIOD.sub("", rest) == bare:
            return other
    return None


_PERIOD = re.compile(r"\s*\(?\b[ntk]\b\s*(?:[-−–]\s*\d+)?\s*\)?$")
"""The index of a period at the end of a name (``tahun n``, ``tahun (n-1)``, ``t-1``)."""


@rule(MEAN_CODE)
def mean_as_name(ctx: Context) -> Iterator[Diagnostic]:
    """A formula that is one name opened by a word of a mean: the mean read as words."""
    facts = ctx.facts
    if facts is None or not isinstance(facts.formula.expr, ast.Variable):
        return
    name = flat(facts.formula.expr.name)
    found = _mean().match(name)
    if found is None or len(name[found.end() :].split()) < 2:
        return
    yield ctx.diagnostic(
        MEAN_CODE,
        _(
            "the formula is the one name '{name}': '{mean}' was read as a word of the name, "
            "a value given as it stands, not a mean computed; if the mean is to be computed "
            "from several values, write it as their sum over their count (Σ … / n)"
        ).format(name=shortened(name), mean=found.group(0)),
        facts.formula.expr.span,
    )
