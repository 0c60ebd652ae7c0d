"""A number named by the words before it where an operand stands: ``A x bobot 0,3``,
``dikali faktor bobot 30%``, ``dikalikan bobot penilaian sebesar 80%``, ``A (bobot 40%)``.

Composite indices and regulations weigh each term with a number the words before it name: a
weight (``bobot``, ``pembobot``, ``penimbang``), a coefficient, a factor, a constant, a tariff
(``[weights] nouns`` of ``data/names.toml``, a class of such nouns, not the words of one
document). Where an operand opens (after a product's or a division's sign or word, or a
bracket) and a number follows them, the words only name that number: the layout sets them
aside (padded, so carets still point into the cell). After a copula (``sebesar``) up to two
other words may stand between the noun and the number (``bobot penilaian sebesar 80%``). A
weight in brackets right after a name (``Nilai SAKIP (bobot 40%)``) multiplies it: the bracket
is written ``×``, and so is ``dengan`` before a weight after a name (``Nilai SKP dengan bobot
60% ditambah …``). A percent alone in brackets after each of several names (``Nilai SKP (60%)
+ Nilai Perilaku (40%)``, ``NZ (40%) + NS (30%) + NP (30%)``) weighs each: the brackets are
written ``×``; names so weighed listed with commas and ``dan``/``serta`` and no operator
(``parameter: SDM (50%), Sarana dan Prasarana (35%) serta Kesiapsiagaan Masyarakat (15%)``)
are their weighted sum when the weights make 100 % (the joins are written ``+``).
A noun with no number after it (``dikali bobot jabatan``) is a name's word.
The word ``kali`` (times) after the number of a product says the number again
(``dikali 2,5 kali``): it is set aside too.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache

from ikicalc.i18n import N_
from ikicalc.lang import guards
from ikicalc.lang.chars import text_of
from ikicalc.lang.formula import Reading
from ikicalc.lang.layout_cues import blank
from ikicalc.lang.operator_words import said, words_pattern
from ikicalc.names import names_data
from ikicalc.patterns import compiled, lazy

__all__ = ["weights_named"]

# the number named: not a year (a name's: "Nilai 2023"), and it ends the operand (an operator,
# a bracket, a comma or the end follows it)
_DIGIT = re.compile(r"\d")  # compiled at import: a guard on every cell
_NUMBER = r"(?!(?:19|20)\d\d(?![\d.,%]))\d[\d.,]*(?![\d.,]*\d)(?:[ \t]*%)?"


@cache
def _ends() -> str:
    return rf"(?=[ \t]*(?:$|[^\w \t]|(?:{said(joined=True)}|[xX]|kali|dan)(?![^\W_])))"


@cache
def _phrase(weights_only: bool = False) -> str:
    """The words that name a number; ``weights_only``: opened by a noun of a weight
    (``[weights] weight_nouns``), for ``dengan`` after a name."""
    table = names_data()["weights"]
    nouns = table["weight_nouns"] if weights_only else table["nouns"]
    noun = rf"(?:{words_pattern(nouns)})(?![^\W_])"
    copula = rf"(?:{words_pattern(table['copulas'])})(?![^\W_])"
    return (  # an article, and a compound's first word, may open it ("dikalikan suatu
        # kapitalisatie-faktor 14", UU 6/1953)
        rf"(?P<words>(?:(?:suatu|sebuah)[ \t]+)?(?:[^\W\d_]+-)?{noun}(?:[ \t]+{noun})*"
        rf"(?:(?:[ \t]+[^\W\d_]+){{0,2}}?[ \t]+(?:{copula}))?)"
        r"[ \t]*"
    )


@cache
def _named() -> re.Pattern[str]:
    """The words that name a number, and the number (scanned from the noun, the scan cheap)."""
    return compiled(rf"(?i)(?<![^\W_]){_phrase()}(?={_NUMBER}{_ends()})")


@cache
def _operator_before() -> re.Pattern[str]:
    """An operator right before the words (where an operand opens): a product's or a
    division's sign or word, or a bracket."""
    return compiled(
        r"(?i)(?:(?<![^\W_])(?:" + said("×", joined=True) + "|" + said("/", joined=True)
        + r"|[xX]|kali)[ \t]+|[×*·/÷(\[][ \t]*)$"
    )


@cache
def _bracketed() -> re.Pattern[str]:
    return compiled(
        rf"(?i)(?<=[^\W_])[ \t]*(?P<open>\()[ \t]*{_phrase()}{_NUMBER}[ \t]*(?P<close>\))"
    )


@cache
def _with_weight() -> re.Pattern[str]:
    """``Nilai SKP dengan bobot 60%``: ``dengan`` and the words naming the weight after a name."""
    return compiled(
        rf"(?i)(?<=[^\W_])[ \t]+(?P<with>dengan)[ \t]+{_phrase(True)}(?={_NUMBER}{_ends()})"
    )


@cache
def _word_operator_before() -> re.Pattern[str]:
    """An operator word right before (``dikalikan`` of ``dikalikan dengan bobot 0,3``)."""
    return compiled(r"(?i)(?<![^\W_])(?:" + said(plain=True) + r"|kali|bagi)[ \t]*$")


# "Nilai SKP (60%)": a percent alone in brackets right after a name, then the join that lists
# the next name ("+", a comma, "dan", "serta") or the end
_BARE = lazy(
    r"(?<=[^\W_])[ \t]*(?P<open>\()[ \t]*(?P<number>\d{1,3}(?:[.,]\d{1,2})?)[ \t]*%[ \t]*"
    r"(?P<close>\))(?P<join>[ \t]*(?:\)[ \t]*\+|\+|,(?:[ \t]*(?i:dan|serta)(?![^\W_]))?"
    r"|(?i:dan|serta)(?![^\W_]))|(?=[ \t]*(?:[.;)]?[ \t]*$|\.[ \t\n]+[A-Z])))"
)


_LISTED_REASON = N_(
    "names listed with a percent in brackets after each, the percents making 100 %, were "
    "read as a weighted sum: each name times its weight"
)
_AGGREGATE = lazy(r"(?i)(?:[Σ∑]|rata-rata|rerata)[ \t]*$")  # a bracket's own operation
_NOT_BETWEEN = lazy(r"[()=/÷×*:;%\n]|(?<![^\W_])[xX](?![^\W_])")  # an operation, a line


def _bare_weights(chars: list[str], text: str) -> tuple[Reading, ...]:
    """``A (60%) + B (40%)``, ``A (50%), B (35%) serta C (15%)``: see the module; a list in
    words read as a weighted sum is a guess."""
    found = [m for m in _BARE.finditer(text) if not _AGGREGATE.search(text, 0, m.start("open"))]
    if len(found) < 2:  # "Σ (0%) + Σ (0%)": a sum over a bracket, no name weighed
        return ()
    run = [found[0]]  # the weighed names that follow each other, each after the last's join
    for match in found[1:]:
        last = run[-1]
        between = text[last.end() : match.start("open")].lstrip(" \t(")  # "(A (60%)) + (B …"
        if last.group("join") and not _NOT_BETWEEN.search(between):
            run.append(match)
        elif len(run) < 2:
            run = [match]
        else:
            break
    if len(run) < 2 or run[-1].group("join").strip() not in ("", "."):
        return ()
    listed = all("+" not in m.group("join") for m in run[:-1])  # "A (50%), B (35%) serta C …"
    if listed:  # a list in words: weights that make the whole
        total = sum(Decimal(m.group("number").replace(",", ".")) for m in run)
        if total != 100:
            return ()
    for match in run:
        chars[match.start("open")] = "×"
        chars[match.start("close")] = " "
        if listed and match is not run[-1]:
            blank(chars, *match.span("join"))
            chars[match.start("join")] = "+"
    if not listed:
        return ()
    span = (run[0].start(), run[-1].end("close"))
    start = text.rfind(":", 0, run[0].start()) + 1  # the list's first name opens after a colon
    written = " ".join(text[start : span[1]].split())
    chosen = " ".join("".join(chars[start : span[1]]).split())
    return (Reading(span, chosen, written, _LISTED_REASON),)


@cache
def _times_after() -> re.Pattern[str]:
    """``dikali 2,5 kali``, ``x 3 kali``: 'kali' (times) after the number of a product, where
    the operand ends (an operator, a bracket or the end follows)."""
    operator = r"(?:(?<![^\W_])(?:" + said("×", joined=True) + r"|[xX])|[×*·])"
    return compiled(
        rf"(?i){operator}[ \t]+\d[\d.,]*(?P<times>[ \t]+kali)(?![^\W_]){_ends()}"
    )


@cache
def _cue() -> re.Pattern[str]:
    """Any noun of the class, in the text in lower case (a cheap test)."""
    return re.compile(words_pattern(noun.lower() for noun in names_data()["weights"]["nouns"]))


def weights_named(chars: list[str], lower: str | None = None) -> tuple[Reading, ...]:
    """Set aside the words that name a weight or a constant where an operand stands (see the
    module); a weight in brackets after a name multiplies it. ``lower``: the text in lower
    case (:func:`ikicalc.lang.guards.folded`), when the caller has it."""
    text = text_of(chars)
    lower = guards.folded(text) if lower is None else lower
    if not _DIGIT.search(text):  # every rule here needs a number
        return ()
    for found in _times_after().finditer(text) if "kali" in lower else ():
        blank(chars, *found.span("times"))  # "dikali 2,5 kali": the number of times
    readings = _bare_weights(chars, text) if "%" in text and "(" in text else ()
    if not _cue().search(lower):  # "Nilai SKP (60%) + Nilai Perilaku (40%)" above
        return readings
    for found in _bracketed().finditer(text) if "(" in text else ():
        chars[found.start("open")] = "×"
        blank(chars, *found.span("words"))
        chars[found.start("close")] = " "
    text = text_of(chars)
    for found in _with_weight().finditer(text) if "dengan" in lower else ():
        if _word_operator_before().search(text, max(0, found.start() - 40), found.start()):
            continue  # "dikalikan dengan bilangan 100": the operator's own "dengan"
        chars[found.start("with")] = "×"  # "Nilai SKP dengan bobot 60%": the name times it
        blank(chars, found.start("with") + 1, found.end("words"))
    text = text_of(chars)
    for found in _named().finditer(text):
        if _operator_before().search(text, max(0, found.start() - 40), found.start()):
            blank(chars, *found.span("words"))
    return readings
