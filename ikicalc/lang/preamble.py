"""The words before a formula (``cara pengukuran kinerjanya yaitu …``, ``Rumus:``,
``dihitung dengan …``): where the cues of ``[layout] preamble`` (``data/names.toml``) end
them, for :mod:`ikicalc.lang.layout` to set aside."""

from __future__ import annotations

import re
from functools import cache

from ikicalc.lang import guards
from ikicalc.lang.layout_cues import operator
from ikicalc.names import names_data
from ikicalc.patterns import compiled, lazy

__all__ = ["words_before"]


@cache
def _cue() -> re.Pattern[str]:
    words = names_data()["layout"]["preamble"]
    return compiled(r"\b(?:" + "|".join(words) + r")\b\s*[:=]?", re.IGNORECASE)


_SPACED_SUM = lazy(r"(?<=[^\W_])[ \t]+[+][ \t]+(?=[^\W_])")  # "DAU = CF + AD"


def words_before(text: str) -> re.Match[str] | None:
    """The cue that ends the words before the formula: the last cue with no operator before
    it and a word between it and the first operator after it (so that laying out the text
    again finds none). A colon inside a cue (``Rumus:``) is not an operator."""
    if not guards.may_find(_cue(), text):  # no cue's word: no cue
        return None
    cues = list(_cue().finditer(text))
    if not cues:
        return None
    masked = list(text)
    for found in cues:
        masked[found.start() : found.end()] = " " * (found.end() - found.start())
    plain = "".join(masked)
    first = operator().search(plain) or _SPACED_SUM.search(plain)
    chosen = None
    for found in cues:
        if first is None or found.start() >= first.start():
            break
        after = operator().search(plain, found.end()) or _SPACED_SUM.search(plain, found.end())
        if after and re.search(r"[^\W_]", plain[found.end() : after.start()]):
            chosen = found
    return chosen
