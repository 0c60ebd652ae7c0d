"""A share of the operand before it, added or deducted: said with ``-nya``, or naming the
operand again.

Laws say an increase as the quantity plus a share of itself, the share a fraction said in
words with the possessive ``-nya`` that points back to what was just named: ``diancam dengan
pidana … ditambah dengan sepertiganya`` (UU 9/1976: the penalty plus a third of it),
``ditambah setengahnya``, ``dikurangi seperempatnya``, ``ditambah dua pertiganya``. The
grammar reads the word as a name (``sepertiganya``); read after it, the word is the fraction
(Indonesian fractions: ``se``/a number said in words, ``per``, a number said in words; or
``setengah``, ``separuh``) times the operand before the ``+``/``−``: ``A + A / 3``. A guess,
recorded (lint ``W110``).

Tariff laws say a surcharge the same way, naming the operand again after the rate: ``biaya
izin sebagaimana dimaksud dalam Pasal 1 ditambah denda sebesar 25% … dari besarnya biaya izin``
(PP 134/2000), ``selisih pajak A dengan pajak B ditambah denda administrasi sebesar 25% … dari
selisih pajak yang terhutang`` (UU 12/1985). Where the share's operand, without its ``besarnya``
or ``jumlah``, opens with the words the operand before the ``+``/``−`` opens with (two or more),
it names that operand again: ``A + 25% × A``, ``(A − B) + 25% × (A − B)`` for a ``selisih``
(:func:`named_again`; a guess, recorded). The words that name the surcharge (``denda``) are set
aside before the rate by :func:`ikicalc.lang.rates.rate_described`.

Criminal laws say an increase of a penalty by a fraction alone, its operand understood: ``…
tidak melebihi maksimum pidana yang terberat ditambah 1/3 (satu per tiga)`` (UU 1/2023),
``pidana denda maksimum … ditambah 1/3 (sepertiga)``. Where the whole formula is ``A ± p/q``
with a proper fraction of whole numbers (no amount is summed with a bare third), the fraction
is that share of ``A``: ``A + A / 3`` (a guess, recorded). So is a percent added to or
deducted from a name alone in words (``uang-harian tersebut dikurangi dengan 50%``, PP 9/1956:
``A − 50% × A``); not in signs (``Nilai capaian - 50%``), nor after a ratio (``A / B × 100% −
100%``): differences in points.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

from ikicalc.errors import IkiError
from ikicalc.i18n import N_
from ikicalc.lang import ast
from ikicalc.lang.formula import Reading
from ikicalc.lang.printer import expression_text
from ikicalc.patterns import lazy

__all__ = ["AGAIN", "ALONE", "REASON", "fraction_alone", "named_again", "shares_of_it"]

REASON = N_(
    "a fraction said with '-nya' after 'ditambah'/'dikurangi' is that share of the operand "
    "before it ('A ditambah sepertiganya': A + A / 3)"
)

ALONE = N_(
    "a fraction alone added to or deducted from an amount ('A ditambah 1/3 (sepertiga)') is "
    "that share of the amount: A + A / 3"
)

AGAIN = N_(
    "a share added to an amount is taken of the amount named again ('A ditambah denda sebesar "
    "25% dari besarnya A'): the same amount"
)
_SAID_SUM = lazy(r"(?i)(?<![^\W_])(?:ditambah|dikurangi)(?![^\W_])")
# the words before a name that say "the amount of" it, and those after that point back
_AMOUNT_OF = frozenset({"besarnya", "besaran", "jumlah", "nilai", "dari"})
_POINTING = frozenset({"tersebut", "itu", "dimaksud"})

_SHARE = lazy(
    r"(?i)(?:(?P<over>se|[a-z ]+?)[ \t]*per[ \t]*(?P<under>[a-z ]+?)|(?P<half>setengah|separuh))nya"
)


def _fraction(word: str) -> Fraction | None:
    """The fraction ``word`` says (``sepertiganya`` is 1/3, ``dua pertiganya`` 2/3)."""
    from ikicalc.rules.terbilang import words_to_number

    found = _SHARE.fullmatch(" ".join(word.split()))
    if found is None:
        return None
    if found.group("half"):
        return Fraction(1, 2)
    over, under = found.group("over").strip(), found.group("under").strip()
    try:
        numerator = 1 if over.lower() == "se" else words_to_number(over)
        denominator = words_to_number(under)
    except IkiError:
        return None
    if not isinstance(numerator, int) or not isinstance(denominator, int) or not denominator:
        return None
    share = Fraction(numerator, denominator)
    return share if 0 < share < 1 else None


def _share(of: ast.Expr, share: Fraction, span: ast.Span) -> ast.Expr:
    """``of × share`` as a reader writes it: ``A / 3``, ``A × 2 / 3``."""
    scaled = of
    if share.numerator != 1:
        scaled = ast.Binary(ast.Op.MUL, of, ast.Number(Decimal(share.numerator), span), span)
    return ast.Binary(ast.Op.DIV, scaled, ast.Number(Decimal(share.denominator), span), span)


def shares_of_it(node: ast.Expr) -> tuple[ast.Expr, tuple[Reading, ...]]:
    """``node`` with each ``A + sepertiganya`` read ``A + A / 3`` (see the module)."""
    readings: list[Reading] = []

    def rewrite(part: ast.Expr) -> ast.Expr:
        if not (
            isinstance(part, ast.Binary)
            and part.op in (ast.Op.ADD, ast.Op.SUB)
            and isinstance(part.right, ast.Variable)
            and part.right.name.lower().endswith("nya")
        ):
            return part
        share = _fraction(part.right.name)
        if share is None:
            return part
        new = ast.Binary(part.op, part.left, _share(part.left, share, part.right.span), part.span)
        readings.append(Reading(part.span, expression_text(new), expression_text(part), REASON))
        return new

    return ast.transform(node, rewrite), tuple(readings)


def fraction_alone(node: ast.Expr, text: str) -> tuple[ast.Expr, tuple[Reading, ...]]:
    """``node`` read ``A ± A × p / q`` where the whole formula is ``A ± p / q`` with a proper
    fraction of whole numbers (see the module: ``pidana … ditambah 1/3 (sepertiga)``); a
    percent only where ``text`` says the operation in words (``A - 50%`` after a quantity in
    percent is a difference in points)."""
    alone = _alone(node)
    if isinstance(node, ast.Binary) and isinstance(node.right, ast.Percent):
        alone = alone if _SAID_SUM.search(text) else None
    if alone is None or not isinstance(node, ast.Binary):
        return node, ()
    share = (
        ast.Binary(ast.Op.MUL, node.right, node.left, node.right.span)  # "50% × A"
        if isinstance(node.right, ast.Percent)
        else _share(node.left, alone, node.right.span)
    )
    new = ast.Binary(node.op, node.left, share, node.span)
    return new, (Reading(node.right.span, expression_text(new), expression_text(node), ALONE),)


def _alone(node: ast.Expr) -> Fraction | None:
    """The share of a formula ``A ± p / q`` (a constant no amount is summed with), or of a
    name and a percent (``uang-harian tersebut dikurangi dengan 50%``, PP 9/1956)."""
    if (
        isinstance(node, ast.Binary)
        and node.op in (ast.Op.ADD, ast.Op.SUB)
        and isinstance(node.left, ast.Variable)
        and isinstance(node.right, ast.Percent)
        and 0 < node.right.value < 100
    ):
        return Fraction(node.right.value) / 100
    if not (
        isinstance(node, ast.Binary)
        and node.op in (ast.Op.ADD, ast.Op.SUB)
        and isinstance(node.right, ast.Binary)
        and node.right.op is ast.Op.DIV
        and isinstance(node.right.left, ast.Number)
        and isinstance(node.right.right, ast.Number)
        and node.right.right.value
        and any(isinstance(part, ast.Variable) for part in ast.walk(node.left))
    ):
        return None
    over, under = node.right.left.value, node.right.right.value
    if over != over.to_integral_value() or under != under.to_integral_value():
        return None
    share = Fraction(int(over), int(under))
    return share if 0 < share < 1 else None


def named_again(node: ast.Expr) -> tuple[ast.Expr, tuple[Reading, ...]]:
    """``node`` with each ``A ± r × B`` where ``B`` names ``A`` again read ``A ± r × A`` (see
    the module)."""
    readings: list[Reading] = []

    def rewrite(part: ast.Expr) -> ast.Expr:
        if not (
            isinstance(part, ast.Binary)
            and part.op in (ast.Op.ADD, ast.Op.SUB)
            and isinstance(part.right, ast.Binary)
            and part.right.op is ast.Op.MUL
            and _rate(part.right.left)
            and isinstance(part.right.right, ast.Variable)
        ):
            return part
        again = part.right.right
        if again == part.left or not _names_again(again.name, part.left):
            return part
        share = ast.Binary(ast.Op.MUL, part.right.left, part.left, part.right.span)
        new = ast.Binary(part.op, part.left, share, part.span)
        readings.append(Reading(again.span, expression_text(part.left), again.name, AGAIN))
        return new

    return ast.transform(node, rewrite), tuple(readings)


def _rate(node: ast.Expr) -> bool:
    """Whether ``node`` is a rate: a number, a percent, or a fraction of whole numbers
    (``1/3 (sepertiga) dari denda tersebut``, UU 18/2009)."""
    if isinstance(node, (ast.Number, ast.Percent)):
        return True
    return (
        isinstance(node, ast.Binary)
        and node.op is ast.Op.DIV
        and isinstance(node.left, ast.Number)
        and isinstance(node.right, ast.Number)
    )


def _names_again(name: str, operand: ast.Expr) -> bool:
    """Whether ``name`` names ``operand`` again: its words (without ``besarnya``, ``jumlah`` …
    before them and ``tersebut`` after) open the operand's name, or stand in it whole where
    they are two or more (``ancaman pidana denda yang dijatuhkan … ditambah dengan 1/3
    (sepertiga) dari pidana denda``, UU 27/2003), or, pointing back, are one word that opens it
    (``denda … ditambah 1/3 (sepertiga) dari denda tersebut``, UU 18/2009); or, after
    ``selisih``, the names of both sides of the operand's difference."""
    words = name.lower().split()
    difference = bool(words) and words[0] == "selisih"
    words = words[1:] if difference else words
    pointed = bool(words) and words[-1] in _POINTING
    while words and words[-1] in _POINTING:
        words = words[:-1]
    said = words  # "jumlah pajak tersebut": the words that point back, "jumlah" and all
    words = _without_amount(words)
    if pointed and not difference and len(words) < 2 <= len(said) and _opens(operand, said):
        return True  # "… dan/atau bukti setoran pajak + 4 × jumlah pajak tersebut" (PP 74/2011)
    if pointed and not difference and len(words) == 1:
        return _opens(operand, words)  # "denda … + 1/3 × denda tersebut"
    if pointed and not difference and not words and said:
        return isinstance(operand, ast.Variable)  # "A + 1/2 × jumlah tersebut": that amount
    if len(words) < 2:
        return False
    if difference:
        return (
            isinstance(operand, ast.Binary)
            and operand.op is ast.Op.SUB
            and _opens(operand.left, words)
            and _opens(operand.right, words)
        )
    return _opens(operand, words) or _holds(operand, words)


def _holds(operand: ast.Expr, words: list[str]) -> bool:
    """Whether ``operand`` is a name that holds ``words`` one after the other."""
    if not isinstance(operand, ast.Variable):
        return False
    named, size = operand.name.lower().split(), len(words)
    return any(named[at : at + size] == words for at in range(1, len(named) - size + 1))


def _opens(operand: ast.Expr, words: list[str]) -> bool:
    """Whether ``operand`` is a name that opens with ``words``, or does after the words that
    say "the amount of" (``Besarnya denda …``)."""
    if not isinstance(operand, ast.Variable):
        return False
    named = operand.name.lower().split()
    return words in (named[: len(words)], _without_amount(named)[: len(words)])


def _without_amount(words: list[str]) -> list[str]:
    """``words`` without the words before a name that say "the amount of" it."""
    while words and words[0] in _AMOUNT_OF:
        words = words[1:]
    return words
