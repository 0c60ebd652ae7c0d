"""Variant benchmark of the arithmetic statisticians and planners write (issue 14, causes 2, 5,
7 and 10; session 13).

    python benchmarks/variants_indices.py [--half work|fresh|all] [--show-failures] [--family F]

Composes formula cells the way BPS indicator metadata ("Metode Penghitungan", "Rumus"), RPJMD
and IKU definitions and the health and education manuals write them: growth and change rates
over time-indexed names (``(PDRB tahun t - PDRB tahun t-1) / PDRB tahun t-1 x 100%``,
``PDRBt``, ``IHK(t-1)``, ``tahun n-1``, ``tahun berjalan``, ``tahun dasar``), rates per 1.000
or 100.000 with their unit (``x 1.000 kelahiran hidup``, ``per seratus ribu penduduk``,
``x k, k = 1.000``), means (``rata-rata``, ``jumlah … dibagi banyaknya …``, ``Σ xi / n`` with
its legend), weighted sums and composite indices (``0,4 x A + 0,6 x B``, ``(A + B + C) / 3``,
weights as percents), names that carry numbers (``usia 15-64 tahun``, ``≥ 4 kali``,
``K1-K4``, ``12-59 bulan``) and numbers as Indonesians write them (``2,5``, ``1.000``,
``dua koma lima``, ``seperseribu``).

Its pools are NOT drawn from the labelled cells: the names, time marks, units, weights and
ways of saying each operation are written from how those documents word them. Every pool item and every template falls into a half by its text, salt ``indices13``
(``benchmarks/pool_kit.py``: rules from the work half only, the fresh half the honest figure).
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.pool_kit import Made, command  # noqa: E402
from tests.public_scoring import HalfDraw, TemplateBenchmark, halves  # noqa: E402

SALT = "indices13"
PER_TEMPLATE = 16
half_of = halves(SALT)
"""``"work"`` or ``"fresh"``: the half a pool item or a template belongs to."""


# --- pools (written from the documents' wording, not from the labelled cells) ---------------

# quantities that grow: the base of a growth rate
GROWING = [
    "PDRB atas dasar harga konstan", "PDRB ADHK", "Jumlah penduduk", "Nilai ekspor",
    "Pendapatan Asli Daerah", "Jumlah kunjungan wisatawan", "Produksi padi",
    "Jumlah UMKM", "Nilai investasi", "Indeks Harga Konsumen", "Jumlah penduduk miskin",
    "Luas panen jagung", "Produksi ikan", "Realisasi pajak daerah", "Jumlah koperasi aktif",
    "Populasi ternak sapi", "Jumlah tenaga kerja", "Nilai Tukar Petani",
    "Jumlah pelanggan PDAM", "PDRB per kapita", "Produktivitas padi", "Jumlah wajib pajak",
    "Nilai produksi industri kecil", "Volume penjualan", "Jumlah penumpang angkutan umum",
    "Pengeluaran per kapita", "Jumlah akseptor KB aktif", "Jumlah pengangguran terbuka",
]  # fmt: skip
# symbols statisticians index by time
SYMBOLS = [
    "PDRB", "IHK", "PAD", "NTP", "PMA", "PMDN", "TPT", "Y", "P", "X", "PDB", "JP", "NE",
    "IKM", "Pt", "Q",
]  # fmt: skip
# (now, then): how a name is marked by its period
PERIODS = [
    ("tahun t", "tahun t-1"), ("tahun n", "tahun n-1"), ("tahun berjalan", "tahun sebelumnya"),
    ("(t)", "(t-1)"), ("tahun ini", "tahun lalu"), ("tahun 2024", "tahun 2023"),
    ("periode t", "periode t-1"), ("(n)", "(n-1)"), ("tahun ke-t", "tahun ke-(t-1)"),
    ("tahun (n)", "tahun (n-1)"), ("tahun t", "tahun t−1"), ("Tahun N", "Tahun N-1"),
    ("tahun berjalan", "tahun dasar"), ("triwulan ini", "triwulan sebelumnya"),
    ("tahun 2025", "tahun 2024"), ("bulan ini", "bulan lalu"), ("pada tahun t", "pada tahun t-1"),
    ("tahun akhir", "tahun awal"), ("tahun (t)", "tahun (t - 1)"), ("t", "t-1"),
]  # fmt: skip
# how a symbol is indexed by time: now, then
SYMBOL_INDICES = [
    ("{s}t", "{s}t-1"), ("{s}(t)", "{s}(t-1)"), ("{s} t", "{s} t-1"), ("{s}n", "{s}n-1"),
    ("{s}(n)", "{s}(n-1)"), ("{s} (t)", "{s} (t-1)"), ("{s}t", "{s}(t-1)"),
    ("{s}_t", "{s}_(t-1)"), ("{s} tahun t", "{s} tahun t-1"),
]  # fmt: skip
# (numerator, denominator, unit said after the constant) of rates per 1.000 / 100.000
RATES = [
    ("Jumlah kematian bayi", "Jumlah kelahiran hidup", "kelahiran hidup"),
    ("Jumlah kematian ibu", "Jumlah kelahiran hidup", "KH"),
    ("Jumlah kematian neonatal", "Jumlah lahir hidup", "kelahiran hidup"),
    ("Jumlah kasus baru TB", "Jumlah penduduk", "penduduk"),
    ("Jumlah kasus DBD", "Jumlah penduduk pertengahan tahun", "penduduk"),
    ("Jumlah kelahiran", "Jumlah penduduk pertengahan tahun", "penduduk"),
    ("Jumlah kematian", "Jumlah penduduk pertengahan tahun", "penduduk"),
    ("Jumlah kematian balita", "Jumlah kelahiran hidup", "KH"),
    ("Jumlah tindak pidana", "Jumlah penduduk", "penduduk"),
    ("Jumlah dokter", "Jumlah penduduk", "penduduk"),
    ("Jumlah tempat tidur rumah sakit", "Jumlah penduduk", "penduduk"),
    ("Jumlah kasus HIV", "Jumlah penduduk usia 15-49 tahun", "penduduk"),
    ("Jumlah kecelakaan lalu lintas", "Jumlah kendaraan bermotor", "kendaraan"),
    ("Jumlah lahir mati", "Jumlah seluruh kelahiran", "kelahiran"),
    ("Jumlah kasus malaria positif", "Jumlah penduduk berisiko", "penduduk"),
    ("Jumlah perawat", "Jumlah penduduk", "penduduk"),
]  # fmt: skip
CONSTANTS = [
    ("1.000", "1000"), ("100.000", "100000"), ("10.000", "10000"), ("1000", "1000"),
    ("100000", "100000"), ("1.000.000", "1000000"),
]  # fmt: skip
CONSTANTS_SAID = [
    ("seribu", "1000"), ("seratus ribu", "100000"), ("sepuluh ribu", "10000"),
    ("satu juta", "1000000"), ("1.000 (seribu)", "1000"), ("100.000 (seratus ribu)", "100000"),
]  # fmt: skip
CONSTANT_LETTERS = ["k", "K", "konstanta"]
# quantities observed row by row (per person, per unit), averaged
ROW_QUANTITIES = [
    "lama sekolah penduduk usia 25 tahun ke atas", "nilai ujian siswa", "skor kepuasan responden",
    "umur kawin pertama", "pengeluaran rumah tangga", "lama rawat inap pasien",
    "nilai kinerja pegawai", "waktu tunggu pelayanan", "jumlah anggota rumah tangga",
    "nilai indeks tiap unsur pelayanan", "lama penyelesaian perkara", "skor IKM tiap unit layanan",
    "harga gabah kering panen", "produktivitas lahan per hektar", "upah buruh tani",
    "nilai akreditasi sekolah",
]  # fmt: skip
COUNTS = [
    "jumlah penduduk usia 25 tahun ke atas", "jumlah siswa", "jumlah responden",
    "jumlah rumah tangga", "jumlah pasien keluar", "jumlah pegawai", "jumlah unit layanan",
    "jumlah sekolah", "jumlah sampel", "jumlah kecamatan", "jumlah desa", "jumlah bulan",
]  # fmt: skip
MEAN_WORDS = ["rata-rata", "rerata", "nilai rata-rata", "rata-rata dari"]
# components of a composite index
COMPONENTS = [
    "Indeks Kesehatan", "Indeks Pendidikan", "Indeks Daya Beli", "Indeks Kualitas Air",
    "Indeks Kualitas Udara", "Indeks Kualitas Tutupan Lahan", "Nilai Evaluasi SAKIP",
    "Indeks Kepuasan Masyarakat", "Nilai Maturitas SPIP", "Indeks Reformasi Birokrasi",
    "Nilai Capaian Output", "Nilai Capaian Outcome", "Skor Dimensi Akses",
    "Skor Dimensi Ketersediaan", "Skor Dimensi Pemanfaatan", "Nilai Kinerja Anggaran",
    "Indeks Ketahanan Sosial", "Indeks Ketahanan Ekonomi", "Indeks Ketahanan Lingkungan",
    "Nilai Realisasi Fisik", "Nilai Realisasi Keuangan", "Indeks Literasi",
]  # fmt: skip
# weights written as decimals (two or three that add to 1) and as percents
WEIGHTS_2 = [
    (("0,4", "0.4"), ("0,6", "0.6")), (("0,3", "0.3"), ("0,7", "0.7")),
    (("0,25", "0.25"), ("0,75", "0.75")), (("0,35", "0.35"), ("0,65", "0.65")),
    (("0,2", "0.2"), ("0,8", "0.8")), (("0,45", "0.45"), ("0,55", "0.55")),
    (("0,6", "0.6"), ("0,4", "0.4")), (("0,5", "0.5"), ("0,5", "0.5")),
]  # fmt: skip
PERCENT_WEIGHTS_3 = [
    (("30%", "0.3"), ("30%", "0.3"), ("40%", "0.4")),
    (("20%", "0.2"), ("30%", "0.3"), ("50%", "0.5")),
    (("25%", "0.25"), ("25%", "0.25"), ("50%", "0.5")),
    (("40 %", "0.4"), ("35 %", "0.35"), ("25 %", "0.25")),
    (("15%", "0.15"), ("35%", "0.35"), ("50%", "0.5")),
    (("10%", "0.1"), ("40%", "0.4"), ("50%", "0.5")),
]  # fmt: skip
# (population, age or period mark) and what is counted of it
POPULATIONS = [
    ("bayi", "usia 0-11 bulan"), ("balita", "usia 12-59 bulan"), ("penduduk", "usia 15-64 tahun"),
    ("anak", "usia 7-12 tahun"), ("wanita", "usia 15-49 tahun"), ("penduduk", "usia ≥ 60 tahun"),
    ("anak", "usia 13 - 15 tahun"), ("penduduk", "usia 15 tahun ke atas"),
    ("bayi", "umur 0 s.d. 11 bulan"), ("remaja putri", "usia 12-18 tahun"),
    ("balita", "(0-59 bulan)"), ("anak", "usia 16–18 tahun"), ("penduduk", "usia 19-24 tahun"),
    ("lansia", "usia 60 tahun ke atas"), ("bayi baru lahir", "usia 0-28 hari"),
    ("baduta", "usia 0-23 bulan"), ("penduduk", "usia ≥15 tahun"), ("anak", "usia 5-6 tahun"),
]  # fmt: skip
OUTCOMES = [
    "yang mendapat imunisasi dasar lengkap", "yang bersekolah", "yang bekerja",
    "yang mendapat pelayanan kesehatan sesuai standar", "yang ditimbang ≥ 4 kali",
    "dengan kunjungan ≥ 4 kali", "yang mendapat pelayanan K1–K4", "yang mendapat vitamin A 2 kali",
    "yang mengikuti PAUD", "yang melek huruf", "yang mendapat tablet tambah darah 90 tablet",
    "yang diskrining minimal 1 kali", "yang memiliki akta kelahiran", "dengan status gizi baik",
    "yang tidak tamat SD", "yang mendapat ASI eksklusif 6 bulan",
]  # fmt: skip
NUMBERS = [
    ("2,5", "2.5"), ("1.000", "1000"), ("0,75", "0.75"), ("1,5", "1.5"), ("12.000", "12000"),
    ("0,025", "0.025"), ("3,75", "3.75"), ("1.250", "1250"), ("0,4", "0.4"), ("100.000", "100000"),
    ("2.000.000", "2000000"), ("7,5", "7.5"), ("0,1", "0.1"), ("1.000,5", "1000.5"),
]  # fmt: skip
NUMBERS_SAID = [
    ("dua koma lima", "2.5"), ("nol koma lima", "0.5"), ("satu koma lima", "1.5"),
    ("seperseribu", "0.001"), ("seperseratus", "0.01"), ("setengah", "0.5"),
    ("seperempat", "0.25"), ("seribu", "1000"), ("sepuluh ribu", "10000"), ("tiga perempat", "0.75"),
    ("dua belas", "12"), ("nol koma dua lima", "0.25"), ("satu per seribu", "0.001"),
    ("seratus", "100"), ("dua pertiga", "2 / 3"), ("satu setengah", "1.5"),
    ("dua setengah", "2.5"), ("sepertiga", "1 / 3"), ("satu per empat", "0.25"),
]  # fmt: skip


# a rate restated in words, as regulations state every amount: a share of what it multiplies
RATES_SAID = [
    ("100 %", "1", "seratus persen"), ("100%", "1", "seratus persen"),
    ("50%", "0.5", "lima puluh persen"), ("25 %", "0.25", "dua puluh lima persen"),
    ("75%", "0.75", "tujuh puluh lima persen"), ("10%", "0.1", "sepuluh persen"),
    ("100 %", "1", "Seratus Persen"), ("20%", "0.2", "dua puluh persen"),
]  # fmt: skip
RESTATED = [
    ("1.000", "1000", "seribu"), ("12", "12", "dua belas"), ("100.000", "100000", "seratus ribu"),
    ("2,5", "2.5", "dua koma lima"), ("365", "365", "tiga ratus enam puluh lima"),
    ("10.000", "10000", "sepuluh ribu"), ("4", "4", "empat"), ("0,5", "0.5", "nol koma lima"),
]  # fmt: skip


class Draw(HalfDraw):
    salt = SALT


Template = Callable[[Draw], Made]


# --- growth and change over time-indexed names -----------------------------------------------


def _periods(d: Draw) -> tuple[str, str]:
    base = d.pick(GROWING)
    now, then = d.pick(PERIODS)
    glue = "" if now.startswith("(") else " "
    return f"{base}{glue}{now}", f"{base}{glue}{then}"


BARS = ["------------------", "__________________", "──────────────", "=============",
        "- - - - - - - - - -", "—————————"]  # fmt: skip


def _growth(shape: str, structure: str = "(v1 - v2) / v2 * 100") -> Template:
    def make(d: Draw) -> Made:
        now, then = _periods(d)
        return shape.format(a=now, b=then, bar=d.pick(BARS)), [now, then], structure

    return make


def _symbol_growth(shape: str) -> Template:
    def make(d: Draw) -> Made:
        symbol = d.pick(SYMBOLS)
        now, then = (i.format(s=symbol) for i in d.pick(SYMBOL_INDICES))
        text = shape.format(a=now, b=then, bar=d.pick(BARS))
        return text, [now, then], "(v1 - v2) / v2 * 100"

    return make


def _legend_growth(shape: str, intro: str = "Keterangan:") -> Template:
    def make(d: Draw) -> Made:
        symbol = d.pick(SYMBOLS)
        now, then = (i.format(s=symbol) for i in d.pick(SYMBOL_INDICES))
        long_now, long_then = _periods(d)
        sep = d.pick([" = ", " : ", " adalah "])
        legend = f"\n{intro}\n{now}{sep}{long_now}\n{then}{sep}{long_then}"
        return shape.format(a=now, b=then) + legend, [long_now, long_then], "(v1 - v2) / v2 * 100"

    return make


def _said_growth(shape: str) -> Template:
    def make(d: Draw) -> Made:
        base = d.pick(GROWING)
        now, then = d.pick(PERIODS)
        lower = base[0].lower() + base[1:] if base[1:2].islower() else base  # not "pDRB"
        a, b = f"{base} pada {now}", f"{lower} pada {then}"
        return shape.format(a=a, b=b), [a, b], "(v1 - v2) / v2 * 100"

    return make


def _growth_family() -> Iterator[tuple[str, Template]]:
    yield "growth stacked", _growth("{a} - {b}\n{bar} x 100%\n{b}")
    yield "growth stacked labelled", _growth("Pertumbuhan = {a} - {b}\n{bar} x 100%\n{b}")
    yield "growth lost brackets", _growth("{a} - {b} / {b} x 100%")
    yield "growth increase label", _growth("Persentase peningkatan = ({a} - {b}) / {b} x 100%")
    yield "growth squared ratio less one", _growth("[({a} / {b}) - 1] x 100%", "(v1 / v2 - 1) * 100")
    yield "growth symbols star", _symbol_growth("({a} - {b}) / {b} * 100")
    yield "growth symbols stacked", _symbol_growth("{a} - {b}\n{bar} x 100%\n{b}")
    yield "growth legend", _legend_growth("({a} - {b}) / {b} x 100%")
    yield "growth legend dimana", _legend_growth("({a} - {b}) / {b} x 100%", "dimana:")
    yield "growth legend labelled", _legend_growth("LPE = ({a} - {b}) / {b} x 100%")
    yield "growth legend lost brackets", _legend_growth("{a} - {b} / {b} x 100%")
    yield "growth said", _said_growth("{a} dikurangi {b}, dibagi {b}, dikali 100%")
    yield "growth said selisih", _said_growth("selisih {a} dengan {b} dibagi {b} dikali 100%")
    yield "growth said kemudian", _said_growth(
        "{a} dikurangi {b} kemudian dibagi dengan {b} lalu dikalikan 100 persen"
    )
    yield "growth slash", _growth("({a} - {b}) / {b} x 100%")
    yield "growth minus sign", _growth("({a} − {b}) / {b} × 100%")
    yield "growth colon", _growth("({a} - {b}) : {b} x 100%")
    yield "growth square brackets", _growth("[({a} - {b}) / {b}] x 100%")
    yield "growth words", _growth("{a} dikurangi {b} dibagi {b} dikali 100%")
    yield "growth words bracketed", _growth("({a} dikurangi {b}) dibagi {b} dikalikan 100%")
    yield "growth ratio less one", _growth("(({a} / {b}) - 1) x 100%", "(v1 / v2 - 1) * 100")
    yield "growth ratio less one plain", _growth("({a} / {b} - 1) x 100%", "(v1 / v2 - 1) * 100")
    yield "decline", _growth("({b} - {a}) / {b} x 100%", "(v2 - v1) / v2 * 100")
    yield "change", _growth("{a} - {b}", "v1 - v2")
    yield "change words", _growth("{a} dikurangi {b}", "v1 - v2")
    yield "growth labelled", _growth("Laju Pertumbuhan = ({a} - {b}) / {b} x 100%")
    yield "growth no percent", _growth("({a} - {b}) / {b} x 100", "(v1 - v2) / v2 * 100")
    yield "growth symbols", _symbol_growth("({a} - {b}) / {b} x 100%")
    yield "growth symbols unspaced", _symbol_growth("({a}-{b})/{b} x 100%")
    yield "growth symbols minus", _symbol_growth("({a} − {b}) / {b} × 100 %")
    yield "growth symbols brackets", _symbol_growth("[({a} - {b}) / {b}] x 100%")
    yield "growth symbols labelled", _symbol_growth("r = ({a} - {b}) / {b} x 100%")


# --- rates per 1.000 / 100.000 with a unit ---------------------------------------------------


def _rate(shape: str, said: bool = False) -> Template:
    def make(d: Draw) -> Made:
        numerator, denominator, unit = d.pick(RATES)
        text, value = d.pick(CONSTANTS_SAID if said else CONSTANTS)
        letter = d.pick(CONSTANT_LETTERS)
        filled = shape.format(a=numerator, b=denominator, m=text, u=unit, k=letter,
                              bar=d.pick(BARS))  # fmt: skip
        return filled, [numerator, denominator], f"v1 / v2 * {value}"

    return make


def _legend_rate(shape: str, constant_line: str) -> Template:
    def make(d: Draw) -> Made:
        numerator, denominator, _ = d.pick(RATES)
        a, b = d.pick([("A", "B"), ("D", "P"), ("X", "Y"), ("Σ K", "Σ P"), ("N", "LH")])
        text, value = d.pick(CONSTANTS)
        letter = d.pick(["k", "K"])
        legend = f"\nKeterangan:\n{a} = {numerator}\n{b} = {denominator}"
        legend += "\n" + constant_line.format(k=letter, m=text) if constant_line else ""
        filled = shape.format(a=a, b=b, k=letter, m=text) + legend
        return filled, [numerator, denominator], f"v1 / v2 * {value}"

    return make


def _said_rate(shape: str) -> Template:
    def make(d: Draw) -> Made:
        numerator, denominator, unit = d.pick(RATES)
        b = denominator.replace("Jumlah", "jumlah", 1) + d.pick(
            [" pada tahun yang sama", " pada periode yang sama", " di wilayah yang sama", ""]
        )
        text, value = d.pick(CONSTANTS + CONSTANTS_SAID)
        return shape.format(a=numerator, b=b, m=text, u=unit), [numerator, b], f"v1 / v2 * {value}"

    return make


def _inline_legend_rate(d: Draw) -> Made:
    numerator, denominator, _ = d.pick(RATES)
    a, b = d.pick([("D", "P"), ("A", "B"), ("X", "Y"), ("M", "LH")])
    text, value = d.pick(CONSTANTS)
    filled = f"({a} / {b}) x {text}, dimana {a} = {numerator.lower()}, {b} = {denominator.lower()}"
    return filled, [numerator.lower(), denominator.lower()], f"v1 / v2 * {value}"


def _slash_rate(shape: str) -> Template:
    """``Jumlah kasus / 1.000 KH``: the rate's scale after a slash with its unit, the unit
    what is counted per thousand of it (``A / KH × 1.000``)."""

    def make(d: Draw) -> Made:
        numerator, _, unit = d.pick(RATES)
        text, value = d.pick(CONSTANTS)
        return shape.format(a=numerator, m=text, u=unit), [numerator, unit], f"v1 / v2 * {value}"

    return make


def _rate_family() -> Iterator[tuple[str, Template]]:
    yield "rate legend constant", _legend_rate("{a} / {b} x {k}", "{k} = {m}")
    yield "rate legend konstanta", _legend_rate("{a} / {b} x {k}", "{k} = konstanta ({m})")
    yield "rate legend number", _legend_rate("({a} / {b}) x {m}", "")
    yield "rate said", _said_rate("{a} dibagi {b} dikali {m}")
    yield "rate said sentence", _said_rate("{a} dibagi dengan {b}, kemudian dikalikan {m}")
    yield "rate said per", _said_rate("{a} dibagi {b} dinyatakan per {m} {u}")
    yield "rate stacked", _rate("{a}\n{bar} x {m}\n{b}")
    yield "rate stacked unit", _rate("{a}\n{bar} x {m} {u}\n{b}")
    yield "rate labelled stacked", _rate("Angka = {a}\n{bar} x {m}\n{b}")
    yield "rate inline legend", _inline_legend_rate
    yield "rate star", _rate("({a} / {b}) * {m}")
    yield "rate times unit per", _rate("{a} / {b} x {m} (per {m} {u})")
    yield "rate times unit", _rate("{a} / {b} x {m} {u}")
    yield "rate per unit", _rate("{a} / {b} per {m} {u}")
    yield "rate bracketed", _rate("({a} / {b}) x {m}")
    yield "rate words", _rate("{a} dibagi {b} dikali {m}")
    yield "rate words unit", _rate("{a} dibagi {b} dikalikan {m} {u}")
    yield "rate constant named", _rate("{a} / {b} x {k}, {k} = {m}")
    yield "rate constant bracket", _rate("{a} / {b} x {k} ({k} = {m})")
    yield "rate constant dengan", _rate("({a} / {b}) x {k}, dengan {k} = {m}")
    yield "rate said", _rate("{a} / {b} x {m} {u}", said=True)
    yield "rate per said", _rate("{a} / {b} per {m} {u}", said=True)
    yield "rate colon", _rate("({a} : {b}) x {m}")
    yield "rate unicode times", _rate("{a} / {b} × {m} {u}")
    yield "rate dibagi per", _rate("{a} dibagi {b} per {m} {u}")
    yield "rate kali said", _rate("{a} dibagi {b} dikalikan {m}", said=True)
    yield "rate after slash", _slash_rate("{a} / {m} {u}")
    yield "rate after slash unspaced", _slash_rate("{a}/{m} {u}")
    yield "rate after slash labelled", _slash_rate("Angka = {a} / {m} {u}")
    yield "rate after slash bracketed", _slash_rate("({a} / {m} {u})")
    yield "rate after slash period", _slash_rate("{a} / {m} {u}.")


# --- means and Σ ------------------------------------------------------------------------------


def _mean_word(d: Draw) -> Made:
    quantity = d.pick(ROW_QUANTITIES)
    return f"{d.pick(MEAN_WORDS)} {quantity}", [quantity], "mean(v1)"


def _sum_over_count(shape: str) -> Template:
    def make(d: Draw) -> Made:
        quantity, count = d.pick(ROW_QUANTITIES), d.pick(COUNTS)
        return shape.format(a=quantity, n=count), [quantity, count], "sum(v1) / v2"

    return make


def _total_over_count(shape: str) -> Template:
    def make(d: Draw) -> Made:
        quantity, count = d.pick(ROW_QUANTITIES), d.pick(COUNTS)
        total = f"Jumlah {quantity}"
        many = count.replace("jumlah", "banyaknya", 1)
        text = shape.format(a=total, n=many)
        return text, [total, many], "v1 / v2"

    return make


def _legend_mean(shape: str) -> Template:
    def make(d: Draw) -> Made:
        quantity, count = d.pick(ROW_QUANTITIES), d.pick(COUNTS)
        text = shape + f"\ndimana:\nxi = {quantity} ke-i\nn = {count}"
        return text, [f"{quantity} ke-i", count], "sum(v1) / v2"

    return make


def _legend_mean_first(shape: str) -> Template:
    def make(d: Draw) -> Made:
        quantity, count = d.pick(ROW_QUANTITIES), d.pick(COUNTS)
        text = shape + f"\nKeterangan:\nn = {count}\nxi = {quantity} ke-i"
        return text, [count, f"{quantity} ke-i"], "1 / v1 * sum(v2)"

    return make


def _weighted_sigma(shape: str) -> Template:
    def make(d: Draw) -> Made:
        quantity = d.pick(ROW_QUANTITIES)
        weight = d.pick(["bobot indikator ke-i", "bobot unsur ke-i", "jumlah penduduk kecamatan ke-i",
                         "luas wilayah desa ke-i"])  # fmt: skip
        text = shape + f"\nDimana :\nXi = {quantity} ke-i\nWi = {weight}"
        return text, [f"{quantity} ke-i", weight], "sum(v1 * v2) / sum(v2)"

    return make


def _inline_mean(d: Draw) -> Made:
    quantity, count = d.pick(ROW_QUANTITIES), d.pick(COUNTS)
    text = f"Σ Xi / n, dimana Xi = {quantity} ke-i, n = {count}"
    return text, [f"{quantity} ke-i", count], "sum(v1) / v2"


def _list_over_count(d: Draw) -> Made:
    names = d.sample(COMPONENTS, 3)
    count = d.pick(["jumlah indikator", "jumlah komponen", "banyaknya dimensi"])
    return f"({' + '.join(names)}) / {count}", [*names, count], "(v1 + v2 + v3) / v4"


def _penimbang(d: Draw) -> Made:
    names = ["Total nilai persepsi per unsur", "Total unsur yang terisi", "Nilai penimbang"]
    shape = d.pick(["{0} / {1} x {2}", "({0} / {1}) x {2}", "{0} dibagi {1} dikali {2}"])
    return shape.format(*names), names, "v1 / v2 * v3"


def _mean_list(shape: str, count: int = 3) -> Template:
    def make(d: Draw) -> Made:
        names = d.sample(COMPONENTS, count)
        listed = ", ".join(names[:-1]) + " dan " + names[-1]
        text = shape.format(listed=listed, comma=", ".join(names), plus=" + ".join(names))
        total = " + ".join(f"v{i}" for i in range(1, count + 1))
        return text, names, f"({total}) / {count}"

    return make


def _mean_family() -> Iterator[tuple[str, Template]]:
    yield "mean word", _mean_word
    yield "sigma over count", _sum_over_count("Σ {a} / {n}")
    yield "sigma over count words", _sum_over_count("∑ {a} dibagi {n}")
    yield "sigma bracket over count", _sum_over_count("(Σ {a}) / {n}")
    yield "total over many", _total_over_count("{a} dibagi {n}")
    yield "total over many slash", _total_over_count("{a} / {n}")
    yield "sigma xi over n", _legend_mean("Σ xi / n")
    yield "sigma limits over n", _legend_mean("∑_{{i=1}}^{{n}} xi / n")
    yield "sigma spaced limits", _legend_mean("∑ i=1 n xi / n")
    yield "one over n sigma", _legend_mean_first("1/n Σ xi")
    yield "one over n times sigma", _legend_mean_first("1/n x Σ xi")
    yield "mean of list brackets", _mean_list("rata-rata ({comma})")
    yield "mean of list words", _mean_list("rata-rata dari {listed}")
    yield "sum over three", _mean_list("({plus}) / 3")
    yield "sum over four", _mean_list("({plus}) / 4", count=4)
    yield "sum colon three", _mean_list("({plus}) : 3")
    yield "third of sum", _mean_list("1/3 x ({plus})")
    yield "sum divided three", _mean_list("({plus}) dibagi 3")
    yield "weighted sigma", _weighted_sigma("Σ (Xi x Wi) / Σ Wi")
    yield "weighted sigma words", _weighted_sigma("∑ (Xi × Wi) dibagi ∑ Wi")
    yield "sigma bracket count", _legend_mean("Σ (xi) / n")
    yield "sigma inline legend", _inline_mean
    yield "list over count", _list_over_count
    yield "total times weight", _penimbang
    yield "mean of two named", _mean_list("Rata-rata {listed}", count=2)
    yield "mean of two named lower", _mean_list("rata-rata {listed}", count=2)
    yield "mean of three named", _mean_list("Rata-rata {listed}")
    yield "mean of two named dari", _mean_list("Rata-rata dari {listed}", count=2)
    yield "mean of two labelled", _mean_list("Indeks = rata-rata {listed}", count=2)
    yield "mean of two rerata", _mean_list("Rerata {listed}", count=2)


# --- weighted sums and composite indices ------------------------------------------------------


def _weighted(shape: str, percents: bool = False) -> Template:
    def make(d: Draw) -> Made:
        weights = d.pick(PERCENT_WEIGHTS_3) if percents else d.pick(WEIGHTS_2)
        names = d.sample(COMPONENTS, len(weights))
        fields: dict[str, str] = {}
        for letter, name, (shown, _) in zip("abc", names, weights, strict=False):
            fields[letter], fields["w" + letter] = name, shown
        terms = " + ".join(f"{v} * v{i}" for i, (_, v) in enumerate(weights, start=1))
        return shape.format(**fields), names, terms

    return make


def _index_legend(d: Draw) -> Made:
    names = d.sample(COMPONENTS, 3)
    symbols = d.pick([("I1", "I2", "I3"), ("X1", "X2", "X3"), ("A", "B", "C"), ("IK", "IP", "ID")])
    label = d.pick(["IPM", "Indeks", "IK", "Nilai Komposit"])
    legend = "".join(f"\n{s} = {n}" for s, n in zip(symbols, names, strict=True))
    text = f"{label} = ({' + '.join(symbols)}) / 3\nKeterangan:{legend}"
    return text, names, "(v1 + v2 + v3) / 3"


def _coefficient_symbols(d: Draw) -> Made:
    weights = d.pick(PERCENT_WEIGHTS_3)
    names = d.sample(COMPONENTS, 3)
    symbols = d.pick([("IKA", "IKU", "IKTL"), ("A", "B", "C"), ("X1", "X2", "X3"), ("IK", "IP", "ID")])
    label = d.pick(["IKLH", "Nilai", "Indeks Komposit", "ITK"])
    shown = [f"{float(v):.2f}".rstrip("0").replace(".", ",") for _, v in weights]
    formula = " + ".join(f"{w} {s}" for w, s in zip(shown, symbols, strict=True))
    legend = "".join(f"\n{s} = {n}" for s, n in zip(symbols, names, strict=True))
    terms = " + ".join(f"{v} * v{i}" for i, (_, v) in enumerate(weights, start=1))
    return f"{label} = {formula}\nKeterangan:{legend}", names, terms


def _weighted_family() -> Iterator[tuple[str, Template]]:
    yield "weights before", _weighted("{wa} x {a} + {wb} x {b}")
    yield "weights after", _weighted("{a} x {wa} + {b} x {wb}")
    yield "weights bracketed", _weighted("({a} x {wa}) + ({b} x {wb})")
    yield "weights unicode", _weighted("{wa} × {a} + {wb} × {b}")
    yield "weights words", _weighted("{a} dikali {wa} ditambah {b} dikali {wb}")
    yield "weights labelled", _weighted("Indeks Komposit = {wa} x {a} + {wb} x {b}")
    yield "percent weights", _weighted("{wa} x {a} + {wb} x {b} + {wc} x {c}", percents=True)
    yield (
        "percent weights after",
        _weighted("({a} x {wa}) + ({b} x {wb}) + ({c} x {wc})", percents=True),
    )
    yield "percent of", _weighted("{wa} dari {a} ditambah {wb} dari {b} ditambah {wc} dari {c}",
                                   percents=True)
    yield "index legend", _index_legend
    yield "coefficients", _weighted("{wa} {a} + {wb} {b}")
    yield "coefficients symbols", _coefficient_symbols
    yield "percent coefficients", _weighted("({wa} x {a}) + ({wb} x {b}) + ({wc} x {c})",
                                            percents=True)
    yield "percent weights star", _weighted("{a} * {wa} + {b} * {wb} + {c} * {wc}", percents=True)


# --- names that carry numbers -------------------------------------------------------------


def _population(shape: str, structure: str = "v1 / v2 * 100") -> Template:
    def make(d: Draw) -> Made:
        who, age = d.pick(POPULATIONS)
        counted = f"Jumlah {who} {age} {d.pick(OUTCOMES)}"
        whole = f"Jumlah {who} {age}"
        text = shape.format(a=counted, b=whole, c=who)
        return text, [counted, whole], structure

    return make


def _dependency(d: Draw) -> Made:
    young = d.pick(["Penduduk usia 0-14 tahun", "Jumlah penduduk usia 0 - 14 tahun",
                    "Penduduk umur <15 tahun"])  # fmt: skip
    old = d.pick(["Penduduk usia 65 tahun ke atas", "Jumlah penduduk usia ≥ 65 tahun",
                  "Penduduk umur 65+ tahun"])  # fmt: skip
    working = d.pick(["Penduduk usia 15-64 tahun", "Jumlah penduduk usia 15 - 64 tahun",
                      "Penduduk umur 15–64 tahun"])  # fmt: skip
    text = f"({young} + {old}) / {working} x 100"
    return text, [young, old, working], "(v1 + v2) / v3 * 100"


def _school(d: Draw) -> Made:
    age, level = d.pick([("7-12", "SD/MI"), ("13-15", "SMP/MTs"), ("16-18", "SMA/SMK/MA"),
                         ("19-24", "PT"), ("7 - 12", "SD/sederajat"), ("13–15", "SMP/sederajat")])
    counted = f"Jumlah siswa usia {age} tahun yang bersekolah di {level}"
    whole = f"Jumlah penduduk usia {age} tahun"
    shape = d.pick(["{0} / {1} x 100%", "{0} dibagi {1} dikali 100%", "({0} : {1}) x 100%"])
    return shape.format(counted, whole), [counted, whole], "v1 / v2 * 100"


def _scale_after_legend(shape: str, scale: str = "× 100") -> Template:
    """``X1`` / ``X2`` / ``Keterangan :`` / ``X1 = …`` / ``X2 = …`` / ``× 100``: the export
    left the middle line's scale after the legend; it scales the formula."""

    def make(d: Draw) -> Made:
        who, age = d.pick(POPULATIONS)
        counted, whole = f"Jumlah {who} {age} {d.pick(OUTCOMES)}", f"Jumlah {who} {age}"
        a, b = d.pick([("X1", "X2"), ("A", "B"), ("N", "D"), ("JP", "JS")])
        sep = d.pick([" = ", " : ", " = "])
        legend = f"\n{d.pick(['Keterangan :', 'Keterangan:', 'Dimana :'])}"
        legend += f"\n{a}{sep}{counted}\n{b}{sep}{whole}\n{scale}"
        return shape.format(a=a, b=b) + legend, [counted, whole], "v1 / v2 * 100"

    return make


def _named_family() -> Iterator[tuple[str, Template]]:
    yield "age ratio", _population("{a} / {b} x 100%")
    yield "age ratio words", _population("{a} dibagi {b} dikali 100%")
    yield "age ratio bracketed", _population("({a} / {b}) x 100%")
    yield "age ratio per mille", _population("{a} / {b} x 1.000", "v1 / v2 * 1000")
    yield "age ratio colon", _population("{a} : {b} x 100%")
    yield "dependency ratio", _dependency
    yield "age ratio said", _population("{a} dibagi dengan {b} dikalikan seratus persen")
    yield "age rate per", _population("{a} / {b} per 1.000 {c}", "v1 / v2 * 1000")
    yield "age ratio legend", _population("A / B x 100%\nA = {a}\nB = {b}")
    yield "age ratio stacked", _population("{a}\n------------------ x 100%\n{b}")
    yield "school participation", _school
    yield "scale after legend", _scale_after_legend("{a} / {b}")
    yield "scale after legend stacked", _scale_after_legend("{a}\n{b}")
    yield "scale after legend barred", _scale_after_legend("{a}\n--------\n{b}", "x 100%")
    yield "scale after legend percent", _scale_after_legend("{a} / {b}", "x 100 %")
    yield "scale after legend labelled", _scale_after_legend("P = {a} / {b}", "X 100%")


# --- numbers as Indonesians write them ------------------------------------------------------


def _number(shape: str, structure: str, said: bool = False, two: bool = False) -> Template:
    def make(d: Draw) -> Made:
        text, value = d.pick(NUMBERS_SAID if said else NUMBERS)
        written = shape
        if "{s}" in shape:  # the number again in words after its digits: "1.000 (seribu)"
            text, value, said_again = d.pick(RESTATED)
            written = shape.replace("{s}", said_again)
        if two:
            a, b = d.sample(GROWING, 2)
            return written.format(a=a, b=b, n=text), [a, b], structure.format(v=value)
        quantity = d.pick(GROWING)
        return written.format(a=quantity, n=text), [quantity], structure.format(v=value)

    return make


def _rate_said(shape: str, structure: str = "{v} * v1") -> Template:
    """``100 % (seratus persen) dikalikan A``: the rate a share of A (1 × A), not a scale."""

    def make(d: Draw) -> Made:
        shown, value, words = d.pick(RATES_SAID)
        a, b = d.sample(GROWING, 2)
        names = [a, b] if "{b}" in shape else [a]
        return shape.format(p=shown, w=words, a=a, b=b), names, structure.format(v=value)

    return make


def _numbers_family() -> Iterator[tuple[str, Template]]:
    yield "times number", _number("{a} x {n}", "v1 * {v}")
    yield "number times", _number("{n} x {a}", "{v} * v1")
    yield "over number", _number("{a} / {n}", "v1 / {v}")
    yield "divided number", _number("{a} dibagi {n}", "v1 / {v}")
    yield "multiplied number", _number("{a} dikalikan {n}", "v1 * {v}")
    yield "times said", _number("{a} dikali {n}", "v1 * {v}", said=True)
    yield "times said dengan", _number("{a} dikalikan dengan {n}", "v1 * {v}", said=True)
    yield "ratio times said", _number("{a} / {b} x {n}", "v1 / v2 * {v}", said=True, two=True)
    yield "ratio times number", _number("{a} / {b} x {n}", "v1 / v2 * {v}", two=True)
    yield "number plus", _number("{a} x {n} + {b}", "v1 * {v} + v2", two=True)
    yield "number restated", _number("{a} dibagi {n} ({s})", "v1 / {v}", said=True)
    yield "ratio over number", _number("({a} / {b}) / {n}", "v1 / v2 / {v}", two=True)
    yield "number percent weight", _number("{a} x {n}%", "v1 * {v} / 100")
    yield "rate said times", _rate_said("{p} ({w}) x {a}")
    yield "rate said dikalikan", _rate_said("{p} ({w}) dikalikan {a}")
    yield "rate said sebesar", _rate_said("sebesar {p} ({w}) dikalikan dengan {a}")
    yield "rate said difference", _rate_said("{p} ({w}) x ({a} - {b})", "{v} * (v1 - v2)")
    yield "rate said after", _rate_said("{a} x {p} ({w})", "v1 * {v}")
    yield "rate said dikali", _rate_said("{p} ({w}) dikali {a}")


FAMILIES: dict[str, Callable[[], Iterator[tuple[str, Template]]]] = {
    "growth (7, 2)": _growth_family,
    "rates (5, 10)": _rate_family,
    "means and sums (7)": _mean_family,
    "weighted (7, 10)": _weighted_family,
    "names with numbers (2)": _named_family,
    "numerals (10)": _numbers_family,
}


# --- running -------------------------------------------------------------------------------


BENCHMARK = TemplateBenchmark(
    "indices", FAMILIES, Draw, half_of, SALT, PER_TEMPLATE
)
variants = BENCHMARK.variants
main = command(BENCHMARK, __doc__)


if __name__ == "__main__":
    raise SystemExit(main())
