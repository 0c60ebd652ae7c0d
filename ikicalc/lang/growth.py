"""Growth said in words: two quantities compared, then "their difference" divided.

Statistical metadata (BPS "Metode Penghitungan") and planning documents say a rate of growth as
a sequence of steps in which the second refers back to the first: ``membandingkan jumlah
penduduk pada tahun berjalan dengan jumlah penduduk pada tahun sebelumnya, kemudian selisihnya
dibagi dengan jumlah penduduk tahun sebelumnya dan dikalikan 100 persen``. A careful reader
knows ``selisihnya`` (its difference; ``hasil selisihnya``, ``selisih tersebut``, ``selisih
keduanya``) as the difference of the two quantities the verb compared (``membandingkan``,
``memperbandingkan``, ``mengurangkan``, ``mengurangi``), and what follows it as the operations
applied to that difference: ``(A − B) / C × 100%``. The two quantities are joined by
``dengan`` (or ``dan``, ``terhadap``); where the words hold that join more than once, the split
that makes the two phrases open with the same word (``jumlah … dengan jumlah …``) is taken,
else the first.

The passive (``A dibandingkan dengan B, kemudian selisihnya dibagi B``) has no room for a
bracket before ``A``: the words become ``A - B / B``, a growth whose brackets were lost, which
the reading layer reads as ``(A − B) / B`` (a guess). The verb becomes ``(``, the join ``-``,
the reference ``)``; the text keeps its length (see
:mod:`ikicalc.lang.layout`). The words before the verb are left to the preamble's reader, but
for the end of a sentence alone opening the cell (``dengan cara``, ``yaitu``), set aside.
That reading, of a growth whose brackets the export lost (``A − B / A × 100%``), is here too
(:func:`lost_brackets`), with the divisor that names the base again (:func:`restated_base`).
"""

from __future__ import annotations

import re

from ikicalc.i18n import N_
from ikicalc.lang import ast
from ikicalc.lang.chars import text_of
from ikicalc.lang.formula import Reading
from ikicalc.lang.layout_cues import blank
from ikicalc.names import name_key
from ikicalc.patterns import lazy

__all__ = ["REASON", "growth_said", "lost_brackets", "restated_base"]

REASON = N_(
    "the divisor of a growth names again the quantity the growth is measured from (a "
    "preposition left out, or the head noun of the other quantity said again): the same quantity"
)
# words a restatement may leave out: "jumlah penduduk (pada) tahun sebelumnya"
_FILLERS = frozenset({"pada", "di", "dalam", "yang"})

_JOIN = lazy(r"(?i)[ \t\n]+(?:dengan|dan|terhadap)[ \t\n]+")
_REFERENCE = (
    r"(?P<ref>[ \t\n]*,?[ \t\n]*(?:(?:kemudian|lalu|selanjutnya|setelah[ \t]+itu)[ \t\n]+)?"
    r"(?:hasil[ \t\n]+)?selisih(?:nya|[ \t\n]+(?:tersebut|keduanya))(?![^\W_]))"
    r"(?=[ \t\n]+(?:di[ \t]*bagi|di[ \t]*kali(?:kan)?)(?![^\W_]))"
)
# the verb that compares, the two quantities, the reference to their difference, an operation
_COMPARED = lazy(
    r"(?i)(?<![^\W_])(?P<verb>mem(?:per)?bandingkan|mengurang(?:kan|i))[ \t\n]+"
    r"(?P<pair>[^,;:()=/÷×*]+?)" + _REFERENCE
)
# what may stand before the verb at the start of a cell: the end of a sentence that opens it
_OPENING = lazy(r"(?i)[ \t\n]*(?:dengan(?:[ \t]+(?:cara|jalan))?|yaitu|yakni|adalah|ialah)[ \t\n]+")
# the passive: "A dibandingkan dengan B, kemudian selisihnya dibagi …"
_PASSIVE = lazy(
    r"(?i)(?<=[^\W_])(?P<verb>[ \t\n]+dibandingkan[ \t\n]+(?:dengan|terhadap)[ \t\n]+)"
    r"(?P<b>[^,;:()=/÷×*]+?)" + _REFERENCE
)


def _split(pair: str) -> re.Match[str] | None:
    """The join between the two quantities (see the module)."""
    joins = [j for j in _JOIN.finditer(pair) if pair[j.end() :].strip()]
    if not joins:
        return None
    first_word = pair.split()[0].lower()  # the pair opens with a word: the pattern's
    for join in joins:
        if pair[join.end() :].split()[0].lower() == first_word:
            return join
    return joins[0]


def growth_said(chars: list[str]) -> None:
    """``membandingkan A dengan B, kemudian selisihnya dibagi C``: ``(A - B) / C`` (see the
    module)."""
    text = text_of(chars)
    for found in _COMPARED.finditer(text):
        join = _split(found.group("pair"))
        if join is None:
            continue
        start, end = found.span("verb")
        if _OPENING.fullmatch(text, 0, start):
            blank(chars, 0, start)  # "dengan cara mengurangkan …" opening the cell
        blank(chars, start, end)
        chars[start] = "("
        at = found.start("pair")
        blank(chars, at + join.start(), at + join.end())
        chars[at + join.start() + 1] = "-"
        ref_start, ref_end = found.span("ref")
        blank(chars, ref_start, ref_end)
        chars[ref_start] = ")"
    if "dibandingkan" not in text:
        return
    for found in _PASSIVE.finditer(text):  # "A dibandingkan dengan B, kemudian selisihnya …"
        blank(chars, *found.span("verb"))  # no room for a bracket before A: "A - B / B" is a
        chars[found.start("verb") + 1] = "-"  # growth whose brackets were lost (reading.py)
        blank(chars, *found.span("ref"))


def _same_quantity(grown: str, base: str, divisor: str) -> bool:
    """Whether ``divisor`` names ``base`` again (see :func:`restated_base`)."""
    base_words = [w for w in base.lower().split() if w not in _FILLERS]
    words = [w for w in divisor.lower().split() if w not in _FILLERS]
    if not base_words or words == base_words:
        return bool(base_words)
    head = words[: len(words) - len(base_words)]
    return (
        len(words) > len(base_words)
        and words[len(head) :] == base_words
        and grown.lower().split()[: len(head)] == head  # "nilai tahun sebelumnya" after
    )  # "nilai PDRB … pada tahun berjalan dengan tahun sebelumnya": the head said again


def restated_base(node: ast.Expr) -> tuple[ast.Expr, tuple[Reading, ...]]:
    """``(A − B) / C`` where ``C`` names ``B`` again: ``jumlah penduduk tahun sebelumnya``
    for ``jumlah penduduk pada tahun sebelumnya`` (a preposition left out), ``nilai tahun
    sebelumnya`` for ``tahun sebelumnya`` after ``nilai PDRB … pada tahun berjalan`` (the head
    of the other quantity said again): ``C`` is ``B`` (a guess, recorded)."""
    found: list[Reading] = []

    def rewrite(part: ast.Expr) -> ast.Expr:
        if not (
            isinstance(part, ast.Binary)
            and part.op is ast.Op.DIV
            and isinstance(part.left, ast.Binary)
            and part.left.op is ast.Op.SUB
        ):
            return part
        grown, base, divisor = part.left.left, part.left.right, part.right
        if not (
            isinstance(grown, ast.Variable)
            and isinstance(base, ast.Variable)
            and isinstance(divisor, ast.Variable)
            and divisor.name != base.name
            and _same_quantity(grown.name, base.name, divisor.name)
        ):
            return part
        found.append(Reading(divisor.span, base.name, divisor.name, REASON))
        return ast.Binary(ast.Op.DIV, part.left, ast.Variable(base.name, divisor.span), part.span)

    return ast.transform(node, rewrite), tuple(found)


def _over(node: ast.Expr) -> tuple[ast.Expr, ast.Expr, ast.Expr | None] | None:
    """``N / D`` or ``N / D × S``: numerator, denominator, scale."""
    scale: ast.Expr | None = None
    ratio = node
    if isinstance(node, ast.Binary) and node.op is ast.Op.MUL:
        ratio, scale = node.left, node.right
    if isinstance(ratio, ast.Binary) and ratio.op is ast.Op.DIV:
        return ratio.left, ratio.right, scale
    return None


def _restated(one: str, other: str) -> bool:
    """The same quantity, one perhaps with a qualifier added (``Jumlah imunisasi DPT-HB-Hib
    1`` and ``Jumlah Imunisasi DPT-HB-Hib 1 dalam 1 periode``)."""
    a, b = sorted((name_key(one), name_key(other)), key=len)
    return a == b or (len(a.split()) >= 2 and b.startswith(a + " "))


def lost_brackets(node: ast.Expr) -> tuple[ast.Expr, tuple[Reading, ...]]:
    """``A − B / A × 100%`` (or ``… / B``): a quantity less a percentage of itself measures
    nothing; the export dropped the brackets of a growth or a loss, ``(A − B) / A × 100%``.
    Recorded as a guess."""
    if not isinstance(node, ast.Binary) or node.op is not ast.Op.SUB:
        return node, ()
    left, ratio = node.left, _over(node.right)
    if ratio is None:
        return node, ()
    numerator, denominator, scale = ratio
    names = [n for n in (left, numerator, denominator) if isinstance(n, ast.Variable)]
    if len(names) < 3 or name_key(names[0].name) == name_key(names[1].name):
        return node, ()
    if not any(_restated(names[2].name, names[i].name) for i in (0, 1)):
        return node, ()
    difference = ast.Binary(ast.Op.SUB, left, numerator, (left.span[0], numerator.span[1]))
    expr: ast.Expr = ast.Binary(ast.Op.DIV, difference, denominator, node.right.span)
    if scale is not None:
        expr = ast.Binary(ast.Op.MUL, expr, scale, node.span)
    reason = N_("a quantity less a ratio over itself measures nothing: a growth or a loss")
    chosen = f"({left} - {numerator}) / {denominator}"
    return expr, (Reading(node.span, chosen, f"{left} - {numerator} / {denominator}", reason),)
