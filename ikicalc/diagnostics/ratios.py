"""Lint rules about the ratio of a percentage: constant (``W101``), inverted (``W102``),
scaled to percent without a ratio (``W103``), a quantity added to it (``W130``), and the
brackets of a mean lost (``W131``)."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from fractions import Fraction

from ikicalc.diagnostics.diagnostic import Diagnostic
from ikicalc.diagnostics.facts import FormulaFacts, quantity_name, scaled_by_hundred, top_ratio
from ikicalc.diagnostics.registry import Context, rule
from ikicalc.diagnostics.sides import inverted, ratio_text
from ikicalc.i18n import _
from ikicalc.lang import ast
from ikicalc.lang.ast import is_percent
from ikicalc.lang.count_mean import added_terms, read_count_mean
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


@rule("W130")
def count_beside_percentage(ctx: Context) -> Iterator[Diagnostic]:
    """``A + B / C × 100%``: a quantity added to (or taken from) a percentage, where the
    brackets of ``(A + B) / C × 100%`` were likely lost."""
    facts = ctx.facts
    if facts is None or not facts.divisions:
        return
    expr = facts.formula.expr
    if not isinstance(expr, ast.Binary) or expr.op not in (ast.Op.ADD, ast.Op.SUB):
        return
    scaled, quantity = expr.right, expr.left
    ratio = _scaled_ratio(scaled)
    if quantity_name(quantity) is None or ratio is None:
        return
    between = ctx.text[quantity.span[1] : ratio.left.span[0]]
    if not 0 < quantity.span[1] <= ratio.left.span[0] or "(" in between:
        return  # "A + (B / C) × 100%": the brackets say it
    whole = ast.Binary(
        ast.Op.MUL,
        ast.Binary(ast.Op.DIV, ast.Binary(expr.op, quantity, ratio.left), ratio.right),
        ast.Percent(Decimal(100)),
    )
    if expr.op is ast.Op.ADD:
        said = _("'{quantity}' is added to a percentage ({ratio})")
    else:
        said = _("a percentage ({ratio}) is taken from '{quantity}'")
    yield ctx.diagnostic(
        "W130",
        said.format(quantity=quantity_name(quantity), ratio=expression_text(scaled))
        + _(": a count and a percentage do not add up; if the sum is divided, write the brackets"),
        expr.span,
        expression_text(whole),
    )


def _scaled_ratio(node: ast.Expr) -> ast.Binary | None:
    """``B / C`` where ``node`` is ``B / C × 100%``: a ratio of two quantities scaled to
    percent; else ``None``."""
    if not isinstance(node, ast.Binary) or node.right != ast.Percent(Decimal(100)):
        return None
    ratio = top_ratio(node)
    if ratio is None or ratio is not node.left:
        return None
    named = quantity_name(ratio.left) is not None and quantity_name(ratio.right) is not None
    return ratio if named else None


@rule("W131")
def mean_without_brackets(ctx: Context) -> Iterator[Diagnostic]:
    """``A + B + C / 3`` read as written (the canonical text means what it says): the last
    term alone divided by the count of the terms, the brackets of a mean likely lost (the
    shape :func:`ikicalc.lang.count_mean.read_count_mean` reads where the cell is no canonical
    text, its one home)."""
    facts = ctx.facts
    if facts is None or not facts.divisions:
        return
    expr = facts.formula.expr
    if not isinstance(expr, ast.Binary) or expr.op is not ast.Op.ADD:
        return
    mean, readings = read_count_mean(expr)
    if not readings:
        return
    yield ctx.diagnostic(
        "W131",
        _(
            "only the last term is divided by {count}, the number of the terms added: if their "
            "mean is meant, write the brackets"
        ).format(count=len(added_terms(expr) or ())),
        expr.span,
        expression_text(mean),
    )

