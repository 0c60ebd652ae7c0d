"""A rate said per period before its base: ``bunga 2% (dua persen) sebulan dihitung dari
jumlah pajak yang terlambat dibayar``, ``denda 2% per bulan dari harga kontrak``, ``sanksi
1/1000 per hari dari nilai kontrak``, ``5% yang dihitung dari gaji pokok``.

Regulations say how often a rate applies (``sebulan``, ``per bulan``, ``setiap hari``: the
periods of ``[amounts] periods`` in ``data/names.toml``) and that it is computed (``dihitung``,
``diperhitungkan``, ``dikenakan``, ``diambil``) between the rate and the ``dari`` of its base.
The value of one period is the rate times the base (``2% × jumlah pajak``); the words between
are set aside with a note, so that the grammar reads the share ``2% dari …`` as it reads it
anywhere. Without them the preamble took the rate for words before a formula, and the cell was
one name.
"""

from __future__ import annotations

import re
from functools import cache

from ikicalc.lang.layout_cues import blank
from ikicalc.names import names_data
from ikicalc.patterns import compiled

__all__ = ["period_aside"]


@cache
def _said() -> re.Pattern[str]:
    units = "|".join(names_data()["amounts"]["periods"])
    period = rf"(?:(?:per|setiap|tiap(?:-tiap)?)[ \t]++(?:{units})|se(?:{units}))(?![^\W_])"
    verb = r"(?:yang[ \t]++)?(?:dihitung|diperhitungkan|dikenakan|diambil)(?![^\W_])"
    return compiled(
        r"(?i)(?<![^\W_.,])(?:\d[\d.,]*+[ \t]*+(?:%|persen(?![^\W_]))|\d++[ \t]*+/[ \t]*+\d++)"
        r"(?:[ \t]*+\([^()\n]{1,60}\))?"
        rf"(?P<aside>(?:[ \t]++{period})?(?:[ \t]++{verb})?)(?=[ \t]++dari(?![^\W_]))"
    )


def period_aside(chars: list[str], notes: list[str]) -> None:
    """Blank the period and the verb between a rate and the ``dari`` of its base (see the
    module)."""
    text = "".join(chars)
    for found in _said().finditer(text):
        start, end = found.span("aside")
        if start < end:
            blank(chars, start, end)
            notes.append(f"the period of a rate was set aside: {text[start:end].strip()!r}")
