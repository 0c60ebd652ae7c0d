"""A bar drawn inside a line: a fraction whose numerator and denominator stand beside it.

PDF text and hurried typists leave a fraction's bar on one line with its parts around it:
``A = 2720 ------- x 100 % B = 31500`` (the data values set aside), ``A + B ------ x 100% D``
(the one bar of a one-line cell divides all before it by all after it, the scale beside it
multiplies the whole), ``A ------ B``; a form's blank result (``x 100 % = ...... %``) is set
aside. A bar alone on its line, or with only what a stack's middle line holds beside it, is
left to :func:`ikicalc.lang.stacking.stack`. Works on the cell's characters in place (the
text keeps its length, see :mod:`ikicalc.lang.layout`).
"""

from __future__ import annotations

import re

from ikicalc.i18n import N_
from ikicalc.lang import guards
from ikicalc.lang.chars import text_of
from ikicalc.lang.layout_cues import BAR, RATIO_SCALED, SCALE, blank
from ikicalc.lang.lost_bars import LostBar
from ikicalc.lang.stacking import middle_line_beside_bar
from ikicalc.patterns import lazy

__all__ = ["bars_in_line"]

_DATA_VALUE = lazy(r"=[ \t]*(?P<value>\d[\d.,]*)?[ \t]*(?=[-_─—]{3,})")
_RESULT_AFTER_BAR = lazy(
    r"[ \t]*+(?:[xX×*][ \t]*+\d[\d.,]*+[ \t]*+(?:%|persen)?)?[ \t]*+(?P<eq>=)(?=[ \t]*[^\W\d_])"
)
_BLANK_FIELD = lazy(r"=[ \t]*$")  # the '=' of a form's blank result, before its dots
_SCALE_NEXT = lazy(
    r"[ \t]*(?P<scale>" + SCALE + r")(?![\d.,]*\d)"
    r"(?=[ \t]*=?[ \t]*[^\W_(\[Σ∑])"
)
_RESULT_END = lazy(r"[ \t]*%?")
_SCALE_LAST = lazy(
    r"(?<=[^\W_)\]])[ \t]+(?P<scale>" + RATIO_SCALED + r"[ \t]*(?:%|persen)?)[ \t]*$"
)
_SCALE_AFTER_BAR = lazy(r"[ \t]*(?:[xX×*]|\\times|per\b)")
# a sum under the bar, then a product by a name ("t ------- 110 + t X harga atau pembayaran …",
# PP 1/2012): the factor stood beside the bar of the stack, after the denominator's line
_SUM_THEN_FACTOR = lazy(
    r"[ \t]*(?P<den>[^\s×xX*/÷=+\-−][^\n×*/÷=+\-−]{0,60}?[ \t][+\-−][ \t]"
    r"[^\n×*/÷=+\-−]{1,60}?)(?P<gap>[ \t]+)[xX][ \t]+(?P<factor>[^\W\d_][^\n+\-−]*)$"
)
SUM_THEN_FACTOR = N_(
    "a sum under a bar in a line, then a product by a name: the factor stood beside the "
    "stack's bar and multiplies the fraction (not the sum's last term)"
)


def bars_in_line(chars: list[str]) -> LostBar | None:
    """Read the bars that stand inside a line (see module); the place of the one bar of a
    one-line cell and its scale set aside, else ``None``."""
    current = text_of(chars)
    if "=" in current:
        for match in _DATA_VALUE.finditer(current):
            line = current[current.rfind("\n", 0, match.start()) + 1 : match.start()]
            middle = "\n" in current[: match.start()] and "\n" in current[match.end() :]
            if match.group("value") or not (middle and re.search(r"[^\W\d_]", line)):
                blank(chars, match.start(), match.end())
        current = text_of(chars)
    inline: LostBar | None = None
    bars = guards.bar(current)
    one_bar = bars and "\n" not in current.strip() and len(BAR.findall(current)) == 1
    for match in BAR.finditer(current) if bars else ():  # in a line: "A = 2720 ---- x 100 % B"
        line_start = current.rfind("\n", 0, match.start()) + 1
        line_end = (current.find("\n", match.end()) + 1 or len(current) + 1) - 1
        alone = not (current[line_start : match.start()] + current[match.end() : line_end]).strip()
        # "Persentase = ------ x 100%", "x 100% -----": a stack's middle line, lines above and below
        between = bool(current[:line_start].strip()) and bool(current[line_end:].strip())
        beside = current[line_start : match.start()], current[match.end() : line_end]
        middle = between and middle_line_beside_bar(*beside)
        blank_result = _BLANK_FIELD.search(current, 0, match.start())
        result_end = _RESULT_END.match(current, match.end())
        scale_after = _SCALE_AFTER_BAR.match(current, match.end())
        if middle:  # the stack's middle line: stacking reads it
            continue
        if blank_result and result_end and not scale_after:  # "x 100 % = ...... %": a blank
            blank(chars, blank_result.start(), result_end.end())
        elif not alone and current[: match.start()].strip() and current[match.end() :].strip():
            blank(chars, match.start(), match.end())
            # "A .------ x 100 % = B": a leader dot before the bar, the result's '=' after it
            # (or the period that ends the numerator's sentence, its line break lost:
            # "… sosial ekonomi sejenis. ______ x 100 % Jumlah …")
            leader = re.search(r"(?<=\s)\.[ \t]*$|(?<=[^\W\d_])\.[ \t]+$", current[: match.start()])
            if leader:
                blank(chars, leader.start(), leader.end())
            result = _RESULT_AFTER_BAR.match(current, match.end())
            if result:
                blank(chars, result.start("eq"), result.end("eq"))
            scale = _SCALE_NEXT.match(current, match.end())
            signed = scale or re.search(r"[×*/÷=]", current[match.end() : line_end])
            after = None if signed else _SUM_THEN_FACTOR.match(current, match.end(), line_end)
            if one_bar and after is not None and "x" not in after.group("den").split():
                chars[match.start() : match.start() + 2] = ["÷", "("]  # "t ÷(110 + t) X harga"
                chars[after.start("gap")] = ")"
                den, factor = (" ".join(after.group(g).split()) for g in ("den", "factor"))
                chosen, other = f"/ ({den}) × {factor}", f"/ ({den} × {factor})"
                inline = LostBar(match.start(), None, SUM_THEN_FACTOR, True, None, chosen, other)
            elif one_bar and (scale or not scale_after):
                # "A + B ------ x 100% D": the bar of a one-line cell divides all that stands
                # before it by all after it; the scale beside it multiplies the whole
                chars[match.start()] = "÷"
                # (on the formula's line: a legend blanked under it leaves its line breaks)
                last = None if scale else _SCALE_LAST.search(current, match.end(), line_end)
                # "A ------ B x 100%": the scale that ended the denominator's line, its line
                # breaks lost, multiplies the fraction too (as on the lines of a stack)
                span = scale.span("scale") if scale else last.span("scale") if last else None
                if span:
                    blank(chars, *span)
                inline = LostBar(match.start(), span, guess=None)
            elif not scale_after:
                chars[match.start()] = "÷"  # "A ------ B": the bar alone divides
    return inline
