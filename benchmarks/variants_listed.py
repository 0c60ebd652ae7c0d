"""Variant benchmark: a list a quantity includes, and a worked example after the formula.

    python benchmarks/variants_listed.py [--half work|fresh|both] [--count N] [--seed S]
                                         [--show-failures] [--by family|frame]

Two ways Indonesian indicator tables write around a name (session 16):

- ``listing``: a quantity, a word that introduces an enumeration (kata penanda perincian:
  ``meliputi``, ``terdiri dari``, ``antara lain``, ``berupa``, ``yaitu`` …), a colon and the
  list of what it includes, as part of its name (``Jumlah produksi perikanan budidaya meliputi
  : Perikanan Budidaya Laut, Tambak dan Kolam``, polman-simkinerja-iku-dkp#02); alone, or the
  numerator of a ratio;
- ``example``: a formula of two names, then the document's figures put through it, introduced
  by a word of example (``Contoh:``, ``Contoh perhitungan:``, ``Misalnya,``, ``Sebagai
  ilustrasi:`` …) on its line or after it, in brackets or on lines of their own.

The quantities are the development cells' labels (plain noun phrases); the listing words, the
lists' items and the example frames were written for this benchmark from the classes of
Indonesian grammar (the words that introduce an enumeration, those that introduce an example).
Every pool is split in two halves by a hash of the phrase (``tests/public_scoring.pool_half``,
salt ``listed-v1``): rules are drawn from the *work* half only; the *fresh* half is read for its
rate only. The holdout file is never read.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.pool_kit import command, in_turn  # noqa: E402
from benchmarks.variants_bounds import Variant, label_names  # noqa: E402
from tests.public_scoring import ComposedBenchmark, halves  # noqa: E402

COUNT = 300
"""How many cells are drawn from each half."""
SEED = 16

# the words that introduce an enumeration or an apposition (kata penanda perincian)
LISTING: tuple[str, ...] = (
    "meliputi", "yang meliputi", "mencakup", "yang mencakup", "terdiri dari", "yang terdiri dari",
    "terdiri atas", "yang terdiri atas", "antara lain", "di antaranya", "diantaranya", "berupa",
    "yang berupa", "seperti", "termasuk", "yaitu", "yakni", "sebagai berikut",
)
# what a list holds: kinds of things the offices enumerate
ITEMS: tuple[str, ...] = (
    "air minum", "air bersih", "air kolam renang", "gedung kantor", "kendaraan dinas",
    "peralatan kantor", "RPJMD", "Renstra", "RKPD", "Renja", "LKjIP", "sosialisasi",
    "pelatihan", "pendampingan", "bimbingan teknis", "monitoring", "evaluasi", "Perikanan Laut",
    "Tambak", "Kolam", "padi", "jagung", "kedelai", "ubi kayu", "jalan", "jembatan",
    "drainase", "traffic light", "rambu lalu lintas", "marka jalan", "imunisasi dasar",
    "pemeriksaan kehamilan", "persalinan", "puskesmas", "posyandu", "rumah sakit",
    "sekolah dasar", "SMP", "SMA", "taman kanak-kanak", "pasar", "terminal", "pelabuhan",
)
FOLLOWS: tuple[tuple[str, str], ...] = (
    (" dibagi ", "v1 / v2"), (" / ", "v1 / v2"), (" dibagi dengan ", "v1 / v2"),
)
SCALES: tuple[tuple[str, str], ...] = (("", ""), (" x 100%", " * 100"), (" dikali 100%", " * 100"))

# a worked example after a formula "{A} / {B} x 100%": {a} and {b} figures, {r} the result
EXAMPLES: tuple[str, ...] = (
    "\nContoh: {a} / {b} x 100% = {r}%",
    "\nContoh : {a}/{b} x 100% = {r} %",
    " Contoh perhitungan: {a}/{b} x 100% = {r}%",
    "\nContoh perhitungan :\n{a} / {b} x 100% = {r}%",
    "\nMisal: {A} = {a}, {B} = {b}, maka capaian = {r}%",
    "\nMisalnya, {A} sebanyak {a} dan {B} sebanyak {b}, maka capaian {r}%",
    " (contoh: {a}/{b} x 100% = {r}%)",
    "\nSebagai ilustrasi: {a} / {b} x 100% = {r}%",
    "\nSimulasi perhitungan: ({a} / {b}) x 100% = {r}%",
    "\nContoh:\n{A} = {a}\n{B} = {b}\nCapaian = {a}/{b} x 100% = {r}%",
    ". Contoh: jika {A} {a} dan {B} {b}, capaian = {r}%",
    "\nContoh penghitungan: {a} dibagi {b} dikali 100% = {r}%",
    "\nSebagai contoh, {a} : {b} x 100% = {r}%",
    "\nMisalkan {A} = {a} dan {B} = {b}; capaian = {a}/{b} x 100% = {r}%",
    "\nContohnya: {a}/{b} x 100% = {r}%",
    "\nIlustrasi perhitungan: {a}/{b} x 100% = {r}%",
)
FORMULAS: tuple[str, ...] = (
    "{A} / {B} x 100%", "{A} dibagi {B} dikali 100%", "({A} / {B}) x 100%",
    "{A} dibagi dengan {B} dikalikan 100%",
)


half_of = halves("listed-v1")
"""``"work"`` or ``"fresh"``: the half of a pool a phrase falls in (a hash of it)."""


def _mine(items: Sequence[str], half: str) -> tuple[str, ...]:
    return tuple(item for item in items if half_of(item) == half)


def _names(rng: random.Random, half: str, count: int) -> list[str]:
    return rng.sample(_mine(label_names(), half), count)


def _listing(rng: random.Random, half: str) -> Variant:
    word = rng.choice(_mine(LISTING, half))
    items = rng.sample(_mine(ITEMS, half), rng.choice((2, 3, 4)))
    listed = ", ".join(items[:-1]) + rng.choice((" dan ", ", dan ", ", ")) + items[-1]
    colon = rng.choice((" : ", ": ", " :"))
    names = _names(rng, half, 2)
    comma = "," if rng.random() < 0.3 else ""
    first = f"{names[0]}{comma} {word}{colon}{' ' if colon == ' :' else ''}{listed}"
    if rng.random() < 0.3:
        return Variant("listing", word, first, (" ".join(first.split()),), "v1")
    follow, structure = rng.choice(FOLLOWS)
    scale, scaled = rng.choice(SCALES)
    text = f"{first}{follow}{names[1]}{scale}"
    return Variant("listing", word, text, (" ".join(first.split()), names[1]), structure + scaled)


def _example(rng: random.Random, half: str) -> Variant:
    frame = rng.choice(_mine(EXAMPLES, half))
    names = _names(rng, half, 2)
    formula = rng.choice(FORMULAS).format(A=names[0], B=names[1])
    b = rng.choice((40, 50, 80, 100, 120, 250))
    a = rng.randint(1, b)
    result = f"{a * 100 / b:.2f}".replace(".", ",")
    example = frame.format(A=names[0], B=names[1], a=a, b=b, r=result)
    return Variant("example", frame.split(":")[0].strip(), formula + example, tuple(names), "v1 / v2 * 100")


variants = in_turn((_listing, _example), COUNT, SEED)
"""``variants(half, count, seed)``: ``count`` cells of ``half``, drawn with ``seed``, the
families in turn."""

BENCHMARK = ComposedBenchmark("listed", variants, ("family", "frame"), "family", COUNT, SEED)
score, rate, main = BENCHMARK.score, BENCHMARK.rate, command(BENCHMARK, __doc__)


if __name__ == "__main__":
    raise SystemExit(main())
