"""Formula text → :class:`~ikicalc.formula.Formula`.

The grammar is ``grammar/formula.lark`` (LALR(1), contextual lexer). :class:`_Builder` is a
Lark ``Transformer`` applied while parsing: each rule becomes an AST node of
:mod:`ikicalc.ast`. Lark's exceptions never leave the reader: :mod:`ikicalc.lark_errors`
(shared with the scale and target readers) applies the limits and hands over where the
grammar stopped, and this module says in plain words what was expected there, or what
ikicalc does not read on purpose (function calls, powers, attribute access, code …), as a
:class:`~ikicalc.errors.FormulaSyntaxError` with the position.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from functools import cache, lru_cache
from typing import Any

from lark import Lark, Token, Transformer

from ikicalc import ast
from ikicalc._grammar import grammar_text
from ikicalc.errors import FormulaSyntaxError
from ikicalc.formula import Formula
from ikicalc.lark_errors import (
    MAX_DEPTH,
    MAX_DIGITS,
    MAX_LENGTH,
    Problem,
    check_text,
    describe,
    parse_text,
    read_number,
)
from ikicalc.names import clean_name, counting_words

__all__ = ["MAX_DEPTH", "MAX_DIGITS", "MAX_LENGTH", "parse"]

# MAX_LENGTH (characters), MAX_DEPTH (brackets and operations) and MAX_DIGITS (in a number)
# are the limits of ikicalc.lark_errors, the same for formulas, scales and targets.

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
_GROUP_WORDS = {word: word for word, _ in _GROUPS}
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


def _has_division(node: ast.Expr) -> bool:
    return any(
        isinstance(sub, ast.Binary) and sub.op is ast.Op.DIV for sub in ast.walk(node)
    )


def _decimal(token: Token) -> Decimal:
    # The builder does not know the text: parse() adds it to the error (one shared builder).
    return read_number("", token, FormulaSyntaxError)


class _Builder(Transformer[Token, Any]):
    """Build AST nodes from the rules of ``formula.lark`` (applied during LALR parsing)."""

    # ---- names
    def name(self, children: list[Token]) -> _Name:
        pieces: list[str] = []
        in_parens = False  # "(SKM)" inside a name keeps its brackets
        glued = False  # "PAD(t)": a bracket written against the word stays against it
        previous_end: int | None = None
        for token in children:
            if token.type == "LPAR":
                in_parens = True
                glued = token.start_pos == previous_end
            elif token.type == "RPAR":
                in_parens = False
            elif token.type == "PHRASE":
                text = clean_name(token.value)
                if in_parens:
                    piece = f"({text.rstrip(',').strip()})"
                    if glued and pieces:
                        pieces[-1] += piece
                        continue
                    pieces.append(piece)
                else:
                    pieces.append(text)
            previous_end = token.end_pos
        text = _NAME_END.sub("", " ".join(pieces))
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
        numerator, _, scale, name = children
        ratio = self._divide(numerator, self._variable(name))
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
            left = self._divide(left, self._variable(unit))
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
    "!": "'!' is not part of IKI formulas (they have no logic and no factorials)",
    "|": "'|' is not part of IKI formulas (they have no logic and no absolute values)",
    "?": "'?' is not part of IKI formulas (they have no conditions)",
    "'": "quotes are not part of IKI formulas; write a name without quotes",
    '"': "quotes are not part of IKI formulas; write a name without quotes",
    "`": "quotes are not part of IKI formulas; write a name without quotes",
}

# Functions of spreadsheets and programming languages. 'max(A, B)' would otherwise read as
# the name 'max' with '(A, B)' after it, the way 'Nilai SKM (Survey)' is one name.
_FUNCTIONS = frozenset(
    {
        "abs", "average", "avg", "ceil", "ceiling", "compile", "count", "countif", "eval",
        "exec", "exp", "float", "floor", "getattr", "if", "iferror", "input", "int", "len",
        "ln", "log", "log10", "max", "mean", "median", "min", "open", "pow", "power", "print",
        "round", "sqrt", "str", "sum", "sumif", "system", "vlookup",
    }
)  # fmt: skip
_CALL = re.compile(r"(?<!\w)(_*+[^\W\d_]\w*+)\s*+\(")
_ENDS_WITH_OPERATOR_WORD = re.compile(r"(?:^|\s)(?:[xX]|berbanding|dibagi|dengan)$", re.IGNORECASE)
_ENDS_WITH_SIGMA = re.compile(r"(?:Σ|∑|\\sum|\\Sigma)\s*$")
_DOTTED = re.compile(r"[\w.]+")
_LAMBDA = re.compile(r"\s*(lambda)\b")
# A name ends without the comma or period that follows it in the sentence ("… hadir.").
_NAME_END = re.compile(r"[\s,.]+$")
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
    return describe(
        (word for word, group in _GROUPS if names & group), _GROUP_WORDS, default="something else"
    )


def _function_call(text: str, end: int) -> re.Match[str] | None:
    """A call of a known function (``max(``, ``__import__(``) starting before ``end``, if any.

    The function word must start a name (come first, or after an operator or a bracket):
    in ``Jumlah Log (Buku Tamu)`` the word ``Log`` is part of a name.
    """
    for match in _CALL.finditer(text):
        if match.start() >= end:
            break
        word = match.group(1)
        if word.lower() in _FUNCTIONS or (word.startswith("__") and word.endswith("__")):
            before = text[: match.start()].rstrip()[-40:]
            if not before or not before[-1].isalnum() or _ENDS_WITH_OPERATOR_WORD.search(before):
                return match
    return None


def _call_error(text: str, call: re.Match[str]) -> FormulaSyntaxError:
    return FormulaSyntaxError(
        f"'{call.group(1)}(…)' is a function call; IKI formulas have no functions: write "
        "the calculation out with +, -, ×, / and Σ",
        text,
        call.start(),
        call.end(),
    )


def _refusal(problem: Problem) -> FormulaSyntaxError | None:
    """A plain message for what ikicalc refuses on purpose: code, powers, calls, logic …"""
    text, start = problem.text, problem.start
    call = _function_call(text, start + 1)
    if call is not None:
        return _call_error(text, call)
    code = _LAMBDA.match(text)
    if code is not None:
        return FormulaSyntaxError(
            "'lambda' is Python code; ikicalc reads formulas and never runs code",
            text,
            code.start(1),
            code.end(1),
        )
    before, written = text[:start], problem.found_text
    if problem.is_character and written == "." and before[-1:].isalnum():
        dotted = next(m for m in _DOTTED.finditer(text) if m.start() <= start < m.end())
        return FormulaSyntaxError(
            f"'{dotted.group(0)}' is not a name: a '.' cannot join two words (IKI formulas "
            "have no attribute access such as 'os.system'); write the words with a space",
            text,
            start,
        )
    if problem.is_character and text.startswith("&&", start):
        return FormulaSyntaxError(
            "'&&' is not part of IKI formulas (they have no logic)", text, start, start + 2
        )
    bracket = before.rstrip()
    if bracket.endswith("[") and bracket[-2:-1].isalnum():
        return FormulaSyntaxError(
            "a '[' right after a name looks like indexing, which IKI formulas do not have; "
            "square brackets only group, as in '[A + B] / C'",
            text,
            len(bracket) - 1,
        )
    if problem.found == "LPAR" and _ENDS_WITH_SIGMA.search(before):
        return FormulaSyntaxError(
            "Σ adds up the values of one name ('Σ hari kerja efektif'), not a bracket; "
            "write Σ before each name ('Σ A + Σ B')",
            text,
            start,
            problem.end,
        )
    return _operator_refusal(problem)


def _operator_refusal(problem: Problem) -> FormulaSyntaxError | None:
    """Operators of other languages: '**', '//', '==', '=' in the wrong place, 'A %'."""
    text, start, end = problem.text, problem.start, problem.end
    before = text[:start]
    if problem.found == "MUL" and before.endswith("*"):
        return FormulaSyntaxError(
            "'**' (a power) is not part of IKI formulas", text, start - 1, start + 1
        )
    if problem.found == "DIV" and before.endswith("/"):
        return FormulaSyntaxError(
            "'//' is not an operator; divide with one '/'", text, start - 1, start + 1
        )
    if problem.found == "PERCENT" and not before.rstrip()[-1:].isdigit():
        return FormulaSyntaxError(
            "a percent sign belongs right after a number (100%); '%' is not an operator",
            text,
            start,
            end,
        )
    if problem.found != "EQUAL":
        return None
    if not before.strip():
        reason = (
            "a formula that starts with '=' is a spreadsheet formula; write it with the names "
            "of the quantities (Jumlah PNS yang hadir / Jumlah PNS × 100%)"
        )
    elif text.startswith("=", end) or before.endswith(("=", "!", "<", ">")):
        reason = "comparisons ('==', '!=') are not formulas; is this a category scale?"
    elif "=" in before:
        reason = "a formula has one '=' at most, right after its name (Tingkat … = …)"
    else:
        reason = _UNSUPPORTED["="]
    return FormulaSyntaxError(reason, text, start, end)


def _syntax_error(problem: Problem) -> FormulaSyntaxError:
    """The message for where the grammar stopped, in the words of a formula's reader."""
    refused = _refusal(problem)
    if refused is not None:
        return refused
    text, start, end = problem.text, problem.start, problem.end
    if problem.at_end:
        expected = _plausible(problem.expected, text, start)
        return FormulaSyntaxError(
            f"the formula ends too early; expected {_describe(expected)}", text, start
        )
    if problem.is_character:
        blank = _BLANK.match(text, start)
        if blank:
            return FormulaSyntaxError(
                f"a blank '{blank.group(0)}' stands where a number or a name should be",
                text,
                start,
                blank.end(),
            )
        command = _LATEX_COMMAND.match(text, start)
        if command:
            return FormulaSyntaxError(
                f"the LaTeX command '{command.group(0)}' is not supported; "
                f"ikicalc reads {_SUPPORTED_LATEX}",
                text,
                start,
                command.end(),
            )
        char = problem.found_text
        reason = _UNSUPPORTED.get(char)
        if reason is None:
            allowed = _plausible(problem.expected, text, start)
            reason = f"unexpected character {char!r}; expected {_describe(allowed)}"
        return FormulaSyntaxError(reason, text, start)
    found, written = problem.found, problem.found_text
    expected = _plausible(problem.expected, text, start)
    if found == "RPAR" and "RPAR" not in expected:
        return FormulaSyntaxError(
            f"'{written}' closes a bracket that was never opened", text, start, end
        )
    if found in _OPERATORS and expected & _OPERANDS:
        return FormulaSyntaxError(
            f"'{written}' has no operand before it; expected {_describe(expected)}",
            text,
            start,
            end,
        )
    return FormulaSyntaxError(
        f"unexpected {_FOUND.get(found, 'symbol')} {written!r}; expected {_describe(expected)}",
        text,
        start,
        end,
    )


def _check_depth(text: str, expr: ast.Expr) -> None:
    if ast.depth(expr) > MAX_DEPTH:
        raise FormulaSyntaxError(
            f"the formula nests more than {MAX_DEPTH} operations deep; split it into parts",
            text,
            expr.span[0],
            expr.span[1],
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
    try:
        # the _Builder turns the tree into (label, expression, items) while parsing
        parsed = parse_text(_parser(), text, _syntax_error, FormulaSyntaxError, "formula")
    except FormulaSyntaxError as error:
        if error.text:
            raise
        # raised by the builder, which does not know the text: add it
        raise FormulaSyntaxError(error.reason, text, error.start, error.end) from None
    label, expr, items = parsed
    call = _function_call(text, len(text)) if "(" in text else None
    if call is not None:  # 'max(A, B)' reads as a name; it is a call
        raise _call_error(text, call)
    _check_depth(text, expr)
    return Formula(expr, label=label, items=items, source=text)
