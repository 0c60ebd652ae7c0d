"""A legend whose entries are the formula's own lines, each written again over its definition.

Manual IKU tables drawn with an equation editor (Dishub Jawa Timur, IKU 2014-2019) write the
fraction, then, after ``Dengan :`` and the label's own entry (``f(x) : Persentase …``), each
operand again on a line of its own, as the formula writes it (a ``:`` after it or none), and
its definition on the lines under it::

    waktu tempuh rill AKDP
    f(x) = x 100%
    waktu tempuh sesuai KPS
    waktu tempuh rill AKDP
    waktu tempuh rata – rata angkutan umum antar kota dalam provinsi
    pada kondisi rill
    …

A careful reader finds the entries by the lines that repeat a line of the formula (case,
mathematical italic, ``∑``/``Σ``, ``−``/``-`` aside); each definition runs to the next entry.
The legend is set aside and names the operands (``Σ penguji tersedia``: the whole sum). Works
on the cell's characters in place (the text keeps its length, see :mod:`ikicalc.lang.layout`).
"""

from __future__ import annotations

import re
import unicodedata

from ikicalc.lang.layout_cues import blank
from ikicalc.lang.legend_names import sentence_end
from ikicalc.lang.terms import SUM_MARK
from ikicalc.names import clean_name
from ikicalc.patterns import lazy

__all__ = ["legend_of_lines"]

_MOST_FORMULA_LINES = 4
_SIGNS = str.maketrans({"∑": "Σ", "∆": "Δ", "−": "-", "–": "-"})
_HEADER = lazy(r"(?i)^[ \t]*(?:dengan|dimana|di[ \t]+mana|keterangan|ket\.?)[ \t]*:?[ \t]*$")
_LABEL_ENTRY = lazy(r"^[ \t]*[^\W\d_]{1,3}\([^\W\d_]\)[ \t]*:")  # "f(x) : Persentase …"


def _key(line: str) -> str:
    plain = unicodedata.normalize("NFKC", line).translate(_SIGNS)
    return " ".join(plain.rstrip().rstrip(":").split()).casefold()


def legend_of_lines(chars: list[str], notes: list[str]) -> dict[str, str]:
    """The entries under the formula that repeat its lines (see module): blank the legend,
    return the formula's term → its definition; ``{}`` when the cell is not written so."""
    text = "".join(chars)
    lines = [m for m in re.finditer(r"[^\n]+", text) if m.group(0).strip()]
    if len(lines) < 5:
        return {}
    keys = [_key(m.group(0)) for m in lines]
    start = next(
        (at for at in range(1, len(lines)) if keys[at] in keys[:at] or _HEADER.match(keys[at])),
        None,
    )
    if start is None or not 2 <= start <= _MOST_FORMULA_LINES:
        return {}
    terms = {keys[at]: at for at in range(start) if re.search(r"[^\W\d_]{3}", keys[at])}
    entries = [at for at in range(start, len(lines)) if keys[at] in terms]
    if len(entries) < 2 and not (entries and len(terms) == 1):
        return {}
    legend: dict[str, str] = {}
    for this, after in zip(entries, [*entries[1:], len(lines)], strict=True):
        body = [lines[at].group(0) for at in range(this + 1, after)]
        label = next((i for i, line in enumerate(body) if _LABEL_ENTRY.match(line)), None)
        body = body[:label] if label is not None else body  # "f(x) : …" after the last entry
        name = sentence_end(clean_name(" ".join(body))).rstrip(" .;,")
        if not re.search(r"[^\W\d_]{2}", name):
            return {}
        written = " ".join(lines[terms[keys[this]]].group(0).split())
        if written[:1] in "Σ∑":  # "Σ penguji tersedia": the definition names the whole sum
            written = SUM_MARK + written[1:].strip()
        legend[written] = name
    blank(chars, lines[start].start(), len(chars))
    notes.append("the formula's lines are named by the entries under it: " + ", ".join(legend))
    return legend
