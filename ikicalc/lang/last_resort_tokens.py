"""The tokens of the reading of last resort (:mod:`ikicalc.lang.last_resort`): operators (the
signs, and the operator words of ``[grammar]`` in ``data/names.toml``), numbers
(also said in words after an operator: ``seratus``), percent signs, brackets, bars of dashes,
``Σ``, footnote marks, and the words between them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ikicalc.lang import ast
from ikicalc.lang.operator_words import before_operand, said, sign_of, words_pattern
from ikicalc.names import counting_spellings, names_data

__all__ = ["OPS", "Token", "number_words", "op_of", "scan", "tokens"]

OPS = {"/": ast.Op.DIV, "×": ast.Op.MUL, "+": ast.Op.ADD, "-": ast.Op.SUB}


@cache
def tokens() -> re.Pattern[str]:
    """The pattern of the tokens; each match's group name is its kind."""
    words = said(joined=True, plain=True)
    operand = "|".join(sorted(counting_spellings()))
    before = words_pattern(before_operand())
    counted = r"(?i:(?:" + operand + r")(?![^\W_]))"
    spelled = (
        r"(?i:(?:" + "|".join(sorted(number_words(), key=len, reverse=True)) + r")(?![^\W_]))"
    )
    return re.compile(
        r"(?P<footnote>(?<!\()\*+\)|(?<=\s)\*+(?=[ \t]*(?:\n|$))"
        r"|(?<=[^\W\d_%)])\*+(?=[ \t]*(?:\n|$|[/÷×:+]))|[¹²³⁾])"
        r"|(?P<op>(?i:(?<![^\W_])(?:" + words + r")(?![^\W_]))"
        r"|(?i:(?<![^\W_])(?:" + before + r")(?=\s+(?:\d|" + counted + r"|" + spelled + r")))"
        r"|(?<=\s)/(?=\s)|/(?=[ \t]*(?:[(\[]|" + counted + r"))|(?<=[)\]%\d])[ \t]*/|/(?=[ \t]*\d)"
        r"|[÷×*·]|(?<![^\W_])[xX](?=[ \t]*\d|[ \t]+[^\W\d_(]|[ \t]*\()"
        r"|(?<=[^\W\d_])[xX](?=(?:100|1\.000)(?![\d.,]*\d))"
        r"|(?<=\s)[xX](?=\s)|\+|(?<=\s)[-−–—](?=\s)|(?<=[)\]])[ \t]*[-−–](?=[ \t]*[(\[])"
        r"|(?<=[)\]\s])−|−(?=[\s(\[])|(?<=\s):(?=\s))"
        r"|(?P<bar>[-_─–—‾]{4,})"
        r"|(?P<sigma>[Σ∑])"
        r"|(?P<percent>%|(?i:(?<![^\W_])(?:persen|prosen)(?![^\W_])))"
        r"|(?P<number>(?<![^\W_.,])\d+(?:[.,]\d+)*(?![^\W_])|(?<![^\W_])" + spelled + r")"
        r"|(?P<open>[(\[])|(?P<close>[)\]])|(?P<end>;)"
        r"|(?P<word>(?:(?!/(?=\s|[(]|" + counted + r"))(?![-_─–—‾=]{4})[^\s()\[\]÷×*·+;%Σ∑−])+)"
    )


@cache
def number_words() -> dict[str, int]:
    """Numbers said in words after an operator (``dikalikan seratus persen``)."""
    words = names_data()["layout"]["number_words"]
    return {" ".join(word.lower().split()): int(value) for word, value in words.items()}


def op_of(text: str) -> ast.Op:
    """The operation an operator token says (``dibagi dengan`` is ``/``)."""
    sign = text.strip().lower()
    if sign in ("/", "÷", ":"):
        return ast.Op.DIV
    if sign in ("×", "*", "·", "x"):
        return ast.Op.MUL
    if sign == "+":
        return ast.Op.ADD
    if sign in ("-", "−", "–", "—"):
        return ast.Op.SUB
    said_sign = sign_of(sign)
    if said_sign is None:  # pragma: no cover - the token pattern only finds these
        raise ValueError(text)
    return OPS[said_sign]


@dataclass(frozen=True)
class Token:
    """A token: its kind (``op``, ``percent``, ``number``, ``open``, ``close``, ``end``,
    ``bar``, ``sigma``, ``footnote``, ``word``), its text and its place in the cell."""

    kind: str  # op, percent, number, open, close, end, word, footnote
    text: str
    start: int
    end: int


def scan(text: str, start: int) -> list[Token]:
    """The tokens of ``text`` from ``start`` on."""
    return [
        Token(found.lastgroup or "word", found.group(0), found.start(), found.end())
        for found in tokens().finditer(text, start)
    ]
