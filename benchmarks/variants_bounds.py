"""Variant benchmark: where a quantity's name starts and ends in a sentence.

    python benchmarks/variants_bounds.py [--half work|fresh|both] [--count N] [--seed S]
                                         [--show-failures] [--by family|frame]

A name is a noun phrase: it may hold its relative clauses (``yang telah dibayar``,
``sebagaimana dimaksud pada ayat (1)``), not a predicate of the sentence nor a clause a
connective opens. Real names, the variables of the development cells' labels (a noun phrase
of two to eight words, no operator word in it), are set in sentence frames of four families:

- ``before``: a clause before the first name (``Indikator ini dihitung berdasarkan …``,
  ``Apabila …``, ``Untuk mendapatkan nilai rata-rata, maka …``, ``Melihat data …``);
- ``after``: a clause after the last name (``… yang dinyatakan sebagai angka``, ``…, dengan
  rumusan sebagai berikut``, ``… sebagai bentuk akuntabilitas …``, ``…, akan diperoleh …``);
- ``minus``: a subtraction said as a clause (``A setelah dikurangi dengan B``);
- ``relative``: a name that ends with its relative clause, which stays, before a clause after it.

The frames were written for this benchmark from the shapes of the cold reads (the closed
classes of Indonesian grammar: subordinating conjunctions, copulas, verbs of stating), the
names are the labels' own. Both pools are split in two halves by a hash of the phrase
(``tests/public_scoring.pool_half``, salt ``bounds-v1``): rules are drawn from the *work* half
only; the *fresh* half is read for its rate only. The holdout file is never read.
"""

from __future__ import annotations

import random
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.pool_kit import Parts, command, in_turn  # noqa: E402
from tests.public_scoring import DEV_PATH, ComposedBenchmark, halves, load_cells  # noqa: E402

COUNT = 400
"""How many cells are drawn from each half."""
SEED = 15

# words no name of the pool holds: operators, connectives and copulas (a name that holds one
# is ambiguous in a sentence, and the labels would not tell the reader which reading is meant)
_NOT_IN_NAME = re.compile(
    r"(?i)\b(?:dan|atau|dengan|dibagi|dikali\w*|kali|ditambah\w*|dikurang\w*|tambah|kurang|"
    r"per|adalah|merupakan|ialah|yaitu|yakni|jika|bila|apabila|maka|sehingga|agar|untuk|"
    r"sebagai|terhadap|antara|selisih|rasio|rata|persentase|persen|jumlah\s+dari|total\s+dari)\b"
)
_NAME_SHAPE = re.compile(r"[A-Za-z][A-Za-z ()-]*[A-Za-z)]")


@cache
def label_names() -> tuple[str, ...]:
    """The variables of the development cells' formula labels that are plain noun phrases."""
    names: set[str] = set()
    for cell in load_cells(DEV_PATH):
        if cell.get("kind") != "formula":
            continue
        for name in cell.get("variables", []):
            words = name.split()
            if (
                3 <= len(words) <= 8
                and _NAME_SHAPE.fullmatch(name)
                and name.count("(") == name.count(")")
                and not _NOT_IN_NAME.search(name)
                and not any(len(word) == 1 for word in words)
            ):
                names.add(name)
    return tuple(sorted(names))


SUBJECTS: tuple[str, ...] = (
    "Indikator ini", "Nilai indikator", "Angka tersebut", "Capaian kinerja", "Tingkat capaian",
    "Rasio tersebut", "Nilai rata-rata", "Persentase capaian", "Indeks kepuasan",
    "Besarnya tunjangan", "Angka kematian", "Tingkat pelayanan", "Nilai kinerja",
    "Angka partisipasi", "Besaran insentif", "Nilai indeks",
)
# a clause before the first name; {S} a subject, lower-cased mid-sentence
BEFORE: tuple[str, ...] = (
    "{S} dihitung berdasarkan ", "{S} didasarkan atas ", "{S} diperoleh berdasarkan ",
    "{S} adalah ", "{S} merupakan ", "{S} ialah ", "{S} yaitu ",
    "Apabila ", "Bila ", "Jika ", "Manakala ",
    "Untuk mendapatkan {s}, maka ", "Untuk memperoleh {s}, ", "Guna menghitung {s}, maka ",
    "Selanjutnya, untuk mendapatkan {s}, maka ", "Agar diperoleh {s}, ",
    "Dengan cara ", "{S} ditentukan dengan cara ", "Caranya yaitu ",
    "Melihat data ", "Menghitung ", "Mengukur ", "Membandingkan data ",
    "Sehingga ", "Maka ", "Kemudian ", "Selanjutnya ",
    "{S} dihitung dari ", "{S} didapat dari ", "{S} diukur melalui ",
    "Dalam hal ini, ", "Oleh karena itu, ", "Karena itu ",
)
# a clause after the last name; {s} a subject
AFTER: tuple[str, ...] = (
    " yang dinyatakan sebagai angka", ", dengan rumusan sebagai berikut",
    ", dengan rumus sebagai berikut", " sebagai bentuk akuntabilitas kepada masyarakat",
    " sebagai bentuk transparansi informasi publik", ", akan diperoleh {s}",
    ", maka akan diperoleh {s}", " sehingga diperoleh {s}", " apabila datanya tersedia",
    " jika data tersedia", " bila diperlukan", " agar dapat dibandingkan antar daerah",
    " supaya dapat diperbandingkan", " dan hasilnya dibulatkan ke atas",
    " lalu hasilnya dibulatkan",
    " sesuai dengan ketentuan peraturan perundang-undangan", " sesuai ketentuan yang berlaku",
    " untuk mengetahui {s}", " guna mengukur {s}", " dalam rangka evaluasi kinerja",
    " karena data bersifat kumulatif", " meskipun data belum lengkap",
    ". Semakin tinggi nilainya semakin baik", " sebagaimana ditetapkan oleh kepala dinas",
)
# the operator between two names, and its structure
JOINS: tuple[tuple[str, str], ...] = (
    (" dibagi ", "v1 / v2"), (" dibagi dengan ", "v1 / v2"), (" dikalikan dengan ", "v1 * v2"),
    (" dikali ", "v1 * v2"), (" ditambah ", "v1 + v2"), (" ditambah dengan ", "v1 + v2"),
    (" dikurangi ", "v1 - v2"), (" dikurangi dengan ", "v1 - v2"),
)
MINUS: tuple[str, ...] = (
    " setelah dikurangi ", " setelah dikurangi dengan ", " sesudah dikurangi ",
    " setelah dikurangkan dengan ", " sesudah dikurangi dengan ", " yang dikurangi dengan ",
)
# relative clauses a name keeps
RELATIVES: tuple[str, ...] = (
    " yang telah dibayar", " yang diterima melalui rekening kas umum daerah",
    " sebagaimana dimaksud pada ayat (1)", " sebagaimana dimaksud dalam Pasal 5",
    " yang tercatat pada akhir tahun", " pada tahun berjalan", " yang dilaporkan",
    " di wilayah kerja puskesmas", " yang sudah terverifikasi", " pada periode yang sama",
)
SCALES: tuple[tuple[str, str], ...] = (
    ("", ""), ("", ""), (" dikali 100%", " * 100"), (" x 100%", " * 100"),
    (" dikalikan 100", " * 100"),
)


@dataclass(frozen=True)
class Variant(Parts):
    """One composed cell and the reading a careful reader gives it."""

    family: str
    frame: str
    text: str
    variables: tuple[str, ...]
    structure: str


half_of = halves("bounds-v1")
"""``"work"`` or ``"fresh"``: the half of a pool a phrase falls in (a hash of it)."""


def _mine(items: Sequence[str], half: str) -> tuple[str, ...]:
    return tuple(item for item in items if half_of(item) == half)


def _subject(rng: random.Random, half: str) -> str:
    return rng.choice(_mine(SUBJECTS, half))


def _fill(frame: str, subject: str) -> str:
    return frame.replace("{S}", subject).replace("{s}", subject[0].lower() + subject[1:])


def _lowered(name: str) -> str:
    """A name mid-sentence: its first word lower-cased unless it is an acronym."""
    first, _, rest = name.partition(" ")
    if first[1:].islower():
        first = first.lower()
    return f"{first} {rest}" if rest else first


def _names(rng: random.Random, half: str, count: int) -> list[str]:
    return rng.sample(_mine(label_names(), half), count)


def _operation(rng: random.Random, names: Sequence[str]) -> tuple[str, str]:
    join, structure = rng.choice(JOINS)
    scale, scaled = rng.choice(SCALES)
    if scaled and structure[3] in "+-":
        structure = f"({structure})"
    return f"{names[0]}{join}{names[1]}{scale}", structure + scaled


def _before(rng: random.Random, half: str) -> Variant:
    frame = rng.choice(_mine(BEFORE, half))
    names = [_lowered(name) for name in _names(rng, half, 2)]
    body, structure = _operation(rng, names)
    text = _fill(frame, _subject(rng, half)) + body + "."
    return Variant("before", frame.strip(), text, tuple(names), structure)


def _after(rng: random.Random, half: str) -> Variant:
    frame = rng.choice(_mine(AFTER, half))
    names = _names(rng, half, 2)
    body, structure = _operation(rng, names)
    if frame.startswith(". "):  # a remark in a sentence of its own: the formula is done
        body = f"{names[0]} dibagi {names[1]}"
        structure = "v1 / v2"
    text = body + _fill(frame, _subject(rng, half)) + "."
    return Variant("after", frame.strip(), text, tuple(names), structure)


def _minus(rng: random.Random, half: str) -> Variant:
    # "setelah dikurangi" alone in a cell of its own names what remains, one quantity
    # ("laba setelah dikurangi pajak"): a subtraction where a joiner or the sentence says so
    lead = rng.random() < 0.5
    frames = _mine(MINUS, half)
    frame = rng.choice(frames if lead else [f for f in frames if "dengan" in f])
    names = _names(rng, half, 2)
    names[1] = _lowered(names[1])
    text = f"{names[0]}{frame}{names[1]}"
    structure = "v1 - v2"
    if lead:
        opening = _fill(
            rng.choice(("{S} dihitung dari ", "{S} adalah ", "{S} merupakan ")), _subject(rng, half)
        )
        names[0] = _lowered(names[0])
        text = f"{opening}{names[0]}{frame}{names[1]}"
    return Variant("minus", frame.strip(), text + ".", tuple(names), structure)


def _relative(rng: random.Random, half: str) -> Variant:
    relatives = _mine(RELATIVES, half)
    names = [name + rng.choice(relatives) for name in _names(rng, half, 2)]
    frame = rng.choice(_mine(AFTER, half))
    while frame.startswith(". "):
        frame = rng.choice([f for f in _mine(AFTER, half) if not f.startswith(". ")])
    body, structure = _operation(rng, names)
    text = body + _fill(frame, _subject(rng, half)) + "."
    return Variant("relative", frame.strip(), text, tuple(names), structure)


variants = in_turn((_before, _after, _minus, _relative), COUNT, SEED)
"""``variants(half, count, seed)``: ``count`` cells of ``half``, drawn with ``seed``, the
families in turn."""

BENCHMARK = ComposedBenchmark(
    "bounds", variants, ("family", "frame"), "family", COUNT, SEED
)
score, rate, main = BENCHMARK.score, BENCHMARK.rate, command(BENCHMARK, __doc__)


if __name__ == "__main__":
    raise SystemExit(main())
