"""Write formula cells as offices write them, render them with real tools, and keep the text
each real extractor gives back: ``tests/data/rendered-layouts.jsonl`` (issue 14, causes 4, 6).

    python tools/render_layouts.py [--out PATH] [--specs N] [--keep DIR]

The formulas are the development ratios (``benchmarks.variants_stacked.sources``, the ratios of
``tests/data/public-cells.jsonl`` whose one-line rendering reads right; seed rows left out), and
from their names differences over a base (``(v1 - v2) / v2 * 100``) and sums over a base
(``(v1 + v2) / v3 * 100``). Each formula is written ONCE, in one layout drawn by a hash of its
names, in the Formula cell of a Word table row ``No | Indikator | Formula | Sumber data``:

- ``omml``: a Word equation (OMML ``m:f``, numerator over denominator) with ``× 100%`` after it,
  sometimes a label ``Persentase =`` before it (names of at most 60 characters);
- ``bar-dashes``, ``bar-underscores``: numerator paragraph, a line of typed dashes or
  underscores (the scale and a label on it, or the scale after the denominator or on a line of
  its own), denominator paragraph;
- ``bar-border``: the numerator paragraph's bottom border is the bar (no character at all);
- ``bar-table``: a borderless nested table ``label | numerator | × 100%`` over ``| denominator |``
  with the numerator cell's bottom border as the bar;
- ``legend-lines``: symbols (``A``, ``X1``, acronyms) on one line, stacked, or in an equation,
  then ``Keterangan:`` / ``dimana`` / ``dengan:`` and ``A = …`` paragraphs;
- ``legend-table``: the same with the legend as a nested table ``symbol | = | meaning`` or
  ``symbol | meaning``; ``legend-beside``: a nested table, the formula in its first column
  (merged down) and the legend's symbols and meanings in the next ones;
- ``xlsx-stack``, ``xlsx-legend``: an Excel sheet, the label, numerator (bottom border),
  denominator and ``x 100%`` in merged cells, the legend in merged rows under it.

LibreOffice (``soffice --headless --convert-to pdf``, a private profile) renders the documents
with many formulas each (one table, or one sheet, per PAGE), and the cell's text is taken by
real extractors: ``pdftotext`` (default, ``-layout``, ``-raw``) and ``pdfplumber``
(``extract_text``, ``extract_text(layout=True)``) cropped to the Formula cell's box: its left
and right are the table's rules around the header word ``Formula`` (the last vertical rule
left of ``Formula``, the last left of ``Sumber``), its top the first rule under the header, its
bottom the page's lowest rule; pdftotext gets the same box with ``-x -y -W -H`` at 72 dpi. From
the ``.docx`` itself: python-docx ``cell.text`` and LibreOffice's ``txt`` export (the lines
between the row's Indikator and Sumber data cells, which carry the row's number); from the
``.xlsx``: openpyxl's values of the formula block, a row a line. An extraction that lost a name
(an equation python-docx does not see, words run together) is kept with ``readable: false``:
the benchmark counts it apart, it is not a reading failure.

Each record: ``id``, ``text``, ``extractor``, ``layout``, ``variables``, ``structure`` (as in
``public-cells.jsonl``, so ``tests.public_scoring.read_cell`` scores it), ``pool`` (the names,
what ``benchmarks/rendered_layouts.py`` splits the halves by), ``source`` (the dev cell),
``readable``. Never reads the set-aside holdout file.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.variants_stacked import sources  # noqa: E402
from tools import render_writers as w  # noqa: E402

OUT = ROOT / "tests" / "data" / "rendered-layouts.jsonl"
PER_DOCUMENT = 40
LAYOUTS = (
    "omml",
    "bar-dashes",
    "bar-underscores",
    "bar-border",
    "bar-table",
    "legend-lines",
    "legend-table",
    "legend-beside",
    "xlsx-stack",
    "xlsx-legend",
)
PDF_EXTRACTORS = (
    "pdftotext",
    "pdftotext-layout",
    "pdftotext-raw",
    "pdfplumber",
    "pdfplumber-layout",
)


def digest(*parts: str) -> int:
    """A stable number from ``parts`` (the draws of layouts and their choices)."""
    return int.from_bytes(hashlib.sha256("\x00".join(parts).encode()).digest()[:4], "big")


def specs(count: int) -> list[w.Spec]:
    """The formulas to render: development ratios, differences and sums over a base."""
    kept = [r for r in sources()[0] if not r.source.startswith("seed:")]
    kept = [r for r in kept if all("\n" not in v and len(v) <= 160 for v in r.variables)]
    kept.sort(key=lambda r: digest("order", r.source))
    found: list[w.Spec] = []
    for i, ratio in enumerate(kept):
        found.append(
            w.Spec(
                ratio.source,
                ratio.numerator,
                ratio.denominator,
                ratio.scale,
                ratio.variables,
                ratio.structure,
            )
        )
        plain = ratio.structure in ("v1 / v2 * 100", "v1 / v2") and len(ratio.variables) == 2
        if plain and i % 5 == 1:
            a, b = ratio.variables
            found.append(
                w.Spec(ratio.source, f"{a} − {b}", b, "100", (a, b), "(v1 - v2) / v2 * 100")
            )
        if plain and i % 5 == 3:
            other = kept[(i + 7) % len(kept)]
            c = other.variables[0]
            a, b = ratio.variables
            names = {n.lower() for n in (a, b, c)}
            if len(names) == 3 and "Σ" not in c:
                found.append(
                    w.Spec(ratio.source, f"{a} + {c}", b, "100", (a, c, b), "(v1 + v2) / v3 * 100")
                )
    return found[:count]


def layout_of(spec: w.Spec) -> str:
    """The layout a formula is written in, drawn by a hash of its names."""
    layout = LAYOUTS[digest("layout", *spec.variables) % len(LAYOUTS)]
    if layout == "omml" and max(len(v) for v in spec.variables) > 60:
        layout = "bar-border"
    return layout


# --- running the real tools ------------------------------------------------------------------


def soffice(path: Path, target: str, profile: Path) -> Path:
    """``path`` converted by LibreOffice to ``target`` (``pdf``, ``txt:…``) beside it."""
    subprocess.run(  # noqa: S603 - fixed program, our own files
        [  # noqa: S607
            "soffice",
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            target,
            "--outdir",
            str(path.parent),
            str(path),
        ],
        check=True,
        capture_output=True,
        timeout=600,
    )
    return path.with_suffix("." + target.split(":")[0])


def _cell_box(page: Any) -> tuple[float, float, float, float] | None:
    """The Formula cell's box on a page: the table's rules around the header words."""
    words = page.extract_words()
    head = next((x for x in words if x["text"] == "Formula"), None)
    other = next(
        (x for x in words if x["text"] == "Sumber" and head and x["x0"] > head["x0"]), None
    )
    if head is None or other is None:
        return None
    vertical = [e["x0"] for e in page.edges if e["orientation"] == "v"]
    horizontal = [e for e in page.edges if e["orientation"] == "h"]
    left = max((x for x in vertical if x <= head["x0"]), default=None)
    right = max((x for x in vertical if x <= other["x0"]), default=None)
    if left is None or right is None or right <= left:
        return None
    spanning = [e for e in horizontal if e["x0"] <= left + 2 and e["x1"] >= right - 2]
    top = min((e["top"] for e in spanning if e["top"] >= head["bottom"]), default=None)
    bottom = max((e["top"] for e in spanning), default=None)
    if top is None or bottom is None or bottom <= top:
        return None
    return left, top, right, bottom


def pdf_texts(pdf: Path) -> list[dict[str, str] | None]:
    """For each page, the Formula cell's text by every PDF extractor (None: no cell found)."""
    import pdfplumber

    found: list[dict[str, str] | None] = []
    with pdfplumber.open(pdf) as document:
        for number, page in enumerate(document.pages, start=1):
            box = _cell_box(page)
            if box is None:
                found.append(None)
                continue
            left, top, right, bottom = box
            inner = (left + 1, top + 1, right - 1, bottom - 1)
            crop = page.crop(inner)
            texts = {
                "pdfplumber": crop.extract_text(),
                "pdfplumber-layout": crop.extract_text(layout=True),
            }
            x, y = int(left) + 1, int(top) + 1
            area = [
                "-x",
                str(x),
                "-y",
                str(y),
                "-W",
                str(int(right) - x),
                "-H",
                str(int(bottom + 1) - y),
            ]
            for name, flags in (
                ("pdftotext", []),
                ("pdftotext-layout", ["-layout"]),
                ("pdftotext-raw", ["-raw"]),
            ):
                run = subprocess.run(  # noqa: S603
                    [  # noqa: S607
                        "pdftotext",
                        "-f",
                        str(number),
                        "-l",
                        str(number),
                        *flags,
                        *area,
                        str(pdf),
                        "-",
                    ],
                    check=True,
                    capture_output=True,
                    text=True,
                )
                texts[name] = run.stdout
            found.append(texts)
    return found


def lo_texts(txt: Path, count: int) -> list[str | None]:
    """The lines between row ``n``'s Indikator and Sumber data cells in LibreOffice's txt."""
    lines = txt.read_text(encoding="utf-8-sig").splitlines()
    found: list[str | None] = []
    for n in range(1, count + 1):
        try:
            start = lines.index(w.indicator_text(n))
            end = lines.index(w.source_text(n), start)
        except ValueError:
            found.append(None)
            continue
        found.append("\n".join(lines[start + 1 : end]))
    return found


# --- the records ------------------------------------------------------------------------------


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W_]+", text.lower())


def readable(text: str, spec: w.Spec, layout: str, parts: dict[str, str]) -> bool:
    """Whether every word of every name is in the text as a word (nothing lost or run
    together) and, for a legend, every symbol twice (in the formula and in its entry: an
    equation python-docx does not see leaves the legend alone)."""
    have = set(_words(text))
    if not all(word in have for name in spec.variables for word in _words(name)):
        return False
    if "legend" not in layout:
        return True
    for symbol in w.symbols_of(spec, parts["symbols"]):
        spaced = r"[ \t]?".join(re.escape(c) for c in symbol)  # "X 1": a PDF's subscript
        if len(re.findall(rf"(?<![^\W_]){spaced}(?![^\W_])", text)) < 2:
            return False
    return True


def record(
    spec: w.Spec, layout: str, extractor: str, text: str, parts: dict[str, str],
    prefix: str = "render", legible: bool | None = None,
) -> dict[str, Any]:
    """One rendering as the benchmark reads it (``prefix`` of its id; ``legible``: whether the
    extractor kept every name, :func:`readable` unless told)."""
    key = f"{spec.source}|{spec.structure}|{layout}|{extractor}"
    if legible is None:
        legible = readable(text, spec, layout, parts)
    return {
        "id": f"{prefix}:" + hashlib.sha256(key.encode()).hexdigest()[:12],
        "text": text.rstrip("\n\f "),
        "extractor": extractor,
        "layout": layout,
        "parts": parts,
        "variables": list(spec.variables),
        "structure": spec.structure,
        "pool": "\n".join(spec.variables),
        "source": spec.source,
        "readable": legible,
    }


def _render_word(
    batch: list[tuple[w.Spec, str, dict[str, str]]], where: Path, profile: Path
) -> list[dict[str, Any]]:
    path = where / "cells.docx"
    document = w.word_document(batch)
    document.save(str(path))
    cells = [w.formula_cell(table) for table in document.tables]
    pdf = soffice(path, "pdf", profile)
    txt = soffice(path, "txt:Text (encoded):UTF8", profile)
    pages, lo = pdf_texts(pdf), lo_texts(txt, len(batch))
    found: list[dict[str, Any]] = []
    if len(pages) != len(batch):
        print(f"  {len(pages)} pages for {len(batch)} formulas: batch left out", file=sys.stderr)
        return found
    for (spec, layout, parts), page, cell, lo_text in zip(batch, pages, cells, lo, strict=True):
        if page is None:
            continue
        for extractor in PDF_EXTRACTORS:
            found.append(record(spec, layout, extractor, page[extractor], parts))
        found.append(record(spec, layout, "python-docx", cell.text, parts))
        if lo_text is not None:
            found.append(record(spec, layout, "libreoffice-txt", lo_text, parts))
    return found


def _render_sheets(
    batch: list[tuple[w.Spec, str, dict[str, str]]], where: Path, profile: Path
) -> list[dict[str, Any]]:
    path = where / "cells.xlsx"
    book, blocks = w.workbook(batch)
    book.save(str(path))
    pdf = soffice(path, "pdf", profile)
    pages = pdf_texts(pdf)
    found: list[dict[str, Any]] = []
    if len(pages) != len(batch):
        print(f"  {len(pages)} pages for {len(batch)} sheets: batch left out", file=sys.stderr)
        return found
    for (spec, layout, parts), page, block in zip(batch, pages, blocks, strict=True):
        if page is None:
            continue
        for extractor in PDF_EXTRACTORS:
            found.append(record(spec, layout, extractor, page[extractor], parts))
        found.append(record(spec, layout, "openpyxl", block, parts))
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--specs", type=int, default=420, help="formulas to render")
    parser.add_argument("--keep", type=Path, default=None, help="keep the documents here")
    args = parser.parse_args(argv)
    drawn = [(s, layout_of(s)) for s in specs(args.specs)]
    words = [(s, k, w.choices(s, k, digest)) for s, k in drawn if not k.startswith("xlsx")]
    sheets = [(s, k, w.choices(s, k, digest)) for s, k in drawn if k.startswith("xlsx")]
    return render_batches(words, sheets, (_render_word, _render_sheets), args.keep, args.out)


Renderer = Callable[[list[Any], Path, Path], list[dict[str, Any]]]
"""A batch's renderer: ``render(batch, where, profile)``, the batch's records."""


def render_batches(
    words: list[Any], sheets: list[Any], render: tuple[Renderer, Renderer], keep: Path | None,
    out: Path,
) -> int:
    """Render ``words`` and ``sheets`` by batches of :data:`PER_DOCUMENT` (``render``: the
    Word renderer, the sheets' renderer; the documents kept in ``keep`` if told), write the
    records to ``out`` and say how many lost a name (this tool's and render_equations')."""
    records: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory() as scratch:
        base = keep or Path(scratch)
        profile = Path(scratch) / "profile"
        jobs: list[tuple[Renderer, list[Any]]] = [
            (render[0], words[i : i + PER_DOCUMENT]) for i in range(0, len(words), PER_DOCUMENT)
        ] + [
            (render[1], sheets[i : i + PER_DOCUMENT]) for i in range(0, len(sheets), PER_DOCUMENT)
        ]
        for number, (job, batch) in enumerate(jobs):
            where = base / f"batch{number:02d}"
            where.mkdir(parents=True, exist_ok=True)
            records.extend(job(batch, where, profile))
            print(f"batch {number + 1}/{len(jobs)}: {len(records)} renderings", file=sys.stderr)
    with out.open("w", encoding="utf-8") as handle:
        for item in records:
            handle.write(json.dumps(item, ensure_ascii=False) + "\n")
    lost, formulas = sum(not r["readable"] for r in records), len(words) + len(sheets)
    print(f"{len(records)} renderings of {formulas} formulas ({lost} lost a name) -> {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
