"""Variant benchmark: where a quantity's name starts and ends in a regulation's sentence.

    python benchmarks/variants_clauses.py [--half work|fresh|both] [--count N] [--seed S]
                                          [--show-failures] [--by part]

Regulations (Perbup on allowances and remuneration, Perda on taxes and levies, ministerial
rules on scores) and manuals say a formula in one long sentence whose clauses a careful reader
sets apart from the quantities: the SUBJECT (``Besarnya uang jasa pengabdian``), often with a
REFERENCE (``sebagaimana dimaksud pada ayat (1)``); the PREDICATE that introduces the
computation (``didasarkan atas perhitungan``, ``dihitung dengan cara``, ``paling banyak``,
``adalah sebesar Rp30.000.000,00 yaitu``); the computation, its operator phrases spelled as
regulations spell them (``setelah dikurangi dengan``, ``dikurangi terlebih dahulu dengan``, a
justified ``dikurangi      dengan``); and a TAIL (``, dengan rumusan sebagai berikut:``, ``dan
dengan semangat efisiensi.``, a restated amount ``sebesar Rp…``). Each cell carries the names
a careful reader gives (tests/data/public-cells.md, "Labels": a reference after an operand
belongs to its name; the subject, the predicate and the tail do not) and its structure.

The pools were written for this benchmark from the wording of regulations and manuals in
general (UU 28/2009 and UU 1/2022 on local taxes, KUP sanctions, Perbup on TPP and village
officials' income, accounting manuals), not from the labelled cells. Every pool is split in
two halves by a hash of the phrase (``tests/public_scoring.pool_half``, salt ``clauses-v1``):
rules are drawn from the *work* half only; the *fresh* half is read for its rate only. The
structures (bodies) are in both halves. The holdout file is never read.
"""

from __future__ import annotations

import random
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.pool_kit import Parts, Pools, command, pooled, wrapped  # noqa: E402
from tests.public_scoring import ComposedBenchmark, pool_half  # noqa: E402

COUNT = 600
"""How many cells are drawn from each half."""
SEED = 13

# The subject: what the sentence computes (a noun phrase, or a clause with its verb: the
# share predicates read both).
SUBJECTS: tuple[str, ...] = (
    "Besarnya uang jasa pengabdian",
    "Besaran pokok pajak yang terutang",
    "Besaran tambahan penghasilan pegawai",
    "Nilai buku aset tetap pada tanggal pelaporan",
    "Besarnya insentif pemungutan pajak daerah",
    "Jumlah tunjangan kinerja yang dibayarkan",
    "Besaran penghasilan tetap Kepala Desa",
    "Uang jasa pengabdian anggota Dewan Pengawas",
    "Nilai akhir seleksi perangkat desa",
    "Besarnya sanksi administratif berupa bunga",
    "Nilai sewa reklame",
    "Besarnya retribusi yang terutang",
    "Besaran tunjangan jabatan",
    "Nilai skor kinerja unit kerja",
    "Penghasilan neto pegawai tetap",
    "Besaran honorarium tim pelaksana",
    "Pajak air tanah yang terutang",
    "Nilai cadangan piutang",
    "Besarnya premi asuransi",
    "Besaran biaya operasional",
    "Nilai indeks kepuasan masyarakat",
    "Besarnya dana cadangan",
    "Nilai kompensasi yang diberikan",
    "Jumlah bagi hasil pajak kepada desa",
)
# A subject that is a clause with its verb (only the share predicates follow it).
CLAUSE_SUBJECTS: tuple[str, ...] = (
    "Setiap anggota Dewan Pengawas menerima honorarium",
    "Wajib Pajak dikenai sanksi administratif berupa denda",
    "Kepala Desa menerima tunjangan jabatan",
    "Sekretaris Dewan Pengawas diberikan honorarium",
    "Pegawai yang mengikuti tugas belajar menerima tambahan penghasilan",
    "Pejabat yang merangkap jabatan diberikan tunjangan",
    "Penyelenggara reklame membayar jaminan bongkar",
    "Setiap Direksi memperoleh uang jasa pengabdian",
)
REFERENCES: tuple[str, ...] = (
    "",
    "",
    " sebagaimana dimaksud pada ayat (1)",
    " sebagaimana dimaksud pada ayat (1) dan ayat (2)",
    " sebagaimana dimaksud dalam Pasal 12 ayat (2)",
    " sebagaimana dimaksud dalam huruf a",
    " sebagaimana dimaksud pada ayat (3) huruf b",
    " sebagaimana tersebut pada ayat (2)",
    " sebagaimana dimaksud dalam Pasal 7",
    " sebagaimana diatur dalam Pasal 20",
)
NUMBERINGS: tuple[str, ...] = ("", "", "(1) ", "(3) ", "a. ", "b. ", "2. ", "(2a) ")

# Predicates: the words between the subject and the computation. The kind says which bodies
# may follow: ``infix`` operator words between names, ``cara`` a verb of the operation
# (``mengalikan A dengan B``) or infix words, ``share`` a percent of what follows.
PREDICATES: tuple[tuple[str, str], ...] = (
    (" didasarkan atas perhitungan ", "infix"),
    (" didasarkan pada perhitungan ", "infix"),
    (" dihitung berdasarkan ", "infix"),
    (" dihitung atas dasar ", "infix"),
    (" ditentukan berdasarkan ", "infix"),
    (" diperhitungkan dari ", "infix"),
    (" adalah ", "infix"),
    (" yaitu ", "infix"),
    (" merupakan ", "infix"),
    (" sama dengan ", "infix"),
    (" diperoleh dari ", "infix"),
    (" ditetapkan berdasarkan hasil perhitungan ", "infix"),
    (" adalah sebesar Rp30.000.000,00 yaitu ", "infix"),
    (" sebesar Rp12.500.000,00 merupakan ", "infix"),
    (" masing-masing sebesar Rp4.000.000,00 dan Rp3.000.000,00 merupakan ", "infix"),
    (" dihitung dengan rumus ", "infix"),
    (" dihitung dengan cara ", "cara"),
    (" ditetapkan dengan cara ", "cara"),
    (" dihitung dengan jalan ", "cara"),
    (" diperoleh dengan cara ", "cara"),
    (" adalah dengan ", "cara"),
    (" paling banyak ", "share"),
    (" paling tinggi ", "share"),
    (" ditetapkan sebesar ", "share"),
    (" adalah sebesar ", "share"),
    (" sebesar ", "share"),
    (" yaitu ", "share"),
    (" diberikan paling banyak ", "share"),
    (" ditetapkan paling rendah ", "share"),
    (" setinggi-tingginya ", "share"),
)

# Quantity names, as regulations and manuals name what they compute with.
NAMES: tuple[str, ...] = (
    "lamanya bertugas",
    "masa jabatan",
    "penghasilan bulan terakhir",
    "gaji pokok",
    "tunjangan keluarga",
    "jumlah hari kerja dalam satu bulan",
    "jumlah hari tidak masuk kerja tanpa keterangan",
    "nilai perolehan",
    "akumulasi penyusutan",
    "tarif pajak",
    "dasar pengenaan pajak",
    "nilai jual objek pajak",
    "nilai jual objek pajak tidak kena pajak",
    "pajak yang telah dibayar sebelum jatuh tempo",
    "jumlah pajak yang kurang dibayar",
    "tarif bunga per bulan",
    "jumlah bulan keterlambatan",
    "realisasi penerimaan pajak daerah",
    "target penerimaan pajak daerah",
    "nilai kinerja pegawai",
    "basis tambahan penghasilan pegawai",
    "indeks kelas jabatan",
    "indeks kemahalan daerah",
    "nilai jabatan",
    "harga satuan bangunan",
    "luas lantai bangunan",
    "jumlah jawaban yang benar",
    "jumlah soal",
    "koefisien pendidikan terakhir",
    "penghasilan bruto",
    "biaya jabatan",
    "iuran pensiun",
    "penghasilan tidak kena pajak",
    "volume pemakaian air",
    "tarif per meter kubik",
    "biaya pemeliharaan meter air",
    "harga jual",
    "penghasilan tetap Kepala Desa",
    "gaji Direksi",
    "penghasilan paling tinggi pegawai perusahaan",
    "total biaya operasional tahun anggaran yang lalu",
    "saldo awal kas",
    "penerimaan kas selama periode berjalan",
    "pengeluaran kas selama periode berjalan",
    "piutang dengan kualitas macet",
    "nilai agunan atau nilai barang sitaan",
    "jumlah ekuitas dana lancar dalam bentuk piutang",
    "penyisihan piutang tak tertagih",
    "harga pasar wajar",
    "nilai tercatat investasi",
    "masa kerja dalam hitungan bulan",
    "tunjangan yang diterima setiap bulan",
    "jumlah pajak berdasarkan surat keputusan keberatan",
    "angsuran yang telah dibayar oleh pegawai",
    "nilai nominal kontrak penjualan aset",
    "dasar pengenaan retribusi",
    "tingkat penggunaan jasa",
    "tarif retribusi",
    "nilai sewa tanah per meter persegi",
    "skor rata-rata unsur pelayanan",
    "bobot penilaian kinerja",
    "jumlah pendapatan asli desa",
    "dana perimbangan yang diterima kabupaten",
    "hasil penjualan bersih",
    "harga pokok penjualan",
    "beban administrasi dan umum",
    "dasar pengenaan pajak sebagaimana dimaksud dalam Pasal 5",
    "tarif pajak sebagaimana dimaksud dalam Pasal 6 ayat (1)",
    "nilai perolehan objek pajak tidak kena pajak sebagaimana dimaksud dalam Pasal 15 ayat (4)",
    "penghasilan neto sebagaimana dimaksud pada ayat (2)",
    "jumlah kerugian yang belum dikompensasikan",
    "nilai wajar aset pada tanggal pengakuan",
)

# Operator phrases, as regulations write them (justified lines stretch the spaces).
DIVIDE: tuple[str, ...] = (
    "dibagi",
    "dibagi dengan",
    "dibagi      dengan",
    "dibandingkan dengan",
    "dibagi oleh",
)
MULTIPLY: tuple[str, ...] = (
    "dikalikan",
    "dikalikan dengan",
    "dikali",
    "dikalikan      dengan",
    "dikali dengan",
)
ADD: tuple[str, ...] = (
    "ditambah",
    "ditambah dengan",
    "ditambahkan dengan",
    "ditambahkan",
)
SUBTRACT: tuple[str, ...] = (
    "dikurangi",
    "dikurangi dengan",
    "dikurangi      dengan",
    "dikurangi terlebih dahulu dengan",
    "dikurangkan dengan",
)
AFTER_SUBTRACT: tuple[str, ...] = (
    "setelah dikurangi",
    "setelah dikurangi dengan",
    "sesudah dikurangi",
    "setelah dikurangi      dengan",
    "setelah terlebih dahulu dikurangi",
)
# Shares: a percent said in figures and in words, and its value.
SHARES: tuple[tuple[str, str], ...] = (
    ("50% (lima puluh persen)", "0.5"),
    ("2,5% (dua koma lima persen)", "0.025"),
    ("40 % (empat puluh per seratus)", "0.4"),
    ("35 % (tiga puluh lima per seratus)", "0.35"),
    ("10% (sepuluh persen)", "0.1"),
    ("100 % (seratus persen)", "1"),
    ("20% (dua puluh persen)", "0.2"),
    ("75% (tujuh puluh lima persen)", "0.75"),
    ("5% (lima persen)", "0.05"),
    ("15 % (lima belas persen)", "0.15"),
)
# Numbers as factors: said in figures and in words.
FACTORS: tuple[tuple[str, str], ...] = (
    ("3 (tiga)", "3"),
    ("2 (dua)", "2"),
    ("12 (dua belas)", "12"),
    ("1,5 (satu koma lima)", "1.5"),
    ("2,5 (dua koma lima)", "2.5"),
    ("4 (empat)", "4"),
    ("6 (enam)", "6"),
)

# Bodies: ``{A}`` … ``{C}`` names, ``{DIV}`` … ``{AFTER}`` operator phrases, ``{P}`` a share,
# ``{N}`` a factor. The structure's ``P`` and ``N`` are their values.
BODIES: tuple[tuple[str, str, str], ...] = (
    ("{A} {DIV} {B} {MUL} {C}", "v1 / v2 * v3", "infix"),
    ("{A} {DIV} {B}", "v1 / v2", "infix"),
    ("{A} {MUL} {B}", "v1 * v2", "infix"),
    ("{A} {SUB} {B}", "v1 - v2", "infix"),
    ("{A} {AFTER} {B}", "v1 - v2", "infix"),
    ("{A} {ADD} {B}", "v1 + v2", "infix"),
    ("{A} {ADD} {B} {SUB} {C}", "v1 + v2 - v3", "infix"),
    ("{A} {MUL} {B} {AFTER} {C}", "v1 * (v2 - v3)", "infix"),
    ("{A} {DIV} {B} {MUL} {N}", "v1 / v2 * N", "infix"),
    ("{A} {DIV} {B} {MUL} {N} {MUL} {C}", "v1 / v2 * N * v3", "infix"),
    ("{N} kali {A}", "N * v1", "share"),
    ("mengalikan {A} dengan {B}", "v1 * v2", "cara"),
    ("mengalikan {A} dengan {B} {AFTER} {C}", "v1 * (v2 - v3)", "cara"),
    ("membagi {A} dengan {B}", "v1 / v2", "cara"),
    ("menjumlahkan {A} dengan {B}", "v1 + v2", "cara"),
    ("{P} dari {A}", "P * v1", "share"),
    ("{P} dari {A} {SUB} {B}", "P * (v1 - v2)", "share"),
    ("{P} dari {A} {AFTER} {B}", "P * (v1 - v2)", "share"),
    ("{P} dikalikan {A}", "P * v1", "share"),
)
_RANK = {"infix": 0, "cara": 1, "share": 2}

# Tails: what the sentence says after its formula. A tail marked ``+`` qualifies the last
# name (a relative clause or a time with no comma before it: part of the name, as the labels
# of the corpus keep ``… yang telah dibayar …``); an amount restated after the last name
# (``sebesar Rp…``) only where the sentence restates amounts (its predicate gives one),
# elsewhere an amount after a name is its value (``… dengan NJOPTKP sebesar Rp10.000.000``).
# Where the table of an amount stands, said with no comma (``… sebagaimana tercantum dalam
# Lampiran …``), qualifies the last name too: the corpus's labels keep it, six cells of six
# (PP 59/2018, PP 63/2007, PP 18/2001 …; session 29, where this pool set it aside before).
TAILS: tuple[str, ...] = (
    "",
    ".",
    ";",
    "; dan",
    ", dengan rumusan sebagai berikut:",
    ", dengan rumus sebagai berikut:",
    " dengan ketentuan sebagai berikut:",
    " dan dengan semangat efisiensi.",
    " sesuai dengan kemampuan keuangan daerah.",
    ", dibulatkan ke atas.",
    "+ yang dibayarkan setiap bulan.",
    ", paling lama 24 (dua puluh empat) bulan.",
    "+ sebagaimana tercantum dalam Lampiran yang merupakan bagian tidak terpisahkan dari Peraturan Bupati ini.",
    ", sebagaimana dimaksud dalam Pasal 9.",
    " sebesar Rp30.000.000,00.",
    " sebesar Rp1.250.000,00 (satu juta dua ratus lima puluh ribu rupiah).",
    " dan dibayarkan pada bulan berikutnya.",
    " serta memperhatikan asas kepatutan dan kewajaran.",
    ", dengan memperhatikan kemampuan keuangan perusahaan.",
    "+ pada tahun anggaran berkenaan.",
    " (jika ada).",
    ", yang ditetapkan dengan Keputusan Bupati.",
    ", dengan formulasi sebagai berikut:",
    " dan dituangkan dalam berita acara.",
)


def half_of(phrase: str) -> str:
    """``"work"`` or ``"fresh"``: the half of a pool a phrase falls in (a hash of it)."""
    return ("work", "fresh")[pool_half(phrase.lstrip("+"), "clauses-v1")]


def pools(half: str) -> Pools:
    """The phrases of ``half`` (``"work"`` or ``"fresh"``); both halves hold every body and
    numbering (structures and list marks, not phrases a rule is drawn from)."""
    operators = Pools.kept(
        half_of, half, DIV=DIVIDE, MUL=MULTIPLY, ADD=ADD, SUB=SUBTRACT, AFTER=AFTER_SUBTRACT
    )
    return Pools.kept(
        half_of, half, subjects=SUBJECTS, clause_subjects=CLAUSE_SUBJECTS, references=REFERENCES,
        predicates=PREDICATES, names=NAMES, tails=TAILS, shares=SHARES, factors=FACTORS,
    ).also(operators=operators.as_dict())


@dataclass(frozen=True)
class Variant(Parts):
    """One composed cell and the reading a careful reader gives it."""

    subject: str
    predicate: str
    body: str
    tail: str
    ops: str
    text: str
    variables: tuple[str, ...]
    structure: str


def compose(rng: random.Random, pool: Pools) -> Variant:
    """One cell drawn from ``pool``."""
    predicate, kind = rng.choice(pool.predicates)
    bodies = [b for b in BODIES if _RANK[b[2]] <= _RANK[kind] and (kind == "share") == (b[2] == "share")]
    body, structure, _ = rng.choice(bodies)
    subjects = pool.subjects + (pool.clause_subjects if kind == "share" else ())
    subject = rng.choice(subjects) + rng.choice(pool.references)
    names = rng.sample(pool.names, 3)
    ops = {key: rng.choice(words) for key, words in pool.operators.items()}
    share, share_value = rng.choice(pool.shares)
    factor, factor_value = rng.choice(pool.factors)
    tail = rng.choice(pool.tails)
    if "sebesar Rp" in tail and "Rp" not in predicate:
        tail = "."
    if tail.startswith("+") and not body.endswith(("{A}", "{B}", "{C}")):
        tail = "."  # "… dikalikan 3 (tiga) yang dibayarkan …" qualifies no name
    qualifies = tail.startswith("+")
    tail = tail.lstrip("+")
    filled = body.format(A=names[0], B=names[1], C=names[2], P=share, N=factor, **ops)
    text = rng.choice(NUMBERINGS) + subject + predicate + filled + tail
    if rng.random() < 0.35:
        text = wrapped(text, rng.choice((48, 60, 72)))
    used = [letter for letter in "ABC" if "{" + letter + "}" in body]
    variables = tuple(names["ABC".index(letter)] for letter in used)
    if qualifies:  # "… gaji pokok yang dibayarkan setiap bulan.": the last name's words
        variables = (*variables[:-1], variables[-1] + tail.rstrip("."))
    structure = structure.replace("P", share_value).replace("N", factor_value)
    shown = " | ".join(ops[k] for k in ("DIV", "MUL", "ADD", "SUB", "AFTER") if "{" + k + "}" in body)
    return Variant(subject, predicate, body, tail, shown, text, variables, structure)


variants = pooled(pools, compose, COUNT, SEED)
"""``variants(half, count, seed)``: ``count`` cells of ``half``, drawn with ``seed``."""
BENCHMARK = ComposedBenchmark(
    "clauses", variants, ("subject", "predicate", "body", "tail", "ops"), "predicate", COUNT, SEED
)
score, rate, main = BENCHMARK.score, BENCHMARK.rate, command(BENCHMARK, __doc__)


if __name__ == "__main__":
    raise SystemExit(main())
