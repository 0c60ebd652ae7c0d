"""Word equations, scanned pages and Excel's wrapped text cells as REAL tools flatten them
(issue 14, causes 4 and 6; session 14).

    python benchmarks/rendered_equations.py [--half work|fresh|both] [--show-failures N]
                                            [--extractor NAME] [--layout NAME]

Reads ``tests/data/rendered-equations.jsonl`` (written by ``tools/render_equations.py``: DRAWN
formulas, not development cells, written as Word equations (OMML fractions, brackets, ``∑``,
subscripted symbols with a legend), as typed layouts printed and read back by OCR (tesseract),
and as Excel cells of text with manual line breaks; the Formula cell's text taken by pdftotext,
pdfplumber, an XML walker, tesseract and a CSV export) and scores each rendering exactly as
``benchmarks/score_public.py`` scores a cell. A rendering whose extractor lost a name (OCR misread
a word, a PDF or an XML walker ran words together) is counted apart; of those, the ones ikicalc
reads with OTHER names (a silent misreading, worse than a refusal) are counted too.

The halves are split by a hash of the formula's names (salt ``rendered-equations``): rules come
from the work half only; the fresh half is run once at the start (its rate only) and once at the
end. ``--show-failures`` shows work-half failures only. Never reads the set-aside holdout file.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.rendered_layouts import renderings, run  # noqa: E402
from tests.public_scoring import pool_half  # noqa: E402

__all__ = ["DATA", "half_of", "main", "renderings"]
"""What the pools' checks (``silent_wrong.py``) read of this benchmark."""

DATA = ROOT / "tests" / "data" / "rendered-equations.jsonl"
SALT = "rendered-equations"


def half_of(rendering: dict[str, Any]) -> int:
    """0 (work) or 1 (fresh): the half of the rendering's formula, by its names."""
    return pool_half(rendering["pool"], SALT)


def main(argv: list[str] | None = None) -> int:
    return run(argv, __doc__, DATA, SALT, equations=True)


if __name__ == "__main__":
    raise SystemExit(main())
