"""Back end: the canonical text of a formula.

The canonical text reads back to an equal formula (``parse(str(f)) == f``). It uses ``×``
and ``/``, ``Σ name`` and ``Σ (…)`` for sums, ``rata-rata …`` for means, ``100%`` for
percent literals, a decimal comma as the documents do, and brackets only where the
structure needs them: operations bind left to right, so a right operand of the same
strength is bracketed.
"""

from __future__ import annotations

from decimal import Context, Decimal

from ikicalc.lang import ast
from ikicalc.lang.barless import two_quantities
from ikicalc.lang.chains import PENDING, Chains
from ikicalc.lang.symbols import OPERATOR_SYMBOLS
from ikicalc.names import counting_words
from ikicalc.patterns import lazy

__all__ = ["expression_text", "name_text", "number_text"]

_ATOM_PRECEDENCE = 9
_UNARY_PRECEDENCE = 3


_EXACT = Context(prec=10_000)


def number_text(value: Decimal) -> str:
    """A number as the canonical text writes it: plain digits, decimal comma (exactly: the
    default 28-digit context would round a 30-digit number)."""
    return format(value.normalize(_EXACT), "f").replace(".", ",")


def _precedence(node: ast.Expr) -> int:
    if isinstance(node, ast.Binary):
        return node.op.precedence
    if isinstance(node, ast.Negate):
        return _UNARY_PRECEDENCE
    return _ATOM_PRECEDENCE


_FIRST_WORD = lazy(r"[^\W_]+")
_LAST_WORD = lazy(r"[^\W_]+$")


def _reads_as_reduplication(left: str, right: str) -> bool:
    """``Rapat - Rapat`` (also ``Rapat - Rapat,``, ``Rapat - Rapat-x``) reads as one word:
    keep such a subtraction apart with brackets. Words are compared as the grammar does."""
    last, first = _LAST_WORD.search(left), _FIRST_WORD.match(right)
    return bool(last and first and last.group(0).lower() == first.group(0).lower())


def name_text(name: str, protect: bool = False) -> str:
    """A name as the canonical text writes it; with ``protect``, as ``\\text{name}``, which
    the layout of a cell leaves alone (a name that holds a cue word such as ``atau``)."""
    if protect and not any(char in name for char in "{}\\\n") and not name.startswith("("):
        return f"\\text{{{name}}}"
    return name


def _left_text(node: ast.Binary, left: str) -> str:
    return f"({left})" if _precedence(node.left) < node.op.precedence else left


def _right_text(node: ast.Binary, left: str, right: str) -> str:
    if (
        _precedence(node.right) <= node.op.precedence and isinstance(node.right, ast.Binary)
    ) or (node.op is ast.Op.SUB and _reads_as_reduplication(left, right)):
        return f"({right})"
    return right


class _Printer(ast.Visitor[str]):
    """The canonical text, folded bottom-up (iteratively: a sum of a thousand terms is a
    tree a thousand deep)."""

    NAME = "the printer"

    def __init__(self, protect: bool) -> None:
        self.protect = protect

    def number(self, node: ast.Number) -> str:
        return number_text(node.value)

    def percent(self, node: ast.Percent) -> str:
        return number_text(node.value) + "%"

    def variable(self, node: ast.Variable) -> str:
        # a name that starts like a mean ("rata-rata lama sekolah", named by a legend) is
        # kept whole in \text{…}, or it would read back as the mean of "lama sekolah"
        # (a capital, "Rata-rata Lama Sekolah", starts a name); so is a name with a spaced
        # slash that the grammar would read as a division, and a lone letter x, which the
        # grammar reads as a multiplication wherever an operand may not stand
        name = node.name
        protect = self.protect or name in ("x", "X") or bool(_MEAN_START.match(name))
        protect = protect or ("(" in name and bool(_MEAN_BRACKET.search(name)))
        protect = protect or ": " in name  # "… yang meliputi : 1. … 2. …": a list in the name
        protect = protect or two_quantities(name)  # "Jumlah PNS Jumlah PNS": a lost bar
        if " dan " in name:  # "Rata-rata Indeks A dan Indeks B": a mean of the two
            from ikicalc.lang.mean_list import names_a_list

            protect = protect or names_a_list(name)
        elif not protect and name[:1] in "RrNn" and "ata" in name[:16].lower():
            from ikicalc.lang.mean_list import reads_over_rows  # "Rata-rata A setiap B"

            protect = reads_over_rows(name) is not None
        return name_text(letter_x(name), protect or _divides(name))

    def sigma(self, node: ast.Sigma) -> str:
        return "Σ " + name_text(node.variable.name, self.protect)

    def negate(self, node: ast.Negate, inner: str) -> str:
        if _precedence(node.operand) < _ATOM_PRECEDENCE:
            inner = f"({inner})"
        return "-" + inner

    def fold(self, node: ast.Expr) -> str:
        self.chains: Chains[str] = Chains(node, 3)  # a chain is joined once, not re-copied
        return super().fold(node)

    def binary(self, node: ast.Binary, left: str, right: str) -> str:
        place = self.chains.place.get(id(node))
        if place is None or place[1]:  # no chain, or its first link
            left = _left_text(node, left)
            before = left
        else:  # the chain so far ends with its last operand
            before = self.chains.terms[place[0]][-1][1]
        right = _right_text(node, before, right)
        gathered = self.chains.gather(node, left, right)
        if gathered is None:
            return f"{left} {node.op.symbol} {right}"
        if gathered is PENDING or not isinstance(gathered, list):
            return left
        terms: list[tuple[ast.Op, str]] = gathered
        return terms[0][1] + "".join(f" {op.symbol} {text}" for op, text in terms[1:])

    def aggregate(self, node: ast.Aggregate, operand: str) -> str:
        if node.fold is ast.Fold.MEAN and isinstance(node.operand, ast.Variable):
            return f"{MEAN_WORD} {operand}"
        sign = "Σ" if node.fold is ast.Fold.SUM else MEAN_WORD
        return f"{sign} ({operand})"

    def mean(self, node: ast.Mean, *items: str) -> str:
        # names of a list as written: \text{…} pieces cannot be separated by commas
        listed = (
            item.name if isinstance(item, ast.Variable) else text
            for item, text in zip(node.items, items, strict=True)
        )
        return f"{MEAN_WORD} (" + ", ".join(listed) + ")"


_MEAN_START = lazy(r"(?:rata-rata|rerata)\s+[^\W\d_\\]")  # lower case: the grammar's mean
# a mean before a bracket, in any case and anywhere ("Nilai rata-rata dari (A, B)")
_MEAN_BRACKET = lazy(r"(?i:rata-rata|rerata)(?:\s+dari)?\s*\(")


def _divides(name: str) -> bool:
    """Whether the plain text of ``name`` reads as a division: it holds ``' / '``, and is
    not the one name a bare counting word on one side makes (``Jumlah / Jenis ATK``, see
    :meth:`ikicalc.lang.builder.Builder.div`) unless a mean follows the slash."""
    if " / " not in name:
        return False
    pieces = name.split(" / ")
    if any(_MEAN_START.match(piece) for piece in pieces[1:]):
        return True  # "Jenis / rata-rata r": the mean after the slash reads as one
    words = counting_words()
    return len(pieces) != 2 or not any(piece.lower() in words for piece in pieces)
# a letter x among words, not one a period joins to a letter ("A.x" reads as one word)
_LONE_X = lazy(r"(?<![^\W_])(?<![^\W_]\.)[xX](?![^\W_])(?!\.[^\W_])")
_LETTER_X = OPERATOR_SYMBOLS  # the layout's stand-ins: "ⅹ" reads as the letter x


def letter_x(name: str, label: bool = False) -> str:
    """``name`` with each lone letter x among words written as the layout's stand-in ``ⅹ``,
    which reads back as the letter x (plain, it reads as a multiplication): for the names of
    variables and for a formula's label (``x 100% x = …``, named by a legend); a ``label``
    that is the letter alone too (``x = 100`` would open with a multiplication)."""
    if label and name in _LETTER_X:
        return _LETTER_X[name]
    if " " not in name:
        return name
    return _LONE_X.sub(lambda x: _LETTER_X[x.group(0)], name)
MEAN_WORD = "rata-rata"
"""How the canonical text writes a mean."""


def expression_text(node: ast.Expr, protect: bool = False) -> str:
    """The canonical text of an expression; ``protect`` writes names as ``\\text{…}`` (see
    :func:`name_text`).

    ``Σ (…)`` and ``rata-rata …`` are written as the grammar reads them. Two trees built in
    code have no text that reads back to them (the grammar never builds them): a mean over
    the rows of a sum (``rata-rata (A + B)`` is refused as ambiguous) and a list mean whose
    items are not names without commas."""
    return _Printer(protect).fold(node)
