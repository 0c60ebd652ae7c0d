"""Variant benchmark of weights, rates and growth as Indonesian documents say them (issue 14,
causes 7 and 10; session 16).

    python benchmarks/variants_weights.py [--half work|fresh|all] [--show-failures] [--family F]

Recomposes shapes of real cells (RPJMD parameters with their weights, PNS performance scores,
tax regulations' rates, BPS metadata's "Metode Penghitungan") with other names (drawn from the
labels of the development cells) and other numbers, in other wordings:

* a weight beside the quantity it weighs (``Nilai SKP (60%) + Nilai Perilaku (40%)``, a list of
  parameters with their weights in a sentence, ``A dengan bobot 60%``);
* a rate said as regulations say it (``2 (dua) persen dari A``, ``lima persen dari A``, ``2%
  (dua persen) per bulan dari A``, an amount counted ``per orang per hari``);
* a growth said in steps (``membandingkan A dengan B, kemudian selisihnya dibagi B …``);
* a mean of noun phrases that repeat their head (``rata-rata nilai IKM dan nilai SAKIP``);
* a rate's scale grouped by commas (``x 100,000``), an index letter less a number (``x (n - 5)``).

Every pool item and every template falls into a half by its text, salt ``weights16``
(``benchmarks/pool_kit.py``: rules from the work half only, the fresh half the honest figure).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from decimal import Decimal
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.pool_kit import Made, NamedDraw, command, grouped  # noqa: E402
from tests.public_scoring import TemplateBenchmark, halves, label_names  # noqa: E402

SALT = "weights16"
PER_TEMPLATE = 12
half_of = halves(SALT)
"""``"work"`` or ``"fresh"``: the half a pool item or a template belongs to."""


_NOT_IN_NAME = re.compile(
    r"(?i)\b(?:x|dan|atau|serta|dengan|dikali\w*|dibagi|ditambah|dikurangi|kali|per|rata|bobot"
    r"|jumlah\s*$)\b"
)


@cache
def names() -> list[str]:
    """Names of quantities from the labels of the development cells: words only, two to six
    of them, no operator word (the pool every template draws its operands from)."""
    # a leading "Persentase" opens a cell as a word of the prose, not a name
    return label_names(6, _NOT_IN_NAME, opening_not=("persentase", "presentase", "prosentase"))


# weights that make the whole, as percents
WEIGHTS2 = [(60, 40), (70, 30), (50, 50), (40, 60), (75, 25), (80, 20), (65, 35), (55, 45)]
WEIGHTS3 = [(50, 35, 15), (40, 30, 30), (30, 30, 40), (20, 30, 50), (60, 25, 15), (45, 35, 20),
            (25, 25, 50), (50, 30, 20)]  # fmt: skip
# rates in percent (as written) and their words
RATES = [("2", "dua"), ("5", "lima"), ("10", "sepuluh"), ("2,5", "dua koma lima"),
         ("15", "lima belas"), ("1", "satu"), ("25", "dua puluh lima"), ("7,5", "tujuh koma lima"),
         ("3", "tiga"), ("20", "dua puluh"), ("0,5", "nol koma lima"), ("12", "dua belas")]  # fmt: skip
# the units a rate or an amount is counted in
PER = ["per bulan", "setiap bulan", "per hari", "tiap bulan", "per tahun", "setiap hari",
       "per orang", "tiap tahun"]  # fmt: skip
AMOUNTS = [150000, 250000, 75000, 1500000, 500000, 35000]
# head nouns of quantities that a list repeats, and what each names
HEADS = ["nilai", "indeks", "capaian", "skor", "persentase", "jumlah", "realisasi", "rasio"]
QUALIFIERS = ["IKM", "SAKIP", "kesehatan", "pendidikan", "daya beli", "reformasi birokrasi",
              "kinerja anggaran", "pelayanan publik", "kepuasan masyarakat", "indikator 1",
              "indikator 2", "sasaran strategis", "program prioritas", "kualitas air",
              "tutupan lahan", "kualitas udara"]  # fmt: skip
# (now, then) words of a period
PERIODS = [("pada tahun berjalan", "pada tahun sebelumnya"), ("tahun ini", "tahun lalu"),
           ("tahun n", "tahun n-1"), ("periode sekarang", "periode sebelumnya"),
           ("tahun t", "tahun t-1"), ("bulan ini", "bulan lalu")]  # fmt: skip
SCALES = [("1,000", 1000), ("10,000", 10000), ("100,000", 100000)]
LABELS = ["Nilai Akhir", "Indeks Komposit", "Nilai Kinerja", "Capaian", "Skor Total", "NA",
          "Nilai Prestasi Kerja", "Indeks"]  # fmt: skip


class Draw(NamedDraw):
    salt = SALT
    pool = names


Template = Callable[[Draw], Made]


def _share(percent: str) -> str:
    return str(Decimal(percent.replace(",", ".")) / 100)


# --- weights beside the quantities they weigh ---------------------------------------------------


def _weighted(shape: str, count: int) -> Template:
    def make(d: Draw) -> Made:
        vs = d.names(count)
        weights = d.pick(WEIGHTS2 if count == 2 else WEIGHTS3)
        text = shape.format(*vs, *weights, L=d.pick(LABELS))
        structure = " + ".join(f"v{i + 1} * {w / 100}" for i, w in enumerate(weights))
        return text, vs, structure

    return make


def _weights_family() -> Iterator[tuple[str, Template]]:
    yield "bracket two", _weighted("{L} = {0} ({2}%) + {1} ({3}%)", 2)
    yield "bracket three", _weighted("{L} = {0} ({3}%) + {1} ({4}%) + {2} ({5}%)", 3)
    yield "bracket spaced", _weighted("{L} = {0} ( {2} % ) + {1} ( {3} % )", 2)
    yield "bracket unlabelled", _weighted("{0} ({2}%) + {1} ({3}%)", 2)
    yield "bracket in brackets", _weighted("{L} = ({0} ({2}%)) + ({1} ({3}%))", 2)
    yield "listed parameters", _weighted(
        "dihitung dengan menggunakan parameter: {0} ({3}%), {1} ({4}%) serta {2} ({5}%)", 3
    )
    yield "listed with dan", _weighted("{L} terdiri dari {0} ({3}%), {1} ({4}%) dan {2} ({5}%).", 3)
    yield "listed two", _weighted("Komponen penilaian: {0} ({2}%) dan {1} ({3}%)", 2)
    yield "dengan bobot", _weighted(
        "{L} = {0} dengan bobot {2}% ditambah {1} dengan bobot {3}%", 2
    )
    yield "dengan bobot plus", _weighted("{0} dengan bobot {2}% + {1} dengan bobot {3}%", 2)
    yield "x bobot", _weighted("({0} x bobot {2}%) + ({1} x bobot {3}%)", 2)
    yield "percent before", _weighted("{L} = {2}% {0} + {3}% {1}", 2)


# --- rates said as regulations say them ---------------------------------------------------------


def _rate(shape: str) -> Template:
    def make(d: Draw) -> Made:
        (rate, words), per = d.pick(RATES), d.pick(PER)
        a = d.names(1)[0]
        amount = d.pick(AMOUNTS)
        text = shape.format(a=a, r=rate, w=words, p=per, m=grouped(amount), L=d.pick(LABELS))
        structure = f"{amount} * v1" if "{m}" in shape else f"{_share(rate)} * v1"
        return text, [a], structure

    return make


def _rates_family() -> Iterator[tuple[str, Template]]:
    yield "restated before persen", _rate("Besaran = {r} ({w}) persen dari {a}")
    yield "restated persen times", _rate("{r} ({w}) persen x {a}")
    yield "words persen dari", _rate("{L} = {w} persen dari {a}")
    yield "sebesar words persen", _rate("denda sebesar {w} persen dari {a}")
    yield "adalah words persen", _rate("Besaran tunjangan adalah {w} persen dari {a}")
    yield "rate per unit", _rate("Bunga = {r}% {p} x {a}")
    yield "rate said per unit", _rate("bunga sebesar {r}% ({w} persen) {p} dari {a}")
    yield "rate per unit dikalikan", _rate("{r}% {p} dikalikan {a}")
    yield "amount per unit", _rate("Biaya = Rp {m} {p} x {a}")
    yield "amount per two units", _rate("Biaya = Rp. {m},- per orang {p} x {a}")


# --- growth said in steps -------------------------------------------------------------------


def _growth(shape: str, structure: str) -> Template:
    def make(d: Draw) -> Made:
        base = d.names(1)[0]
        now, then = d.pick(PERIODS)
        a, b = f"{base} {now}", f"{base} {then}"
        return shape.format(a=a, b=b, L=d.pick(LABELS)), [a, b], structure

    return make


_RATE = "(v1 - v2) / v2 * 100"


def _growth_family() -> Iterator[tuple[str, Template]]:
    yield "compared then difference", _growth(
        "Dihitung dengan membandingkan {a} dengan {b}, kemudian selisihnya dibagi dengan {b} "
        "dan dikalikan 100 persen.", _RATE
    )
    yield "compared result difference", _growth(
        "Metode perhitungannya dilakukan dengan membandingkan {a} dengan {b}, kemudian hasil "
        "selisihnya dibagi dengan {b} dan dikalikan 100 persen untuk memperoleh laju "
        "pertumbuhan.", _RATE
    )
    yield "subtracted then", _growth(
        "dengan cara mengurangkan {a} dengan {b}, lalu selisih tersebut dibagi {b} x 100%", _RATE
    )
    yield "compared and", _growth(
        "membandingkan {a} dan {b}, selisih keduanya dibagi {b} dikalikan 100%", _RATE
    )
    yield "compared no percent", _growth(
        "{L} dihitung dengan membandingkan {a} dengan {b}, kemudian selisihnya dibagi {b}",
        "(v1 - v2) / v2",
    )
    yield "subtracted selanjutnya", _growth(
        "mengurangi {a} dengan {b}, selanjutnya selisihnya dibagi dengan {b} dikali 100%", _RATE
    )


# --- means of phrases that repeat their head ---------------------------------------------------


def _mean(shape: str, count: int) -> Template:
    def make(d: Draw) -> Made:
        head = d.pick(HEADS)
        vs = [f"{head} {q}" for q in d.sample(QUALIFIERS, count)]
        total = " + ".join(f"v{i}" for i in range(1, count + 1))
        return shape.format(*vs, L=d.pick(LABELS)), vs, f"({total}) / {count}"

    return make


def _means_family() -> Iterator[tuple[str, Template]]:
    yield "mean of two heads", _mean("rata-rata {0} dan {1}", 2)
    yield "mean of three heads", _mean("rata-rata dari {0}, {1} dan {2}", 3)
    yield "mean labelled", _mean("{L} = rata-rata {0} dan {1}", 2)
    yield "mean after copula", _mean("{L} merupakan rata-rata dari {0}, {1}, dan {2}", 3)
    yield "mean of four heads", _mean("rata-rata {0}, {1}, {2} dan {3}", 4)


# --- scales and offsets ---------------------------------------------------------------------


def _scaled(shape: str) -> Template:
    def make(d: Draw) -> Made:
        a, b = d.names(2)
        written, value = d.pick(SCALES)
        return shape.format(a=a, b=b, k=written), [a, b], f"v1 / v2 * {value}"

    return make


def _offset(shape: str) -> Template:
    def make(d: Draw) -> Made:
        amount, count = d.pick(AMOUNTS), d.rng.randint(1, 9)
        text = shape.format(m=grouped(amount), m2=grouped(amount * 10), c=count)
        structure = f"{amount * 10} + {amount} * (v1 - {count})"
        return text, ["n"], structure

    return make


def _scales_family() -> Iterator[tuple[str, Template]]:
    yield "comma scale", _scaled("{a} / {b} x {k}")
    yield "comma scale per", _scaled("{a} / {b} per {k} penduduk")
    yield "comma scale words", _scaled("{a} dibagi {b} dikali {k}")
    yield "offset", _offset("Tarif = {m2} + {m} x (n - {c})")
    yield "offset braces", _offset("a = {m2} + {{{m} x (n - {c})}}")


FAMILIES: dict[str, Callable[[], Iterator[tuple[str, Template]]]] = {
    "weights beside (7)": _weights_family,
    "rates said (10)": _rates_family,
    "growth said (7)": _growth_family,
    "means of heads (7)": _means_family,
    "scales and offsets (5, 10)": _scales_family,
}


BENCHMARK = TemplateBenchmark("weights", FAMILIES, Draw, half_of, SALT, PER_TEMPLATE)
variants = BENCHMARK.variants
main = command(BENCHMARK, __doc__)


if __name__ == "__main__":
    raise SystemExit(main())
