"""Moved to ikicalc.backends.latex; this path stays for one release."""

from ikicalc.backends.latex import (
    expression_latex,
    latex_text,
    to_latex,
)

__all__ = [
    "expression_latex",
    "latex_text",
    "to_latex",
]
