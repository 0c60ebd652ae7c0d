"""Variant benchmark: a formula said as the DEFINITION of an indicator in running text.

    python benchmarks/variants_definitions.py [--half work|fresh|both] [--count N] [--seed S]
                                              [--show-failures] [--by part]

Statistics releases (BPS Berita Resmi Statistik, its metadata of indicators), regional plans
(RPJMD, RKPD) and health profiles (Profil Kesehatan) define an indicator in a sentence: a
discourse OPENER or none (``Sedangkan``, ``Adapun``, ``Dalam hal ini``), the indicator
(``Angka Kematian Bayi (AKB)``, ``TPT``), a COPULA (``adalah``, ``merupakan``, ``ialah``,
``didefinisikan sebagai``), the FRAME before the computation (``angka yang dihitung
berdasarkan``, ``nilai yang diperoleh dari``, ``hasil dari``) and the computation (``A dibagi
dengan B dikali 100%``, ``perbandingan antara A dengan B``, ``penjumlahan A dan B``,
``selisih antara A dengan B``). A careful reader sets the opener, the indicator, the copula
and the frame aside: the names are the operands (tests/data/public-cells.md, "Labels").

The pools were written for this benchmark from how those documents word their definitions in
general, not from the labelled cells. Every pool is split in two halves by a hash of the phrase
(``tests/public_scoring.pool_half``, salt ``definitions-v1``): rules are drawn from the *work*
half only; the *fresh* half is read for its rate only. The bodies are in both halves. The
holdout file is never read.
"""

from __future__ import annotations

import random
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.pool_kit import Parts, Pools, command, pooled  # noqa: E402
from tests.public_scoring import ComposedBenchmark, halves  # noqa: E402

COUNT = 500
"""How many cells are drawn from each half."""
SEED = 19

OPENERS: tuple[str, ...] = (
    "", "", "", "Sedangkan ", "Adapun ", "Dalam hal ini ", "Sementara itu ", "Selanjutnya ",
    "Secara umum ", "Secara sederhana ", "Yang dimaksud dengan ", "Pengertian ", "Dengan demikian ",
    "Menurut BPS, ", "Secara konsep, ",
)
INDICATORS: tuple[str, ...] = (
    "AKB", "AKABA", "Angka Kematian Bayi (AKB)", "Angka Kematian Ibu", "TPT",
    "Tingkat Pengangguran Terbuka (TPT)", "Tingkat Partisipasi Angkatan Kerja", "APK", "APM",
    "Angka Partisipasi Murni (APM) SD", "Rasio guru terhadap murid", "TPK hotel berbintang",
    "Cakupan kunjungan ibu hamil K4", "Cakupan desa UCI", "Rasio kemandirian keuangan daerah",
    "Laju pertumbuhan ekonomi", "Indikator ini", "Tingkat kemiskinan", "Case Detection Rate (CDR)",
    "Rasio elektrifikasi", "Rasio ketergantungan", "Angka Kesakitan DBD", "Prevalensi balita gizi kurang",
    "Capaian kinerja sasaran ini",
)
COPULAS: tuple[str, ...] = (
    "adalah", "merupakan", "ialah", "yaitu", "yakni", "didefinisikan sebagai", "diartikan sebagai",
    "adalah", "merupakan",
)
# the words after the copula before the computation ("" = none: "AKB adalah A dibagi B")
FRAMES: tuple[str, ...] = (
    "", "", "angka yang dihitung berdasarkan", "angka yang diperoleh dari", "nilai yang diperoleh dari",
    "nilai yang dihitung dari", "hasil dari", "hasil perhitungan dari", "besaran yang dihitung dari",
    "ukuran yang diperoleh dari", "angka yang didapat dari", "indikator yang dihitung berdasarkan",
    "angka yang diperoleh dengan", "nilai yang didapatkan dari", "rasio yang dihitung dari",
    "angka hasil perhitungan", "hasil penghitungan", "angka yang dihasilkan dari",
    "nilai yang ditentukan berdasarkan", "suatu angka yang diperoleh dari",
)
NAMES: tuple[str, ...] = (
    "jumlah kematian bayi berumur di bawah satu tahun", "jumlah kelahiran hidup pada tahun yang sama",
    "jumlah penduduk usia 15 tahun ke atas yang bekerja", "jumlah angkatan kerja",
    "jumlah murid SD yang berusia 7 sampai 12 tahun", "jumlah penduduk usia 7 sampai 12 tahun",
    "jumlah balita yang ditimbang", "jumlah seluruh balita di wilayah kerja", "jumlah penduduk miskin",
    "jumlah penduduk seluruhnya", "jumlah malam kamar yang terjual", "jumlah malam kamar yang tersedia",
    "jumlah ibu hamil yang mendapat tablet Fe", "jumlah sasaran ibu hamil", "banyaknya pengangguran terbuka",
    "jumlah rumah tangga yang memiliki akses air minum layak", "total rumah tangga",
    "jumlah kasus baru TB paru BTA positif", "perkiraan jumlah kasus baru TB paru",
    "nilai PDRB atas dasar harga konstan tahun berjalan", "realisasi pendapatan asli daerah",
    "total pendapatan daerah", "jumlah guru sekolah menengah", "jumlah murid sekolah menengah",
    "jumlah desa yang mencapai UCI", "jumlah seluruh desa", "jumlah kematian ibu karena kehamilan",
    "jumlah rumah tangga berlistrik", "jumlah penduduk usia tidak produktif",
    "jumlah penduduk usia produktif", "jumlah balita gizi kurang", "jumlah kunjungan K4",
)
DIVIDE: tuple[str, ...] = (
    "dibagi dengan", "dibagi", "dibagi oleh", "dibandingkan dengan", "terhadap", "per",
)
# how the result is scaled, with the structure's factor
SCALES: tuple[tuple[str, str], ...] = (
    ("", ""), ("", ""), (" dikali 100%", " * 100"), (" dikalikan 100", " * 100"),
    (" dikalikan dengan 100 persen", " * 100"), (" x 100%", " * 100"), (" dikali 1.000", " * 1000"),
    (" dikalikan dengan 1000", " * 1000"), (" dikalikan seratus persen", " * 100"),
)
TAILS: tuple[str, ...] = (
    "", ".", ".", " pada periode yang sama.", " di suatu wilayah pada tahun tertentu.",
    " pada kurun waktu tertentu.", " dalam satu tahun.",
)
# the computation; {SCALE} only where a ratio is scaled
BODIES: tuple[tuple[str, str], ...] = (
    ("{A} {DIV} {B}{SCALE}", "v1 / v2"),
    ("perbandingan antara {A} dengan {B}{SCALE}", "v1 / v2"),
    ("perbandingan antara {A} dan {B}{SCALE}", "v1 / v2"),
    ("hasil bagi {A} dengan {B}{SCALE}", "v1 / v2"),
    ("penjumlahan {A} dan {B}", "v1 + v2"),
    ("selisih antara {A} dengan {B}", "v1 - v2"),
    ("{A} dikurangi {B}", "v1 - v2"),
)


half_of = halves("definitions-v1")
"""``"work"`` or ``"fresh"``: the half of a pool a phrase falls in (a hash of it)."""


def pools(half: str) -> Pools:
    """The phrases of ``half``; an empty phrase ("no opener", "no frame") is in both."""
    return Pools.kept(
        half_of, half, openers=OPENERS, indicators=INDICATORS, copulas=COPULAS, frames=FRAMES,
        names=NAMES, divide=DIVIDE, scales=SCALES, tails=TAILS,
    )


@dataclass(frozen=True)
class Variant(Parts):
    """One composed cell and the reading a careful reader gives it."""

    opener: str
    copula: str
    frame: str
    body: str
    text: str
    variables: tuple[str, ...]
    structure: str


def compose(rng: random.Random, pool: Pools) -> Variant:
    """One cell drawn from ``pool``."""
    opener = rng.choice(pool.openers)
    indicator = rng.choice(pool.indicators)
    copula = rng.choice(pool.copulas)
    frame = rng.choice(pool.frames)
    body, structure = rng.choice(BODIES)
    if frame.endswith("dengan") and not body.startswith("{A}"):
        frame = ""  # "angka yang diperoleh dengan perbandingan …" is not how it is said
    names = rng.sample(pool.names, 2)
    scale, factor = rng.choice(pool.scales)
    divide = rng.choice(pool.divide)
    if divide == "per":
        scale, factor = "", ""  # "A per B dikali 100%" reads as a rate of B
    if frame.endswith("dengan") and body.startswith("{A}"):
        body, structure = "membagi {A} dengan {B}{SCALE}", "v1 / v2"
    tail = rng.choice(pool.tails)
    if scale and tail.strip(" .") and "{SCALE}" in body:
        tail = "."  # a time after the scale qualifies no name
    qualifies = tail.strip(" .") and not (scale and "{SCALE}" in body)
    filled = body.format(A=names[0], B=names[1], DIV=divide, SCALE=scale)
    if opener.endswith(", ") or not opener:
        indicator = indicator[:1].upper() + indicator[1:]
    else:
        indicator = indicator if indicator.isupper() or indicator[:3].isupper() else indicator[:1].lower() + indicator[1:]
    said = " ".join(part for part in (copula, frame, filled) if part)
    text = f"{opener}{indicator} {said}{tail}"
    variables = tuple(names)
    if qualifies:
        variables = (names[0], names[1] + tail.rstrip("."))
    if "{SCALE}" in body:
        structure = structure + factor
    return Variant(opener, copula, frame, body, text, variables, structure)


variants = pooled(pools, compose, COUNT, SEED)
"""``variants(half, count, seed)``: ``count`` cells of ``half``, drawn with ``seed``."""

BENCHMARK = ComposedBenchmark(
    "definitions", variants, ("opener", "copula", "frame", "body"), "frame", COUNT, SEED
)
score, rate, main = BENCHMARK.score, BENCHMARK.rate, command(BENCHMARK, __doc__)


if __name__ == "__main__":
    raise SystemExit(main())
