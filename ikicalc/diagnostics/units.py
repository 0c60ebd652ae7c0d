"""Lint rule ``W107``: the units of a formula's variables (declared in ``satuan_variabel``)
do not agree."""

from __future__ import annotations

from collections.abc import Iterator

from ikicalc.diagnostics.diagnostic import Diagnostic
from ikicalc.diagnostics.registry import Context, rule, whole
from ikicalc.i18n import _
from ikicalc.lang.ast import is_percent


@rule("W107")
def units(ctx: Context) -> Iterator[Diagnostic]:
    """Quantities of unlike units added or compared, an unknown satuan, or a percentage of
    unlike quantities."""
    facts, indicator = ctx.facts, ctx.indicator
    if facts is None or facts.never is not None or indicator is None:
        return
    declared = indicator.satuan_variabel
    if not declared:
        return
    from ikicalc.backends.measured import UnknownSatuanError, infer_unit, unit_problems

    formula = facts.formula
    try:
        problems = unit_problems(formula, declared)
    except UnknownSatuanError as error:
        yield ctx.diagnostic("W107", str(error), whole(ctx.text))
        return
    for problem in problems:
        yield ctx.diagnostic("W107", problem.reason, (problem.start, problem.end))
    if not problems and is_percent(formula.expr):
        result = infer_unit(formula, declared)
        if result.known and not result.dimensionless:
            yield ctx.diagnostic(
                "W107",
                _(
                    "a percentage of unlike quantities: the ratio is in {unit}, not a plain "
                    "number; numerator and denominator should count the same thing"
                ).format(unit=result.unit),
                formula.expr.span,
            )
