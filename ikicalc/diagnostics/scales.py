"""Lint rule ``W105``: a category scale with a gap or an overlap, or that claims percent but
does not cover 0 to 100."""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterator
from decimal import Decimal

from ikicalc.diagnostics.diagnostic import Diagnostic
from ikicalc.diagnostics.registry import Context, rule, whole
from ikicalc.i18n import _
from ikicalc.lang.printer import number_text
from ikicalc.rules.scales import Scale, ScaleOverlapError


@rule("W105")
def scale_coverage(ctx: Context) -> Iterator[Diagnostic]:
    """Ranges that overlap or leave a gap; a percent scale that does not cover 0 to 100."""
    found = ctx.scale if ctx.scope == "kategori" else ctx.value
    if isinstance(found, ScaleOverlapError):
        span = (getattr(found, "start", 0), getattr(found, "end", len(ctx.text)))
        yield ctx.diagnostic("W105", found.reason, span)
    elif isinstance(found, Scale):
        yield from _check_scale(ctx, found)


def _check_scale(ctx: Context, scale: Scale) -> Iterator[Diagnostic]:
    text = ctx.text
    bounds = [(c.interval.steps(scale.places), c) for c in scale.categories]
    ordered = sorted(bounds, key=lambda item: -math.inf if item[0][0] is None else item[0][0])
    for ((_first, high), before), ((low, _last), after) in itertools.pairwise(ordered):
        if high is not None and low is not None and low > high + 1:
            yield ctx.diagnostic(
                "W105",
                _(
                    "the scale has a gap: no category between '{low}' ({low_label}) and "
                    "'{high}' ({high_label}); a value such as {value} falls in none"
                ).format(
                    low=before.interval.text,
                    low_label=before.label,
                    high=after.interval.text,
                    high_label=after.label,
                    value=_step_text(high + 1, scale.places),
                ),
                _find(text, after.interval.text),
            )
    if "%" not in text and "persen" not in text.lower():
        return
    lows = [low for (low, _high), _category in bounds]
    highs = [high for (_low, high), _category in bounds]
    hundred = 100 * 10**scale.places
    starts_above_zero = None not in lows and min(low for low in lows if low is not None) > 0
    ends_below_100 = None not in highs and max(h for h in highs if h is not None) < hundred
    if starts_above_zero or ends_below_100:
        yield ctx.diagnostic(
            "W105",
            _("the scale is in percent but covers only {range}, not 0 to 100").format(
                range=scale.coverage()
            ),
            whole(text),
        )


def _step_text(step: int, places: int) -> str:
    return number_text(Decimal(step).scaleb(-places))


def _find(text: str, piece: str) -> tuple[int, int]:
    start = text.find(piece)
    return (start, start + len(piece)) if start >= 0 else whole(text)
