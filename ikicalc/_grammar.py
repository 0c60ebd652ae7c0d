"""Loading the ``.lark`` grammars that ship inside the package.

In a wheel the grammars live in ``ikicalc/grammar/``; in a source checkout (editable install)
they live in the top-level ``grammar/`` folder beside the package.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path

__all__ = ["grammar_text"]


@cache
def grammar_text(name: str) -> str:
    """Return the text of ``grammar/<name>.lark``."""
    filename = f"{name}.lark"
    packaged = resources.files("ikicalc").joinpath("grammar", filename)
    if packaged.is_file():
        return packaged.read_text(encoding="utf-8")
    checkout = Path(__file__).resolve().parent.parent / "grammar" / filename
    return checkout.read_text(encoding="utf-8")
