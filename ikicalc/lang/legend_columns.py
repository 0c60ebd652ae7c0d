"""A formula and its legend side by side, as ``pdftotext -layout`` and pdfplumber's layout
mode keep a Word cell's nested table: two columns of text on the same lines.

``IKU = (A + B) / C x 100%   A   Nilai IKS pada saat`` / ``monitoring evaluasi`` / ``B   Jumlah
Total Desa Mandiri`` … or a stack of symbols beside it (``X1      X1   Jml siswa …`` /
``IKU =      x 100 %        dijenjang SMA`` / ``X2``): where every line leaves a gap of two
spaces or more at one place, the text left of it is a formula written in symbols only and
the text right of it opens with one of those symbols, the left column is written first and
the right one under it (the text keeping its length, see :mod:`.layout`); the legend's
reader and the stack's then read each as if alone. Found on ``tests/data/rendered-layouts
.jsonl`` (``tools/render_layouts.py``).
"""

from __future__ import annotations

from ikicalc.lang.chars import text_of
from ikicalc.patterns import lazy

__all__ = ["columns_apart"]

_SYMBOL = lazy(r"(?<![^\W_])(?:[A-Z][A-Z0-9]{0,7}|[A-Z] ?\d{1,2})(?![^\W_])")
_FORMULA_REST = lazy(r"[\s()\[\]+\-−×*/÷:.,%\dxΣ∑]*")
_LABEL = lazy(r"(?m)^[ \t]*(?:[^\W\d_][^\W_]*[ \t]*){1,3}=")
_GAP_END = lazy(r"[ \t](?<![ \t]{2})[ \t]{2,}(?=\S)")  # from a gap's first blank (not the square)


def _formula(left: str) -> set[str] | None:
    """The symbols of ``left`` when it is a formula of symbols (a label and its ``=`` aside)."""
    body = _LABEL.sub(" ", left, count=1) if "=" in left else left
    symbols = {s.replace(" ", "") for s in _SYMBOL.findall(body)}
    if not symbols or not _FORMULA_REST.fullmatch(_SYMBOL.sub(" ", body)):
        return None
    return symbols


def columns_apart(chars: list[str]) -> None:
    """Write the left column first, then the right one (see the module)."""
    text = text_of(chars)
    lines = text.split("\n")
    if len(lines) < 2:
        return
    candidates = sorted({m.end() for line in lines for m in _GAP_END.finditer(line)})
    for x in candidates:
        lefts: list[str] = []
        rights: list[str] = []
        for line in lines:  # each line split at its gap nearest the place (a column's
            # lines start a character or two apart in a PDF)
            gap = next((m for m in _GAP_END.finditer(line) if m.end() >= x - 2), None)
            if gap is None and len(line.rstrip()) > x - 2:
                break  # a word crosses the place
            lefts.append(line[: gap.start()] if gap else line.rstrip())
            rights.append(line[gap.end() :].rstrip() if gap else "")
        else:
            if sum(bool(r.strip()) for r in rights) < 2 or not any(s.strip() for s in lefts):
                continue
            symbols = _formula("\n".join(lefts))
            first = next(r for r in rights if r.strip()).split()[0]
            if symbols is None or first not in symbols:
                continue
            left_text = "\n".join(left for left in lefts if left.strip())
            right_text = "\n".join(right for right in rights if right.strip())
            written = f"{left_text}\n{right_text}"
            if len(written) > len(text):
                return
            chars[:] = list(written.ljust(len(text)))
            return
