"""ikicalc: read, check and evaluate the formulas of Indonesian IKI/IKU documents."""

from __future__ import annotations

from ikicalc.errors import (
    EvaluationError,
    FormulaSyntaxError,
    IkiError,
    ScaleSyntaxError,
    TargetSyntaxError,
)
from ikicalc.evaluate import Result
from ikicalc.formula import Formula
from ikicalc.parser import parse

__all__ = [
    "EvaluationError",
    "Formula",
    "FormulaSyntaxError",
    "IkiError",
    "Result",
    "ScaleSyntaxError",
    "TargetSyntaxError",
    "parse",
]

__version__ = "0.1.0"
