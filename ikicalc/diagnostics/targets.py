"""Lint rules about targets: a target that cannot be read, or whose unit cannot meet the
formula's value (``E003``); a number in words that disagrees with its digits (``W104``)."""

from __future__ import annotations

from collections.abc import Iterator

from ikicalc.diagnostics.diagnostic import Diagnostic
from ikicalc.diagnostics.registry import Context, rule, whole
from ikicalc.errors import IkiError
from ikicalc.i18n import _
from ikicalc.lang.ast import is_percent
from ikicalc.lang.cells import CellKind, read_cell
from ikicalc.lang.formula import Formula
from ikicalc.rules.target import Target
from ikicalc.rules.terbilang import number_to_words


@rule("E003")
def unmet_target(ctx: Context) -> Iterator[Diagnostic]:
    """A target the report could compute no capaian against: it cannot be read, or a
    percentage formula (``… × 100%``) meets a target counted in another unit
    (``12 dokumen``)."""
    target = ctx.target
    if isinstance(target, IkiError):
        reason = getattr(target, "reason", str(target))
        yield ctx.diagnostic(
            "E003",
            _("the target cannot be read as a number: {reason}").format(reason=reason),
            whole(ctx.text),
        )
        return
    indicator = ctx.indicator
    if target is None or indicator is None or indicator.formula is None:
        return
    cell = read_cell(indicator.formula)
    if cell.kind is not CellKind.FORMULA or not isinstance(cell.value, Formula):
        return
    if not is_percent(cell.value.expr) or target.unit in (None, "persen"):
        return
    yield ctx.diagnostic(
        "E003",
        _(
            "the formula gives a percentage, but the target is counted in {unit}: capaian "
            "cannot compare them; give the target in percent"
        ).format(unit=repr(target.unit)),
        whole(ctx.text),
    )


@rule("W104")
def words_disagree(ctx: Context) -> Iterator[Diagnostic]:
    """``29 (dua puluh delapan)``: the number in words is not the digits."""
    target = ctx.target if ctx.scope == "target" else ctx.value
    if not isinstance(target, Target):
        return
    text = ctx.text
    for part in target.parts:
        if part.words_disagree and part.words_span is not None:
            words = number_to_words(int(part.number)) if part.number == int(part.number) else None
            yield ctx.diagnostic(
                "W104",
                _(
                    "the number in words ('{words}' = {value}) disagrees with the digits "
                    "({digits}); the digits are used"
                ).format(words=part.words, value=part.words_value, digits=part.number),
                part.words_span,
                text[: part.words_span[0]] + words + text[part.words_span[1] :] if words else None,
            )
