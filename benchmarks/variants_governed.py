"""Variant benchmark: the list of operands a word of an operation governs in a sentence.

    python benchmarks/variants_governed.py [--half work|fresh|both] [--count N] [--seed S]
                                           [--show-failures] [--by family|head|joiner]

Regulations and metadata pages say a sum, a deduction or a product of several quantities in
one sentence (session 17): the verb or the noun of the operation, then its operands in a
list, commas between them and ``dan`` or ``serta`` before the last (``Metode perhitungannya
dilakukan dengan menjumlahkan Garis Kemiskinan Makanan (GKM) dan Garis Kemiskinan Nonmakanan
(GKNM), yang diperoleh dari …``, bungo-bps#17; ``penjumlahan dari modal disetor, cadangan,
dan laba, dikurangi kerugian``, POJK 6/2014; ``… dikurangi dengan pemotongan dan pemungutan
pajak serta pajak yang dibayar …``, UU 7/1983). Families:

- ``list``: a verb or a noun of a sum or a product (both forms of one word: ``menjumlahkan``
  / ``penjumlahan``, ``mengalikan`` / ``perkalian``) and three or four operands;
- ``layered``: operands whose names hold a ``dan`` of their own, the list joined by ``serta``
  (the higher conjunction of Indonesian: ``sarana dan prasarana serta …``);
- ``deducted``: a quantity, then ``dikurangi`` / ``ditambah`` and a list of two or three.

Each may open with a frame (``X dihitung dengan cara …``, ``Metode perhitungannya dilakukan
dengan …``) and close with a clause of source or purpose after the last name (``, berdasarkan
data …``, ``, yang bersumber dari …``). The quantities are the development cells' labels
(plain noun phrases); the heads, frames and tails were written from the classes of Indonesian
grammar. Every pool is split in two halves by a hash (``tests.public_scoring.halves``, salt
``governed-v1``): rules come from the *work* half; the *fresh* half is read for its rate only.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.pool_kit import Parts, command  # noqa: E402
from benchmarks.variants_bounds import label_names  # noqa: E402
from tests.public_scoring import ComposedBenchmark, HalfDraw  # noqa: E402

COUNT = 300
"""How many cells are drawn from each half."""
SEED = 17

# the words that open a sentence saying how a value is computed, {T} the indicator
FRAMES: tuple[str, ...] = (
    "", "Dihitung dengan ", "{T} dihitung dengan cara ", "{T} diperoleh dengan ",
    "Metode perhitungannya dilakukan dengan ", "Cara menghitung: ", "{T} diukur dengan ",
    "Perhitungan dilakukan dengan cara ", "{T} dihitung dengan ", "Rumus: ",
)
# a noun frame: a copula before the noun of the operation
NOUN_FRAMES: tuple[str, ...] = (
    "", "{T} merupakan ", "{T} adalah ", "{T} sama dengan ", "{T} dihitung dari ",
    "{T} diperoleh dari ", "{T} ialah ",
)
SUM_VERBS: tuple[str, ...] = ("menjumlahkan",)
SUM_NOUNS: tuple[str, ...] = (
    "penjumlahan", "penjumlahan dari", "hasil penjumlahan", "hasil penjumlahan dari",
    "penjumlahan antara",
)
PRODUCT_NOUNS: tuple[str, ...] = (
    "perkalian dari", "hasil perkalian dari", "perkalian antara", "hasil kali antara",
    "hasil kali dari",
)
TITLES: tuple[str, ...] = (
    "Nilai indikator", "Total pendapatan", "Jumlah kasus", "Nilai capaian", "Modal sendiri",
    "Angka tersebut", "Indeks komposit", "Total belanja",
)
# clauses after the last name that say where the figures come from or what for
TAILS: tuple[str, ...] = (
    "", ", berdasarkan data Susenas", ", berdasarkan hasil Survei Angkatan Kerja Nasional",
    ", yang bersumber dari laporan tahunan", ", yang diperoleh dari hasil survei",
    ", sesuai data yang tersedia", ", untuk memperoleh nilai akhir",
    ", sebagaimana tercantum dalam lampiran", ".", ", dalam satuan rupiah",
)
# names that hold a "dan" of their own (one quantity of two kinds)
LAYERED: tuple[str, ...] = (
    "pemotongan dan pemungutan pajak", "biaya operasional dan pemeliharaan",
    "belanja barang dan jasa", "sarana dan prasarana", "bantuan sosial dan hibah",
    "penyusutan dan amortisasi", "tunjangan jabatan dan tunjangan keluarga",
    "pendapatan bunga dan dividen", "utang usaha dan utang lainnya",
    "retribusi pelayanan pasar dan terminal", "iuran wajib dan sukarela",
    "honorarium narasumber dan moderator", "kerugian penurunan nilai dan penghapusan",
    "jasa giro dan bunga deposito",
)
DEDUCT: tuple[tuple[str, str], ...] = (
    (" dikurangi ", "-"), (" dikurangi dengan ", "-"), (" ditambah ", "+"),
    (" ditambah dengan ", "+"), (" dikurangkan dengan ", "-"), (" ditambahkan dengan ", "+"),
)


@dataclass(frozen=True)
class Variant(Parts):
    """One composed cell and the reading a careful reader gives it."""

    family: str
    head: str
    joiner: str
    text: str
    variables: tuple[str, ...]
    structure: str


class Draw(HalfDraw):
    """The draw from one half of the pools."""

    salt = "governed-v1"

    def names(self, count: int) -> list[str]:
        return self.sample(list(label_names()), count)

    def joined(self, items: list[str], joiner: str) -> str:
        if len(items) == 2:
            return f"{items[0]} {joiner.strip(', ')} {items[1]}"
        return ", ".join(items[:-1]) + joiner + items[-1]

    def opened(self, frames: tuple[str, ...], head: str) -> str:
        frame: str = self.pick(list(frames)).format(T=self.pick(list(TITLES)))
        text = frame + head
        return text[:1].upper() + text[1:]


def _structure(count: int, op: str, first: int = 1) -> str:
    return f" {op} ".join(f"v{n}" for n in range(first, first + count))


def _list(draw: Draw) -> Variant:
    count = draw.rng.choice((3, 3, 4))
    names = draw.names(count)
    joiner = draw.pick([", dan ", " dan ", ", serta ", " serta "])
    kind = draw.rng.random()
    if kind < 0.4:
        head = draw.pick(list(SUM_VERBS))
        opened, op = draw.opened(FRAMES, head), "+"
    elif kind < 0.8:
        head = draw.pick(list(SUM_NOUNS))
        opened, op = draw.opened(NOUN_FRAMES, head), "+"
    else:
        head = draw.pick(list(PRODUCT_NOUNS))
        opened, op = draw.opened(NOUN_FRAMES, head), "*"
    tail = draw.pick(list(TAILS))
    text = f"{opened} {draw.joined(names, joiner)}{tail}"
    return Variant("list", head, joiner, text, tuple(names), _structure(count, op))


def _layered(draw: Draw) -> Variant:
    items = draw.sample(list(LAYERED), 2) + draw.names(1)
    draw.rng.shuffle(items)
    if draw.rng.random() < 0.5:
        joiner = draw.pick([" serta ", ", serta "])
        head = draw.pick(list(SUM_VERBS + SUM_NOUNS))
        frames = FRAMES if head in SUM_VERBS else NOUN_FRAMES
        opened = draw.opened(frames, head)
        tail = draw.pick(list(TAILS))
        text = f"{opened} {draw.joined(items, joiner)}{tail}"
        return Variant("layered", head, joiner, text, tuple(items), _structure(3, "+"))
    first = draw.names(1)[0]
    word, sign = draw.pick(list(DEDUCT))
    joiner = " serta "
    text = f"{first}{word}{items[0]}{joiner}{items[1]}"
    structure = f"v1 {sign} v2 {sign} v3"
    return Variant("layered", word.strip(), joiner, text, (first, items[0], items[1]), structure)


def _deducted(draw: Draw) -> Variant:
    count = draw.rng.choice((2, 3))
    names = draw.names(count + 1)
    word, sign = draw.pick(list(DEDUCT))
    joiner = draw.pick([", dan ", " dan ", ", serta ", " serta "] if count > 2 else [" serta "])
    title = draw.pick(list(TITLES))
    opening = draw.pick(["", f"{title} = ", f"{title} adalah ", f"{title} sebesar "])
    text = f"{opening}{names[0]}{word}{draw.joined(names[1:], joiner)}"
    structure = "v1 " + " ".join(f"{sign} v{n}" for n in range(2, count + 2))
    return Variant("deducted", word.strip(), joiner, text, tuple(names), structure)


def variants(half: str, count: int = COUNT, seed: int = SEED) -> Iterator[Variant]:
    """``count`` cells of ``half``, drawn with ``seed``, the families in turn."""
    draw = Draw(random.Random(f"{seed}:{half}"), half)  # noqa: S311 - reproducible, not secrets
    makers = (_list, _layered, _deducted)
    for number in range(count):
        yield makers[number % len(makers)](draw)


BENCHMARK = ComposedBenchmark(
    "governed", variants, ("family", "head", "joiner"), "family", COUNT, SEED
)
score, rate, main = BENCHMARK.score, BENCHMARK.rate, command(BENCHMARK, __doc__)


if __name__ == "__main__":
    raise SystemExit(main())
