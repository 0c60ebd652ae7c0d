"""Variant benchmark of Indonesian numbers and more arithmetic (issue 14, causes 7 and 10;
session 14).

    python benchmarks/variants_arith.py [--half work|fresh|all] [--show-failures] [--family F]

Composes formula cells the way regulations, RPJMD/Renstra definitions, IKU manuals and
statistical metadata of many fields (health, education, public works, agriculture, finance,
environment, social affairs, governance) write numbers and arithmetic: amounts of rupiah with
thousands dots and decimal commas (``Rp 1.500.000,-``, ``1,5 juta``), fractions said in words
where an operand stands (``dua pertiga dari``, ``seperempat x``, ``setengah dari (…)``,
``satu per seribu``), weights as percents or words (``40% x A + 60% x B``, ``A x bobot 0,3``,
``A (bobot 40%)``), composite indices (``(0,4 × IKM) + (0,6 × IKP)``, ``(A + B + C) / 3``,
``⅓ (A + B + C)``), differences said (``selisih antara A dan B``), growth and decline said
(``kenaikan``, ``penurunan``) and what IKI formulas refuse on purpose because no exact reading
exists or the cell is no formula (roots, absolute values, maxima, conditions): those must be
refused with a clear message, never read as something else.

Its pools are NOT drawn from the labelled cells. Every pool item and every template falls into a half by its text, salt ``arith14``
(``benchmarks/pool_kit.py``: rules from the work half only, the fresh half the honest figure).
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import ikicalc  # noqa: E402
from benchmarks.pool_kit import command  # noqa: E402
from ikicalc.errors import IkiError  # noqa: E402
from tests.public_scoring import (  # noqa: E402
    HalfDraw,
    Reading,
    TemplateBenchmark,
    halves,
    read_cell,
)

SALT = "arith14"
PER_TEMPLATE = 12
half_of = halves(SALT)
"""``"work"`` or ``"fresh"``: the half a pool item or a template belongs to."""


# --- pools (written from how documents of many fields word them) ----------------------------

# (part, whole): a share of one field's quantity
RATIOS = [
    ("Jumlah rumah tangga dengan akses air minum layak", "Jumlah seluruh rumah tangga"),
    ("Panjang jalan kabupaten dalam kondisi mantap", "Panjang jalan kabupaten"),
    ("Jumlah guru bersertifikat pendidik", "Jumlah guru"),
    ("Luas lahan sawah beririgasi teknis", "Luas lahan sawah"),
    ("Realisasi belanja modal", "Total belanja daerah"),
    ("Volume sampah yang tertangani", "Volume timbulan sampah"),
    ("Jumlah UMKM yang naik kelas", "Jumlah UMKM binaan"),
    ("Jumlah pengaduan yang ditindaklanjuti", "Jumlah pengaduan yang diterima"),
    ("Jumlah desa berstatus mandiri", "Jumlah desa"),
    ("Jumlah persalinan di fasilitas kesehatan", "Jumlah ibu bersalin"),
    ("Jumlah arsip yang tertata", "Jumlah arsip"),
    ("Jumlah koperasi sehat", "Jumlah koperasi aktif"),
    ("Debit air limbah terolah", "Debit air limbah domestik"),
    ("Jumlah wisatawan mancanegara", "Jumlah kunjungan wisatawan"),
    ("Jumlah perkara yang diputus", "Jumlah perkara yang masuk"),
    ("Jumlah ASN yang mengikuti pelatihan", "Jumlah ASN"),
    ("Luas kawasan hutan yang direhabilitasi", "Luas lahan kritis"),
    ("Jumlah keluarga penerima manfaat", "Jumlah keluarga miskin"),
    ("Produksi gabah kering giling", "Luas panen padi"),
    ("Jumlah kendaraan yang lulus uji", "Jumlah kendaraan wajib uji"),
    ("Jumlah bangunan gedung ber-PBG", "Jumlah bangunan gedung"),
    ("Jumlah penduduk yang memiliki KTP-el", "Jumlah penduduk wajib KTP"),
]  # fmt: skip
# single quantities of many fields (operands of weights, fractions, amounts)
QUANTITIES = [
    "Nilai Evaluasi AKIP", "Indeks Reformasi Birokrasi", "Nilai Maturitas SPIP",
    "Indeks Kepuasan Masyarakat", "Indeks Profesionalitas ASN", "Nilai Kinerja Anggaran",
    "Indeks Kualitas Air", "Indeks Kualitas Udara", "Indeks Kualitas Tutupan Lahan",
    "Skor Pola Pangan Harapan", "Indeks Ketahanan Pangan", "Nilai Tukar Petani",
    "Angka Partisipasi Murni", "Rata-rata Lama Sekolah", "Harapan Lama Sekolah",
    "Indeks Desa Membangun", "Indeks Pembangunan Gender", "Indeks Kesalehan Sosial",
    "Nilai SAKIP", "Skor Indeks Pelayanan Publik", "Indeks Inovasi Daerah",
    "Nilai Opini BPK", "Indeks Literasi Masyarakat", "Indeks Daya Saing Daerah",
    "Jumlah penerima bantuan", "Jumlah peserta didik", "Jumlah tenaga honorer",
    "Jumlah rumah tidak layak huni", "Jumlah kelompok tani", "Jumlah paket pekerjaan",
]  # fmt: skip
# amounts of money as written, and their values
AMOUNTS = [
    ("Rp 1.500.000,-", "1500000"), ("Rp. 2.500.000,00", "2500000"), ("Rp 750.000", "750000"),
    ("Rp 1,5 juta", "1500000"), ("Rp2.000.000", "2000000"), ("Rp 10.000,-", "10000"),
    ("Rp 250 ribu", "250000"), ("Rp. 1.250.000", "1250000"), ("Rp 3,5 juta", "3500000"),
    ("Rp 500.000,-", "500000"), ("Rp 1 miliar", "1000000000"), ("Rp 25.000,00", "25000"),
    ("Rp 2,25 juta", "2250000"), ("Rp. 100.000,-", "100000"),
]  # fmt: skip
# numbers written with a decimal comma or thousands dots, and their values
DECIMALS = [
    ("0,25", "0.25"), ("1,5", "1.5"), ("2,5", "2.5"), ("0,125", "0.125"), ("1.000", "1000"),
    ("12,5", "12.5"), ("0,05", "0.05"), ("3,75", "3.75"), ("1.250", "1250"), ("0,8", "0.8"),
    ("10.000", "10000"), ("1,25", "1.25"), ("2.400", "2400"), ("0,333", "0.333"),
]  # fmt: skip
# fractions said in words, and their values (the words of terbilang, in their ways)
FRACTIONS_SAID = [
    ("setengah", "1 / 2"), ("seperempat", "1 / 4"), ("sepertiga", "1 / 3"),
    ("dua pertiga", "2 / 3"), ("tiga perempat", "3 / 4"), ("seperlima", "1 / 5"),
    ("dua perlima", "2 / 5"), ("satu per empat", "1 / 4"), ("satu per tiga", "1 / 3"),
    ("seperdelapan", "1 / 8"), ("tiga per sepuluh", "3 / 10"), ("seperenam", "1 / 6"),
    ("empat perlima", "4 / 5"), ("satu per dua", "1 / 2"), ("tujuh per sepuluh", "7 / 10"),
    ("sepersepuluh", "1 / 10"),
]  # fmt: skip
# (weight written, value) pairs adding to one
WEIGHTS = [
    (("40%", "0.4"), ("60%", "0.6")), (("30%", "0.3"), ("70%", "0.7")),
    (("25%", "0.25"), ("75%", "0.75")), (("0,4", "0.4"), ("0,6", "0.6")),
    (("0,35", "0.35"), ("0,65", "0.65")), (("20 %", "0.2"), ("80 %", "0.8")),
    (("0,3", "0.3"), ("0,7", "0.7")), (("45%", "0.45"), ("55%", "0.55")),
    (("0,55", "0.55"), ("0,45", "0.45")), (("50%", "0.5"), ("50%", "0.5")),
]  # fmt: skip
# how a weight is introduced in words before its number
WEIGHT_WORDS = ["bobot", "dengan bobot", "Bobot", "bobot sebesar", "koefisien", "faktor bobot"]
# (symbol, name) of components of an index
SYMBOLS = [
    ("IKM", "Indeks Kepuasan Masyarakat"), ("IKP", "Indeks Kualitas Pelayanan"),
    ("IKA", "Indeks Kualitas Air"), ("IKU", "Indeks Kualitas Udara"),
    ("NE", "Nilai Evaluasi"), ("NK", "Nilai Kinerja"), ("IP", "Indeks Pendidikan"),
    ("IK", "Indeks Kesehatan"), ("SP", "Skor Perencanaan"), ("SA", "Skor Anggaran"),
    ("NT", "Nilai Tes"), ("NW", "Nilai Wawancara"),
]  # fmt: skip
# (now, then) periods of a quantity
PERIODS = [
    ("tahun ini", "tahun lalu"), ("tahun berjalan", "tahun sebelumnya"), ("tahun n", "tahun n-1"),
    ("tahun t", "tahun t-1"), ("semester ini", "semester lalu"), ("tahun 2025", "tahun 2024"),
]  # fmt: skip
# words that say a root, an absolute value, a maximum, a minimum or a condition
ROOTS = ["√", "akar", "akar kuadrat dari", "akar pangkat tiga dari", "akar pangkat 3 dari",
         "akar dua dari"]  # fmt: skip
EXTREMES = ["nilai tertinggi", "nilai terendah", "maksimum", "minimum", "nilai terbesar",
            "nilai terkecil", "maks", "min", "Nilai maksimal", "nilai minimal"]  # fmt: skip
ABSOLUTES = ["nilai mutlak", "harga mutlak", "nilai absolut"]


class Draw(HalfDraw):
    salt = SALT


Made = tuple[str, list[str], str | None]
"""A cell made: its text, its variables, its structure over v1, v2 … (``None``: the cell
must be refused with a message)."""
Template = Callable[[Draw], Made]


# --- amounts and numbers as Indonesians write them -----------------------------------------


def _amount(shape: str, structure: str) -> Template:
    def make(d: Draw) -> Made:
        written, value = d.pick(AMOUNTS)
        a, b = d.sample(QUANTITIES, 2)
        names = [a, b] if "{b}" in shape else [a]
        return shape.format(a=a, b=b, m=written), names, structure.format(m=value)

    return make


def _decimal(shape: str, structure: str) -> Template:
    def make(d: Draw) -> Made:
        written, value = d.pick(DECIMALS)
        part, whole = d.pick(RATIOS)
        a = d.pick(QUANTITIES)
        names = [part, whole] if "{p}" in shape else [a]
        text = shape.format(a=a, p=part, w=whole, n=written)
        return text, names, structure.format(n=value)

    return make


def _amounts_family() -> Iterator[tuple[str, Template]]:
    yield "times amount", _amount("{a} x {m}", "v1 * {m}")
    yield "amount times", _amount("{m} x {a}", "{m} * v1")
    yield "times amount words", _amount("{a} dikalikan {m}", "v1 * {m}")
    yield "amount plus", _amount("({a} x {m}) + {b}", "v1 * {m} + v2")
    yield "over amount", _amount("{a} / {m}", "v1 / {m}")
    yield "amount labelled", _amount("Total bantuan = {a} x {m}", "v1 * {m}")
    yield "amount per person", _amount("{a} x {m} per orang", "v1 * {m}")
    yield "decimal times", _decimal("{a} x {n}", "v1 * {n}")
    yield "decimal kali", _decimal("{n} kali {a}", "{n} * v1")
    yield "ratio times decimal", _decimal("({p} / {w}) x {n}", "v1 / v2 * {n}")
    yield "ratio over decimal", _decimal("{p} / {w} / {n}", "v1 / v2 / {n}")
    yield "decimal times said", _decimal("{a} dikali {n} kali", "v1 * {n}")


# --- fractions said in words --------------------------------------------------------------


def _fraction(shape: str, structure: str) -> Template:
    def make(d: Draw) -> Made:
        said, value = d.pick(FRACTIONS_SAID)
        a, b = d.sample(QUANTITIES, 2)
        part, whole = d.pick(RATIOS)
        names = [part, whole] if "{p}" in shape else [a, b] if "{b}" in shape else [a]
        text = shape.format(f=said, F=said[0].upper() + said[1:], a=a, b=b, p=part, w=whole)
        return text, names, structure.format(f=f"({value})")

    return make


def _fractions_family() -> Iterator[tuple[str, Template]]:
    yield "fraction of", _fraction("{f} dari {a}", "{f} * v1")
    yield "fraction of capital", _fraction("{F} dari {a}", "{f} * v1")
    yield "fraction times", _fraction("{f} x {a}", "{f} * v1")
    yield "fraction kali", _fraction("{f} kali {a}", "{f} * v1")
    yield "fraction of bracket", _fraction("{f} dari ({a} + {b})", "{f} * (v1 + v2)")
    yield "fraction times bracket", _fraction("{f} x ({a} + {b})", "{f} * (v1 + v2)")
    yield "times fraction", _fraction("{a} x {f}", "v1 * {f}")
    yield "dikalikan fraction", _fraction("{a} dikalikan {f}", "v1 * {f}")
    yield "fraction of labelled", _fraction("Nilai = {f} dari {a}", "{f} * v1")
    yield "plus fraction of", _fraction("{a} + {f} dari {b}", "v1 + {f} * v2")
    yield "ratio times fraction", _fraction("{p} / {w} x {f}", "v1 / v2 * {f}")
    yield "fraction of ratio", _fraction("{f} dari ({p} / {w})", "{f} * (v1 / v2)")
    yield "divided by fraction", _fraction("{a} dibagi {f}", "v1 / {f}")


# --- weights and composite indices ----------------------------------------------------------


def _weighted(shape: str) -> Template:
    def make(d: Draw) -> Made:
        (wa, va), (wb, vb) = d.pick(WEIGHTS)
        a, b = d.sample(QUANTITIES, 2)
        word = d.pick(WEIGHT_WORDS)
        text = shape.format(a=a, b=b, wa=wa, wb=wb, k=word)
        return text, [a, b], f"{va} * v1 + {vb} * v2"

    return make


def _symbols(shape: str, count: int = 2) -> Template:
    def make(d: Draw) -> Made:
        (wa, va), (wb, vb) = d.pick(WEIGHTS)
        chosen = d.sample(SYMBOLS, count)
        fields = {f"s{i}": s for i, (s, _) in enumerate(chosen, start=1)}
        text = shape.format(wa=wa, wb=wb, **fields)
        structure = f"{va} * v1 + {vb} * v2" if count == 2 else ""
        return text, [s for s, _ in chosen], structure

    return make


def _mean(shape: str, count: int) -> Template:
    def make(d: Draw) -> Made:
        names = d.sample(QUANTITIES, count)
        plus = " + ".join(names)
        text = shape.format(plus=plus, n=count)
        total = " + ".join(f"v{i}" for i in range(1, count + 1))
        return text, names, f"({total}) / {count}"

    return make


def _weights_family() -> Iterator[tuple[str, Template]]:
    yield "weights before", _weighted("{wa} x {a} + {wb} x {b}")
    yield "weights after bracketed", _weighted("({a} x {wa}) + ({b} x {wb})")
    yield "weight words after", _weighted("({a} x {k} {wa}) + ({b} x {k} {wb})")
    yield "weight words bracket", _weighted("{a} ({k} {wa}) + {b} ({k} {wb})")
    yield "weight words said", _weighted("{a} dikali {k} {wa} ditambah {b} dikali {k} {wb}")
    yield "weights unicode", _weighted("({wa} × {a}) + ({wb} × {b})")
    yield "weights labelled", _weighted("Nilai Komposit = {wa} x {a} + {wb} x {b}")
    yield "symbols weighted", _symbols("({wa} × {s1}) + ({wb} × {s2})")
    yield "symbols coefficients", _symbols("{wa} {s1} + {wb} {s2}")
    yield "symbols weighted star", _symbols("{s1} * {wa} + {s2} * {wb}")
    yield "mean of three", _mean("({plus}) / {n}", 3)
    yield "mean of four colon", _mean("({plus}) : {n}", 4)
    yield "third of sum", _mean("⅓ ({plus})", 3)
    yield "third of sum slash", _mean("1/3 x ({plus})", 3)
    yield "sum over said count", _mean("({plus}) dibagi tiga", 3)


# --- differences, growth and decline said --------------------------------------------------


def _difference(shape: str, structure: str) -> Template:
    def make(d: Draw) -> Made:
        a, b = d.sample(QUANTITIES, 2)
        return shape.format(a=a, b=b), [a, b], structure

    return make


def _growth(shape: str, structure: str) -> Template:
    def make(d: Draw) -> Made:
        base = d.pick(QUANTITIES)
        now, then = d.pick(PERIODS)
        a, b = f"{base} {now}", f"{base} {then}"
        return shape.format(a=a, b=b), [a, b], structure

    return make


def _change_family() -> Iterator[tuple[str, Template]]:
    yield "selisih antara", _difference("selisih antara {a} dan {b}", "v1 - v2")
    yield "selisih antara dengan", _difference("Selisih antara {a} dengan {b}", "v1 - v2")
    yield "selisih over", _difference("selisih {a} dan {b} dibagi {b} x 100%", "(v1 - v2) / v2 * 100")
    yield "kenaikan labelled", _growth("Kenaikan = {a} - {b}", "v1 - v2")
    yield "kenaikan percent", _growth(
        "Persentase kenaikan = ({a} - {b}) / {b} x 100%", "(v1 - v2) / v2 * 100"
    )
    yield "penurunan percent", _growth(
        "Persentase penurunan = ({b} - {a}) / {b} x 100%", "(v2 - v1) / v2 * 100"
    )
    yield "pertumbuhan minus sign", _growth("({a} − {b}) / {b} × 100%", "(v1 - v2) / v2 * 100")
    yield "pertumbuhan said", _growth(
        "{a} dikurangi {b} dibagi {b} dikali 100 persen", "(v1 - v2) / v2 * 100"
    )


# --- refused on purpose: no exact reading, or no formula ----------------------------------


def _refused(shape: str) -> Template:
    def make(d: Draw) -> Made:
        a, b, c = d.sample(QUANTITIES, 3)
        text = shape.format(
            a=a, b=b, c=c, r=d.pick(ROOTS), e=d.pick(EXTREMES), m=d.pick(ABSOLUTES)
        )
        return text, [], None

    return make


def _refused_family() -> Iterator[tuple[str, Template]]:
    yield "root of product", _refused("{r} ({a} x {b} x {c})")
    yield "root labelled", _refused("Indeks = {r} ({a} × {b} × {c})")
    yield "root of ratio", _refused("{r} ({a} / {b}) x 100%")
    yield "extreme of list", _refused("{e} ({a}, {b}, {c})")
    yield "extreme over", _refused("{a} / {e} ({a}, {b}) x 100%")
    yield "absolute difference", _refused("{m} ({a} - {b})")
    yield "absolute over", _refused("{m} dari ({a} - {b}) / {b} x 100%")


FAMILIES: dict[str, Callable[[], Iterator[tuple[str, Template]]]] = {
    "amounts (10)": _amounts_family,
    "fractions said (10)": _fractions_family,
    "weights and indices (7, 10)": _weights_family,
    "differences and growth (7)": _change_family,
    "refused (7)": _refused_family,
}


# --- running -------------------------------------------------------------------------------


def read(cell: Mapping[str, Any]) -> Reading:
    """A cell read as the scorer reads it; a cell with no structure must be refused with a
    message (a :class:`~ikicalc.errors.IkiError`), never read."""
    if cell["structure"] is not None:
        return read_cell(cell)
    try:
        formula = ikicalc.parse(cell["text"])
    except IkiError:
        return Reading(cell, "right")
    return Reading(cell, "wrong-value", tuple(formula.variables), f"read as {formula}")


BENCHMARK = TemplateBenchmark(
    "arithmetic", FAMILIES, Draw, half_of, SALT, PER_TEMPLATE, read
)
variants = BENCHMARK.variants
main = command(BENCHMARK, __doc__)


if __name__ == "__main__":
    raise SystemExit(main())
