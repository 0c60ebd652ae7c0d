"""Variant benchmark of formulas said in sentences never seen (issue 14, causes 1 and 8).

    python benchmarks/variants_frames.py [--half dev|fresh|both] [--count N] [--seed S]
                                         [--show-failures] [--by frame|body|tail|ops]

``benchmarks/variants_sentences.py`` writes real pairs of names in the sentence forms the rules
were drawn from, and scores near 100 %: it measures the rules on their own examples. This one
measures how the reading of sentences *generalises*. It composes each cell from POOLS of
phrases, taken from the development cells and from Indonesian official writing in general:

- a *frame* that opens the sentence (who is computed and the verb or copula that introduces the
  computation: ``Nilai BF ditentukan dengan cara``, ``… dilakukan dengan melihat data``,
  ``Perhitungan …, dengan``, ``Bila``, ``… adalah``, ``… dihitung berdasarkan``);
- a *body*, the computation (infix operator words, the verb ``membagi A dengan B``, the noun
  ``penjumlahan A, B, dan C``, ``selisih antara A dan B``, a list after ``ditambah``, a dangling
  ``yang`` before the scale, ``setelah dikurangi``);
- *operator words*, spelled as documents spell them, OCR's misreadings of scanned regulations
  included (``ditarnbah``, ``dikallkan``, ``dibagl``);
- *quantity names* (the labelled variables of development cells, and names with ``yang``,
  ``dari``, ``pada``, numbers and an alias in brackets);
- a *tail*: what the sentence says after its formula (``, akan diperoleh angka …``, ``,
  menggunakan formulasi perhitungan:``, ``untuk dikonversi ke dalam …``, ``(jika ada)``).

Each pool is split in two halves by a hash of the phrase: the *dev* half is what one works on,
the *fresh* half is never looked at while improving the reader; its score is the honest figure
of how the reading of sentences carries over to sentences never seen. A seeded generator draws
``--count`` cells from each half; each carries the variables a careful reader names and the
structure, and is scored exactly as ``benchmarks/score_public.py`` scores a real cell. A part
of the cells is wrapped over lines as a scanned regulation or a narrow column leaves it.

The holdout file is never read.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.pool_kit import Pools, pooled, wrapped  # noqa: E402
from tests.public_scoring import (  # noqa: E402
    Tally,
    composed_cell,
    composed_failure_lines,
    pool_half,
    print_tallies,
    tally_readings,
    variant_cells,
)

COUNT = 600
"""How many cells are drawn from each half."""
SEED = 12

# Frames: the words before the computation. ``{S}`` is the subject (capitalised), ``{s}`` the
# same in lower case. The kind says which bodies may follow: ``cara`` a verb of the operation
# (``membagi A dengan B``) or a noun of it or infix words; ``copula`` a noun of the operation or
# infix words; ``plain`` infix words only. A frame ending in ``|`` needs the tail of a result
# (``Bila A dibagi B, akan diperoleh …``).
FRAMES: tuple[tuple[str, str], ...] = (
    ("{S} dihitung dengan cara ", "cara"),
    ("{S} ditentukan dengan cara ", "cara"),
    ("{S} diperoleh dengan cara ", "cara"),
    ("{S} dihitung dengan ", "cara"),
    ("{S} diukur dengan cara ", "cara"),
    ("Penghitungan {s} dilakukan dengan cara ", "cara"),
    ("Adapun {s} dihitung dengan cara ", "cara"),
    ("{S} didapatkan dengan cara ", "cara"),
    ("{S} dapat dihitung dengan cara ", "cara"),
    ("Cara menghitung {s} yaitu dengan ", "cara"),
    ("{S} ditetapkan dengan cara ", "cara"),
    ("{S} adalah ", "copula"),
    ("{S} yaitu ", "copula"),
    ("{S} merupakan ", "copula"),
    ("{S} ialah ", "copula"),
    ("Besarnya {s} adalah ", "copula"),
    ("{S}, yaitu ", "copula"),
    ("{S} sama dengan ", "copula"),
    ("Yang dimaksud dengan {s} adalah ", "copula"),
    ("{S} dirumuskan sebagai ", "copula"),
    ("{S} dihitung berdasarkan ", "plain"),
    ("{S} ditetapkan berdasarkan ", "plain"),
    ("{S} ditentukan berdasarkan ", "plain"),
    ("{S} dinilai berdasarkan ", "plain"),
    ("Pengukuran {s} dilakukan dengan melihat data ", "plain"),
    ("{S} diukur dengan menggunakan data ", "plain"),
    ("Perhitungan {s}, dengan ", "plain"),
    ("Bila |", "plain"),
    ("Apabila |", "plain"),
    ("Cara menghitung {s}: ", "plain"),
    ("{S} dihitung menggunakan rumus: ", "plain"),
    ("{S} dihitung dengan rumus sebagai berikut: ", "plain"),
    ("Untuk menghitung {s}, maka ", "plain"),
    ("Untuk mendapatkan {s}, ", "plain"),
    ("Rumus {s}: ", "plain"),
    ("{S} didapat dari ", "plain"),
    ("{S} diperoleh dari ", "plain"),
    ("Formulasi perhitungan {s}: ", "plain"),
    ("{S} dihitung melalui ", "plain"),
    ("", "plain"),
)

SUBJECTS: tuple[str, ...] = (
    "Nilai BF",
    "Indikator kinerja",
    "Capaian kinerja",
    "Besaran pokok pajak yang terutang",
    "Tingkat capaian program prioritas",
    "Nilai sewa reklame",
    "Persentase capaian",
    "Indeks kepuasan masyarakat",
    "Angka partisipasi sekolah",
    "Rasio kemandirian daerah",
    "Nilai akhir",
    "Tarif retribusi",
    "Kebutuhan konsumsi",
    "Nilai indikator ini",
    "Realisasi fisik kegiatan",
    "Biaya perolehan investasi",
    "Besaran insentif pemungutan",
    "Jumlah denda administrasi",
    "Skor akhir penilaian",
    "Nilai kinerja pegawai",
    "Cakupan pelayanan",
    "Tingkat efisiensi anggaran",
)

# Operator words as documents write them (OCR's misreadings of scanned regulations included).
DIVIDE = (
    "dibagi",
    "dibagi dengan",
    "di bagi",
    "dibandingkan dengan",
    "dibandingkan",
    "berbanding",
    "dibagi oleh",
    "dibagl",
    "dibagi dgn",
    "dlbagi dengan",
    "dibaqi",
    "dibagi dengau",
)
MULTIPLY = (
    "dikalikan",
    "dikali",
    "dikalikan dengan",
    "di kali",
    "dikali dengan",
    "dikallkan",
    "dikalikau",
    "dlkalikan dengan",
    "dikalikan oleh",
    "dikaliken",
    "di kalikan",
)
ADD = (
    "ditambah",
    "ditambah dengan",
    "ditambahkan dengan",
    "di tambah",
    "ditarnbah",
    "ditambab",
    "ditamhah dengan",
    "ditambahkan",
)
SUBTRACT = (
    "dikurangi",
    "dikurangi dengan",
    "dikurangkan dengan",
    "dikurangl",
    "dlkurangi",
    "dikurangi terlebih dahulu dengan",
    "dikurangi dgn",
    "dikuranqi",
)
HUNDRED = (
    "100%",
    "100 %",
    "seratus persen",
    "100 (seratus) persen",
    "seratus persen (100%)",
    "100",
    "angka 100",
    "100 persen",
)

# Bodies: the computation. ``{A}`` … ``{D}`` are names, ``{DIV}`` … ``{SUB}`` operator words,
# ``{H}`` a hundred. The kind is the least frame kind the body needs.
BODIES: tuple[tuple[str, str, str], ...] = (
    ("{A} {DIV} {B}", "v1 / v2", "plain"),
    ("{A} {DIV} {B} {MUL} {H}", "v1 / v2 * 100", "plain"),
    ("{A} {MUL} {B}", "v1 * v2", "plain"),
    ("{A} {SUB} {B}", "v1 - v2", "plain"),
    ("{A} {ADD} {B}", "v1 + v2", "plain"),
    ("{A} {ADD} {B} {SUB} {C}", "v1 + v2 - v3", "plain"),
    ("{A} {SUB} {B}, {MUL} {C}", "(v1 - v2) * v3", "plain"),
    ("{A} {DIV} {B} yang {MUL} {H}", "v1 / v2 * 100", "plain"),
    ("{A} {DIV} {B}, kemudian {MUL} {H}", "v1 / v2 * 100", "plain"),
    ("{A} {DIV} {B}, lalu hasilnya {MUL} {H}", "v1 / v2 * 100", "plain"),
    ("{A} {ADD} {B}, {C} dan {D}", "v1 + v2 + v3 + v4", "plain"),
    ("{A} {MUL} {B} {MUL} {C}", "v1 * v2 * v3", "plain"),
    ("{A} setelah dikurangi {B} {MUL} {C}", "(v1 - v2) * v3", "plain"),
    ("{A} {MUL} {B} {ADD} {C}", "v1 * v2 + v3", "plain"),
    ("penjumlahan {A}, {B}, dan {C}", "v1 + v2 + v3", "copula"),
    ("penjumlahan dari {A} dan {B}", "v1 + v2", "copula"),
    ("selisih antara {A} dan {B}", "v1 - v2", "copula"),
    ("perbandingan antara {A} dengan {B}", "v1 / v2", "copula"),
    ("hasil kali antara {A} dan {B}", "v1 * v2", "copula"),
    ("hasil bagi {A} dengan {B}", "v1 / v2", "copula"),
    ("membagi {A} dengan {B}", "v1 / v2", "cara"),
    ("mengalikan {A} dengan {B}", "v1 * v2", "cara"),
    ("membagi {A} dengan {B}, kemudian {MUL} {H}", "v1 / v2 * 100", "cara"),
    ("mengalikan {A} setelah dikurangi {B} dengan {C}", "(v1 - v2) * v3", "cara"),
    ("menjumlahkan {A} dan {B}", "v1 + v2", "cara"),
    ("mengurangkan {A} dengan {B}", "v1 - v2", "cara"),
)
_RANK = {"plain": 0, "copula": 1, "cara": 2}

# Tails: what the sentence says after its formula. ``{s}`` is the subject in lower case.
TAILS: tuple[str, ...] = (
    "",
    ".",
    ";",
    "; dan",
    "; atau",
    ", akan diperoleh angka {s}.",
    ", maka diperoleh {s}.",
    ", sehingga diperoleh {s}.",
    ", menggunakan formulasi perhitungan:",
    ", dengan menggunakan formula:",
    " untuk dikonversi ke dalam nilai mutu pelayanan.",
    " untuk mengetahui tingkat capaian kinerja.",
    " (jika ada).",
    " (apabila ada);",
    ", sebagaimana tercantum dalam Lampiran I.",
    ", sebagaimana dimaksud dalam Pasal 5.",
    " sebagai bentuk transparansi kinerja.",
    ", dalam hal data tersedia.",
    " sesuai dengan ketentuan yang berlaku.",
    ". Semakin tinggi nilai semakin baik.",
    ", dengan pembulatan dua angka di belakang koma.",
    " pada akhir tahun anggaran.",
    ", yang dilaporkan setiap triwulan.",
    ". Data bersumber dari laporan tahunan.",
)
_RESULT_TAILS = tuple(t for t in TAILS if "diperoleh" in t)

# Quantity names written by hand in the ways of official writing (``yang``, ``dari``, ``pada``,
# numbers, an alias in brackets), besides the labelled names of development cells.
NAMES: tuple[str, ...] = (
    "nilai urgensi pada setiap faktor internal",
    "jumlah nilai urgensi faktor eksternal",
    "total jumlah pengaduan masyarakat yang masuk ke LAPOR",
    "jumlah pengaduan yang sudah ditindaklanjuti tepat waktu",
    "dasar pengenaan pajak sebagaimana dimaksud dalam Pasal 15",
    "nilai perolehan objek pajak tidak kena pajak",
    "tarif BPHTB",
    "saldo awal persediaan",
    "pembelian persediaan",
    "saldo akhir persediaan",
    "harga pembelian terakhir",
    "Produk Domestik Regional Bruto (PDRB)",
    "jumlah penduduk pertengahan tahun yang tinggal di suatu wilayah",
    "capaian yang didapatkan pada akhir masa perhitungan kinerja",
    "target SPM dari Permenkominfo",
    "ukuran reklame",
    "nilai jual objek pajak reklame",
    "waktu penayangan",
    "jumlah kursi hasil Pemilihan Umum yang diperoleh organisasi",
    "jumlah kursi yang diperebutkan",
    "suku bunga acuan",
    "penghasilan netto",
    "jumlah sisa kerugian yang belum dikompensasikan",
    "harga transaksi investasi itu sendiri",
    "komisi perantara jual beli",
    "jasa bank",
    "biaya lainnya yang timbul dalam rangka perolehan",
    "piutang dengan kualitas diragukan",
    "nilai agunan yang dikuasai",
    "upah sehari",
    "jumlah balita usia 0-59 bulan yang ditimbang",
    "jumlah balita usia 0-59 bulan",
    "jumlah penduduk usia 15 tahun ke atas yang bekerja",
    "angkatan kerja usia 15 tahun ke atas",
    "realisasi pendapatan asli daerah (PAD)",
    "target pendapatan asli daerah",
    "luas bidang reklame",
    "jumlah sisi reklame",
    "nilai indeks tersebut",
    "rata-rata capaian kinerja berita positif dalam selang waktu tertentu",
    "target berita positif pada selang waktu yang sama",
    "jumlah hari kerja efektif pada tahun 2023",
    "jumlah pegawai yang hadir tepat waktu",
    "jumlah pegawai yang wajib hadir",
    "nilai realisasi anggaran belanja langsung",
    "pagu anggaran belanja langsung",
    "jumlah desa yang memiliki BUMDes aktif",
    "jumlah seluruh desa di kabupaten",
    "volume sampah yang tertangani",
    "volume timbulan sampah",
    "harga satuan pokok kegiatan",
    "koefisien bangunan gedung",
    "indeks lokasi penempatan",
    "jumlah lembar reklame",
    "nilai sewa tanah per meter persegi",
    "luas lahan yang dimanfaatkan",
)

_PLAIN = re.compile(r"^[^\W\d_][^=/÷×*+:;,()\[\]{}\n%.]*[^\W_]$")
_NOT_IN_NAME = re.compile(
    r"(?i)\b(?:dengan|dgn|dan|atau|serta|terhadap|per|dibagi|dikali\w*|kali|bagi|yaitu|adalah"
    r"|x|antara|dibandingkan|dibanding|ditambah\w*|dikurang\w*|persen|rasio|perbandingan"
    r"|selisih|penjumlahan|setelah|kemudian|lalu|untuk|sebagai|merupakan|sama|bila|apabila"
    r"|jika|maka|akan|hasil|dihitung|diukur|diperoleh|berdasarkan|menggunakan)\b|\d"
)


def half_of(phrase: str) -> str:
    """``"dev"`` or ``"fresh"``: the half of a pool a phrase falls in (a hash of it)."""
    return ("dev", "fresh")[pool_half(phrase, "frames-v1")]


def dev_names() -> list[str]:
    """The labelled variables of development formula cells that are plain names of two to ten
    words (no operator word, digit, bracket or connective that a list would split at)."""
    found: dict[str, str] = {}
    for cell in variant_cells():
        if cell["kind"] != "formula":
            continue
        for name in cell["variables"]:
            name = " ".join(name.split())
            if (
                _PLAIN.match(name)
                and not _NOT_IN_NAME.search(name)
                and 2 <= len(name.split()) <= 10
            ):
                found.setdefault(name.lower(), name[:1].lower() + name[1:])
    return sorted(found.values())


def pools(half: str) -> Pools:
    """The phrases of ``half`` (``"dev"`` or ``"fresh"``). Bodies are structures, not phrases
    a rule is drawn from: both halves hold all of them."""
    operators = Pools.kept(
        half_of, half, empty_in_both=False,
        DIV=DIVIDE, MUL=MULTIPLY, ADD=ADD, SUB=SUBTRACT, H=HUNDRED,
    )  # fmt: skip
    return Pools.kept(
        half_of, half, empty_in_both=False,
        frames=FRAMES, subjects=SUBJECTS, names=[*NAMES, *dev_names()], tails=TAILS,
    ).also(bodies=BODIES, operators=operators.as_dict())


@dataclass(frozen=True)
class Variant:
    """One composed cell and the reading a careful reader gives it."""

    frame: str
    body: str
    tail: str
    ops: str
    text: str
    variables: tuple[str, ...]
    structure: str


def compose(rng: random.Random, pool: Pools) -> Variant:
    """One cell drawn from ``pool``."""
    frame, kind = rng.choice(pool.frames)
    bodies = [b for b in pool.bodies if _RANK[b[2]] <= _RANK[kind]]
    body, structure, _ = rng.choice(bodies)
    subject = rng.choice(pool.subjects)
    names = rng.sample(pool.names, 4)
    ops = {key: rng.choice(words) for key, words in pool.operators.items() if words}
    tail = rng.choice(pool.tails)
    if frame.endswith("|"):
        tail = rng.choice(_RESULT_TAILS or (", akan diperoleh {s}.",))
        frame = frame[:-1]
    # the scale's "yang" and "kemudian" forms need a multiply word that takes no 'dengan' twice
    used = [letter for letter in "ABCD" if "{" + letter + "}" in body]
    filled = body.format(
        A=names[0], B=names[1], C=names[2], D=names[3], **{k: ops.get(k, k) for k in ops}
    )
    head = frame.format(S=subject, s=subject[:1].lower() + subject[1:])
    if not head:
        filled = filled[:1].upper() + filled[1:]
    text = head + filled + tail.format(s=subject[:1].lower() + subject[1:])
    if rng.random() < 0.3:
        text = wrapped(text, rng.choice((45, 60, 75)))
    variables = tuple(names["ABCD".index(letter)] for letter in used)
    shown_ops = " ".join(ops[k] for k in ("DIV", "MUL", "ADD", "SUB", "H") if "{" + k + "}" in body)
    return Variant(frame, body, tail, shown_ops, text, variables, structure)


variants = pooled(pools, compose, COUNT, SEED)
"""``variants(half, count, seed)``: ``count`` cells of ``half``, drawn with ``seed``."""

def score(
    half: str, by: str = "frame", count: int = COUNT, seed: int = SEED
) -> dict[str, Tally[Variant]]:
    """The tally of ``half``'s cells, by ``by`` (``frame``, ``body``, ``tail`` or ``ops``)."""
    return tally_readings(
        (getattr(variant, by) or "(none)", variant, composed_cell(f"frames-{half}-{number}", variant))
        for number, variant in enumerate(variants(half, count, seed))
    )




def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--half", choices=("dev", "fresh", "both"), default="dev")
    parser.add_argument("--count", type=int, default=COUNT)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--by", choices=("frame", "body", "tail", "ops"), default="frame")
    parser.add_argument("--show-failures", action="store_true")
    args = parser.parse_args(argv)
    halves = ("dev", "fresh") if args.half == "both" else (args.half,)
    for half in halves:
        print_tallies(
            f"sentence frames, {half} half",
            score(half, args.by, args.count, args.seed),
            composed_failure_lines if args.show_failures else None,
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
