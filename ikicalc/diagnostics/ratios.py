"""Lint rules about the ratio of a percentage: constant (``W101``), inverted (``W102``),
scaled to percent without a ratio (``W103``)."""

from __future__ import annotations

from collections.abc import Iterator
from fractions import Fraction

from ikicalc.diagnostics.diagnostic import Diagnostic
from ikicalc.diagnostics.facts import FormulaFacts, quantity_name, scaled_by_hundred
from ikicalc.diagnostics.registry import Context, rule
from ikicalc.diagnostics.sides import inverted, ratio_text
from ikicalc.i18n import _
from ikicalc.lang import ast
from ikicalc.lang.ast import is_percent
from ikicalc.lang.printer import expression_text, number_text
from ikicalc.names import name_key
from ikicalc.numbers import round_half_up


@rule("W101")
def constant(ctx: Context) -> Iterator[Diagnostic]:
    """A formula that cannot vary (numerator and denominator the same quantity), or never
    has a value (a denominator always 0)."""
    facts = ctx.facts
    if facts is None:
        return
    if facts.never is not None:
        error = facts.never
        yield ctx.diagnostic(
            "W101",
            _("the formula never has a value: {reason}").format(reason=error.reason),
            (error.start, error.end),
        )
    elif facts.constant is not None:
        yield _constant(ctx, facts, facts.constant)


def _constant(ctx: Context, facts: FormulaFacts, value: Fraction) -> Diagnostic:
    formula, ratio = facts.formula, facts.ratio
    shown = number_text(round_half_up(value)) + ("%" if is_percent(formula.expr) else "")
    message = _(
        "the formula is always {value}: the numerator and the denominator are the same quantity"
    ).format(value=shown)
    suggestion = None
    label = formula.label
    if ratio is not None and label:
        bottom = quantity_name(ratio.right)
        if bottom and name_key(label).startswith(name_key(bottom) + " "):
            message += "; " + _("the words before it ('{label}') name the part to count").format(
                label=label
            )
            suggestion = ratio_text(label, bottom)
    span = ratio.span if ratio is not None else formula.expr.span
    return ctx.diagnostic("W101", message, span, suggestion)


@rule("W102")
def inverted_ratio(ctx: Context) -> Iterator[Diagnostic]:
    """A ratio whose denominator counts the part and numerator the whole."""
    facts = ctx.facts
    if facts is None or facts.never is not None or facts.constant is not None:
        return
    ratio = facts.ratio
    if ratio is None:
        return
    top, bottom = quantity_name(ratio.left), quantity_name(ratio.right)
    if top is None or bottom is None or name_key(top) == name_key(bottom):
        return
    if inverted(top, bottom):
        swapped = ast.Binary(ast.Op.DIV, ratio.right, ratio.left)
        yield ctx.diagnostic(
            "W102",
            _(
                "the ratio looks inverted: the denominator '{bottom}' counts the part and the "
                "numerator '{top}' the whole; a percentage divides the part by the whole"
            ).format(bottom=bottom, top=top),
            ratio.span,
            expression_text(_replace(facts.formula.expr, ratio, swapped)),
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


@rule("W103")
def percent_without_ratio(ctx: Context) -> Iterator[Diagnostic]:
    """Scaled to percent by ``× 100%`` but dividing nothing: the denominator is missing."""
    facts = ctx.facts
    if facts is None:
        return
    expr = facts.formula.expr
    if facts.names and not facts.divisions and is_percent(expr) and scaled_by_hundred(expr):
        yield ctx.diagnostic(
            "W103",
            _(
                "the formula is scaled to percent (× 100%) but divides nothing: the "
                "denominator is missing"
            ),
            expr.span,
        )
