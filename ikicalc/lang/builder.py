"""The Lark ``Transformer`` of ``grammar/formula.lark``: each rule of the grammar becomes a node
of :mod:`ikicalc.lang.ast` while the LALR parser runs (names as written, numbers in the cell's
style, ``Σ (…)``, ``rata-rata`` and lists)."""

from __future__ import annotations

from contextvars import ContextVar
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from lark import Token, Transformer

from ikicalc.errors import FormulaSyntaxError
from ikicalc.i18n import N_, _
from ikicalc.lang import amounts, ast
from ikicalc.lang.amounts import PURPOSE_AFTER, amount, multipliers, purpose, ten_power, vulgar
from ikicalc.lang.formula import Reading
from ikicalc.lang.lark_errors import read_number
from ikicalc.lang.symbols import LETTERS
from ikicalc.names import clean_name, counting_spellings, counting_words, names_data
from ikicalc.numbers import NumberStyle
from ikicalc.patterns import lazy

__all__ = ["GUESSES", "STYLE", "Builder", "has_division"]

# A name ends without the comma or period that follows it in the sentence ("… hadir.").
_NAME_END = lazy(r"[\s,.]+$")
_LETTERS = str.maketrans(LETTERS)


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
GUESSES: ContextVar[list[Reading] | None] = ContextVar("guesses", default=None)
_POSITION = lazy(r"(\D*\d+[)\]]?)")  # "Kolom -5 :" (POSITION_HEAD): the position, its label
_COUNTING_START = lazy(r"(?i)(?<=\s)(?:jumlah|jml|jmlh|total|banyaknya)\b")


_WRAPPED_OFFSET = lazy(r"(?<=[nNtT][-−–])[ \t]*\n[ \t]*(?=[1-9])")


def _unwrapped(phrase: str) -> str:
    """``Tahun n-`` / ``1``: a time offset a line's end broke after its hyphen, one word."""
    return _WRAPPED_OFFSET.sub("", phrase)


def _denominator(name: _Name) -> ast.Variable:
    """The name below a flattened fraction (``A x 100 B``). Words before a counting word in it
    (``x 100 layak huni Jml rumah …``) are the second line of the label, interleaved by the
    export: the quantity starts at the counting word. That reading is a guess."""
    text = name.text
    counting = _COUNTING_START.search(text)
    before = {word.lower() for word in text[: counting.start()].split()} if counting else set()
    quantifiers = counting_spellings() | set(names_data()["ratio"]["whole"])
    if counting is None or before & quantifiers:  # "Seluruh jumlah …" is one quantity
        return ast.Variable(text, name.span)
    kept = text[counting.start() :]
    span = (name.span[0] + counting.start(), name.span[1])
    guesses = GUESSES.get()
    if guesses is not None:
        guesses.append(
            Reading(
                span,
                kept,
                text,
                N_(
                    "the words before the counting word look like the label's second line, "
                    "interleaved by the Word/PDF export"
                ),
            )
        )
    return ast.Variable(kept, span)


_AFTER_DEDUCTING = lazy(r"(?i)\b(?:setelah|sesudah)\s+dikurangi\b")
_AFTER_DEDUCTING_REASON = N_(
    "'setelah dikurangi' (after deducting) names what remains, one quantity, not a subtraction"
)
_UNIT_WORD = lazy(r"[^\W\d_][a-z]{2,}")  # "Keluarga", "desa"; not a symbol (TPT)
_LINE_OVER = N_(
    "the scale of a flattened fraction stands between its numerator and its denominator: "
    "the numerator is the whole sum before the scale, not its last term"
)
_RATE_UNIT = lazy(r"[^\W\d_]{1,6}[²³23]?/[^\W\d_]{1,6}[²³23]?")
_RATE_UNIT_AFTER = N_(
    "a unit with a slash after a number (21 MJ/m³) is the number's unit, not a denominator"
)
_UNIT_OF_AMOUNT = N_(
    "words after a number that is no scale (2,5 kg, Rp 1.500 per orang) are its unit, not a "
    "denominator"
)
_UNIT_AFTER_SCALE = N_(
    "one word after the scale of a ratio is the unit the indicator counts in, not a denominator"
)


def has_division(node: ast.Expr) -> bool:
    return any(isinstance(sub, ast.Binary) and sub.op is ast.Op.DIV for sub in ast.walk(node))


def _flattened(node: ast.Expr) -> tuple[ast.Binary, ast.Binary] | None:
    """``(node, its ratio)`` when ``node`` is a flattened fraction (``A x 100% B``): a ratio
    times a scale that stands before the ratio's denominator; else ``None``."""
    if not (isinstance(node, ast.Binary) and node.op is ast.Op.MUL):
        return None
    ratio = node.left
    if not (isinstance(ratio, ast.Binary) and ratio.op is ast.Op.DIV):
        return None
    if not 0 < node.right.span[1] <= ratio.right.span[0]:  # the scale, then the name
        return None
    return node, ratio


def _listed_operands(node: ast.Expr) -> bool:
    """Whether an operation has a name with commas as an operand: in ``rata-rata (A / B,
    C / D)`` the grammar reads ``B, C`` as one name; that is a list of expressions."""
    return any(
        isinstance(sub, ast.Binary)
        and any(
            isinstance(side, ast.Variable) and "," in side.name for side in (sub.left, sub.right)
        )
        for sub in ast.walk(node)
    )


# the word that joins the last item of a list: "rata-rata (A, B, dan C)"
_LAST_ITEM = lazy(r"(?i)(?:dan|serta)\s+(?=[^\W_])")


def _listed(names: ast.Variable) -> tuple[ast.Expr, ...]:
    """The items of ``rata-rata (A, B, C)``: the grammar reads a list of names as one name
    with commas (names hold commas: ``air, listrik``), so the mean splits it."""
    items: list[ast.Expr] = []
    start, end = names.span
    offset = 0
    pieces = names.name.split(",")
    for index, piece in enumerate(pieces):
        word = piece.strip()
        said = _LAST_ITEM.match(word) if 0 < index == len(pieces) - 1 else None
        if said:  # "A, B, dan C": the word that joins the last item is no part of its name
            word = word[said.end() :]
        at = names.name.find(word, offset) if word else offset
        offset = at + len(word)
        if not word:
            raise FormulaSyntaxError(
                _("an item of 'rata-rata (…)' is empty; list names separated by commas"),
                "",
                start,
                end,
            )
        items.append(ast.Variable(word, (min(start + at, end), min(start + offset, end))))
    return tuple(items)


# How the cell being parsed writes its numbers (numbers.number_style), for the shared builder.
STYLE: ContextVar[NumberStyle] = ContextVar("number_style", default="indonesian")


def _decimal(token: Token) -> Decimal:
    # The builder does not know the text: parse() adds it to the error (one shared builder).
    return read_number("", token, FormulaSyntaxError, STYLE.get())


class Builder(Transformer[Token, Any]):
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
            if token.type == "NAME_COMMA":  # "(atau jumlah siswa), tanpa …", "(IPV), 3 dosis"
                count = token.value[1:].strip()
                text += ", " + count if count else ","
                continue
            if token.type in (
                "PHRASE",
                "QUALIFIER",
                "TIME_INDEX",
                "SIGN_IN_NAME",
                "NUMBERED",
                "TEXT_BODY",
                "UNIT_PERCENT",
                "WORDS_ADDED",
            ):
                piece = clean_name(_unwrapped(token.value) if "\n" in token.value else token.value)
                if previous is not None and previous.type == "LPAR":
                    piece = piece.rstrip(",").strip()
            else:
                piece = token.value[-1]  # "Jumlah [lembar/unit)": as written; "\left(": "("
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
        if text and (text[-1] in ",." or text[-1].isspace()):  # _NAME_END ends there
            text = _NAME_END.sub("", text)
        if " " in text:  # the layout's stand-in for a letter x in a name of words
            text = text.translate(_LETTERS)
        after = _AFTER_DEDUCTING.search(text) if "kurang" in text else None
        guesses = GUESSES.get() if after else None
        if after and guesses is not None:  # "keuntungan … setelah dikurangi pajak": a name
            other = f"{text[: after.start()].strip()} - {text[after.end() :].strip()}"
            span = _span(children[0], children[-1])
            guesses.append(Reading(span, text, other, _AFTER_DEDUCTING_REASON))
        return _Name(text, _span(children[0], children[-1]))

    def variable(self, children: list[_Name]) -> ast.Expr:
        (name,) = children
        offset = amounts.lone_offset(name.text, name.span) if len(name.text) < 8 else None
        return offset or self._variable(name)  # "50 x (n - 5)": the count less a number

    @staticmethod
    def _variable(name: _Name) -> ast.Variable:
        return ast.Variable(name.text, name.span)

    def sigma(self, children: list[Any]) -> ast.Sigma:
        sign, name = children
        return ast.Sigma(self._variable(name), _span(sign, name))

    def sum_over(self, children: list[Any]) -> ast.Aggregate:
        # "Σ (nilai per unsur × bobot)", "\sum\frac{A}{B}": the expression row by row, added up
        sign, *rest = children
        operand = next(child for child in rest if not isinstance(child, Token))
        end = rest[-1].end_pos or 0 if isinstance(rest[-1], Token) else rest[-1].span[1]
        return ast.Aggregate(ast.Fold.SUM, operand, (sign.start_pos or 0, end))

    def mean(self, children: list[Any]) -> ast.Expr:
        # "rata-rata deviasi": the mean over the rows; "rata-rata (A, B, C)": of the list
        sign, *rest = children
        if len(rest) == 1:
            (name,) = rest
            return ast.Aggregate(ast.Fold.MEAN, self._variable(name), _span(sign, name))
        _open, inner, close = rest
        span = (sign.start_pos or 0, close.end_pos or 0)
        if isinstance(inner, ast.Variable) and "," in inner.name:
            return ast.Mean(_listed(inner), span)
        if _listed_operands(inner):
            raise FormulaSyntaxError(  # "rata-rata (A / B, C / D)": a list of expressions
                _(
                    "'rata-rata (…)' lists names separated by commas; for a mean of expressions "
                    "write it out: '(A / B + C / D) / 2'"
                ),
                "",
                *span,
            )
        if isinstance(inner, ast.Binary) and inner.op in (ast.Op.ADD, ast.Op.SUB):
            raise FormulaSyntaxError(
                _(
                    "'rata-rata (A + B + …)' reads two ways: write 'rata-rata (A, B, …)' for the "
                    "mean of the listed values, or '(A + B + …) / n'; 'rata-rata (…)' of one "
                    "expression is its mean over the data rows"
                ),
                "",
                *span,
            )
        return ast.Aggregate(ast.Fold.MEAN, inner, span)

    # ---- numbers
    def number(self, children: list[Token]) -> ast.Number:
        token, *scale = children  # "2,5 juta": a word that multiplies the number
        value = _decimal(token)
        for word in scale:
            value *= multipliers()[" ".join(word.lower().split())]
        return ast.Number(value, _span(token, scale[-1] if scale else token))

    def share(self, children: list[Any]) -> ast.Binary:
        # "30% dari A dikurangi B": the share (the number p/100, a weight, never the scale
        # of a percentage) times all that follows it
        # ("½ dari A", "dua pertiga dari A": a fraction's share, the fraction times all of it)
        share, _, whole = children
        weight: ast.Expr
        if isinstance(share, Token):  # a vulgar fraction
            weight = vulgar(share.value, _span(share, share))
        else:
            weight = ast.Number(share.value / 100, share.span)
        return ast.Binary(ast.Op.MUL, weight, whole, (weight.span[0], whole.span[1]))

    def coefficient(self, children: list[Any]) -> ast.Binary:  # "0,5A + 0,5B", "(3Tu x ¾)"
        number, name = self.number(children[:1]), self._variable(children[1])
        return self._binary(ast.Op.MUL, number, name)

    def ten_power(self, children: list[Token]) -> ast.Number:  # "x 10³", "x 10^5": a scale
        (token,) = children
        return ast.Number(ten_power(token.value), _span(token, token))

    def vulgar(self, children: list[Token]) -> ast.Expr:
        # "½ (A + B)", "2½": a vulgar fraction is a number; one no decimal writes (⅓) is
        # the division it stands for
        (token,) = children
        return vulgar(token.value, _span(token, token))

    def percent(self, children: list[Token]) -> ast.Percent:
        number, sign = children
        value = amounts.vulgar_percent(number) if number.type == "VULGAR" else _decimal(number)
        if sign == "‰" or sign[-3:].lower() == "mil":  # per mille ("2‰ x Nilai Tanah", "2 promil")
            value /= 10
        return ast.Percent(value, _span(number, sign))

    # ---- operations
    def _binary(self, op: ast.Op, left: ast.Expr, right: ast.Expr) -> ast.Binary:
        return ast.Binary(op, left, right, (left.span[0], right.span[1]))

    def add(self, children: list[Any]) -> ast.Binary:
        return self._line_over(ast.Op.ADD, children[0], children[2])

    def sub(self, children: list[Any]) -> ast.Binary:
        return self._line_over(ast.Op.SUB, children[0], children[2])

    def _line_over(self, op: ast.Op, left: ast.Expr, right: ast.Expr) -> ast.Binary:
        # "1,76 x Target Waktu - Realisasi Waktu X 100 Target Waktu": the scale of a flattened
        # fraction stands between its numerator and its denominator, and the bar it stood
        # for spanned the whole line above it, not its last term (a guess, W110)
        flat = _flattened(right)
        if (
            flat is None
            or right.span[1] != flat[1].right.span[1]  # in brackets of its own
            or has_division(left)
            or not any(isinstance(v, ast.Variable) for v in ast.walk(left))
        ):
            return self._binary(op, left, right)
        scaled, (numerator, denominator) = flat[0], (flat[1].left, flat[1].right)
        ratio = self._divide(self._binary(op, left, numerator), denominator)
        read = ast.Binary(ast.Op.MUL, ratio, scaled.right, (left.span[0], right.span[1]))
        guesses = GUESSES.get()
        if guesses is not None:
            from ikicalc.lang.printer import expression_text  # the printer imports ast

            other = self._binary(op, left, right)
            guesses.append(
                Reading(read.span, expression_text(read), expression_text(other), _LINE_OVER)
            )
        return read

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
        if len(below) == 1 and has_division(numerator) and _UNIT_WORD.fullmatch(name.text):
            # "A / B x 100% Keluarga": the ratio is there; one word after its scale is the
            # unit the indicator counts in (a guess: it could have stood under the line)
            guesses = GUESSES.get()
            if guesses is not None:
                guesses.append(Reading(name.span, "", name.text, _UNIT_AFTER_SCALE))
            return ast.Binary(ast.Op.MUL, numerator, scale, (numerator.span[0], name.span[1]))
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
        value = ten_power(number) if number.type == "TEN_POWER" else _decimal(number)
        # "per 100 ribu penduduk": a word that multiplies the number (data/names.toml)
        words = rest[0].text.split(maxsplit=1) if rest else []
        if words and words[0].lower() in multipliers():
            value *= multipliers()[words[0].lower()]
            if len(words) == 1:
                rest = []
            else:
                skipped = rest[0].text.index(words[1])
                rest = [_Name(words[1], (rest[0].span[0] + skipped, rest[0].span[1]))]
        factor = ast.Number(value, _span(number, number))
        if rest and purpose().match(rest[0].text):
            # "dikalikan dengan 25 untuk dikonversi ke …": what the product is for, a remark
            guesses = GUESSES.get()
            if guesses is not None:
                guesses.append(Reading(rest[0].span, "", rest[0].text, PURPOSE_AFTER))
            rest = []
        if rest and _RATE_UNIT.fullmatch(rest[0].text):
            # "volume aktual (m³) x 21 MJ/m³ ÷ 3,6": a unit with a slash is the number's own
            guesses = GUESSES.get()
            if guesses is not None:
                guesses.append(Reading(rest[0].span, "", rest[0].text, _RATE_UNIT_AFTER))
        elif rest and children[1].type == "MUL" and amount(value, rest[0].text):
            # "A x 2,5 kg", "x Rp 1.500,- per orang": an amount and its unit; a flattened
            # fraction's number is a scale ("A x 1.000 KH")
            guesses = GUESSES.get()
            if guesses is not None:
                guesses.append(Reading(rest[0].span, "", rest[0].text, _UNIT_OF_AMOUNT))
        elif rest and not has_division(left):
            (unit,) = rest
            left = self._divide(left, _denominator(unit))
        end = rest[0].span[1] if rest else factor.span[1]
        return ast.Binary(ast.Op.MUL, left, factor, (left.span[0], end))

    def middle(self, children: list[Any]) -> tuple[str | None, list[ast.Expr]]:
        label = children[0].text if children and isinstance(children[0], _Name) else None
        scales: list[ast.Expr] = [c for c in children if isinstance(c, ast.Percent)]
        for child in children:  # "X 100 X 80%": a chain of scales, each a factor in turn
            if isinstance(child, Token) and child.type == "NUMBER":
                scales.append(ast.Number(_decimal(child), _span(child, child)))
        return (label, sorted(scales, key=lambda scale: scale.span[0]))

    def stacked(self, children: list[Any]) -> ast.Expr | tuple[str, ast.Expr]:
        # a fraction stacked over three lines: numerator, middle line, denominator
        numerator, (label, scales), denominator = children
        expr = self._divide(numerator, denominator)
        for scale in scales:
            expr = ast.Binary(ast.Op.MUL, expr, scale, (numerator.span[0], denominator.span[1]))
        return (label, expr) if label else expr

    def neg(self, children: list[Any]) -> ast.Negate:
        sign, operand = children
        return ast.Negate(operand, _span(sign, operand))

    def unary(self, children: list[Any]) -> ast.Expr:
        return children[1]  # type: ignore[no-any-return]  # unary plus

    def atom(self, children: list[Any]) -> ast.Expr:
        inner: ast.Expr = children[1]  # ( expr )
        flat = _flattened(inner)
        if flat is not None:  # its brackets keep it from the sum around it (_line_over)
            node = flat[0]
            return ast.Binary(node.op, node.left, node.right, _span(children[0], children[2]))
        return inner

    def math(self, children: list[Any]) -> ast.Expr:
        return children[0]  # type: ignore[no-any-return]

    # ---- the whole cell
    def labelled(self, children: list[Any]) -> tuple[str, ast.Expr]:
        name, expr = children
        if isinstance(expr, tuple):  # a stacked fraction with its own label line
            expr = expr[1]
        return (name.text if isinstance(name, _Name) else _POSITION.split(name)[1], expr)

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
