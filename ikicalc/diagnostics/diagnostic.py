"""A lint finding (:class:`Diagnostic`) and the lint codes, read from ``ikicalc/data/lint.toml``."""

from __future__ import annotations

import dataclasses
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Literal

from ikicalc.errors import caret_excerpt
from ikicalc.i18n import _

__all__ = ["CODES", "Code", "Diagnostic", "Severity"]

Severity = Literal["error", "warning"]


@dataclass(frozen=True)
class Code:
    """One lint code: its severity, what it means, and a seed example."""

    code: str
    severity: Severity
    summary: str
    example: str


@cache
def _codes() -> dict[str, Code]:
    raw = resources.files("ikicalc").joinpath("data", "lint.toml").read_text("utf-8")
    return {
        code: Code(code, entry["severity"], entry["summary"], entry["example"])
        for code, entry in tomllib.loads(raw).items()
    }


CODES: Mapping[str, Code] = _codes()
"""Every lint code, by code (``"E001"`` …), from ``ikicalc/data/lint.toml``."""


@dataclass(frozen=True)
class Diagnostic:
    """One problem found by :func:`~ikicalc.lint`.

    ``span`` is ``(start, end)`` offsets into ``text``, the cell the problem is in
    (``field``: ``"formula"``, ``"target"`` or ``"kategori"``); ``suggestion`` a replacement
    for the whole cell, or ``None``; ``indicator`` the indicator id when a document was
    linted.
    """

    code: str
    message: str
    span: tuple[int, int]
    suggestion: str | None = None
    indicator: str | None = None
    field: str = "formula"
    text: str = dataclasses.field(default="", repr=False)

    @property
    def severity(self) -> Severity:
        """``"error"`` or ``"warning"``, as :data:`CODES` says for the code."""
        return CODES[self.code].severity

    def __str__(self) -> str:
        where = f"{self.indicator}: " if self.indicator else ""
        lines = [f"{where}{self.code} {self.message}"]
        if self.text.strip():
            lines.append(caret_excerpt(self.text, *self.span))
        if self.suggestion:
            lines.append("  " + _("suggestion: {text}").format(text=self.suggestion))
        return "\n".join(lines)
