"""Moved to ikicalc.diagnostics; this path stays for one release."""

from ikicalc.diagnostics.api import lint
from ikicalc.diagnostics.diagnostic import CODES, Code, Diagnostic

__all__ = ["CODES", "Code", "Diagnostic", "lint"]
