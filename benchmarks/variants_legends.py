"""Variant benchmark of two families of issue 14: symbols with a legend (cause 6) and prose
around a formula (cause 8).

    python benchmarks/variants_legends.py [--show-failures [KIND]]

Real exports write the same formula in many ways. From each real dev cell of these families
(``tests/data/public-cells.jsonl``, causes 6 and 8), from plain dev formula cells turned into
symbol form (names replaced by ``A``, ``B``, ``X1``, ``JPK``, ``P_i`` … and given a legend) and
from the seed cells a reader names (``tests/test_corpus.py``), this builds the variations
documents show — legend introducers (``Keterangan:``, ``Ket.``, ``Dimana:``, ``dengan
ketentuan`` …), legend lines (``A = …``, ``A : …``, ``A adalah …``, ``- A = …``, ``a. A = …``,
``1) A = …``, endings ``;``/``,``/``.``), legends on one line, before the formula, aliases in
brackets, symbol case, LaTeX; preambles, targets, footnote marks, closing sentences, numbers
in words, a definition sentence before the formula; legends in shapes no dev cell shows
(``benchmarks/legend_shapes.py``: ``legend: unseen …``); and each with its line breaks lost
(HTML extraction) — each with the labelled variables and structure of its base, and scores
*read right* exactly as ``score_public.py`` does (``tests/public_scoring.read_cell``). Prints
the figure per kind of variation.

Only bases whose plain named rendering (``N1 / N2 x 100%``) ikicalc reads right are used, so
a miss is the legend's or the prose's, not the names'.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.legend_shapes import unseen_variants  # noqa: E402
from benchmarks.variant_forms import (  # noqa: E402
    Base,
    legend_variants,
    plain_structure,
    prose_variants,
    real_variants,
    render,
    separate,
)
from tests.public_scoring import (  # noqa: E402
    Reading,
    parse_structure,
    read_cell,
    variant_cells,
)

STRIDE = 2
"""Every other plain dev cell is turned into symbol form (enough kinds of names, half the time)."""

SEEDS = ROOT / "tests" / "data" / "seed-indicators.jsonl"

# seed cells a reader names (tests/test_corpus.py READER_VARIABLES), with their structure
SEED_LABELS = {
    "000-002": ("v1 / v2 * 100", True),
    "000-006": ("v1 / v2 * 100", True),
    "002-011": ("v1 / v2 * 100", True),
    "002-046": ("v1 / v2 * 100", True),
    "003-009": ("v1 / v2 * 100", True),
    "003-023": ("v1 / v2 * 100", True),
}
SEED_VARIABLES = {
    "000-002": ("Jumlah Pokmas yang Berpartisipasi Dalam Stimulan RT", "Jumlah Pokmas"),
    "000-006": ("Jumlah layanan Publik yang dilaksanakan", "Jumlah SOP Layanan Publik"),
    "002-011": (
        "Jumlah prasarana dan sarana umum yang telah diperbaiki di wilayah Kecamatan",
        "jumlah usulan masyarakat yang terakomodir melalui musrenbang Kecamatan",
    ),
    "002-046": ("Jumlah rekomendasi yang diberikan", "jumlah seluruh pengajuan"),
    "003-009": ("Jumlah laporan SPJ GU/TU tepat waktu", "Jumlah laporan SPJ GU/TU"),
    "003-023": ("Jumlah laporan penyerapan belanja", "Jumlah SPP dan SPM LS"),
}


@dataclass(frozen=True)
class Variant:
    """One variation: its kind, its text and its base's label."""

    kind: str
    base: Base
    text: str
    variables: tuple[str, ...]

    def cell(self) -> dict[str, object]:
        """The variation as a corpus cell for ``read_cell``."""
        return {
            "id": f"{self.base.id}~{self.kind}",
            "text": self.text,
            "kind": "formula",
            "variables": list(self.variables),
            "structure": self.base.structure,
        }


# --- the bases ----------------------------------------------------------------------------


def dev_bases() -> tuple[list[Base], list[Base]]:
    """(real cells of causes 6 and 8, plain formula cells) of the dev file."""
    family, plain = [], []
    for cell in variant_cells():
        if cell["kind"] != "formula":
            continue
        base = Base(
            cell["id"], tuple(cell["variables"]), cell["structure"], cell["percent"], cell["text"]
        )
        if 6 in cell["causes"] or 8 in cell["causes"]:
            family.append(base)
        if plain_structure(cell["structure"]) and 1 < len(cell["variables"]) <= 4:
            plain.append(base)
    return family, plain


def seed_bases() -> list[Base]:
    """The seed cells a reader names, with their structure."""
    rows = {}
    for line in SEEDS.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            rows[row["id"]] = row
    return [
        Base(f"seed-{key}", SEED_VARIABLES[key], structure, percent, rows[key]["formula"])
        for key, (structure, percent) in SEED_LABELS.items()
    ]


def _named_reads_right(base: Base) -> bool:
    text = render(base, base.variables, over=" / ")
    variant = Variant("named", base, text, base.variables)
    return read_cell(variant.cell()).right


def variants(stride: int = STRIDE) -> Iterator[Variant]:
    """Every variation of every base (of every ``stride``-th plain dev cell)."""
    family, plain = dev_bases()
    for base in family:
        for kind, text in real_variants(base):
            yield Variant(kind, base, text, base.variables)
    for base in [*plain[::stride], *seed_bases()]:
        parse_structure(base.structure)
        if not _named_reads_right(base):
            continue
        if any(name.endswith(")") for name in base.variables):
            # "Luas Panen (Ha)": a legend drops a unit after a definition (README), the
            # label keeps it; such names say nothing about legends
            continue
        for kind, text in legend_variants(base):
            yield Variant("legend: " + kind, base, text, base.variables)
            if "\n" in text and "note" not in kind and "columns" not in kind:  # lines carry them
                group = "legend: joined " + kind.split()[0]
                yield Variant(group, base, separate(text), base.variables)
        for kind, text in unseen_variants(base):  # shapes the dev cells do not show
            yield Variant("legend: unseen " + kind, base, text, base.variables)
            if "\n" in text:
                yield Variant("legend: unseen joined " + kind, base, separate(text), base.variables)
        for kind, text in prose_variants(base):
            yield Variant("prose: " + kind, base, text, base.variables)
            if "\n" in text:
                group = "prose: joined " + kind.split()[0]
                yield Variant(group, base, separate(text), base.variables)


@dataclass(frozen=True)
class Result:
    """The readings of every variation, by kind."""

    readings: dict[str, list[tuple[Variant, Reading]]]

    @property
    def rate(self) -> float:
        """The variant score: the mean over the kinds of variation of the share read right
        (each kind counts once, however many variations it has)."""
        return self.family_rate("")

    def family_rate(self, prefix: str) -> float:
        """The mean share read right of the kinds of one family (``legend:``, ``prose:``)."""
        rates = [
            sum(r.right for _, r in group) / len(group)
            for kind, group in self.readings.items()
            if kind.startswith(prefix)
        ]
        return sum(rates) / len(rates)


def run(stride: int = STRIDE) -> Result:
    """Read every variation."""
    readings: dict[str, list[tuple[Variant, Reading]]] = defaultdict(list)
    for variant in variants(stride):
        readings[variant.kind].append((variant, read_cell(variant.cell())))
    return Result(dict(readings))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--show-failures", nargs="?", const="", default=None, metavar="KIND")
    args = parser.parse_args(argv)
    result = run()
    total = sum(len(g) for g in result.readings.values())
    right = sum(r.right for g in result.readings.values() for _, r in g)
    print(
        f"variant score (mean over {len(result.readings)} kinds): {100 * result.rate:.1f} %"
        f" ({right} / {total} variations read right)"
    )
    for prefix in ("legend:", "prose:", "real"):
        print(f"  {prefix:<8} {100 * result.family_rate(prefix):6.1f} %")
    for kind in sorted(result.readings):
        group = result.readings[kind]
        ok = sum(r.right for _, r in group)
        print(f"  {kind:<52} {ok:>4} / {len(group):<4} {100 * ok / len(group):6.1f} %")
    if args.show_failures is not None:
        print("failures:")
        for kind in sorted(result.readings):
            if args.show_failures and args.show_failures not in kind:
                continue
            for variant, reading in result.readings[kind]:
                if reading.right:
                    continue
                print(f"- {kind} [{reading.outcome}] {variant.base.id}")
                print("  text:    " + variant.text.replace("\n", "\\n"))
                print(f"  label:   {list(variant.variables)} -> {variant.base.structure}")
                if reading.variables:
                    print(f"  ikicalc: {list(reading.variables)}")
                if reading.detail:
                    print(f"  detail:  {reading.detail}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
