"""Formula text → :class:`~ikicalc.lang.formula.Formula`.

Three steps, one grammar:

1. :mod:`ikicalc.lang.layout` reads the layout of the cell (words around the formula, legends,
   stacked fractions, numbers in words) and returns a text of the same length for the grammar,
   so that every offset still points into the cell as written.
2. The grammar ``grammar/formula.lark`` (LALR(1), contextual lexer) parses it. :class:`_Builder`
   is a Lark ``Transformer`` applied while parsing: each rule becomes an AST node of
   :mod:`ikicalc.lang.ast`. Numbers are read in the style the cell shows
   (:func:`ikicalc.numbers.number_style`).
3. :mod:`ikicalc.lang.reading` gives symbols their legend's names and decides slashes; guesses are
   kept in :attr:`Formula.guesses`.

Lark's exceptions never leave the reader: :mod:`ikicalc.lang.lark_errors` (shared with the scale
and target readers) applies the limits and hands over where the grammar stopped, and
:mod:`ikicalc.lang.messages` says in plain words what was expected there, or what ikicalc
does not read on purpose (function calls, powers, attribute access, code …), or not yet (Σ over
an expression, the mean of a sequence), as a :class:`~ikicalc.errors.FormulaSyntaxError` with
the position.
"""

from __future__ import annotations

import re
from contextvars import ContextVar
from dataclasses import dataclass
from decimal import Decimal
from functools import cache, lru_cache
from typing import Any

from lark import Lark, Token, Transformer

from ikicalc.errors import FormulaSyntaxError
from ikicalc.lang import ast
from ikicalc.lang.formula import Formula, Reading
from ikicalc.lang.grammars import build_parser
from ikicalc.lang.lark_errors import (
    MAX_DEPTH,
    MAX_DIGITS,
    MAX_LENGTH,
    check_text,
    parse_text,
    read_number,
)
from ikicalc.lang.layout import lay_out
from ikicalc.lang.messages import call_error, function_call, mean_error, syntax_error
from ikicalc.lang.reading import (
    CONSTANT,
    nesting,
    put_back,
    read_evidence,
    read_slashes,
    rename,
    symbol_names,
)
from ikicalc.names import clean_name, counting_words, name_key, names_data
from ikicalc.numbers import NumberStyle, number_style

__all__ = ["MAX_CHAIN", "MAX_DEPTH", "MAX_DIGITS", "MAX_LENGTH", "parse"]

# MAX_LENGTH (characters), MAX_DEPTH (brackets and operations) and MAX_DIGITS (in a number)
# are the limits of ikicalc.lang.lark_errors, the same for formulas, scales and targets.

@dataclass(frozen=True, slots=True)
class _Name:
    """A name while it is being read: its text as written and its span."""

    text: str
    span: ast.Span


def _span(first: Any, last: Any) -> ast.Span:
    start = (first.start_pos or 0) if isinstance(first, Token) else first.span[0]
    end = (last.end_pos or 0) if isinstance(last, Token) else last.span[1]
    return (start, end)


# The guesses the builder makes while parsing one cell (parse() collects them).
_GUESSES: ContextVar[list[Reading] | None] = ContextVar("guesses", default=None)
_COUNTING_START = re.compile(r"(?i)(?<=\s)(?:jumlah|jml|jmlh|total|banyaknya)\b")


def _denominator(name: _Name) -> ast.Variable:
    """The name below a flattened fraction (``A x 100 B``). Words before a counting word in it
    (``x 100 layak huni Jml rumah …``) are the second line of the label, interleaved by the
    export: the quantity starts at the counting word. That reading is a guess."""
    text = name.text
    counting = _COUNTING_START.search(text)
    before = {word.lower() for word in text[: counting.start()].split()} if counting else set()
    quantifiers = counting_words() | {"jml", "jmlh"} | set(names_data()["ratio"]["whole"])
    if counting is None or before & quantifiers:  # "Seluruh jumlah …" is one quantity
        return ast.Variable(text, name.span)
    kept = text[counting.start() :]
    span = (name.span[0] + counting.start(), name.span[1])
    guesses = _GUESSES.get()
    if guesses is not None:
        guesses.append(
            Reading(
                span,
                kept,
                text,
                "the words before the counting word look like the label's second line, "
                "interleaved by the Word/PDF export",
            )
        )
    return ast.Variable(kept, span)


def _has_division(node: ast.Expr) -> bool:
    return any(
        isinstance(sub, ast.Binary) and sub.op is ast.Op.DIV for sub in ast.walk(node)
    )


# How the cell being parsed writes its numbers (numbers.number_style), for the shared builder.
_STYLE: ContextVar[NumberStyle] = ContextVar("number_style", default="indonesian")


def _decimal(token: Token) -> Decimal:
    # The builder does not know the text: parse() adds it to the error (one shared builder).
    return read_number("", token, FormulaSyntaxError, _STYLE.get())


class _Builder(Transformer[Token, Any]):
    """Build AST nodes from the rules of ``formula.lark`` (applied during LALR parsing)."""

    # ---- names
    def name(self, children: list[Token]) -> _Name:
        # Words are joined by one space; brackets keep the spacing they were written with
        # ("PAD(t)", "(SKM)", "( K1 Akses )sesuai"); \text{…} pieces are separate words.
        text = ""
        previous: Token | None = None
        for token in children:
            if token.type in ("TEXT_OPEN", "RBRACE"):
                previous = token
                continue
            if token.type == "NAME_COMMA":  # "(atau jumlah siswa), tanpa …"
                text += ","
                continue
            if token.type in ("PHRASE", "QUALIFIER"):
                piece = clean_name(token.value)
                if previous is not None and previous.type == "LPAR":
                    piece = piece.rstrip(",").strip()
            else:
                piece = "(" if token.type == "LPAR" else ")"
            bracket = token.type in ("LPAR", "RPAR") or (
                previous is not None and previous.type in ("LPAR", "RPAR")
            )
            if not text:
                text = piece
            elif bracket and previous is not None and previous.end_pos == token.start_pos:
                text += piece
            else:
                text += " " + piece
            previous = token
        text = _NAME_END.sub("", text)
        if " " in text:  # the layout's stand-in for a letter x in a name of words
            text = text.translate(_LETTERS)
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

    def _divide(self, left: ast.Expr, right: ast.Expr) -> ast.Expr:
        # "Jumlah / Jenis ATK": a bare counting word on one side names no quantity, so the
        # slash joins two ways of counting one thing. It is one name, not a division. The
        # same holds however the division is written (/, \frac, a flattened fraction), so
        # that a formula and its canonical text read the same.
        if isinstance(left, ast.Variable) and isinstance(right, ast.Variable):
            words = counting_words()
            if left.name.lower() in words or right.name.lower() in words:
                return ast.Variable(f"{left.name} / {right.name}", (left.span[0], right.span[1]))
        return self._binary(ast.Op.DIV, left, right)

    def div(self, children: list[Any]) -> ast.Expr:
        left, _, right = children
        return self._divide(left, right)

    def frac(self, children: list[Any]) -> ast.Expr:
        numerator, denominator = (child for child in children if not isinstance(child, Token))
        return self._divide(numerator, denominator)

    def flat_fraction(self, children: list[Any]) -> ast.Binary:
        # "A x 100% B": a fraction flattened by a Word/PDF export; B stood under A.
        numerator, _, scale, *below = children
        name = below[-1]
        denominator: ast.Expr = _denominator(name)
        if len(below) == 2:  # Σ B
            denominator = ast.Sigma(self._variable(name), _span(below[0], name))
        ratio = self._divide(numerator, denominator)
        return ast.Binary(ast.Op.MUL, ratio, scale, (numerator.span[0], name.span[1]))

    def under_fraction(self, children: list[Any]) -> ast.Expr:
        numerator, name = children
        return self._divide(numerator, self._variable(name))

    def underlined(self, children: list[Any]) -> ast.Expr:
        return children[1]  # type: ignore[no-any-return]

    def implicit(self, children: list[Any]) -> ast.Binary:
        # "1/8 (A + B)": a bracket right after a number or a bracket multiplies
        left, _, right, close = children
        return ast.Binary(ast.Op.MUL, left, right, (left.span[0], close.end_pos or 0))

    def scaled(self, children: list[Any]) -> ast.Binary:
        # "A / B x 1.000 KH", "A / B per 100.000 penduduk": the multiplier of a rate, with
        # its unit. Without a ratio before it the words after the number stood below the
        # line ("A x 1.000 B", a flattened fraction; "A per 1.000 B").
        left, _, number, *rest = children
        factor = ast.Number(_decimal(number), _span(number, number))
        if rest and not _has_division(left):
            (unit,) = rest
            left = self._divide(left, _denominator(unit))
        end = rest[0].span[1] if rest else factor.span[1]
        return ast.Binary(ast.Op.MUL, left, factor, (left.span[0], end))

    def middle(self, children: list[Any]) -> tuple[str | None, ast.Expr | None]:
        label = children[0].text if children and isinstance(children[0], _Name) else None
        scale: ast.Expr | None = None
        for child in children:
            if isinstance(child, ast.Percent):
                scale = child
            elif isinstance(child, Token) and child.type == "NUMBER":
                scale = ast.Number(_decimal(child), _span(child, child))
        return (label, scale)

    def stacked(self, children: list[Any]) -> ast.Expr | tuple[str, ast.Expr]:
        # a fraction stacked over three lines: numerator, middle line, denominator
        numerator, (label, scale), denominator = children
        expr = self._divide(numerator, denominator)
        if scale is not None:
            expr = ast.Binary(ast.Op.MUL, expr, scale, (numerator.span[0], denominator.span[1]))
        return (label, expr) if label else expr

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
        if isinstance(expr, tuple):  # a stacked fraction with its own label line
            expr = expr[1]
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
    parser: Lark = build_parser(
        "formula",
        parser="lalr",
        lexer="contextual",
        transformer=_Builder(),
        maybe_placeholders=False,
    )
    return parser


# A name ends without the comma or period that follows it in the sentence ("… hadir.").
_NAME_END = re.compile(r"[\s,.]+$")
_LETTERS = str.maketrans({"ⅹ": "x", "Ⅹ": "X"})


MAX_CHAIN = 5000
"""Most operations in a row (``A1 + A2 + …``). Nesting (brackets, changes of precedence) is
limited by ``MAX_DEPTH``; a long flat chain only by this and by ``MAX_LENGTH``: every back end
folds the tree iteratively (:class:`ikicalc.lang.ast.Visitor`), so a sum of 1 000 terms parses,
evaluates, prints and compiles to SQL and Polars in linear time."""


def _check_depth(text: str, expr: ast.Expr) -> None:
    # each level of the tree takes at least one character, so a short text cannot break
    # the limits: skip the walks
    if len(text) > MAX_CHAIN and ast.depth(expr) > MAX_CHAIN:
        raise FormulaSyntaxError(
            f"the formula has more than {MAX_CHAIN} operations in a row; split it into parts",
            text,
            expr.span[0],
            expr.span[1],
        )
    if len(text) > MAX_DEPTH and nesting(expr) > MAX_DEPTH:
        raise FormulaSyntaxError(
            f"the formula nests more than {MAX_DEPTH} operations deep; split it into parts",
            text,
            expr.span[0],
            expr.span[1],
        )


# "1.206": a thousand and more, or one and a bit? ("100.000" is never 100 written with three
# needless zeros: no doubt there.)
_GROUPED = re.compile(r"(?<![\d.,\w])([1-9]\d{0,2})\.(?!000)(\d{3})(?![\d.,]*\d)")


def _thousands(text: str) -> tuple[Reading, ...]:
    """``1.000`` read as a thousand where nothing in the cell shows how it writes decimals."""
    return tuple(
        Reading(
            found.span(),
            found.group(1) + found.group(2),
            found.group(1) + "," + found.group(2),
            "a dot before three digits groups thousands in Indonesian; no decimal comma or "
            "decimal dot elsewhere in the cell says otherwise",
        )
        for found in _GROUPED.finditer(text)
    )


def _is_a_name(text: str) -> bool:
    """Whether ``text`` (a legend's definition) reads as one variable named as written."""
    try:
        return parse(text).expr == ast.Variable(text)
    except FormulaSyntaxError:
        return False


def _scaled_alone(expr: ast.Expr) -> bool:
    """``A × 100%``: a percent scale with no ratio anywhere."""
    return (
        isinstance(expr, ast.Binary)
        and expr.op is ast.Op.MUL
        and any(isinstance(node, ast.Percent) for node in (expr.left, expr.right))
        and not _has_division(expr)
    )


@lru_cache(maxsize=8192)
def parse(text: str) -> Formula:
    """Read formula text (a cell of an IKI/IKU document) as a :class:`Formula`.

    Results are cached: parsing the same text again returns the same (immutable) object.
    Raises :class:`~ikicalc.errors.FormulaSyntaxError` with the line, column and a caret
    excerpt when the text is not a formula.
    """
    text = check_text(text, "formula", FormulaSyntaxError)
    if not text.strip():
        raise FormulaSyntaxError("the formula is empty", text, 0)
    layout = lay_out(text)  # same length as text: offsets point into the cell as written
    style = number_style(layout.text)
    token = _STYLE.set(style)
    found: list[Reading] = []
    collecting = _GUESSES.set(found)
    try:
        # the _Builder turns the tree into (label, expression, items) while parsing
        parsed = parse_text(_parser(), layout.text, syntax_error, FormulaSyntaxError, "formula")
    except FormulaSyntaxError as error:
        if error.text and layout.text == text:
            raise
        # raised by the builder, which does not know the text, or on the laid-out text
        raise FormulaSyntaxError(error.reason, text, error.start, error.end) from None
    finally:
        _STYLE.reset(token)
        _GUESSES.reset(collecting)
    label, expr, items = parsed
    call = function_call(text, len(text)) if "(" in text else None
    if call is not None:  # 'max(A, B)' reads as a name; it is a call
        raise call_error(text, call)
    mean = mean_error(text) if "(" in text else None
    if mean is not None:  # 'rata-rata (A, B)' reads as a name; it is a mean
        raise mean
    symbols = symbol_names(expr, layout.legend) if layout.legend or "(" in text else {}
    if symbols:  # only the symbols the formula uses, and only names that read as one name
        used = {
            spelled
            for v in ast.walk(expr)
            if isinstance(v, ast.Variable)
            for piece in (v.name, *v.name.split("/"))
            for spelled in (piece, name_key(piece))
        } | ({name_key(label)} if label else set())
        symbols = {
            symbol: name
            for symbol, name in symbols.items()
            if symbol in used and (_is_a_name(name) or CONSTANT.fullmatch(name))
        }
    if layout.lost_bar is not None:
        expr, lost = put_back(text, expr, layout.lost_bar, style)
        found.extend(lost)
    guesses: tuple[Reading, ...] = tuple(found)
    if "/" in text and any(
        isinstance(v, ast.Variable) and "/" in v.name for v in ast.walk(expr)
    ):
        expr, slashes = read_slashes(expr, symbols, _scaled_alone(expr))
        guesses += slashes
    read, evident = read_evidence(expr, text)
    # the canonical text of a formula means what it says: no evidence reading applies to it
    if evident and str(Formula(expr, label=label, items=items)) != text.strip():
        expr, guesses = read, guesses + evident
    if symbols:
        expr = rename(expr, symbols)
        if label is not None:
            label = symbols.get(name_key(label), label)
    if style == "indonesian":
        guesses += _thousands(layout.text)
    _check_depth(text, expr)
    return Formula(expr, label=label, items=items, source=text, guesses=guesses)
