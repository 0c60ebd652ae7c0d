"""What every written cell goes through: no formula run, no broken file, no terminal tricks.

- **Spreadsheet formulas** (:func:`neutralise`): a spreadsheet runs text that starts with
  ``=``, ``+``, ``-``, ``@`` (or their fullwidth forms), a tab or a carriage return, and it
  skips spaces and invisible characters first (a no-break space, a BOM, a zero-width space,
  a bidi mark before ``=`` all still run). Such text gets a leading ``'``. The same test, as
  a regular expression both Python and Polars (Rust) understand, is :data:`RISKY_START`.
  In CSV a formula start after a ``,``, ``;``, tab or line break inside the text gets a
  ``'`` too (:data:`RISKY_INSIDE`): a program splitting at another separator than ours
  would start a field there.
- **Control characters** (:func:`visible`): C0 controls other than tab, line feed and
  carriage return are illegal in XLSX (XML) and break CSV readers; they are replaced by their
  visible Unicode pictures (ESC becomes ``␛``, NUL ``␀``), DEL by ``␡``, and C1 controls,
  lone surrogates and the non-characters U+FFFE/U+FFFF by ``�``. Nothing is silently dropped.
- **The terminal** (:func:`terminal_text`): as :func:`visible`, and tab, carriage return and
  the bidi embedding/override/isolate controls too, so an escape sequence or a reordering
  mark in a data label never reaches the terminal.
"""

from __future__ import annotations

import re

from ikicalc.patterns import lazy

__all__ = [
    "INVISIBLE",
    "RISKY_INSIDE",
    "RISKY_START",
    "neutralise",
    "risky",
    "spreadsheet_text",
    "terminal_text",
    "visible",
]

INVISIBLE = (
    r"\s\u0000-\u0008\u000e-\u001f\u007f-\u009f\u00a0\u00ad\u034f\u061c\u115f\u1160"
    r"\u17b4\u17b5\u180b-\u180f\u1680\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\u3164"
    r"\ufe00-\ufe0f\ufeff\uffa0\ufff9-\ufffb\U000e0000-\U000e0fff"
)
"""A regular-expression class body: space, control and invisible (default-ignorable)
characters, which spreadsheets skip before the first visible one."""

_FORMULA_START = r"=+\-@\t\r\uff1d\uff0b\uff0d\uff20"

RISKY_START = rf"^[{INVISIBLE}]*[{_FORMULA_START}]"
"""Text that a spreadsheet would run as a formula: after any invisible characters, ``=``,
``+``, ``-``, ``@`` (or fullwidth), a tab or a carriage return. Python ``re`` and Polars
(Rust ``regex``) syntax alike."""

_RISKY = lazy(RISKY_START)

RISKY_INSIDE = rf"([,;\t\r\n][{INVISIBLE}\"]*)([{_FORMULA_START}])"
"""A formula start after a character that some spreadsheet splits CSV fields or records at
(``,``, ``;``, tab, line break). Quoting does not help there: a program that splits at
``,`` a file written with ``;`` sees the quote in mid-field as an ordinary character. The
CSV writer inserts a ``'`` between the two groups (``\1'\2``; Polars: ``${1}'${2}``)."""

_RISKY_INSIDE = lazy(RISKY_INSIDE)

_PICTURES = {code: chr(0x2400 + code) for code in range(0x20)} | {0x7F: "\u2421"}
_REPLACEMENT = "\ufffd"
_XML_ILLEGAL = lazy("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_TERMINAL_ILLEGAL = lazy(
    "[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff\ufffe\uffff]"
)


def _picture(match: re.Match[str]) -> str:
    return _PICTURES.get(ord(match.group()), _REPLACEMENT)


def visible(text: str) -> str:
    """``text`` with the characters XML and CSV readers refuse replaced visibly (see module)."""
    return _XML_ILLEGAL.sub(_picture, text)


def terminal_text(text: str) -> str:
    """``text`` safe to print in a terminal: no escape sequence, no bidi control (see module)."""
    return _TERMINAL_ILLEGAL.sub(_picture, text)


def risky(text: str) -> bool:
    """Whether a spreadsheet would run ``text`` as a formula (see :data:`RISKY_START`)."""
    return _RISKY.match(text) is not None


def neutralise(text: str) -> str:
    """``text`` safe for a spreadsheet cell: a leading ``'`` when a spreadsheet would run it."""
    return "'" + text if risky(text) else text


def spreadsheet_text(text: str) -> str:
    """``text`` for a CSV cell: control characters visible, line breaks as ``\n`` (a lone
    CR ends a record for some readers), formula starts neutralised at the start of the text
    and after every ``,``, ``;``, tab or line break in it."""
    lines = visible(text).replace("\r\n", "\n").replace("\r", "\n")
    return neutralise(_RISKY_INSIDE.sub(r"\1'\2", lines))
