"""Checking formula definitions before they are signed: :func:`lint`.

Each rule looks at the AST (or, for cells that are not formulas, at what
:func:`ikicalc.cells.read_cell` made of them) and reports a :class:`Diagnostic` with a stable
code. The codes, their severity and a seed example of each are data
(``ikicalc/data/lint.toml``, :data:`CODES`). Spans are offsets into the text of the cell the
diagnostic is about: the formula cell, or, for ``W104``/``W105`` in a document, the
``target``/``kategori`` cell (``Diagnostic.field``).
"""

from __future__ import annotations

import dataclasses
import itertools
import math
import re
import tomllib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace
from decimal import Decimal
from fractions import Fraction
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Literal

from ikicalc import ast
from ikicalc.cells import CellKind, is_percent_word, missing_operand, prose_verb, read_cell
from ikicalc.errors import ArgumentError, EvaluationError, IkiError, caret_excerpt
from ikicalc.evaluate import is_percent
from ikicalc.formula import Formula
from ikicalc.lint_reading import reading_notes
from ikicalc.names import counting_words, name_key, names_data
from ikicalc.numbers import round_half_up
from ikicalc.printer import expression_text, number_text
from ikicalc.scales import Scale, is_scale_name, kategori_scale
from ikicalc.target import Target, parse_target
from ikicalc.terbilang import number_to_words

if TYPE_CHECKING:
    from ikicalc.documents import Document, Indicator

__all__ = ["CODES", "Code", "Diagnostic", "lint"]

Severity = Literal["error", "warning"]


@dataclass(frozen=True)
class Code:
    """One lint code: its severity, what it means, and a seed example."""

    code: str
    severity: Severity
    summary: str
    example: str


@cache
def _codes() -> dict[str, Code]:
    raw = resources.files("ikicalc").joinpath("data", "lint.toml").read_text("utf-8")
    return {
        code: Code(code, entry["severity"], entry["summary"], entry["example"])
        for code, entry in tomllib.loads(raw).items()
    }


CODES: Mapping[str, Code] = _codes()
"""Every lint code, by code (``"E001"`` …), from ``ikicalc/data/lint.toml``."""


@dataclass(frozen=True)
class Diagnostic:
    """One problem found by :func:`lint`.

    ``span`` is ``(start, end)`` offsets into ``text``, the cell the problem is in
    (``field``: ``"formula"``, ``"target"`` or ``"kategori"``); ``suggestion`` a replacement
    for the whole cell, or ``None``; ``indicator`` the indicator id when a document was
    linted.
    """

    code: str
    message: str
    span: tuple[int, int]
    suggestion: str | None = None
    indicator: str | None = None
    field: str = "formula"
    text: str = dataclasses.field(default="", repr=False)

    @property
    def severity(self) -> Severity:
        """``"error"`` or ``"warning"``, as :data:`CODES` says for the code."""
        return CODES[self.code].severity

    def __str__(self) -> str:
        where = f"{self.indicator}: " if self.indicator else ""
        lines = [f"{where}{self.code} {self.message}"]
        if self.text.strip():
            lines.append(caret_excerpt(self.text, *self.span))
        if self.suggestion:
            lines.append(f"  suggestion: {self.suggestion}")
        return "\n".join(lines)


def lint(item: str | Formula | Document) -> list[Diagnostic]:
    """Check formula text, a :class:`~ikicalc.formula.Formula`, or a whole document.

    For a document every indicator row is checked with its context: the indicator's name
    (a *Persentase* whose formula names one quantity misses an operand), its target
    (``W104``), its scale (``W105``), the units of its variables (``W107``), and the rows
    around it (a ratio spread over two rows). Returns the diagnostics in text order; an empty
    list when nothing is wrong.
    """
    if not isinstance(item, str | Formula):
        from ikicalc.documents import Document  # pydantic: imported for documents only

        if not isinstance(item, Document):
            raise ArgumentError(
                f"lint takes formula text, a Formula or a Document, not a {type(item).__name__}"
            )
        return list(_lint_document(item))
    if isinstance(item, Formula):
        text = item.source if item.source is not None else str(item)
        return list(_check_formula(item, text, None))
    return list(_check_cell(item, None))


# --- cells ----------------------------------------------------------------------------------


def _whole(text: str) -> tuple[int, int]:
    start = len(text) - len(text.lstrip())
    return start, max(start, len(text.rstrip()))


def _check_cell(text: str, indicator: Indicator | None) -> Iterator[Diagnostic]:
    cell = read_cell(text)
    if cell.kind is CellKind.EMPTY:
        yield Diagnostic("E001", "the formula cell is empty: write the formula", (0, 0), text=text)
    elif cell.kind is CellKind.UNKNOWN:
        yield _unreadable(text, cell.error)
    elif cell.kind is CellKind.PROSE:
        yield _prose(text, cell.diagnostic or "")
    elif isinstance(cell.value, Scale):
        yield from _check_scale(cell.value, text)
    elif isinstance(cell.value, Target):
        yield from _check_target(cell.value, text)
    elif isinstance(cell.value, Formula):
        yield from _check_formula(cell.value, text, indicator)


def _unreadable(text: str, error: IkiError | None) -> Diagnostic:
    reason = getattr(error, "reason", None) or str(error or "the text cannot be read")
    missing = missing_operand(text)
    if missing is not None:
        return Diagnostic("E002", f"an operand is missing: {reason}", missing, text=text)
    start = getattr(error, "start", 0)
    end = getattr(error, "end", start)
    return Diagnostic("E001", reason, (start, end), text=text)


def _prose(text: str, why: str) -> Diagnostic:
    suggestion = None
    verb = prose_verb(text)
    if verb is not None:
        rest = text.strip()[len(verb) :].strip()
        first, sep, second = rest.rpartition(" dan ")
        if sep and first.strip() and second.strip():
            suggestion = _ratio_text(*_part_over_whole(first.strip(), second.strip()))
    message = f"the text is prose, not a formula: {why}"
    if suggestion is None and is_percent_word(text):
        message += "; write it as a ratio, e.g. 'Jumlah … yang … / Jumlah seluruh … × 100%'"
    return Diagnostic("W106", message, _whole(text), suggestion, text=text)


def _ratio_text(numerator: str, denominator: str) -> str:
    return f"{numerator} / {denominator} × 100%"


# --- which side of a ratio a name belongs on --------------------------------------------------


@cache
def _ratio_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    ratio = names_data()["ratio"]
    return (
        frozenset(name_key(w) for w in ratio["qualifiers"]),
        frozenset(ratio["part"]),
        frozenset(ratio["whole"]),
    )


def _side(name: str) -> Literal["part", "whole", "plain"]:
    """Whether a name counts a part (``… yang hadir``), the whole (``seluruh …``), or neither."""
    qualifiers, part, whole = _ratio_words()
    words = name_key(name).split()
    counting = counting_words()
    if words and words[0] in whole:
        return "whole"
    while words and words[0] in counting:
        words = words[1:]
    if not words:
        return "plain"
    if words[0] in whole:
        return "whole"
    if words[0] in part:
        return "part"
    clause = next((words[i:] for i, word in enumerate(words) if word in qualifiers), [])
    if any(word in whole for word in clause):
        return "whole"
    if any(word in part for word in clause):
        return "part"
    return "plain"


def _inverted(numerator: str, denominator: str) -> bool:
    """The denominator is a qualified part of what the numerator counts."""
    top, bottom = name_key(numerator), name_key(denominator)
    if bottom.startswith(top + " ") and _side(denominator) != "whole":
        return True  # 'Jumlah laporan gangguan' / 'Jumlah laporan gangguan yang di tindaklanjuti'
    return _side(denominator) == "part" and _side(numerator) != "part"


def _part_over_whole(first: str, second: str) -> tuple[str, str]:
    return (second, first) if _inverted(first, second) else (first, second)


# --- formulas --------------------------------------------------------------------------------


def _scaled_by_hundred(expr: ast.Expr) -> bool:
    """Whether the formula is scaled to percent by ``× 100%``; another percent literal is a
    weight (``10% x Nilai kinerja``), not a scale to percent."""
    return any(
        isinstance(node, ast.Percent) and node.value == _HUNDRED_PERCENT for node in ast.walk(expr)
    )


_HUNDRED_PERCENT = Decimal(100)


def _check_formula(
    formula: Formula, text: str, indicator: Indicator | None
) -> Iterator[Diagnostic]:
    expr = formula.expr
    nodes = list(ast.walk(expr))
    names = [node for node in nodes if isinstance(node, ast.Variable)]
    divisions = [n for n in nodes if isinstance(n, ast.Binary) and n.op is ast.Op.DIV]
    yield from _glued_quantities(names, text)
    yield from (Diagnostic(c, m, span, text=text) for c, m, span in reading_notes(formula))
    if indicator is not None and not divisions and not any(
        isinstance(n, ast.Binary) for n in nodes
    ) and is_percent_word(indicator.indikator):
        yield Diagnostic(
            "E002",
            f"the indicator is a percentage ('{indicator.indikator}') but the formula "
            "names one quantity: the other operand of the ratio is missing",
            expr.span,
            text=text,
        )
    if names and not divisions and is_percent(expr) and _scaled_by_hundred(expr):
        yield Diagnostic(
            "W103",
            "the formula is scaled to percent (× 100%) but divides nothing: the denominator "
            "is missing",
            expr.span,
            text=text,
        )
    ratio = _top_ratio(expr)
    try:
        constant = _constant_value(formula, divisions)
    except EvaluationError as error:
        yield Diagnostic(
            "W101",
            f"the formula never has a value: {error.reason}",
            (error.start, error.end),
            text=text,
        )
        return
    if constant is not None:
        yield _constant(formula, text, ratio, constant)
    elif ratio is not None:
        yield from _check_ratio(formula, ratio, text)
    if indicator is not None and indicator.satuan_variabel:
        yield from _check_units(formula, text, indicator.satuan_variabel)
    yield from _latex_comment(text)


_MATH = re.compile(r"\$[^$]*\$?")
_BARE_PERCENT = re.compile(r"(?<!\\)%")


def _latex_comment(text: str) -> Iterator[Diagnostic]:
    """``$… \\times 100\\ %$``: in LaTeX an unescaped ``%`` comments out the rest of the line,
    the closing ``$`` included, so the formula does not render."""
    for formula in _MATH.finditer(text):
        percent = _BARE_PERCENT.search(formula.group(0))
        if percent:
            at = formula.start() + percent.start()
            yield Diagnostic(
                "W109",
                "an unescaped '%' inside $…$ turns the rest of the line into a LaTeX comment, "
                "so the formula does not render: write '\\%'",
                (at, at + 1),
                text[:at] + "\\%" + text[at + 1 :],
                text=text,
            )


_GLUED = re.compile(r"(?<=\S)\s+(?=(?:Jumlah|JUMLAH)\s)")


def _glued_quantities(names: list[ast.Variable], text: str) -> Iterator[Diagnostic]:
    for var in names:
        pieces = _GLUED.split(var.name)
        if len(pieces) > 1:
            shown = ", ".join(f"'{piece}'" for piece in pieces)
            yield Diagnostic(
                "W108",
                f"{len(pieces)} quantities are written one after another with no operator: "
                f"{shown}; join them with an operator or give each its own row",
                var.span,
                text=text,
            )


def _top_ratio(expr: ast.Expr) -> ast.Binary | None:
    """The ratio a percentage is made of: ``A / B`` in ``A / B × 100%`` (or ``A / B``)."""
    if isinstance(expr, ast.Binary) and expr.op is ast.Op.MUL:
        if isinstance(expr.right, ast.Number | ast.Percent):
            expr = expr.left
        elif isinstance(expr.left, ast.Number | ast.Percent):
            expr = expr.right
    if isinstance(expr, ast.Binary) and expr.op is ast.Op.DIV:
        return expr
    return None


def _quantity_name(node: ast.Expr) -> str | None:
    if isinstance(node, ast.Variable):
        return node.name
    if isinstance(node, ast.Sigma):
        return node.variable.name
    return None


def _keys(node: ast.Expr) -> set[str]:
    return {name_key(n.name) for n in ast.walk(node) if isinstance(n, ast.Variable)}


def _constant_value(formula: Formula, divisions: list[ast.Binary]) -> Fraction | None:
    """The constant value of a formula that has variables but cannot vary, decided by sympy.

    Only a formula that divides by something sharing a variable with the dividend can cancel
    out, so sympy is asked only then. Raises :class:`EvaluationError` when a denominator is
    always 0.
    """
    if not formula.variables or not any(_keys(d.left) & _keys(d.right) for d in divisions):
        return None
    from ikicalc.symbolic import constant_value

    return constant_value(formula)


def _constant(
    formula: Formula, text: str, ratio: ast.Binary | None, value: Fraction
) -> Diagnostic:
    shown = number_text(round_half_up(value)) + ("%" if is_percent(formula.expr) else "")
    message = (
        f"the formula is always {shown}: the numerator and the denominator are the same "
        "quantity"
    )
    suggestion = None
    label = formula.label
    if ratio is not None and label:
        bottom = _quantity_name(ratio.right)
        if bottom and name_key(label).startswith(name_key(bottom) + " "):
            message += f"; the words before it ('{label}') name the part to count"
            suggestion = _ratio_text(label, bottom)
    span = ratio.span if ratio is not None else formula.expr.span
    return Diagnostic("W101", message, span, suggestion, text=text)


def _check_ratio(formula: Formula, ratio: ast.Binary, text: str) -> Iterator[Diagnostic]:
    top, bottom = _quantity_name(ratio.left), _quantity_name(ratio.right)
    if top is None or bottom is None or name_key(top) == name_key(bottom):
        return
    if _inverted(top, bottom):
        swapped = ast.Binary(ast.Op.DIV, ratio.right, ratio.left)
        yield Diagnostic(
            "W102",
            f"the ratio looks inverted: the denominator '{bottom}' counts the part and the "
            f"numerator '{top}' the whole; a percentage divides the part by the whole",
            ratio.span,
            expression_text(_replace(formula.expr, ratio, swapped)),
            text=text,
        )


def _replace(expr: ast.Expr, old: ast.Expr, new: ast.Expr) -> ast.Expr:
    if expr is old:
        return new
    if isinstance(expr, ast.Binary):
        return ast.Binary(
            expr.op, _replace(expr.left, old, new), _replace(expr.right, old, new), expr.span
        )
    if isinstance(expr, ast.Negate):
        return ast.Negate(_replace(expr.operand, old, new), expr.span)
    return expr


def _check_units(formula: Formula, text: str, units: Mapping[str, str]) -> Iterator[Diagnostic]:
    from ikicalc.unit_check import UnknownSatuanError, infer_unit, unit_problems

    try:
        problems = unit_problems(formula, units)
    except UnknownSatuanError as error:
        yield Diagnostic("W107", str(error), _whole(text), text=text)
        return
    for problem in problems:
        yield Diagnostic("W107", problem.reason, (problem.start, problem.end), text=text)
    if not problems and is_percent(formula.expr):
        result = infer_unit(formula, units)
        if result.known and not result.dimensionless:
            yield Diagnostic(
                "W107",
                f"a percentage of unlike quantities: the ratio is in {result.unit}, not a plain "
                "number; numerator and denominator should count the same thing",
                formula.expr.span,
                text=text,
            )


# --- scales and targets ----------------------------------------------------------------------


def _check_scale(scale: Scale, text: str) -> Iterator[Diagnostic]:
    bounds = [(c.interval.steps(scale.places), c) for c in scale.categories]
    ordered = sorted(bounds, key=lambda item: -math.inf if item[0][0] is None else item[0][0])
    for ((_, high), before), ((low, _), after) in itertools.pairwise(ordered):
        if high is not None and low is not None and low > high + 1:
            yield Diagnostic(
                "W105",
                f"the scale has a gap: no category between '{before.interval.text}' "
                f"({before.label}) and '{after.interval.text}' ({after.label}); a value such "
                f"as {_step_text(high + 1, scale.places)} falls in none",
                _find(text, after.interval.text),
                text=text,
            )
    if "%" not in text and "persen" not in text.lower():
        return
    lows = [low for (low, _), _ in bounds]
    highs = [high for (_, high), _ in bounds]
    hundred = 100 * 10**scale.places
    starts_above_zero = None not in lows and min(low for low in lows if low is not None) > 0
    ends_below_100 = None not in highs and max(h for h in highs if h is not None) < hundred
    if starts_above_zero or ends_below_100:
        yield Diagnostic(
            "W105",
            f"the scale is in percent but covers only {scale.coverage()}, not 0 to 100",
            _whole(text),
            text=text,
        )


def _step_text(step: int, places: int) -> str:
    return number_text(Decimal(step).scaleb(-places))


def _find(text: str, piece: str) -> tuple[int, int]:
    start = text.find(piece)
    return (start, start + len(piece)) if start >= 0 else _whole(text)


def _check_target(target: Target, text: str) -> Iterator[Diagnostic]:
    for part in target.parts:
        if part.words_disagree and part.words_span is not None:
            words = number_to_words(int(part.number)) if part.number == int(part.number) else None
            yield Diagnostic(
                "W104",
                f"the number in words ('{part.words}' = {part.words_value}) disagrees with the "
                f"digits ({part.number}); the digits are used",
                part.words_span,
                text[: part.words_span[0]] + words + text[part.words_span[1] :] if words else None,
                text=text,
            )


def _check_scale_cell(kategori: str) -> Iterator[Diagnostic]:
    if is_scale_name(kategori):
        return
    try:
        scale = kategori_scale(kategori)
    except IkiError as error:
        reason = getattr(error, "reason", str(error))
        span = (getattr(error, "start", 0), getattr(error, "end", len(kategori)))
        code = "W105" if "overlap" in reason else "E001"
        yield Diagnostic(code, reason, span, text=kategori)
        return
    yield from _check_scale(scale, kategori)


def _check_target_cell(text: str) -> Iterator[Diagnostic]:
    try:
        target = parse_target(text)
    except IkiError as error:
        # the report could compute no capaian against it: an error, with the reason
        reason = getattr(error, "reason", str(error))
        yield Diagnostic(
            "E003",
            f"the target cannot be read as a number: {reason}",
            _whole(text),
            text=text,
        )
        return
    yield from _check_target(target, text)


def _target_against_formula(indicator: Indicator) -> Iterator[Diagnostic]:
    """E003 when a target's unit cannot meet the formula's value: a percentage formula
    (``… × 100%``) against a target counted in another unit (``12 dokumen``)."""
    text = indicator.target
    if not isinstance(text, str) or indicator.formula is None:
        return
    cell = read_cell(indicator.formula)
    if cell.kind is not CellKind.FORMULA or not isinstance(cell.value, Formula):
        return
    try:
        target = parse_target(text)
    except IkiError:
        return  # reported by _check_target_cell
    if not is_percent(cell.value.expr) or target.unit in (None, "persen"):
        return
    yield Diagnostic(
        "E003",
        f"the formula gives a percentage, but the target is counted in {target.unit!r}: "
        "capaian cannot compare them; give the target in percent",
        _whole(text),
        text=text,
        field="target",
    )


# --- documents -------------------------------------------------------------------------------


def _lint_document(document: Document) -> Iterator[Diagnostic]:
    for jabatan in document.jabatan:
        rows = jabatan.indikator
        split = _split_ratios(rows)
        for indicator in rows:
            found: list[Diagnostic] = []
            if indicator.formula is not None:
                found += _check_cell(indicator.formula, indicator)
            found += split.get(indicator.id, [])
            if isinstance(indicator.target, str):
                found += (
                    replace(d, field="target") for d in _check_target_cell(indicator.target)
                )
                found += _target_against_formula(indicator)
            if indicator.kategori:
                found += (
                    replace(d, field="kategori") for d in _check_scale_cell(indicator.kategori)
                )
            for diagnostic in found:
                yield replace(diagnostic, indicator=indicator.id)


def _lone_name(indicator: Indicator) -> str | None:
    cell = read_cell(indicator.formula or "")
    if cell.kind is CellKind.FORMULA and isinstance(cell.value, Formula):
        return _quantity_name(cell.value.expr)
    return None


def _split_ratios(rows: list[Indicator]) -> dict[str, list[Diagnostic]]:
    """Two consecutive rows of one indicator, each naming one quantity of the same thing
    (``Jumlah Pembangunan Fisik yang Terealisasi`` / ``… yang direncanakan``): a ratio
    spread over two rows."""
    found: dict[str, list[Diagnostic]] = {}
    for first, second in itertools.pairwise(rows):
        if first.indikator != second.indikator or first.formula is None or not second.formula:
            continue
        a, b = _lone_name(first), _lone_name(second)
        if a is None or b is None or name_key(a) == name_key(b):
            continue
        if name_key(a).split()[:2] != name_key(b).split()[:2]:
            continue
        suggestion = _ratio_text(*_part_over_whole(a, b))
        for row, other in ((first, second), (second, first)):
            text = row.formula or ""
            found.setdefault(row.id, []).append(
                Diagnostic(
                    "E002",
                    f"this row holds one side of a ratio and row {other.id} the other, with "
                    "no operator between them: write the whole ratio in one cell",
                    _whole(text),
                    suggestion,
                    text=text,
                )
            )
    return found
