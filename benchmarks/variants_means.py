"""Variant benchmark of means as IKU manuals say them: ``Rata-rata`` before a quantity that
says over what rows it averages, and ``Rata-rata`` as a statistic's own name (issue 14, cause 7;
session 17).

    python benchmarks/variants_means.py [--half work|fresh|all] [--show-failures] [--family F]

Recomposes shapes of real cells (``Rata-rata Tingkat Pencapaian AEE seluruh program aktif``,
Kepmendikti 358/2025; ``… adalah rata-rata rasio capaian setiap indikator pada program
tersebut``, Perbup Kulon Progo 58/2018; ``100% -(rata-rata deviasi RPD Satker)``, DJPb; and
``Rata-rata tingkat maturitas SPIP per subunsur * bobot per subunsur``, ATR/BPN, where the mean
is a named quantity) with other names (drawn from the labels of the development cells) and
other rows (the units a performance table counts in rows):

* the mean over rows of a quantity that says over what it averages (``setiap``, ``seluruh``,
  ``per``, ``masing-masing`` …), alone, labelled, scaled, wrapped, in any case;
* ``Rata-rata`` opening a statistic's name (``Rata-rata Lama Sekolah``), alone or as an
  operand, and a mean beside another named quantity: one name, not the mean over rows.

Every pool item and every template falls into a half by its text, salt ``means17``
(``benchmarks/pool_kit.py``: rules from the work half only, the fresh half the honest figure).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.pool_kit import Made, NamedDraw, command  # noqa: E402
from tests.public_scoring import TemplateBenchmark, halves, label_names  # noqa: E402

SALT = "means17"
PER_TEMPLATE = 12
half_of = halves(SALT)
"""``"work"`` or ``"fresh"``: the half a pool item or a template belongs to."""


_NOT_IN_NAME = re.compile(
    r"(?i)\b(?:x|dan|atau|serta|dengan|dari|dikali\w*|dibagi|ditambah|dikurangi|kali|per|rata"
    r"|rerata|setiap|tiap|seluruh|semua|masing|jumlah\s*$|total\s*$)\b"
)


@cache
def names() -> list[str]:
    """Names of quantities from the labels of the development cells: words only, two to six
    of them, no operator word and no word of rows (the pool every template draws from)."""
    return label_names(6, _NOT_IN_NAME, opening_not=("persentase", "presentase", "prosentase"))


# the units a performance table counts in rows (what a mean averages over)
ROWS = ["unit layanan", "program studi", "OPD", "perangkat daerah", "indikator", "kecamatan",
        "puskesmas", "sekolah", "responden", "pasien", "pegawai", "desa", "kelurahan",
        "satuan kerja", "unsur pelayanan", "kegiatan", "sasaran strategis", "bidang",
        "rumah sakit", "kabupaten/kota", "program aktif", "jenis layanan", "triwulan",
        "bulan pelaporan", "aparatur sipil negara", "unit kerja", "fakultas", "subunsur"]  # fmt: skip
# the word that says over what rows
ROW_WORDS = ["setiap", "seluruh", "per", "masing-masing", "tiap", "semua", "tiap-tiap"]
# the mean's word
HEADS = ["Rata-rata", "Rerata", "Nilai rata-rata", "Rata-rata dari", "Nilai Rata-rata"]
LABELS = ["Indeks Kepuasan", "Nilai Kinerja", "Tingkat Capaian", "Skor Akreditasi",
          "Capaian IKU", "Nilai Maturitas"]  # fmt: skip


class Draw(NamedDraw):
    salt = SALT
    pool = names

    def rows(self, after_pada: bool = False) -> str:
        words = [w for w in ROW_WORDS if not (after_pada and w == "per")]  # not "pada per"
        return f"{self.pick(words)} {self.pick(ROWS)}"


Template = Callable[[Draw], Made]


# --- the mean over rows ----------------------------------------------------------------------


def _over_rows(shape: str, structure: str, case: Callable[[str], str] = str) -> Template:
    def make(d: Draw) -> Made:
        a, b = d.names(2)
        rows = d.rows("pada {r}" in shape)
        head = d.pick(HEADS)
        name = f"{a} pada {rows}" if "pada {r}" in shape else f"{a} {rows}"
        name += " yang dinilai" if "{r} yang dinilai" in shape else ""
        text = case(shape.format(h=head, a=a, r=rows, b=b, L=d.pick(LABELS)))
        wanted = [case(name), b] if "{b}" in shape else [case(name)]
        return text, wanted, structure

    return make


def _wrapped(d: Draw) -> Made:
    a = d.names(1)[0]
    rows = d.rows()
    head = d.pick(HEADS)
    return f"{head} {a}\n{rows}", [f"{a} {rows}"], "mean(v1)"


def _rows_family() -> Iterator[tuple[str, Template]]:
    yield "mean alone", _over_rows("{h} {a} {r}", "mean(v1)")
    yield "mean labelled", _over_rows("{L} = {h} {a} {r}", "mean(v1)")
    yield "mean scaled", _over_rows("{h} {a} {r} x 100%", "mean(v1) * 100")
    yield "mean period", _over_rows("{h} {a} {r}.", "mean(v1)")
    yield "mean said", _over_rows("{L} adalah rata-rata {a} {r}.", "mean(v1)")
    yield "mean lower", _over_rows("{h} {a} {r}", "mean(v1)", str.lower)
    yield "mean upper", _over_rows("{h} {a} {r}", "mean(v1)", str.upper)
    yield "mean wrapped", _wrapped
    yield "mean label colon", _over_rows("{L} : {h} {a} {r}", "mean(v1)")
    yield "mean minus", _over_rows("100% - ({h} {a} {r})", "1 - mean(v1)")
    yield "mean on rows", _over_rows("{h} {a} pada {r}", "mean(v1)")
    yield "mean rows assessed", _over_rows("{h} {a} {r} yang dinilai", "mean(v1)")
    yield "mean bracketed", _over_rows("{L} = ({h} {a} {r})", "mean(v1)")
    yield "mean scaled said", _over_rows("{h} {a} {r} dikali 100%", "mean(v1) * 100")
    yield "mean formula word", _over_rows("Rumus: {h} {a} {r}", "mean(v1)")
    yield "mean times number", _over_rows("{h} {a} {r} x 10", "mean(v1) * 10")


# --- a statistic's own name -------------------------------------------------------------------


def _named(shape: str, structure: str) -> Template:
    def make(d: Draw) -> Made:
        a, b = d.names(2)
        rows = d.rows()
        text = shape.format(a=a, b=b, r=rows)
        first = " ".join(text.split(" / ")[0].split(" x ")[0].split(" * ")[0].split())
        wanted = [first, b] if "{b}" in shape else [first]
        return text, wanted, structure

    return make


def _names_family() -> Iterator[tuple[str, Template]]:
    yield "statistic alone", _named("Rata-rata {a}", "v1")
    yield "statistic over", _named("Rata-rata {a} / {b} x 100%", "v1 / v2 * 100")
    yield "statistic rows times", _named("Rata-rata {a} {r} x {b}", "v1 * v2")
    yield "statistic rows star", _named("Rata-rata {a} {r} * {b}", "v1 * v2")
    yield "statistic rows over", _named("Rata-rata {a} {r} / {b}", "v1 / v2")
    yield "statistic times", _named("Rata-rata {a} x {b}", "v1 * v2")


FAMILIES: dict[str, Callable[[], Iterator[tuple[str, Template]]]] = {
    "means over rows (7)": _rows_family,
    "statistics named (7)": _names_family,
}


BENCHMARK = TemplateBenchmark("means", FAMILIES, Draw, half_of, SALT, PER_TEMPLATE)
variants = BENCHMARK.variants
main = command(BENCHMARK, __doc__)


if __name__ == "__main__":
    raise SystemExit(main())
