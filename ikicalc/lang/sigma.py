"""Σ as the export of an equation editor leaves it: its limits on lines of their own, its
summand a product over the index, and legend entries that repeat the sum.

``∑ Ri × Pi`` / ``5`` / ``i=1`` (Kepja 1184/2025): the upper limit and the lower limit fell
onto the lines under the sum. A careful reader sets the limits aside (ikicalc sums over the
rows of the data, whatever their number), reads the summand as the product of the factors
that carry the index (``Ri × Pi`` under ``i=1``: ``Σ (Ri × Pi)``, a guess), and, where the
legend repeats a sum (``∑ 𝑅𝑖 × 𝑃𝑖`` / ``5`` / ``i=1`` / ``: total penjumlahan …``) and
names each of its symbols on their own lines too, takes the symbols' own names (the sum's
entry is set aside). :func:`exported` returns the cell for the layout, of the same length
(every span still points into the cell), and the guesses.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from ikicalc.i18n import N_
from ikicalc.lang.chars import text_of
from ikicalc.lang.formula import Reading
from ikicalc.lang.indexed_sum import carries, reaches
from ikicalc.patterns import lazy

__all__ = ["INDEXED_PRODUCT", "SUM_SAID", "Exported", "exported", "sums_said"]

INDEXED_PRODUCT = N_(
    "the sum's index runs over each factor after it: Σ applies to the whole product"
)

# "5", "n", "N", "i=1", "j = 1", "i=1" written in italic letters
_LIMIT_LINE = lazy(
    r"(?m)^[ \t]*(?:(?P<upper>\d{1,3}|[a-zA-Z𝑛𝑁𝑚𝑘])|(?P<index>[^\W\d_])[ \t]*=[ \t]*\d{1,2})[ \t]*$"
)
_SUM_LINE = lazy(r"(?m)^[^\n]*[Σ∑][^\n]*$")
_INDEX_ENTRY = lazy(
    r"(?m)^[ \t]*(?P<index>[ijk])[ \t]*(?:\n[ \t]*)?[=:][ \t]*(?:\n[ \t]*)?[^\W\d_]{3}"
)
_SUM_ENTRY = lazy(r"(?m)^[ \t]*[Σ∑]")
_FACTOR = r"[^\W\d_][^\W_]{0,8}"
_PRODUCT = lazy(rf"[Σ∑][ \t]*(?P<product>{_FACTOR}(?:[ \t]*[×xX*·][ \t]*{_FACTOR})+)[ \t]*$")
_ENTRY = lazy(r"(?m)^[ \t]*(?P<symbol>[^\W\d_][^\W_]{0,11})[ \t]*[:=]")


SUM_SAID = N_(
    "'jumlah' before a symbol that carries the index the cell declares is the sum over the "
    "index (Σ)"
)
# "Jumlah xi", "Total X_i", "jml Pi": a word of summing, then a symbol of at most three letters
# ending with an index letter (a plain last letter or a subscript), not followed by a word
_SUM_SAID = lazy(
    r"(?i)(?<![^\W_])(?P<word>jumlah|total|jml)[ \t]+(?=(?-i:(?:[A-Za-z]{1,2}?[ijk]"
    r"|[A-Za-z]{1,3}_\{?[ijk]\}?|[A-Za-z]{1,3}[ᵢⱼₖ]))(?![^\W_]|[ \t]+(?:[^\W\d_]{3,}|ke-)))"
)
# the cell declares the index: its range ("i=1,2,...9", "i = 1 … n") or the rows it counts
# ("unsur ke-i")
_INDEX_DECLARED = lazy(r"(?<![^\W_])[ijk][ \t]*=[ \t]*1(?![\d.]\d)|(?i:\bke-[ijk])(?![^\W_])")


def sums_said(text: str) -> tuple[str, tuple[Reading, ...]] | None:
    """``IKM = ((Jumlah xi) X 100)/y, dimana i=1,2,...9, xi = …``: a word of summing
    (``jumlah``, ``total``) before a symbol that carries an index (``xi``, ``X_i``) is Σ, where
    the cell declares that index (its range, ``i=1,2,...9``, or ``unsur ke-i``): the sum of
    mathematics said in words, as a sum over ``i`` of a statistic's rows (SKM, IKM). The cell
    with ``Σ`` written in place (and blanks: it keeps its length) and the guesses, or
    ``None``."""
    found = list(_SUM_SAID.finditer(text))
    if not found or not _INDEX_DECLARED.search(text):
        return None
    chars = list(text)
    readings: list[Reading] = []
    for match in found:
        start, end = match.span("word")
        chars[start:end] = list("Σ".ljust(end - start))
        readings.append(Reading((start, end), "Σ", match.group("word"), SUM_SAID))
    return text_of(chars), tuple(readings)


@dataclass(frozen=True)
class Exported:
    """The cell as the layout should read it, and the guesses made."""

    text: str
    readings: tuple[Reading, ...]


def _plain(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def _limits(text: str, line_end: int) -> list[re.Match[str]]:
    """The limit lines right under a sum's line (at most two: upper and lower)."""
    found: list[re.Match[str]] = []
    at = line_end + 1
    while len(found) < 2 and at <= len(text):
        limit = _LIMIT_LINE.match(text, at)
        if limit is None:
            break
        found.append(limit)
        at = limit.end() + 1
    return found if any(m.group("index") for m in found) else []


def exported(text: str) -> Exported | None:
    """The cell with its sums' limits set aside (see the module), or ``None`` when it has
    no sum whose lower limit (``i=1``) stands on a line of its own, nor a legend that says
    what a sum's index runs over (``i = Tanaman Pangan, Hortikultura, …``)."""
    chars = list(text)
    readings: list[Reading] = []
    own = {_plain(m.group("symbol")) for m in _ENTRY.finditer(text)}
    changed = False
    # "i = Tanaman Pangan, Hortikultura, …": the legend says what the index runs over
    defined = {m.group("index") for m in _INDEX_ENTRY.finditer(text)} if "=" in text else set()
    for line in _SUM_LINE.finditer(text):
        limits = _limits(text, line.end())
        if limits:
            index = _plain(next(m.group("index") for m in limits if m.group("index")))
        elif defined and (summand := _PRODUCT.search(line.group(0))):
            index = next((i for i in defined if _plain(summand.group(0)).endswith(i)), "")
            if not index:
                continue
        else:
            continue
        changed = True
        for limit in limits:
            chars[limit.start() : limit.end()] = " " * (limit.end() - limit.start())
        after = limits[-1].end() if limits else line.end()
        definition = re.match(r"\s*:", text[after:]) if limits else None
        # the legend repeats the sum: "∑ 𝑅𝑖 × 𝑃𝑖" / "5" / "i=1" / ": total …"
        if definition and line.group(0).lstrip()[:1] in "Σ∑":
            written = _plain(line.group(0)).replace("Σ", " ").replace("∑", " ")
            symbols = set(re.findall(r"[^\W\d_][^\W_]*", written)) - {"x", "X"}
            if symbols and all(symbol in own for symbol in symbols):
                nxt = _ENTRY.search(text, after + definition.end())
                nxt_sum = _SUM_ENTRY.search(text, after + definition.end())
                stops = [m.start() for m in (nxt, nxt_sum) if m is not None]
                end = min(stops) if stops else len(text)
                for at in range(line.start(), end):
                    if chars[at] != "\n":
                        chars[at] = " "
            continue
        product = _PRODUCT.search(line.group(0))
        if product is None:
            continue
        factors = re.split(r"[ \t]*[×xX*·][ \t]*", product.group("product").strip())
        if not reaches([carries(f, index, stated=True) for f in factors]):
            continue
        start = line.start() + product.start("product")
        end = line.start() + product.end("product")
        grouped = "(" + "×".join(factors) + ")"
        sign = start - 1
        while chars[sign] in " \t":
            sign -= 1
        if len(grouped) > end - sign - 1:
            continue  # no room to write the brackets in place
        chars[sign + 1 : end] = list(grouped.ljust(end - sign - 1))
        readings.append(
            Reading(
                (start, end),
                f"Σ ({' × '.join(factors)})",
                f"(Σ {factors[0]}) × {' × '.join(factors[1:])}",
                INDEXED_PRODUCT,
            )
        )
    if not changed:
        return None
    return Exported(text_of(chars), tuple(readings))


INDEX_BELOW = N_(
    "the sum's index stands on the line under it: Σ applies to the whole summand after it, "
    "the symbols side by side multiplied"
)

# a line of lone index letters, one under each sum of the line above ("j          j", "T")
_INDEX_LINE = lazy(r"^[ \t]*[a-zA-Z](?:[ \t]+[a-zA-Z])*[ \t]*$")
# the index and the denominator of a fraction summed: "∑ f (i)" / "i   A2(i)"
_INDEX_AND_BELOW = lazy(r"^[ \t]*(?P<index>[a-z])[ \t]{2,}(?P<below>[^\W_][^\n]{0,30}?)[ \t]*$")
_SUMMAND = lazy(
    r"[ \t]*(?P<summand>[^\W_][^\W_,]*(?:[ \t]*\([^()\n]{1,6}\))?"
    r"(?:[ \t]*[×xX*·.]?[ \t]*[^\W_][^\W_,]*(?:[ \t]*\([^()\n]{1,6}\))?)*)[ \t]*$"
)
_FACTORS = lazy(r"[^\W_][^\W_,]*(?:[ \t]?\([^()\n]{1,6}\))?")


def index_below(chars: list[str]) -> list[Reading]:
    """``Σ WT HT`` / ``T``; ``∑ f (i)`` / ``i   A2(i)``: a sum's index on the line under it,
    as a PDF of an equation leaves it. A careful reader sets the index aside and sums the
    whole summand after the sign: the symbols side by side are a product when each carries
    the index (``Σ (WT × HT)``); a column under the summand, after the index, is the
    denominator of a fraction summed (``Σ (f (i) / A2(i))``). Written in place, in brackets
    (the text keeps its length); each a guess."""
    text = text_of(chars)
    readings: list[Reading] = []
    for line in _SUM_LINE.finditer(text):
        signs = [m.start() for m in re.finditer(r"[Σ∑]", line.group(0))]
        below = re.match(r"[^\n]*", text[line.end() + 1 :]) if line.end() < len(text) else None
        if len(signs) != 1 or below is None or not below.group(0).strip():
            continue
        only = _INDEX_LINE.match(below.group(0))
        under = _INDEX_AND_BELOW.match(below.group(0))
        if only and len(below.group(0).split()) == 1:
            index, denominator = below.group(0).strip(), ""
        elif under:
            index, denominator = under.group("index"), under.group("below")
        else:
            continue
        start = line.start() + signs[0] + 1
        summand = _SUMMAND.match(text, start, line.end())
        if summand is None:
            continue
        factors = [" ".join(f.split()) for f in _FACTORS.findall(summand.group("summand"))]
        carrying = [carries(f, index, stated=True) for f in factors]
        if denominator:  # a fraction summed: every factor of its numerator carries the index
            if not factors or not all(carrying):
                continue
            written = "(" + "×".join(factors) + f"/{denominator})"
        elif reaches(carrying):
            written = "(" + "×".join(factors) + ")"
        else:
            continue  # "Σ Pi" / "i": nothing to group
        end = line.end() + 1 + len(below.group(0))
        if len(written) > end - start:
            continue  # no room to write the brackets in place
        chars[start:end] = list(written.ljust(end - start))
        other = " ".join(text[line.start() : end].split())
        readings.append(Reading((start, end), "Σ " + written, other, INDEX_BELOW))
    return readings


_PRODUCT_AFTER = lazy(
    r"[ \t]*(?P<summand>" + _FACTORS.pattern + r"(?:[ \t]*[×*·][ \t]*" + _FACTORS.pattern + r")+)"
)


def product_after(chars: list[str], sign: int, index: str) -> Reading | None:
    """``∑ n i=1 mfi · q · pri`` (its limits set aside): a sum whose index the cell states
    runs over the whole product after it, the factors that do not carry the index too (a
    constant of each row, ``q``), when its first factor and another carry the index. Written
    in place, in brackets, where the blanks around it leave room; a guess."""
    text = text_of(chars)
    found = _PRODUCT_AFTER.match(text, sign + 1)
    if found is None:
        return None
    factors = [" ".join(f.split()) for f in re.split(r"[ \t]*[×*·][ \t]*", found.group("summand"))]
    if not reaches([carries(f, index, stated=True) for f in factors]):
        return None
    blanks = re.match(r"[ \t]*", text[found.end() :])
    end = found.end() + (len(blanks.group(0)) if blanks else 0)
    written = "(" + "×".join(factors) + ")"
    if len(written) > end - sign - 1:
        return None
    chars[sign + 1 : end] = list(written.ljust(end - sign - 1))
    return Reading(
        (sign, found.end()),
        "Σ " + written,
        f"(Σ {factors[0]}) × {' × '.join(factors[1:])}",
        INDEXED_PRODUCT,
    )
