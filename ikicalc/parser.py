"""Formula text → :class:`~ikicalc.formula.Formula`.

The grammar is ``grammar/formula.lark`` (LALR(1), contextual lexer). :class:`_Builder` is a
Lark ``Transformer`` applied while parsing: each rule becomes an AST node of
:mod:`ikicalc.ast`. Lark's exceptions never leave this module: they become
:class:`~ikicalc.errors.FormulaSyntaxError` with the position and, in plain words, what
was expected there.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from functools import cache, lru_cache
from typing import Any

from lark import Lark, Token, Transformer
from lark.exceptions import UnexpectedCharacters, UnexpectedEOF, UnexpectedInput, UnexpectedToken

from ikicalc import ast
from ikicalc._grammar import grammar_text
from ikicalc.errors import FormulaSyntaxError
from ikicalc.formula import Formula
from ikicalc.names import clean_name, counting_words
from ikicalc.numbers import parse_number

__all__ = ["MAX_DEPTH", "MAX_DIGITS", "MAX_LENGTH", "parse"]

MAX_LENGTH = 10_000
"""Longest formula text read, in characters (the longest seed formula has 330)."""

MAX_DEPTH = 64
"""Deepest nesting of operations in one formula."""

MAX_DIGITS = 30
"""Most digits in one written number."""

# What a terminal is called in an error message, grouped as a reader thinks of them.
_GROUPS: tuple[tuple[str, frozenset[str]], ...] = (
    ("a number or a name", frozenset({"NUMBER", "PHRASE", "TEXT_OPEN", "SIGMA", "FRAC"})),
    ("'('", frozenset({"LPAR", "LBRACE", "U_OPEN"})),
    ("an operator (+, -, ×, /)", frozenset({"ADD", "SUB", "MUL", "DIV"})),
    ("'%'", frozenset({"PERCENT"})),
    ("')'", frozenset({"RPAR"})),
    ("'}'", frozenset({"RBRACE"})),
    ("'</u>'", frozenset({"U_CLOSE"})),
    ("'$'", frozenset({"_MATH"})),
    ("'='", frozenset({"EQUAL"})),
    ("a list number such as '1.'", frozenset({"ITEM_NO"})),
    ("the end of the formula", frozenset({"$END"})),
)
# What the token found is called.
_FOUND: dict[str, str] = {
    "NUMBER": "number",
    "PHRASE": "name",
    "TEXT_OPEN": "name",
    "PERCENT": "percent sign",
    "ITEM_NO": "list number",
}
_OPERATORS = {"MUL", "DIV", "ADD", "PERCENT"}
_OPERANDS = {"NUMBER", "PHRASE", "LPAR", "SIGMA"}
_BLANK = re.compile(r"_{2,}|\.{4,}|…+")
_LATEX_COMMAND = re.compile(r"\\[a-zA-Z]+")


@dataclass(frozen=True, slots=True)
class _Name:
    """A name while it is being read: its text as written and its span."""

    text: str
    span: ast.Span


def _span(first: Any, last: Any) -> ast.Span:
    start = (first.start_pos or 0) if isinstance(first, Token) else first.span[0]
    end = (last.end_pos or 0) if isinstance(last, Token) else last.span[1]
    return (start, end)


def _decimal(token: Token) -> Decimal:
    digits = sum(ch.isdigit() for ch in token.value)
    if digits > MAX_DIGITS:
        raise FormulaSyntaxError(
            f"a number with more than {MAX_DIGITS} digits is not supported",
            "",
            token.start_pos or 0,
        )
    return parse_number(token.value)


class _Builder(Transformer[Token, Any]):
    """Build AST nodes from the rules of ``formula.lark`` (applied during LALR parsing)."""

    # ---- names
    def name(self, children: list[Token]) -> _Name:
        pieces: list[str] = []
        in_parens = False  # "(SKM)" inside a name keeps its brackets
        for token in children:
            if token.type == "LPAR":
                in_parens = True
            elif token.type == "RPAR":
                in_parens = False
            elif token.type == "PHRASE":
                text = clean_name(token.value)
                pieces.append(f"({text.rstrip(',').strip()})" if in_parens else text)
        text = " ".join(pieces).rstrip(",").rstrip()
        return _Name(text, _span(children[0], children[-1]))

    def variable(self, children: list[_Name]) -> ast.Variable:
        (name,) = children
        return self._variable(name)

    @staticmethod
    def _variable(name: _Name) -> ast.Variable:
        return ast.Variable(name.text, name.span)

    def sigma(self, children: list[Any]) -> ast.Sigma:
        sign, name = children
        return ast.Sigma(self._variable(name), _span(sign, name))

    # ---- numbers
    def number(self, children: list[Token]) -> ast.Number:
        (token,) = children
        return ast.Number(_decimal(token), _span(token, token))

    def percent(self, children: list[Token]) -> ast.Percent:
        number, sign = children
        return ast.Percent(_decimal(number), _span(number, sign))

    # ---- operations
    def _binary(self, op: ast.Op, left: ast.Expr, right: ast.Expr) -> ast.Binary:
        return ast.Binary(op, left, right, (left.span[0], right.span[1]))

    def add(self, children: list[Any]) -> ast.Binary:
        return self._binary(ast.Op.ADD, children[0], children[2])

    def sub(self, children: list[Any]) -> ast.Binary:
        return self._binary(ast.Op.SUB, children[0], children[2])

    def mul(self, children: list[Any]) -> ast.Binary:
        return self._binary(ast.Op.MUL, children[0], children[2])

    def div(self, children: list[Any]) -> ast.Expr:
        left, _, right = children
        # "Jumlah / Jenis ATK": a bare counting word on one side names no quantity, so the
        # slash joins two ways of counting one thing. It is one name, not a division.
        if isinstance(left, ast.Variable) and isinstance(right, ast.Variable):
            words = counting_words()
            if left.name.lower() in words or right.name.lower() in words:
                return ast.Variable(f"{left.name} / {right.name}", (left.span[0], right.span[1]))
        return self._binary(ast.Op.DIV, left, right)

    def frac(self, children: list[Any]) -> ast.Binary:
        numerator, denominator = (child for child in children if not isinstance(child, Token))
        return self._binary(ast.Op.DIV, numerator, denominator)

    def flat_fraction(self, children: list[Any]) -> ast.Binary:
        # "A x 100% B": a fraction flattened by a Word/PDF export; B stood under A.
        numerator, _, scale, name = children
        ratio = self._binary(ast.Op.DIV, numerator, self._variable(name))
        return ast.Binary(ast.Op.MUL, ratio, scale, (numerator.span[0], name.span[1]))

    def under_fraction(self, children: list[Any]) -> ast.Binary:
        numerator, name = children
        return self._binary(ast.Op.DIV, numerator, self._variable(name))

    def underlined(self, children: list[Any]) -> ast.Expr:
        return children[1]  # type: ignore[no-any-return]

    def neg(self, children: list[Any]) -> ast.Negate:
        sign, operand = children
        return ast.Negate(operand, _span(sign, operand))

    def unary(self, children: list[Any]) -> ast.Expr:
        return children[1]  # type: ignore[no-any-return]  # unary plus

    def atom(self, children: list[Any]) -> ast.Expr:
        return children[1]  # type: ignore[no-any-return]  # ( expr )

    def math(self, children: list[Any]) -> ast.Expr:
        return children[0]  # type: ignore[no-any-return]

    # ---- the whole cell
    def labelled(self, children: list[Any]) -> tuple[str, ast.Expr]:
        name, expr = children
        return (name.text, expr)

    def item(self, children: list[Any]) -> str:
        return children[1].text  # type: ignore[no-any-return]

    def items(self, children: list[str]) -> tuple[str, ...]:
        return tuple(children)

    def start(self, children: list[Any]) -> tuple[str | None, ast.Expr, tuple[str, ...]]:
        body = children[0]
        items: tuple[str, ...] = children[1] if len(children) > 1 else ()
        if isinstance(body, tuple):
            return (body[0], body[1], items)
        return (None, body, items)


@cache
def _parser() -> Lark:
    return Lark(
        grammar_text("formula"),
        parser="lalr",
        lexer="contextual",
        transformer=_Builder(),
        maybe_placeholders=False,
    )


_SUPPORTED_LATEX = r"\frac, \text{…}, \times, \cdot, \div, \sum, \%, \left( … \right)"
_UNSUPPORTED: dict[str, str] = {
    "^": "powers ('^') are not part of IKI formulas",
    ";": "';' separates two formulas; write one formula per cell",
    "=": "'=' may only follow the name of the formula (Tingkat … = …)",
    "<": "comparisons ('<', '>') are not formulas; is this a category scale?",
    ">": "comparisons ('<', '>') are not formulas; is this a category scale?",
    "≤": "comparisons are not formulas; is this a category scale?",
    "≥": "comparisons are not formulas; is this a category scale?",
}
# Closing symbols, and the opening symbols that make them plausible.
_CLOSERS = {"RPAR": "([", "RBRACE": "{", "U_CLOSE": "<u>", "_MATH": "$"}


def _plausible(expected: Iterable[str], text: str, pos: int) -> set[str]:
    """Drop what LALR lookahead merging lets in but the text so far rules out."""
    before = text[:pos]
    names = set(expected) - {"EQUAL", "COLON"}
    if names & _OPERANDS:
        names -= {"ADD", "SUB"}  # a sign is allowed there, but a value is what is missing
    opened = {
        "RPAR": sum(before.count(c) for c in "([") > sum(before.count(c) for c in ")]"),
        "RBRACE": before.count("{") > before.count("}"),
        "U_CLOSE": before.lower().count("<u>") > before.lower().count("</u>"),
        "_MATH": before.count("$") % 2 == 1,
    }
    plausible = {name for name in names if opened.get(name, True)}
    return plausible - {"ITEM_NO"} if plausible - {"ITEM_NO", "$END"} else plausible


def _describe(expected: Iterable[str]) -> str:
    names = set(expected)
    words = [word for word, group in _GROUPS if names & group]
    if not words:
        return "something else"
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " or " + words[-1]


def _syntax_error(text: str, error: UnexpectedInput) -> FormulaSyntaxError:
    if isinstance(error, UnexpectedCharacters):
        pos = error.pos_in_stream or 0
        blank = _BLANK.match(text, pos)
        if blank:
            return FormulaSyntaxError(
                f"a blank '{blank.group(0)}' stands where a number or a name should be",
                text,
                pos,
                blank.end(),
            )
        command = _LATEX_COMMAND.match(text, pos)
        if command:
            return FormulaSyntaxError(
                f"the LaTeX command '{command.group(0)}' is not supported; "
                f"ikicalc reads {_SUPPORTED_LATEX}",
                text,
                pos,
                command.end(),
            )
        char = text[pos]
        reason = _UNSUPPORTED.get(char)
        if reason is None:
            allowed = _plausible(error.allowed, text, pos)
            reason = f"unexpected character {char!r}; expected {_describe(allowed)}"
        return FormulaSyntaxError(reason, text, pos)
    if isinstance(error, UnexpectedToken):
        token = error.token
        if token.type == "$END":
            end = len(text.rstrip())
            expected = _plausible(error.expected, text, end)
            return FormulaSyntaxError(
                f"the formula ends too early; expected {_describe(expected)}", text, end
            )
        start = token.start_pos or 0
        end = token.end_pos or start + 1
        expected = _plausible(error.expected, text, start)
        if token.type == "RPAR" and "RPAR" not in expected:
            return FormulaSyntaxError(
                f"'{token.value}' closes a bracket that was never opened", text, start, end
            )
        if token.type in _OPERATORS and expected & _OPERANDS:
            return FormulaSyntaxError(
                f"'{token.value}' has no operand before it; expected {_describe(expected)}",
                text,
                start,
                end,
            )
        return FormulaSyntaxError(
            f"unexpected {_FOUND.get(token.type, 'symbol')} {token.value!r}; "
            f"expected {_describe(expected)}",
            text,
            start,
            end,
        )
    if isinstance(error, UnexpectedEOF):  # pragma: no cover - LALR reports $END as a token
        end = len(text.rstrip())
        expected = _plausible(error.expected, text, end)
        return FormulaSyntaxError(
            f"the formula ends too early; expected {_describe(expected)}", text, end
        )
    return FormulaSyntaxError(str(error), text, 0)  # pragma: no cover - lark has no other kind


def _check_depth(text: str, expr: ast.Expr) -> None:
    if ast.depth(expr) > MAX_DEPTH:
        raise FormulaSyntaxError(
            f"the formula nests more than {MAX_DEPTH} operations deep; split it into parts",
            text,
            expr.span[0],
            expr.span[1],
        )


def _too_deep(text: str) -> int | None:
    """Where brackets first nest deeper than :data:`MAX_DEPTH` (a cheap pre-check), or None."""
    level = 0
    for index, char in enumerate(text):
        if char in "([{":
            level += 1
            if level > MAX_DEPTH:
                return index
        elif char in ")]}":
            level -= 1
    return None


@lru_cache(maxsize=8192)
def parse(text: str) -> Formula:
    """Read formula text (a cell of an IKI/IKU document) as a :class:`Formula`.

    Results are cached: parsing the same text again returns the same (immutable) object.
    Raises :class:`~ikicalc.errors.FormulaSyntaxError` with the line, column and a caret
    excerpt when the text is not a formula.
    """
    if not isinstance(text, str):
        raise FormulaSyntaxError(f"a formula is text, not {type(text).__name__}")
    if len(text) > MAX_LENGTH:
        raise FormulaSyntaxError(
            f"the formula is {len(text)} characters long; at most {MAX_LENGTH} are read",
            text[:200],
            0,
        )
    if not text.strip():
        raise FormulaSyntaxError("the formula is empty", text, 0)
    where = _too_deep(text)
    if where is not None:
        raise FormulaSyntaxError(
            f"brackets nest more than {MAX_DEPTH} deep; split the formula into parts",
            text,
            where,
        )
    try:
        parsed: Any = _parser().parse(text)  # the _Builder turns the tree into a tuple
        label, expr, items = parsed
    except UnexpectedInput as error:
        raise _syntax_error(text, error) from None
    except FormulaSyntaxError as error:
        raise FormulaSyntaxError(error.reason, text, error.start, error.end) from None
    _check_depth(text, expr)
    return Formula(expr, label=label, items=items, source=text)
