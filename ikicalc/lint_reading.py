"""Moved to ikicalc.diagnostics.reading; this path stays for one release."""

from ikicalc.diagnostics.reading import reading_notes

__all__ = ["reading_notes"]
