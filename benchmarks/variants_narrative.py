"""Variant benchmark: a formula said in the narrative of a performance report or a manual.

    python benchmarks/variants_narrative.py [--half work|fresh|both] [--count N] [--seed S]
                                            [--show-failures] [--by part]

Performance reports (LKjIP, LAKIP) and indicator manuals (Manual IKU, ``Cara pengukuran``,
``Metode perhitungan``) say how an indicator is computed in prose: a SUBJECT (the indicator,
often restated: ``Persentase balita gizi buruk yang mendapat perawatan``, ``Capaian indikator
ini``), a PREDICATE that introduces the computation (``diukur dengan membandingkan``,
``diperoleh dari hasil pembagian antara``, ``merupakan perbandingan antara``, ``adalah rasio``),
the two quantities joined by the word the predicate calls for (``terhadap``, ``dengan``,
``dan``), the multiplier said in words or signs, and sentences around the formula that are no
part of it: a definition before, a remark after (``Semakin tinggi …``, ``(lihat lampiran)``),
a period of time or the unit. A SCRIPT of steps (``1. hitung …; 2. bagi dengan …; 3. kalikan
100%``) is a third way. The quantities' names carry their own qualifiers: relative clauses
(``yang telah …``, ``yang dilaporkan oleh …``), places and times (``di wilayah kerja …``,
``pada tahun yang sama``), which a careful reader keeps (tests/data/public-cells.md, "Labels").

The pools were written for this benchmark from the wording of LKjIP narratives and indicator
manuals in general (health, education, finance, public works, population, social affairs,
environment), not from the labelled cells. Every pool is split in two halves by a hash of the
phrase (``tests/public_scoring.pool_half``, salt ``narrative-v1``): rules are drawn from the
*work* half only; the *fresh* half is read for its rate only. The structures (frames' shapes)
are in both halves. The holdout file is never read.
"""

from __future__ import annotations

import random
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.pool_kit import Parts, Pools, command, pooled, wrapped  # noqa: E402
from tests.public_scoring import ComposedBenchmark, halves  # noqa: E402

COUNT = 600
"""How many cells are drawn from each half."""
SEED = 14

# The subject: the indicator the sentence computes, or a phrase standing for it.
SUBJECTS: tuple[str, ...] = (
    "Persentase balita gizi buruk yang mendapat perawatan",
    "Capaian indikator ini",
    "Nilai indikator tersebut",
    "Angka Partisipasi Murni SMP",
    "Rasio kemandirian keuangan daerah",
    "Persentase jalan kabupaten dalam kondisi mantap",
    "Tingkat pengangguran terbuka",
    "Indikator kinerja ini",
    "Persentase penduduk miskin",
    "Cakupan pelayanan air minum layak",
    "Persentase desa yang memiliki dokumen RPJMDes",
    "Persentase ruang terbuka hijau publik",
    "Tingkat kepatuhan wajib pajak",
    "Persentase penyandang disabilitas yang memperoleh rehabilitasi sosial",
    "Angka kelulusan SMA",
    "Rasio elektrifikasi",
    "Persentase sampah yang tertangani",
    "Capaian kinerja sasaran tersebut",
    "Persentase kepemilikan akta kelahiran",
    "Indeks kualitas air",
    "Persentase realisasi belanja modal",
    "Tingkat hunian kamar hotel",
    "Persentase ibu hamil yang mendapat tablet tambah darah",
    "Persentase rumah tidak layak huni yang tertangani",
)

# Predicates of a ratio: the words between the subject and the first quantity, and the
# word that joins the two quantities (``{J}`` in the frame).
RATIO_PREDICATES: tuple[tuple[str, str], ...] = (
    (" diukur dengan membandingkan ", "terhadap"),
    (" diukur dengan membandingkan antara ", "dengan"),
    (" dihitung dengan membandingkan ", "dengan"),
    (" diperoleh dari hasil pembagian antara ", "dengan"),
    (" diperoleh dari hasil bagi antara ", "dan"),
    (" merupakan perbandingan antara ", "dan"),
    (" merupakan perbandingan antara ", "dengan"),
    (" adalah rasio ", "terhadap"),
    (" adalah rasio antara ", "dengan"),
    (" merupakan hasil pembagian ", "dengan"),
    (" dihitung dari perbandingan ", "terhadap"),
    (" didapat dengan membandingkan ", "dengan"),
    (" adalah perbandingan ", "terhadap"),
    (" diperoleh dengan membagi ", "dengan"),
    (" dihitung dengan cara membagi ", "dengan"),
    (" diukur dengan cara membagi ", "dengan"),
    (" dihitung dari proporsi ", "terhadap"),
    (" merupakan rasio ", "dengan"),
)
# Predicates of an infix sentence: the operator words stand between the names.
INFIX_PREDICATES: tuple[str, ...] = (
    ", yaitu ",
    " dihitung dengan rumus ",
    " adalah ",
    " diperoleh dari ",
    " dihitung berdasarkan ",
    " didapat dari ",
    ", yakni ",
    " dirumuskan sebagai ",
    " dihitung sebagai ",
    " merupakan ",
)
# The infix operator words.
DIVIDE: tuple[str, ...] = ("dibagi", "dibagi dengan", "dibandingkan dengan", "dibagi oleh")
# The multiplier after a ratio (its structure is ``* 100`` where there is one).
MULTIPLIERS: tuple[tuple[str, bool], ...] = (
    ("", False),
    (" dikali 100%", True),
    (" x 100%", True),
    (", kemudian dikalikan 100%", True),
    (" dikalikan dengan 100%", True),
    (", lalu dikalikan seratus persen", True),
    (" dan dikalikan 100", True),
    (", selanjutnya hasilnya dikalikan 100%", True),
    (" kali 100 persen", True),
    (", hasilnya dikali 100%", True),
)

# Quantities, by field: the first of a pair is counted, the second is what it is counted
# against. A name may carry qualifiers (they belong to it).
PAIRS: tuple[tuple[str, str], ...] = (
    ("jumlah balita gizi buruk yang mendapat perawatan", "jumlah seluruh balita gizi buruk yang ditemukan"),
    ("jumlah siswa usia 13-15 tahun yang bersekolah di SMP", "jumlah penduduk usia 13-15 tahun"),
    ("pendapatan asli daerah", "total pendapatan daerah"),
    ("panjang jalan kabupaten dalam kondisi baik dan sedang", "panjang jalan kabupaten seluruhnya"),
    ("jumlah angkatan kerja yang menganggur", "jumlah angkatan kerja"),
    ("realisasi penerimaan pajak daerah", "target penerimaan pajak daerah"),
    ("jumlah rumah tangga yang mendapat akses air minum layak", "jumlah seluruh rumah tangga"),
    ("jumlah desa yang telah menetapkan RPJMDes", "jumlah desa di kabupaten"),
    ("luas ruang terbuka hijau publik", "luas wilayah perkotaan"),
    ("jumlah wajib pajak yang menyampaikan SPT tepat waktu", "jumlah wajib pajak terdaftar"),
    ("jumlah penyandang disabilitas yang direhabilitasi", "jumlah penyandang disabilitas yang terdata"),
    ("jumlah siswa yang lulus ujian", "jumlah peserta ujian"),
    ("jumlah rumah tangga berlistrik", "jumlah rumah tangga"),
    ("volume sampah yang tertangani", "volume timbulan sampah"),
    ("realisasi kinerja tahun berjalan", "target kinerja tahun berjalan"),
    ("jumlah anak yang memiliki akta kelahiran", "jumlah anak usia 0-18 tahun"),
    ("jumlah titik sampel yang memenuhi baku mutu", "jumlah titik sampel yang dipantau"),
    ("realisasi belanja modal", "anggaran belanja modal"),
    ("jumlah kamar terjual", "jumlah kamar tersedia"),
    ("jumlah ibu hamil yang mendapat 90 tablet tambah darah", "jumlah sasaran ibu hamil"),
    ("jumlah rumah tidak layak huni yang diperbaiki", "jumlah rumah tidak layak huni"),
    ("jumlah kasus yang ditangani sesuai standar", "jumlah kasus yang dilaporkan"),
    ("jumlah pengaduan yang diselesaikan", "jumlah pengaduan yang diterima"),
    ("jumlah UMKM yang naik kelas", "jumlah UMKM yang dibina"),
    ("jumlah peserta pelatihan yang bekerja", "jumlah peserta pelatihan"),
    ("jumlah penduduk yang terdaftar sebagai peserta JKN", "jumlah penduduk"),
    ("jumlah kelurahan bebas jentik", "jumlah kelurahan yang diperiksa"),
    ("jumlah temuan yang ditindaklanjuti", "jumlah temuan hasil pemeriksaan"),
    ("jumlah bayi yang diimunisasi lengkap", "jumlah bayi yang lahir hidup"),
    ("jumlah dokumen perencanaan yang tepat waktu", "jumlah dokumen perencanaan yang wajib disusun"),
    ("luas lahan kritis yang direhabilitasi", "luas lahan kritis"),
    ("jumlah koperasi aktif", "jumlah koperasi yang terdaftar"),
    ("jumlah guru bersertifikat pendidik", "jumlah guru"),
    ("jumlah peraturan daerah yang ditetapkan", "jumlah rancangan peraturan daerah yang diusulkan"),
    ("jumlah irigasi dalam kondisi baik", "jumlah jaringan irigasi kewenangan kabupaten"),
    ("jumlah penduduk miskin", "jumlah penduduk seluruhnya"),
)
# Qualifiers a name may carry (a place, a time, a source: they belong to the name).
QUALIFIERS: tuple[str, ...] = (
    " di wilayah kerja puskesmas",
    " pada tahun yang sama",
    " dalam kurun waktu 1 tahun",
    " yang dilaporkan oleh kecamatan",
    " pada periode yang sama",
    " di kabupaten",
    " menurut data Dinas Sosial",
    " sampai dengan akhir tahun",
    " yang telah diverifikasi",
    " pada tahun berkenaan",
    " sesuai dengan standar pelayanan minimal",
    " di seluruh kecamatan",
)

# A sentence before the formula (a definition, what the indicator shows).
BEFORE: tuple[str, ...] = (
    "",
    "",
    "Indikator ini menggambarkan keberhasilan program dalam satu tahun. ",
    "Indikator ini mengukur kinerja pelayanan kepada masyarakat. ",
    "Data diperoleh dari laporan bulanan unit pelaksana teknis. ",
    "Pengukuran dilakukan setiap akhir tahun anggaran. ",
    "Indikator ini menunjukkan tingkat keberhasilan sasaran strategis. ",
    "Capaian dihitung secara kumulatif sampai dengan triwulan IV. ",
    "Sumber data berasal dari aplikasi pelaporan daerah. ",
    "Nilai indikator dihitung oleh sekretariat setiap semester. ",
)
# A heading before the text (a manual's field).
HEADINGS: tuple[str, ...] = (
    "",
    "",
    "",
    "Cara pengukuran: ",
    "Metode perhitungan: ",
    "Cara perhitungan:\n",
    "Formulasi pengukuran: ",
    "Cara menghitung: ",
    "Penjelasan: ",
)
# What the sentence says after its formula (no part of it).
AFTER: tuple[str, ...] = (
    ".",
    ".",
    "",
    ". Semakin tinggi nilai capaian, semakin baik kinerja.",
    " (lihat lampiran).",
    ", dinyatakan dalam persen (%).",
    ". Satuan indikator adalah persen.",
    ". Data bersumber dari laporan tahunan dinas.",
    ", dengan target 100% pada akhir periode.",
    ". Nilai capaian yang lebih besar menunjukkan kinerja yang lebih baik.",
    " (dalam persen).",
    ". Pengukuran dilakukan setiap tahun.",
)
# A remark in brackets after the subject.
ASIDES: tuple[str, ...] = ("", "", "", " (dalam %)", " (%)", " (lihat lampiran)", " (dalam persen)")

# Steps: a script that counts, divides and multiplies (``{A}``, ``{B}`` the names).
STEPS: tuple[str, ...] = (
    "1. hitung {A}; 2. bagi dengan {B}; 3. kalikan 100%",
    "1. Hitung {A};\n2. Bagi dengan {B};\n3. Kalikan dengan 100%.",
    "a. tentukan {A}; b. bagi hasilnya dengan {B}; c. kalikan 100%",
    "1) jumlahkan {A}; 2) bagi dengan {B}; 3) hasilnya dikalikan 100%",
    "Langkah 1: hitung {A}. Langkah 2: bagi dengan {B}. Langkah 3: kalikan dengan 100%.",
    "- hitung {A}\n- bagi dengan {B}\n- kalikan 100%",
)
# Frames: the shapes, in both halves. ``ratio``: subject, ratio predicate, A join B;
# ``infix``: subject, infix predicate, A op B; ``steps``: a script.
FRAMES: tuple[str, ...] = ("ratio", "ratio", "infix", "steps")


half_of = halves("narrative-v1")
"""``"work"`` or ``"fresh"``: the half of a pool a phrase falls in (a hash of it)."""


def pools(half: str) -> Pools:
    """The phrases of ``half`` (``"work"`` or ``"fresh"``); an empty phrase is in both."""
    return Pools.kept(
        half_of, half, subjects=SUBJECTS, infix_predicates=INFIX_PREDICATES, divide=DIVIDE,
        multipliers=MULTIPLIERS, qualifiers=QUALIFIERS, before=BEFORE, headings=HEADINGS,
        after=AFTER, asides=ASIDES, steps=STEPS,
    ).also(
        ratio_predicates=tuple(p for p in RATIO_PREDICATES if half_of(p[0] + p[1]) == half),
        pairs=tuple(p for p in PAIRS if half_of(p[0]) == half),
    )


@dataclass(frozen=True)
class Variant(Parts):
    """One composed cell and the reading a careful reader gives it."""

    frame: str
    predicate: str
    heading: str
    before: str
    after: str
    text: str
    variables: tuple[str, ...]
    structure: str


def _names(rng: random.Random, pool: Pools) -> tuple[str, str]:
    first, second = rng.choice(pool.pairs)
    if pool.qualifiers and rng.random() < 0.4:
        qualifier = rng.choice(pool.qualifiers)
        if rng.random() < 0.5:
            first += qualifier
        second += qualifier
    return first, second


def compose(rng: random.Random, pool: Pools) -> Variant:
    """One cell drawn from ``pool``."""
    frame = rng.choice(FRAMES)
    first, second = _names(rng, pool)
    multiplier, times = rng.choice(pool.multipliers)
    subject = rng.choice(pool.subjects) + rng.choice(pool.asides)
    heading = rng.choice(pool.headings)
    before = rng.choice(pool.before)
    after = rng.choice(pool.after)
    if frame == "steps":
        predicate = rng.choice(pool.steps)
        body = predicate.format(A=first, B=second)
        text = heading + before + body
        after, times = "", True
    else:
        if frame == "ratio":
            predicate, join = rng.choice(pool.ratio_predicates)
            body = f"{first} {join} {second}"
        else:
            predicate = rng.choice(pool.infix_predicates)
            body = f"{first} {rng.choice(pool.divide)} {second}"
        text = heading + before + subject + predicate + body + multiplier + after
    if rng.random() < 0.3:
        text = wrapped(text, rng.choice((40, 55, 70)))
    structure = "v1 / v2 * 100" if times else "v1 / v2"
    return Variant(frame, predicate, heading, before, after, text, (first, second), structure)


variants = pooled(pools, compose, COUNT, SEED)
"""``variants(half, count, seed)``: ``count`` cells of ``half``, drawn with ``seed``."""

BENCHMARK = ComposedBenchmark(
    "narrative", variants, ("frame", "predicate", "heading", "before", "after"), "predicate", COUNT, SEED
)
score, rate, main = BENCHMARK.score, BENCHMARK.rate, command(BENCHMARK, __doc__)


if __name__ == "__main__":
    raise SystemExit(main())
