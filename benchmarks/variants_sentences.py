"""Variant benchmark of formulas written as sentences (issue 14, causes 1 and 8).

    python benchmarks/variants_sentences.py [--show-failures] [--form FORM] [--wrap]
    python benchmarks/variants_sentences.py --dev-wrapped WIDTH [--show-failures]

Takes the two quantities of real development cells read right of the shape ``A / B`` or
``A / B × 100`` (their labelled names, as the cell writes them) and writes each pair in the
sentence forms offices use for a ratio: the noun of a ratio and ``dengan``/``dan``/``terhadap``
(``Rasio antara A dengan B``, ``Perbandingan A dengan B``, ``Hasil bagi A dan B``), the
comparison verb (``A dibandingkan dengan B``), the computation described (``dihitung dengan
membagi A dengan B, kemudian hasilnya dikalikan seratus persen``), a sentence saying what the
indicator shows before the formula (``suatu indikator yang menggambarkan …``), a heading before
a comma, a regulation's ``hasil bagi antara … dikalikan dengan bilangan 100``. Each form was
seen in public documents (named in a comment). Each variant carries the variables a careful
reader names and the structure, and is scored exactly as ``benchmarks/score_public.py`` scores a
real cell (``tests/public_scoring.read_cell``). Prints the read-right rate per form.
``--wrap`` breaks each cell into lines of at most 45 characters, as a narrow table column
or a PDF's text leaves a sentence; ``--dev-wrapped`` does that to the development cells read
right that stand on one line.

The holdout file is never read.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.pool_kit import wrapped as kit_wrapped  # noqa: E402
from tests.public_scoring import (  # noqa: E402
    Reading,
    Tally,
    composed_cell,
    print_tallies,
    read_cell,
    tally_readings,
    variant_cells,
)

PAIRS = 40
"""How many pairs of names each form is written with."""

_COUNTED = re.compile(r"(?i)^(?:jumlah|jml|total|banyaknya|volume)\b")
_PLAIN = re.compile(r"^[^\W\d_][^=/÷×*+:;()\[\]{}\n%]*[^\W_]$")
_OPERATOR_WORDS = re.compile(
    r"(?i)\b(?:dengan|dan|terhadap|per|dibagi|dikali\w*|kali|bagi|atau|yaitu|adalah|x|antara"
    r"|dibandingkan|persen|rasio|perbandingan|yang\s+menggambarkan)\b|\d|-"
)


@dataclass(frozen=True)
class Variant:
    """One cell written in a sentence form, with the reading a careful reader gives it."""

    form: str
    text: str
    variables: tuple[str, str]
    structure: str


def _lower_first(name: str) -> str:
    return name[:1].lower() + name[1:] if name[1:2].islower() else name


def pairs(limit: int = PAIRS) -> list[tuple[str, str]]:
    """Pairs of quantity names of real dev cells read right, ``A / B`` or ``A / B × 100``,
    with names of plain words (no operator word, digit, bracket) of two to twelve words."""
    found: list[tuple[str, str]] = []
    seen: set[tuple[str, str]] = set()
    for cell in variant_cells():
        if cell["kind"] != "formula" or cell["structure"] not in ("v1 / v2", "v1 / v2 * 100"):
            continue
        first, second = (" ".join(v.split()) for v in cell["variables"])
        if not all(
            _PLAIN.match(n) and not _OPERATOR_WORDS.search(n) and 2 <= len(n.split()) <= 12
            for n in (first, second)
        ):
            continue
        key = (first.lower(), second.lower())
        if key in seen or not read_cell(cell).right:
            continue
        seen.add(key)
        found.append((_lower_first(first), _lower_first(second)))
    # every other pair, so that long and short names, counted and not, all come in
    return found[::2][:limit] if len(found) >= 2 * limit else found[:limit]


Form = Callable[[str, str], "tuple[str, bool] | None"]
"""A sentence form: the cell for names ``A``, ``B`` and whether it scales by 100, or ``None``
where the form does not apply to these names."""


def _when_counted(form: Callable[[str, str], tuple[str, bool]]) -> Form:
    def guarded(a: str, b: str) -> tuple[str, bool] | None:
        return form(a, b) if _COUNTED.match(b) else None

    return guarded


FORMS: dict[str, Form] = {
    # Kepgub Jabar 061/2015; PP 78/2007
    "rasio antara A dengan B": lambda a, b: (f"Rasio antara {a} dengan {b}", False),
    "rasio antara A dan B": lambda a, b: (f"Rasio antara {a} dan {b}", False),
    # Dishub Jabar IKU 2017; Disdukcapil Konkep
    "perbandingan A dengan B": lambda a, b: (f"Perbandingan {a} dengan {b}", False),
    "perbandingan antara A dengan B × 100%": lambda a, b: (
        f"Perbandingan antara {a} dengan {b} dikali 100%",
        True,
    ),
    # Satu Data Singkawang
    "perbandingan antara A terhadap B": lambda a, b: (
        f"perbandingan antara {a} terhadap {b}",
        False,
    ),
    # SDGs Bandar Lampung; PP 78/2007
    "A dibandingkan dengan B": lambda a, b: (
        f"{a[:1].upper() + a[1:]} dibandingkan dengan {b}.",
        False,
    ),
    "A dibandingkan B x 100%": lambda a, b: (
        f"{a[:1].upper() + a[1:]} dibandingkan {b} x 100%",
        True,
    ),
    # definisi operasional PKP
    "membagi A dengan B dikalikan seratus persen": lambda a, b: (
        f"membagi {a}\ndengan {b} dikalikan seratus persen.",
        True,
    ),
    # BPS Bandung Barat; NTB satu data
    "dihitung dengan membagi A dengan B, kemudian hasilnya dikalikan seratus persen": lambda a, b: (
        f"Indikator ini dihitung dengan membagi {a} dengan {b}, kemudian hasilnya dikalikan "
        "seratus persen untuk mendapatkan persentasenya.",
        True,
    ),
    # Bandar Lampung SDGs
    "diperoleh dengan cara membagi A dengan B dan dinyatakan dalam satuan persen": lambda a, b: (
        f"Nilai ini diperoleh dengan cara membagi {a} dengan {b} pada periode yang sama dan "
        "dinyatakan dalam satuan persen (%).",
        True,
    ),
    # RPJMD Dumai
    "hasil bagi antara A dengan B dikalikan dengan bilangan 100": lambda a, b: (
        f"Formula yang dipergunakan untuk menghitung indikator ini adalah merupakan hasil bagi "
        f"antara {a} dengan {b} dikalikan dengan bilangan 100.",
        True,
    ),
    "hasil bagi A dan B": lambda a, b: (f"Hasil bagi {a} dan {b}", False),
    # BPS / SDSN metadata
    "suatu indikator yang menggambarkan … A dibandingkan dengan B dikalikan 100": lambda a, b: (
        f"suatu indikator yang menggambarkan tingkat capaian nilai {a} dibandingkan dengan "
        f"nilai {b} dikalikan 100",
        True,
    ),
    # PMK 85/2024
    "heading, A dibagi B": lambda a, b: (f"Tanah kosong, nilai {a} dibagi {b}.", False),
    # LAKIP Biro Adbang Jabar
    "merupakan perhitungan … dengan formulasi A dibagi B": lambda a, b: (
        f"Merupakan perhitungan kinerja\norganisasi\ndengan formulasi {a} dibagi {b}",
        False,
    ),
    # PP 58/2005-style growth; BPS metadata
    "selisih antara A dan B dibagi B x 100%": lambda a, b: (
        f"Selisih antara {a} dan {b} dibagi {b} x 100%",
        True,
    ),
    # a figure in words, then in digits
    "A dibagi B dikali seratus persen (100%)": lambda a, b: (
        f"{a[:1].upper() + a[1:]} dibagi {b} dikali seratus persen (100%)",
        True,
    ),
    # growth on last year's figure
    "A tahun ini dibandingkan A tahun lalu": lambda a, b: (
        f"{a[:1].upper() + a[1:]} tahun ini dibandingkan {a} tahun lalu dikali 100%",
        True,
    ),
    # Renstra / LKjIP narratives
    "diukur dengan cara menghitung A dibandingkan dengan B": lambda a, b: (
        f"Indikator ini diukur dengan cara menghitung {a} dibandingkan dengan {b} x 100%",
        True,
    ),
    "diukur dari A dibanding B": lambda a, b: (
        f"Capaian diukur dari {a} dibanding {b} x 100%",
        True,
    ),
    # SDGs / BPS metadata: the name of a rate indicator, then how it is computed
    "X per 1.000 penduduk dihitung dengan membagi A dengan B dikali 1.000": lambda a, b: (
        f"Rasio per 1.000 penduduk dihitung dengan membagi {a} dengan {b} dikali 1.000",
        False,
    ),
    "A per B": _when_counted(lambda a, b: (f"{a[:1].upper() + a[1:]} per {b}", False)),
    "rasio A dengan B": _when_counted(lambda a, b: (f"Rasio {a} dengan {b}", False)),
}

_SECOND_SUFFIX = {
    "diperoleh dengan cara membagi A dengan B dan dinyatakan dalam satuan persen": (
        " pada periode yang sama"
    ),
}
_PREFIXED = {
    "suatu indikator yang menggambarkan … A dibandingkan dengan B dikalikan 100": "nilai ",
    "heading, A dibagi B": "nilai ",
}


def wrapped(text: str, width: int = 45) -> str:
    """``text`` as a PDF's text or a narrow table column leaves it: broken into lines of at
    most ``width`` characters at spaces (its own breaks taken out first)."""
    return kit_wrapped(text.replace("\n", " "), width)


def variants(form_filter: str | None = None, wrap: bool = False) -> Iterator[Variant]:
    """Every form written with every pair."""
    names = pairs()
    for form, write in FORMS.items():
        if form_filter is not None and form_filter not in form:
            continue
        for a, b in names:
            made = write(a, b)
            if made is None:
                continue
            text, scaled = made
            text = wrapped(text) if wrap else text
            prefix = _PREFIXED.get(form, "")
            first = prefix + a
            second = (prefix + b if form.startswith("suatu") else b) + _SECOND_SUFFIX.get(form, "")
            structure = "v1 / v2 * 100" if scaled else "v1 / v2"
            if "1.000" in form:
                structure = "v1 / v2 * 1000"
            if form.startswith("selisih"):
                structure = "(v1 - v2) / v2 * 100"
            if form.startswith("A tahun ini"):
                first, second = f"{a} tahun ini", f"{a} tahun lalu"
            yield Variant(form, text, (first, second), structure)


def score(form_filter: str | None = None, wrap: bool = False) -> dict[str, Tally[Variant]]:
    """The tally of each form (``wrap``: each cell broken into lines as a PDF leaves it)."""
    return tally_readings(
        (variant.form, variant, composed_cell(f"variant-{number}", variant))
        for number, variant in enumerate(variants(form_filter, wrap))
    )


def wrapped_dev(width: int = 45) -> tuple[int, int, list[Reading]]:
    """The development formula cells read right that stand on one line of more than 60
    characters, each wrapped at ``width`` as a narrow column leaves it: ``(right, total,
    failures)``."""
    right, total, failures = 0, 0, []
    for cell in variant_cells():
        if cell["kind"] != "formula" or "\n" in cell["text"] or len(cell["text"]) <= 60:
            continue
        if not read_cell(cell).right:
            continue
        total += 1
        reading = read_cell(dict(cell, text=wrapped(cell["text"], width)))
        if reading.right:
            right += 1
        else:
            failures.append(reading)
    return right, total, failures


def _failure(variant: Variant, reading: Reading) -> Iterator[str]:
    yield f"- {variant.text!r}"
    yield f"  want {list(variant.variables)}; got {list(reading.variables)}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--show-failures", action="store_true")
    parser.add_argument("--form", help="only the forms whose name holds this text")
    parser.add_argument("--wrap", action="store_true", help="each cell broken into lines")
    parser.add_argument(
        "--dev-wrapped",
        type=int,
        metavar="WIDTH",
        help="instead: the one-line dev cells read right, wrapped at WIDTH characters",
    )
    args = parser.parse_args(argv)
    if args.dev_wrapped:
        right, total, failures = wrapped_dev(args.dev_wrapped)
        print(f"dev cells wrapped at {args.dev_wrapped}: {right} / {total} read right")
        for reading in failures if args.show_failures else ():
            print(f"  - {reading.cell['id']} {reading.outcome}: {reading.cell['text']!r}")
            print(f"    got {list(reading.variables)} {reading.detail}")
        return 0
    print_tallies(
        "sentence variants", score(args.form, args.wrap), _failure if args.show_failures else None
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
