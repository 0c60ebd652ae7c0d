"""Variant benchmark: the words a regulation's sentence says before its computation.

    python benchmarks/variants_predicates.py [--half work|fresh|both] [--count N] [--seed S]
                                             [--show-failures] [--by family|lead]

Three families of national regulations (batch 20: PP on non-tax revenue, ministerial rules on
fees) where the words before the first quantity are the sentence's, not a name's:

- ``bare``: a passive verb of computing, the sentence's predicate, with no link before the
  number that opens the computation (``…, formula dihitung 0,5 (nol koma lima) dari tarif …``,
  ``Tarif ditetapkan 2 (dua) kali tarif dasar``);
- ``purpose``: a list item opened by what it is for, then the word that links it to its
  amount (``b. untuk pemanfaatan … berdasarkan besaran bagian pemerintah … dikalikan …``);
- ``head``: the noun of an operation and its preposition before an operation written with
  its sign (``… adalah perbandingan antara jumlah guru/jumlah murid``).

The pools were written for this benchmark from the wording of regulations in general (PNBP
tariffs, local taxes, education and health ratios), not from the labelled cells. Every pool
is split in two halves by a hash of the phrase (``tests/public_scoring.pool_half``, salt
``predicates-v1``): rules are drawn from the *work* half only; the *fresh* half is read for its
rate only. The holdout file is never read.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.pool_kit import Parts, command, in_turn  # noqa: E402
from tests.public_scoring import ComposedBenchmark, halves  # noqa: E402

COUNT = 300
"""How many cells are drawn from each half."""
SEED = 14

SUBJECTS: tuple[str, ...] = (
    "Tarif", "Besaran tarif", "Besarnya denda", "Nilai kompensasi", "Biaya pengganti",
    "Besaran imbalan jasa", "Pungutan", "Besarnya sewa", "Tarif layanan", "Nilai ganti rugi",
    "Besaran retribusi", "Bea", "Iuran", "Besaran insentif", "Jumlah pungutan",
    "Nilai penerimaan", "Tarif jasa", "Besarnya sanksi", "Biaya jasa", "Besaran kontribusi",
)
# a clause that opens the sentence before its subject ("Dalam hal …, ")
LEADS: tuple[str, ...] = (
    "", "", "",
    "Dalam hal layanan dilakukan di luar jam kerja, ",
    "Dalam hal pemohon merupakan lembaga pendidikan, ",
    "Apabila pengujian dilakukan di lokasi pemohon, ",
    "Dalam hal mitra kerja menyediakan peralatan sendiri, ",
    "Untuk kegiatan yang bersifat sosial, ",
    "Dalam hal jangka waktu penggunaan kurang dari 1 (satu) bulan, ",
    "Bagi usaha mikro dan kecil, ",
    "Dalam hal data dimanfaatkan untuk kepentingan penelitian, ",
)
# passive verbs of a regulation's computing or levying (a class, not the reader's list)
VERBS: tuple[str, ...] = (
    "dihitung", "ditetapkan", "dikenakan", "diperhitungkan", "ditentukan", "diberikan",
    "dibayarkan", "dipungut", "dikenai", "dinilai", "diperoleh", "dibebankan",
)
NAMES: tuple[str, ...] = (
    "tarif dasar", "tarif sebagaimana dimaksud pada ayat (2)", "nilai kontrak",
    "biaya operasional", "nilai jual objek", "harga satuan", "tarif normal",
    "nilai perolehan", "tarif sebagaimana dimaksud dalam Pasal 3", "pendapatan bruto",
    "nilai pemanfaatan data", "jumlah hari penggunaan", "luas areal", "volume produksi",
    "harga patokan", "nilai transaksi", "tarif per jam", "biaya pemeliharaan",
    "jumlah peserta", "nilai sewa per bulan", "besaran bagian pemerintah", "nilai royalti",
)
SHARES: tuple[tuple[str, str], ...] = (
    ("0,5 (nol koma lima)", "0.5"), ("50% (lima puluh persen)", "0.5"),
    ("25% (dua puluh lima persen)", "0.25"), ("10 % (sepuluh persen)", "0.1"),
    ("0,25 (nol koma dua lima)", "0.25"), ("75% (tujuh puluh lima persen)", "0.75"),
    ("2% (dua persen)", "0.02"), ("0,1 (nol koma satu)", "0.1"),
)
FACTORS: tuple[tuple[str, str], ...] = (
    ("2 (dua)", "2"), ("3 (tiga)", "3"), ("1,5 (satu koma lima)", "1.5"), ("2", "2"),
    ("4 (empat)", "4"), ("5 (lima)", "5"), ("1,25 (satu koma dua lima)", "1.25"),
)
BARE_BODIES: tuple[tuple[str, str], ...] = (
    ("{P} dari {A}", "P * v1"),
    ("{N} kali {A}", "N * v1"),
    ("{P} dari {A} dikurangi {B}", "P * (v1 - v2)"),
    ("{N} kali {A} ditambah {B}", "N * v1 + v2"),
    ("{P} dikalikan {A}", "P * v1"),
)
# what a list item is for ("untuk …") and the word that links it to its amount
PURPOSES: tuple[str, ...] = (
    "untuk pemanfaatan data survei umum",
    "untuk penggunaan sarana laboratorium",
    "untuk pemanfaatan atau pemasyarakatan data geologi",
    "untuk layanan pengujian mutu barang",
    "bagi pemegang izin usaha pertambangan",
    "untuk penggunaan kawasan hutan",
    "untuk jasa konsultansi teknis",
    "bagi badan usaha milik negara",
    "untuk pemanfaatan ruang milik negara",
    "untuk penyelenggaraan pelatihan teknis",
    "bagi lembaga penyiaran swasta",
    "untuk sewa gedung pertemuan",
)
REFERENCES: tuple[str, ...] = (
    "", "", " sebagaimana dimaksud dalam Pasal 4 ayat (1) huruf b",
    " sebagaimana dimaksud pada ayat (2)", " sebagaimana dimaksud dalam Pasal 7",
    " sebagaimana tercantum dalam Lampiran",
)
LINKS: tuple[str, ...] = ("berdasarkan", "sebesar", "yaitu", "yakni", "berdasarkan pada")
MARKS: tuple[str, ...] = ("a. ", "b. ", "c. ", "1. ", "2. ", "(a) ", "")
PURPOSE_BODIES: tuple[tuple[str, str], ...] = (
    ("{A} dikalikan {B}", "v1 * v2"),
    ("{A} dikali {B}", "v1 * v2"),
    ("{A} dikalikan dengan {B}", "v1 * v2"),
    ("{A} ditambah {B}", "v1 + v2"),
    ("{A} dibagi {B}", "v1 / v2"),
)
# a ratio's subject, its copula, the head of the operation and the quantities
RATIOS: tuple[tuple[str, str, str], ...] = (
    ("Rasio guru", "jumlah guru", "jumlah murid"),
    ("Rasio dokter", "jumlah dokter", "jumlah penduduk"),
    ("Rasio siswa per kelas", "jumlah siswa", "jumlah rombongan belajar"),
    ("Rasio kemandirian daerah", "pendapatan asli daerah", "total pendapatan daerah"),
    ("Rasio tempat tidur", "jumlah tempat tidur", "jumlah penduduk"),
    ("Rasio likuiditas", "aset lancar", "kewajiban lancar"),
    ("Rasio efektivitas pajak", "realisasi penerimaan pajak", "target penerimaan pajak"),
    ("Rasio puskesmas", "jumlah puskesmas", "jumlah kecamatan"),
    ("Rasio elektrifikasi", "jumlah rumah tangga berlistrik", "jumlah rumah tangga"),
    ("Rasio jalan", "panjang jalan", "luas wilayah"),
    ("Angka partisipasi", "jumlah siswa usia sekolah", "jumlah penduduk usia sekolah"),
    ("Rasio utang", "total kewajiban", "total ekuitas"),
)
COPULAS: tuple[str, ...] = ("adalah", "merupakan", "yaitu", "ialah", "didefinisikan sebagai")
HEADS: tuple[str, ...] = (
    "perbandingan antara", "perbandingan", "rasio antara", "rasio", "hasil bagi",
    "hasil pembagian antara", "pembagian", "nisbah antara",
)
SLASHES: tuple[str, ...] = ("/", " / ", "/ ", " dibagi ", " dibagi dengan ")
SCALES: tuple[tuple[str, str], ...] = (("", ""), (" x 100%", " * 100"), (" × 100", " * 100"))


@dataclass(frozen=True)
class Variant(Parts):
    """One composed cell and the reading a careful reader gives it."""

    family: str
    lead: str
    text: str
    variables: tuple[str, ...]
    structure: str


half_of = halves("predicates-v1")
"""``"work"`` or ``"fresh"``: the half of a pool a phrase falls in (a hash of it)."""


def _mine(items: Sequence[str], half: str) -> tuple[str, ...]:
    return tuple(item for item in items if not item or half_of(item) == half)


def _pairs(items: Sequence[tuple[str, str]], half: str) -> tuple[tuple[str, str], ...]:
    return tuple(item for item in items if half_of(item[0]) == half)


def _bare(rng: random.Random, half: str) -> Variant:
    lead = rng.choice(_mine(LEADS, half))
    subject = rng.choice(_mine(SUBJECTS, half))
    if lead:
        subject = subject[0].lower() + subject[1:]
    verb = rng.choice(_mine(VERBS, half))
    body, structure = rng.choice(BARE_BODIES)
    names = rng.sample(_mine(NAMES, half), 2)
    share, share_value = rng.choice(_pairs(SHARES, half))
    factor, factor_value = rng.choice(_pairs(FACTORS, half))
    filled = body.format(A=names[0], B=names[1], P=share, N=factor)
    text = f"{lead}{subject} {verb} {filled}."
    used = [names[i] for i, letter in enumerate("AB") if "{" + letter + "}" in body]
    structure = structure.replace("P", share_value).replace("N", factor_value)
    return Variant("bare", lead or verb, text, tuple(used), structure)


def _purpose(rng: random.Random, half: str) -> Variant:
    mark = rng.choice(MARKS)
    purpose = rng.choice(_mine(PURPOSES, half)) + rng.choice(_mine(REFERENCES, half))
    link = rng.choice(_mine(LINKS, half))
    body, structure = rng.choice(PURPOSE_BODIES)
    names = rng.sample(_mine(NAMES, half), 2)
    text = f"{mark}{purpose} {link} {body.format(A=names[0], B=names[1])};"
    return Variant("purpose", link, text, tuple(names), structure)


def _head(rng: random.Random, half: str) -> Variant:
    subject, first, second = rng.choice([r for r in RATIOS if half_of(r[0]) == half])
    copula = rng.choice(_mine(COPULAS, half))
    head = rng.choice(_mine(HEADS, half))
    slash = rng.choice(SLASHES)
    scale, scaled = rng.choice(SCALES)
    text = f"{subject} {copula} {head} {first}{slash}{second}{scale}"
    return Variant("head", head, text, (first, second), "v1 / v2" + scaled)


variants = in_turn((_bare, _purpose, _head), COUNT, SEED)
"""``variants(half, count, seed)``: ``count`` cells of ``half``, drawn with ``seed``, the
families in turn."""

BENCHMARK = ComposedBenchmark(
    "predicates", variants, ("family", "lead"), "family", COUNT, SEED
)
score, rate, main = BENCHMARK.score, BENCHMARK.rate, command(BENCHMARK, __doc__)


if __name__ == "__main__":
    raise SystemExit(main())
