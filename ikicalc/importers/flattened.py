"""Text flattened from a PDF (columns interleaved): rebuilding the indicator rows."""

from __future__ import annotations

from ikicalc.importers.tables import Item


def rebuild_flattened(items: list[Item]) -> list[Item] | None:
    """Rows rebuilt from flattened text, or ``None`` when the text has no indicator header."""
    return None
