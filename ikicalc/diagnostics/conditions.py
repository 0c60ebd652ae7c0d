"""Lint rule ``W132``: a limit or a condition on the result that the cell states after its
formula (``… x 100%, dengan capaian maksimal 100%``, ``… apabila realisasi melebihi target
maka capaian 100%``), words the reading sets aside as prose around the formula (issue 14,
cause 8) though they change the value a document means. ikicalc computes the formula alone:
the rule says so, with the words, so that the analyst applies the limit or states it in the
definition. The word classes are data (``data/suspicious.toml`` ``[dropped]``)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from ikicalc.diagnostics.diagnostic import Diagnostic
from ikicalc.diagnostics.registry import Context, rule
from ikicalc.diagnostics.suspicious_words import either, words
from ikicalc.i18n import _
from ikicalc.patterns import compiled, lazy

__all__ = ["dropped_condition"]

_NUMBER = r"\d[\d.,]*(?:[ \t]*(?:%|persen))?"


@cache
def _limit() -> re.Pattern[str]:
    """A bound and its number (``maksimal 100%``, ``tidak boleh melebihi 120 %``), with the
    result it bounds when named before it (``capaian maksimal 100%``)."""
    listed = words()["dropped"]
    results = either(listed["results"])
    bound = either(listed["bounds"])
    return compiled(
        rf"(?i)(?<![^\W_])(?:{results}(?:[ \t]+[^\W\d_]+){{0,2}}[ \t]+)?{bound}"
        rf"[ \t]+(?:(?:sebesar|adalah|yaitu)[ \t]+)?{_NUMBER}"
    )


@cache
def _condition_parts() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The opening of a condition, the turn to its consequent (``maka`` or a comma), and a
    word of the result: one pass each over a sentence (no nested search, so the cost stays
    linear in the cell's length)."""
    listed = words()["dropped"]
    return (
        compiled(rf"(?i)(?<![^\W_]){either(listed['conditions'])}(?![^\W_])"),
        compiled(r"(?i),|(?<![^\W_])maka(?![^\W_])"),
        compiled(rf"(?i)(?<![^\W_]){either(listed['results'])}(?![^\W_])"),
    )


_NUMBER_FOUND = lazy(_NUMBER)
_SENTENCE_END = lazy(r"[.;\n]")


def _condition(text: str, start: int) -> tuple[int, int] | None:
    """A condition and its consequent, after ``maka`` or a comma, that gives the result a
    number (``apabila realisasi melebihi target maka capaian 100%``): its span, or ``None``;
    not one whose consequent names a category (``jika skor mencapai 100, maka wilayah
    tersebut dikatakan tahan pangan``), nor one on a coefficient (``0,11 (apabila 9
    unsur)``). The first condition of each sentence only."""
    opening, turn, result = _condition_parts()
    at = start
    while (found := opening.search(text, at)) is not None:
        end_found = _SENTENCE_END.search(text, found.end())
        end = end_found.start() if end_found else len(text)
        turned = turn.search(text, found.end(), end)
        named = result.search(text, turned.end(), end) if turned else None
        number = _NUMBER_FOUND.search(text, named.end(), end) if named else None
        if number is not None:
            return found.start(), number.end()
        at = end + 1
    return None


def _after_legend_mark(text: str, start: int, at: int) -> bool:
    """Whether the words at ``at`` stand on a legend's line (``x = …``, ``Keterangan: …``)
    that opens after the formula: a quantity's own words, not a limit on the result."""
    line = max(text.rfind("\n", start, at) + 1, start)
    return "=" in text[line:at] or ":" in text[line:at]


def _stated(text: str, end: int) -> Iterator[tuple[int, int]]:
    """The spans of the limit, then of the condition, stated after the formula (ending at
    ``end``): each searched for only when the one before it did not serve."""
    limit = _limit().search(text, end)
    if limit is not None:
        yield limit.span()
    condition = _condition(text, end)
    if condition is not None:
        yield condition


@rule("W132")
def dropped_condition(ctx: Context) -> Iterator[Diagnostic]:
    """A limit or a condition on the result after the formula, not part of its value."""
    facts = ctx.facts
    if facts is None:
        return
    text, end = ctx.text, facts.formula.expr.span[1]
    if not any(char.isdigit() for char in text[end:]):
        return
    span = next((s for s in _stated(text, end) if not _after_legend_mark(text, end, s[0])), None)
    if span is None:
        return
    yield ctx.diagnostic(
        "W132",
        _(
            "the cell states a limit or a condition on the result ('{words}') that the "
            "formula does not hold: ikicalc gives the formula's value alone; apply the "
            "limit to the result, or state it in the indicator's rules"
        ).format(words=" ".join(text[span[0] : span[1]].split())),
        span,
    )
