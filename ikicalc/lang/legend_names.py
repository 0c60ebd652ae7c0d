"""The name a legend's entry gives its symbol: a unit in brackets at its end set aside
(``(orang)``, ``(Ha)``, ``(Ton/Ha)``, ``(%)``), any other word in brackets kept as part of
the name (``Skor … berdasarkan standar kompetensi (ideal)``)."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from ikicalc.names import names_data
from ikicalc.patterns import lazy

__all__ = ["without_unit"]


# a unit after a definition: "(orang)", "(Ha)", "(Ton/Ha)", "(%)"; not "(t-1)", not "(Ekologi)"
_UNIT_IN_BRACKETS = lazy(
    r"\s*\((?![a-z](?:[-+−]\d)?\))(?:[a-z%][^()]{0,11}|[A-Z][a-z]{0,2}(?:/[A-Za-z]{1,3})?\d?"
    r"|Rp\.?)\)\s*$"
)


@cache
def _unit_words() -> frozenset[str]:
    """The words a bracket at the end of a legend's name holds when it is the name's unit:
    the units of ``data/units.txt`` (names, symbols, aliases) and ``[legend] unit_words``."""
    text = resources.files("ikicalc").joinpath("data", "units.txt").read_text(encoding="utf-8")
    words = {
        piece.strip().lower()
        for line in text.splitlines()
        if line.strip() and not line.lstrip().startswith("#")
        for piece in line.split("=")
        if re.fullmatch(r"[ \t]*[A-Za-z%]+[ \t]*", piece)
    }
    return frozenset(words | {w.lower() for w in names_data()["legend"]["unit_words"]})


def without_unit(name: str) -> str:
    """``name`` less a unit in brackets at its end (``(orang)``, ``(Ha)``, ``(%)``); a word
    that is no unit stays (``… standar kompetensi (ideal)``)."""
    found = _UNIT_IN_BRACKETS.search(name)
    if found is None:
        return name
    inside = found.group(0).strip().strip("()").strip()
    if inside[:1].islower() and re.split(r"[\s/]", inside)[0].lower() not in _unit_words():
        return name
    return name[: found.start()]
