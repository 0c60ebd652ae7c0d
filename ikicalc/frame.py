"""Moved to ikicalc.evaluation.frame; this path stays for one release."""

from ikicalc.evaluation.frame import (
    FrameResult,
    IndicatorColumns,
    evaluate_frame,
)

__all__ = [
    "FrameResult",
    "IndicatorColumns",
    "evaluate_frame",
]
