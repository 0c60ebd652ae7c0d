"""Operations said in words apply in the order they are said: ``A ditambah B dibagi C`` is
``(A + B) / C``, as a careful reader of a regulation reads it (see
:func:`ikicalc.lang.reading.read_evidence`; a guess, lint ``W110``)."""

from __future__ import annotations

import re
from functools import cache

from ikicalc.i18n import N_
from ikicalc.lang import ast
from ikicalc.lang.chars import text_of
from ikicalc.lang.formula import Reading
from ikicalc.lang.layout_cues import blank
from ikicalc.lang.operator_words import (
    adverbs,
    before_operand,
    joiners,
    operator_words,
    said,
    words_pattern,
)
from ikicalc.lang.preamble import introduced
from ikicalc.lang.printer import expression_text
from ikicalc.lang.typos import mended
from ikicalc.patterns import compiled, lazy

__all__ = ["REASON", "deducted_after", "deducted_in_order", "deducted_last", "in_order_said"]

REASON = N_("operations said in words apply in the order they are said")


@cache
def _sum_word() -> re.Pattern[str]:
    return compiled(rf"(?i)\b{said('+-', plain=True)}\b")


@cache
def _product_word() -> re.Pattern[str]:
    short = words_pattern(word for word in before_operand() if word != "per")
    return compiled(rf"(?i)\b(?:{said('/×', plain=True)}|{short})\b")


# "A setelah dikurangi B dikalikan C": the deduction, then another operation said in words in
# the same sentence (no period, semicolon or line of a list between them); an adverb may stand
# between ("setelah terlebih dahulu dikurangi")
@cache
def _deducted_then() -> re.Pattern[str]:
    return compiled(
        rf"(?i)(?<![^\W_])(?:setelah|sesudah)(?:\s+(?:{words_pattern(adverbs())}))?\s+"
        rf"(?=(?:{words_pattern(operator_words()['-'])})(?![^\W_]))([^.;:=]*)"
    )


@cache
def _joiners() -> re.Pattern[str]:
    return compiled(rf"(?i)\s+(?:{words_pattern(joiners())})(?![^\W_])")


# the last operation said in words before a deduction, in its sentence: "X dikalikan A setelah
# dikurangi B" (its joiner too: "dikalikan dengan A")
@cache
def _said_before() -> re.Pattern[str]:
    return compiled(rf"(?i)(?<![^\W_])(?P<op>{said('/×', joined=True)})(?![^\W_])[^.;:=]*$")


def deducted_in_order(chars: list[str]) -> None:
    """``A setelah dikurangi B dikalikan C``: ``setelah dikurangi`` (after deducting) alone
    names what remains (``keuntungan … setelah dikurangi pajak``, one quantity, in a formula
    written with signs); when another operation is said in words after it in the sentence, it
    is a subtraction, and the operations apply in the order said: ``(A − B) × C``. So it is
    when the joiner says the operation (``… dalam bentuk piutang setelah dikurangi dengan
    penyisihan piutang …``, Perka LAPAN 2/2014), and in a sentence whose words before the
    formula say it is computed (``… adalah A setelah dikurangi B``: the sentence states an
    operation, :func:`ikicalc.lang.preamble.introduced`), and after a comma, a clause of its own
    (``Uang tunai … yang telah ditegah, setelah dikurangi pembayaran sanksi …``, PP 99/2016).
    After a product or a division said in
    words, with nothing computed after it, what remains of the operand before it is the
    operand: ``X dikalikan A setelah dikurangi B`` is ``X × (A − B)`` (the bracket opens in the
    blank before A and closes after B). ``setelah`` is set aside (a guess, made with the order
    said)."""
    text = text_of(chars)
    if "etelah" not in text and "esudah" not in text:
        return
    for found in _deducted_then().finditer(text):
        after = found.group(1)[len(found.group(1).split(maxsplit=1)[0]) :]  # "dikurangkan"
        joined = _joiners().match(after)
        later = _product_word().search(after) or _sum_word().search(after)
        prior = _said_before().search(text, 0, found.start()) if not later else None
        if prior is not None and _group(chars, text, prior.end("op"), found):
            continue
        clause = text[: found.start()].rstrip().endswith(",")  # "A …, setelah dikurangi B,"
        if joined or later or clause or introduced(text, found.start()):
            blank(chars, found.start(), found.start(1))


_WORD_AT = lazy(r"(?<=\s)[^\W\d_]")


def _group(chars: list[str], text: str, start: int, found: re.Match[str]) -> bool:
    """``X dikalikan A setelah dikurangi B``: ``(A − B)``, the bracket opening in the blank
    before A (``start`` is where the operator word ends) and closing on the period that ends
    the sentence or in the blank after B; ``False`` where there is no room."""
    first = _WORD_AT.search(text, start, found.start())
    closing = text_of(chars).rstrip()
    last = len(closing) - 1 if closing.endswith((".", ";")) else len(closing)
    said_end = found.start(1) + len(found.group(1).rstrip())
    if first is None or last >= len(chars) or last < said_end:
        return False
    blank(chars, found.start(), found.start(1))
    chars[first.start() - 1] = "("
    chars[last] = ")"
    return True


_DEDUCTED_LAST = lazy(
    r"(?i)(?<![^\W_])(setelah|sesudah)[ \t\n]+dikurangi(?:[ \t\n]+dengan)?[ \t\n]+\S"
)


def deducted_last(chars: list[str], text: str, start: int) -> None:
    """``mengalikan A dengan B setelah dikurangi C`` (the verb's second operand, ``text`` from
    ``start`` on, ends with a deduction and nothing else computes after it): ``A × (B − C)``,
    what remains of B after deducting C (Perda Purwakarta 3/2013: the tax is the rate times
    the base less the untaxed value). The bracket opens in the joiner's place (``chars`` has
    the sign there, padded) and closes on the period that ends the sentence, or in the blank
    left after the last word."""
    found = _DEDUCTED_LAST.search(text, start) if "ikurangi" in text else None
    if found is None or not "".join(chars[start - 1 : start]).isspace():
        return
    rest = text[found.end() :]
    if _sum_word().search(rest) or _product_word().search(rest) or re.search(r"[-+×*/÷]", rest):
        return
    end = len(chars)
    closing = text_of(chars).rstrip()
    last = len(closing) - 1 if closing.endswith((".", ";")) else len(closing)
    if last >= end or last <= found.end():
        return
    blank(chars, *found.span(1))
    chars[start - 1] = "("
    chars[last] = ")"


def _open_at(text: str, start: int, end: int) -> bool:
    """Whether a bracket opened in ``text[start:end]`` is still open at ``end`` (closing
    brackets of what stands before ``start`` aside)."""
    depth = 0
    for char in text[start:end]:
        if char in "([{":
            depth += 1
        elif char in ")]}":
            depth = max(depth - 1, 0)
    return depth > 0


_AFTER_WORD = lazy(r"(?i)(?<![^\W_])(?:setelah|sesudah)(?![^\W_])")
_OF_WORD = lazy(r"(?i)(?<![^\W_])dari(?![^\W_])")
_LISTED = lazy(r"(?i)[ \t\n]*(?:,[ \t\n]*)?(?:(?:dan|serta)[ \t\n]+)?")  # between a list's items
_DIFFERENCE_OF = lazy(
    r"(?i)\b(?:selisih|perbedaan)(?:[ \t\n]+(?:lebih|kurang))?[ \t\n]+antara[ \t\n]*$"
)
DEDUCTED_REASON = N_(
    "what remains after a deduction is the operand the operation before it works on, and a "
    "share is of all that follows it"
)


def _terms(node: ast.Expr) -> list[tuple[ast.Op | None, ast.Expr]]:
    """The terms of a sum or difference, left to right, each with the sign before it."""
    terms: list[tuple[ast.Op | None, ast.Expr]] = []
    while isinstance(node, ast.Binary) and node.op in (ast.Op.ADD, ast.Op.SUB):
        terms.append((node.op, node.right))
        node = node.left
    return [(None, node), *reversed(terms)]


def _summed(first: ast.Expr, terms: list[tuple[ast.Op | None, ast.Expr]]) -> ast.Expr:
    for op, term in terms:
        first = ast.Binary(op or ast.Op.ADD, first, term, (first.span[0], term.span[1]))
    return first


def _shared(term: ast.Expr, text: str) -> bool:
    """Whether ``term`` is a share of a base of its own (``0,25% … dari B``)."""
    return (
        isinstance(term, ast.Binary)
        and term.op is ast.Op.MUL
        and isinstance(term.left, ast.Percent | ast.Number)
        and _OF_WORD.search(text, term.left.span[1], term.right.span[0]) is not None
    )


def deducted_after(node: ast.Expr, text: str) -> tuple[ast.Expr, tuple[Reading, ...]]:
    """``X dikalikan A setelah dikurangi B``: what remains after the deduction is what the
    product works on, ``X × (A − B)`` (Perda Purwakarta 3/2013, UU 28/2009), where the layout
    found no room to write the bracket (the cell ends with the last name); and ``15 % dari A
    dikurangi B`` is a share of the base net of what is deducted from it, ``15 % × (A − B)``,
    up to an addition (``… dikurangi B ditambah C``: ``15 % × (A − B) + C``). A guess."""
    terms = _terms(node)
    first = terms[0][1]
    if len(terms) < 2 or not isinstance(first, ast.Binary):
        return node, ()
    if first.op not in (ast.Op.MUL, ast.Op.DIV):
        return node, ()
    head, operand = first.left, first.right
    if terms[1][0] is ast.Op.SUB and _AFTER_WORD.search(text, operand.span[1], terms[1][1].span[0]):
        listed = 2  # "… atas A setelah dikurangi dengan B, C, dan D" (PP 80/2010): the list's
        while listed < len(terms) and terms[listed][0] is ast.Op.SUB and _LISTED.fullmatch(
            text, terms[listed - 1][1].span[1], terms[listed][1].span[0]
        ):  # items are deducted all
            listed += 1
        rest = _summed(operand, terms[1:listed])
        inner = ast.Binary(first.op, head, rest, (first.span[0], rest.span[1]))
        grouped = _summed(inner, terms[listed:])
    elif (
        isinstance(head, ast.Percent | ast.Number)
        and first.op is ast.Op.MUL
        and _OF_WORD.search(text, head.span[1], operand.span[0])
        and not _DIFFERENCE_OF.search(text, 0, head.span[0])  # "selisih antara 15% dari A
        # dengan B" (PP 37/2003): the share is the difference's first term, 15% × A − B; "a. 80
        # % (…) dari gaji pokok;" / "b. tunjangan keluarga; …": of its list item only
        and ";" not in text[operand.span[1] : terms[1][1].span[0]]
        and not any(_shared(term, text) for _, term in terms[1:])  # "10% dari A dan 5% dari B"
        and terms[1][0] is ast.Op.SUB  # "50% dari A ditambah 1": 50% × A + 1 (UU 17/2014)
    ):
        netted = 1  # the deductions from the base, up to the first addition
        while netted < len(terms) and terms[netted][0] is ast.Op.SUB:
            netted += 1
        rest = _summed(operand, terms[1:netted])
        share = ast.Binary(ast.Op.MUL, head, rest, (first.span[0], rest.span[1]))
        grouped = _summed(share, terms[netted:])
    else:
        return node, ()
    reading = Reading(node.span, expression_text(grouped), expression_text(node), DEDUCTED_REASON)
    return grouped, (reading,)


def _weighs(node: ast.Expr) -> bool:
    """Whether the last term of ``node`` is a quantity times a number (``A dikali 0,3``,
    ``A × 30%``): a weighted term; two of them around a sum said in words are a weighted sum
    (arith14)."""
    while isinstance(node, ast.Binary) and node.op in (ast.Op.ADD, ast.Op.SUB):
        node = node.right
    return (
        isinstance(node, ast.Binary)
        and node.op is ast.Op.MUL
        and isinstance(node.right, ast.Number | ast.Percent)
        and not isinstance(node.left, ast.Number | ast.Percent)
        and node.right.value not in (100, 1000, 10000, 100000)  # a scale ("dikali 100%")
    )


def in_order_said(node: ast.Expr, text: str) -> tuple[ast.Expr, tuple[Reading, ...]]:
    """``A ditambah B dibagi C``: operations said in words apply in the order they are said,
    ``(A + B) / C`` (a sum said in words, then a division or a product; or a sum written in
    signs, then a division or a product said in words: ``A + B + C dibagi 3``). A number
    after the sum binds to a quantity it multiplies (``A ditambah 2,5 kali B``), not to a
    division said in words after it: ``suku bunga acuan ditambah 10% (sepuluh persen) dan
    dibagi 12 (dua belas)`` is ``(A + 10%) / 12`` (UU 11/2020). A guess."""
    if not isinstance(node, ast.Binary) or node.op not in (ast.Op.ADD, ast.Op.SUB):
        return node, ()
    if "etelah" in text or "esudah" in text or "dari" in text:
        regrouped, readings = deducted_after(node, text)
        if readings:
            return regrouped, readings
    between = text[node.left.span[1] : node.right.span[0]]
    spine: list[ast.Binary] = []
    current = node.right
    while isinstance(current, ast.Binary) and current.op in (ast.Op.MUL, ast.Op.DIV):
        spine.append(current)
        current = current.left
    if not spine:
        return node, ()
    words = _product_word()
    if not _sum_word().search(between):
        text = mended(text)  # "A dikurangl B, dikalikau C": the words as OCR misread them
        between = text[node.left.span[1] : node.right.span[0]]
    divided = text[current.span[1] : spine[-1].right.span[0]]
    if isinstance(current, ast.Number | ast.Percent) and not (
        spine[-1].op is ast.Op.DIV and words.search(divided)
    ):
        return node, ()  # "A ditambah 2,5 kali B": a coefficient binds to its quantity
    if _open_at(text, node.left.span[1], spine[-1].right.span[0]):
        return node, ()  # "A + ((B) berbanding (C))": the brackets group the product
    if _weighs(node.left) and len(spine) == 1 and _weighs(spine[0]):
        return node, ()  # "A dikali 0,3 ditambah B dikali 0,7": each term with its weight
    # "A + B + C dibagi 3": the sum written in signs, the division after it said in words
    in_signs = words.search(divided) and not words.search(between)
    if not _sum_word().search(between) and not in_signs:
        return node, ()
    first = current
    grouped: ast.Expr = ast.Binary(node.op, node.left, first, (node.span[0], first.span[1]))
    for step in reversed(spine):
        grouped = ast.Binary(step.op, grouped, step.right, (node.span[0], step.span[1]))
    return grouped, (Reading(node.span, expression_text(grouped), expression_text(node), REASON),)
