"""Moved to :mod:`ikicalc.rules.terbilang`; this path stays for one release."""

from ikicalc.rules.terbilang import (
    MAX_WORDS_NUMBER,
    number_to_words,
    words_to_number,
)

__all__ = [
    "MAX_WORDS_NUMBER",
    "number_to_words",
    "words_to_number",
]
