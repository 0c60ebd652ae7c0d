"""ikicalc: read, check and evaluate the formulas of Indonesian IKI/IKU documents."""

from __future__ import annotations

from ikicalc.errors import (
    EvaluationError,
    FormulaSyntaxError,
    IkiError,
    ScaleSyntaxError,
    TargetSyntaxError,
)

__all__ = [
    "EvaluationError",
    "FormulaSyntaxError",
    "IkiError",
    "ScaleSyntaxError",
    "TargetSyntaxError",
]

__version__ = "0.1.0"
