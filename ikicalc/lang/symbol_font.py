"""The signs of the Symbol font as PDF text gives them, read as the signs they draw.

Word and PDF writers set a formula's operators in the Symbol font, and text extraction
(``pdftotext``, copy from a viewer) often returns them in Unicode's private use area, the
font's own code plus U+F000: ``%PRTC \\uf03d Realisasi / Rencana X 100%`` (an LKIP of the
Provinsi Jawa Barat) is ``%PRTC = …``. A careful reader sees the sign the page shows; the
signs a formula uses are mapped from the font's table (Adobe's Symbol encoding: ``=`` 0x3D,
``+`` 0x2B, ``−`` 0x2D, ``×`` 0xB4, ``÷`` 0xB8, ``⋅`` 0xD7, ``∑`` 0xE5, brackets 0x28/0x29,
``%`` 0x25, ``/`` 0x2F), one character for one, so the text keeps its length; the font's
other glyphs (the pieces of tall brackets, letters) stay as they are.
"""

from __future__ import annotations

__all__ = ["symbol_signs"]

_SIGNS = str.maketrans(
    {
        "\uf025": "%",
        "\uf028": "(",
        "\uf029": ")",
        "\uf02b": "+",
        "\uf02d": "−",
        "\uf02f": "/",
        "\uf03d": "=",
        "\uf0b4": "×",
        "\uf0b8": "÷",
        "\uf0d7": "×",
        "\uf0e5": "∑",
    }
)


def symbol_signs(chars: list[str]) -> None:
    """Write in ``chars`` the sign each Symbol-font character of the private use area draws
    (see the module)."""
    for index, char in enumerate(chars):
        if "\uf000" <= char <= "\uf0ff":
            chars[index] = char.translate(_SIGNS)
