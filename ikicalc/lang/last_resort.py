"""The reading of last resort: a cell the grammar and every recovery gave up on, read as a
careful reader reads a cell never seen.

Only on the failure path (the common path pays nothing). A careful reader who meets a
formula written in a way no rule foresaw finds its operators first (the signs, and the
operator words of ``[last_resort]`` in ``data/names.toml``: ``dibagi dengan``, ``dikalikan``,
``ditambah`` …), the scale (``x 100%``), then the noun phrases between them; sets aside what is
plainly no quantity (the words before the formula up to ``:``, ``yaitu``, ``adalah``,
``sebagai berikut``; a remark after it, ``; semakin tinggi semakin baik``, ``(Target 100%)``;
footnote marks, ``*)``); and builds the expression by the usual precedence (``×`` and ``/``
before ``+`` and ``-``, left to right; brackets that hold an operator group, others belong to
the name: ``(SKM)``, ``PAD(t-1)``). The reading is a guess, kept in :attr:`Formula.guesses`
(lint ``W110``), never silent. A cell that is truly broken keeps its error and caret: an
operator with no operand (``A + ``, ``A / / B``), signs no formula writes (``^``, quotes,
``=``, code), brackets that do not pair, or no operator between quantities at all.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal
from functools import cache

from ikicalc.i18n import N_
from ikicalc.lang import ast
from ikicalc.lang.formula import Reading
from ikicalc.lang.last_resort_tokens import Token, number_words, op_of, scan
from ikicalc.lang.layout_cues import LINE_CLOSE, LINE_OPEN
from ikicalc.lang.salvage import Salvaged
from ikicalc.names import clean_name, names_data
from ikicalc.numbers import NumberStyle, parse_number

__all__ = ["REASON", "read", "rescue"]

REASON = N_(
    "no rule read this cell: its operators, its scale and the noun phrases between them were "
    "read as a careful reader reads a formula never seen, the words around it set aside"
)

_SCALES = frozenset({Decimal(100), Decimal(1000), Decimal(10000), Decimal(100000)})
# signs a formula of an IKI never writes: a cell that holds one is no formula to guess at
_FOREIGN = re.compile(
    r"[<>](?![ \t]*=?[ \t]*[-−]?\d)|[\^=\"'`$|{}#@!?~\\]|\*\*|//|\d\.[ \t]*%"
    r"|(?<![^\W_])(?!(?i:s\.d|a\.n)(?![^\W_]))[^\W\d_]+\.[^\W\d_]"
)

# a mean said before a bracket: the words it governs, never words around the formula
_MEAN_OF_BRACKET = re.compile(r"(?i)(?<![^\W_])(?:rata[- ]?rata|rerata)(?:[ \t]+dari)?[ \t]*\(")


@cache
def _cue_patterns() -> tuple[re.Pattern[str], ...]:
    data = names_data()["last_resort"]
    preamble = "|".join(f"(?:{p})" for p in data["preamble"])
    remarks = "|".join(f"(?:{p})" for p in data["remarks"])
    return (
        re.compile(r"(?i)(?<![^\W_])(?:" + preamble + r")(?![^\W_])[ \t]*:?"),
        re.compile(r"(?i)[ \t\n]*(?:" + remarks + r")(?![^\W_])"),
        re.compile(r"(?i)(?:" + "|".join(data["remarks_anywhere"]) + r")(?![^\W_])"),
        re.compile(
            r"(?i)(?<![ \t\n,])(?:[ \t\n,]+(?:" + "|".join(data["fillers"]) + r"))+[ \t\n,]*$"
        ),
    )


def _body_start(text: str) -> tuple[int, str | None]:
    """Where the formula starts (after the words before it), and the label before its ``=``."""
    tokens = scan(text, 0)
    first = next((t for t in tokens if t.kind == "op"), None)
    if first is None:
        return 0, None
    start, label = 0, None
    head = text[: first.start]
    if head.count("=") == 1 and text.count("=") == 1:  # "Persentase … = A / B"
        at = head.index("=")
        label = " ".join(head[:at].split()) or None
        start = at + 1
    cues = list(_cue_patterns()[0].finditer(head, start))
    if cues:
        start, label = cues[-1].end(), None
    colon = head.rfind(":", start)
    if colon >= 0:
        start, label = colon + 1, None
    if first.text == ":" and first.start >= start:
        # "Rumus: A / B", "Cara menghitung : A dibagi B": the first colon ends the words
        # before the formula when it is glued to its word, or a division follows it
        glued = first.start > 0 and not text[first.start - 1].isspace()
        later = any(
            t.kind == "op" and op_of(t.text) is ast.Op.DIV
            for t in tokens[1:]
            if t.start > first.start
        )
        if glued or later or cues:
            start, label = first.end, None
    return start, label


def _remark_at(tokens: list[Token], text: str) -> int:
    """The index of the first token of a remark after the formula (or ``len(tokens)``)."""
    remark, anywhere = _cue_patterns()[1:3]
    seen_op = False
    depth = 0
    for index, token in enumerate(tokens):
        if token.kind == "op":
            seen_op = True
        depth += {"open": 1, "close": -1}.get(token.kind, 0)
        if not seen_op or depth > (token.kind == "open"):
            continue
        if token.kind == "end":  # "…; semakin tinggi semakin baik": the words after ';'
            rest = tokens[index + 1 :]
            if rest and (
                _computes(rest)
                or len([t for t in rest if t.kind == "word" and len(t.text) >= 3]) < 2
            ):
                raise _Broken  # "A / B; import os", "A; B / C": no remark
            return index
        if token.kind == "word" and anywhere.match(token.text):  # "… dinyatakan dalam persen"
            return index
        inside = tokens[index + 1 : index + 3]
        if (
            token.kind == "open"
            and remark.match(text, token.end)
            and not _computes(tokens[index:])
            and len(inside) == 2
            and inside[1].kind != "close"  # "(target)" alone qualifies a name
        ):
            return index  # "(Target 100%)"
        after_percent = token.kind == "word" and index and tokens[index - 1].kind == "percent"
        if after_percent and anywhere.match(token.text):  # "… x 100% semakin tinggi …"
            return index
        if token.kind == "word" and token.text[-1:] in ",." and index + 1 < len(tokens):
            nxt = tokens[index + 1]
            if remark.match(text, nxt.start) or (
                token.text.endswith(".")
                and nxt.text[:1].isupper()
                and not _computes(tokens[index + 1 :])
            ):
                return index + 1
    return len(tokens)


def _computes(tokens: Sequence[Token]) -> bool:
    return any(t.kind == "op" for t in tokens)


def _trimmed(tokens: list[Token]) -> list[Token]:
    """Tokens without footnote marks and stray marks (a period, a comma standing alone)."""
    out = []
    for token in tokens:
        if token.kind == "footnote":
            continue
        if token.kind == "word" and not token.text.strip(",.;:"):
            continue
        out.append(token)
    return out


def _unopened(tokens: list[Token]) -> bool:
    """Whether the brackets close more than they open."""
    return sum({"open": 1, "close": -1}.get(t.kind, 0) for t in tokens) < 0


def _labelled(tokens: list[Token]) -> list[Token]:
    """``Persentase ibu hamil … (Jumlah A dibagi jumlah B x 100%)``: words, then one bracket
    that holds the whole formula: the words name it, and are set aside."""
    opened = next((i for i, t in enumerate(tokens) if t.kind != "word"), None)
    if opened is None or opened == 0 or tokens[opened].kind != "open":
        return tokens
    if tokens[-1].kind != "close" or not _computes(tokens[opened:]):
        return tokens
    depth = 0
    for index in range(opened, len(tokens)):
        depth += {"open": 1, "close": -1}.get(tokens[index].kind, 0)
        if depth == 0 and index != len(tokens) - 1:
            return tokens  # the bracket closes before the end: a qualifier of the name
    return tokens[opened + 1 : -1]


def _grouped(tokens: list[Token]) -> list[Token] | None:
    """Brackets that hold an operator group; the others become words of the name around
    them. ``None`` when they do not pair."""
    pairs: dict[int, int] = {}
    stack: list[int] = []
    for index, token in enumerate(tokens):
        if token.kind == "open":
            stack.append(index)
        elif token.kind == "close":
            if not stack:
                return None
            pairs[stack.pop()] = index
    if stack:
        return None
    out = list(tokens)
    for opened, closed in sorted(pairs.items()):
        inside = tokens[opened + 1 : closed]
        after_word = opened > 0 and out[opened - 1].kind in ("word", "number")
        if inside and all(t.kind in ("number", "percent") for t in inside):
            return None  # "luas wilayah (2023)": a number in brackets is no part of a name
        if not _computes(inside) and after_word:  # "Nilai SKM (Survey)", "PAD(t-1)"
            for index in range(opened, closed + 1):
                token = out[index]
                out[index] = Token("word", token.text, token.start, token.end)
    return out


def _scale_lines(tokens: list[Token], text: str) -> list[Token]:
    """A line that holds only the scale (``x 100%``) between the lines of a stacked fraction
    whose bar was lost stands where the bar was: it becomes one (see :func:`_barred`)."""
    if any(t.kind in ("bar", "open") for t in tokens) or _divides_said(tokens):
        return tokens
    for index, token in enumerate(tokens[1:-2], start=1):
        scale = tokens[index + 1]
        if token.kind != "op" or op_of(token.text) is not ast.Op.MUL or scale.kind != "number":
            continue
        end = tokens[index + 2].end if tokens[index + 2].kind == "percent" else scale.end
        line_start = text.rfind("\n", 0, token.start) + 1
        line_end = text.find("\n", end)
        alone = not text[line_start : token.start].strip(" \t=")
        if alone and line_end >= 0 and not text[end:line_end].strip(" \t="):
            bar = Token("bar", "", token.start, token.start)
            return [*tokens[:index], bar, *tokens[index:]]
    return tokens


def _divides_said(tokens: list[Token]) -> bool:
    return any(t.kind == "op" and op_of(t.text) is ast.Op.DIV for t in tokens)


def _barred(tokens: list[Token]) -> list[Token]:
    """A bar of dashes or underscores is a fraction's bar: a division; the scale beside it
    (``---- x 100%``) multiplies the whole fraction, so it moves to the end."""
    bars = [i for i, t in enumerate(tokens) if t.kind == "bar"]
    if len(bars) != 1 or any(t.kind == "op" and op_of(t.text) is ast.Op.DIV for t in tokens):
        return [t for t in tokens if t.kind != "bar"]
    at = bars[0]
    bar = tokens[at]
    division = Token("op", "/", bar.start, bar.end)
    scale: list[Token] = []
    rest = tokens[at + 1 :]
    if len(rest) >= 2 and rest[0].kind == "op" and rest[1].kind == "number":
        size = 3 if len(rest) > 2 and rest[2].kind == "percent" else 2
        scale, rest = rest[:size], rest[size:]
    before = tokens[:at]
    if scale and not (before and before[-1].kind == "op"):
        return [*before, division, *rest, *scale]
    return [*before, division, *tokens[at + 1 :]]


class _Broken(Exception):  # noqa: N818 - a signal inside the reader, never raised to a user
    """The tokens are no formula."""


class _Reader:
    """Precedence climbing over the tokens: operands are noun phrases, numbers, brackets."""

    def __init__(self, tokens: list[Token], text: str, style: NumberStyle) -> None:
        self.tokens, self.text, self.style, self.at = tokens, text, style, 0

    def peek(self) -> Token | None:
        return self.tokens[self.at] if self.at < len(self.tokens) else None

    def expr(self) -> ast.Expr:
        left = self.term()
        while (token := self.peek()) is not None and token.kind == "op":
            op = op_of(token.text)
            if op not in (ast.Op.ADD, ast.Op.SUB):
                raise _Broken
            self.at += 1
            right = self.term()
            left = ast.Binary(op, left, right, (left.span[0], right.span[1]))
        return left

    def term(self) -> ast.Expr:
        left = self.factor()
        while (token := self.peek()) is not None:
            if token.kind == "open":  # "1/8 (A + B)": a bracket after a number multiplies
                if not isinstance(left, ast.Number | ast.Binary):
                    raise _Broken
                right = self.factor()
                left = ast.Binary(ast.Op.MUL, left, right, (left.span[0], right.span[1]))
                continue
            if token.kind != "op" or op_of(token.text) not in (ast.Op.MUL, ast.Op.DIV):
                break
            op = op_of(token.text)
            self.at += 1
            right = self.factor()
            nxt = self.peek()
            if (
                isinstance(right, ast.Number | ast.Percent)
                and nxt is not None
                and (nxt.kind == "word" or (nxt.kind == "sigma" and op is ast.Op.MUL))
            ):
                # "A / B x 1.000 penduduk": the unit of a rate, set aside; "A x 100% B": the
                # name that stood below a flattened fraction's bar
                unit = self.name() if nxt.kind == "word" else self.factor()
                if op is ast.Op.MUL and right.value in _SCALES and not _divides(left):
                    ratio = ast.Binary(ast.Op.DIV, left, unit, (left.span[0], unit.span[1]))
                    left = ast.Binary(op, ratio, right, (left.span[0], unit.span[1]))
                    continue
            left = ast.Binary(op, left, right, (left.span[0], right.span[1]))
        return left

    def factor(self) -> ast.Expr:
        token = self.peek()
        if token is None:
            raise _Broken
        if token.kind == "op" and op_of(token.text) is ast.Op.SUB:
            self.at += 1
            operand = self.factor()
            return ast.Negate(operand, (token.start, operand.span[1]))
        if token.kind == "open":
            self.at += 1
            inner = self.expr()
            close = self.peek()
            if close is None or close.kind != "close":
                raise _Broken
            self.at += 1
            return inner
        if token.kind == "number":
            self.at += 1
            nxt = self.peek()
            if nxt is not None and nxt.kind == "word" and not self._after_operator():
                self.at -= 1
                return self.name()
            spelled = number_words().get(" ".join(token.text.lower().split()))
            try:
                value = Decimal(spelled) if spelled else parse_number(token.text, self.style)
            except ValueError:
                raise _Broken from None
            if nxt is not None and nxt.kind == "percent":
                self.at += 1
                return ast.Percent(value, (token.start, nxt.end))
            return ast.Number(value, (token.start, token.end))
        if token.kind == "word":
            return self.name()
        nxt = self.tokens[self.at + 1] if self.at + 1 < len(self.tokens) else None
        if token.kind == "percent" and token.text == "%" and nxt is not None and nxt.kind == "word":
            return self.name()  # "% ibu hamil mendapatkan pelayanan …": persentase
        if token.kind == "sigma":  # "∑SP2D Void", "Σ (nilai × bobot)"
            self.at += 1
            nxt = self.peek()
            if nxt is not None and nxt.kind == "word":
                variable = self.name()
                return ast.Sigma(variable, (token.start, variable.span[1]))
            operand = self.factor()
            return ast.Aggregate(ast.Fold.SUM, operand, (token.start, operand.span[1]))
        raise _Broken

    def _after_operator(self) -> bool:
        """Whether the number just read follows an operator (a literal), not a name's start."""
        return self.at >= 2 and self.tokens[self.at - 2].kind == "op"

    def name(self) -> ast.Variable:
        first = self.peek()
        if first is None:
            raise _Broken
        end = first.end
        while (token := self.peek()) is not None and token.kind in ("word", "number", "percent"):
            following = self.tokens[self.at + 1] if self.at + 1 < len(self.tokens) else None
            if token.kind == "percent" and (following is None or following.kind != "word"):
                break
            end = token.end
            self.at += 1
        written = _joined(self.text[first.start : end])
        filler = _cue_patterns()[3].search(" " + written)  # "…, kemudian hasilnya dikali"
        if filler is not None:
            end = first.start + len(written[: max(filler.start() - 1, 0)].rstrip())
            written = _joined(written[: max(filler.start() - 1, 0)])
        if not _a_name(written):
            raise _Broken
        return ast.Variable(written, (first.start, end))


def _divides(node: ast.Expr) -> bool:
    return any(isinstance(n, ast.Binary) and n.op is ast.Op.DIV for n in ast.walk(node))


_WRAP = re.compile(r"(?<=[a-z])-[ \t]*\n[ \t]*(?=[a-z])")


def _joined(written: str) -> str:
    """A name as one line: a word a line's end hyphenated rejoined (``pember-`` /
    ``dayaan``), the line breaks spaces, marks at its ends set aside."""
    return clean_name(_WRAP.sub("", written).replace("\n", " ")).strip(" ,.;:*")


def _a_name(written: str) -> bool:
    """Whether ``written`` is a noun phrase: two letters or more, no sign of code."""
    return (
        len(re.findall(r"[^\W\d_]", written)) >= 2
        and not _FOREIGN.search(written)
        and not re.search(r"(?:^|\s)[xX]$", written)  # "A / B x": an operator with no operand
        and not re.search(r"\d(?:o/o|[oO])(?![^\W_])", written)  # "157o": a percent OCR damaged
        and not re.search(r"[^\W\d_]{5,}\.\s+[A-Z]", written)  # two sentences, not one name
    )


def read(text: str, style: NumberStyle = "mixed") -> tuple[str | None, ast.Expr] | None:
    """The label and the expression a careful reader reads in ``text``, or ``None`` when
    the text does not fall into operators and noun phrases (a broken cell keeps its error)."""
    if _FOREIGN.search(text.replace("=", "", 1) if text.count("=") == 1 else text):
        return None
    if text.lstrip().startswith("="):  # "=A1/B1*100%": a spreadsheet's formula
        return None
    if _MEAN_OF_BRACKET.search(text):  # "Rata-rata (A + B + C)": the grammar's refusal says
        return None  # it reads two ways; setting the word aside would give the sum
    start, label = _body_start(text)
    tokens = scan(text, start)
    try:
        tokens = tokens[: _remark_at(tokens, text)]
    except _Broken:
        return None
    tokens = _trimmed(tokens)
    opened_before = text[:start].count("(") > text[:start].count(")")
    while opened_before and tokens and tokens[-1].kind == "close" and _unopened(tokens):
        tokens.pop()  # "(Formula : A dibagi B)": its '(' stood in the words set aside
    tokens = _labelled(tokens)
    grouped = _grouped(_barred(_scale_lines(tokens, text)))
    if grouped is None or not _computes(grouped):
        return None
    reader = _Reader(grouped, text, style)
    try:
        expr = reader.expr()
    except (_Broken, ValueError):
        return None
    if reader.at != len(grouped) or not isinstance(expr, ast.Binary):
        return None
    if not any(isinstance(n, ast.Variable) for n in ast.walk(expr)):
        return None
    if label is not None and not _a_name(label):
        label = None
    return label, expr


def rescue(text: str, laid: str, style: NumberStyle) -> Salvaged | None:
    """:func:`read` on the laid-out cell (prose the layout set aside is blank there), else
    on the cell as written; the reading with its guess."""
    for candidate in dict.fromkeys((laid, text)):
        if LINE_OPEN in candidate or LINE_CLOSE in candidate:
            continue  # a stack's middle line: the layout's to read
        found = read(candidate, style)
        if found is not None:
            label, expr = found
            from ikicalc.lang.formula import Formula

            chosen = str(Formula(expr, label=label))
            reading = Reading(expr.span, chosen, " ".join(text.split()), REASON)
            return Salvaged(label, expr, reading)
    return None
