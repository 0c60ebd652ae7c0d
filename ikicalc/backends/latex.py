r"""Back end: a formula as LaTeX, for reports and for MathJax/KaTeX on a web page.

The attendance formula prints as the seed documents write it::

    \frac{\text{Jumlah PNS yang hadir}}{\text{Jumlah PNS}} \times 100\%

Names are phrases, so each is set upright in ``\text{…}`` with the characters special to
LaTeX escaped (``\&``, ``\%``, ``\_``, ``\#``, ``\$``, ``\{``, ``\}``,
``\textbackslash{}``, ``\textasciicircum{}``, ``\textasciitilde{}``); ``Σ name`` is
``\sum \text{name}``, ``Σ (…)`` is ``\sum \left(…\right)`` (``\sum \frac{…}{…}`` for a
fraction), a mean ``\operatorname{rata-rata}``; a division is a ``\frac``; brackets appear
only where the structure needs them (the precedence of :class:`ikicalc.lang.ast.Op`);
numbers keep the decimal comma, braced as LaTeX wants it in mathematics (``0{,}5``). A
label prints as ``\text{Label} = …`` and items as ``: 1. \ \text{…} \quad 2. \ \text{…}``.
No ``$`` delimiters are added.

The output is what ikicalc's own reader reads back, except where LaTeX needs a form the
formula grammar does not take yet: a braced decimal comma (``0{,}5``), an escaped character
in a name (``\&``), and brackets or a spaced slash inside a name
(``\text{Survey (SKM) yang …}``, ``\text{Jumlah / Jenis ATK}``).
"""

from __future__ import annotations

from decimal import Decimal

from ikicalc.lang import ast
from ikicalc.lang.formula import Formula
from ikicalc.lang.printer import number_text

__all__ = ["expression_latex", "latex_text", "to_latex"]

_SPECIALS = {
    "\\": r"\textbackslash{}",
    "%": r"\%",
    "&": r"\&",
    "_": r"\_",
    "#": r"\#",
    "$": r"\$",
    "{": r"\{",
    "}": r"\}",
    "^": r"\textasciicircum{}",
    "~": r"\textasciitilde{}",
    "<": r"\textless{}",
    ">": r"\textgreater{}",
}
_ESCAPES = str.maketrans(_SPECIALS)
_MEAN = r"\operatorname{rata-rata}"
_ATOM = 9  # a name, a number, a sum sign with its name, a \frac: never bracketed
_UNARY = 3


def latex_text(words: str) -> str:
    r"""``words`` as ``\text{…}``, with LaTeX's special characters escaped."""
    return r"\text{" + words.translate(_ESCAPES) + "}"


def _number(value: Decimal) -> str:
    return number_text(value).replace(",", "{,}")


def _precedence(node: ast.Expr) -> int:
    if isinstance(node, ast.Binary) and node.op is not ast.Op.DIV:
        return node.op.precedence
    if isinstance(node, ast.Negate):
        return _UNARY
    return _ATOM


def _bracket(text: str) -> str:
    # \left( … \right) grows with a \frac inside; plain brackets read better elsewhere.
    return f"\\left({text}\\right)" if r"\frac" in text else f"({text})"


class _LatexPrinter(ast.Visitor[str]):
    NAME = "the LaTeX printer"

    def number(self, node: ast.Number) -> str:
        return _number(node.value)

    def percent(self, node: ast.Percent) -> str:
        return _number(node.value) + r"\%"

    def variable(self, node: ast.Variable) -> str:
        return latex_text(node.name)

    def sigma(self, node: ast.Sigma) -> str:
        return r"\sum " + latex_text(node.variable.name)

    def aggregate(self, node: ast.Aggregate, operand: str) -> str:
        if node.fold is ast.Fold.SUM:
            if isinstance(node.operand, ast.Binary) and node.operand.op is ast.Op.DIV:
                return r"\sum " + operand  # \sum\frac{A}{B}
            return rf"\sum \left({operand}\right)"
        if isinstance(node.operand, ast.Variable):
            return rf"{_MEAN} {operand}"
        return rf"{_MEAN}\left({operand}\right)"

    def mean(self, node: ast.Mean, *items: str) -> str:
        if all(isinstance(item, ast.Variable) for item in node.items):
            # one \text{A, B, C}: the way the formula grammar reads a list back
            listed = latex_text(", ".join(item.name for item in node.items))  # type: ignore[union-attr]
        else:
            listed = ", ".join(items)
        return rf"{_MEAN}\left({listed}\right)"

    def negate(self, node: ast.Negate, inner: str) -> str:
        return "-" + (inner if _precedence(node.operand) == _ATOM else _bracket(inner))

    def binary(self, node: ast.Binary, left: str, right: str) -> str:
        if node.op is ast.Op.DIV:
            return rf"\frac{{{left}}}{{{right}}}"
        if _precedence(node.left) < node.op.precedence:
            left = _bracket(left)
        # A right operand as strong as the operator is bracketed (operations bind left to
        # right), and so is a negation, which reads badly after an operator: A - (-B).
        if _precedence(node.right) <= node.op.precedence or isinstance(node.right, ast.Negate):
            right = _bracket(right)
        symbol = r"\times" if node.op is ast.Op.MUL else node.op.symbol
        return f"{left} {symbol} {right}"


def expression_latex(node: ast.Expr) -> str:
    """The LaTeX of an expression (without label, items or ``$`` delimiters)."""
    return _LatexPrinter().fold(node)


def to_latex(formula: Formula) -> str:
    r"""The LaTeX of a formula: ``\text{Label} = \frac{\text{A}}{\text{B}} \times 100\%``."""
    text = expression_latex(formula.expr)
    if formula.label:
        text = f"{latex_text(formula.label)} = {text}"
    if formula.items:
        listed = r" \quad ".join(
            rf"{number}. \ {latex_text(item)}" for number, item in enumerate(formula.items, 1)
        )
        text += " : " + listed
    return text
