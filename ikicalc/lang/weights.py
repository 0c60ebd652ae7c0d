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
is written ``×``. A noun with no number after it (``dikali bobot jabatan``) is a name's word.
The word ``kali`` (times) after the number of a product says the number again
(``dikali 2,5 kali``): it is set aside too.
"""

from __future__ import annotations

import re
from functools import cache

from ikicalc.lang import guards
from ikicalc.lang.layout_cues import blank
from ikicalc.lang.operator_words import said, words_pattern
from ikicalc.names import names_data
from ikicalc.patterns import compiled

__all__ = ["weights_named"]

# the number named: not a year (a name's: "Nilai 2023"), and it ends the operand (an operator,
# a bracket, a comma or the end follows it)
_NUMBER = r"(?!(?:19|20)\d\d(?![\d.,%]))\d[\d.,]*(?![\d.,]*\d)(?:[ \t]*%)?"


@cache
def _ends() -> str:
    return rf"(?=[ \t]*(?:$|[^\w \t]|(?:{said(joined=True)}|[xX]|kali|dan)(?![^\W_])))"


@cache
def _phrase() -> str:
    table = names_data()["weights"]
    noun = rf"(?:{words_pattern(table['nouns'])})(?![^\W_])"
    copula = rf"(?:{words_pattern(table['copulas'])})(?![^\W_])|="
    return (
        rf"(?P<words>{noun}(?:[ \t]+{noun})*(?:(?:[ \t]+[^\W\d_]+){{0,2}}?[ \t]+(?:{copula}))?)"
        r"[ \t]*"
    )


@cache
def _after_operator() -> re.Pattern[str]:
    operator = (
        r"(?:(?<![^\W_])(?:" + said("×", joined=True) + "|" + said("/", joined=True)
        + r"|[xX]|kali)[ \t]+|[×*·/÷(\[][ \t]*)"
    )
    return compiled(rf"(?i){operator}{_phrase()}(?={_NUMBER}{_ends()})")


@cache
def _bracketed() -> re.Pattern[str]:
    return compiled(
        rf"(?i)(?<=[^\W_])[ \t]*(?P<open>\()[ \t]*{_phrase()}{_NUMBER}[ \t]*(?P<close>\))"
    )


@cache
def _times_after() -> re.Pattern[str]:
    """``dikali 2,5 kali``, ``x 3 kali``: 'kali' (times) after the number of a product, where
    the operand ends (an operator, a bracket or the end follows)."""
    operator = r"(?:(?<![^\W_])(?:" + said("×", joined=True) + r"|[xX])|[×*·])"
    return compiled(
        rf"(?i){operator}[ \t]+\d[\d.,]*(?P<times>[ \t]+kali)(?![^\W_]){_ends()}"
    )


@cache
def _cue() -> tuple[str, ...]:
    return tuple(noun.lower() for noun in names_data()["weights"]["nouns"])


def weights_named(chars: list[str]) -> None:
    """Set aside the words that name a weight or a constant where an operand stands (see the
    module); a weight in brackets after a name multiplies it."""
    text = "".join(chars)
    for found in _times_after().finditer(text) if guards.holds(text, "kali") else ():
        blank(chars, *found.span("times"))  # "dikali 2,5 kali": the number of times
    if not guards.holds(text, *_cue()):
        return
    for found in _bracketed().finditer(text) if "(" in text else ():
        chars[found.start("open")] = "×"
        blank(chars, *found.span("words"))
        chars[found.start("close")] = " "
    text = "".join(chars)
    for found in _after_operator().finditer(text):
        blank(chars, *found.span("words"))
